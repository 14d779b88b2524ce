import Foundation

/// Reads `projects/*.md` and `stories/*.md`: YAML front matter and a Markdown body.
enum DocumentReader {
    static let projectKeys = ["title", "period", "team", "role", "stack", "data", "links", "impact", "featured"]
    static let dataKeys = ["source", "volume", "format", "domain"]
    static let storyKeys = ["title", "project", "skills", "date"]

    static func project(_ source: SourceText, diagnostics: Diagnostics) -> Project? {
        let id = ((source.file as NSString).lastPathComponent as NSString).deletingPathExtension
        var project = Project(id: id, file: source.file)
        guard let (yaml, document) = frontMatter(source, diagnostics: diagnostics, example: "title: 제조 공정 센서 데이터 파이프라인") else {
            return nil
        }
        project.frontMatterEnd = SourceLocation(file: source.file, line: document.closingFenceLine)
        project.body = MarkdownBody.parse(document.body, file: source.file, firstLine: document.bodyFirstLine)
        guard let yaml else { return project }
        yaml.reportUnknownKeys(known: projectKeys)
        project.blankKeys = yaml.blankKeys()
        project.title = yaml.string("title", example: "title: 제조 공정 센서 데이터 파이프라인")
        project.period = yaml.period("period")
        project.team = yaml.int("team", range: 1...1000, example: "team: 5")
        project.role = yaml.string("role", example: "role: 수집·적재 파이프라인 담당")
        project.stack = yaml.strings("stack", example: "stack: [Kafka, Spark, Airflow]")
        project.impact = yaml.strings("impact", example: "impact:\n  - 리포트 생성 6시간 → 20분")
        project.featured = yaml.bool("featured")?.value ?? false
        if let data = yaml.mapping("data", example: "data:\n  source: 공정 센서 로그\n  volume: 하루 1,200만 행") {
            data.reportUnknownKeys(known: dataKeys)
            var description = Project.DataDescription(location: yaml.keyLocation("data") ?? data.location)
            description.source = data.string("source", example: "source: 공정 센서 로그")
            description.volume = data.string("volume", example: "volume: 하루 1,200만 행, 약 8 GB")
            description.format = data.string("format", example: "format: 정형 CSV")
            description.domain = data.string("domain", example: "domain: manufacturing")
            project.data = description
        }
        if let links = yaml.mapping("links", example: "links:\n  repo: https://github.com/me/project") {
            project.links = links.entries.compactMap { entry in
                links.string(entry.key, example: "\(entry.key): https://…").map { Project.Link(name: entry.key, url: $0) }
            }
        }
        return project
    }

    static func story(_ source: SourceText, diagnostics: Diagnostics) -> Story? {
        let id = ((source.file as NSString).lastPathComponent as NSString).deletingPathExtension
        var story = Story(id: id, file: source.file)
        guard let (yaml, document) = frontMatter(source, diagnostics: diagnostics, example: "title: 야간 배치 Spark 잡 OOM") else {
            return nil
        }
        story.frontMatterEnd = SourceLocation(file: source.file, line: document.closingFenceLine)
        story.body = MarkdownBody.parse(document.body, file: source.file, firstLine: document.bodyFirstLine)
        guard let yaml else { return story }
        yaml.reportUnknownKeys(known: storyKeys)
        story.blankKeys = yaml.blankKeys()
        story.title = yaml.string("title", example: "title: 야간 배치 Spark 잡 OOM")
        story.project = yaml.string("project", example: "project: sensor-pipeline")
        story.skills = yaml.strings("skills", example: "skills: [Spark]")
        story.date = yaml.yearMonth("date")
        return story
    }

    /// Splits the file and parses its front matter. Returns nil when the file cannot be read
    /// at all; a YAML error still returns the body, with a nil reader.
    private static func frontMatter(
        _ source: SourceText, diagnostics: Diagnostics, example: String
    ) -> (MappingReader?, FrontMatterDocument)? {
        let document: FrontMatterDocument
        switch FrontMatterDocument.split(source) {
        case .failure(let finding):
            diagnostics.add(finding)
            return nil
        case .success(let split):
            document = split
        }
        switch YAMLNode.parse(document.yaml, file: source.file, firstLine: document.yamlFirstLine) {
        case .failure(let finding):
            diagnostics.add(finding)
            return (nil, document)
        case .success(let node):
            return (MappingReader(node, diagnostics: diagnostics, example: example), document)
        }
    }
}
