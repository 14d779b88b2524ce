import ArgumentParser
import Foundation
import FolioCommandLine
import FolioModel
import FolioRender
import FolioXLSX
import FolioMatch
import FolioCheck

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render the one-page portfolio (Markdown, HTML, PDF) and the xlsx skill matrix.",
        discussion: """
            Writes portfolio.md and portfolio.html into the output folder; --full adds \
            portfolio-full.md and .html with every project and story; --pdf prints the HTML with a \
            headless Chromium. Templates come from Templates/portfolio/ (in a clone; \
            folio_FolioTemplates.resources/portfolio/ beside an installed folio); copy that folder \
            and pass --template DIR to restyle. Every file is written whole or not at all: a failed build \
            leaves the previous outputs as they were, and a portfolio file an earlier build wrote \
            and this one did not (portfolio.pdf without --pdf) is removed. An output folder another \
            workspace was built into is refused (exit 2, nothing written): pass -o with another folder, \
            or --force to replace its files. A workspace with parse errors writes nothing and exits 1; \
            --force builds from what could be read.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var progress: ProgressOptions
    @OptionGroup var force: ForceOption

    @Flag(help: "Also render every project and story (several pages) to portfolio-full.{md,html}.")
    var full = false

    @Flag(help: "Also print the HTML to portfolio.pdf with a headless Chromium.")
    var pdf = false

    @Flag(help: "Also write essays/<file>.txt: each company's 자기소개서 answers ready to paste, with their lengths (as `folio essay`).")
    var essays = false

    @Option(help: "A folder of templates to render with: a copy of the built-in portfolio/ templates (Templates/portfolio/ in a clone, folio_FolioTemplates.resources/portfolio/ beside an installed folio).", completion: .directory)
    var template: String?

    @Option(help: ArgumentHelp(
        "The look: classic (two columns, the default) or plain (one column for applicant-tracking systems and web forms; also writes portfolio.txt).",
        valueName: "theme"))
    var theme = "classic"

    @Option(help: ArgumentHelp(
        "The output file name instead of portfolio: {name}, {company} (the company the --for posting names in a 회사:/Company: line or its title, else its file name), {role}, {lang}, {date}. E.g. --name '{name}_{company}_포트폴리오' writes 김하늘_A사_포트폴리오.pdf.",
        valueName: "pattern"))
    var name: String?

    @Option(
        name: .customLong("for"),
        help: ArgumentHelp("A job posting (plain text): order and select the one page for it (see `folio match`).", valueName: "posting"),
        completion: .file())
    var posting: String?

    func validate() throws {
        try TemplateOption.validate(template, lang: workspace.lang)
        guard TemplateSet.themes.contains(theme) else {
            throw Misuse.error(LocalizedText(
                ko: "--theme \(theme): 그런 테마가 없습니다. \(TemplateSet.themes.joined(separator: ", ")) 중에서 고르세요.",
                en: "--theme \(theme): no such theme; choose \(TemplateSet.themes.joined(separator: " or "))."), lang: workspace.lang)
        }
    }

    /// Parses the default templates on another thread before the arguments are parsed, unless
    /// the arguments may name others (`--template`, `--theme`): a guess, as `run` warms the
    /// templates it was given in any case and a parse is cached by the files it read.
    static func warmUpTemplates(_ arguments: [String]) {
        guard !arguments.contains(where: { $0.hasPrefix("--template") || $0.hasPrefix("--theme") }) else { return }
        TemplateSet(locator: TemplateLocator()).warmUp(["portfolio.md", "portfolio.html"])
    }

    func run() throws {
        // The catalog and the templates do not depend on the workspace: read them while it loads.
        let templates = TemplateSet(locator: TemplateLocator(explicit: template.map { URL(fileURLWithPath: $0) }), theme: theme)
        SkillCatalog.warmUp()
        templates.warmUp(["portfolio.md", "portfolio.html"] + (full ? ["portfolio-full.md", "portfolio-full.html"] : []))
        let loaded = try workspace.selection.loadForOutput(force: force.force)
        let language = try workspace.language(default: loaded.language)
        let emphasis = try posting.map { try Self.emphasis(for: $0, workspace: loaded, language: language) } ?? []
        let options = PortfolioOptions(language: language, emphasis: emphasis, full: full)
        var build = PortfolioBuild(options: options, templates: templates, pdf: pdf, generator: "folio \(Folio.version)")
        if let name {
            do {
                build.baseName = try OutputName.expand(
                    name, profile: PortfolioBuilder(options: options).build(loaded).profile, posting: posting,
                    postingText: posting.flatMap { FileManager.default.contents(atPath: $0) }.map { String(decoding: $0, as: UTF8.self) },
                    language: language)
            } catch {
                throw error.exit(language)
            }
        }
        let matrix = SkillMatrix(workspace: loaded, today: .of(Date()), language: language)
        build.extras = [PortfolioBuild.ExtraOutput(fileName: "skills.xlsx", write: matrix.write(to:))]
        // SIGINT / SIGTERM: kill the browser's process group and remove scratch files first.
        // Before the xlsx thread starts: it makes its scratch folder at once.
        Cleanup.shared.installSignalHandlers()
        build.startExtras(into: output.url)
        build.replacesOtherWorkspace = force.force
        let report: PortfolioBuild.Report
        Scratch.removeStale()
        do {
            try OutputGuard.check(output.url, fileNames: build.possibleFileNames, workspace: loaded)
            if essays { try EssayPasteText.checkOutput(loaded, to: output.url) }
            report = try build.run(loaded, into: output.url)
        } catch {
            // Refused before the build ran (`OutputGuard`): the xlsx thread removes its scratch first.
            build.waitForExtras()
            throw error.exit(language)
        }
        for url in report.written { progress.wrote(Self.display(url), language) }
        if essays {
            do {
                for url in try EssayPasteText.write(loaded, to: output.url, language: language) {
                    progress.wrote(Self.display(url), language)
                }
            } catch {
                throw error.exit(language)
            }
        }
        for url in report.removed {
            progress.say(ProgressOptions.line(.removed, Self.display(url), language))
        }
        progress.say(summary(report, language))
    }

    /// The skills a posting asks for, strongest match first, to put first on the page.
    static func emphasis(for posting: String, workspace: Workspace, language: Language) throws -> [String] {
        let text: String
        switch Posting.text(atPath: posting) {
        case .success(let read):
            text = read
        case .failure(let finding):
            Console.error(TextReporter(language: language, color: false).findingLines([finding]).joined(separator: "\n"))
            throw ExitCode(2)
        }
        let report = PostingMatcher.match(Posting.parse(text: text, file: posting), workspace)
        if report.emphasis.isEmpty {
            Console.error(language == .ko
                ? "note: \(posting)에서 아는 기술 이름을 찾지 못해 기본 순서로 만듭니다."
                : "note: \(posting) names no skill folio knows; building in the usual order.")
        }
        return report.emphasis
    }

    /// One line on how full the page is, then what the one page left out.
    func summary(_ report: PortfolioBuild.Report, _ language: Language) -> String {
        let percent = Int((report.pageFill * 100).rounded())
        let how = report.measured
            ? (language == .ko ? "브라우저로 잰 높이 \(percent)% 사용" : "\(percent)% used, measured in the browser")
            : (language == .ko ? "예상 \(percent)% 사용" : "about \(percent)% used, estimated")
        guard !report.omissions.isEmpty else {
            return language == .ko
                ? "한 페이지에 모두 실었습니다 (\(how))."
                : "Everything fits on one page (\(how))."
        }
        var lines = [language == .ko
            ? "한 페이지(A4)에 맞추느라 뺀 항목 \(report.omissions.count)개 (\(how); --full에는 모두 있습니다):"
            : "Left out to fit one A4 page (\(report.omissions.count); \(how); all are in --full):"]
        for omission in report.omissions {
            lines.append("  - \(omission.description(language))  [\(omission.location)]")
        }
        return lines.joined(separator: "\n")
    }

    /// A written path relative to the current folder when it is inside it.
    static func display(_ url: URL) -> String { Console.display(url) }
}
