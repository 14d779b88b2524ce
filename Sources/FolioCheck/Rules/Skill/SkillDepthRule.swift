import FolioModel

/// Every skill says how deeply it was configured or used (seeds 002 and 001).
struct SkillDepthRule: Rule {
    /// Fewer words than this cannot say what you configured.
    static let minimumWords = 4

    /// Whether a depth names what was done: a setting (`spark.sql.shuffle.partitions=400`), a number,
    /// or at least `minimumWords` words that say more than "used it a lot" (`Lexicon.emptyDepthWords`).
    static func isConcrete(_ depth: String) -> Bool {
        let words = depth.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "·" || $0 == "/" })
        // `key=value`, dotted or snake_case settings, `--flag`, `camelCase` names: concrete by themselves.
        if words.contains(where: { word in
            word.contains("=" as Character) || word.hasPrefix("--") || word.contains("_" as Character)
                || (word.contains("." as Character) && word.split(separator: ".").count >= 2 && word.allSatisfy { $0.isASCII })
        }) { return true }
        // Enough words that say something, else a measured number (the scan is the slower test).
        let substantive = words.map { $0.lowercased().trimmingPunctuation() }.filter { word in
            !word.isEmpty && !Lexicon.emptyDepthWords.contains(word)
        }
        if substantive.count >= minimumWords { return true }
        return Measurement.scan(depth).measurements.contains(where: { $0.isResult })
    }

    static let description = RuleDescription(
        id: "skill.depth", severity: .warning,
        summary: LocalizedText(
            ko: "스킬마다 어디까지 설정하고 써 봤는지(`depth`)를 몇 단어 이상으로 적었는지 확인합니다.",
            en: "Every skill says how deeply you configured or used it, in more than a few words."),
        seed: SeedCitation(Seed.s002, Seed.s001, passage: "버전, 어느정도 설정까지 해봤는지에 대해 설명할 수 있어야 한다 / 다양한 경험보단 하나를 하더라도 제대로 이해하고 있는지"),
        rationale: LocalizedText(
            ko: "면접관은 \"써 봤다\"보다 \"무엇을 직접 설정했는지\"를 듣고 싶어 합니다. 설정 항목이 구체적일수록 제대로 이해하고 썼다는 게 드러납니다.",
            en: "Interviewers want to hear what you configured yourself, not that you used it. Concrete settings show you understood the tool."),
        help: LocalizedText(
            ko: "`depth:`에 직접 설정하거나 만든 것을 적으세요. 설정 이름과 값을 쓰거나, \"많이 써 봤다\"에서 그치지 말고 무엇을 했는지 네 단어 이상으로 쓰면 됩니다. 예: `executor 메모리·셔플 파티션 튜닝, AQE 설정, 체크포인트 구성`.",
            en: "In `depth:`, name what you configured or built: settings with their values, or four words or more beyond \"used it a lot\", e.g. `tuned executor memory and shuffle partitions, enabled AQE`."),
        triggering: [
            .editing("skills.yaml", "depth: executor 메모리와 셔플 파티션 수를 튜닝하고 AQE를 설정", "depth: ↓사용"),
            .editing("skills.yaml", "depth: executor 메모리와 셔플 파티션 수를 튜닝하고 AQE를 설정", "depth: ↓프로젝트에서 많이 사용해 봤습니다"),
            .editing("skills.yaml", [("- name: Python\n  level: 3\n  version: \"3.11\"\n  depth: pandas로 주문 CSV를 정제하고 PySpark 잡을 작성\n",
                                      "- ↓name: Python\n  level: 3\n  version: \"3.11\"\n")],
                     excerpt: "- name: Python\n  (depth 없음)"),
            .bareSkillList(RuleExample.webTools, extra: "  level: 2\n  version: \"1.0\"\n",
                           excerpt: "React, Angular, … 11개 모두 depth 없음 → 목록에 한 번"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "depth: executor 메모리와 셔플 파티션 수를 튜닝하고 AQE를 설정"),
            .editing("skills.yaml", "depth: executor 메모리와 셔플 파티션 수를 튜닝하고 AQE를 설정", "depth: spark.sql.shuffle.partitions=400, spark.executor.memory=8g"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        var missing: [RuleContext.SkillFinding] = []
        var vague: [Finding] = []
        for skill in context.workspace.skills {
            let name = skill.name.value
            // An editor is skill.unknown's finding ("drop it"): asking how deeply it was used would contradict it.
            if context.catalog.lookup(name)?.kind == .editor { continue }
            guard let depth = skill.depth else {
                missing.append(.init(skill: skill, finding: context.finding(at: skill.blankKeys["depth"] ?? skill.location, LocalizedText(
                    ko: "\(name): 어디까지 써 봤는지(`depth`)가 없습니다. 직접 설정하거나 만든 것을 적어 두면 \"어느 정도로 사용해 보셨나요?\"에 바로 답할 수 있습니다.",
                    en: "\(name): no `depth`. Write what you configured or built, so \"how far did you use it?\" has its answer."))))
                continue
            }
            guard !Self.isConcrete(depth.value) else { continue }
            vague.append(context.finding(at: depth.location, LocalizedText(
                ko: "\(name): `\(depth.value)`만으로는 어디까지 해 봤는지 알 수 없습니다. 직접 설정한 항목(설정 이름과 값, 만든 것)을 구체적으로 적으세요.",
                en: "\(name): `\(depth.value)` does not say how far you went. Name the settings you configured (names and values) or what you built.")))
        }
        let total = context.workspace.skills.count
        let summarized = context.perSkill(missing) { count, names in
            LocalizedText(
                ko: "스킬 \(total)개 중 \(count)개에 어디까지 써 봤는지(`depth`)가 없습니다(\(names.ko)). 모두 채우기보다 면접에서 10분 이상 이야기할 수 있는 스킬을 남기고, 그 스킬마다 직접 설정하거나 만든 것을 적으세요.",
                en: "\(count) of \(total) skills have no `depth` (\(names.en)). Rather than filling in every one, keep the skills you could talk about for ten minutes and write for each what you configured or built.")
        }
        return (summarized + vague).sorted { $0.location < $1.location }
    }
}
