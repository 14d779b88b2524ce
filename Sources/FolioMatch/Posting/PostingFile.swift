import Foundation
import FolioModel

extension Posting {
    /// The largest posting folio reads: 500 KB. A pasted posting is a few kilobytes; a larger file is
    /// another document, or a posting pasted many times over, and is refused at once rather than
    /// read (reading takes time linear in the size).
    public static let maximumBytes = 500_000

    /// Reads a posting file given on the command line (`folio match`, `build --for`): a regular
    /// UTF-8 file of at most `maximumBytes`, or a finding at `path`:1 saying what it is instead
    /// (no such file, a folder, a pipe, a device, unreadable, too large, not UTF-8 — the last at the
    /// line of the first bad byte). A pipe is never opened and a device never read past the limit.
    public static func text(atPath path: String) -> Result<String, Finding> {
        let tooLarge = Finding(
            "parse.size", .error, at: SourceLocation(file: path, line: 1),
            message: LocalizedText(
                ko: "공고 파일이 500 KB보다 큽니다. folio는 500 KB까지의 공고만 읽습니다 (보통 공고는 수십 KB입니다).",
                en: "this posting is larger than 500 KB; folio reads postings up to 500 KB (a posting is usually a few dozen KB)."),
            help: LocalizedText(
                ko: "공고 페이지에서 본문(담당 업무, 자격 요건, 우대 사항)만 복사해 붙여 넣으세요.",
                en: "Copy only the posting's text (duties, requirements, nice-to-haves) from its page and paste that."))
        return WorkspaceLoader.readText(atPath: path, shownAs: path, limit: maximumBytes, tooLarge: tooLarge).map(\.text)
    }
}
