import FolioModel

/// `target.level` agrees with the years in `experience:` (seed 004's career path).
struct ProfileTargetLevelRule: Rule {
    static let description = RuleDescription(
        id: "profile.target-level", severity: .warning,
        summary: LocalizedText(
            ko: "지원 수준(`target.level`)이 경력(`experience`)의 연차와 맞는지 확인합니다.",
            en: "`target.level` agrees with the years of your work history (`experience`)."),
        seed: SeedCitation(Seed.s004, passage: "데이터 엔지니어는 약 1~3년 후에 중간 레벨로 승진할 수 있습니다. … 데이터 엔지니어는 약 3~5년 동안 이 수준에 머물 수 있습니다."),
        rationale: LocalizedText(
            ko: "신입과 경력은 서류에서 보는 것이 다릅니다. 3년 넘게 일했는데 신입으로 지원하면 경력이 묻히고, 경력이 1년도 안 되는데 미드 레벨로 지원하면 그 기대를 채우기 어렵습니다.",
            en: "Juniors and experienced hires are read differently. Three years in and applying as a junior buries your experience; under a year and applying as mid-level sets an expectation that is hard to meet."),
        help: LocalizedText(
            ko: "seed 004의 경로대로, 경력 1–3년까지는 junior, 그 뒤 약 3–8년은 mid, 그 이상은 senior로 `target.level`을 맞추세요. 인턴십은 경력에 포함됩니다.",
            en: "Following seed 004, set `target.level` to junior up to 1–3 years, mid for roughly 3–8 years, senior beyond. Internships count."),
        triggering: [
            .editing("folio.yaml", [("  level: junior", "  level: ↓junior"), ("certifications:", """
                experience:
                  - organization: 주식회사 데이터
                    period: 2020-03 – 현재
                    role: 주문 파이프라인 담당
                certifications:
                """)], excerpt: "level: junior\nexperience:\n  - period: 2020-03 – 현재   # 5년"),
            .editing("folio.yaml", [("  level: junior", "  level: ↓senior"), ("certifications:", """
                experience:
                  - organization: 주식회사 데이터
                    period: 2024.09 ~ 2025.02
                certifications:
                """)], excerpt: "level: senior\nexperience:\n  - period: 2024.09 ~ 2025.02   # 6개월"),
            .editing("folio.yaml", [("  level: junior", "  level: ↓mid")], excerpt: "level: mid   # experience 없음"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "level: junior   # experience 없음"),
            .editing("folio.yaml", [("  level: junior", "  level: mid"), ("certifications:", """
                experience:
                  - organization: 주식회사 데이터
                    period: 2022 – 현재
                  - organization: 주식회사 분석
                    period: 2021-01 – 2022-06
                certifications:
                """)], excerpt: "level: mid\nexperience: 2021-01 – 2022-06, 2022 – 현재   # 겹치는 달은 한 번"),
            .editing("folio.yaml", "certifications:", """
                experience:
                  - organization: 연구소 인턴
                    period: 2024-12 – 2025-02
                certifications:
                """, excerpt: "level: junior\nexperience: 인턴 3개월"),
        ])

    /// The range of years each level usually spans (seed 004: junior → mid after 1–3 years, mid for 3–5 more).
    static let years: [CareerLevel: ClosedRange<Double>] = [.junior: 0...3, .mid: 1...8, .senior: 4...40, .lead: 5...40]

    func check(_ context: RuleContext) -> [Finding] {
        guard let level = context.profile.target.level, let career = context.profile.target.careerLevel,
              let expected = Self.years[career] else { return [] }
        // The work history first; a résumé that carries its jobs as projects is read by the projects' periods.
        let months = context.workspace.experienceMonths(asOf: context.today)
            ?? WorkHistory.months(context.workspace.projects.compactMap { $0.period?.value }, asOf: context.today)
        let years = Double(months) / 12
        guard !expected.contains(years) else { return [] }
        let worked = LocalizedText(
            ko: months == 0 ? "경력(`experience`)이 없습니다" : "경력이 \(months / 12)년 \(months % 12)개월입니다",
            en: months == 0 ? "there is no work history (`experience`)" : "your work history is \(months / 12) years \(months % 12) months")
        let suggested = years < 3 ? "junior" : years < 8 ? "mid" : "senior"
        return [context.finding(at: level.location, LocalizedText(
            ko: "`target.level: \(level.value)`인데 \(worked.ko) (겹치는 기간은 한 번만 셈). 이 연차라면 `\(suggested)`로 지원하는 편이 서류에서 읽히는 모습과 맞습니다.",
            en: "`target.level: \(level.value)`, but \(worked.en) (overlaps counted once). At this length, `\(suggested)` matches how your résumé will be read."))]
    }
}
