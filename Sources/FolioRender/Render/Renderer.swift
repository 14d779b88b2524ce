import Foundation
import FolioModel
import Mustache
import Synchronization

/// Turns the presentation model into one output file's text.
public protocol Renderer: Sendable {
    /// The output's file name, e.g. `portfolio.html` or `portfolio-full.md`.
    func fileName(full: Bool) -> String
    func render(_ portfolio: Portfolio) throws(FolioError) -> String
}

/// The Mustache templates of `Templates/portfolio/`, loaded through a `TemplateLocator` so
/// that `--template DIR` can replace any one file (the rest come from the built-in folder).
///
/// Every `*.mustache` file is registered under its name without `.mustache`, so a template
/// can include another as a partial: `{{> card.html}}`.
public struct TemplateSet: Sendable {
    public var locator: TemplateLocator
    /// A built-in theme (`Templates/themes/<name>/`) whose files replace the default ones; nil for
    /// the default (`Templates/portfolio/`). A `--template DIR` still wins over both.
    public var theme: String?
    public static let folder = "portfolio"
    /// The built-in themes a user picks with `--theme`: the default two-column page, and a plain
    /// single-column one for applicant-tracking systems and web forms (with `portfolio.txt`).
    public static let themes = ["classic", "plain"]

    public init(locator: TemplateLocator, theme: String? = nil) {
        self.locator = locator
        self.theme = theme == "classic" ? nil : theme
    }

    /// Where a template file comes from: `--template DIR`, then the theme, then the default folder.
    func file(_ name: String) throws(FolioError) -> URL {
        if let theme {
            if let explicit = locator.explicit {
                for url in [explicit.appendingPathComponent("\(Self.folder)/\(name)"), explicit.appendingPathComponent(name)]
                where FileManager.default.fileExists(atPath: url.path) {
                    return url
                }
            }
            let themed = try TemplateLocator(explicit: nil).templatesRoot().appendingPathComponent("themes/\(theme)/\(name)")
            if FileManager.default.fileExists(atPath: themed.path) { return themed }
        }
        return try locator.file("\(Self.folder)/\(name)")
    }

    /// Whether the templates include `name` (`portfolio.txt.mustache`).
    public func has(_ name: String) -> Bool {
        (try? file(name)) != nil
    }

