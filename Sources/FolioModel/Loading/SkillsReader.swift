/// Reads `skills.yaml`: a list of skills (or a mapping with a `skills:` list).
enum SkillsReader {
    static let keys = ["name", "level", "version", "depth", "since", "category"]
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
                return Skill(name: Located(scalar.string, at: scalar.location), location: scalar.location)
            }
            guard let entry = MappingReader(item, path: "", diagnostics: diagnostics, example: example) else { return nil }
            entry.reportUnknownKeys(known: keys)
            guard let name = entry.string("name", example: "name: Apache Spark") else {
                diagnostics.add(Finding(
                    "parse.missing", .error, at: entry.location,
                    message: LocalizedText(ko: "스킬 항목에 `name`이 없습니다.", en: "this skill has no `name`."),
                    help: LocalizedText(ko: "예: - name: Apache Spark", en: "For example: - name: Apache Spark")))
                return nil
            }
            var skill = Skill(name: name, location: entry.location)
            skill.blankKeys = entry.blankKeys()
            skill.level = entry.int("level", range: 1...5, example: "level: 3")
            // Most real résumés give no level: only a `level:` written and left blank (the init scaffold's
            // to-do) is reported; a skill without the key is read as listed, level unknown.
            if skill.level == nil, entry.node("level").map({ if case .scalar(let s) = $0 { s.isNull || s.string.isEmpty } else { false } }) ?? false {
                // Missing or blank (a wrong value was reported above).
                diagnostics.add(Finding(
                    "parse.missing", .warning, at: entry.keyLocation("level") ?? entry.location,
                    message: LocalizedText(
                        ko: "\(name.value): `level`(1–5)이 없습니다. 스킬 매트릭스와 한 페이지 포트폴리오가 수준 순으로 정렬합니다.",
                        en: "\(name.value): no `level` (1–5). The skill matrix and the one-page portfolio sort skills by it."),
                    help: LocalizedText(
                        ko: "1 써 봄 · 3 프로젝트에서 혼자 씀 · 5 운영에서 튜닝하거나 가르칠 수 있음. 예: level: 3",
                        en: "1 tried it · 3 used it in a project unaided · 5 could tune or teach it in production. For example: level: 3")))
            }
            skill.version = entry.string("version", example: "version: \"3.5\"")
            skill.depth = entry.string("depth", example: LocalizedText(ko: "depth: executor 메모리·셔플 파티션 튜닝", en: "depth: tuned executor memory and shuffle partitions"))
            skill.since = entry.yearMonth("since")
            skill.category = entry.string("category", example: "category: distributed-processing")
            return skill
        }
    }
}
