/// Collects the findings made while reading files. Used on one task at a time by the loader.
public final class Diagnostics {
    public private(set) var findings: [Finding] = []

    public init() {}

    /// What the recovering YAML reader had to leave out, by file.
    public private(set) var losses: [String: ReadingLoss] = [:]

    public func add(_ finding: Finding) { findings.append(finding) }

    func lost(_ loss: ReadingLoss, in file: String) {
        var merged = losses[file] ?? ReadingLoss()
        merged.lines.formUnion(loss.lines)
        merged.keys.formUnion(loss.keys)
        merged.wholeFile = merged.wholeFile || loss.wholeFile
        losses[file] = merged
    }

    func typeMismatch(at location: SourceLocation, key: String, expected: LocalizedText, got: LocalizedText, example: LocalizedText) {
        add(Finding(
            "parse.type", .error, at: location,
            message: LocalizedText(
                ko: "`\(key)`에는 \(Josa.subject.after(expected.ko)) 와야 하는데 \(Josa.subject.after(got.ko)) 있습니다.",
                en: "`\(key)` should be \(expected.en), but it is \(got.en)."),
            help: LocalizedText(ko: "예: \(example.ko)", en: "For example: \(example.en)")))
    }
}
