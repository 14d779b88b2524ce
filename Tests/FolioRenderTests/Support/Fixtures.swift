import Foundation
import FolioModel
@testable import FolioRender
import FolioTestSupport

/// Shared steps of the render tests.
enum Fixtures {
    static func example(_ name: String) throws -> Workspace {
        try WorkspaceLoader.load(at: RepositoryPaths.example(name))
    }

    /// The sample workspace with `overrides` applied, loaded.
    static func workspace(_ overrides: [String: String]) throws -> (TemporaryWorkspace, Workspace) {
        var files = SampleFiles.workspace
        for (path, text) in overrides { files[path] = text }
        let folder = try TemporaryWorkspace(files)
        return (folder, try folder.load())
    }

    static let templates = TemplateSet(locator: TemplateLocator())

    static func html(_ workspace: Workspace, _ options: PortfolioOptions = PortfolioOptions()) throws -> HTMLElement {
        let portfolio = PortfolioBuilder(options: options).build(workspace)
        return HTMLTree.parse(try HTMLRenderer(templates: templates).render(portfolio))
    }

    static func markdown(_ workspace: Workspace, _ options: PortfolioOptions = PortfolioOptions()) throws -> String {
        try MarkdownRenderer(templates: templates).render(PortfolioBuilder(options: options).build(workspace))
    }

    /// A fresh empty folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
