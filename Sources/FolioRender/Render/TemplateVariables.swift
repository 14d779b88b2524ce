import Foundation
import FolioModel
import Mustache
import Synchronization

/// Checks that every variable a template names exists in the presentation model, before it is
/// rendered: Mustache itself prints nothing for an unknown name, so a copied template with
/// `{{profile.nmae}}` would make a page with no name and succeed. The template is walked with
/// the values it will be rendered with (sections push their value, or an array's first element;
/// partials are followed), and an unknown name is an error at the template's file:line:column
/// naming the nearest variable that exists there; so is a partial (`{{> crad.html}}`) that names
/// no template, with the nearest template name, and one that includes itself, directly or through
/// others (`{{> portfolio.md}}` in `portfolio.md`), which Mustache would render until its stack
/// overflowed (a crash) or for ever.
///
/// Inside a section over an empty array or a missing value the element's fields cannot be seen,
/// so names there are not checked.
struct TemplateVariables {
    /// Template name → its text and the path to report.
    var sources: [String: (text: String, path: String)]

    /// One frame of the context stack: a known value, or one whose fields cannot be seen.
    enum Frame {
        case value(Any)
        case unknown
    }

    func check(_ name: String, context: Any) throws(FolioError) {
        try walk(name, stack: [.value(context)], including: [name])
    }

    /// Walks template `name`; `including` is the chain of templates that include it, itself last.
    private func walk(_ name: String, stack initial: [Frame], including chain: [String]) throws(FolioError) {
        guard let source = sources[name] else { return }
        var stack = initial
        var opened: [Int] = []   // stack sizes where each section began
        for tag in Self.tags(source.text) {
            switch tag.kind {
            case "!", "%", "=": continue
            case ">":
                // Mustache renders a missing partial as nothing: a misspelled one would vanish from the page.
                guard sources[tag.name] != nil else { throw missingPartial(tag, path: source.path) }
                guard !chain.contains(tag.name) else { throw cycle(tag, chain: chain, path: source.path) }
                try walk(tag.name, stack: stack, including: chain + [tag.name])
            case "<":
                // A parent template (`{{<base}}…{{/base}}`): a partial, and a section its blocks sit in.
                guard sources[tag.name] != nil else { throw missingPartial(tag, path: source.path) }
                guard !chain.contains(tag.name) else { throw cycle(tag, chain: chain, path: source.path) }
                try walk(tag.name, stack: stack, including: chain + [tag.name])
                opened.append(stack.count)
            case "$":
                // A block (`{{$title}}…{{/title}}`): its contents render in the same context.
                opened.append(stack.count)
            case "/":
                if let size = opened.popLast() { stack.removeLast(stack.count - size) }
            case "#", "^":
                let value = try resolve(tag, in: stack, path: source.path)
                opened.append(stack.count)
                if tag.kind == "#", let frame = Self.sectionFrame(value) { stack.append(frame) }
            default:
                _ = try resolve(tag, in: stack, path: source.path)
            }
        }
    }

    /// What a section over `value` renders its contents with; nil when it keeps the outer
    /// context (a boolean).
    static func sectionFrame(_ value: Frame) -> Frame? {
        guard case .value(let any) = value, let unwrapped = unwrap(any) else { return .unknown }
        if let array = unwrapped as? [Any] { return array.first.map { .value($0) } ?? .unknown }
        if unwrapped is Bool { return nil }
        return .value(unwrapped)
    }

    /// The value `tag` names, or an error when it does not exist.
    private func resolve(_ tag: Tag, in stack: [Frame], path: String) throws(FolioError) -> Frame {
        var name = tag.name
        // A transform, `empty(projects)`: check its argument.
        if let open = name.firstIndex(of: "("), name.hasSuffix(")") {
            name = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
        }
        if name == "." || name.isEmpty { return stack.last ?? .unknown }
        let parts = name.split(separator: ".").map(String.init)
        var found: Frame?
        for frame in stack.reversed() {
            guard case .value(let value) = frame else { found = .unknown; break }
            if let child = Self.child(parts[0], of: value) { found = .value(child); break }
        }
        guard var current = found else {
            // Not found in any frame: every frame holds a value, and their names are the candidates.
            let candidates = stack.reversed().flatMap { frame -> [String] in
                guard case .value(let value) = frame else { return [] }
                return Self.fields(of: value).map(\.label)
            }
            throw unknown(parts[0], full: name, candidates: candidates, tag: tag, path: path)
        }
        var prefix = parts[0]
        for part in parts.dropFirst() {
            guard case .value(let value) = current, let unwrapped = Self.unwrap(value) else { return .unknown }
            guard let child = Self.child(part, of: unwrapped) else {
                let fields = Self.fields(of: unwrapped)
                throw unknown(part, full: name, candidates: fields.map { "\(prefix).\($0.label)" }, tag: tag, path: path, prefix: prefix)
            }
            current = .value(child)
            prefix += ".\(part)"
        }
        return current
    }

