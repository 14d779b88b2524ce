import Testing
import FolioModel

/// The text layer, part by part, in Korean and English: what a reviewer counts as a measured
/// result, a vague claim, a section heading and a reason.
@Suite struct MeasurementTests {
    func kinds(_ text: String) -> [Measurement.Kind] {
        Measurement.scan(text).measurements.map(\.kind)
    }

    @Test(arguments: [
        ("불량 리포트 생성 6시간 → 20분", [Measurement.Kind.duration, .duration]),
        ("하루 1,200만 행, 약 8 GB", [.count, .dataSize]),
        ("전환율 35%p 감소", [.percentage]),
        ("처리 속도 3배", [.multiplier]),
        ("p95 지연 200ms", [.duration]),
        ("AUC 0.91", [.metric]),
        ("F1 0.82에서 0.88로", [.metric, .plain]),
        ("월 300만 원 절감", [.money]),
        ("$1,200 saved a month", [.money]),
        ("5,000 TPS", [.rate]),
        ("50k events a day", [.count]),
        ("2x faster", [.multiplier]),
        ("한 달 동안 99.9%", [.duration, .percentage]),
        ("4주간 실패 0회", [.duration, .count]),
        ("1.2억 건", [.count]),
        ("3~5분", [.duration, .duration]),
        ("runtime from 6 h to 20 min", [.duration, .duration]),
    ])
    func readsWhatTheNumberCounts(text: String, expected: [Measurement.Kind]) {
        #expect(kinds(text) == expected, "\(text): \(Measurement.scan(text).measurements)")
    }

    @Test(arguments: [
        "k8s 위에 배포를 자동화", "S3에 적재", "EC2 인스턴스", "Python3로 작성", "log4j2 취약점", "Spark 3.5에서 문제가 해결",
        "Airflow 2로 이전", "2024년에 시작", "2024-07부터", "팀원 4명과 함께", "1인 프로젝트", "리포트 파이프라인 1개를 완성",
        "v1.4 배포", "3번째 시도", "2년차", "1분기", "7월 3일", "Java 17", "5명 중 데이터 엔지니어 2명",
    ])
    func numbersThatAreNotResults(text: String) {
        #expect(!Measurement.scan(text).hasResult, "\(text): \(Measurement.scan(text).measurements)")
    }

    @Test(arguments: [
        "집계 시간 40분 → 12분", "6시간에서 20분으로", "from 6 h to 20 min", "에러 12 → 0건", "Runtime: 52 min → 9 min",
        "비용 30% 절감", "중복 0건", "3배 빨라짐", "하루 500만 건 처리", "사용자 2만 명", "지연 2초 이내",
    ])
    func resultsAreFound(text: String) {
        #expect(Measurement.scan(text).hasResult, "\(text): \(Measurement.scan(text).measurements)")
    }

    @Test func beforeAndAfterPairsAreChanges() {
        for text in ["6시간 → 20분", "6시간에서 20분으로", "from 6 h to 20 min", "12 -> 0건"] {
            #expect(Measurement.scan(text).changes.count == 1, "\(text)")
        }
        #expect(Measurement.scan("2024-09 – 2024-11").changes.isEmpty)
    }

    /// New-user trial: "2년간 백엔드 개발자로 일하며" was asked "how did you measure it?".
    @Test(arguments: [
        "저는 커머스 회사에서 2년간 백엔드 개발자로 일하며 주문과 정산 데이터를 다뤘습니다.",
        "경력 3년의 데이터 엔지니어입니다.",
        "6개월간 부트캠프에서 공부하며 파이프라인을 만들었습니다.",
        "I worked 2 years as a backend developer.",
    ])
    func aTenureIsNoResult(text: String) {
        let scan = Measurement.scan(text)
        #expect(scan.measurements.contains { $0.kind == .tenure }, "\(scan.measurements)")
        #expect(!scan.hasResult, "\(text)")
    }

