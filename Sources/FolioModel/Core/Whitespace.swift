extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, line breaks).
    ///
    /// Native Swift instead of Foundation's `trimmingCharacters(in:)`, which bridges through
    /// NSString on Linux: the loader trims every line of every file, and a 4,000-file
    /// workspace must load in well under a second.
    func trimmedWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
