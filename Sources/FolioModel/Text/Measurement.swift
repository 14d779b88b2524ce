/// A number in résumé text, with what it counts: `6시간`, `1.2억 건`, `35%p`, `8 GB`, `3배`,
/// `p95 200 ms`. The text layer reads every number once and says what it is, so that a rule asking
/// for "a measured result" (seed 000 §1.3, seed 004 "SLA 정의") is not satisfied by a year
/// (`2024년`), a team size (`팀원 4명과`), a version (`Spark 3.5`), an identifier (`k8s`, `S3`,
/// `EC2`, `log4j2`) or a count of deliverables (`파이프라인 1개를 완성`).
public struct Measurement: Sendable, Hashable {
    /// What the number counts.
    public enum Kind: String, Sendable, CaseIterable {
        /// Time: `20분`, `6 h`, `3개월`, `한 달`.
        case duration
        /// Bytes: `8 GB`, `120TB`, `500 기가`.
        case dataSize
        /// A count with a counter noun: `1,200만 행`, `0건`, `3 failures`, `40 tables`, `2만 명`.
        case count
        /// `35%`, `12 %p`, `40 percent`.
        case percentage
        /// `300만 원`, `$1,200`, `USD 40`.
        case money
        /// Per unit of time: `5,000 TPS`, `200건/초`, `하루 1,200만 행` is a count with a rate word.
        case rate
        /// `3배`, `2x`, `10×`, `두 배`.
        case multiplier
        /// A model or product metric's value: `AUC 0.91`, `F1 0.82`, `CTR 2.3`, `p95 200`.
        case metric
        /// People on a team: `4명과`, `1인`, `5명 중`. Not a result.
        case people
        /// A count of made things: `1개를 완성`, `대시보드 3개`. Not a result on its own.
        case items
        /// A calendar year or date: `2024년`, `2024-07`, `7월`. Not a result.
        case date
        /// A version or a number naming a thing: `Spark 3.5`, `Airflow 2`, `v1.4`. Not a result.
        case version
        /// A span of work or study: `2년간 백엔드 개발자로 일하며`, `경력 3년`, `two years as an analyst`
        /// (`Lexicon.tenureWords` in its clause). Not a result: how long someone worked is not what they achieved.
        case tenure
        /// A number with nothing to say what it counts. Not a result unless it is half of a change.
        case plain
    }

    /// The number as read (`1.2억` → 120,000,000; `6시간` → 6).
    public var value: Double
    /// The unit or counter as written (`시간`, `GB`, `%p`, `건`), empty for a bare number.
    public var unit: String
    public var kind: Kind
    /// Where the number and its unit stand, in Unicode scalars from the start of the text.
    public var range: Range<Int>

    /// Whether what it counts is data (rows, events, requests, bytes; `Lexicon.dataCountUnits`) rather
    /// than people or a team's workload (`사용자 3만 명`, `support tickets`, `고객 문의 … 건`;
    /// `Lexicon.nonDataCountNouns`). Always true of a data size.
    public var countsData: Bool
    /// For a rate, how many seconds its period is: 1 for `초당 1,400건`, `5,000 TPS`, `QPS 3,000`,
    /// `10K events/sec`; 60 for `/min`; 86,400 for `건/일` (`Lexicon.ratePeriods`, `ratePrefixes`).
    public var periodSeconds: Double?

    public init(value: Double, unit: String, kind: Kind, range: Range<Int>, countsData: Bool? = nil, periodSeconds: Double? = nil) {
        self.value = value
        self.unit = unit
        self.kind = kind
        self.range = range
        self.countsData = countsData ?? (kind == .dataSize)
        self.periodSeconds = periodSeconds
    }

    /// Whether it measures an outcome a reviewer accepts as "a number": time, size, counts,
    /// shares, money, rates, multipliers and metrics; not people, deliverables, dates or versions.
    public var isResult: Bool {
        switch kind {
        case .duration, .dataSize, .count, .percentage, .money, .rate, .multiplier, .metric: true
        case .people, .items, .date, .version, .tenure, .plain: false
        }
    }

    /// Whether it states an amount of data processed, what a data engineer's reviewer calls scale
    /// (seed 002 "TB규모이상의 데이터가 처리"; seed 001 "대규모 트래픽", "대용량 처리를 위한 데이터
    /// 파이프라인"): a data size, a rate of data (`초당 1,400건`, `10K events/sec`, `QPS 3,000`), or a count
    /// of at least ten thousand rows, events or records (`하루 1.2억 건`, `2M rows per day`). Users,
    /// customers and support tickets are no data volume (`월 사용자 3만 명`, `12,000 support tickets a
    /// year`, `고객 문의 연 1만 2천 건`: `countsData`); a smaller count is more often alerts than data.
    public var showsDataScale: Bool {
        switch kind {
        case .dataSize: true
        case .rate: countsData
        case .count: countsData && value >= 10_000
        default: false
        }
    }

    /// Whether it says how much data there is (size, rows or events, a rate, or a count of what the
    /// data set holds): what `project.data`'s `volume` and a "대용량" claim need. Wider than
    /// `showsDataScale`: an analysis of `장바구니 이탈 고객 약 4만 1천 명` or `300,000 subscribers` has a
    /// data set of that size, though it says nothing of the throughput a data engineer is asked about.
    public var isVolume: Bool {
        switch kind {
        case .dataSize, .count, .rate: true
        case .items: value >= 100
        default: false
        }
    }
}

/// A before → after pair: `6시간 → 20분`, `6시간에서 20분으로`, `from 6 h to 20 min`, `12 → 0건`.
public struct MeasuredChange: Sendable, Hashable {
    public var before: Measurement
    public var after: Measurement
}

/// Every number of a text, read once.
public struct MeasurementScan: Sendable {
    public var measurements: [Measurement]
    public var changes: [MeasuredChange]

    /// The measurements that count as results (see `Measurement.isResult`), and both halves of every change.
    public var results: [Measurement] {
        let inChanges = Set(changes.flatMap { [$0.before.range.lowerBound, $0.after.range.lowerBound] })
        return measurements.filter { $0.isResult || inChanges.contains($0.range.lowerBound) }
    }

    public var hasResult: Bool { !results.isEmpty }

    /// Reads `text` (see `MeasurementReader`).
    public init(_ text: some StringProtocol) {
        var reader = MeasurementReader(Array(text.unicodeScalars))
        measurements = reader.readAll()
        changes = MeasurementReader.changes(in: measurements, scalars: reader.scalars)
    }
}

extension Measurement {
    /// The measurements of a text.
    public static func scan(_ text: some StringProtocol) -> MeasurementScan { MeasurementScan(text) }
}