    @Test func aJobRunsDurationStaysAResult() {
        // The change of a job's run time is a result; so is a period a result held, without work words.
        #expect(Measurement.scan("2년간 일한 회사에서 집계 시간을 40분에서 6분으로 줄였습니다.").changes.count == 1)
        #expect(Measurement.scan("2년간 일한 회사에서 집계 시간을 40분에서 6분으로 줄였습니다.").results.map(\.unit) == ["분", "분"])
        #expect(Measurement.scan("6개월간 장애 없이 운영했습니다.").measurements.map(\.kind) == [.duration])
    }

    @Test func volumeNeedsASizeOrACount() {
        #expect(!Measurement.scan("1개").measurements.contains { $0.isVolume })
        #expect(Measurement.scan("하루 1,200만 행").measurements.contains { $0.isVolume })
        #expect(Measurement.scan("약 8 GB").measurements.contains { $0.isVolume })
        #expect(Measurement.scan("2M rows per day").measurements.contains { $0.isVolume })
    }
}

@Suite struct ClaimTests {
    @Test(arguments: [
        "대용량 데이터를 처리하는 1인 파이프라인으로 성능을 개선했습니다.",
        "대량의 데이터를 효율적으로 처리하고 속도를 크게 향상시켰으며",
        "k8s 위에 배포를 자동화해 안정성을 높였습니다",
        "Improved the performance of the nightly batch.",
        "Built a robust, large-scale pipeline.",
        "열정과 성실함으로 최선을 다하는 신입입니다.",
        "I am a passionate and hard-working engineer.",
        "방대한 로그를 다뤘습니다",
    ])
    func vagueClaimsAreFound(text: String) {
        #expect(!Claim.vague(in: text).isEmpty, "\(text): \(Claim.claims(in: text))")
    }

    @Test(arguments: [
        "하루 100만 행의 대용량 주문 데이터를 적재",
        "집계 시간을 40분에서 12분으로 개선",
        "배포를 자동화해 4주간 장애 0건으로 안정성을 높였습니다",
        "Improved p95 latency from 800 ms to 120 ms.",
        "신입 빅데이터 엔지니어",
        "청년 AI Big Data 아카데미 수료",
        "비효율적인 쿼리를 찾았습니다",
        "개선할 점: 알림 채널 분리",
        "대시보드 개선안을 제안",
        "5 TB of large-scale clickstream data",
    ])
    func measuredOrNoClaim(text: String) {
        #expect(Claim.vague(in: text).isEmpty, "\(text): \(Claim.claims(in: text))")
    }

    /// Success claimed without what it achieved (seed 000 §1.1 "정확한 단어선택"; §1.3 "기간 내에
    /// 결과물을 내는"): "성공적으로 완료했습니다" tells a reviewer nothing until a result says what changed.
    @Test(arguments: [
        "성공적으로 프로젝트를 완료했습니다.",
        "2024년 6월 말 성공적으로 도입을 완료했습니다.",
        "프로젝트를 성공리에 마쳤고 좋은 성과를 거두었습니다.",
        "팀원 4명과 함께 성공적인 런칭을 이끌었습니다.",
        "The migration to dbt was completed successfully.",
        "Successfully delivered the new pipeline in Spark 3.5.",
        "The launch was a great success.",
        // A figure in the next sentence that does not say it is the result answers nothing.
        "성공적으로 프로젝트를 완료했습니다. 팀은 4명이었고 기간은 2024년 3월부터 6월까지였습니다.",
        "성공적으로 도입을 완료했습니다. 다음 분기에는 지연을 15분에서 1분으로 줄이는 것이 목표입니다.",
    ])
    func successWithoutAResultIsVague(text: String) {
        let claims = Claim.vague(in: text)
        #expect(claims.contains { $0.kind == .achievement }, "\(text): \(Claim.claims(in: text))")
    }

    @Test(arguments: [
        "전환을 성공적으로 마쳐 배송 상태 반영 지연이 15분에서 40초로 줄었습니다.",
        "테이블 38개를 성공적으로 이관했고 첫 달 유실 0건이었습니다.",
        "We cut over all 38 ledger tables successfully, with 0 lost events in the first month.",
        "Successfully migrated 1.2 TB of order history with zero downtime in 40 minutes.",
        "결제 성공률을 91%에서 97%로 올렸습니다.",
        "첫 배포는 성공적이지 못했습니다.",
        "The first rollout was unsuccessful.",
        // The result in the next sentence, introduced as the result.
        "주간 리포트 자동화를 성공적으로 완료했습니다. 그 결과 주간 리포트 작성이 4시간에서 10분으로 줄었습니다.",
        "The migration was completed successfully. As a result, the nightly job went from 52 minutes to 9 minutes.",
    ])
    func successWithAResultIsNot(text: String) {
        #expect(Claim.vague(in: text).isEmpty, "\(text): \(Claim.claims(in: text))")
    }

