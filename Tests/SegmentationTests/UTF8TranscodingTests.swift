import Testing
@testable import Segmentation

@Suite struct UTF8TranscodingTests {
    @Test func aStringMadeFromUTF16IsTheStandardLibrarysOneLoneSurrogatesIncluded() {
        let samples: [[UInt16]] = [
            [],
            Array("出生人口性别比 2025 年".utf16),
            Array("𠀀 a 𪚥".utf16),
            [0xD800],  // a lone high surrogate at the end
            [0xDC00, 0x41],  // a lone low surrogate
            [0xD83D, 0x41, 0xD83D, 0xDE00],  // a high surrogate before a letter, then a pair
            [0x7F, 0x80, 0x7FF, 0x800, 0xFFFF],
        ]
        for units in samples {
            let made = units.withUnsafeBufferPointer { UTF8Transcoding.string(fromUTF16: $0) }
            #expect(made == String(decoding: units, as: UTF16.self), "\(units)")
            #expect(Array(made.utf8) == Array(String(decoding: units, as: UTF16.self).utf8))
        }
    }
}
