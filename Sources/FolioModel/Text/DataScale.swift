/// How much data a text says was processed, read by the text layer (`Measurement.showsDataScale`):
/// the largest size in bytes, the largest count of rows, events or records (a daily or hourly
/// volume counts as records), and the largest throughput per second. `하루 약 1.2억 건 (약 40 GB)`
/// → 120,000,000 records, 40 GB; `평균 초당 1,400건`, `10K events/sec`, `QPS 3,000` → a rate.
/// Users and support tickets are no data (`월 사용자 3만 명` → nothing).
public struct DataScale: Sendable, Hashable {
    /// The largest data size, in bytes.
    public var bytes: Double = 0
    /// The largest count of data records (rows, events, requests).
    public var records: Double = 0
    /// The largest rate of data records, per second.
    public var perSecond: Double = 0

    public init(_ text: some StringProtocol) {
        for measurement in Measurement.scan(text).measurements where measurement.showsDataScale || measurement.countsData {
            switch measurement.kind {
            case .dataSize:
                bytes = max(bytes, measurement.value * (Lexicon.byteFactors[measurement.unit.lowercased()] ?? 1))
            case .count where measurement.countsData:
                records = max(records, measurement.value)
            case .rate where measurement.countsData:
                let period = measurement.periodSeconds ?? 1
                perSecond = max(perSecond, measurement.value / period)
                if period >= 3_600 { records = max(records, measurement.value) }
            default:
                break
            }
        }
    }

    /// Large enough to call "대용량" (seed 001 "대용량 처리 경험"): 100 GB, a hundred million records
    /// (1억), or a thousand records a second.
    public var isLarge: Bool { bytes >= 100e9 || records >= 1e8 || perSecond >= 1_000 }
}
