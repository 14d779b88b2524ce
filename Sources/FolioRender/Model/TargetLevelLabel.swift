import Foundation
import FolioModel

extension Labels {
    /// The target level as the page names it. Korean hiring keeps 신입 (no work history) and 경력
    /// tracks apart, so `junior` is 신입 only for someone without a year of work in `experience:`;
    /// with one it is 주니어 (new-user trial: two years of backend work printed as 신입). A level the
    /// user wrote in Korean (`신입`, `주니어`) is shown as written.
    static func targetLevel(_ profile: Profile, _ language: Language, today: YearMonth) -> String? {
        guard let level = profile.target.level else { return nil }
        guard let career = profile.target.careerLevel else { return level.value }
        if language == .ko, level.value.unicodeScalars.contains(where: { (0xAC00...0xD7A3).contains($0.value) }) {
            return level.value
        }
        if career == .junior, language == .ko {
            let months = WorkHistory.months(profile.experience.compactMap { $0.period?.value }, asOf: today)
            return months >= 12 ? "주니어" : "신입"
        }
        return levelNames[career.rawValue]?(language) ?? career.label(language)
    }
}
