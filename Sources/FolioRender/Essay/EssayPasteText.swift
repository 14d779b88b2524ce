import Foundation
import FolioModel

/// `folio essay`: each company's answers as plain text ready to paste into the form, one file per
/// essay (`essays/<id>.txt`), each answer between two marker lines with its length under every
/// counting rule (`EssayCount`) above it.
///
/// The answer between the markers is the text folio counted, byte for byte: what is pasted is
/// what was checked. Plain text has nothing to escape; the file is UTF-8 with LF line breaks.
public enum EssayPasteText {
    /// The marker lines around an answer.
    public static func markers(_ language: Language) -> (start: String, end: String) {
        language == .ko
            ? ("----- 여기부터 붙여 넣기 -----", "----- 여기까지 -----")
            : ("----- paste from here -----", "----- to here -----")
    }

    /// The text of one essay's file.
    public static func text(_ essay: Essay, language: Language) -> String {
        let ko = language == .ko
        var lines: [String] = []
        var header = essay.companyName
        if let posting = essay.posting { header += " · " + posting.value }
        if let deadline = essay.deadline { header += ko ? " · 마감 \(deadline.value)" : " · deadline \(deadline.value)" }
        lines.append(header)
        lines.append(ko ? "줄바꿈은 \(essay.lineBreaks.width)자로 셉니다." : "A line break counts as \(essay.lineBreaks.width).")
        let (start, end) = markers(language)
        for (number, question) in essay.questions.enumerated() {
            lines.append("")
            lines.append("[\(number + 1)] \(question.title)")
            let counts = EssayCount.counts(question.answer, lineBreaks: essay.lineBreaks)
            if let limit = question.limit {
                let count = counts[limit.rule] ?? 0
                let percent = count * 100 / max(limit.value, 1)
                let status = count > limit.value
                    ? (ko ? "제한 초과 \(count - limit.value)" : "over by \(count - limit.value)")
                    : (ko ? "제한 안" : "within the limit")
                lines.append(ko
                    ? "    제한 \(limit.value)\(limit.rule.unit.ko) (\(limit.rule.label.ko)): \(count)\(limit.rule.unit.ko), \(percent) %, \(status)"
                    : "    limit \(limit.value)\(limit.rule.unit.en) (\(limit.rule.label.en)): \(count), \(percent) %, \(status)")
            } else {
                lines.append(ko ? "    제한 없음" : "    no limit given")
            }
            lines.append("    " + CountingRule.allCases.map { rule in
                "\(rule.label(language)) \(counts[rule] ?? 0)"
            }.joined(separator: " · "))
            lines.append(start)
            lines.append(question.answer)
            lines.append(end)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Throws `.usage` when writing `essays/<id>.txt` into `folder` would write into one of the
    /// workspace's input folders (`-o` the workspace itself puts them into its own `essays/`) or over
    /// an input file (`OutputGuard`). Call it before anything is written.
    public static func checkOutput(_ workspace: Workspace, to folder: URL) throws(FolioError) {
        try OutputGuard.check(folder, fileNames: [], workspace: workspace)
        try OutputGuard.check(folder.appendingPathComponent("essays"), fileNames: workspace.essays.map { $0.id + ".txt" }, workspace: workspace)
    }

    /// Writes `essays/<id>.txt` into `folder` for every essay, each file atomically, holding the
    /// `essays/` folder's `OutputLock`; returns the files written. Refuses an input folder first
    /// (`checkOutput`), so nothing is written there.
    public static func write(_ workspace: Workspace, to folder: URL, language: Language) throws(FolioError) -> [URL] {
        try checkOutput(workspace, to: folder)
        let essays = folder.appendingPathComponent("essays")
        return try OutputLock.holding(essays) { () throws(FolioError) -> [URL] in
            var written: [URL] = []
            for essay in workspace.essays {
                let url = essays.appendingPathComponent(essay.id + ".txt")
                try AtomicFile.write(text(essay, language: language), to: url)
                written.append(url)
            }
            return written
        }
    }
}
