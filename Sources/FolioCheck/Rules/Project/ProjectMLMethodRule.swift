import FolioModel

/// What a model project states, read in its front matter, impact and body: a project's text holds
/// one of `words` (or a measurement, for a metric) for each element.
struct ProjectElement: Sendable {
    var label: LocalizedText
    var words: [String]
    /// A metric's value (`AUC 0.91`, `0.78 accuracy`) shows the element too.
    var measured = false
    /// `words`, built once with the element rather than on every project checked.
    let matcher: PhraseMatcher

    init(label: LocalizedText, words: [String], measured: Bool = false) {
        self.label = label
        self.words = words
        self.measured = measured
        matcher = PhraseMatcher(words)
    }

    func isStated(in text: String, scan: MeasurementScan) -> Bool {
        if measured, scan.measurements.contains(where: { $0.kind == .metric || $0.kind == .percentage }) { return true }
        return matcher.containsAny(text)
    }

    /// The project's words, lowercased: title, role, data, impact and body.
    static func text(of project: Project) -> String {
        ([project.title?.value, project.role?.value, project.data?.source?.value].compactMap { $0 }
            + project.impact.map(\.value) + project.body.lines.map(\.value)).joined(separator: "\n").lowercased()
    }
}

/// For ml-engineer and data-scientist targets, a model project states the problem, the metric, a
/// baseline or comparison, how it was validated, and how it was served or reported (seed 003 3-4:
/// "문제 정의 >> 전처리 >> 알고리즘 비교 분석 >> 실제 테스트 >> 결과 분석 레포팅 & 개선안 >> … 상용 배포"; seed 000
/// "간단한 모델을 구현해보고 모델을 배포, 서빙 환경을 만들어보는 경험").
struct ProjectMLMethodRule: Rule {
    static let roles: Set<String> = ["ml-engineer", "data-scientist"]

    /// Words that make a project a model project.
    static let modelWords = [
        "모델", "예측", "분류", "회귀", "추천", "학습", "model", "predict", "classif", "regression", "recommend", "training", "neural",
    ]

    static let elements: [ProjectElement] = [
        ProjectElement(label: LocalizedText(ko: "평가 지표", en: "the metric"),
                       words: ["auc", "f1", "rmse", "mae", "mape", "정확도", "정밀도", "재현율", "accuracy", "precision", "recall", "ndcg", "logloss", "지표", "metric"],
                       measured: true),
        ProjectElement(label: LocalizedText(ko: "기준 모델(베이스라인)이나 비교", en: "a baseline or comparison"),
                       words: ["baseline", "베이스라인", "기준 모델", "기존", "대비", "비교", "보다", "규칙 기반", "rule-based", "compared", "than the",
                               "previous", "vs", "benchmark", "heuristic", "에서 0.", "from 0."]),
        ProjectElement(label: LocalizedText(ko: "검증 방법", en: "how it was validated"),
                       words: ["검증", "교차", "홀드아웃", "시간 기준", "시간순", "테스트셋", "테스트 셋", "평가셋", "out-of-time", "cross-valid", "k-fold",
                               "holdout", "hold-out", "validation", "time-based", "backtest", "test set", "a/b", "온라인 테스트", "split by"]),
        ProjectElement(label: LocalizedText(ko: "배포·서빙이나 보고", en: "serving, deployment or a report"),
                       words: ["배포", "서빙", "api", "운영", "보고서", "리포트", "레포트", "대시보드", "serving", "deploy", "production", "endpoint",
                               "report", "dashboard", "batch scoring", "scored", "used by", "정착", "반영"]),
    ]