    @Test func anUnrelatedNumberOnTheLineDoesNotQualifyASizeClaim() {
        let claims = Claim.vague(in: "대용량 데이터를 처리하는 1인 파이프라인으로 성능을 개선했습니다.")
        #expect(claims.map(\.kind).contains(.size))
        #expect(claims.map(\.kind).contains(.improvement))
        // A size in another clause of the same sentence does not say how large this data is.
        let other = Claim.vague(in: "대용량 로그를 처리하고, 배치 시간을 2시간에서 20분으로 줄였습니다")
        #expect(other.map(\.kind) == [.size])
    }

    @Test func clausesSplitAtConnectiveEndings() {
        let text = Array("대량의 데이터를 효율적으로 처리하고 속도를 크게 향상시켰으며 비용은 30% 줄였다.".unicodeScalars)
        #expect(Clauses.clauses(text).count == 3)
        #expect(Clauses.sentences(text).count == 1)
        #expect(Clauses.sentences(Array("Spark 3.5. 그리고 끝.".unicodeScalars)).count == 2)
    }

    /// The copula's endings after a noun, a choice and a cause end a clause too, so a size in the next
    /// clause does not qualify a size claim in this one.
    @Test(arguments: [
        ("대용량 로그 파이프라인이며 배치 시간은 2시간에서 20분으로 줄였다.", ["대용량 로그 파이프라인이며", "배치 시간은 2시간에서 20분으로 줄였다."]),
        ("원본은 HDFS이고 집계는 PostgreSQL 15에 둔다.", ["원본은 HDFS이고", "집계는 PostgreSQL 15에 둔다."]),
        ("매일 도는 배치 잡인데 3일 연속 실패했다.", ["매일 도는 배치 잡인데", "3일 연속 실패했다."]),
        ("집계가 1분 단위여서 순서는 상관없다.", ["집계가 1분 단위여서", "순서는 상관없다."]),
        ("실패한 날짜를 재처리하거나 건너뛴다.", ["실패한 날짜를 재처리하거나", "건너뛴다."]),
        ("파일이 늘어서 목록 조회가 느려졌다.", ["파일이 늘어서", "목록 조회가 느려졌다."]),
    ])
    func clausesSplitAfterCopulaChoiceAndCauseEndings(text: String, expected: [String]) {
        let scalars = Array(text.unicodeScalars)
        let clauses = Clauses.clauses(scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(clauses == expected)
        #expect(Clauses.sentences(scalars).count == 1)
    }

    @Test func aSizeInTheNextClauseAfterIMyeoDoesNotQualifyTheClaim() {
        // Before `이며` ended a clause, the 1,200만 행 of the next clause answered "how large?".
        let split = Claim.claims(in: "대용량 로그를 모으는 파이프라인이며 원본 1,200만 행은 HDFS에 둡니다.")
        #expect(split.filter { $0.kind == .size }.map(\.isQualified) == [false])
        let same = Claim.claims(in: "하루 1,200만 행의 대용량 로그를 모으는 파이프라인이며 원본은 HDFS에 둡니다.")
        #expect(same.filter { $0.kind == .size }.map(\.isQualified) == [true])
    }
}

@Suite struct HeadingTests {
    @Test(arguments: [
        ("원인 분석", SectionKind.cause), ("원인 파악", .cause), ("근본 원인", .cause), ("해결 방안", .action),
        ("조치 내용", .action), ("결과 및 성과", .result), ("결과와 배운 점", .result), ("고려한 대안", .alternatives),
        ("Root Cause Analysis", .cause), ("What I did", .action), ("문제 해결 과정", .action), ("상황 / Situation", .situation),
        ("배운 점", .lesson), ("Lessons learned", .lesson), ("Options considered", .alternatives), ("협업과 갈등", .collaboration),
        ("나의 역할", .role), ("장애 상황", .situation), ("Outcome", .result), ("프로젝트 개요", .overview),
    ])
    func recognisesHeadingsAsPeopleWriteThem(heading: String, kind: SectionKind) {
        #expect(SectionKind(heading: heading) == kind, "\(heading): \(SectionKind.kinds(heading: heading))")
    }

