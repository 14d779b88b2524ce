import Foundation
import FolioModel
import FolioRender

/// The preview's own page: tabs (one page, full, interview sheet, posting match), the selected
/// page in an A4 frame, the one-page verdict and the `folio check` findings beside it. Rendered
/// on the server from a `Preview`, every user text escaped; a small script reloads it when the
/// server announces a rebuild (server-sent events on `/events`).
public enum PreviewPage {
    /// The tabs, in order: page name, Korean and English label.
    static let tabs: [(name: String, label: LocalizedText)] = [
        ("portfolio", LocalizedText(ko: "한 페이지", en: "One page")),
        ("full", LocalizedText(ko: "전체", en: "Full")),
        ("interview", LocalizedText(ko: "면접 준비", en: "Interview sheet")),
        ("match", LocalizedText(ko: "공고 매칭", en: "Posting match")),
    ]

    /// The whole page for tab `selected`.
    public static func render(_ preview: Preview, selected: String) -> String {
        let ko = preview.language == .ko
        let h = Escaping.html
        var body = "<nav class=\"tabs\">"
        for tab in tabs where preview.pageNames.contains(tab.name) || tab.name == "portfolio" {
            let current = tab.name == selected ? " aria-current=\"page\"" : ""
            body += "<a href=\"/?tab=\(tab.name)\"\(current)>\(h(tab.label(preview.language)))</a>"
        }
        body += "<span class=\"status\" id=\"status\" data-version=\"\(preview.version)\">"
        body += h(ko ? "빌드 \(preview.version) · \(milliseconds(preview.duration)) ms" : "build \(preview.version) · \(milliseconds(preview.duration)) ms")
        body += "</span></nav><main>"
        if !preview.errors.isEmpty {
            body += "<section class=\"error-panel\" id=\"errors\" role=\"alert\"><h2>"
            body += h(ko ? "읽지 못한 파일이 있습니다: 마지막으로 성공한 페이지를 보여 줍니다" : "A file could not be read: showing the last good page")
            body += "</h2><ul>"
            for error in preview.errors {
                body += "<li><code class=\"where\">\(h(error.location.description))</code> \(Escaping.htmlWithCode(error.message(preview.language)))</li>"
            }
            body += "</ul></section>"
        }
        body += "<div class=\"columns\"><div class=\"paper\">"
        if preview.pageNames.contains(selected) {
            body += "<iframe id=\"page\" title=\"\(h(selected))\" src=\"/page/\(h(selected)).html?v=\(preview.version)\"></iframe>"
        } else {
            body += "<p class=\"empty\">\(h(ko ? "아직 만든 페이지가 없습니다." : "No page built yet."))</p>"
        }
        body += "</div><aside>"
        body += verdict(preview)
        body += findings(preview)
        body += "</aside></div></main>"
        return """
            <!DOCTYPE html>
            <html lang="\(preview.language.rawValue)"><head><meta charset="utf-8">
            <title>folio serve</title>
            <style>\(style)</style></head>
            <body>\(body)
            <script>\(script)</script>
            </body></html>
            """
    }

    /// How full the one page is and what it left out, each with the file:line it comes from.
    static func verdict(_ preview: Preview) -> String {
        let ko = preview.language == .ko
        let h = Escaping.html
        let percent = Int((preview.pageFill * 100).rounded())
        var html = "<section class=\"verdict\" id=\"verdict\"><h2>\(h(ko ? "한 페이지" : "One page"))</h2>"
        if preview.omissions.isEmpty {
            html += "<p>\(h(ko ? "모두 실었습니다 (예상 \(percent)% 사용)." : "Everything fits (about \(percent)% used)."))</p>"
        } else {
            html += "<p>\(h(ko ? "A4 한 장에 맞추느라 뺀 항목 \(preview.omissions.count)개:" : "Left out to fit one A4 page (\(preview.omissions.count)):"))</p><ul>"
            for omission in preview.omissions {
                html += "<li>\(h(omission.description(preview.language))) <code class=\"where\">\(h(omission.location.description))</code></li>"
            }
            html += "</ul>"
        }
        return html + "</section>"
    }

    /// The check findings, each naming its file:line.
    static func findings(_ preview: Preview) -> String {
        let ko = preview.language == .ko
        let h = Escaping.html
        var html = "<section class=\"findings\" id=\"findings\"><h2>\(h(ko ? "점검 결과 \(preview.findings.count)개" : "\(preview.findings.count) findings"))</h2><ul>"
        for finding in preview.findings {
            html += "<li class=\"\(finding.severity)\"><code class=\"where\">\(h(finding.location.description))</code> "
            // A message names keys and values in backticks (`contact.email`): code, as on the interview sheet.
            html += "<span class=\"rule\">[\(h(finding.rule))]</span> \(Escaping.htmlWithCode(finding.message(preview.language)))</li>"
        }
        return html + "</ul></section>"
    }

    /// Plain text (the match report) as a page of its own.
    public static func plain(_ text: String, title: String) -> String {
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>\(Escaping.html(title))</title></head><body><pre>\(Escaping.html(text))</pre></body></html>"
    }

    static func milliseconds(_ seconds: TimeInterval) -> Int { Int((seconds * 1000).rounded()) }

    static let style = """
        body { margin: 0; font-family: "Noto Sans CJK KR", "Apple SD Gothic Neo", sans-serif; background: #e8e8e8; }
        .tabs { display: flex; gap: 4px; padding: 8px 12px; background: #222; align-items: center; }
        .tabs a { color: #ddd; text-decoration: none; padding: 4px 10px; border-radius: 4px; }
        .tabs a[aria-current] { background: #fff; color: #000; }
        .status { margin-left: auto; color: #aaa; font-size: 12px; }
        .columns { display: flex; gap: 16px; padding: 16px; align-items: flex-start; }
        .paper iframe { width: 210mm; height: 297mm; border: 0; background: #fff; box-shadow: 0 2px 12px rgba(0,0,0,.3); }
        aside { flex: 1; min-width: 280px; font-size: 13px; }
        aside section { background: #fff; padding: 8px 12px; margin-bottom: 12px; border-radius: 4px; }
        aside li { margin: 4px 0; } .where { color: #555; } aside li code:not(.where) { background: #f0f2f5; padding: 0 2px; border-radius: 2px; }
        li.error { color: #a00; } li.warning { color: #850; } li.suggestion { color: #346; }
        .error-panel { margin: 16px 16px 0; padding: 8px 16px; background: #fee; border: 2px solid #c00; }
        """

    /// Reloads the page when the server announces a newer build.
    static let script = """
        (function () {
          var shown = document.getElementById('status').dataset.version;
          var events = new EventSource('/events');
          events.onmessage = function (event) { if (event.data !== shown) { location.reload(); } };
        })();
        """
}
