/// Finds any of a fixed list of phrases in text, ASCII case-insensitively, by scanning UTF-8
/// bytes once. The rules search thousands of lines for dozens of phrases; Foundation's
/// `range(of:)` per phrase and line is far too slow for a 4,000-file workspace.
public struct PhraseMatcher: Sendable {
    /// Phrases as lowercased UTF-8, grouped by their first byte.
    private let byFirstByte: [[(index: Int, bytes: [UInt8])]]

    public init(_ phrases: [String]) {
        var table = [[(index: Int, bytes: [UInt8])]](repeating: [], count: 256)
        for (index, phrase) in phrases.enumerated() {
            let bytes = phrase.utf8.map(PhraseMatcher.lower)
            guard let first = bytes.first else { continue }
            table[Int(first)].append((index, bytes))
        }
        byFirstByte = table
    }

    public static func lower(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }

    /// Whether any phrase occurs in the text.
    public func containsAny(_ text: some StringProtocol) -> Bool {
        firstMatch(in: text) != nil
    }

    /// The earliest occurrence accepted by `accept` (given the phrase index and the byte offset just
    /// after the match): the phrase's index and its offset in Unicode scalars from the start of the text.
    public func firstMatch(
        in text: some StringProtocol, accept: (_ phrase: Int, _ bytes: [UInt8], _ end: Int) -> Bool = { _, _, _ in true }
    ) -> (phrase: Int, scalarOffset: Int)? {
        let bytes = text.utf8.map(PhraseMatcher.lower)
        var scalars = 0
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            for candidate in byFirstByte[Int(byte)] where position + candidate.bytes.count <= bytes.count {
                var matched = true
                for offset in 1..<max(1, candidate.bytes.count) where bytes[position + offset] != candidate.bytes[offset] {
                    matched = false
                    break
                }
                if matched, accept(candidate.index, bytes, position + candidate.bytes.count) {
                    return (candidate.index, scalars)
                }
            }
            if byte & 0xC0 != 0x80 { scalars += 1 }
            position += 1
        }
        return nil
    }
}
