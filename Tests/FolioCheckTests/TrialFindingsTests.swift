import Testing
import FolioTestSupport
import FolioModel
@testable import FolioCheck

/// Findings a new user's trial showed wrong, asserted where the user sees them (file:line).
@Suite struct TrialFindingsTests {
    let checker = Checker(today: YearMonth(year: 2026, month: 11)!)

    func findings(_ files: [String: String], _ rule: String) throws -> [Finding] {
        var all = SampleFiles.workspace
        all.merge(files) { $1 }
        return checker.check(try TemporaryWorkspace(all).load(), only: [rule])
    }

    func places(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.location.file):\($0.location.line)" }
    }

    static func project(team: String, lang: String) -> String {
        let body = lang == "ko" ? "## 개요\n공정 센서 로그를 적재합니다.\n" : "## Overview\nLoads sensor logs.\n"
        return "---\ntitle: Sensor pipeline\n\(team)stack: [Apache Spark]\n---\n" + body
    }

    @Test(arguments: ["ko", "en"])
    func aSoloProjectNeedsNoOwnPart(lang: String) throws {
        let solo = try findings(["projects/sensor.md": Self.project(team: "team: 1\n", lang: lang)], "project.own-work")
        #expect(solo.isEmpty, "\(solo.map(\.message.en))")
        let team = try findings(["projects/sensor.md": Self.project(team: "team: 5\n", lang: lang)], "project.own-work")
        #expect(places(team) == ["projects/sensor.md:1"])
        #expect(!team[0].message.ko.contains("team: 1"), "a team of 5 is not asked whether it was solo")
        let unknown = try findings(["projects/sensor.md": Self.project(team: "", lang: lang)], "project.own-work")
        #expect(places(unknown) == ["projects/sensor.md:1"])
        #expect(unknown[0].message.ko.contains("`team: 1`") && unknown[0].message.en.contains("`team: 1`"))
    }

    @Test func aSoloProjectEarnsTheOwnPartPoints() throws {
        let solo = try TemporaryWorkspace(["folio.yaml": SampleFiles.profile, "skills.yaml": SampleFiles.skills,
                                           "projects/sensor.md": Self.project(team: "team: 1\n", lang: "ko")]).load()
        let team = try TemporaryWorkspace(["folio.yaml": SampleFiles.profile, "skills.yaml": SampleFiles.skills,
                                           "projects/sensor.md": Self.project(team: "team: 5\n", lang: "ko")]).load()
        #expect(ProjectCredit(solo.projects[0], stories: []).points > ProjectCredit(team.projects[0], stories: []).points)
    }

    static func story(alternatives: String) -> String {
        """
        ---
        title: API 429
        project: sensor
        skills: [Apache Spark]
        date: 2024-10
        ---
        ## 상황
        외부 API가 429를 돌려주어 수집이 멈췄습니다.

        ## 대안

        - 요청 사이에 sleep 넣기
        - pool로 동시 실행 수 제한
        - 429 응답에 재시도

        \(alternatives)
        """
    }

    @Test(arguments: [
        ("sleep만 넣으면 전체 시간이 너무 길어져서 pool로 동시 실행을 줄이고, 그래도 429가 나면 재시도하도록 했습니다.", false),
        ("sleep만 넣으면 전체 시간이 너무 길어지기 때문에 pool과 재시도를 쓰기로 했습니다.", false),
        ("전체 시간을 고려해 pool과 재시도를 선택했습니다.", true),
        ("pool과 재시도를 선택했습니다.", true),
    ])
    func aConsequenceIsAReason(sentence: String, flagged: Bool) throws {
        let found = try findings(["stories/oom.md": Self.story(alternatives: sentence)], "story.alternatives")
        #expect(places(found) == (flagged ? ["stories/oom.md:10"] : []), "\(sentence): \(found.map(\.message.ko))")
    }

    /// An unrated skill with nothing to point at is asked to be shown or dropped, whether `level` is
    /// missing or left blank; the description says so (it said "level 2 이상" only).
    @Test func anUnratedSkillIsAClaimBlankOrMissing() throws {
        let skills = SampleFiles.skills + "\n- name: Git\n  version: \"2.43\"\n  depth: 브랜치 전략과 리베이스로 이력 정리\n"
        let missing = try findings(["skills.yaml": skills], "skill.evidence")
        let blank = try findings(["skills.yaml": skills.replacingOccurrences(of: "- name: Git\n", with: "- name: Git\n  level:\n")], "skill.evidence")
        #expect(places(missing) == ["skills.yaml:6"] && places(blank) == ["skills.yaml:6"])
        #expect(missing.map(\.message.ko) == blank.map(\.message.ko))
        #expect(missing.first?.help.ko.contains("목록에서 빼거나") ?? false)
        let rated = try findings(["skills.yaml": skills.replacingOccurrences(of: "- name: Git\n", with: "- name: Git\n  level: 1\n")], "skill.evidence")
        #expect(rated.isEmpty, "level 1 is \"tried it\"")
        #expect(SkillEvidenceRule.description.summary.ko.contains("수준을 적지 않은 스킬까지"))
    }

    static func dataProject(source: String, body: String = "") -> String {
        "---\ntitle: 클릭 로그 분석\nteam: 1\nstack: [Apache Spark]\ndata:\n  source: \(source)\n---\n## 개요\n클릭 로그를 집계합니다.\n\(body)"
    }

    @Test func generatedDataIsASuggestion() throws {
        let found = try findings(["projects/sensor.md": Self.dataProject(source: "직접 만든 클릭 로그 생성기 (가상 데이터)")], "project.tutorial-data")
        #expect(places(found) == ["projects/sensor.md:6"])
        #expect(found.first?.severity == .suggestion)
        #expect(found.first?.help.ko.contains("공개 데이터") ?? false)
        let english = try findings(["projects/sensor.md": Self.dataProject(source: "Synthetic clickstream made with Faker")], "project.tutorial-data")
        #expect(places(english) == ["projects/sensor.md:6"])
    }

    @Test(arguments: [
        (Self.dataProject(source: "직접 만든 주문 이벤트 생성기", body: "초당 5만 건을 견디는지 보는 부하 테스트가 목적이라 데이터를 생성했습니다.\n"), "a reason in the text"),
        (Self.dataProject(source: "Generated order events for a load test of the Kafka cluster"), "a load test"),
        (Self.dataProject(source: "공개 데이터셋을 재생하는 로그 생성기"), "public data replayed"),
        (Self.dataProject(source: "업비트 API 가상화폐 체결 데이터"), "crypto is real data"),
        (Self.dataProject(source: "공개 쇼핑몰 주문 데이터 (Kaggle Olist)"), "public data"),
    ])
    func explainedOrRealDataIsNotFlagged(project: String, why: String) throws {
        let found = try findings(["projects/sensor.md": project], "project.tutorial-data")
        #expect(found.isEmpty, "\(why): \(found.map(\.message.ko))")
    }

    /// The trial's `Spark, Kafka 등` (a Korean "A, B, etc."): the skills it lists, told at its own line as an
    /// entry holding two skills, not one unknown name; the trailing 등 / 등등 / etc. is no skill.
    @Test(arguments: ["Spark, Kafka 등", "Spark, Kafka 등등", "Spark/Kafka 등", "Spark, Kafka etc.", "Spark, Kafka, etc.", "Spark, Kafka…"])
    func aListEndingInEtceteraIsItsSkills(entry: String) throws {
        let skills = SampleFiles.skills + "\n- name: \(entry)\n  level: 2\n"
        let line = skills.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(entry) }! + 1
        let found = try findings(["skills.yaml": skills], "skill.unknown")
        #expect(places(found) == ["skills.yaml:\(line)"], "\(found.map(\.message.ko))")
        #expect(found.first?.message.ko == "`\(entry)`: 한 항목에 스킬 2개(`Apache Spark`, `Apache Kafka`)가 들어 있습니다. 각각 버전과 깊이가 다르니 항목을 나눠 쓰세요.")
        #expect(found.first?.message.en == "`\(entry)` holds 2 skills (`Apache Spark`, `Apache Kafka`). Each has its own version and depth: write one entry per skill.")
        // Matching and the skill matrix count both skills the entry lists.
        var files = SampleFiles.workspace
        files["skills.yaml"] = skills
        let holdings = SkillHoldings(try TemporaryWorkspace(files).load())
        #expect(holdings.claimed.isSuperset(of: ["Apache Spark", "Apache Kafka"]))
        #expect(SkillCatalog.shared.components(of: entry)?.map(\.name) == ["Apache Spark", "Apache Kafka"])
    }

    /// The same list ending at the end of a project's stack: `[Spark, Docker 등]` is Spark and Docker.
    @Test(arguments: ["[Apache Spark, Docker 등]", "[Apache Spark, Docker, 등]", "[Apache Spark, Docker, etc.]", "Apache Spark, Docker 등"])
    func aStackEndingInEtceteraIsItsTools(stack: String) throws {
        let project = "---\ntitle: 센서 파이프라인\nteam: 1\nstack: \(stack)\n---\n## 개요\n공정 센서 로그를 적재합니다.\n"
        var files = SampleFiles.workspace
        files["projects/sensor.md"] = project
        let workspace = try TemporaryWorkspace(files).load()
        let sensor = try #require(workspace.projects.first { $0.id == "sensor" })
        #expect(sensor.stack.map(\.value) == ["Apache Spark", "Docker"])
        #expect(sensor.stack.last?.location.line == 4)
        let found = try findings(["projects/sensor.md": project], "project.stack-known")
        #expect(found.map(\.message.ko).allSatisfy { !$0.contains("등") }, "\(found.map(\.message.ko))")
        #expect(places(found) == ["projects/sensor.md:4"], "Docker is asked for in skills.yaml, at the stack's line")
    }

    @Test func anEtceteraIsNoSkillOnItsOwnNorInsideAName() {
        // Nothing but the list's ending, or a known name: unchanged.
        #expect(SkillCatalog.shared.components(of: "등") == nil)
        #expect(SkillCatalog.shared.components(of: "Apache Spark") == nil)
        // An unknown part still keeps the whole entry unread rather than guessed at.
        #expect(SkillCatalog.shared.components(of: "Spark, 사내 도구 등") == nil)
    }

    /// The trial's `Pub/Sub(level 3)를` and `Dataproc(level 3)를`: 펍섭, 데이터프록 close, so 을.
    @Test func aToolEndingInBOrCTakesTheClosedParticle() throws {
        let skills = "- name: Pub/Sub\n  level: 3\n- name: Dataproc\n  level: 3\n"
        let found = try findings(["skills.yaml": skills], "skill.evidence")
        #expect(places(found) == ["skills.yaml:1", "skills.yaml:3"])
        #expect(found.map(\.message.ko).allSatisfy { $0.contains("(level 3)을 쓴") }, "\(found.map(\.message.ko))")
        #expect(found.first?.message.ko.hasPrefix("Pub/Sub(level 3)을") == true)
    }
}

