import FolioModel

/// For data-analyst and performance-marketer targets, an experiment or campaign analysis states its
/// hypothesis, its groups (treatment and control), the metric's definition, the result and the decision
/// taken (seed 003: "실험 설계 (ex. 실험군 대조군 설정)", "metric 정의", "UI 개편 실험 설계 > seg 구분해서
/// 실험 진행 >> 결과 분석 레포팅 & 현업 인터뷰 >> UI 개편안 반영").
struct ProjectExperimentRule: Rule {
    static let roles: Set<String> = ["data-analyst", "performance-marketer"]

    /// Words that make a project an experiment or an effect analysis (a report or dashboard alone is not).
    static let experimentWords = [
        "실험", "a/b", "ab 테스트", "ab테스트", "테스트", "가설", "캠페인", "효과 분석", "효과를", "전후", "lift", "리프트",
        "experiment", "a/b test", "campaign", "hypothesis", "uplift", "before/after", "test group", "재배분",
    ]

    static let elements: [ProjectElement] = [
        ProjectElement(label: LocalizedText(ko: "가설", en: "the hypothesis"),
                       words: ["가설", "예상했", "라고 봤", "라고 보고", "hypothes", "we expected", "expected that", "assumed that"]),
        ProjectElement(label: LocalizedText(ko: "실험군·대조군", en: "the treatment and control groups"),
                       words: ["대조군", "실험군", "통제군", "비교군", "무작위", "랜덤 배정", "a/b", "a안", "b안", "두 그룹", "그룹을 나눠", "50:50", "홀드아웃",
                               "control", "treatment", "random", "holdout", "hold-out", "variant", "split"]),
        ProjectElement(label: LocalizedText(ko: "지표 정의", en: "the metric's definition"),
                       words: ["지표 정의", "지표는", "정의", " = ", "로 정의", "기준으로 집계", "metric", "defined as", "definition", "kpi"]),
        ProjectElement(label: LocalizedText(ko: "결과", en: "the result"), words: [], measured: true),
        ProjectElement(label: LocalizedText(ko: "결정(반영 여부)", en: "the decision taken"),
                       words: ["결정", "반영", "적용", "채택", "전체 배포", "확대", "중단", "올렸", "바꿨", "정했", "decided", "rolled out", "roll out",
                               "shipped", "adopted", "kept", "stopped", "moved the budget", "launched"]),
    ]

