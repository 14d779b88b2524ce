import Foundation
import Testing
import FolioModel
import FolioTestSupport

/// Real résumés written by other people (../shared/corpus, JSON Resume): odd fields, empty end
/// dates, long highlights, non-ASCII text. Imported and read back without a crash or a parse error.
@Suite struct CorpusImportTests {
    static var corpus: [URL] {
        let folder = RepositoryPaths.shared.appendingPathComponent("corpus/jsonresume")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
    }

    static let skip = Comment(rawValue: "needs ../shared/corpus/jsonresume beside the repository (CI has it)")
    static let present = RepositoryPaths.hasShared("corpus/jsonresume")

    @Test(.enabled(if: present, skip)) func theCorpusIsThere() {
        #expect(Self.corpus.count >= 8, "expected ../shared/corpus/jsonresume beside the repository")
    }

    @Test(.enabled(if: present, skip), arguments: corpus)
    func importsAndReadsBack(_ resume: URL) throws {
        let data = try Data(contentsOf: resume)
        let files = try JSONResumeImporter.workspaceFiles(from: data, source: resume.lastPathComponent)
        let workspace = try TemporaryWorkspace(files).load()
        let parseErrors = workspace.diagnostics.filter { $0.severity == .error }
        #expect(parseErrors.isEmpty, "\(parseErrors.map { "\($0.location) \($0.message.en)" })")
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(workspace.projects.count == ((json["projects"] as? [Any])?.count ?? 0))
        #expect(workspace.profile.experience.count == ((json["work"] as? [Any])?.count ?? 0))
        #expect(workspace.profile.name != nil)
        // Every highlight of a job survives in its experience entry, quotes, colons and all.
        let highlights = ((json["work"] as? [[String: Any]]) ?? []).flatMap { ($0["highlights"] as? [String]) ?? [] }
        let kept = Set(workspace.profile.experience.flatMap { $0.highlights.map(\.value) })
        for highlight in highlights where !highlight.trimmingCharacters(in: .whitespaces).isEmpty {
            #expect(kept.contains(highlight.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
    }

    @Test func rejectsWhatIsNotAResume() {
        #expect(throws: FolioError.self) { try JSONResumeImporter.workspaceFiles(from: Data("[1,2]".utf8), source: "x.json") }
        #expect(throws: FolioError.self) { try JSONResumeImporter.workspaceFiles(from: Data("{oops".utf8), source: "x.json") }
    }
}
