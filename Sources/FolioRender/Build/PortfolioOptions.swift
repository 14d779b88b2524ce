import FolioModel

/// What `folio build` was asked for.
public struct PortfolioOptions: Sendable {
    /// Labels' language; nil means the workspace's `lang`.
    public var language: Language?
    /// Skill names (as a posting writes them) to put first: the skills and then the projects
    /// that use them move up (`folio build --for POSTING`).
    public var emphasis: [String]
    /// Every project and story instead of the one-page selection.
    public var full: Bool

    public init(language: Language? = nil, emphasis: [String] = [], full: Bool = false) {
        self.language = language
        self.emphasis = emphasis
        self.full = full
    }
}