    @Test func aCombinedHeadingIsBothSections() {
        #expect(Set(SectionKind.kinds(heading: "결과와 배운 점")) == [.result, .lesson])
        #expect(SectionKind(heading: "참고 링크") == .other)
    }
}

@Suite struct AlternativesTests {
    @Test(arguments: [
        (["A: 확실하지만 며칠 걸림", "B: 빠르지만 중복 위험"], [String]()),
        (["executor 메모리 증설 — too slow to matter", "salting the key"], []),
        (["메모리 증설", "salt 키로 2단계 집계"], ["메모리는 쏠림이 커지면 다시 터질 수 있어 두 번째를 먼저 적용했습니다."]),
        (["Bump memory", "Salt the key"], ["We went with the second, because more memory only delays the next failure."]),
        // A consequence of an option with a contracted causal ending (-어져서, -려서, 돼서).
        (["요청 사이에 sleep 넣기", "pool로 동시 실행 수 제한", "429 응답에 재시도"],
         ["sleep만 넣으면 전체 시간이 너무 길어져서 pool로 동시 실행을 줄이고, 그래도 429가 나면 재시도하도록 했습니다."]),
        (["요청 사이에 sleep 넣기", "pool로 동시 실행 수 제한", "429 응답에 재시도"],
         ["sleep만 넣으면 전체 시간이 너무 길어지기 때문에 pool과 재시도를 쓰기로 했습니다."]),
        (["파티션 늘리기", "컨슈머 늘리기"], ["파티션을 늘려서 재배치가 일어나면 순서가 깨지니 컨슈머를 늘렸습니다."]),
        (["Bump memory", "Salt the key"], ["More memory would only delay the next failure, so we salted the key."]),
        (["파티션 재구성", "브로드캐스트 조인"], ["데이터가 작아서 브로드캐스트 조인으로 정했습니다."]),
        ([], ["처음에는 메모리를 늘리는 방법과 키를 나누는 방법을 비교했는데, 메모리는 다시 터질 수 있어 키를 나눴습니다."]),
    ])
    func reasonsAreFound(items: [String], prose: [String]) {
        let alternatives = Alternatives(items: items, prose: prose)
        #expect(alternatives.optionCount >= 2)
        #expect(alternatives.givesReason, "\(items) \(prose)")
    }

    /// A choice alone, or a consideration without its consequence, names no cost: a reviewer still asks why.
    @Test(arguments: [
        ["두 번째를 먼저 적용했습니다."],
        ["We went with the second."],
        ["전체 시간을 고려해 pool과 재시도를 선택했습니다."],
        ["전체 시간을 고려해서 pool과 재시도를 선택했습니다."],
        ["Considering the total time, we chose the pool and retries."],
        ["staging에서 먼저 적용하고 나서 운영에 반영했습니다."],
    ])
    func aChoiceWithoutItsConsequenceIsNoReason(prose: [String]) {
        let alternatives = Alternatives(items: ["요청 사이에 sleep 넣기", "pool로 동시 실행 수 제한", "429 응답에 재시도"], prose: prose)
        #expect(alternatives.optionCount == 3)
        #expect(!alternatives.givesReason, "\(prose)")
    }

    @Test func aDecisionTreeIsNoChoice() {
        let alternatives = Alternatives(items: ["결정 트리 모델", "로지스틱 회귀"], prose: [])
        #expect(!alternatives.givesReason)
        #expect(!Alternatives(items: ["메모리 증설", "키 분할"], prose: []).givesReason)
    }
}

@Suite struct SpokenNumberTests {
    @Test func numbersWrittenAsWordsAreMeasured() {
        #expect(Measurement.scan("집계 시간을 삼십 분에서 이 분으로 줄였습니다").changes.count == 1)
        #expect(Measurement.scan("하루 백만 행의 주문 데이터").hasResult)
        #expect(!Measurement.scan("이 분이 담당했습니다").hasResult)
        #expect(!Measurement.scan("일일 배치를 돌렸습니다").hasResult)
        #expect(!Measurement.scan("사회 공헌 활동").hasResult)
    }
}

@Suite struct MeaningTests {
    let reader = MeaningReader.shared

