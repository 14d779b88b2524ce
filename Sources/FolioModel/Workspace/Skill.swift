/// One entry of `skills.yaml`.
public struct Skill: Sendable {
    /// The name as the user wrote it.
    public var name: Located<String>
    /// 1 tried it … 5 could teach or tune it in production.
    public var level: Located<Int>?
    public var version: Located<String>?
    public var depth: Located<String>?
    public var since: Located<YearMonth>?
    /// One of the catalog's `categories`, for a skill the catalog lacks (it knows the others').
    public var category: Located<String>?
    /// The heading the skill is listed under in a résumé ("Data Platforms"): free text, kept by
    /// `folio import` and written back as the JSON Resume skill group by `folio export`.
    public var group: Located<String>?
    /// The `- ` line that starts the entry, where a missing key belongs.
    public var location: SourceLocation
    /// Keys written with no value, by dotted path (`contact.email`): where a finding about a
    /// missing value points, since that is the line the user fills in.
    public var blankKeys: [String: SourceLocation] = [:]

    public init(name: Located<String>, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}
