extension String {
    /// "a startup", "an enterprise data platform": English's article by the first letter's sound
    /// (vowel letters; good enough for folio's own labels).
    var withIndefiniteArticle: String {
        guard let first = first?.lowercased().first else { return self }
        return ("aeiou".contains(first) ? "an " : "a ") + self
    }

    /// The first letter in capitals: "a startup" → "A startup".
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
