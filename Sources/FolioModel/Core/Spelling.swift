/// Edit distance, for "did you mean" hints on keys and skill names.
public enum Spelling {
    /// The candidate closest to `word` (case-insensitive), if it is close enough to be a typo.
    public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased())
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = levenshtein(target, Array(candidate.lowercased()))
            if distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let limit = max(1, min(3, target.count / 3 + 1))
        return best.distance <= limit ? best.candidate : nil
    }

    /// The id (a file name without `.md`: `sales-data-mart`) nearest to a reference that names none,
    /// for "did you mean" on `project:`, `uses:` and a job's `projects:`. The reference is read as a
    /// person writes it first: a path and an extension dropped (`projects/sales-mart.md`), `_` and
    /// spaces as `-`, any case. Then the nearest id by edit distance (`nearest(to:in:)`); failing
    /// that, the id that shares the most of its `-`-separated words when all the shorter one's words
    /// are in the other (`sales-mart` for `sales-data-mart`, `spark-oom` for `oom`), the closer in
    /// length on a tie. Nil when nothing is that close, or when the reference is an id already.
    public static func nearestID(to reference: String, in ids: some Sequence<String>) -> String? {
        let ids = Array(ids)
        func normalised(_ text: String) -> String {
            var name = Substring(text.trimmingHorizontalSpace().lowercased())
            if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
            if name.hasSuffix(".md") { name = name.dropLast(3) }
            return String(name).replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        }
        let wanted = normalised(reference)
        guard !wanted.isEmpty, !ids.contains(reference) else { return nil }
        if let exact = ids.first(where: { normalised($0) == wanted }) { return exact }
        if let near = nearest(to: wanted, in: ids) { return near }
        let words = Set(wanted.split(separator: "-"))
        var best: (id: String, shared: Int, gap: Int)?
        for id in ids {
            let theirs = Set(normalised(id).split(separator: "-"))
            let shared = words.intersection(theirs).count
            guard shared > 0, shared == min(words.count, theirs.count) else { continue }
            let gap = abs(id.count - wanted.count)
            if best.map({ shared > $0.shared || (shared == $0.shared && gap < $0.gap) }) ?? true { best = (id, shared, gap) }
        }
        return best?.id
    }

    /// The Unicode scalars of `text` in NFC, as numbers: what `distance(_:_:atMost:)` compares.
    public static func scalars(_ text: String) -> [UInt32] {
        text.nfc.unicodeScalars.map(\.value)
    }

    /// A 64-bit set of the scalars of `scalars` (each scalar's value modulo 64): a scalar of one word
    /// missing from the other costs at least one edit, so the bits one signature has and the other
    /// lacks bound the distance from below (`distance(_:_:atMost:)` need not run for most pairs).
    public static func signature(_ scalars: [UInt32]) -> UInt64 {
        scalars.reduce(0) { $0 | (1 << UInt64($1 % 64)) }
    }

    /// At most the Levenshtein distance of the words with these signatures.
    public static func lowerBound(_ a: UInt64, _ b: UInt64) -> Int {
        max((a & ~b).nonzeroBitCount, (b & ~a).nonzeroBitCount)
    }

    /// The Levenshtein distance between `a` and `b` (edits of one Unicode scalar) when it is at most
    /// `limit`, else nil. Only the diagonal band of width `2 × limit + 1` is computed and the
    /// comparison stops at the first row whose every cell exceeds `limit`: O(min(|a|, |b|) × limit).
    public static func distance(_ a: [UInt32], _ b: [UInt32], atMost limit: Int) -> Int? {
        guard limit >= 0, abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let over = limit + 1
        let width = b.count + 1
        // Two rows on the stack, minimums by comparison: this runs for every spelling of the catalog
        // for every unknown skill, and allocating rows (or a variadic `min`'s array) was most of it.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * width) { rows -> Int? in
            var previous = rows.baseAddress!
            var current = previous + width
            for column in 0..<width { previous[column] = column <= limit ? column : over }
            for row in 1...a.count {
                let low = max(1, row - limit), high = min(b.count, row + limit)
                current[low - 1] = low == 1 ? min(row, over) : over
                var rowMinimum = current[low - 1]
                let scalar = a[row - 1]
                for column in low...high {
                    var value = previous[column - 1] + (scalar == b[column - 1] ? 0 : 1)
                    let deletion = previous[column] + 1, insertion = current[column - 1] + 1
                    if deletion < value { value = deletion }
                    if insertion < value { value = insertion }
                    if over < value { value = over }
                    current[column] = value
                    if value < rowMinimum { rowMinimum = value }
                }
                if high < b.count { current[high + 1] = over }
                if rowMinimum > limit { return nil }
                swap(&previous, &current)
            }
            return previous[b.count] <= limit ? previous[b.count] : nil
        }
    }

    public static func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
