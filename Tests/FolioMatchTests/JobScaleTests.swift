import Foundation
import Testing
import FolioModel
@testable import FolioMatch
import FolioTestSupport

/// A posting's "대용량 데이터 처리 경험" is shown by an amount of data written in a job's highlights
/// (`일 10억 건`, `2TB/day`) as it is by a project's `data.volume`: a job is production data, and the
/// evidence names the highlight's line. A highlight whose numbers are not data (alerts a month) is not.
@Suite struct JobScaleTests {
    static func files(_ highlights: [String]) -> [String: String] {
        [
            "folio.yaml": """
                name: 김볼륨
                lang: ko
                target:
                  role: data-engineer
                  level: mid
                experience:
                  - organization: 주식회사 빅로그
                    position: 데이터 엔지니어
                    period: 2022-03 – 현재
                    highlights:
                \(highlights.map { "      - \($0)" }.joined(separator: "\n"))
                    stack: [Apache Kafka]
                """,
            "skills.yaml": "- name: Apache Kafka\n  level: 3\n",
        ]
    }

    static func scale(_ highlights: [String]) throws -> ConditionMatch {
        let posting = Posting.parse(text: "공고\n[자격요건]\n- 대용량 데이터 처리 경험\n- Kafka 사용 경험", file: "postings/big.txt")
        let workspace = try TemporaryWorkspace(files(highlights)).load()
        let report = PostingMatcher.match(posting, workspace, today: YearMonth(year: 2025, month: 6)!)
        return try #require(report.conditions.first { $0.condition.topic == .largeScale })
    }

    @Test func aJobsHighlightShowsTheScaleAtItsLine() throws {
        let scale = try Self.scale(["장애 알림 월 5회 → 1회", "일 10억 건 클릭 로그 수집 파이프라인 운영"])
        #expect(scale.status == .shown)
        #expect(scale.evidence(.ko).contains("일 10억 건 클릭 로그 수집 파이프라인 운영") && scale.evidence(.ko).contains("folio.yaml:12"), "\(scale.evidence(.ko))")
        #expect(scale.evidence(.en).contains("folio.yaml:12") && scale.evidence(.en).contains("job"), "\(scale.evidence(.en))")
        #expect(!scale.evidence(.ko).contains("data.volume이 없습니다"))

        let bytes = try Self.scale(["2TB/day 로그를 S3에 적재"])
        #expect(bytes.status == .shown && bytes.evidence(.ko).contains("folio.yaml:11"), "\(bytes.evidence(.ko))")
    }

    /// A throughput is data scale in either language (`초당 1,400건`, `10K events/sec`, `QPS 3,000`).
    @Test(arguments: ["주문 이벤트 초당 1,400건 처리 파이프라인 운영", "Ran the order event pipeline at 10K events/sec",
                      "결제 API QPS 3,000 트래픽의 로그 적재"])
    func aRateShowsTheScale(highlight: String) throws {
        let scale = try Self.scale(["장애 알림 월 5회 → 1회", highlight])
        #expect(scale.status == .shown, "\(scale.evidence(.en))")
        #expect(scale.evidence(.ko).contains(highlight) && scale.evidence(.ko).contains("folio.yaml:12"), "\(scale.evidence(.ko))")
    }

    /// Users and support tickets are no data volume, in either language.
    @Test(arguments: ["월 사용자 3만 명 서비스의 백엔드 운영", "Answered 12,000 support tickets a year with a new triage bot",
                      "고객 문의 연 1만 2천 건 응대 자동화", "Served 30,000 monthly users"])
    func peopleAndTicketsDoNotShowIt(highlight: String) throws {
        let scale = try Self.scale([highlight])
        #expect(scale.status == .address, "\(scale.evidence(.en))")
        #expect(!scale.evidence(.en).contains(highlight), "\(scale.evidence(.en))")
    }

    @Test func numbersThatAreNotDataDoNotShowIt() throws {
        let scale = try Self.scale(["장애 알림 월 5회 → 1회", "배치 시간 6시간 → 40분"])
        #expect(scale.status == .address, "\(scale.evidence(.ko))")
    }
}
