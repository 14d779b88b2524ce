import Foundation
import FolioModel
import Mustache

/// A Mustache syntax error of a template, in words: swift-mustache reports a case name
/// (`sectionCloseNameIncorrect`) at a line and column; this says in both languages what is
/// wrong and how to fix it, naming the section that is open or unclosed (read from the
/// template's own tags), at the template's file:line:column.
enum TemplateSyntax {
    /// The error for `error` (swift-mustache's `MustacheTemplate.Error`, or its parser's
    /// `overflow`) at `line`:`column` of `prepared` (the text given to the parser), whose written
    /// form is `written`, in the file at `path`.
    static func error(_ error: any Error, line: Int, column: Int, written: String, prepared: String, path: String) -> FolioError {
        var line = line, column = column
        // `TemplateSource.prepare` puts the content-type setting before the first line.
        if line == 1, let end = prepared.range(of: "}}") {
            let added = prepared[..<end.upperBound].count
            if column > added { column -= added }
        }
        let tags = TemplateVariables.tags(written)
        let reason: LocalizedText
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect:
            let close = tags.last { $0.kind == "/" && ($0.line, $0.column) < (line, column + 1) }
            let name = close?.name ?? "…"
            if let close { (line, column) = (close.line, close.column) }
            if let open = openSections(tags, before: close).last {
                reason = LocalizedText(
                    ko: "\(Josa.topic.after("`{{/\(name)}}`")) 열려 있는 섹션 \(Josa.object.after("`{{\(open.kind)\(open.name)}}`(\(open.line)행)")) 닫지 않습니다. 이름을 맞춰 \(Josa.direction.after("`{{/\(open.name)}}`")) 닫으세요",
                    en: "`{{/\(name)}}` does not close the open section `{{\(open.kind)\(open.name)}}` (line \(open.line)): close it with `{{/\(open.name)}}`, the same name")
            } else {
                reason = LocalizedText(
                    ko: "\(Josa.topic.after("`{{/\(name)}}`")) 열린 적 없는 섹션을 닫습니다. 지우거나, 섹션이 시작하는 곳에 \(Josa.object.after("`{{#\(name)}}`")) 넣으세요",
                    en: "`{{/\(name)}}` closes a section that was never opened: remove it, or open the section with `{{#\(name)}}` where it begins")
            }
        case MustacheTemplate.Error.expectedSectionEnd:
            if let open = openSections(tags, before: nil).last {
                (line, column) = (open.line, open.column)
                reason = LocalizedText(
                    ko: "\(open.line)행에서 연 섹션 \(Josa.subject.after("`{{\(open.kind)\(open.name)}}`")) 닫히지 않은 채 파일이 끝납니다. 섹션이 끝나는 곳에 \(Josa.object.after("`{{/\(open.name)}}`")) 넣으세요",
                    en: "the section `{{\(open.kind)\(open.name)}}` opened at line \(open.line) is never closed: put `{{/\(open.name)}}` where it ends")
            } else {
                reason = LocalizedText(
                    ko: "닫히지 않은 섹션이 있는 채 파일이 끝납니다. 여는 `{{#이름}}`마다 `{{/이름}}`으로 닫으세요",
                    en: "the file ends with a section still open: close every `{{#name}}` with `{{/name}}`")
            }
        case MustacheTemplate.Error.unfinishedName:
            reason = LocalizedText(
                ko: "태그가 닫히지 않았거나 태그 안의 이름이 잘못되었습니다. 이름 뒤를 `}}`로 닫으세요 (변환은 `이름(인수)`처럼 씁니다)",
                en: "a tag is not closed or the name in it is malformed: end the name with `}}` (a transform is written `name(argument)`)")
        case MustacheTemplate.Error.invalidSetDelimiter:
            reason = LocalizedText(
                ko: "구분자를 바꾸는 태그가 잘못되었습니다. `{{=<% %>=}}`처럼 공백으로 나눈 두 구분자를 `=` 사이에 쓰세요",
                en: "a delimiter change is malformed: write it as `{{=<% %>=}}`, two delimiters separated by a space between `=` signs")
        case MustacheTemplate.Error.transformAppliedToInheritanceSection:
            reason = LocalizedText(
                ko: "블록이나 부모 템플릿(`{{$이름}}`, `{{<이름}}`)에는 변환 `이름(…)`을 쓸 수 없습니다. 괄호를 지우세요",
                en: "a block or a parent template (`{{$name}}`, `{{<name}}`) cannot take a transform `name(…)`: remove the parentheses")
        case MustacheTemplate.Error.illegalTokenInsideInheritSection, MustacheTemplate.Error.textInsideInheritSection:
            // At the first tag directly inside a parent that is no block, else at the parent.
            if let tag = strayInParent(tags) { (line, column) = (tag.line, tag.column) }
            reason = LocalizedText(
                ko: "`{{<부모}}`와 `{{/부모}}` 사이에는 블록 `{{$이름}}…{{/이름}}`만 올 수 있습니다. 다른 태그나 글은 블록 안이나 밖으로 옮기세요",
                en: "between `{{<parent}}` and `{{/parent}}` only blocks `{{$name}}…{{/name}}` may stand: move other tags and text into a block or out of the parent")
        case MustacheTemplate.Error.invalidConfigVariableSyntax, MustacheTemplate.Error.unrecognisedConfigVariable:
            reason = LocalizedText(
                ko: "`{{% …}}` 설정 태그를 읽을 수 없습니다. folio는 파일 이름(.html.mustache, .md.mustache)으로 내용 형식을 정하니 이 태그를 지우세요",
                en: "the setting tag `{{% …}}` cannot be read: folio sets the content type from the file name (.html.mustache, .md.mustache), so remove the tag")
        default:
            if "\(error)" == "overflow", let open = unclosedTag(written) {
                // The parser read to the end of the file looking for a tag's `}}`.
                (line, column) = open
                reason = LocalizedText(
                    ko: "이 태그가 닫히지 않은 채 파일이 끝납니다. `{{` 뒤를 `}}`로 닫으세요",
                    en: "the file ends inside this tag: close the `{{` with `}}`")
            } else {
                reason = LocalizedText(ko: "Mustache 문법 오류: \(error)", en: "Mustache syntax error: \(error)")
            }
        }
        return .template(path: "\(path):\(line):\(column)", reason: reason)
    }

    /// The sections (`{{#…}}`, `{{^…}}`, blocks and parents) still open just before `limit`
    /// (every tag when nil), outermost first.
    static func openSections(_ tags: [TemplateVariables.Tag], before limit: TemplateVariables.Tag?) -> [TemplateVariables.Tag] {
        var open: [TemplateVariables.Tag] = []
        for tag in tags {
            if let limit, (tag.line, tag.column) >= (limit.line, limit.column) { break }
            switch tag.kind {
            case "#", "^", "$", "<": open.append(tag)
            case "/": if open.last?.name == tag.name { open.removeLast() }
            default: break
            }
        }
        return open
    }

    /// The first tag directly inside a parent (`{{<base}}…{{/base}}`) that is not a block, or the
    /// parent itself when there is none (the stray thing is text).
    static func strayInParent(_ tags: [TemplateVariables.Tag]) -> TemplateVariables.Tag? {
        var open: [TemplateVariables.Tag] = []
        var firstParent: TemplateVariables.Tag?
        for tag in tags {
            if open.last?.kind == "<", !["$", "/", "!"].contains(tag.kind) { return tag }
            switch tag.kind {
            case "#", "^", "$", "<":
                if tag.kind == "<", firstParent == nil { firstParent = tag }
                open.append(tag)
            case "/": if open.last?.name == tag.name { open.removeLast() }
            default: break
            }
        }
        return firstParent
    }

    /// The line and column of the last `{{` with no `}}` after it.
    static func unclosedTag(_ text: String) -> (Int, Int)? {
        guard let open = text.range(of: "{{", options: .backwards), !text[open.upperBound...].contains("}}") else { return nil }
        let before = text[..<open.lowerBound]
        let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        return (line, text.unicodeScalars[lineStart..<open.lowerBound].count + 1)
    }
}