    private func unknown(_ part: String, full: String, candidates: [String], tag: Tag, path: String, prefix: String? = nil) -> FolioError {
        let wanted = prefix.map { "\($0).\(part)" } ?? part
        let nearest = candidates.min { Self.distance($0, wanted) < Self.distance($1, wanted) }
        return .template(
            path: "\(path):\(tag.line):\(tag.column)",
            reason: LocalizedText(
                ko: "\(Josa.topic.after("`\(full)`")) 표시 모델에 없습니다\(nearest.map { ". \(Josa.object.after("`\($0)`")) 뜻하셨나요?" } ?? "") (템플릿에서 쓸 수 있는 이름은 \(Documentation.templates("portfolio/README.md"))에 있습니다)",
                en: "`\(full)` is not in the presentation model\(nearest.map { "; did you mean `\($0)`?" } ?? "") (the names a template can use are in \(Documentation.templates("portfolio/README.md")))"))
    }

    /// `{{> name}}` naming no template of the folder nor of the built-in ones: an error at the
    /// tag, with the nearest template name when one is close.
    private func missingPartial(_ tag: Tag, path: String) -> FolioError {
        let name = tag.name
        let nearest = sources.keys.sorted()
            .map { (name: $0, distance: Self.distance($0, name)) }
            .filter { $0.distance <= max(2, name.count / 3) }
            .min { $0.distance < $1.distance }?.name
        return .template(
            path: "\(path):\(tag.line):\(tag.column)",
            reason: LocalizedText(
                ko: "부분 템플릿 \(Josa.subject.after("`\(name)`")) 없습니다 (\(name).mustache 파일이 템플릿 폴더에도 기본 템플릿에도 없어, 그 자리에 아무것도 들어가지 않습니다)\(nearest.map { ". \(Josa.object.after("`{{> \($0)}}`")) 뜻하셨나요?" } ?? "")",
                en: "no partial template `\(name)`: there is no \(name).mustache in the template folder or the built-in templates, so nothing would be put here\(nearest.map { "; did you mean `{{> \($0)}}`?" } ?? "")"))
    }

    /// `{{> name}}` including a template that is already being rendered around it (itself, or one
    /// that includes it): an error at the tag, with the chain of templates.
    private func cycle(_ tag: Tag, chain: [String], path: String) -> FolioError {
        let loop = (chain.drop { $0 != tag.name } + [tag.name]).joined(separator: " → ")
        let written = "`{{\(tag.kind) \(tag.name)}}`"
        return .template(
            path: "\(path):\(tag.line):\(tag.column)",
            reason: LocalizedText(
                ko: "부분 템플릿 \(Josa.subject.after("`\(tag.name)`")) 자기 자신을 다시 넣어 끝나지 않습니다 (\(loop)). 이 \(Josa.object.after(written)) 지우거나 다른 부분 템플릿을 넣으세요",
                en: "the partial template `\(tag.name)` includes itself and would never end (\(loop)): remove this \(written) or include another partial"))
    }

    /// The value Mustache finds for `name` in `value`: through its explicit lookup
    /// (`MustacheParent`) when it has one, else its stored property or dictionary key.
    /// (A stored property whose value is nil exists: the result is then an empty Optional.)
    static func child(_ name: String, of value: Any) -> Any? {
        guard let unwrapped = unwrap(value) else { return nil }
        // The first field of that name, as `fields(of:)` lists them, without listing them all.
        if let dictionary = unwrapped as? [String: Any] {
            if let field = dictionary[name] { return field }
        } else {
            for child in Mirror(reflecting: unwrapped).children where child.label == name { return child.value }
        }
        if let parent = unwrapped as? MustacheParent { return parent.child(named: name) }
        return nil
    }