    static let description = RuleDescription(
        id: "project.ml-method", severity: .warning,
        summary: LocalizedText(
            ko: "ML 엔지니어·데이터 과학자 지원자의 모델 프로젝트가 평가 지표, 기준 모델(비교), 검증 방법, 배포나 보고를 밝히는지 확인합니다.",
            en: "For ml-engineer and data-scientist targets, a model project states its metric, a baseline or comparison, how it was validated, and how it was served or reported."),
        seed: SeedCitation(Seed.s003, Seed.s000, passage: "문제 정의 >> 전처리 >> 알고리즘 비교 분석 >> 실제 테스트 >> 결과 분석 레포팅 & 개선안 >> 문제 재정의 혹은 상용 배포 / 간단한 모델을 구현해보고 모델을 배포, 서빙 환경을 만들어보는 경험은 엔지니어로서 큰 도움"),
        rationale: LocalizedText(
            ko: "\"정확도 0.9\"만으로는 좋은지 알 수 없습니다. 무엇과 비교했는지, 어떻게 검증했는지(데이터 누수 없이), 결과가 어디에 쓰였는지가 있어야 실무처럼 모델을 다뤘다는 게 보입니다.",
            en: "\"0.9 accuracy\" alone says nothing. What it was compared with, how it was validated (without leakage) and where the result was used show that you handled a model as work, not as an exercise."),
        help: LocalizedText(
            ko: "본문에 `기존 규칙 기반 대비 재현율 0.61 → 0.83`, `2024년 1–9월 학습, 10–12월 시간 기준 검증`, `매일 아침 위험 설비 보고서로 배포`처럼 지표·비교·검증·쓰임을 한 줄씩 쓰세요.",
            en: "In the body, give one line each: metric and baseline (`recall 0.61 → 0.83 against the rule-based check`), validation (`trained on Jan–Sep, validated on Oct–Dec by time`), and use (`served as an API`, `a daily report`)."),
        triggering: [
            RuleExample(modelFiles(body: "↓---\n" + modelFront + "---\n## 개요\n\n고객 이탈을 예측하는 XGBoost 모델을 만들었고 AUC 0.87이 나왔습니다.\n"),
                        excerpt: "고객 이탈을 예측하는 XGBoost 모델을 만들었고 AUC 0.87이 나왔습니다.   # 비교·검증·쓰임 없음"),
        ],
        nonTriggering: [
            RuleExample(modelFiles(body: "---\n" + modelFront + "---\n## 개요\n\n고객 이탈을 예측하는 XGBoost 모델을 만들었습니다.\n\n"
                + "- 기존 규칙 기반 대비 AUC 0.71 → 0.87\n- 2024년 1–9월로 학습하고 10–12월로 시간 기준 검증\n- 매주 이탈 위험 고객 리포트로 마케팅팀에 전달\n"),
                        excerpt: "- 기존 규칙 기반 대비 AUC 0.71 → 0.87\n- 2024년 1–9월로 학습하고 10–12월로 시간 기준 검증\n- 매주 이탈 위험 고객 리포트로 마케팅팀에 전달"),
            RuleExample([:], excerpt: "role: data-engineer   # 직무가 달라 검사하지 않음"),
        ])

    static let modelFront = """
        title: 통신사 고객 이탈 예측
        period: 2024-01 – 2024-12
        team: 1
        role: 혼자 설계·개발
        stack: [Python, XGBoost]
        data:
          source: 통신사 인턴십의 익명 가입자 사용량 테이블
          volume: 가입자 약 30만 명, 월별 스냅숏 24개
          format: 정형 테이블
          domain: telecom
        impact:
          - 이탈 위험 상위 5% 고객 대상 캠페인 반응률 2.1% → 3.4%

        """

    static func modelFiles(body: String) -> [String: String] {
        ["folio.yaml": RuleExample.baseProfile.replacingOccurrences(of: "role: data-engineer", with: "role: ml-engineer"),
         "projects/churn-model.md": body]
    }

    func check(_ context: RuleContext) -> [Finding] {
        guard let role = context.role, Self.roles.contains(role.id) else { return [] }
        return context.workspace.projects.compactMap { project in
            let text = ProjectElement.text(of: project)
            let stackIsML = project.stack.contains { context.catalog.lookup($0.value)?.category == "ml" }
            guard stackIsML || Self.modelWords.contains(where: text.contains) else { return nil }
            let scan = Measurement.scan(text)
            let missing = Self.elements.filter { !$0.isStated(in: text, scan: scan) }
            guard !missing.isEmpty else { return nil }
            return context.finding(at: context.start(of: project.file), LocalizedText(
                ko: "\(project.displayTitle): 모델 프로젝트에 \(missing.map(\.label.ko).joined(separator: ", "))\(Josa.subject.particle(for: missing.last?.label.ko ?? "")) 없습니다. 면접관은 점수보다 무엇과 비교했고 어떻게 검증했는지를 묻습니다.",
                en: "\(project.displayTitle): the model project does not state \(missing.map(\.label.en).joined(separator: ", ")). Interviewers ask what the score was compared with and how it was validated, more than the score."))
        }
    }
}
