import Testing
import FolioModel

/// What a data engineer's reviewer means by data scale (seed 002 "TB규모이상의 데이터가 처리", seed 001
/// "대규모 트래픽", "대용량 처리를 위한 데이터 파이프라인"): bytes, rows, events or records processed and
/// their throughput — not how many users a service has or how many support tickets a team answers.
/// Korean and English read alike.
@Suite struct DataScaleTests {
    @Test(arguments: [
        "초당 1,400건", "평균 초당 약 1,400건", "10K events/sec", "1,400 events per second", "QPS 3,000", "3,000 QPS",
        "하루 1.2억 건", "일 50만 건의 주문", "2TB/day", "40 GB", "3 million rows", "2M rows per day", "5,000 TPS", "200건/초",
        "사용자 로그 1억 건", "하루 1만 2천 건", "12,000 records a day", "로그 1억 2천만 줄",
    ])
    func dataScale(_ text: String) {
        let found = Measurement.scan(text).measurements
        #expect(found.contains { $0.showsDataScale }, "\(found)")
    }

    @Test(arguments: [
        "월 사용자 3만 명", "monthly users 30,000", "30,000 monthly users", "12,000 support tickets a year", "고객 문의 연 1만 2천 건",
        "12,000 support requests a year", "customer inquiries: 12,000 a year", "장애 알림 월 5회", "구독자 30만 명", "300,000 active subscribers",
        "문의가 하루 1만 건", "1만 건의 문의",
    ])
    func notDataScale(_ text: String) {
        let found = Measurement.scan(text).measurements
        #expect(!found.contains { $0.showsDataScale }, "\(found)")
    }

    @Test func aKoreanNumberInTwoPartsIsOneNumber() {
        #expect(Measurement.scan("고객 문의 연 1만 2천 건").measurements.map(\.value) == [12_000])
        #expect(Measurement.scan("1억 2천만 행").measurements.map(\.value) == [120_000_000])
        #expect(Measurement.scan("약 4만 1천 명").measurements.map(\.value) == [41_000])
        #expect(Measurement.scan("2천만 원").measurements.map(\.value) == [20_000_000])
    }

    @Test func ratesSayTheirPeriod() {
        #expect(DataScale("초당 1,400건").perSecond == 1_400)
        #expect(DataScale("10K events/sec").perSecond == 10_000)
        #expect(DataScale("QPS 3,000").perSecond == 3_000)
        #expect(DataScale("분당 6만 건").perSecond == 1_000)
        #expect(DataScale("하루 1.2억 건 (약 40 GB)").records == 120_000_000 && DataScale("하루 1.2억 건 (약 40 GB)").bytes == 40e9)
        #expect(DataScale("초당 1,400건").isLarge && DataScale("10K events/sec").isLarge && DataScale("QPS 3,000").isLarge)
        #expect(DataScale("2 TB").isLarge && DataScale("3억 행").isLarge)
        #expect(!DataScale("월 사용자 3,000만 명").isLarge && !DataScale("12,000 support tickets a year").isLarge)
        #expect(!DataScale("하루 100만 행, 약 2 GB").isLarge)
    }
}
