import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension String {
    /// The UTF-8 offset of the first occurrence of `other` as whole characters, or nil (also for an
    /// empty `other`). Linear in the string for the short words the posting reader looks for.
    func firstOffset(of other: String) -> Int? {
        guard !other.isEmpty, other.utf8.count <= utf8.count else { return nil }
        var haystack = self
        var needle = other
        let length = other.utf8.count
        return haystack.withUTF8 { bytes -> Int? in
            needle.withUTF8 { pattern -> Int? in
                guard let base = bytes.baseAddress, let word = pattern.baseAddress else { return nil }
                let lead = Int32(pattern[0])
                var start = 0
                while start + length <= bytes.count,
                      let hit = memchr(base + start, lead, bytes.count - start - length + 1) {
                    let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    start = offset + 1
                    guard memcmp(hit, word, length) == 0 else { continue }
                    let first = utf8.index(utf8.startIndex, offsetBy: offset)
                    let last = utf8.index(first, offsetBy: length)
                    if first.samePosition(in: self) != nil, last.samePosition(in: self) != nil { return offset }
                }
                return nil
            }
        }
    }
}

extension String {
    /// Whether the UTF-8 bytes of `other` occur anywhere in this string's, on character boundaries
    /// or not: what a regular expression matching `other` literally needs, asked before the
    /// expression is run (a posting line is asked for dozens of words that most lines lack).
    func containsUTF8(_ other: String) -> Bool {
        guard !other.isEmpty else { return true }
        var haystack = self
        var needle = other
        return haystack.withUTF8 { bytes in
            needle.withUTF8 { pattern in
                guard let base = bytes.baseAddress, let word = pattern.baseAddress else { return false }
                let lead = Int32(pattern[0])
                var start = 0
                while start + pattern.count <= bytes.count, let hit = memchr(base + start, lead, bytes.count - start - pattern.count + 1) {
                    if memcmp(hit, word, pattern.count) == 0 { return true }
                    start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                }
                return false
            }
        }
    }
}
