import ArgumentParser
import Foundation
import FolioModel

/// The data folders beside the binary.
public enum Installation {
    /// folio's version, as `folio --version` prints it.
    public static let version = "0.1.0"

    /// What `require(_:)` reports: the bundles that are missing, and the first unreadable path of
    /// each bundle that is there. Only reads the file system (50-odd `access(2)` calls), so it
    /// runs while the arguments are parsed (`CommandMain`).
    public struct ResourceProblems: Sendable {
        var missing: [String]
        var unreadable: [(bundle: URL, path: URL)]
    }

    public static func resourceProblems() -> ResourceProblems {
        let missing = bundles.filter { ResourceBundle.folder(named: $0) == nil }
        let unreadable = bundles.compactMap(ResourceBundle.folder(named:)).compactMap { bundle in
            ResourceBundle.firstUnreadable(in: bundle).map { (bundle: bundle, path: $0) }
        }
        return ResourceProblems(missing: missing, unreadable: unreadable)
    }

    /// The skill catalog, role profiles, templates and schemas are data files in bundles beside
    /// the binary; without them every skill would look unknown, so say what is missing instead:
    /// prints each of `problems` with its fix and throws `ExitCode(2)` when there is one.
    public static func require(_ problems: ResourceProblems) throws {
        let missing = problems.missing
        // Where to look and what to read, worked out only when something is missing.
        let folder = missing.isEmpty ? "." : ResourceBundle.searchFolders.first?.path ?? "."
        let readme = missing.isEmpty ? "" : Documentation.path("README.md")
        for name in missing {
            Console.error("""
                error: \(folder)/\(name): folio의 데이터 폴더가 없습니다. folio 실행 파일과 함께 folio_*.resources 폴더를 복사하세요 (\(readme)의 'Install').
                error: \(folder)/\(name): folio's data folder is missing. Copy the folio_*.resources folders together with the folio binary (\(readme): Install).
                """)
        }
        // A bundle that is there but cannot be read (permissions) is named too, with the folder to fix.
        let unreadable = problems.unreadable
        for (bundle, path) in unreadable {
            Console.error("""
                error: \(path.path): folio의 데이터를 읽을 권한이 없습니다. 설치한 사람이 권한을 되돌리세요: chmod -R a+rX \(bundle.path)
                error: \(path.path): folio cannot read its own data here (permission denied). Whoever installed folio can restore it: chmod -R a+rX \(bundle.path)
                """)
        }
        guard missing.isEmpty, unreadable.isEmpty else { throw ExitCode(2) }
    }

    /// The resource bundles SwiftPM builds beside the binary: the catalog and role profiles, the
    /// templates and scaffolds, the JSON Schemas.
    public static let bundles = ["folio_FolioModel.resources", "folio_FolioTemplates.resources", "folio_FolioSchemas.resources"]
}


/// How both executables run a command: parse the arguments, check the data folders, run. Misuse
/// exits 2, as RULES.md says (the parser's own default is 64).
public enum CommandMain {
    /// Runs `command` as the program's root command. The resource bundles' check runs on another
    /// thread while the arguments are parsed; `warmUp`, called first, starts on other threads what
    /// the command reads whatever its arguments (the skill catalog).
    public static func run<Command: ParsableCommand>(_ command: Command.Type, warmUp: () -> Void = {}) {
        let resources = Background { Installation.resourceProblems() }
        warmUp()
        do {
            var parsed = try Command.parseAsRoot()
            try Installation.require(resources.value)
            try parsed.run()
        } catch {
            // Interrupted (`Cleanup`): the signal's handler exits with its own code.
            Cleanup.shared.holdIfInterrupted()
            if Command.exitCode(for: error) == .validationFailure {
                // The parser's own messages (unknown option, missing argument) are English; say in
                // Korean what happened too, unless `--lang en` was given. folio's own misuse
                // errors (`Misuse`) are in the run's language already.
                let message = Command.fullMessage(for: error)
                if let typo = misspelledSubcommand(of: Command.self, in: CommandLine.arguments) {
                    let name = Command.configuration.commandName ?? "folio"
                    let korean = "error: \(Josa.topic.after("'\(typo.written)'")) \(name)의 명령이 아닙니다. `\(Josa.object.after("\(name) \(typo.meant)`")) 뜻하셨나요?"
                    let english = "error: '\(typo.written)' is not a \(name) command. Did you mean `\(name) \(typo.meant)`?"
                    switch lang(in: CommandLine.arguments) {
                    case .en: Console.error(english)
                    case .ko: Console.error(korean)
                    case nil: Console.error(korean + "\n" + english)
                    }
                } else if !Misuse.isRaised(in: message), lang(in: CommandLine.arguments) != .en {
                    Console.error("error: 명령줄을 읽지 못했습니다. 아래 메시지의 옵션이나 인수를 고치고, 쓰는 법은 --help로 확인하세요.")
                }
                Console.error(message)
                Foundation.exit(2)
            }
            Command.exit(withError: error)
        }
    }

    /// The first argument when it is no subcommand of `command` but close to one (`buld` → `build`).
    public static func misspelledSubcommand<Command: ParsableCommand>(
        of command: Command.Type, in arguments: [String]
    ) -> (written: String, meant: String)? {
        let names = command.configuration.subcommands.compactMap { $0.configuration.commandName }
        guard arguments.count > 1, !names.isEmpty else { return nil }
        let written = arguments[1]
        guard !written.hasPrefix("-"), !names.contains(written), let meant = Spelling.nearest(to: written, in: names) else { return nil }
        return (written, meant)
    }

    /// The language `--lang X` (or `--lang=X`) names among raw arguments, for messages printed
    /// when the arguments could not be parsed.
    public static func lang(in arguments: [String]) -> Language? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { return Language(userValue: arguments[index + 1]) }
            if argument.hasPrefix("--lang=") { return Language(userValue: String(argument.dropFirst(7))) }
        }
        return nil
    }
}
