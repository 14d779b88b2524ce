/// Years of work from `experience:`: the periods of every job merged, so that two jobs held at
/// the same time (or a project inside a job) are counted once.
public enum WorkHistory {
    /// Months covered by `periods`, overlaps counted once, ongoing ones up to `today`.
    public static func months(_ periods: [Period], asOf today: YearMonth) -> Int {
        let spans = periods.map { period -> (Int, Int) in
            let first = period.start.year * 12 + period.start.month - 1
            let lastMonth = period.ongoing ? today : (period.end ?? period.start)
            return (first, max(first, lastMonth.year * 12 + lastMonth.month - 1))
        }.sorted { $0.0 < $1.0 }
        var total = 0
        var current: (Int, Int)?
        for span in spans {
            if let open = current, span.0 <= open.1 + 1 {
                current = (open.0, max(open.1, span.1))
            } else {
                if let open = current { total += open.1 - open.0 + 1 }
                current = span
            }
        }
        if let open = current { total += open.1 - open.0 + 1 }
        return total
    }
}

extension WorkHistory {
    /// The target role folio knows that a job title or résumé label names (`Data Engineer`,
    /// `데이터 엔지니어` → data-engineer), or nil.
    public static func role(forTitle title: String) -> String? {
        let text = title.lowercased()
        let table: [(String, [String])] = [
            ("data-engineer", ["data engineer", "데이터 엔지니어", "data platform", "analytics engineer", "데이터엔지니어"]),
            ("ml-engineer", ["machine learning", "ml engineer", "mlops", "ai engineer", "머신러닝", "딥러닝"]),
            ("data-scientist", ["data scientist", "데이터 사이언티스트", "데이터 과학"]),
            ("data-analyst", ["data analyst", "데이터 분석", "analyst", "business intelligence"]),
            ("performance-marketer", ["marketer", "마케터", "growth marketing"]),
        ]
        return table.first { _, words in words.contains { text.contains($0) } }?.0
    }
}

extension Workspace {
    /// Months of work history in `experience:`, overlaps counted once; nil when there is none.
    /// With `internships: false`, internships (`Experience.isInternship`) are left out: in Korean
    /// hiring an intern still applies as 신입, so they are no 경력 for that question.
    public func experienceMonths(asOf today: YearMonth, internships: Bool = true) -> Int? {
        let periods = profile.experience.filter { internships || !$0.isInternship }.compactMap { $0.period?.value }
        return periods.isEmpty ? nil : WorkHistory.months(periods, asOf: today)
    }

    /// The job whose `projects:` lists `projectID`.
    public func job(of projectID: String) -> Experience? {
        profile.experience.first { job in job.projects.contains { $0.value == projectID } }
    }
}

extension Experience {
    /// What makes a `position:` an internship: Hangul fragments (인턴, 인턴십, 체험형·채용연계형 인턴,
    /// 현장실습) and whole Latin words (intern, internship, trainee: not the `intern` of `internal`).
    static let internshipWords = (hangul: ["인턴", "현장실습"], latin: Set(["intern", "interns", "internship", "trainee", "apprentice"]))

    /// Whether the job is an internship, as its `position:` says (`데이터 분석 인턴`, `Data Engineering
    /// Intern`, `체험형 인턴`): a plus for a new graduate, not 경력.
    public var isInternship: Bool {
        guard let position = position?.value.lowercased() else { return false }
        let words = Set(position.split(whereSeparator: { !$0.isLetter }).map(String.init))
        return Self.internshipWords.hangul.contains { position.contains($0) } || !words.isDisjoint(with: Self.internshipWords.latin)
    }
}

extension Experience {
    /// Whether the job is advice or teaching beside delivery work, as its `position:` says (`데이터
    /// 엔지니어링 멘토`, `Startup Mentor & Technology Evaluation Panelist`, `Teaching Assistant`,
    /// `강사`; `Lexicon.advisoryRoleWords`): what one shows there is what others built, not a
    /// measured result of one's own.
    public var isAdvisory: Bool {
        guard let position = position?.value.lowercased() else { return false }
        let words = Set(position.split(whereSeparator: { !$0.isLetter }).map(String.init))
        return Lexicon.advisoryRoleWords.hangul.contains { position.contains($0) } || !words.isDisjoint(with: Lexicon.advisoryRoleWords.latin)
    }

    /// The last month of the job: `today` while it is ongoing (or has no period, which cannot be
    /// placed), else its end (its start when only that is written).
    public func lastMonth(asOf today: YearMonth) -> YearMonth {
        guard let period = period?.value, !period.ongoing else { return today }
        return period.end ?? period.start
    }
}

extension Workspace {
    /// The jobs a reviewer reads for what the applicant delivered (seed 001 "경력자라면 다양한
    /// 경험보단 자신있는 경험을 강조"; seed 004: a level is held about three to five years): the
    /// delivery jobs (not `Experience.isAdvisory`) that are ongoing or ended within the last
    /// `WorkHistory.recentYears` years, and always the latest delivery job, whenever it ended.
    /// A job of 15 years ago or a mentor role is work history, not what an interviewer asks to measure.
    public func recentDeliveryJobs(asOf today: YearMonth) -> [Experience] {
        let delivery = profile.experience.filter { !$0.isAdvisory }
        let latest = delivery.map { $0.lastMonth(asOf: today) }.max()
        return delivery.filter { job in
            let last = job.lastMonth(asOf: today)
            return last.months(until: today) < WorkHistory.recentYears * 12 || last == latest
        }
    }
}

extension WorkHistory {
    /// How many years back a job still counts as recent work (seed 004: a level lasts about 3–5 years).
    public static let recentYears = 5
}
