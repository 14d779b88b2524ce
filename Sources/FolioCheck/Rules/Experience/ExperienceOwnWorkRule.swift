import FolioModel

/// Each job states the person's own part, not only the team's or the company's (seed 000).
struct ExperienceOwnWorkRule: Rule {
    static let description = RuleDescription(
        id: "experience.own-work", severity: .warning,
        summary: LocalizedText(
            ko: "경력(`experience`)마다 내가 맡은 부분(`role`)이나 한 일(`highlights`)을 적었는지 확인합니다.",
            en: "Each job in `experience` states your own part (`role`) or what you did (`highlights`)."),
        seed: SeedCitation(Seed.s000, Seed.s001, passage: "과제 베껴내지 말것 / 경력자라면 다양한 경험보단 자신있는 경험을 강조하는게 좋음"),
        rationale: LocalizedText(
            ko: "회사 이름과 직함은 누구나 같습니다. 면접관은 그 팀에서 \"당신이\" 무엇을 맡았는지를 묻고, 거기서 경력의 깊이를 봅니다.",
            en: "A company name and a title are the same for everyone who held them. Interviewers ask what you yourself owned there; that is where they see the depth of your experience."),
        help: LocalizedText(
            ko: "경력 항목에 `role: 주문 이벤트 파이프라인 담당 (엔지니어 4명 중 1명)`처럼 맡은 부분을 쓰고, `highlights:`에 한 일과 성과를 한 줄씩 적으세요.",
            en: "Add `role: owned the order-events pipeline (1 of 4 engineers)` to the job and list what you did and achieved under `highlights:`."),
        triggering: [
            .editing("folio.yaml", "certifications:", """
                experience:
                  - ↓organization: 주식회사 데이터
                    position: 데이터 엔지니어
                    period: 2024-07 – 현재
                certifications:
                """, excerpt: "experience:\n  - organization: 주식회사 데이터\n    position: 데이터 엔지니어"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "(experience 없음: 신입에게는 자연스럽습니다)"),
            .editing("folio.yaml", "certifications:", """
                experience:
                  - organization: 주식회사 데이터
                    position: 데이터 엔지니어
                    period: 2024-07 – 현재
                    role: 주문 이벤트 파이프라인 담당 (엔지니어 4명 중 1명)
                certifications:
                """, excerpt: "role: 주문 이벤트 파이프라인 담당 (엔지니어 4명 중 1명)"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.profile.experience.compactMap { job in
            guard job.isUndescribed else { return nil }
            let name = job.displayTitle.isEmpty ? LocalizedText(ko: "경력 항목", en: "a job") : LocalizedText(stringLiteral: job.displayTitle)
            return context.finding(at: context.place("role", of: job), LocalizedText(
                ko: "\(name.ko): 내가 맡은 부분(`role`)도 한 일(`highlights`)도 없습니다. 면접관은 회사가 한 일보다 그중 당신이 맡은 것을 묻습니다.",
                en: "\(name.en): neither your own part (`role`) nor what you did (`highlights`). Interviewers ask what you owned, not what the company built."))
        }
    }
}
