import Foundation
import Testing
import FolioModel
import FolioMatch
import FolioTestSupport

/// What a first trial of `folio match` found read wrong: degrees spelt `B.Sc.`, internships taken for
/// 경력, certificates and language scores asked for in a posting.
@Suite struct MatchFidelityTests {
    static let today = YearMonth(year: 2026, month: 12)!

    /// The report's lines, Korean and English, for `profile` against `posting`.
    static func report(profile: String, posting: String) throws -> (ko: String, en: String) {
        var files = SampleFiles.workspace
        files["folio.yaml"] = profile
        let workspace = try TemporaryWorkspace(files).load()
        let report = PostingMatcher.match(Posting.parse(text: "데이터 엔지니어 채용\n" + posting, file: "postings/p.txt"), workspace, today: today)
        return (MatchTextReporter(language: .ko).report(report), MatchTextReporter(language: .en).report(report))
    }

    static func line(_ text: String, containing needle: String) -> String? {
        text.split(separator: "\n").map(String.init).first { $0.contains(needle) }
    }

    @Test(arguments: [
        ("B.Sc.", DegreeLevel.bachelor), ("BSc", .bachelor), ("B.S.", .bachelor), ("B.A.", .bachelor), ("B.Eng.", .bachelor),
        ("Bachelor of Science", .bachelor), ("학사", .bachelor), ("학사 학위", .bachelor), ("M.Sc.", .master), ("M.S.", .master),
        ("MSc", .master), ("MBA", .master), ("석사", .master), ("Ph.D.", .doctorate), ("PhD", .doctorate), ("박사", .doctorate),
        ("석박사 통합과정", .doctorate), ("전문학사", .associate), ("Associate of Arts", .associate),
    ])
    func degreeSpellings(text: String, level: DegreeLevel) {
        #expect(DegreeLevel(reading: text) == level)
    }

    @Test(arguments: ["연구 인턴", "basketball club", "청년 AI 아카데미", "한빛대학교"])
    func notADegree(text: String) {
        #expect(DegreeLevel(reading: text) == nil)
    }

    @Test func aBScAsImportWritesItMeetsABachelorsAsk() throws {
        let profile = SampleFiles.profile + "\neducation:\n  - school: University of Leeds\n    degree: \"B.Sc.\"\n    major: Computer Science\n"
        let report = try Self.report(profile: profile, posting: "[자격요건]\n- 컴퓨터공학 또는 관련 전공 학사 이상\n- Python 경험\n")
        let ko = try #require(Self.line(report.ko, containing: "학사 이상, 관련 전공"), "\(report.ko)")
        #expect(ko.contains("✓") && ko.contains("보여 줌: University of Leeds B.Sc. in Computer Science (folio.yaml 학력)"), "\(ko)")
        let en = try #require(Self.line(report.en, containing: "Bachelor's or above in a related field"), "\(report.en)")
        #expect(en.contains("✓") && en.contains("shown: University of Leeds B.Sc. in Computer Science (folio.yaml education)"), "\(en)")
        #expect(!report.ko.contains("학위가 보이지 않습니다") && !report.en.contains("No degree"))
    }

    @Test func aMasterAskIsNotMetByABachelorsButIsByAnMSc() throws {
        let posting = "[자격요건]\n- 통계학 석사 이상\n"
        let bachelor = try Self.report(profile: SampleFiles.profile + "\neducation:\n  - school: 한빛대학교\n    degree: 학사 학위\n    major: 통계학\n", posting: posting)
        #expect(Self.line(bachelor.ko, containing: "석사 이상")?.contains("! 석사 이상") == true, "\(bachelor.ko)")
        let master = try Self.report(profile: SampleFiles.profile + "\neducation:\n  - school: KAIST\n    degree: M.Sc.\n    major: Statistics\n", posting: posting)
        #expect(Self.line(master.en, containing: "Master's or above")?.contains("✓") == true, "\(master.en)")
    }

