import Foundation

extension String {
    /// Whether `pattern` occurs in the string, by a byte search of their UTF-8 (`memchr` for the first
    /// byte, then a comparison): cheaper than any search by characters, for checks run on every line.
    func containsBytes(of pattern: String) -> Bool {
        var text = self
        let needle = Array(pattern.utf8)
        guard let first = needle.first else { return true }
        return text.withUTF8 { haystack in
            guard let base = haystack.baseAddress, haystack.count >= needle.count else { return false }
            var offset = 0
            let last = haystack.count - needle.count
            while offset <= last {
                guard let found = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
                let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if needle.indices.dropFirst().allSatisfy({ haystack[position + $0] == needle[$0] }) { return true }
                offset = position + 1
            }
            return false
        }
    }
}