    /// The text of a template file (`portfolio.css`).
    public func text(_ name: String) throws(FolioError) -> String {
        let url = try file(name)
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw .template(path: url.path, reason: LocalizedText(ko: "템플릿을 읽을 수 없습니다 (UTF-8인가요?)", en: "cannot read the template (is it UTF-8?)"))
        }
        return text
    }

    /// Renders template `name` (`portfolio.html`) over `context`, with every template of the
    /// folder available as a partial.
    public func render(_ name: String, _ context: Any) throws(FolioError) -> String {
        let library = try self.library(for: name)
        guard library.getTemplate(named: name) != nil else {
            throw .template(path: "\(Self.folder)/\(name).mustache", reason: LocalizedText(ko: "템플릿 파일이 없습니다", en: "missing template file"))
        }
        // The built-in templates are checked by the tests (`TemplateVariablesTests`) against every
        // example and theme; checking them again on every build cost an eighth of `folio build`.
        if !usesBuiltInTemplatesOnly { try checkVariables(name, context) }
        return library.render(context, withTemplate: name) ?? ""
    }

    /// Checks that template `name` and its partials name only what `context` has
    /// (`TemplateVariables`): a misspelled variable is an error at its file:line:column.
    func checkVariables(_ name: String, _ context: Any) throws(FolioError) {
        try TemplateVariables(sources: try sources()).check(name, context: context)
    }

    /// Whether every template comes from the built-in bundle: no `--template DIR`, no
    /// `$FOLIO_TEMPLATES`.
    var usesBuiltInTemplatesOnly: Bool {
        guard locator.explicit == nil else { return false }
        guard let value = getenv("FOLIO_TEMPLATES") else { return true }
        return String(cString: value).isEmpty
    }

    /// Template `root` and the partials it includes (`{{> card.html}}`, and theirs), parsed: the
    /// parser of swift-mustache takes time that grows with the square of a template's length, so a
    /// build does not parse the templates it does not render (`portfolio-full.*` without `--full`
    /// were two fifths of it). A template that changes its delimiters (`{{=<% %>=}}`) may name
    /// partials this scan cannot see: then every template of the folder is parsed. Parsed once
    /// per process and kept, keyed by the files' paths, sizes and modification dates, so a
    /// long-running `folio serve` re-parses a template only when its file changes.
    func library(for root: String) throws(FolioError) -> MustacheLibrary {
        let available = Set(try templateNames())
        var names: [String] = []
        var pending = [root]
        var sources: [String: String] = [:]
        while let name = pending.popLast() {
            guard available.contains(name), !names.contains(name) else { continue }
            names.append(name)
            let source = try text("\(name).mustache")
            sources[name] = source
            if source.contains("{{=") {
                names = available.sorted()
                break
            }
            pending += Self.partialNames(in: source)
        }
        var files: [(name: String, url: URL)] = []
        for name in names.sorted() {
            files.append((name, try file("\(name).mustache")))
        }
        // stat(2) rather than `attributesOfItem`, which also looks up the owner's and group's
        // names (two reads of /etc/nsswitch.conf and /etc/passwd a file).
        let key = files.map { file in
            var status = stat()
            let found = stat(file.url.path, &status) == 0
            let size = found ? Int(status.st_size) : 0
            let modified = found ? "\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)" : "0"
            return "\(file.name)\u{0}\(file.url.path)\u{0}\(size)\u{0}\(modified)"
        }.joined(separator: "\n")
        // Parsed under the lock: a second caller (the build after `warmUp()`) waits for the first
        // parse instead of parsing again.
        return try Self.parsed.withLock { (cache) throws(FolioError) -> MustacheLibrary in
            if let cached = cache[key] { return cached }
            let library = try parse(files, sources: sources)
            if cache.count >= 32 { cache.removeAll() }  // templates edited many times under `folio serve`
            cache[key] = library
            return library
        }
    }

    /// The names of the partials a template includes: `{{> name}}` and `{{< name}}` (a parent).
    static func partialNames(in source: String) -> [String] {
        // On the UTF-8 bytes: the tag marks are ASCII.
        let bytes = Array(source.utf8)
        let brace = UInt8(ascii: "{"), closing = UInt8(ascii: "}")
        var names: [String] = []
        var index = 0
        while index + 2 < bytes.count {
            guard bytes[index] == brace, bytes[index + 1] == brace,
                  bytes[index + 2] == UInt8(ascii: ">") || bytes[index + 2] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            var end = index + 3
            while end + 1 < bytes.count, !(bytes[end] == closing && bytes[end + 1] == closing) { end += 1 }
            guard end + 1 < bytes.count else { break }
            let name = String(decoding: bytes[(index + 3)..<end], as: UTF8.self).trimmingHorizontalSpace()
            if !name.isEmpty { names.append(name) }
            index = end + 2
        }
        return names
    }

    /// Starts parsing templates `roots` (and their partials) on another thread, so that a build
    /// can load the workspace meanwhile; errors are left for the build itself to report.
    public func warmUp(_ roots: [String]) {
        let templates = self
        BackgroundThread.detach(warmUp: true) {
            for root in roots { _ = try? templates.library(for: root) }
        }
    }

    /// Parsed libraries by `library()`'s key.
    private static let parsed = Mutex<[String: MustacheLibrary]>([:])

    private func parse(_ files: [(name: String, url: URL)], sources: [String: String]) throws(FolioError) -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, url) in files {
            let written: String
            if let known = sources[name] { written = known } else { written = try text("\(name).mustache") }
            let source = try TemplateSource.prepare(written, path: url.path)
            do {
                library.register(try MustacheTemplate(string: source), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateSyntax.error(
                    error.error, line: error.context.lineNumber, column: error.context.columnNumber,
                    written: written, prepared: source, path: url.path)
            } catch {
                throw .template(path: url.path, reason: LocalizedText(stringLiteral: "\(error)"))
            }
        }
        return library
    }

    /// Every template's text as written, with the path errors name.
    func sources() throws(FolioError) -> [String: (text: String, path: String)] {
        var sources: [String: (text: String, path: String)] = [:]
        for name in try templateNames() {
            sources[name] = (try text("\(name).mustache"), try file("\(name).mustache").path)
        }
        return sources
    }

    /// Template names found in the built-in folder and in `--template DIR`.
    func templateNames() throws(FolioError) -> [String] {
        var folders: [URL] = []
        if let explicit = locator.explicit {
            folders += [explicit, explicit.appendingPathComponent(Self.folder)]
            // A complete copy works even where the built-in folder cannot be found.
            if let builtIn = try? TemplateLocator(explicit: nil).templatesRoot() {
                folders.append(builtIn.appendingPathComponent(Self.folder))
            }
        } else {
            folders.append(try locator.templatesRoot().appendingPathComponent(Self.folder))
        }
        if let theme, let builtIn = try? TemplateLocator(explicit: nil).templatesRoot() {
            folders.append(builtIn.appendingPathComponent("themes/\(theme)"))
        }
        var names = Set<String>()
        for folder in folders {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files where file.hasSuffix(".mustache") {
                names.insert(String(file.dropLast(".mustache".count)))
            }
        }
        return names.sorted()
    }
}