    /// A value's stored properties (or a dictionary's keys), by name: the names offered as "did you mean".
    static func fields(of value: Any) -> [(label: String, value: Any)] {
        guard let unwrapped = unwrap(value) else { return [] }
        if let dictionary = unwrapped as? [String: Any] { return dictionary.map { ($0.key, $0.value) } }
        return Mirror(reflecting: unwrapped).children.compactMap { child in child.label.map { ($0, child.value) } }
    }

    /// `value` without its Optional wrapping, or nil for `nil`.
    static func unwrap(_ value: Any) -> Any? {
        guard let optional = value as? any OptionalValue else { return value }
        return optional.wrappedValue.flatMap { unwrap($0) }
    }

    /// Edit distance, for the nearest name.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var row = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where j <= b.count {
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = row
        }
        return previous[b.count]
    }

    /// One `{{…}}` tag: its kind (`#`, `^`, `/`, `>`, `<`, `$`, `!`, `%`, `&`, `{`, or "" for a variable),
    /// the name inside, and where it starts.
    struct Tag: Sendable {
        var kind: String
        var name: String
        var line: Int
        var column: Int
    }

    /// The tags of a template's text, read once per process for each text (`folio serve` checks
    /// the same templates on every rebuild).
    static func tags(_ text: String) -> [Tag] {
        if let known = tagsByText.withLock({ $0[text] }) { return known }
        let tags = readTags(text)
        tagsByText.withLock { cache in
            if cache.count >= 64 { cache.removeAll() }  // templates edited many times under `folio serve`
            cache[text] = tags
        }
        return tags
    }

    private static let tagsByText = Mutex<[String: [Tag]]>([:])

    /// Every `{{…}}`, `{{{…}}}` of the text, line by line, left to right, as the pattern
    /// `\{\{(\{?)([^}]*)\}?\}\}` finds them: `{{`, an optional `{`, everything up to the first
    /// `}`, then `}}}` or `}}`. Read character by character: a Swift Regex cost a tenth of `folio build`.
    static func readTags(_ text: String) -> [Tag] {
        var tags: [Tag] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var index = line.startIndex
            while index < line.endIndex {
                guard line[index] == "{", case let second = line.index(after: index), second < line.endIndex, line[second] == "{" else {
                    index = line.index(after: index)
                    continue
                }
                var contentStart = line.index(after: second)
                let triple = contentStart < line.endIndex && line[contentStart] == "{"
                if triple { contentStart = line.index(after: contentStart) }
                let close = line[contentStart...].firstIndex(of: "}") ?? line.endIndex
                let braces = line[close...].prefix(3).prefix { $0 == "}" }.count
                guard braces >= 2 else {
                    index = line.index(after: index)
                    continue
                }
                let end = line.index(close, offsetBy: braces)
                var inside = Self.trimmedSpaces(line[contentStart..<close])
                var kind = triple ? "{" : ""
                if kind.isEmpty, let first = inside.first, "#^/>!%&=<$".contains(first) {
                    kind = String(first)
                    inside = Self.trimmedSpaces(inside.dropFirst())
                }
                let column = line.unicodeScalars[line.startIndex..<index].count + 1
                tags.append(Tag(kind: kind, name: inside, line: offset + 1, column: column))
                index = end
            }
        }
        return tags
    }

    /// The text without spaces and tabs at either end, as `trimmingCharacters(in: .whitespaces)`
    /// trims (general category Zs and U+0009), without building a `CharacterSet` for every tag.
    static func trimmedSpaces(_ text: Substring) -> String {
        let isSpace = { (scalar: Unicode.Scalar) in scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(Substring(scalars[first...last]))
    }
}

/// `Optional`, seen through `Any`: what `TemplateVariables.unwrap` looks through (a cast, cheaper
/// than a `Mirror` for every value looked at).
protocol OptionalValue {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
    var wrappedValue: Any? { map { $0 as Any } }
}
