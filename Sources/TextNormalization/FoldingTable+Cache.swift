import CZhiliICU
#if canImport(Glibc)
import Glibc
#endif

extension FoldingTable {
    /// Names the way `init()` folds: change it whenever the table would come out otherwise for the
    /// same ICU, so that a table cached by an older build is not read.
    static let cacheVersion = 2

    /// The table read from the user's cache folder (`$XDG_CACHE_HOME/zhili`, else `~/.cache/zhili`),
    /// where it is kept per ICU version; built, and stored there for the next process, when it is
    /// missing or damaged. Building it runs ICU's Traditional-Simplified transform, whose rules take
    /// longer to compile than a whole concordance from an index takes to print.
    static func cachedOrBuilt() -> FoldingTable {
        guard let path = cachePath() else { return FoldingTable() }
        if let table = read(path) { return table }
        let table = FoldingTable()
        table.store(at: path)
        return table
    }

    private static func cachePath() -> String? {
        let folder: String
        if let cache = getenv("XDG_CACHE_HOME"), cache.pointee != 0 {
            folder = String(cString: cache) + "/zhili"
        } else if let home = getenv("HOME"), home.pointee != 0 {
            folder = String(cString: home) + "/.cache/zhili"
        } else {
            return nil
        }
        var version = [CChar](repeating: 0, count: 32)
        zh_icu_version(&version, Int32(version.count))
        return folder + "/folding-\(cacheVersion)-icu-\(String(cString: version)).bin"
    }

    /// The table's bytes: the singles, then each expansion (unit, length, units) in order of unit,
    /// all little-endian UInt16, then an FNV-1a hash of what precedes it.
    private var bytes: [UInt8] {
        var units = singles
        units.append(UInt16(expansions.count))
        for (unit, expansion) in expansions.sorted(by: { $0.key < $1.key }) {
            units += [unit, UInt16(expansion.count)] + expansion
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count * 2 + 8)
        for unit in units { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let hash = FoldingTable.hash(bytes[...])
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: hash >> UInt64(shift))) }
        return bytes
    }

    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }

    /// The table in `path`; nil where there is none or it is damaged.
    static func read(_ path: String) -> FoldingTable? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            bytes += chunk[0..<count]
            if count < chunk.count { break }
        }
        let tableCount = 0x10000
        guard bytes.count >= (tableCount + 1) * 2 + 8, bytes.count % 2 == 0 else { return nil }
        let body = bytes[..<(bytes.count - 8)]
        let stored = bytes[(bytes.count - 8)...].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
        guard hash(body) == stored else { return nil }
        let units = stride(from: 0, to: body.count, by: 2).map { UInt16(body[$0]) | UInt16(body[$0 + 1]) << 8 }
        var expansions: [UInt16: [UInt16]] = [:]
        var index = tableCount + 1
        for _ in 0..<Int(units[tableCount]) {
            guard index + 2 <= units.count, index + 2 + Int(units[index + 1]) <= units.count else { return nil }
            expansions[units[index]] = Array(units[(index + 2)..<(index + 2 + Int(units[index + 1]))])
            index += 2 + Int(units[index + 1])
        }
        guard index == units.count else { return nil }
        return FoldingTable(singles: Array(units[..<tableCount]), expansions: expansions)
    }

    /// Writes the table to `path` through a temporary file renamed into place, so that a process
    /// reading it meanwhile sees the whole table or none; a folder that cannot be written is passed over.
    func store(at path: String) {
        let folder = String(path[..<path.lastIndex(of: "/")!])
        var prefix = ""
        for component in folder.split(separator: "/") {
            prefix += "/" + component
            mkdir(prefix, 0o755)
        }
        let temporary = path + ".\(getpid()).tmp"
        guard let file = fopen(temporary, "wb") else { return }
        let bytes = bytes
        let written = fwrite(bytes, 1, bytes.count, file)
        guard fclose(file) == 0, written == bytes.count else {
            unlink(temporary)
            return
        }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }
}
