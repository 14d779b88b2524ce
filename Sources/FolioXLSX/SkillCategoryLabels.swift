import Foundation
import FolioModel

/// The skill catalog's category ids (`distributed-processing`) as the workbook shows them, in its
/// language (`분산 처리` / `Distributed processing`), read from `Resources/categories.json`. A
/// category the file does not name (one a user wrote in `skills.yaml`) is shown as written.
enum SkillCategoryLabels {
    struct File: Decodable {
        var categories: [String: [String: String]]
    }

    static let labels: [String: [String: String]] = {
        // Found like the model's data files (beside the executable), never through `Bundle.module`,
        // which stops the program when the bundle is missing.
        guard let url = ResourceBundle.folder(named: "folio_FolioXLSX.resources")?.appendingPathComponent("categories.json"),
              let data = try? Data(contentsOf: url),
              let file = try? JSONDecoder().decode(File.self, from: data) else { return [:] }
        return file.categories
    }()

    /// The label of `category` in `language`, or `category` itself.
    static func label(_ category: String, _ language: Language) -> String {
        labels[category]?[language.rawValue] ?? category
    }
}
