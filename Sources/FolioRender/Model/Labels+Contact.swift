import FolioModel

extension Labels {
    /// The label of a contact on the page, in the page's language: `이메일`, `전화`, `블로그`,
    /// `포트폴리오` on a Korean page, `Email`, `Phone`, `Blog`, `Portfolio` on an English one.
    /// GitHub and LinkedIn are names and stay as they are; so does a label folio does not know.
    /// `key` is the English label `Profile.Contact.urls` gives (`Blog`), or `Email` / `Phone`.
    static func contact(_ key: String, _ language: Language) -> String {
        guard language == .ko else { return key }
        switch key {
        case "Email": return "이메일"
        case "Phone": return "전화"
        case "Blog": return "블로그"
        case "Portfolio": return "포트폴리오"
        default: return key
        }
    }
}
