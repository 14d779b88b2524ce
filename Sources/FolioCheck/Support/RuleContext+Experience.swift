import FolioModel

extension RuleContext {
    /// Where a job's missing key belongs: its blank line if written empty, else the entry's first line.
    func place(_ key: String, of job: Experience) -> SourceLocation {
        job.blankKeys[key] ?? job.entryLocation
    }
}

extension Experience {
    /// Whether a highlight states a measured result (`6시간 → 40분`, `2.3% → 0%`), read by the
    /// shared text layer as the project and story rules read theirs.
    var hasMeasuredResult: Bool {
        highlights.contains { Measurement.scan($0.value).hasResult }
    }
}
