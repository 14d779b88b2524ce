import Foundation
import Mustache
import Testing
import FolioModel
@testable import FolioRender
import FolioTestSupport

/// The presentation model answers Mustache's lookups itself (`MustacheParent`), not through
/// `Mirror`: every stored property must have its case, or a template naming it renders nothing.
@Suite struct PresentationLookupTests {
    /// Walks `value` and everything inside it; for each `MustacheParent`, checks that every stored
    /// property `Mirror` sees is answered by `child(named:)`. Returns the type names checked.
    func check(_ value: Any, path: String, checked: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            if let inner = mirror.children.first?.value { check(inner, path: path, checked: &checked) }
            return
        }
        if mirror.displayStyle == .collection {
            for (index, element) in mirror.children.enumerated() { check(element.value, path: "\(path)[\(index)]", checked: &checked) }
            return
        }
        // The presentation model's own types; values from FolioModel (LocalizedText…) are leaves.
        guard mirror.displayStyle == .struct, String(reflecting: type(of: value)).hasPrefix("FolioRender.") else { return }
        let typeName = String(describing: type(of: value))
        guard let parent = value as? MustacheParent else {
            Issue.record("\(path): \(typeName) is in the presentation model but answers no Mustache lookup")
            return
        }
        checked.insert(typeName)
        for child in mirror.children {
            guard let label = child.label else { continue }
            let stored = Mirror(reflecting: child.value)
            let isNil = stored.displayStyle == .optional && stored.children.isEmpty
            let answered = parent.child(named: label)
            #expect((answered == nil) == isNil, "\(typeName).child(named: \"\(label)\") must return the property (\(path).\(label))")
            check(child.value, path: "\(path).\(label)", checked: &checked)
        }
    }

    @Test(arguments: ["junior-data-engineer-ko", "junior-data-engineer-en"])
    func everyStoredPropertyIsAnswered(_ example: String) throws {
        let workspace = try Fixtures.example(example)
        var checked = Set<String>()
        for full in [false, true] {
            check(PortfolioBuilder(options: PortfolioOptions(full: full)).build(workspace), path: "portfolio", checked: &checked)
        }
        #expect(checked.isSuperset(of: ["Portfolio", "Labels", "ProfileBlock", "ProjectCard", "StoryCard", "BodySection", "SkillChip"]), "\(checked)")
    }

    @Test func aChangedTemplateIsParsedAgain() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appendingPathComponent("portfolio.md.mustache")
        try "first {{profile.name}}\n".write(to: template, atomically: true, encoding: .utf8)
        let workspace = try Fixtures.example("junior-data-engineer-en")
        let renderer = MarkdownRenderer(templates: TemplateSet(locator: TemplateLocator(explicit: folder)))
        let portfolio = PortfolioBuilder(options: PortfolioOptions()).build(workspace)
        let first = try renderer.render(portfolio)
        #expect(first.hasPrefix("first "))
        #expect(try renderer.render(portfolio) == first, "the same files give the same (cached) templates")
        try "second version {{profile.name}}\n".write(to: template, atomically: true, encoding: .utf8)
        #expect(try renderer.render(portfolio).hasPrefix("second version "), "an edited template is read again")
    }
}
