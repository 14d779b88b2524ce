/// Reads `skills.yaml`: a list of skills (or a mapping with a `skills:` list).
enum SkillsReader {
    static let keys = ["name", "level", "version", "depth", "since", "category", "group"]
    static let example: LocalizedText = "- name: Apache Spark\n  level: 3\n  version: \"3.5\""

    static func read(_ source: SourceText, diagnostics: Diagnostics) -> [Skill] {
        let root = YAMLNode.read(source.text, file: source.file, diagnostics: diagnostics)
        var items: [YAMLNode] = []
        switch root {
        case .sequence(let list, _)?:
            items = list
        case .mapping(let entries, _)?:
            if case .sequence(let list, _)? = entries.first(where: { $0.key == "skills" })?.value {
                items = list
            } else if let node = root {
                diagnostics.typeMismatch(
                    at: node.location, key: "skills.yaml",
                    expected: LocalizedText(ko: "스킬 목록", en: "a list of skills"), got: node.kindName, example: example)
            }
        case .scalar(let scalar)?:
            diagnostics.typeMismatch(
                at: scalar.location, key: "skills.yaml",
                expected: LocalizedText(ko: "스킬 목록", en: "a list of skills"),
                got: YAMLNode.scalar(scalar).kindName, example: example)
        case nil:
            break
        }
        return items.compactMap { item in
            // `- Spark` alone is accepted as a skill with nothing else said about it.
            if case .scalar(let scalar) = item, !scalar.isNull {
                guard let name = MappingReader.name(Located(scalar.string, at: scalar.location)) else { return nil }
                return Skill(name: name, location: scalar.location)
            }
            guard let entry = MappingReader(item, path: "", diagnostics: diagnostics, example: example) else { return nil }
            entry.reportUnknownKeys(known: keys)
            guard let name = entry.name("name", example: "name: Apache Spark") else {
                // A name of only invisible characters is reported where it is written (`name`).
                if case .scalar(let written)? = entry.node("name"), !written.isNull, !written.string.trimmedWhitespace().isEmpty { return nil }
                diagnostics.add(Finding(
                    "parse.missing", .error, at: entry.location,
                    message: LocalizedText(ko: "스킬 항목에 `name`이 없습니다.", en: "this skill has no `name`."),
                    help: LocalizedText(ko: "예: - name: Apache Spark", en: "For example: - name: Apache Spark")))
                return nil
            }
            var skill = Skill(name: name, location: entry.location)
            skill.blankKeys = entry.blankKeys()
            // Most real résumés give no level: a skill without `level`, or with `level:` left blank (the init
            // scaffold's to-do), is read alike, as listed with its level unknown (skill.evidence asks that it
            // be shown or dropped). Only a wrong value (`level: 7`, `level: 상`) is reported, by `int`.
            skill.level = entry.int("level", range: 1...5, example: "level: 3")
            skill.version = entry.string("version", example: "version: \"3.5\"")
            skill.depth = entry.string("depth", example: LocalizedText(ko: "depth: executor 메모리·셔플 파티션 튜닝", en: "depth: tuned executor memory and shuffle partitions"))
            skill.since = entry.yearMonth("since")
            skill.category = entry.name("category", example: "category: distributed-processing")
            skill.group = entry.name("group", example: "group: Data Platforms")
            return skill
        }
    }
}
