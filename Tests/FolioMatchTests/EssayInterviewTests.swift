import Foundation
import Testing
import FolioModel
import FolioRender
@testable import FolioMatch
import FolioTestSupport

/// `folio interview`'s essay part: the questions an interviewer who read an application essay asks
/// of each claim in it, each citing the essay's file:line.
@Suite("Interview questions from the essays")
struct EssayInterviewTests {
    static let today = YearMonth(year: 2025, month: 6)!

    static let story = """
        ---
        title: Spark OOM
        project: sensor
        skills: [Apache Spark]
        date: 2024-10
        ---
        ## 상황
        야간 배치가 3일 연속 실패했습니다.

        ## 원인
        판매자 하나에 주문이 몰려 파티션 하나가 4 GB를 넘었습니다.

        ## 해결
        판매자 ID에 salt를 붙여 두 번 집계했습니다.

        ## 결과
        - 집계 시간 40분 → 12분
        """

    /// Line 5 `uses:`, line 7 the team and a vague size claim, line 8 a measured change and Spark,
    /// line 9 a figure about the company itself, not the writer's to measure.
    static let essay = """
        ---
        company: 한빛그룹
        ---
        ## 직무 역량 (500자, 공백 포함)
        uses: [oom]

        우리 팀은 대용량 주문 데이터를 매일 집계했습니다.
        판매자 ID에 salt를 붙여 Spark 집계 시간을 40분에서 12분으로 줄였습니다.
        한빛그룹은 작년에 거래액이 3배 늘었습니다.
        """

    static func files(essay: String = essay, profile: String = SampleFiles.profile, story: String = story) -> [String: String] {
        var files = SampleFiles.workspace
        files["folio.yaml"] = profile
        files["stories/oom.md"] = story
        files["essays/hanbit.md"] = essay
        return files
    }

    static func sheet(_ files: [String: String]) throws -> InterviewSheet {
        InterviewSheet.build(try TemporaryWorkspace(files).load(), today: today)
    }

