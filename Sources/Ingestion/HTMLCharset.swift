/// The charset an HTML page declares: `<meta charset="gb2312">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=gbk">`, found in its first bytes.
enum HTMLCharset {
    static let searchedBytes = 4096

    static func declared(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(searchedBytes).map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 + 0x20 : $0 }
        let key = Array("charset".utf8)
        var index = 0
        while index + key.count < head.count {
            defer { index += 1 }
            guard head[index..<(index + key.count)].elementsEqual(key) else { continue }
            var position = index + key.count
            while position < head.count, head[position] == 0x20 { position += 1 }
            guard position < head.count, head[position] == UInt8(ascii: "=") else { continue }
            position += 1
            while position < head.count, head[position] == 0x20 || head[position] == 0x22 || head[position] == 0x27 { position += 1 }
            let start = position
            while position < head.count, isNameByte(head[position]) { position += 1 }
            if position > start { return String(decoding: head[start..<position], as: UTF8.self) }
        }
        return nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x5F
    }
}