    @Test func wordsOfOneMeaningShareASense() {
        #expect(reader.senses(in: "재처리와 중복 적재").contains("delivery"))
        #expect(reader.senses(in: "upsert by event ID made every replay idempotent").contains("delivery"))
        #expect(reader.senses(in: "지연이 넘으면 알림이 가게 했습니다").isSuperset(of: ["monitoring", "latency"]))
    }

    @Test func latinWordsStartAWordAndShortOnesEndOne() {
        #expect(!reader.senses(in: "Slack으로 보냈습니다").contains("sla"))  // `sla` is not the start of `slack`
        #expect(reader.senses(in: "define an SLA") == ["sla"])  // a promise, not its monitoring
        #expect(reader.senses(in: "three worker nodes").contains("cluster"))  // a plural
        #expect(!reader.senses(in: "add a corrected column later").contains("latency"))  // `late` is not `later`
        #expect(!reader.senses(in: "a business process").contains("server"))
    }

    @Test func skillsShowSensesThroughTheCatalog() {
        // Linux shows server engineering; Kafka and Kubernetes are open source; Tableau is not.
        let linux = reader.sentence("systemd 서비스 등록, cron 설정", skills: ["Linux"])
        #expect(linux.senses.isSuperset(of: ["server"]))
        #expect((linux.strength["server"] ?? 0) >= 3)
        #expect(reader.sentence("k3s 3노드에 Strimzi Kafka와 Spark 배포", skills: ["Kubernetes", "Apache Kafka"]).senses.isSuperset(of: ["openSource", "adoption"]))
        #expect(!reader.sentence("대시보드 작성", skills: ["Tableau"]).senses.contains("openSource"))
        #expect(SkillCatalog.shared.lookup("Apache Kafka")?.isOpenSource == true)
        #expect(SkillCatalog.shared.lookup("Oracle Database")?.isOpenSource == false)
        #expect(SkillCatalog.shared.lookup("Google BigQuery")?.isOpenSource == false)
        // A degree's implied skill shows fundamentals.
        #expect(reader.sentence("정보컴퓨터공학부", skills: ["CS Fundamentals"]).senses.contains("fundamentals"))
    }

    @Test func aMeasuredVolumeSpeaksOfScale() {
        #expect(reader.sentence("하루 약 1.2억 건 (약 40 GB)", skills: []).senses.contains("scale"))
        #expect(!reader.sentence("86곳 중 12곳이 늦게 올렸습니다", skills: []).senses.contains("scale"))
    }

    @Test func theSentenceStatingMoreOfTheQuestionScoresHigher() {
        let question = reader.question("일반 서버 엔지니어링 기본기", skills: [])
        let linux = reader.sentence("systemd 서비스 등록, cron과 logrotate 설정, 디스크 점검 스크립트 작성", skills: ["Linux"], about: ["depth"])
        let retention = reader.sentence("Strimzi 설정에서 브로커 디스크 보존을 3일로 맞췄습니다.", skills: [])
        #expect(reader.score(linux, for: question) > reader.score(retention, for: question))
        // A sense every sentence states weighs less than one a single sentence states.
        let sentences = ["수집 파이프라인", "수집 배치", "수집과 트랜잭션"].map { reader.sentence($0, skills: []) }
        let rarity = MeaningReader.rarity(of: sentences)
        #expect((rarity["collection"] ?? 0) < (rarity["transaction"] ?? 0))
        #expect(rarity["collection"] == 1)
        // The question's own sense words are counted once, as senses, not again as shared words.
        #expect(reader.question("How would you collect and load it?", skills: []).stems.isDisjoint(with: ["collect", "load"]))
    }
}

@Suite struct ChosenOptionTests {
    let options = ["A. 적재 후 중복 제거 SQL을 매일 따로 실행", "B. 날짜 단위 DELETE 후 INSERT를 한 트랜잭션으로", "C. dbt incremental `unique_key`로 upsert"]

