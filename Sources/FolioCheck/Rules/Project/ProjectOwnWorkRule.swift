import FolioModel

/// The user's own contribution is stated separately from the team's (seed 000).
struct ProjectOwnWorkRule: Rule {
    static let description = RuleDescription(
        id: "project.own-work", severity: .warning,
        summary: LocalizedText(
            ko: "팀의 결과와 따로, 내가 직접 한 일(`role` 또는 `## 나의 역할`)을 적었는지 확인합니다. 혼자 한 프로젝트(`team: 1`)는 모두 내 몫이라 묻지 않습니다.",
            en: "Your own contribution (`role` or a `## My role` section) is stated separately from the team's. A solo project (`team: 1`) is all yours and is not asked."),
        seed: SeedCitation(Seed.s000, passage: "과제 베껴내지 말것"),
        rationale: LocalizedText(
            ko: "면접관은 팀이 만든 것보다 \"그중 당신이 직접 한 것\"을 묻습니다. 내 몫을 구분해 말하지 못하면 남의 결과를 가져온 것처럼 보입니다.",
            en: "Interviewers ask what you yourself did, not what the team built. If you cannot separate your part, it looks like someone else's work."),
        help: LocalizedText(
            ko: "혼자 한 프로젝트라면 `team: 1`만 적으면 됩니다. 여럿이 했다면 front matter에 `role: 수집·적재 파이프라인 담당 (5명 중 엔지니어 2명)`처럼 쓰고, `## 나의 역할` 섹션에 직접 설계·구현한 것을 목록으로 적으세요.",
            en: "For a solo project, `team: 1` is enough. For team work, add `role: ingestion and loading (2 of 5 engineers)` to the front matter and list what you designed and built in a `## My role` section."),
        triggering: [
            .editing("projects/orders-batch.md", [("team: 1", "team: 3"), ("role: 혼자 설계·개발\n", ""), ("## 나의 역할\n\n수집부터 집계와 검증까지 모두 직접 작성했습니다.\n\n", "")],
                     excerpt: "team: 3   # role 없음, ## 나의 역할 없음").markingFirstLine("projects/orders-batch.md"),
            .editing("projects/orders-batch.md", [("team: 1", "team: 3"), ("role: 혼자 설계·개발", "role: ↓참여"), ("## 나의 역할\n\n수집부터 집계와 검증까지 모두 직접 작성했습니다.\n\n", "")],
                     excerpt: "team: 3\nrole: 참여"),
            .editing("projects/orders-batch.md", [("team: 1\n", ""), ("role: 혼자 설계·개발\n", ""), ("## 나의 역할\n\n수집부터 집계와 검증까지 모두 직접 작성했습니다.\n\n", "")],
                     excerpt: "(team 없음, role 없음, ## 나의 역할 없음)").markingFirstLine("projects/orders-batch.md"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "role: 혼자 설계·개발"),
            .editing("projects/orders-batch.md", [("role: 혼자 설계·개발\n", ""), ("## 나의 역할\n\n수집부터 집계와 검증까지 모두 직접 작성했습니다.\n\n", "")],
                     excerpt: "team: 1   # 혼자 한 프로젝트: 모두 내 몫"),
            .editing("projects/orders-batch.md", "role: 혼자 설계·개발\n", "", excerpt: "## 나의 역할\n수집부터 집계와 검증까지 모두 직접 작성했습니다."),
            .editing("projects/orders-batch.md", [("team: 1", "team: 3"), ("role: 혼자 설계·개발\n", ""), ("## 나의 역할\n\n수집부터 집계와 검증까지 모두 직접 작성했습니다.\n\n", "")])
                .adding(.editing("folio.yaml", "certifications:", "experience:\n  - organization: 주식회사 데이터\n    period: 2024-07 – 현재\n    role: 주문 배치 담당\n    projects: [orders-batch]\ncertifications:")),
        ])

    /// A role made only of words like 참여, 팀원, member: it names no part of the work.
    static func namesNoPart(_ role: String) -> Bool {
        // `모델링 참여`, `Helped with the migration`, `Member of the squad`: taking part is not a part.
        let lower = role.lowercased()
        if Self.participation.contains(where: { lower.contains($0) }) { return true }
        let words = role.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        return words.allSatisfy { word in
            Lexicon.emptyRoleWords.contains(word) || word.count <= 1
                || (word.count <= 6 && Lexicon.emptyRoleWords.contains(String(word.prefix(2))))
        }
    }

    /// Words that say one took part without saying which part.
    static let participation = [
        "참여", "참가", "보조", "서포트", "도움", "helped", "helping", "contributed", "contributor", "participat", "member of",
        "assisted", "supported", "involved in", "part of the team",
    ]

    /// Whether the project was done alone (`team: 1`): then every part of it is the writer's own.
    static func isSolo(_ project: Project) -> Bool { project.team?.value == 1 }

    func check(_ context: RuleContext) -> [Finding] {
        context.workspace.projects.compactMap { project in
            // A one-person project: there is no team's work to tell the writer's part from.
            guard !Self.isSolo(project) else { return nil }
            let section = project.body.section(.role) ?? project.body.section(.action)
            let hasSection = !(section?.isEmpty ?? true)
            if let role = project.role, !hasSection, Self.namesNoPart(role.value) {
                return context.finding(at: role.location, LocalizedText(
                    ko: "\(Josa.topic.after("`role: \(role.value)`")) 무엇을 맡았는지 말하지 않습니다. `수집·적재 파이프라인 담당 (4명 중 엔지니어 2명)`처럼 내 몫을 쓰세요.",
                    en: "`role: \(role.value)` does not say which part was yours. Name it: `ingestion and loading (2 of 4 engineers)`."))
            }
            guard project.role == nil, !hasSection else { return nil }
            // A project done in a job whose `role` says your part is not asked again.
            guard context.workspace.job(of: project.id)?.role == nil else { return nil }
            // With no team size the project may be solo: say how to tell folio so.
            let solo = project.team == nil
                ? LocalizedText(ko: " 혼자 한 프로젝트라면 `team: 1`을 적으세요.", en: " If you worked alone, write `team: 1`.")
                : LocalizedText(ko: "", en: "")
            return context.finding(at: project.blankKeys["role"] ?? context.start(of: project.file), LocalizedText(
                ko: "\(project.displayTitle): 내가 직접 한 일이 보이지 않습니다 (`role`도 `## 나의 역할`도 없음). 면접관은 팀 전체의 결과보다 \"그중 당신이 한 것\"을 묻습니다." + solo.ko,
                en: "\(project.displayTitle): your own part is not stated (no `role` and no `## My role`). Interviewers ask what you did, not what the team built." + solo.en))
        }
    }
}
