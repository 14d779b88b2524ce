/// A Markdown file split into its YAML front matter and its body.
public struct FrontMatterDocument: Sendable {
    /// The YAML between the fences.
    public let yaml: String
    /// Line number of the first YAML line in the file (2 when the file starts with `---`).
    public let yamlFirstLine: Int
    /// Line number of the closing `---` fence: where a missing key belongs.
    public let closingFenceLine: Int
    /// The Markdown after the closing fence.
    public let body: String
    /// Line number of the first body line in the file.
    public let bodyFirstLine: Int

    /// Splits the text, or explains in a finding why it cannot.
    public static func split(_ source: SourceText) -> Result<FrontMatterDocument, Finding> {
        let lines = source.lines
        let firstContent = lines.firstIndex { !$0.allSatisfy(\.isWhitespace) }
        guard let opening = firstContent, isFence(lines[opening]) else {
            let line = (firstContent ?? 0) + 1
            return .failure(Finding(
                "parse.front-matter", .error, at: SourceLocation(file: source.file, line: line),
                message: LocalizedText(
                    ko: "파일이 front matter(`---`로 감싼 YAML)로 시작하지 않습니다.",
                    en: "the file does not start with front matter (YAML between `---` lines)."),
                help: LocalizedText(
                    ko: "첫 줄에 `---`, 그 아래에 title: 등의 항목, 다시 `---`를 쓰고 그 뒤에 본문을 쓰세요.",
                    en: "Put `---` on the first line, then keys such as `title:`, then `---`, then the Markdown body.")))
        }
        guard let closing = lines[(opening + 1)...].firstIndex(where: isFence) else {
            return .failure(Finding(
                "parse.front-matter", .error, at: SourceLocation(file: source.file, line: opening + 1),
                message: LocalizedText(
                    ko: "front matter를 닫는 `---` 줄이 없습니다.",
                    en: "the front matter opened here is never closed with a `---` line."),
                help: LocalizedText(
                    ko: "YAML 항목이 끝나는 곳에 `---` 한 줄을 넣으세요.",
                    en: "Add a line with `---` where the YAML keys end.")))
        }
        let yaml = lines[(opening + 1)..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return .success(FrontMatterDocument(
            yaml: yaml, yamlFirstLine: opening + 2, closingFenceLine: closing + 1,
            body: body, bodyFirstLine: closing + 2))
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.trimmedWhitespace() == "---"
    }
}

import Foundation
