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
    /// A job that says nothing of what you did: no `role`, no `summary`, no `highlights` (JSON Resumes
    /// often carry old jobs as a title and dates). experience.own-work reports it once; experience.impact,
    /// which would ask for the same missing highlights, leaves it to that finding.
    var isUndescribed: Bool {
        role == nil && summary == nil && highlights.isEmpty
    }

    var hasMeasuredResult: Bool {
        highlights.contains { Measurement.scan($0.value).hasResult }
    }
}
