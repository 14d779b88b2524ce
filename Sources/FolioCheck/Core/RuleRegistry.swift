/// Every rule folio runs, in the order `folio explain` lists them.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        PortfolioOnePageRule(),
    ]

    public static func rule(_ id: String) -> (any Rule)? {
        all.first { type(of: $0).description.id == id }
    }
}
