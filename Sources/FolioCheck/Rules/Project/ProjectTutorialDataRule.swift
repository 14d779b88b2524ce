import FolioModel

/// A project built on a tutorial data set (Titanic, Iris, MNIST …) or a lecture exercise
/// (`강의 실습`): seed 000 "과제 베껴내지 말것" and "최대한 다양한 회사에 써먹을 수 있는 데이터로".
struct ProjectTutorialDataRule: Rule {
    /// Data sets every course uses, and the words of a copied exercise.
    static let tutorialWords = [
        "titanic", "타이타닉", "iris", "붓꽃", "mnist", "fashion-mnist", "cifar-10", "cifar10", "cifar-100", "boston housing",
        "보스턴 집값", "california housing", "palmer penguins", "wine quality", "pima", "house prices", "digits dataset",
        "강의 실습", "수업 실습", "강의 예제", "실습 데이터", "실습 예제", "예제 데이터", "튜토리얼", "클론 코딩", "클론코딩", "따라 하기",
        "tutorial", "course exercise", "lecture exercise", "course project", "follow-along", "getting started competition",
    ]

    static let tutorial = PhraseMatcher(tutorialWords)

    static let description = RuleDescription(
        id: "project.tutorial-data", severity: .warning,
        summary: LocalizedText(
            ko: "프로젝트가 튜토리얼 데이터(Titanic, Iris, MNIST …)나 강의 실습을 그대로 쓴 것인지(경고), 직접 만든 가상 데이터를 이유 없이 쓴 것인지(제안) 확인합니다.",
            en: "A project built on a tutorial data set (Titanic, Iris, MNIST …) or a lecture exercise (a warning), or on generated data without saying why (a suggestion)."),
        seed: SeedCitation(Seed.s000, passage: "과제 베껴내지 말것 / 최대한 다양한 회사에 써먹을 수 있는 데이터로 분석 프로젝트 하는걸 추천"),
        rationale: LocalizedText(
            ko: "면접관은 Titanic이나 MNIST를 수백 번 봤습니다. 모두가 같은 답을 내는 데이터로는 문제를 스스로 정의하고 데이터를 다룬 경험이 보이지 않습니다. 직접 만든 가상 데이터에는 실제 데이터의 결측, 중복, 치우침이 없어 \"다양한 회사에 써먹을 수 있는 데이터\"를 다뤄 봤는지 알 수 없습니다.",
            en: "Interviewers have seen Titanic and MNIST hundreds of times. On a data set where everyone reaches the same answer, nothing shows that you defined a problem and handled real data yourself. Generated data lacks the gaps, duplicates and skew of real data, so it does not show you handled \"data many companies can use\"."),
        help: LocalizedText(
            ko: "회사가 실제로 가진 데이터(주문, 로그, 센서, 물류)나 공공 데이터로 문제를 직접 정해 다시 해 보세요. 실습 프로젝트라면 `featured: false`로 두고 한 줄로 줄이세요. 직접 만든 데이터라면 같은 모양의 공개 데이터로 바꾸거나, 만들어야 했던 이유(부하 테스트, 실제 데이터는 반출 불가 등)를 적으세요.",
            en: "Redo it on data companies actually have (orders, logs, sensors, logistics) or public data, with a problem you defined. Keep a course project `featured: false` and short. For generated data, use a public data set of the same shape, or say why you had to generate it (a load test, real data that cannot leave the company)."),
        triggering: [
            .editing("projects/orders-batch.md", "source: 공개 쇼핑몰 주문 데이터 (Kaggle Olist)", "source: ↓Kaggle Titanic 승객 데이터",
                     excerpt: "source: Kaggle Titanic 승객 데이터"),
            .editing("projects/orders-batch.md", "source: 공개 쇼핑몰 주문 데이터 (Kaggle Olist)", "source: ↓강의 실습 예제 CSV",
                     excerpt: "source: 강의 실습 예제 CSV"),
            .editing("projects/orders-batch.md", "source: 공개 쇼핑몰 주문 데이터 (Kaggle Olist)", "source: ↓직접 만든 클릭 로그 생성기 (가상 데이터)",
                     excerpt: "source: 직접 만든 클릭 로그 생성기 (가상 데이터)   # 제안"),
            .editing("projects/orders-batch.md", "source: 공개 쇼핑몰 주문 데이터 (Kaggle Olist)", "source: ↓Synthetic orders generated with Faker",
                     excerpt: "source: Synthetic orders generated with Faker   # suggestion"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "source: 공개 쇼핑몰 주문 데이터 (Kaggle Olist)"),
            .editing("projects/orders-batch.md", "source: 공개 쇼핑몰 주문 데이터 (Kaggle Olist)", "source: 공공데이터포털 실거래가 API"),
            .editing("projects/orders-batch.md", "source: 공개 쇼핑몰 주문 데이터 (Kaggle Olist)", "source: 부하 테스트용으로 직접 만든 주문 이벤트 생성기 (초당 5만 건)",
                     excerpt: "source: 부하 테스트용으로 직접 만든 주문 이벤트 생성기   # 왜 만들었는지 있음"),
            .editing("projects/orders-batch.md", "source: 공개 쇼핑몰 주문 데이터 (Kaggle Olist)", "source: 공개 데이터셋(Kaggle Olist)을 재생하는 주문 이벤트 생성기",
                     excerpt: "source: 공개 데이터셋(Kaggle Olist)을 재생하는 주문 이벤트 생성기"),
            .editing("projects/orders-batch.md", "source: 공개 쇼핑몰 주문 데이터 (Kaggle Olist)", "source: 업비트 API 가상화폐 체결 데이터"),
        ])