/// Plain text with the page's content, for pasting into a company's web form or an
/// applicant-tracking system: `portfolio.txt.mustache` (the plain theme has one).
public struct TextRenderer: Renderer {
    public var templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    public func fileName(full: Bool) -> String { full ? "portfolio-full.txt" : "portfolio.txt" }

    public func render(_ portfolio: Portfolio) throws(FolioError) -> String {
        try templates.render("portfolio.txt", portfolio.node)
    }
}

/// GitHub-flavoured Markdown, readable as a profile README: `portfolio.md.mustache`.
public struct MarkdownRenderer: Renderer {
    public var templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    public func fileName(full: Bool) -> String { full ? "portfolio-full.md" : "portfolio.md" }

    public func render(_ portfolio: Portfolio) throws(FolioError) -> String {
        try templates.render(portfolio.full ? "portfolio-full.md" : "portfolio.md", portfolio.node)
    }
}

/// One self-contained HTML file: `portfolio.html.mustache` with `portfolio.css` inlined.
public struct HTMLRenderer: Renderer {
    public var templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    public func fileName(full: Bool) -> String { full ? "portfolio-full.html" : "portfolio.html" }

    /// Whether `css` holds `</style` in any case, read on its UTF-8 bytes (the tag is ASCII).
    static func holdsStyleEndTag(_ css: String) -> Bool {
        let tag = Array("</style".utf8)
        var text = css
        return text.withUTF8 { bytes in
            guard bytes.count >= tag.count else { return false }
            for start in 0...(bytes.count - tag.count) where bytes[start] == tag[0] && bytes[start + 1] == tag[1] {
                // ASCII letters lowercased by their 0x20 bit: `S` and `s` alike.
                if (2..<tag.count).allSatisfy({ bytes[start + $0] | 0x20 == tag[$0] }) { return true }
            }
            return false
        }
    }

    /// What the HTML templates see: the stylesheet and the portfolio.
    struct Page {
        var css: String
        var portfolio: Portfolio
    }

    public func render(_ portfolio: Portfolio) throws(FolioError) -> String {
        // The stylesheet is the template author's, not user text; `</style` (in any case: HTML's
        // end tags are) would end it early. Looked for first: Foundation's replacement cost 4 M
        // instructions a page for a stylesheet that holds none.
        var css = try templates.text("portfolio.css")
        if Self.holdsStyleEndTag(css) {
            css = css.replacingOccurrences(of: "</style", with: "<\\/style", options: .caseInsensitive)
        }
        return try templates.render(portfolio.full ? "portfolio-full.html" : "portfolio.html", Page(css: css, portfolio: portfolio).node)
    }
}
