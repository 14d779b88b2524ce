import FolioModel

/// Each recent delivery job has at least one measured result among its highlights (seeds 000, 004):
/// not a job of long ago nor a mentor's or teacher's role (seed 001 "경력자라면 다양한 경험보단 자신있는
/// 경험을 강조"; `Workspace.recentDeliveryJobs`).
struct ExperienceImpactRule: Rule {
    static let description = RuleDescription(
        id: "experience.impact", severity: .warning,
        summary: LocalizedText(
            ko: "최근 5년 안의 경력과 가장 최근 경력마다 `highlights` 중 하나 이상에 숫자로 된 성과(시간, 비용, 건수, %, SLA)가 있는지 확인합니다. 멘토·강사·조교 같은 역할은 묻지 않습니다.",
            en: "Each job of the last five years, and the latest job, has at least one measured result (time, cost, count, %, SLA) among its `highlights`. Mentor, teaching and advisory roles are not asked."),
        seed: SeedCitation(Seed.s000, Seed.s004, Seed.s001, passage: "돈을 더 벌어다 줄 수 있는 인사이트를 도출해내기 까지의 과정이 훨씬 중요 / 신규 및 기존 시스템에 대한 SLA 정의 및 관리 / 경력자라면 다양한 경험보단 자신있는 경험을 강조하는게 좋음"),
        rationale: LocalizedText(
            ko: "경력자에게 면접관이 가장 먼저 확인하는 것은 \"그래서 무엇이 얼마나 나아졌는가\"입니다. 숫자가 있어야 한 일의 크기가 전해집니다. 면접관이 묻는 것은 최근의 일이지, 15년 전 직장이나 멘토 활동의 성과가 아닙니다.",
            en: "With work experience, the first thing an interviewer checks is what improved and by how much. A number carries the size of what you did. They ask about your recent work, not the results of a job 15 years ago or of mentoring."),
        help: LocalizedText(
            ko: "`highlights:`에 `일 배치 6시간 → 40분`, `중복 적재 2.3% → 0%`처럼 전후를 숫자로 적으세요.",
            en: "Under `highlights:`, write before → after with numbers: `nightly batch 6 h → 40 min`, `duplicate loads 2.3% → 0%`."),
        triggering: [
            .editing("folio.yaml", "certifications:", """
                experience:
                  - organization: 주식회사 데이터
                    period: 2024-07 – 현재
                    role: 주문 파이프라인 담당
                    highlights:
                      - ↓주문 파이프라인을 안정적으로 운영
                certifications:
                """, excerpt: "highlights:\n  - 주문 파이프라인을 안정적으로 운영"),
            .editing("folio.yaml", "certifications:", """
                experience:
                  - ↓organization: 주식회사 데이터
                    period: 2021 – 2024
                    role: 주문 파이프라인 담당
                certifications:
                """, excerpt: "(highlights 없음)"),
            .editing("folio.yaml", "certifications:", """
                experience:
                  - organization: Acme Data
                    position: Startup Mentor
                    period: 2024-01 – present
                    highlights:
                      - Mentored three seed-stage teams
                  - organization: Northwind
                    position: Data Engineer
                    period: 2012-01 – 2016-06
                    highlights:
                      - ↓Built the nightly warehouse loads
                certifications:
                """, excerpt: "the latest delivery job, however long ago it ended"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "(experience 없음)"),
            .editing("folio.yaml", "certifications:", """
                experience:
                  - organization: 주식회사 데이터
                    period: 2022-03 – 현재
                    highlights:
                      - 일 배치 6시간 → 40분
                  - organization: 한빛전자
                    position: 전산 사원
                    period: 2008-03 – 2011-02
                    highlights:
                      - 사내 그룹웨어 유지보수
                  - organization: 데이터 부트캠프
                    position: 데이터 엔지니어링 멘토
                    period: 2024-03 – 2024-08
                    highlights:
                      - 수강생 팀 프로젝트 코드 리뷰
                certifications:
                """, excerpt: "경력 2008 – 2011 (14년 전), 멘토 활동: 성과의 숫자를 묻지 않음"),
            .editing("folio.yaml", "certifications:", """
                experience:
                  - organization: 주식회사 데이터
                    period: 2024-07 – 현재
                    highlights:
                      - 주문 파이프라인 운영
                      - 일 배치 6시간 → 40분
                certifications:
                """, excerpt: "highlights:\n  - 일 배치 6시간 → 40분"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let recent = Set(context.workspace.recentDeliveryJobs(asOf: context.today).map(\.entryLocation))
        return context.profile.experience.compactMap { job in
            guard recent.contains(job.entryLocation), !job.hasMeasuredResult, !job.isUndescribed else { return nil }
            let name = job.displayTitle.isEmpty ? LocalizedText(ko: "경력 항목", en: "a job") : LocalizedText(stringLiteral: job.displayTitle)
            guard let first = job.highlights.first else {
                return context.finding(at: context.place("highlights", of: job), LocalizedText(
                    ko: "\(name.ko): 한 일과 성과(`highlights:`)가 없습니다. 무엇이 얼마나 나아졌는지 숫자로 한 줄이라도 적으세요.",
                    en: "\(name.en): no `highlights:`. Write at least one line on what improved, and by how much."))
            }
            return context.finding(at: first.location, LocalizedText(
                ko: "\(name.ko): 성과에 측정값이 하나도 없습니다 (연도·인원·버전은 측정값이 아닙니다). `6시간 → 40분`, `장애 월 4회 → 0회`처럼 전후를 숫자로 보여 주세요.",
                en: "\(name.en): no highlight is measured (years, team sizes and versions are not measurements). Before → after figures (`6 h → 40 min`, `4 incidents a month → 0`) show the size of the effect."))
        }
    }
}