    @Test func anUnreadableDegreeIsNamedNotCalledMissing() throws {
        let profile = SampleFiles.profile + "\neducation:\n  - school: 한빛대학교\n    degree: Diplom-Ingenieur\n"
        let report = try Self.report(profile: profile, posting: "[자격요건]\n- 학사 이상\n")
        let ko = try #require(Self.line(report.ko, containing: "학사 이상"))
        #expect(ko.contains("degree 'Diplom-Ingenieur'에서 학위를 읽지 못했습니다 (folio.yaml:"), "\(ko)")
        let en = try #require(Self.line(report.en, containing: "Bachelor's degree or above"))
        #expect(en.contains("Could not read a degree from education's degree 'Diplom-Ingenieur'"), "\(en)")
        #expect(!en.contains("Add your school"))
    }

    static let internProfile = SampleFiles.profile + "\n  level: 신입\nexperience:\n  - organization: 주식회사 데이터\n    position: 데이터 엔지니어 인턴 (채용연계형)\n    period: 2025-03 – 2025-08\n    role: 주문 로그 적재 담당\n"

    @Test func anInternStillAppliesAsANewGraduate() throws {
        let report = try Self.report(profile: Self.internProfile, posting: "[자격요건]\n- 신입 또는 경력 3년 이하\n- Python 경험\n")
        let ko = try #require(Self.line(report.ko, containing: "신입 지원 가능"), "\(report.ko)")
        #expect(ko.contains("✓") && ko.contains("인턴 6개월은 경력으로 세지 않아 신입으로 지원할 수 있습니다"), "\(ko)")
        #expect(!ko.contains("경력으로 지원합니다"))
        let en = try #require(Self.line(report.en, containing: "Open to new graduates"), "\(report.en)")
        #expect(en.contains("✓") && en.contains("an internship (6 months) does not count as work experience"), "\(en)")
    }

    @Test func aJobBesideTheInternshipIsStillExperience() throws {
        let profile = Self.internProfile + "  - organization: 주식회사 물류\n    position: Data Engineer\n    period: 2023-01 – 2024-12\n"
        let report = try Self.report(profile: profile, posting: "[자격요건]\n- 신입 또는 경력 3년 이하\n")
        let ko = try #require(Self.line(report.ko, containing: "신입 지원 가능"), "\(report.ko)")
        #expect(ko.contains("~") && ko.contains("경력(experience)이 인턴을 빼고 2년(24개월)이라 신입이 아니라 경력으로 지원합니다"), "\(ko)")
        let en = try #require(Self.line(report.en, containing: "Open to new graduates"))
        #expect(en.contains("with 2 years (24 months) (internships not counted) of work"), "\(en)")
    }

    @Test(arguments: ["데이터 분석 인턴", "체험형 인턴", "Data Engineering Intern", "Summer Internship"])
    func internshipPositions(position: String) {
        var job = Experience(at: SourceLocation(file: "folio.yaml", line: 1))
        job.position = Located(position, at: SourceLocation(file: "folio.yaml", line: 2))
        #expect(job.isInternship)
    }

    @Test func anInternalToolsEngineerIsNoIntern() {
        var job = Experience(at: SourceLocation(file: "folio.yaml", line: 1))
        job.position = Located("Internal Tools Engineer", at: SourceLocation(file: "folio.yaml", line: 2))
        #expect(!job.isInternship)
    }

    static let certifiedProfile = SampleFiles.profile + """

        certifications:
          - name: SQLD
          - name: 정보처리기사
          - name: TOEIC 850
        """

    static let certificatePosting = "[자격요건]\n- SQLD 또는 정보처리기사 자격증 보유자\n[우대사항]\n- AWS 자격증 보유자\n- TOEIC 800점 이상\n- TOEIC 900점 이상\n"

