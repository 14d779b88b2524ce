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
        (["메모리 증설", "salt 키로 2단계 집계"], ["두 번째를 먼저 적용했습니다."]),
        (["Bump memory", "Salt the key"], ["We went with the second."]),
        (["파티션 재구성", "브로드캐스트 조인"], ["데이터가 작아서 브로드캐스트 조인으로 정했습니다."]),
        ([], ["처음에는 메모리를 늘리는 방법과 키를 나누는 방법을 비교했는데, 메모리는 다시 터질 수 있어 키를 나눴습니다."]),
    ])
    func reasonsAreFound(items: [String], prose: [String]) {
        let alternatives = Alternatives(items: items, prose: prose)
        #expect(alternatives.optionCount >= 2)
        #expect(alternatives.givesReason, "\(items) \(prose)")
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
    ])
    func ownPartOrNoTeam(text: String) {
        #expect(!OwnPart.teamWithoutOwnPart(text), "\(text)")
    }

    @Test func causesAreStatedInBothLanguages() {
        #expect(CauseStatement.isGiven(in: "판매자 하나에 주문이 몰린 것이 원인이었습니다"))
        #expect(CauseStatement.isGiven(in: "It failed because one seller held half the orders."))
        #expect(!CauseStatement.isGiven(in: "salt를 붙여 해결했습니다."))
        #expect(!CauseStatement.isGiven(in: "We fixed it with a salted key."))
    }
}
