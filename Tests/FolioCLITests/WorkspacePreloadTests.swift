import Foundation
import Testing
import FolioTestSupport
@testable import FolioCommandLine

/// `folio build` and `folio check` read the workspace named on the command line while the
/// arguments are parsed (`WorkspacePreload`): the folder guessed from the words, taken only for
/// the very folder the parser read.
@Suite struct WorkspacePreloadTests {
    @Test(arguments: [
        (["folio", "build", "ws", "-o", "out", "--quiet"], "ws"),
        (["folio", "check", "ws"], "ws"),
        (["folio", "check", "ws", "--format", "json", "--lang=en"], "ws"),
        (["folio", "build", "--lang=en", "ws"], "ws"),
        (["folio", "check"], "."),
        (["folio", "build", "--quiet"], "."),
        (["folio", "check", "--lang", "en"], nil),  // `en`: --lang's value or the folder?
        (["folio", "build", "-o", "out", "ws"], nil),
        (["folio", "build", "--quiet", "ws"], nil),
        (["folio", "build", "ws", "other"], nil),
        (["folio", "build", "--", "-ws"], nil),
        (["folio", "check", "ws", "--help"], nil),
        (["folio", "match", "posting.txt"], nil),
        (["folio"], nil),
    ] as [([String], String?)])
    func folderGuess(arguments: [String], folder: String?) {
        #expect(WorkspacePreload.folderGuess(in: arguments) == folder)
    }

    @Test func aReadingIsTakenOnlyForItsOwnFolderAndOnlyOnce() throws {
        let example = RepositoryPaths.example("junior-data-engineer-ko").path
        WorkspacePreload.start(["folio", "check", example])
        #expect(WorkspacePreload.take(for: example + "/") == nil, "another spelling of the folder reads it again")
        let taken = try #require(WorkspacePreload.take(for: example))
        #expect(try taken.get().profile.name?.value.isEmpty == false)
        #expect(WorkspacePreload.take(for: example) == nil, "taken once")
    }

    /// The same findings whether the folder was read ahead (`check DIR --lang ko`) or not
    /// (`check --lang ko DIR`: the guess cannot tell), for every example and a broken workspace.
    @Test func checkFindsTheSameWithAndWithoutTheReadingAhead() throws {
        let broken = try TemporaryWorkspace([
            "folio.yaml": "name: 김하늘\nlang: ko\nlevel: junior\ntarget:\n  role: data-engineer\n  company: [startup\n",
            "skills.yaml": "skills:\n  - name: Python\n    level: 3\n",
        ])
        let folders = ["junior-data-engineer-ko", "needs-work", "junior-data-engineer-en"].map { RepositoryPaths.example($0).path }
            + [broken.root.path]
        for folder in folders {
            let ahead = try FolioProcess.run(["check", folder, "--lang", "ko", "--format", "json"])
            let after = try FolioProcess.run(["check", "--lang", "ko", folder, "--format", "json"])
            #expect(ahead.status == after.status, "\(folder)")
            #expect(ahead.stdout == after.stdout, "\(folder)")
            #expect(!ahead.stdout.isEmpty || !ahead.stderr.isEmpty)
        }
    }
}
