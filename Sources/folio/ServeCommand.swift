import ArgumentParser
import Foundation
import FolioCommandLine
import FolioModel

/// `folio serve`: checks the options, then replaces this process with `folio-serve` (beside this
/// binary) given the same arguments. See `ServeOptions` for why the server is a program of its own.
struct ServeCommand: ParsableCommand {
    static let configuration = ServeOptions.configuration

    @OptionGroup var options: ServeOptions

    func validate() throws {
        try TemplateOption.validate(options.template, lang: options.workspace.lang)
    }

    func run() throws {
        let server = Self.serverPath()
        guard let server, FileManager.default.isExecutableFile(atPath: server) else {
            let expected = server ?? "folio-serve"
            let readme = Documentation.path("README.md")
            Console.error("""
                error: \(expected): folio serve에 필요한 folio-serve 프로그램이 없습니다. folio와 같은 폴더에 복사하세요 (`swift build`는 둘 다 만듭니다; \(readme)의 'Install').
                error: \(expected): folio serve needs the folio-serve program beside folio. Copy it there (`swift build` builds both; \(readme): Install).
                """)
            throw ExitCode(2)
        }
        // The arguments after `serve`, as the user gave them; `folio-serve` parses them the same way.
        let arguments = CommandLine.arguments
        let rest = arguments.firstIndex(of: "serve").map { Array(arguments[($0 + 1)...]) } ?? []
        let argv = ([server] + rest).map { strdup($0) } + [nil]
        execv(server, argv)
        Console.error(ServeOptions.cannotStartServer(server, errno: errno))
        throw ExitCode(2)
    }

    /// `folio-serve` in the folder of this executable, symbolic links resolved (as `make install`
    /// links `PREFIX/bin/folio` to `PREFIX/lib/folio/folio`).
    static func serverPath() -> String? {
        Bundle.main.executableURL.map {
            $0.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("folio-serve").path
        }
    }
}