    @Test("Each claim of the answer is a question citing its line, answered from the story it uses and skills.yaml")
    func korean() throws {
        let sheet = try Self.sheet(Self.files())
        let section = try #require(sheet.sections.first { $0.id == "essay" })
        #expect(section.title == "자기소개서 · 한빛그룹 · 직무 역량")
        #expect(section.note.hasPrefix("essays/hanbit.md:4 — "))
        let questions = section.questions.map(\.question)
        #expect(questions == [
            "자기소개서에 「Spark OOM」 사례를 썼습니다. 원인은 무엇이었고, 어떻게 찾았나요? (essays/hanbit.md:5)",
            "자기소개서에서 '판매자 ID에 salt를 붙여 Spark 집계 시간을 40분에서 12분으로 줄였습니다'라고 썼는데, 어떻게 측정했나요? 무엇과 비교한 숫자인가요? (essays/hanbit.md:8)",
            "자기소개서에서 '우리 팀은 대용량 주문 데이터를 매일 집계했습니다'라고 썼는데, 그 일에서 본인이 한 부분은 무엇인가요? (essays/hanbit.md:7)",
            "자기소개서에 Spark를 썼는데, 어떤 버전이었고 어디까지 직접 설정했나요? (essays/hanbit.md:8)",
            "자기소개서에서 '우리 팀은 대용량 주문 데이터를 매일 집계했습니다'라고 썼는데, 데이터가 얼마나 컸나요? 하루 몇 건, 몇 GB인가요? (essays/hanbit.md:7)",
        ], "\(questions)")
        // The company's own figure (`거래액이 3배`) is not asked as the writer's result.
        #expect(!questions.contains { $0.contains("3배") })

        let cause = section.questions[0]
        #expect(cause.answer == "판매자 하나에 주문이 몰려 파티션 하나가 4 GB를 넘었습니다.")
        #expect(cause.sources == ["stories/oom.md"])
        // The story states the same change as `40분 → 12분`.
        let measured = section.questions[1]
        #expect(measured.answer == "집계 시간 40분 → 12분 (「Spark OOM」)")
        #expect(measured.sources == ["stories/oom.md"])
        // The project the story belongs to has no role: the sheet says what to prepare, and lists it.
        let ownPart = section.questions[2]
        #expect(ownPart.answer == nil)
        #expect(ownPart.prepare?.contains("그중 제가 맡은 것은") == true)
        #expect(sheet.toPrepare.contains(ownPart.question))
        let spark = section.questions[3]
        #expect(spark.answer == "버전 3.5 — executor 메모리와 셔플 파티션 수를 튜닝했습니다")
        #expect(spark.sources == ["skills.yaml"])
        // No project of the story says how large its data is.
        #expect(section.questions[4].answer == nil)
    }

    @Test("The project's role and the story's decision answer whose part a decision was")
    func decisionAndRole() throws {
        var files = Self.files(essay: """
            ---
            company: 한빛그룹
            ---
            ## 직무 역량 (500자, 공백 포함)
            uses: [oom]

            메모리를 늘리는 방법과 salt를 붙이는 방법을 비교해 salt를 선택했습니다.
            """, story: Self.story.replacingOccurrences(of: "## 해결", with: "## 대안\n- 메모리를 8 GB로 늘린다\n- salt를 붙인다\n\n메모리는 쏠림이 커지면 다시 터지므로 salt를 선택했습니다.\n\n## 해결"))
        files["projects/sensor.md"] = SampleFiles.project.replacingOccurrences(of: "team: 3", with: "team: 3\nrole: 집계 잡 담당 (3명 중 엔지니어 1명)")
        let section = try #require(try Self.sheet(files).sections.first { $0.id == "essay" })
        let decision = try #require(section.questions.first { $0.question.contains("그 결정에서 본인이 한 부분은") })
        #expect(decision.question.hasSuffix("다른 대안은 무엇이었나요? (essays/hanbit.md:7)"))
        #expect(decision.answer == "메모리는 쏠림이 커지면 다시 터지므로 salt를 선택했습니다. (「Spark OOM」)\n센서 파이프라인: 집계 잡 담당 (3명 중 엔지니어 1명)")
        #expect(decision.sources == ["projects/sensor.md", "stories/oom.md"])
    }

    @Test("An English workspace is asked in English, with “…” quotes")
    func english() throws {
        let profile = SampleFiles.profile.replacingOccurrences(of: "lang: ko", with: "lang: en")
        let essay = """
            ---
            company: Ridewave
            ---
            ## A problem you solved (500 characters)
            uses: [oom]

            Our team ran the nightly Spark job, and I cut its runtime from 40 minutes to 12 minutes.
            """
        let story = Self.story.replacingOccurrences(of: "집계 시간 40분 → 12분", with: "Runtime 40 minutes → 12 minutes")
        let section = try #require(try Self.sheet(Self.files(essay: essay, profile: profile, story: story)).sections.first { $0.id == "essay" })
        #expect(section.title == "Essay · Ridewave · A problem you solved")
        let questions = section.questions.map(\.question)
        #expect(questions.contains("Your essay tells “Spark OOM”. What was the cause, and how did you find it? (essays/hanbit.md:5)"), "\(questions)")
        let measured = try #require(section.questions.first { $0.question.contains("How did you measure it") })
        // The sentence is over 80 characters: its clause is quoted.
        #expect(measured.question == "Your essay says “and I cut its runtime from 40 minutes to 12 minutes”. How did you measure it, and against what? (essays/hanbit.md:7)")
        #expect(measured.answer == "Runtime 40 minutes → 12 minutes (“Spark OOM”)")
        #expect(questions.contains("Your essay names Spark. Which version, and how far did you configure it yourself? (essays/hanbit.md:7)"))
        // "I cut …" is the writer's own part: no own-part question for the team sentence.
        #expect(!questions.contains { $0.contains("your own part") })
    }

    @Test("A wish claims nothing done, and a concept named by a common noun is no technology")
    func wishesAndCommonNouns() throws {
        let wishes = Self.files(essay: """
            ---
            company: 한빛그룹
            ---
            ## 입사 후 포부 (500자)

            입사하면 대용량 데이터를 다루는 파이프라인을 만들어 보고 싶습니다.
            대시보드의 데이터 품질을 높여 문의를 30% 줄이고 싶습니다.
            """)
        #expect(try Self.sheet(wishes).sections.allSatisfy { $0.id != "essay" }, "no question: nothing in the answer was done")
        let done = Self.files(essay: """
            ---
            company: 한빛그룹
            ---
            ## 직무 역량 (500자)

            대시보드가 느리다는 문의에 SQL 집계를 나눠 로딩을 9초에서 3초로 줄였습니다.
            """)
        let questions = try #require(try Self.sheet(done).sections.first { $0.id == "essay" }).questions.map(\.question)
        #expect(questions.contains { $0.hasPrefix("자기소개서에 SQL을 썼는데, 어디에 어떻게 적용했나요?") }, "\(questions)")
        #expect(!questions.contains { $0.contains("대시보드를 썼는데") }, "\(questions)")
        #expect(questions.contains { $0.contains("로딩을 9초에서 3초로 줄였습니다'라고 썼는데, 어떻게 측정했나요?") })
    }

    /// The new-user trial's essay (김지원): a tenure, another team's tool and an observation of it,
    /// a field, and one cliché sentence written in two answers.
    static let trialEssay = """
        ---
        company: 마켓컬리
        ---
        ## 지원 동기 (800자, 공백 포함)

        저는 커머스 회사에서 2년간 백엔드 개발자로 일하며 주문과 정산 데이터를 다뤘습니다. 매일 아침 운영팀이 엑셀로 매출을 다시 집계하는 것을 보며, 데이터가 제때 정확하게 전달되는 것이 비즈니스에 얼마나 중요한지 느꼈습니다.
        저는 열정과 성실함으로 빠르게 성장하여 데이터 플랫폼팀에 기여하고 싶습니다.
        퇴근 후에는 Airflow로 파이프라인을 만들며 집계 시간을 40분에서 6분으로 줄였습니다.

        ## 입사 후 포부 (500자)

        저는 열정과 성실함으로 빠르게 성장하여 데이터 플랫폼팀에 기여하고 싶습니다.
        """

    @Test("A tenure is no measured result, another team's tool and an observation are not the writer's, a cliché is asked once")
    func trialEssayQuestions() throws {
        let sheet = try Self.sheet(Self.files(essay: Self.trialEssay))
        let renderer = InterviewRenderer(templates: TemplateLocator(explicit: RepositoryPaths.root.appendingPathComponent("Templates")))
        let markdown = try renderer.markdown(sheet)
        let questions = sheet.sections.filter { $0.id == "essay" }.flatMap(\.questions).map(\.question)
        // `2년간 … 일하며` is how long she worked, not a figure to have measured.
        #expect(!markdown.contains("2년간 백엔드 개발자로 일하며 주문과 정산 데이터를 다뤘습니다'라고 썼는데"), "\(questions)")
        // Excel is the operations team's tool: no technology question, nothing to add to skills.yaml.
        #expect(!markdown.contains("엑셀"), "\(markdown)")
        #expect(!markdown.contains("Microsoft Excel"))
        // Watching the operations team is no team work to claim a part of.
        #expect(!markdown.contains("본인이 한 부분"), "\(questions)")
        // A field has no version and is no technology.
        #expect(!markdown.contains("Backend Development"))
        #expect(!markdown.contains("백엔드 개발을 썼는데"))
        // Her own results and tools are still asked.
        #expect(questions.contains("자기소개서에서 '퇴근 후에는 Airflow로 파이프라인을 만들며 집계 시간을 40분에서 6분으로 줄였습니다'라고 썼는데, 어떻게 측정했나요? 무엇과 비교한 숫자인가요? (essays/hanbit.md:8)"), "\(questions)")
        #expect(questions.contains("자기소개서에 Airflow를 썼는데, 어떤 버전이었고 어디까지 직접 설정했나요? (essays/hanbit.md:8)"), "\(questions)")
        // The cliché sentence, in two answers and read as two clichés (열정, 성실), is one question,
        // and one line of 준비할 것.
        let cliche = "자기소개서에서 '저는 열정과 성실함으로 빠르게 성장하여 데이터 플랫폼팀에 기여하고 싶습니다'라고 썼는데, 그것을 보여 준 일은 무엇인가요? (essays/hanbit.md:7)"
        #expect(questions.filter { $0.contains("열정과 성실함") } == [cliche], "\(questions)")
        let sentence = "'저는 열정과 성실함으로 빠르게 성장하여 데이터 플랫폼팀에 기여하고 싶습니다'"
        #expect(markdown.components(separatedBy: sentence).count - 1 == 2, "once as a question, once in 준비할 것: \(markdown)")
        #expect(Set(questions).count == questions.count, "\(questions)")
    }

    @Test("A tool the writer used is asked in a sentence she acts in; a named team's is not; a field is never asked its version")
    func ownToolsOnly() throws {
        let essay = """
            ---
            company: 마켓컬리
            ---
            ## 직무 역량 (500자)

            운영팀이 엑셀로 집계하던 매출을 매일 아침 다시 맞췄습니다.
            저는 엑셀 VBA로 정산 검증을 자동화했습니다.
            """
        var files = Self.files(essay: essay)
        let questions = try #require(try Self.sheet(files).sections.first { $0.id == "essay" }).questions
        let excel = try #require(questions.first { $0.question.contains("엑셀") })
        // Excel has no version to state: asked where and how, and skills.yaml is asked no version.
        #expect(excel.question == "자기소개서에 엑셀을 썼는데, 어디에 어떻게 적용했나요? (essays/hanbit.md:7)")
        #expect(excel.prepare == "skills.yaml에 Microsoft Excel이 없습니다: 자기소개서에 쓴 기술은 면접에서 묻습니다. 추가하고 depth에 어디에 어떻게 적용했는지 적으세요.")

        files["essays/hanbit.md"] = """
            ---
            company: Ridewave
            ---
            ## Why us (500 characters)

            The ops team rebuilt the sales numbers in Excel every morning. I spent two years in backend development.
            """
        files["folio.yaml"] = SampleFiles.profile.replacingOccurrences(of: "lang: ko", with: "lang: en")
        #expect(try Self.sheet(files).sections.allSatisfy { $0.id != "essay" }, "another team's tool and a field: no question")
    }

    @Test("The essay's words are escaped in interview.html and interview.md like every other text")
    func escaping() throws {
        let essay = """
            ---
            company: 한빛그룹
            ---
            ## 지원 동기 (500자)

            <script>alert(1)</script> **굵게** [x](javascript:alert(1)) 집계를 40분에서 12분으로 줄였습니다.
            """
        let sheet = try Self.sheet(Self.files(essay: essay))
        let question = try #require(sheet.sections.first { $0.id == "essay" }?.questions.first)
        #expect(question.question.contains("'<script>alert(1)</script> **굵게** [x](javascript:alert(1)) 집계를 40분에서 12분으로 줄였습니다'라고 썼는데"))
        let renderer = InterviewRenderer(templates: TemplateLocator(explicit: RepositoryPaths.root.appendingPathComponent("Templates")))
        let html = try renderer.html(sheet)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; **굵게** [x](javascript:alert(1)) 집계를"), "\(html)")
        let markdown = try renderer.markdown(sheet)
        #expect(markdown.contains("'&lt;script&gt;alert(1)&lt;/script&gt; \\*\\*굵게\\*\\* \\[x\\](javascript:alert(1)) 집계를 40분에서 12분으로 줄였습니다'라고 썼는데"), "\(markdown)")
        #expect(markdown.contains("## 자기소개서 · 한빛그룹 · 지원 동기"))
    }

    @Test("A before → after two answers of one application state is asked once, where it is first told")
    func oneFigureOneQuestion() throws {
        let sheet = InterviewSheet.build(try WorkspaceLoader.load(at: RepositoryPaths.example("junior-data-engineer-en")), today: Self.today)
        let questions = sheet.sections.filter { $0.id == "essay" }.flatMap(\.questions).map(\.question)
        #expect(questions.filter { $0.contains("1.2% to 0%") && $0.contains("How did you measure it") }.count == 1, "\(questions)")
        #expect(questions.contains { $0.contains("1.2% to 0%") && $0.hasSuffix("(essays/ridewave.md:10)") }, "\(questions)")
        #expect(Set(questions).count == questions.count)
    }

    @Test("Every claim of the examples' essays is cited at the line that holds its words", arguments: ["junior-data-engineer-ko", "junior-data-engineer-en"])
    func citedLinesHoldTheWords(_ example: String) throws {
        let root = RepositoryPaths.example(example)
        let workspace = try WorkspaceLoader.load(at: root)
        var checked = 0
        for essay in workspace.essays {
            let lines = try String(contentsOf: root.appendingPathComponent(essay.file), encoding: .utf8).components(separatedBy: "\n")
            for question in essay.questions {
                for claim in EssayClaim.claims(in: question, of: essay, workspace: workspace) {
                    let line = lines[claim.location.line - 1]
                    if case .story = claim.kind { #expect(line.hasPrefix("uses:"), "\(claim.location): \(line)") }
                    if case .project = claim.kind { #expect(line.hasPrefix("uses:"), "\(claim.location): \(line)") }
                    #expect(!claim.anchor.isEmpty)
                    // The words start at the cited column (a line break inside them may follow).
                    let column = line.unicodeScalars.index(line.unicodeScalars.startIndex, offsetBy: claim.location.column - 1)
                    let rest = String(line.unicodeScalars[column...])
                    let head = String(claim.anchor.prefix { !$0.isWhitespace })
                    #expect(rest.hasPrefix(head), "\(claim.location): `\(claim.anchor)` at \(rest)")
                    checked += 1
                }
            }
        }
        #expect(checked >= 10, "\(checked) claims")
    }
}
