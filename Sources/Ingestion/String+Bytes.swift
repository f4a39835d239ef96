import Foundation

extension String {
    /// Whether `pattern` occurs in the string, by a byte search of their UTF-8 (`firstByteOffset`): cheaper
    /// than any search by characters, for checks run on every line.
    public func containsBytes(of pattern: String) -> Bool {
        var text = self, pattern = pattern
        return pattern.withUTF8 { needle in text.withUTF8 { haystack in String.firstByteOffset(of: needle, in: haystack) != nil } }
    }

    /// Where `needle` first occurs in `haystack`, as a byte offset (0 for an empty needle); nil where it does not.
    /// Candidates are found by the needle's last byte (`memchr`), then compared: the first byte of a Chinese
    /// word is the lead byte of thousands of characters, on which a search stopped at nearly every character,
    /// where its last byte is one of 64 continuation bytes. In valid UTF-8 a match of a whole word's bytes
    /// starts and ends at scalar boundaries, so this finds the first occurrence of its scalars too.
    public static func firstByteOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let wanted = needle.baseAddress, let last = needle.last else { return 0 }
        guard let base = haystack.baseAddress, haystack.count >= needle.count else { return nil }
        var end = needle.count - 1
        while end < haystack.count {
            guard let found = memchr(base + end, Int32(last), haystack.count - end) else { return nil }
            let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            let start = position - (needle.count - 1)
            if memcmp(base + start, wanted, needle.count - 1) == 0 { return start }
            end = position + 1
        }
        return nil
    }
}
