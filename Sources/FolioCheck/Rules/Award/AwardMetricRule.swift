import FolioModel

/// For an ML or data-science target, a contest award states its metric and what moved it (seed 003).
struct AwardMetricRule: Rule {
    static let description = RuleDescription(
        id: "award.metric", severity: .warning,
        summary: LocalizedText(
            ko: "ML·데이터 분석 직무라면 데이터·ML 공모전 수상(`awards`)에 평가 지표(`metric`)와 무엇으로 올렸는지(`approach`)를 적었는지 확인합니다.",
            en: "For an ML or data-science target, a data or ML contest award gives its `metric` and what moved it (`approach`)."),
        seed: SeedCitation(Seed.s003, passage: "공모전 수상하면 서류에 도움 될 것 — Kaggle 류: 명확한 평가 metric 개선이 중요 >> 전처리, domain-feature set, 하이퍼파라미터 튜닝"),
        rationale: LocalizedText(
            ko: "수상 이름만으로는 무엇을 잘했는지 알 수 없습니다. 어떤 지표를 얼마나 올렸고 전처리·도메인 피처·튜닝 중 무엇이 효과였는지가 면접 질문의 출발점입니다.",
            en: "The prize's name does not say what you were good at. Which metric moved how far, and whether preprocessing, domain features or tuning did it, is where the interview starts."),
        help: LocalizedText(
            ko: "수상 항목에 `metric: RMSE 0.412 → 0.371 (상위 2%)`와 `approach: 시간대별 도메인 피처, LightGBM 하이퍼파라미터 튜닝`을 적으세요.",
            en: "Add `metric: RMSE 0.412 → 0.371 (top 2%)` and `approach: hour-of-day features, LightGBM tuning` to the award."),
        triggering: [
            .editing("folio.yaml", [("role: data-engineer", "role: data-scientist"), ("certifications:", """
                awards:
                  - ↓name: 수요 예측 경진대회
                    organizer: 데이콘
                    rank: 3위
                certifications:
                """)], excerpt: "awards:\n  - name: 수요 예측 경진대회\n    rank: 3위"),
            .editing("folio.yaml", [("role: data-engineer", "role: ml-engineer"), ("certifications:", """
                awards:
                  - name: Kaggle Store Sales
                    rank: top 3%
                    metric: ↓RMSLE 0.52 → 0.38
                certifications:
                """)], excerpt: "metric: RMSLE 0.52 → 0.38   # approach 없음"),
        ],
        nonTriggering: [
            .editing("folio.yaml", [("role: data-engineer", "role: data-scientist"), ("certifications:", """
                awards:
                  - name: 수요 예측 경진대회
                    rank: 3위
                    metric: RMSE 0.412 → 0.371
                    approach: 시간대별 도메인 피처, LightGBM 하이퍼파라미터 튜닝
                certifications:
                """)], excerpt: "metric: RMSE 0.412 → 0.371\napproach: 시간대별 도메인 피처, LightGBM 튜닝"),
            .editing("folio.yaml", "certifications:", """
                awards:
                  - name: 수요 예측 경진대회
                    rank: 3위
                certifications:
                """, excerpt: "role: data-engineer   # 지표를 묻지 않는 직무"),
            .editing("folio.yaml", [("role: data-engineer", "role: data-scientist"), ("certifications:", """
                awards:
                  - name: TI India Analog Design Contest Winner
                    rank: 1st
                certifications:
                """)], excerpt: "name: TI India Analog Design Contest Winner   # 데이터·ML 공모전이 아닌 대회"),
            .editing("folio.yaml", [("role: data-engineer", "role: data-analyst"), ("certifications:", """
                awards:
                  - name: 성적 우수 장학금
                    organizer: 한빛대학교
                certifications:
                """)], excerpt: "name: 성적 우수 장학금   # 공모전이 아닌 상"),
        ])

    /// Roles whose contests are judged by a metric (seed 003's Kaggle kind).
    static let metricRoles: Set<String> = ["ml-engineer", "data-scientist", "data-analyst"]
    /// Words that make an award a contest (a ranking in a competition) rather than a scholarship.
    static let contestWords = ["공모전", "대회", "경진", "챌린지", "해커톤", "kaggle", "dacon", "데이콘", "competition", "challenge", "contest", "hackathon", "cup"]

    /// Whether an award's lowercased text names a data or ML contest (a circuit design or robot
    /// contest has no evaluation metric to give): `Lexicon.dataContestWords`, or a concept of the
    /// catalog's ML, analysis or statistics categories (`recommendation system`, `시계열 예측`).
    static func isDataContest(_ text: String, _ catalog: SkillCatalog) -> Bool {
        let padded = " " + String(text.map { $0.isLetter || $0.isNumber || $0 == "." ? $0 : " " }) + " "
        return Lexicon.dataContestWords.contains { padded.contains($0) }
            || catalog.concepts(namedIn: text).contains { ["ml", "analysis", "statistics"].contains(catalog.lookup($0)?.category ?? "") }
    }

    func check(_ context: RuleContext) -> [Finding] {
        guard let role = context.targetRole?.lowercased(), Self.metricRoles.contains(role) else { return [] }
        return context.profile.awards.compactMap { award in
            let text = [award.name?.value, award.organizer?.value, award.summary?.value].compactMap { $0 }.joined(separator: " ").lowercased()
            let isContest = award.rank != nil || award.metric != nil || Self.contestWords.contains { text.contains($0) }
            guard isContest, award.metric == nil || award.approach == nil, award.metric != nil || Self.isDataContest(text, context.catalog)
            else { return nil }
            let name = award.name?.value ?? (context.workspace.language == .ko ? "수상" : "award")
            if award.metric == nil {
                return context.finding(at: award.blankKeys["metric"] ?? award.entryLocation, LocalizedText(
                    ko: "\(name): 평가 지표(`metric`)가 없습니다. 어떤 지표를 얼마에서 얼마로 올렸는지 적으세요.",
                    en: "\(name): no `metric`. Say which evaluation metric moved, from what to what."))
            }
            return context.finding(at: award.metric?.location ?? award.entryLocation, LocalizedText(
                ko: "\(name): 지표를 무엇으로 올렸는지(`approach`)가 없습니다. 전처리, 도메인 피처, 하이퍼파라미터 튜닝 중 무엇이 효과였나요?",
                en: "\(name): no `approach`. What moved the metric: preprocessing, domain features, hyperparameter tuning?"))
        }
    }
}
