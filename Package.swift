// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Zhili",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "zhili", targets: ["zhili"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // The server's own channel handler (MalformedRequestHandler) and its logger use these directly.
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.20.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // System ICU, reached only through the C shim (see ../shared/notes/icu-in-swift.md).
        .systemLibrary(name: "CICU", pkgConfig: "icu-i18n", providers: [.apt(["libicu-dev"])]),
        .target(name: "CZhiliICU", dependencies: ["CICU"]),
        .systemLibrary(name: "CZhiliZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CZhiliZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
        // Intel's ISA-L for the index files' CRC32 (carry-less multiplication, several times zlib's speed).
        .systemLibrary(name: "CZhiliISAL", pkgConfig: "libisal", providers: [.apt(["libisal-dev"]), .brew(["isa-l"])]),

        // Why a file could not be read or written, in the system's words.
        .target(name: "FileErrors"),
        .target(name: "TextNormalization", dependencies: ["CZhiliICU"]),
        .target(name: "Segmentation", dependencies: ["CZhiliICU", "TextNormalization", "FileErrors"]),
        .target(name: "Ingestion", dependencies: [
            "CZhiliICU", "TextNormalization", "Reporting", "FileErrors",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .target(name: "Reporting"),
        .target(name: "Extraction", dependencies: ["Ingestion", "TextNormalization", "Reporting", "FileErrors"]),
        .target(name: "Deduplication", dependencies: ["Ingestion", "TextNormalization", "Reporting", "FileErrors"]),
        .target(name: "SearchIndex", dependencies: [
            "Ingestion", "Segmentation", "TextNormalization", "Reporting", "Deduplication", "CZhiliZlib", "CZhiliZstd", "CZhiliISAL",
        ]),
        // Term tables, concordances, trends and co-word networks over documents (issue 12).
        .target(name: "TextAnalysis", dependencies: ["Ingestion", "Segmentation", "TextNormalization", "Reporting", "SearchIndex", "FileErrors"]),
        // What extraction puts into the index and reads back from it: record units, laws, records.
        .target(name: "IndexedExtraction", dependencies: ["Extraction", "SearchIndex", "Ingestion", "Reporting"]),
        .target(name: "HTTPServer", dependencies: [
            "Reporting", "SearchIndex", "Extraction", "IndexedExtraction", "Ingestion", "TextAnalysis", "TextNormalization",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Collections handed to OpenSearch: index templates and bulk files.
        .target(name: "OpenSearchExport", dependencies: ["Extraction", "Ingestion", "Reporting", "SearchIndex", "FileErrors"]),
        .executableTarget(name: "zhili", dependencies: [
            "Ingestion", "Segmentation", "Reporting", "Extraction", "Deduplication", "SearchIndex", "IndexedExtraction", "HTTPServer",
            "TextAnalysis",
            "OpenSearchExport", "FileErrors",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: [
            // The Swift runtime and Foundation linked in: loading and relocating them as shared
            // libraries cost every command about 6 ms of CPU before it starts (BENCHMARKS.md, kwic).
            // Foundation's own static libraries are named, as the link line does not bring them in.
            .unsafeFlags(["-static-stdlib", "-lFoundationXML", "-lFoundationInternationalization", "-lFoundation", "-lFoundationEssentials",
                          "-lCoreFoundation", "-l_CFXMLInterface", "-l_FoundationCollections", "-l_FoundationICU", "-l_FoundationCShims",
                          "-lxml2"],
                         .when(platforms: [.linux], configuration: .release)),
        ]),

        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "TextNormalizationTests", dependencies: ["TestSupport", "TextNormalization"]),
        .testTarget(name: "SegmentationTests", dependencies: ["TestSupport", "Segmentation"], resources: [.copy("Fixtures")]),
        .testTarget(name: "IngestionTests", dependencies: ["TestSupport", "Ingestion"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ReportingTests", dependencies: ["TestSupport", "Reporting"]),
        .testTarget(name: "ExtractionTests", dependencies: ["TestSupport", "Extraction"], resources: [.copy("Fixtures")]),
        .testTarget(name: "DeduplicationTests", dependencies: ["TestSupport", "Deduplication", "Ingestion", "Reporting"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "SearchIndexTests", dependencies: ["TestSupport", "SearchIndex"]),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TestSupport", "TextAnalysis", "Ingestion", "Segmentation", "TextNormalization", "Reporting", "zhili"]),
        // Runs the Spark jobs of Scripts/spark against the built zhili (skipped without pyspark and Java).
        .testTarget(name: "SparkJobTests", dependencies: ["TestSupport"]),
        .testTarget(name: "OpenSearchExportTests", dependencies: ["TestSupport", "OpenSearchExport", "Ingestion"]),
        .testTarget(name: "IndexedExtractionTests", dependencies: ["TestSupport", "IndexedExtraction", "SearchIndex", "Extraction"]),
        .testTarget(name: "HTTPServerTests", dependencies: [
            "TestSupport", "HTTPServer", "SearchIndex", "IndexedExtraction", "Ingestion", "zhili", "TextAnalysis",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ], resources: [.copy("Fixtures")]),
    ]
)
