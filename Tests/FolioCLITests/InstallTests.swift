import Foundation
import Testing
import FolioTestSupport

/// A copy of the built binary with its resource bundles works from any folder: what
/// `make install` and the README's two-line copy rely on.
@Suite struct InstallTests {
    /// Copies `folio` (and, with `bundles`, its `folio_*.resources` folders; with `server`,
    /// `folio-serve`) into `folder/lib`.
    func install(into folder: URL, bundles: Bool, server: Bool = true) throws -> URL {
        let lib = folder.appendingPathComponent("lib")
        try FileManager.default.createDirectory(at: lib, withIntermediateDirectories: true)
        let products = FolioProcess.productsDirectory
        try FileManager.default.copyItem(at: FolioProcess.executable, to: lib.appendingPathComponent("folio"))
        if server {
            try FileManager.default.copyItem(
                at: products.appendingPathComponent("folio-serve"), to: lib.appendingPathComponent("folio-serve"))
        }
        if bundles {
            let names = try FileManager.default.contentsOfDirectory(atPath: products.path)
                .filter { $0.hasPrefix("folio_") && $0.hasSuffix(".resources") }
            #expect(Set(names).isSuperset(of: ["folio_FolioModel.resources", "folio_FolioTemplates.resources"]))
            for name in names {
                try FileManager.default.copyItem(at: products.appendingPathComponent(name), to: lib.appendingPathComponent(name))
            }
        }
        // As on the PATH: a symbolic link in bin/ to the real binary.
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("folio"), withDestinationURL: lib.appendingPathComponent("folio"))
        return bin.appendingPathComponent("folio")
    }

    @Test func aCopiedBinaryBuildsTheKoreanExampleFromAnUnrelatedFolder() throws {
        let prefix = try TemporaryWorkspace([:])
        let folio = try install(into: prefix.root, bundles: true)
        // A workspace copied away from the repository, built from a folder with no Templates/ near it.
        let elsewhere = try TemporaryWorkspace([:])
        let workspace = elsewhere.root.appendingPathComponent("ko")
        try FileManager.default.copyItem(at: RepositoryPaths.example("junior-data-engineer-ko"), to: workspace)
        let result = try FolioProcess.run(["build", "ko", "-o", "out"], in: elsewhere.root, executable: folio)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: elsewhere.root.appendingPathComponent("out/portfolio.html"), encoding: .utf8)
        #expect(html.contains("<style>"), "the stylesheet from the bundle is inlined")
        #expect(html.contains("Apache Spark"))
        #expect(FileManager.default.fileExists(atPath: elsewhere.root.appendingPathComponent("out/skills.xlsx").path))

        let scaffold = try FolioProcess.run(["init", "new", "--lang", "en", "--quiet"], in: elsewhere.root, executable: folio)
        #expect(scaffold.status == 0, "\(scaffold.stderr)")
        #expect(scaffold.stdout.isEmpty, "--quiet prints nothing: \(scaffold.stdout)")
        #expect(FileManager.default.fileExists(atPath: elsewhere.root.appendingPathComponent("new/folio.yaml").path))
    }

    /// `folio serve` starts `folio-serve` from beside the real binary (through the PATH's link), and
    /// SIGTERM reaches it: the server stops with exit code 0.
    @Test func aCopiedBinaryServesThroughItsLink() throws {
        let prefix = try TemporaryWorkspace([:])
        let folio = try install(into: prefix.root, bundles: true)
        let server = try ServeTests.Server(workspace: RepositoryPaths.example("junior-data-engineer-en"), executable: folio)
        try #require(!server.base.isEmpty, "folio serve printed its address")
        #expect(ServeTests.get(server.base + "/state.json")?.contains("version") == true)
        server.process.terminate()
        let deadline = Date().addingTimeInterval(10)
        while server.process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        try #require(!server.process.isRunning, "folio-serve stops on SIGTERM within 10 s")
        #expect(server.process.terminationStatus == 0)
    }

    @Test func serveWithoutTheServerProgramSaysWhatIsMissing() throws {
        let prefix = try TemporaryWorkspace([:])
        let folio = try install(into: prefix.root, bundles: true, server: false)
        let result = try FolioProcess.run(
            ["serve", RepositoryPaths.example("junior-data-engineer-en").path, "--port", "0"], in: prefix.root, executable: folio)
        #expect(result.status == 2)
        #expect(result.stderr.contains(prefix.root.appendingPathComponent("lib/folio-serve").path), "\(result.stderr)")
        #expect(result.stderr.contains("README"))
    }

    /// A `folio-serve` that is no program (a copy cut short, another machine's binary): the exec's
    /// failure in both languages, in folio's words, exit 2.
    @Test func aServerThatCannotRunIsSaidInBothLanguages() throws {
        let prefix = try TemporaryWorkspace([:])
        let folio = try install(into: prefix.root, bundles: true, server: false)
        let server = prefix.root.appendingPathComponent("lib/folio-serve")
        try Data("not a program\n".utf8).write(to: server)
        chmod(server.path, 0o755)
        let result = try FolioProcess.run(
            ["serve", RepositoryPaths.example("junior-data-engineer-en").path, "--port", "0"], in: prefix.root, executable: folio)
        #expect(result.status == 2)
        #expect(result.stderr == """
            error: \(server.path): folio serve에 필요한 folio-serve를 실행할 수 없습니다: 이 시스템에서 실행할 수 있는 프로그램 파일이 아닙니다
            error: \(server.path): folio serve cannot run folio-serve: not a program this system can run

            """, "\(result.stderr)")
    }

    /// Only `folio-serve` links Foundation's networking library (libcurl, TLS and some 30 more):
    /// loading it cost every command about 5 ms at start (`Benchmarks/ratios.sh`).
    @Test func onlyTheServerLinksTheNetworkingLibrary() throws {
        #if os(Linux)
        let products = FolioProcess.productsDirectory
        func needed(_ binary: String) throws -> String {
            try String(contentsOfFile: products.appendingPathComponent(binary).path, encoding: .isoLatin1)
        }
        #expect(!(try needed("folio")).contains("libFoundationNetworking.so"))
        #expect(try needed("folio-serve").contains("libFoundationNetworking.so"))
        #endif
    }

    /// libxlsxwriter (and minizip, zlib, libcrypto behind it) is opened when an xlsx is written,
    /// not when folio starts: `folio check` never loads it.
    @Test func folioStartsWithoutLoadingLibxlsxwriter() throws {
        #if os(Linux)
        let result = try FolioProcess.run(["check", RepositoryPaths.example("junior-data-engineer-ko").path], environment: ["LD_DEBUG": "libs"])
        #expect(result.status == 0, "\(result.stderr.suffix(2000))")
        #expect(result.stderr.contains("libc.so.6"), "LD_DEBUG=libs lists what the loader opens")
        #expect(!result.stderr.contains("libxlsxwriter"), "check loads no libxlsxwriter")
        #endif
    }

    /// Without libxlsxwriter a build says which library, and why, and writes nothing.
    @Test func aBuildWithoutLibxlsxwriterSaysWhatToInstallAndWritesNothing() throws {
        let prefix = try TemporaryWorkspace([:])
        let out = prefix.root.appendingPathComponent("out")
        let result = try FolioProcess.run(
            ["build", RepositoryPaths.example("junior-data-engineer-ko").path, "-o", out.path, "--lang", "en"],
            in: prefix.root, environment: ["FOLIO_LIBXLSXWRITER": prefix.root.appendingPathComponent("missing.so").path])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("out/skills.xlsx: cannot write the xlsx skill matrix: the library FOLIO_LIBXLSXWRITER names could not be loaded"), "\(result.stderr)")
        #expect(result.stderr.contains("missing.so"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("portfolio.html").path))
        // In Korean, and `folio match --xlsx` checks before it makes or marks its folder.
        let posting = RepositoryPaths.example("junior-data-engineer-ko").appendingPathComponent("postings/enterprise-data-platform.txt")
        let matched = prefix.root.appendingPathComponent("matched")
        let match = try FolioProcess.run(
            ["match", posting.path, "--xlsx", "-o", matched.path, "--lang", "ko"],
            in: prefix.root, environment: ["FOLIO_LIBXLSXWRITER": prefix.root.appendingPathComponent("missing.so").path])
        #expect(match.status == 2, "\(match.stderr)")
        #expect(match.stderr.contains("xlsx 스킬 매트릭스를 쓸 수 없습니다: FOLIO_LIBXLSXWRITER 변수가 가리키는 라이브러리를 열 수 없습니다"), "\(match.stderr)")
        #expect(!FileManager.default.fileExists(atPath: matched.path), "nothing made: not even the folder's marker")
    }

    @Test func aCopiedBinaryWithoutItsBundlesSaysWhatIsMissing() throws {
        let prefix = try TemporaryWorkspace([:])
        let folio = try install(into: prefix.root, bundles: false)
        let result = try FolioProcess.run(
            ["build", RepositoryPaths.example("junior-data-engineer-ko").path, "-o", prefix.root.appendingPathComponent("out").path],
            in: prefix.root, executable: folio)
        #expect(result.status == 2)
        #expect(result.stderr.contains("folio_FolioModel.resources"), "\(result.stderr)")
        #expect(result.stderr.contains("README"))
        #expect(!FileManager.default.fileExists(atPath: prefix.root.appendingPathComponent("out/portfolio.html").path))
    }

    /// Runs `folio` as an unprivileged user: as root through setpriv (root reads anything), or as is.
    func runUnprivileged(_ folio: URL, _ arguments: [String]) throws -> (status: Int32, signalled: Bool, stderr: String) {
        let process = Process()
        if getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", "--", folio.path] + arguments
        } else {
            process.executableURL = folio
            process.arguments = arguments
        }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason == .uncaughtSignal, String(decoding: data, as: UTF8.self))
    }

    @Test("a bundle or a file in it that cannot be read is named, with the fix, and nothing crashes",
          .enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "needs setpriv to drop root"))
    func anUnreadableBundleIsNamed() throws {
        let prefix = try TemporaryWorkspace([:])
        let folio = try install(into: prefix.root, bundles: true)
        // The unprivileged user must reach the copy and the example.
        for path in [prefix.root.path] + (FileManager.default.subpaths(atPath: prefix.root.path) ?? []).map({ prefix.root.appendingPathComponent($0).path }) {
            chmod(path, 0o755)
        }
        let lib = prefix.root.appendingPathComponent("lib")
        let example = prefix.root.appendingPathComponent("ko")
        try FileManager.default.copyItem(at: RepositoryPaths.example("junior-data-engineer-ko"), to: example)
        for path in [example.path] + (FileManager.default.subpaths(atPath: example.path) ?? []).map({ example.appendingPathComponent($0).path }) {
            chmod(path, 0o755)
        }
        let cases = [
            ("folio_FolioModel.resources", lib.appendingPathComponent("folio_FolioModel.resources")),
            ("portfolio.html.mustache", lib.appendingPathComponent("folio_FolioTemplates.resources/portfolio/portfolio.html.mustache")),
        ]
        for (name, path) in cases {
            let mode: mode_t = name.hasSuffix(".resources") ? 0o755 : 0o644
            chmod(path.path, 0)
            defer { chmod(path.path, mode) }
            for command in [["check", example.path], ["build", example.path, "-o", prefix.root.appendingPathComponent("out").path]] {
                let result = try runUnprivileged(folio, command)
                #expect(!result.signalled, "\(name) \(command[0]): crashed")
                #expect(result.status == 2, "\(name) \(command[0]): exit \(result.status): \(result.stderr)")
                #expect(result.stderr.contains(path.path + ": folio cannot read its own data"), "\(name): \(result.stderr)")
                #expect(result.stderr.contains("chmod -R a+rX"), "\(result.stderr)")
                #expect(result.stderr.contains("권한이 없습니다"), "both languages: \(result.stderr)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: prefix.root.appendingPathComponent("out/portfolio.html").path))
    }

    /// `make install-built` (what `make install` runs after building) into a temporary PREFIX:
    /// the documents and examples are installed where folio's messages point, and every path a
    /// message names exists, for the installed folio as for the clone's binary.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/make"), "needs make"))
    func makeInstallPutsTheDocumentsAndExamplesWhereMessagesPoint() throws {
        let prefix = try TemporaryWorkspace([:])
        let make = try Self.make(["install-built", "PREFIX=" + prefix.root.path, "BUILD_DIR=" + FolioProcess.productsDirectory.path])
        #expect(make.status == 0, "\(make.stdout)\(make.stderr)")
        let doc = prefix.root.appendingPathComponent("share/doc/folio")
        for file in ["README.md", "format.md", "rules.md", "examples/junior-data-engineer-ko/folio.yaml", "examples/junior-data-engineer-en/folio.yaml", "examples/needs-work/EXPECTED.md"] {
            #expect(FileManager.default.fileExists(atPath: doc.appendingPathComponent(file).path), "\(file) installed")
        }
        #expect(try Data(contentsOf: doc.appendingPathComponent("format.md")) == Data(contentsOf: RepositoryPaths.root.appendingPathComponent("docs/format.md")))
        let folio = prefix.root.appendingPathComponent("bin/folio")
        #expect(FileManager.default.isExecutableFile(atPath: folio.path))

        let elsewhere = try TemporaryWorkspace(["ws/folio.yaml": "name: 김데이터\nlang: ko\n"])
        try Self.expectMessagesPoint(
            into: doc.path, examples: doc.appendingPathComponent("examples").path,
            templates: prefix.root.appendingPathComponent("lib/folio/folio_FolioTemplates.resources").path, folio: folio, in: elsewhere)
        // The clone's binary points to the clone's files.
        try Self.expectMessagesPoint(
            into: RepositoryPaths.root.appendingPathComponent("docs").path, examples: RepositoryPaths.root.appendingPathComponent("Examples").path,
            templates: RepositoryPaths.root.appendingPathComponent("Templates").path, folio: FolioProcess.executable, in: elsewhere)

        let uninstall = try Self.make(["uninstall", "PREFIX=" + prefix.root.path])
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        #expect(!FileManager.default.fileExists(atPath: doc.path))
        #expect(!FileManager.default.fileExists(atPath: folio.path))
    }

    /// The messages that point to the documents and examples (init's next step, check outside a
    /// workspace, essay without essays) name paths under `docs` and `examples` that exist, and the
    /// example they suggest checking is clean.
    static func expectMessagesPoint(into docs: String, examples: String, templates: String, folio: URL, in folder: TemporaryWorkspace) throws {
        let created = "new-\(UUID().uuidString.prefix(8))"
        for lang in ["ko", "en"] {
            let scaffold = try FolioProcess.run(["init", "\(created)-\(lang)", "--lang", lang], in: folder.root, executable: folio)
            #expect(scaffold.status == 0, "\(scaffold.stderr)")
            #expect(scaffold.stdout.contains(docs + "/format.md"), "\(folio.path) init: \(scaffold.stdout)")
            #expect(scaffold.stdout.contains(examples + "\n") || scaffold.stdout.hasSuffix(examples), "\(scaffold.stdout)")
        }
        #expect(FileManager.default.fileExists(atPath: docs + "/format.md"))

        let outside = try FolioProcess.run(["check", "--lang", "en"], in: folder.root, executable: folio)
        #expect(outside.status == 2)
        let example = examples + "/junior-data-engineer-en"
        #expect(outside.stderr.contains("folio check \(example)"), "\(outside.stderr)")
        let suggested = try FolioProcess.run(["check", example, "--lang", "en"], in: folder.root, executable: folio)
        #expect(suggested.status == 0, "the suggested example is clean: \(suggested.stdout)")

        let essay = try FolioProcess.run(["essay", "ws"], in: folder.root, executable: folio)
        #expect(essay.status == 1)
        #expect(essay.stderr.contains("\(docs)/format.md의 '자기소개서'를 보세요"), "\(essay.stderr)")

        // A --template folder that is not there: the built-in templates to copy are named where they are.
        let template = try FolioProcess.run(["build", "ws", "--template", "nope", "--lang", "en"], in: folder.root, executable: folio)
        #expect(template.status == 2)
        #expect(template.stderr.contains("Copy \(templates)/portfolio/ (or \(templates)/interview/)"), "\(template.stderr)")
        #expect(FileManager.default.fileExists(atPath: templates + "/portfolio/portfolio.html.mustache"))
    }

    /// Runs make in the repository.
    static func make(_ arguments: [String]) throws -> FolioProcess.Result {
        try FolioProcess.run(["-C", RepositoryPaths.root.path] + arguments, executable: URL(fileURLWithPath: "/usr/bin/make"))
    }
}
