import Foundation
import Testing
import FolioModel
@testable import FolioRender
import FolioTestSupport

/// Every date form of a job's period through `folio build`: the page prints it the same way in
/// Markdown and HTML, years as years, `현재` / `present` in the workspace's language.
@Suite struct DateFormRenderTests {
    @Test(arguments: DateForms.all, ["ko", "en"])
    func everyFormRenders(form: DateForms.Form, lang: String) throws {
        let (_, workspace) = try Fixtures.workspace(["folio.yaml": DateForms.profile(form.written, lang: lang, level: "mid")])
        let expected = lang == "ko" ? form.korean : form.english
        let markdown = try Fixtures.markdown(workspace)
        #expect(markdown.contains("### 데이터 엔지니어 · 주식회사 데이터 · \(expected)"), "\(form): \(markdown)")
        let html = try Fixtures.html(workspace)
        #expect(html.first("section.experience")?.first("span.period")?.text == expected)
        // The other language's word for "ongoing" never appears.
        #expect(!markdown.contains(lang == "ko" ? "present" : "현재"))
    }
}