    static let synthetic = PhraseMatcher(Lexicon.syntheticDataWords)
    static let syntheticFalseFriends = PhraseMatcher(Lexicon.syntheticFalseFriends)
    static let publicData = PhraseMatcher(Lexicon.publicDataWords)
    static let syntheticReasons = PhraseMatcher(Lexicon.syntheticReasonWords)

    /// The data source, when it says the data was generated (`가상 데이터`, `Faker`, synthetic) and
    /// neither names real or public data behind it (`공개 데이터셋을 재생하는`) nor says, there or
    /// anywhere in the project, why generated data was needed (`부하 테스트`, confidential).
    static func unexplainedSyntheticSource(in project: Project) -> Located<String>? {
        guard let source = project.data?.source else { return nil }
        let text = syntheticFalseFriends.containsAny(source.value)
            ? Lexicon.syntheticFalseFriends.reduce(source.value.lowercased()) { $0.replacingOccurrences(of: $1, with: " ") } : source.value
        guard synthetic.containsAny(text), !publicData.containsAny(text) else { return nil }
        let said = [source, project.title].compactMap { $0 } + project.impact + project.body.lines
        guard !said.contains(where: { syntheticReasons.containsAny($0.value) }) else { return nil }
        return source
    }

    /// The help for generated data (seed 000: data many companies can use; seed 002: the data a
    /// company actually produces).
    static let syntheticHelp = LocalizedText(
        ko: "같은 모양의 공개 데이터로 바꿀 수 있는지 보세요(클릭 로그라면 Kaggle의 이커머스 행동 로그, 주문이라면 Olist, 교통이라면 공공데이터포털). 직접 만들어야 했다면 이유(부하 테스트, 실제 데이터는 반출 불가 등)를 `source`나 본문에 적으세요.",
        en: "See whether a public data set of the same shape can replace it (click logs: a public e-commerce events data set on Kaggle; orders: Olist; trips: NYC TLC). If you had to generate it, say why (a load test, real data that cannot leave the company) in `source` or the text.")

    /// The first place a tutorial word stands: the data source, the title, then the body.
    static func tutorialMention(in project: Project) -> Located<String>? {
        let places = [project.data?.source, project.title].compactMap { $0 } + project.body.lines
        return places.first { tutorial.containsAny($0.value) }
    }

    func check(_ context: RuleContext) -> [Finding] {
        context.workspace.projects.compactMap { project in
            guard let mention = Self.tutorialMention(in: project) else {
                guard let source = Self.unexplainedSyntheticSource(in: project) else { return nil }
                var finding = context.finding(at: source.location, LocalizedText(
                    ko: "\(project.displayTitle): 직접 만든 가상 데이터로 보입니다. 면접관은 \"최대한 다양한 회사에 써먹을 수 있는\" 실제 데이터나 공개 데이터를 다뤄 본 경험을 더 믿습니다. 만든 데이터에는 실제 데이터의 결측, 중복, 치우침이 없기 때문입니다.",
                    en: "\(project.displayTitle): this looks like data you generated. Reviewers trust work on real or public data that \"many companies can use\" more: generated rows lack the gaps, duplicates and skew of real data."),
                    help: Self.syntheticHelp)
                finding.severity = .suggestion
                return finding
            }
            return context.finding(at: mention.location, LocalizedText(
                ko: "\(project.displayTitle): 튜토리얼이나 강의 실습 데이터로 만든 프로젝트로 보입니다. 모두가 같은 답을 내는 데이터라 스스로 문제를 정하고 데이터를 다룬 경험이 드러나지 않습니다.",
                en: "\(project.displayTitle): this looks built on a tutorial data set or a course exercise. Everyone reaches the same answer on it, so it does not show that you defined a problem and handled real data."))
        }
    }
}
