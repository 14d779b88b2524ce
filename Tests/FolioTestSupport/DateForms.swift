import Foundation

/// The ways people write a job's period (issue 11), each with what the page prints in Korean and
/// in English and the months it covers up to `DateForms.today` (2026-06), overlaps aside.
public enum DateForms {
    public struct Form: Sendable, CustomStringConvertible {
        public var written: String
        public var korean: String
        public var english: String
        public var months: Int
        public var description: String { written }
    }

    public static let all: [Form] = [
        Form(written: "2024-07 – 현재", korean: "2024-07 – 현재", english: "2024-07 – present", months: 24),
        Form(written: "2022 – 2024", korean: "2022 – 2024", english: "2022 – 2024", months: 25),
        Form(written: "2024.07 ~ 2025.02", korean: "2024-07 – 2025-02", english: "2024-07 – 2025-02", months: 8),
        Form(written: "24.07–25.02", korean: "2024-07 – 2025-02", english: "2024-07 – 2025-02", months: 8),
        Form(written: "2024년 7월 – 현재", korean: "2024-07 – 현재", english: "2024-07 – present", months: 24),
        Form(written: "October 2022 – Present", korean: "2022-10 – 현재", english: "2022-10 – present", months: 45),
        Form(written: "2019-03-04 – 2021-02-26", korean: "2019-03 – 2021-02", english: "2019-03 – 2021-02", months: 24),
    ]

    /// The month the forms' months are counted to.
    public static let todayText = "2026-06"

    /// folio.yaml with one job in `period`, in `lang`, aiming at `level`.
    public static func profile(_ period: String, lang: String, level: String = "junior") -> String {
        """
        name: 김데이터
        headline: 데이터 엔지니어
        lang: \(lang)
        contact:
          email: kim@example.com
          github: https://github.com/kim
        target:
          role: data-engineer
          level: \(level)
        experience:
          - organization: 주식회사 데이터
            position: 데이터 엔지니어
            period: "\(period)"
            role: 주문 파이프라인 담당
            highlights:
              - 일 배치 6시간 → 40분
        """
    }
}