/// The init scaffold states the numbers the rules check, read from the rules themselves (a new
/// user's trial: the scaffold said "60자 이내" while `text.length` allows 100 columns, about 50 Hangul).
@Suite struct ScaffoldNumbersTests {
    func scaffold(_ lang: String, _ path: String) throws -> String {
        try String(contentsOf: RepositoryPaths.root.appendingPathComponent("Templates/init/\(lang)/\(path)"), encoding: .utf8)
    }

    @Test func theIntroRangeIsTheRules() throws {
        let ko = ProfileIntroLengthRule.units(.ko), en = ProfileIntroLengthRule.units(.en)
        #expect(ko == 220...410 && en == 100...190, "the ranges the trial user compared")
        let koYAML = try scaffold("ko", "folio.yaml"), enYAML = try scaffold("en", "folio.yaml")
        #expect(koYAML.contains("\(ProfileIntroLengthRule.secondsText)초") && koYAML.contains("\(ko.lowerBound)–\(ko.upperBound)음절"))
        #expect(enYAML.contains("\(Int(ProfileIntroLengthRule.shortest)) to \(Int(ProfileIntroLengthRule.longest)) seconds"))
        #expect(enYAML.contains("\(en.lowerBound) to \(en.upperBound) words"))
        let help = ProfileIntroLengthRule.description.help
        #expect(help.ko.contains("\(ko.lowerBound)–\(ko.upperBound)음절") && help.en.contains("\(en.lowerBound)–\(en.upperBound) English words"))
    }

    @Test func theLineWidthIsTheRules() throws {
        let limit = TextLengthRule.limit, hangul = TextLengthRule.hangulLimit
        let ko = try scaffold("ko", "projects/example-project.md"), en = try scaffold("en", "projects/example-project.md")
        #expect(ko.contains("폭 \(limit)칸(한글 약 \(hangul)자"), "\(ko)")
        #expect(en.contains("within \(limit) columns"), "\(en)")
        // No other line length is given: a second number would disagree with the rule.
        #expect(!ko.contains("60자") && !en.contains("90 characters"))
        #expect(TextLengthRule.description.help.ko.contains("\(limit)칸(한글 약 \(hangul)자)"))
    }
}