    static let description = RuleDescription(
        id: "project.experiment", severity: .warning,
        summary: LocalizedText(
            ko: "데이터 분석가·퍼포먼스 마케터 지원자의 실험·캠페인 분석이 가설, 실험군·대조군, 지표 정의, 결과, 결정을 밝히는지 확인합니다.",
            en: "For data-analyst and performance-marketer targets, an experiment or campaign analysis states its hypothesis, groups, metric definition, result and decision."),
        seed: SeedCitation(Seed.s003, passage: "실험 설계 (ex. 실험군 대조군 설정) / metric 정의(Domain에 대한 지식) / UI 개편 실험 설계 > seg 구분해서 실험 진행 >> 결과 분석 레포팅 & 현업 인터뷰 >> UI 개편안 반영"),
        rationale: LocalizedText(
            ko: "전후 비교만으로는 시즌이나 다른 캠페인의 효과와 구별되지 않습니다. 가설과 대조군, 지표를 어떻게 정의했는지, 결과로 무엇을 결정했는지가 분석가의 일입니다.",
            en: "A before/after comparison cannot separate the effect from the season or another campaign. The hypothesis, the control group, how the metric was defined and what was decided are the analyst's job."),
        help: LocalizedText(
            ko: "`## 가설`, `## 실험 설계`(실험군·대조군, 기간, 표본), `## 지표 정의`(예: 전환율 = 구매 / 방문), `## 결과`(숫자), `## 결정`(전체 반영 여부)을 한두 줄씩 쓰세요.",
            en: "Write a line or two each: `## Hypothesis`, `## Design` (treatment and control, duration, sample), `## Metric` (e.g. conversion = purchases / visits), `## Result` (numbers), `## Decision` (rolled out or not)."),
        triggering: [
            RuleExample(experimentFiles(body: "↓---\n" + front + "---\n## 개요\n\n쿠폰 캠페인 전후 2주의 구매 전환율을 비교했습니다.\n\n- 캠페인 후 전환율 2.1% → 2.6%\n"),
                        excerpt: "쿠폰 캠페인 전후 2주의 구매 전환율을 비교했습니다.   # 가설·대조군·지표 정의·결정 없음"),
        ],
        nonTriggering: [
            RuleExample(experimentFiles(body: "---\n" + front + "---\n## 가설\n\n재구매 쿠폰을 받은 고객은 2주 안에 다시 살 확률이 높다.\n\n"
                + "## 실험 설계\n\n휴면 고객을 무작위로 실험군 50%, 대조군 50%로 나눠 2주 동안 비교했습니다.\n\n"
                + "## 지표 정의\n\n- 재구매율 = 2주 안에 1회 이상 구매한 고객 / 쿠폰 발송 고객\n\n"
                + "## 결과와 결정\n\n- 재구매율 4.2% vs 3.1%, p < 0.01\n- 쿠폰 비용을 빼도 이익이어서 전체 휴면 고객에게 확대 적용했습니다.\n"),
                        excerpt: "## 가설 / ## 실험 설계 (실험군·대조군) / ## 지표 정의 / ## 결과와 결정"),
            RuleExample(experimentFiles(body: "---\n" + front.replacingOccurrences(of: "쿠폰 캠페인 효과 분석", with: "주간 매출 리포트 자동화")
                + "---\n## 개요\n\n주간 매출 리포트를 대시보드로 바꿨습니다.\n"),
                        excerpt: "주간 매출 리포트를 대시보드로 바꿨습니다.   # 리포트는 실험이 아님"),
        ])

    static let front = """
        title: 쿠폰 캠페인 효과 분석
        period: 2024-03 – 2024-04
        team: 1
        role: 분석 설계와 쿼리 작성
        stack: [SQL]
        data:
          source: 쇼핑몰 주문·방문 로그
          volume: 하루 방문 약 20만 건
          format: 정형 테이블
          domain: commerce
        impact:
          - 휴면 고객 재구매율 3.1% → 4.2%

        """

    static func experimentFiles(body: String) -> [String: String] {
        ["folio.yaml": RuleExample.baseProfile.replacingOccurrences(of: "role: data-engineer", with: "role: data-analyst"),
         "projects/coupon.md": body]
    }

    func check(_ context: RuleContext) -> [Finding] {
        guard let role = context.role, Self.roles.contains(role.id) else { return [] }
        return context.workspace.projects.compactMap { project in
            let text = ProjectElement.text(of: project)
            guard Self.experimentWords.contains(where: text.contains) else { return nil }
            let scan = Measurement.scan(text)
            var missing = Self.elements.filter { element in
                element.words.isEmpty ? !scan.hasResult : !element.isStated(in: text, scan: scan)
            }
            if missing.isEmpty { return nil }
            // A section heading names the element as well: `## 가설`, `## 결정`.
            let headings = project.body.sections.map { $0.heading.value.lowercased() }
            missing.removeAll { element in headings.contains { heading in element.words.contains { heading.contains($0.trimmingHorizontalSpace()) } } }
            guard !missing.isEmpty else { return nil }
            return context.finding(at: context.start(of: project.file), LocalizedText(
                ko: "\(project.displayTitle): 실험·효과 분석에 \(missing.map(\.label.ko).joined(separator: ", "))\(Josa.subject.particle(for: missing.last?.label.ko ?? "")) 없습니다. 전후 비교만으로는 시즌이나 다른 캠페인의 효과와 구별되지 않습니다.",
                en: "\(project.displayTitle): the experiment does not state \(missing.map(\.label.en).joined(separator: ", ")). A before/after comparison alone cannot separate the effect from the season or another campaign."))
        }
    }
}
