import FolioModel

/// Whether a line states a measured result, by the text layer: `6시간 → 40분`, `2.3% → 0%` and
/// `0건` are; a year, a team size, a version or a count of deliverables is not (`Measurement.isResult`).
enum MeasuredResult {
    static func isMeasured(_ text: String) -> Bool {
        Measurement.scan(text).hasResult
    }
}

extension RuleContext {
    /// Where a job's missing key belongs: its blank line if written empty, else the entry's first line.
    func place(_ key: String, of job: Experience) -> SourceLocation {
        job.blankKeys[key] ?? job.entryLocation
    }
}
