import FolioModel

/// Whether a line states a measured result (`6시간 → 40분`, `2.3% → 0%`, `12 dashboards`).
///
/// One small function on purpose: when the shared text layer's measurements land in
/// `FolioModel/Text`, this is the one place to switch to them.
enum MeasuredResult {
    static func isMeasured(_ text: String) -> Bool {
        // A bare year or a date ("2023년 입사", "since 2021") is not a measurement.
        let tokens = text.split { !($0.isASCII && $0.isNumber) && $0 != "." && $0 != "," }
        return tokens.contains { token in
            let digits = token.filter(\.isNumber)
            guard !digits.isEmpty else { return false }
            if digits.count == 4, let year = Int(digits), (1950...2100).contains(year), !token.contains(".") { return false }
            return true
        } || text.unicodeScalars.contains { ("０"..."９").contains($0) }
    }
}

extension RuleContext {
    /// Where a job's missing key belongs: its blank line if written empty, else the entry's first line.
    func place(_ key: String, of job: Experience) -> SourceLocation {
        job.blankKeys[key] ?? job.entryLocation
    }
}