    @Test func labelsBeforeTheKoreanChoiceWord() {
        #expect(Alternatives.chosen(options, by: "그래서 staging에는 B, mart에는 C를 선택해 멱등하게 만들었습니다.") == Array(options[1...]))
        #expect(Alternatives.chosen(options, by: "A 대신 B를 선택했습니다.") == [options[1]])
    }

    @Test func theLabelAfterTheEnglishChoiceWord() {
        #expect(Alternatives.chosen(options, by: "I chose B because it addressed the cause in a day, and opened a ticket for C.") == [options[1]])
        // The article `a` is no label A.
        #expect(Alternatives.chosen(options, by: "After a week we went with C.") == [options[2]])
        #expect(Alternatives.chosen(options, by: "We chose C rather than A.") == [options[2]])
    }

    @Test func noChoiceWordNoChoice() {
        #expect(Alternatives.chosen(options, by: "B는 파티션 수가 상한이라 효과가 없었습니다.").isEmpty)
        #expect(Alternatives.label(of: "B) 트리거 간격 늘리기") == "B")
        #expect(Alternatives.label(of: "Airflow 2.8 업그레이드") == nil)
    }
}

/// Options labelled by a noun (`대안 1:`, `방법 A)`, `Option 2 -`, `B안:`) and a section that lists them
/// under another heading (`## 해결 방법`): read as the story's alternatives.
@Suite struct OptionsInsideTests {
    @Test(arguments: [
        ("대안 1: Spark 설정을 키운다", "대안 1"), ("**대안 2**: flush.size를 늘린다", "대안 2"), ("방법 A) 메모리 증설", "방법 A"),
        ("Option 2 - raise flush.size", "Option 2"), ("Plan B: compact hourly", "Plan B"), ("B안: 날짜 단위 DELETE", "B안"),
        ("A. 메모리 증설", "A"), ("2) 재시도", "2"),
    ])
    func aLabelIsReadWithItsNoun(item: String, label: String) {
        #expect(Alternatives.label(of: item) == label)
    }

    @Test(arguments: ["방법 2가지를 비교했다", "방법: 메모리를 늘린다", "optional: 재시도", "Planning took a week", "1단계: 설정 변경", "a. 소문자"])
    func aWordThatIsNoLabel(item: String) {
        #expect(Alternatives.label(of: item) == nil, "\(item)")
    }

    @Test func aNounLabelIsChosenAsTheSentenceNamesIt() {
        let options = ["대안 1: Spark에서 maxPartitionBytes를 키운다", "대안 2: S3 sink의 flush.size를 늘린다"]
        #expect(Alternatives.chosen(options, by: "원인을 없애는 대안 2를 선택했습니다.") == [options[1]])
        #expect(Alternatives.chosen(options, by: "대안 1 대신 대안2를 골랐습니다.") == [options[1]])
        #expect(Alternatives.chosen(options, by: "대안 1은 읽는 쪽마다 설정이 필요합니다.").isEmpty)
        let english = ["Option 1: raise maxPartitionBytes", "Option 2: raise flush.size"]
        #expect(Alternatives.chosen(english, by: "I chose option 2 because it removes the cause.") == [english[1]])
        #expect(Alternatives.chosen(english, by: "We went with Option 2 rather than option 1.") == [english[1]])
        #expect(Alternatives.mentions(english[0], in: "Option 1 would leave every reader to tune it."))
        #expect(!Alternatives.mentions(english[0], in: "Option 12 was not tried."))
        #expect(Alternatives.withoutLabel(options[1]) == "S3 sink의 flush.size를 늘린다")
    }

    static let story = """
        ## 해결 방법
        - 대안 1: Spark에서 maxPartitionBytes를 키워 읽기 태스크 수를 줄인다
        - 대안 2: S3 sink의 flush.size를 늘려 파일 자체를 크게 만든다

        대안 1은 파일을 여는 비용이 남습니다. 원인을 없애는
        대안 2를 선택했습니다. flush.size를 1,000에서 50,000으로 늘렸습니다.
        ## 결과
        - 파일 수 18만 개 → 1,400개
        """

