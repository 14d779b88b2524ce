/// A list's trailing "and so on" (`Spark, Kafka 등`, `Spark, Kafka, etc.`, `Spark, Kafka…`): no item
/// of the list, whether it stands as an item of its own or ends the last one.
enum ListEnding {
    /// The last item of a list without the list's ending (`Kafka 등` → `Kafka`, `etc.` → ""), or nil
    /// when it has none. The ending counts after a space, or (등, …) glued to a Latin name (`Kafka등`);
    /// never as a Korean word's own ending (`평등`) nor `etc` inside a name.
    static func stripped(_ last: String) -> String? {
        let lower = last.lowercased()
        if Lexicon.listEndings.contains(lower) { return "" }
        guard let ending = Lexicon.listEndings.first(where: { lower.hasSuffix($0) }) else { return nil }
        let stem = last.dropLast(ending.count)
        let glued = stem.last.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == ")") } ?? false
        let word = ending.contains { $0.isASCII && $0.isLetter }
        guard stem.last?.isWhitespace == true || (glued && !word) else { return nil }
        return stem.trimmedWhitespace()
    }
}
