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
            ko: "프로젝트가 튜토리얼 데이터(Titanic, Iris, MNIST …)나 강의 실습을 그대로 쓴 것인지 확인합니다.",
            en: "A project built on a tutorial data set (Titanic, Iris, MNIST …) or a lecture exercise."),
        seed: SeedCitation(Seed.s000, passage: "과제 베껴내지 말것 / 최대한 다양한 회사에 써먹을 수 있는 데이터로 분석 프로젝트 하는걸 추천"),
        rationale: LocalizedText(
            ko: "면접관은 Titanic이나 MNIST를 수백 번 봤습니다. 모두가 같은 답을 내는 데이터로는 문제를 스스로 정의하고 데이터를 다룬 경험이 보이지 않습니다.",
            en: "Interviewers have seen Titanic and MNIST hundreds of times. On a data set where everyone reaches the same answer, nothing shows that you defined a problem and handled real data yourself."),
        help: LocalizedText(
            ko: "회사가 실제로 가진 데이터(주문, 로그, 센서, 물류)나 공공 데이터로 문제를 직접 정해 다시 해 보세요. 실습 프로젝트라면 `featured: false`로 두고 한 줄로 줄이세요.",
            en: "Redo it on data companies actually have (orders, logs, sensors, logistics) or public data, with a problem you defined. Keep a course project `featured: false` and short."),
        triggering: [
            .editing("projects/orders-batch.md", "source: 공개 쇼핑몰 주문 데이터 (Kaggle Olist)", "source: ↓Kaggle Titanic 승객 데이터",
                     excerpt: "source: Kaggle Titanic 승객 데이터"),
            .editing("projects/orders-batch.md", "source: 공개 쇼핑몰 주문 데이터 (Kaggle Olist)", "source: ↓강의 실습 예제 CSV",
                     excerpt: "source: 강의 실습 예제 CSV"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "source: 공개 쇼핑몰 주문 데이터 (Kaggle Olist)"),
            .editing("projects/orders-batch.md", "source: 공개 쇼핑몰 주문 데이터 (Kaggle Olist)", "source: 공공데이터포털 실거래가 API"),
        ])

    /// The first place a tutorial word stands: the data source, the title, then the body.
    static func tutorialMention(in project: Project) -> Located<String>? {
        let places = [project.data?.source, project.title].compactMap { $0 } + project.body.lines
        return places.first { tutorial.containsAny($0.value) }
    }

    func check(_ context: RuleContext) -> [Finding] {
        context.workspace.projects.compactMap { project in
            guard let mention = Self.tutorialMention(in: project) else { return nil }
            return context.finding(at: mention.location, LocalizedText(
                ko: "\(project.displayTitle): 튜토리얼이나 강의 실습 데이터로 만든 프로젝트로 보입니다. 모두가 같은 답을 내는 데이터라 스스로 문제를 정하고 데이터를 다룬 경험이 드러나지 않습니다.",
                en: "\(project.displayTitle): this looks built on a tutorial data set or a course exercise. Everyone reaches the same answer on it, so it does not show that you defined a problem and handled real data."))
        }
    }
}