    @Test func aFixSectionThatListsOptionsIsAlsoTheAlternatives() throws {
        let body = MarkdownBody.parse(Self.story, file: "s.md", firstLine: 7)
        let section = try #require(body.section(.alternatives))
        #expect(section.heading.value == "해결 방법" && section.kind == .action && section.listsOptionsInside)
        #expect(section.heading.location.line == 7)
        #expect(section.options.map(\.location.line) == [8, 9])
        // The reason and the choice (a sentence wrapped over two lines is read whole), not what was done.
        #expect(section.optionProse == ["대안 1은 파일을 여는 비용이 남습니다.", "원인을 없애는 대안 2를 선택했습니다."])
        #expect(section.chosenOptions == [section.options[1].value])
        #expect(!section.weighsOptions("flush.size를 1,000에서 50,000으로 늘렸습니다."))
        #expect(body.section(.result)?.listsOptionsInside == false)
    }

    @Test(arguments: [
        "## 해결\n- 설정을 바꿨다\n- 재시작했다\n",
        "## 해결\n1. 설정 변경\n2. 재시작\n",
        "## 해결\n- 대안 1: 하나뿐인 방법\n",
        "## 해결\n- 1단계: 설정 변경\n- 2단계: 재시작\n",
    ])
    func stepsOrOneOptionAreNoAlternatives(text: String) {
        #expect(MarkdownBody.parse(text, file: "s.md", firstLine: 1).section(.alternatives) == nil, "\(text)")
    }

    @Test func aHeadedAlternativesSectionReadsAsBefore() throws {
        let body = MarkdownBody.parse("## 검토한 방법\n- 메모리 증설\n- 키 분할\n쏠림이 커지면 다시 실패하므로 두 번째를 택했습니다.\n", file: "s.md", firstLine: 1)
        let section = try #require(body.section(.alternatives))
        #expect(!section.listsOptionsInside)
        #expect(section.options.map(\.value) == ["메모리 증설", "키 분할"])
        #expect(section.optionProse == ["쏠림이 커지면 다시 실패하므로 두 번째를 택했습니다."])
        #expect(Alternatives(items: section.options.map(\.value), prose: section.optionProse).givesReason)
    }
}

@Suite struct OwnPartTests {
    @Test(arguments: [
        "우리 팀은 집계 시간을 40분에서 12분으로 줄였습니다.",
        "저희는 판매자 ID에 salt를 붙였습니다.",
        "Our team cut the batch from 6 h to 20 min.",
        "We moved the jobs to Airflow.",
    ])
    func theTeamAloneIsNoOwnPart(text: String) {
        #expect(OwnPart.teamWithoutOwnPart(text), "\(text)")
    }

    @Test(arguments: [
        "우리 팀은 집계를 맡았고, 제가 salt를 붙여 40분을 12분으로 줄였습니다.",
        "팀이 나눠 맡은 일 중 수집을 직접 설계했습니다.",
        "Our team moved to Airflow; my part was the DAG tests.",
        "저는 판매자 ID에 salt를 붙였습니다.",
        // No team named: nothing to tell apart.
        "판매자 ID에 salt를 붙여 40분을 12분으로 줄였습니다.",
        // `weekly` starts with "we" but names no one.
        "weekly reports ran 3 h faster",
        // Another team, named by its function, is not the writer's team (new-user trial).
        "매일 아침 운영팀이 엑셀로 매출을 다시 집계하는 것을 보며, 데이터가 중요하다고 느꼈습니다.",
        "상품기획팀은 매출 리포트를 매주 받았습니다.",
    ])
    func ownPartOrNoTeam(text: String) {
        #expect(!OwnPart.teamWithoutOwnPart(text), "\(text)")
    }

