import Foundation

/// Reads `projects/*.md` and `stories/*.md`: YAML front matter and a Markdown body.
enum DocumentReader {
    static let projectKeys = ["title", "period", "team", "role", "stack", "data", "links", "impact", "featured"]
    static let dataKeys = ["source", "volume", "format", "domain"]
    static let storyKeys = ["title", "project", "skills", "date"]

    static func project(_ source: SourceText, diagnostics: Diagnostics) -> Project? {
        let id = ((source.file as NSString).lastPathComponent as NSString).deletingPathExtension
        var project = Project(id: id, file: source.file)
        guard let (yaml, document) = frontMatter(source, diagnostics: diagnostics, example: LocalizedText(ko: "title: 제조 공정 센서 데이터 파이프라인", en: "title: Factory sensor data pipeline")) else {
            return nil
        }
        project.frontMatterEnd = SourceLocation(file: source.file, line: document.closingFenceLine)
        project.body = MarkdownBody.parse(document.body, file: source.file, firstLine: document.bodyFirstLine)
        guard let yaml else {
            reportMissingTitle(source, yaml: nil, diagnostics: diagnostics, closingFence: document.closingFenceLine)
            return project
        }
        yaml.reportUnknownKeys(known: projectKeys)
        project.blankKeys = yaml.blankKeys()
        project.title = yaml.name("title", example: LocalizedText(ko: "title: 제조 공정 센서 데이터 파이프라인", en: "title: Factory sensor data pipeline"))
        if project.title == nil { reportMissingTitle(source, yaml: yaml, diagnostics: diagnostics, closingFence: document.closingFenceLine) }
        project.period = yaml.period("period")
        project.team = yaml.int("team", range: 1...1000, example: "team: 5")
        project.role = yaml.string("role", example: LocalizedText(ko: "role: 수집·적재 파이프라인 담당", en: "role: Owned ingestion and loading"))
        project.stack = yaml.names("stack", example: "stack: [Kafka, Spark, Airflow]")
        project.impact = yaml.strings("impact", example: LocalizedText(ko: "impact:\n  - 리포트 생성 6시간 → 20분", en: "impact:\n  - Report build 6 h → 20 min"))
        project.featured = yaml.bool("featured")?.value ?? false
        if let data = yaml.mapping("data", example: LocalizedText(ko: "data:\n  source: 공정 센서 로그\n  volume: 하루 1,200만 행", en: "data:\n  source: factory sensor logs\n  volume: 12 million rows a day")) {
            data.reportUnknownKeys(known: dataKeys)
            var description = Project.DataDescription(location: yaml.keyLocation("data") ?? data.location)
            description.source = data.string("source", example: LocalizedText(ko: "source: 공정 센서 로그", en: "source: factory sensor logs"))
            description.volume = data.string("volume", example: LocalizedText(ko: "volume: 하루 1,200만 행, 약 8 GB", en: "volume: 12 million rows a day, about 8 GB"))
            description.format = data.string("format", example: LocalizedText(ko: "format: 정형 CSV", en: "format: structured CSV"))
            description.domain = data.string("domain", example: "domain: manufacturing")
            project.data = description
        }
        if let links = yaml.mapping("links", example: "links:\n  repo: https://github.com/me/project") {
            project.links = links.entries.compactMap { entry in
                links.string(entry.key, example: LocalizedText(stringLiteral: "\(entry.key): https://…")).map { Project.Link(name: entry.key, url: $0) }
            }
        }
        return project
    }

    static func story(_ source: SourceText, diagnostics: Diagnostics) -> Story? {
        let id = ((source.file as NSString).lastPathComponent as NSString).deletingPathExtension
        var story = Story(id: id, file: source.file)
        guard let (yaml, document) = frontMatter(source, diagnostics: diagnostics, example: LocalizedText(ko: "title: 야간 배치 Spark 잡 OOM", en: "title: Nightly Spark batch OOM")) else {
            return nil
        }
        story.frontMatterEnd = SourceLocation(file: source.file, line: document.closingFenceLine)
        story.body = MarkdownBody.parse(document.body, file: source.file, firstLine: document.bodyFirstLine)
        guard let yaml else {
            reportMissingTitle(source, yaml: nil, diagnostics: diagnostics, closingFence: document.closingFenceLine)
            return story
        }
        yaml.reportUnknownKeys(known: storyKeys)
        story.blankKeys = yaml.blankKeys()
        story.title = yaml.name("title", example: LocalizedText(ko: "title: 야간 배치 Spark 잡 OOM", en: "title: Nightly Spark batch OOM"))
        if story.title == nil { reportMissingTitle(source, yaml: yaml, diagnostics: diagnostics, closingFence: document.closingFenceLine) }
        story.project = yaml.string("project", example: "project: sensor-pipeline")
        story.skills = yaml.names("skills", example: "skills: [Spark]")
        story.date = yaml.partialDate("date")
        return story
    }

    /// A project or story with no `title:` at all (a blank one is reported where it is blank):
    /// the portfolio would show the file name instead.
    private static func reportMissingTitle(_ source: SourceText, yaml: MappingReader?, diagnostics: Diagnostics, closingFence: Int) {
        guard yaml?.node("title") == nil, diagnostics.losses[source.file]?.wholeFile != true, diagnostics.losses[source.file]?.keys.contains("title") != true else { return }
        let name = ((source.file as NSString).lastPathComponent as NSString).deletingPathExtension
        diagnostics.add(Finding(
            "parse.missing", .error, at: SourceLocation(file: source.file, line: closingFence),
            message: LocalizedText(
                ko: "`title:`이 없습니다. 포트폴리오에는 파일 이름(\(name))이 대신 나옵니다.",
                en: "no `title:`; the portfolio would show the file name (\(name)) instead."),
            help: LocalizedText(
                ko: "닫는 `---` 위에 한 줄 쓰세요. 예: title: 제조 공정 센서 데이터 파이프라인",
                en: "Add a line above the closing `---`, e.g. title: Sensor data pipeline for a steel mill")))
    }

    /// Splits the file and parses its front matter. Returns nil when the file cannot be read
    /// at all; a YAML error still returns the body, with a nil reader.
    private static func frontMatter(
        _ source: SourceText, diagnostics: Diagnostics, example: LocalizedText
    ) -> (MappingReader?, FrontMatterDocument)? {
        let document: FrontMatterDocument
        switch FrontMatterDocument.split(source) {
        case .failure(let finding):
            diagnostics.add(finding)
            return nil
        case .success(let split):
            document = split
        }
        let node = YAMLNode.read(document.yaml, file: source.file, firstLine: document.yamlFirstLine, diagnostics: diagnostics)
        return (MappingReader(node, diagnostics: diagnostics, example: example), document)
    }
}
