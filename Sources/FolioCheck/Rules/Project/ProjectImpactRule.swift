import FolioModel

/// At least one result with a measurement: time, size, rows, %, money, SLA (seeds 000, 004). A year,
/// a team size (`팀원 4명과`), a version (`Spark 3.5`), an identifier (`k8s`) or a count of deliverables
/// (`파이프라인 1개를 완성`) is a number but not a result (`Measurement.isResult`).
struct ProjectImpactRule: Rule {
    static let description = RuleDescription(
        id: "project.impact", severity: .warning,
        summary: LocalizedText(
            ko: "프로젝트의 결과(`impact`) 중 하나 이상이 측정값(시간, 크기, 건수, %, 비용, SLA)으로 효과를 보여 주는지 확인합니다. 연도, 인원, 버전, 만든 개수는 측정값이 아닙니다.",
            en: "At least one result (`impact`) is measured (time, size, counts, %, money, SLA). Years, team sizes, versions and counts of deliverables are not measurements."),
        seed: SeedCitation(Seed.s000, Seed.s004, passage: "돈을 더 벌어다 줄 수 있는 인사이트를 도출해내기 까지의 과정이 훨씬 중요 / 신규 및 기존 시스템에 대한 SLA 정의 및 관리"),
        rationale: LocalizedText(
            ko: "회사는 데이터로 돈과 시간을 아끼려고 사람을 뽑습니다. 숫자로 된 결과가 있어야 면접관이 효과의 크기를 가늠할 수 있습니다.",
            en: "Companies hire data people to save money and time. A number lets the interviewer judge the size of your result."),
        help: LocalizedText(
            ko: "`impact:` 아래에 `리포트 생성 6시간 → 20분`, `중복 적재 2.3% → 0%`처럼 전후를 숫자로 적으세요.",
            en: "Under `impact:`, write before → after with numbers: `report build 6 h → 20 min`, `duplicate loads 2.3% → 0%`."),
        triggering: [
            .editing("projects/orders-batch.md", "  - 일별 매출 집계 30분 → 2분", "  - ↓매출 집계를 자동화해 업무 효율을 높임"),
            .editing("projects/orders-batch.md", "impact:\n  - 일별 매출 집계 30분 → 2분\n", "").markingFirstLine("projects/orders-batch.md"),
            .editing("projects/orders-batch.md", "  - 일별 매출 집계 30분 → 2분", "  - ↓팀원 4명과 함께 리포트 파이프라인 1개를 완성"),
            .editing("projects/orders-batch.md", "  - 일별 매출 집계 30분 → 2분", "  - ↓k8s 위에 배포를 자동화해 안정성을 높였습니다"),
            .editing("projects/orders-batch.md", "  - 일별 매출 집계 30분 → 2분", "  - ↓2024년 Spark 3.5로 이전 완료"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "impact:\n  - 일별 매출 집계 30분 → 2분"),
            .editing("projects/orders-batch.md", "  - 일별 매출 집계 30분 → 2분", "  - \"Runtime: 52 min → 9 min\""),
            .editing("projects/orders-batch.md", "  - 일별 매출 집계 30분 → 2분", "  - 배포를 자동화해 4주간 장애 0건"),
            .editing("projects/orders-batch.md", "impact:\n  - 일별 매출 집계 30분 → 2분\n", "")
                .adding(.editing("folio.yaml", "certifications:", "experience:\n  - organization: 주식회사 데이터\n    period: 2024-07 – 현재\n    highlights:\n      - 일별 매출 집계 30분 → 2분\n    projects: [orders-batch]\ncertifications:")),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.workspace.projects.compactMap { project in
            // A project done in a job whose highlights already give a measured result is not asked again.
            if let job = context.workspace.job(of: project.id), job.hasMeasuredResult {
                return nil
            }
            guard let first = project.impact.first else {
                return context.finding(at: project.blankKeys["impact"] ?? context.start(of: project.file), LocalizedText(
                    ko: "\(project.displayTitle): 결과(`impact:`)가 없습니다. 무엇이 얼마나 나아졌는지 숫자로 한 줄이라도 적으세요.",
                    en: "\(project.displayTitle): no `impact:`. Write at least one line on what improved, and by how much."))
            }
            guard !project.impact.contains(where: { Measurement.scan($0.value).hasResult }) else { return nil }
            return context.finding(at: first.location, LocalizedText(
                ko: "결과에 측정값이 없습니다 (연도·인원·버전·만든 개수는 효과의 크기가 아닙니다). `6시간 → 20분`, `수작업 검수 0건`처럼 전후를 숫자로 보여 주면 면접관이 효과의 크기를 바로 압니다.",
                en: "no result is measured (years, team sizes, versions and counts of deliverables do not size an effect). Before → after figures (`6 h → 20 min`, `0 manual checks`) show the size of the effect at a glance."))
        }
    }
}