    @Test func whoActsInAClause() {
        #expect(OwnPart.actor(of: "매일 아침 운영팀이 엑셀로 매출을 다시 집계하는 것을 보며,") == .other)
        #expect(OwnPart.actor(of: "The ops team rebuilt the numbers in Excel") == .other)
        #expect(OwnPart.actor(of: "analysts kept their numbers in Excel") == .other)
        #expect(OwnPart.actor(of: "저는 엑셀 VBA로 정산 검증을 자동화했습니다") == .writer)
        #expect(OwnPart.actor(of: "I moved the report off Excel") == .writer)
        #expect(OwnPart.actor(of: "팀에서 Airflow로 배치를 옮겼습니다") == .team)
        #expect(OwnPart.actor(of: "저희팀이 Airflow로 배치를 옮겼습니다") == .team)
        #expect(OwnPart.isWriters("Our data team moved the jobs to Airflow"))
        // Korean drops the subject: the writer's own action.
        #expect(OwnPart.actor(of: "퇴근 후에는 Airflow로 파이프라인을 만들며") == .unnamed)
        #expect(OwnPart.isWriters("퇴근 후에는 Airflow로 파이프라인을 만들며"))
        #expect(!OwnPart.isWriters("현업 담당자가 엑셀로 받아 보던 리포트"))
    }

    @Test func causesAreStatedInBothLanguages() {
        #expect(Causes.isGiven(in: "판매자 하나에 주문이 몰린 것이 원인이었습니다"))
        #expect(Causes.isGiven(in: "It failed because one seller held half the orders."))
        #expect(!Causes.isGiven(in: "salt를 붙여 해결했습니다."))
        #expect(!Causes.isGiven(in: "We fixed it with a salted key."))
    }
}

/// The cause section's sentence that states the cause, not the diagnostic step before it
/// (new-user trial: the page showed "Spark UI에서 확인해 보니 …" as 원인).
@Suite struct CausesTests {
    @Test func theCauseNotTheDiagnosis() {
        let korean = [
            "Spark UI에서 확인해 보니 읽기 스테이지의 태스크 수가 6만 개가 넘었습니다.",
            "수집 태스크가 API 페이지마다 JSON 파일을 하나씩 S3에 쓰고 있어서, 두 달 동안 약 9,000개의 작은 파일이 쌓였습니다.",
        ]
        #expect(Causes.statement(among: korean) == korean[1])
        let english = ["We looked at the query plan first.", "The join key was skewed because 40 % of orders had no region."]
        #expect(Causes.statement(among: english) == english[1])
        // A diagnosis that names the cause is the cause when nothing else does.
        let only = ["로그를 확인해 보니 파티션 키가 한쪽에 몰려 있었기 때문이었습니다.", "그래서 재시도가 반복되었습니다."]
        #expect(Causes.statement(among: only) == only[0])
        #expect(Causes.statement(among: ["원인은 타임존 변환 누락이었습니다."]) == "원인은 타임존 변환 누락이었습니다.")
        #expect(Causes.statement(among: []) == nil)
    }

    /// What a screen or a log showed is how the cause was found (Korean example: the page showed
    /// "Spark UI의 스테이지 화면에서 … 6.1 GB였고" as 원인): the statement is the sentence after it.
    @Test func anObservationIsNotTheCause() {
        let korean = [
            "Spark UI의 스테이지 화면에서 셔플 태스크 200개 중 1개만 셔플 읽기가 6.1 GB였고 나머지는 40 MB 안팎이었습니다.",
            "센서 하나의 행이 10배로 늘어 해시 파티셔닝이 같은 키를 한 파티션에 몰아넣어 executor 메모리(4 GB)를 넘겼습니다.",
        ]
        #expect(Causes.statement(among: korean) == korean[1])
        let logs = ["워커 로그에서 커넥션 타임아웃이 분당 40건 찍혔습니다.", "API 서버가 동시 요청을 10개로 제한하고 있었습니다."]
        #expect(Causes.statement(among: logs) == logs[1])
        let english = [
            "kubectl describe showed the pods were OOMKilled.",
            "The task image had no memory request or limit, so the scheduler packed it onto busy nodes.",
        ]
        #expect(Causes.statement(among: english) == english[1])
        let inTheLogs = ["In the logs, every retry hit the same partition.", "The producer keyed every event by a constant."]
        #expect(Causes.statement(among: inTheLogs) == inTheLogs[1])
        // An observation alone is still what the section says.
        #expect(Causes.statement(among: [english[0]]) == english[0])
    }
}