    @Test func certificatesAskedAreMatchedAgainstCertifications() throws {
        var files = SampleFiles.workspace
        files["folio.yaml"] = Self.certifiedProfile
        files["projects/clicklog-pipeline.md"] = "---\ntitle: 클릭 로그\nteam: 1\nstack: [AWS, Apache Spark]\n---\n## 개요\nAWS S3의 로그를 집계했습니다.\n"
        let workspace = try TemporaryWorkspace(files).load()
        let posting = Posting.parse(text: "데이터 엔지니어\n" + Self.certificatePosting, file: "postings/p.txt")
        let report = PostingMatcher.match(posting, workspace, today: Self.today)
        // A certificate ask is no skill ask and no cloud ask: using AWS in a project does not meet it.
        #expect(!report.requirements.contains { $0.requirement.skills.contains("AWS") }, "\(report.requirements.map(\.requirement.skills))")
        #expect(!report.conditions.contains { $0.condition.topic == .cloud })
        let ko = MatchTextReporter(language: .ko).report(report), en = MatchTextReporter(language: .en).report(report)
        #expect(Self.line(ko, containing: "SQLD 또는 정보처리기사 자격증")?.contains("✓ SQLD 또는 정보처리기사 자격증 [필수, 줄 3] — 보여 줌: SQLD, 정보처리기사 (folio.yaml 자격증)") == true, "\(ko)")
        #expect(Self.line(ko, containing: "AWS 자격증")?.contains("! AWS 자격증 [우대, 줄 5] — 준비 필요: AWS 자격증이 없습니다. certifications에는 SQLD, 정보처리기사, TOEIC 850만 있습니다") == true, "\(ko)")
        #expect(Self.line(en, containing: "AWS certification")?.contains("to address: No AWS certification.") == true, "\(en)")
        #expect(Self.line(ko, containing: "TOEIC 800점 이상")?.contains("✓ TOEIC 800점 이상 [우대, 줄 6] — 보여 줌: TOEIC 850") == true, "\(ko)")
        #expect(Self.line(en, containing: "TOEIC 900 or above")?.contains("! TOEIC 900 or above [Preferred, line 7] — to address: TOEIC 850; the posting asks for TOEIC 900 or above.") == true, "\(en)")
    }

    @Test func aCertificateOfTheSkillMeetsTheAsk() throws {
        let profile = SampleFiles.profile + "\ncertifications:\n  - name: AWS Certified Solutions Architect – Associate\n"
        let report = try Self.report(profile: profile, posting: "[우대사항]\n- AWS 자격증 보유자\n")
        #expect(Self.line(report.ko, containing: "AWS 자격증")?.contains("✓") == true, "\(report.ko)")
        #expect(Self.line(report.en, containing: "AWS certification")?.contains("shown: AWS Certified Solutions Architect – Associate (folio.yaml certifications)") == true, "\(report.en)")
    }

    @Test func languageLevelsRankByTheTestsGrades() throws {
        let profile = SampleFiles.profile + "\nlanguages:\n  - language: 영어\n    test: OPIc\n    score: IM2\n"
        let report = try Self.report(profile: profile, posting: "[우대사항]\n- OPIc IH 이상\n- OPIc IM1 이상\n")
        #expect(Self.line(report.ko, containing: "OPIc IH 이상")?.contains("! OPIc IH 이상") == true, "\(report.ko)")
        #expect(Self.line(report.en, containing: "OPIc IM1 or above")?.contains("✓ OPIc IM1 or above") == true, "\(report.en)")
    }

    @Test func aCloudAskIsStillACloudAsk() {
        let posting = Posting.parse(text: "데이터 엔지니어\n[자격요건]\n- AWS 또는 GCP 환경 경험\n", file: "p.txt")
        #expect(posting.conditions.contains { $0.topic == .cloud })
        #expect(!posting.conditions.contains { $0.topic == .certificate })
        #expect(posting.requirements.contains { $0.skills.contains("AWS") })
    }
}

