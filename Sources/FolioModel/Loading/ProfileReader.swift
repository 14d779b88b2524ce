/// Reads `folio.yaml` into a `Profile`.
enum ProfileReader {
    static let keys = ["name", "headline", "lang", "contact", "target", "strengths", "intro", "education", "certifications", "check"]
    // The keys of the nested mappings; schemas/folio.schema.json lists the same (a test compares them).
    static let contactKeys = ["email", "phone", "github", "blog", "portfolio", "linkedin"]
    static let targetKeys = ["role", "company", "level"]
    static let strengthsKeys = ["base", "alpha"]
    static let educationKeys = ["school", "program", "major", "degree", "period"]
    static let certificationKeys = ["name", "date", "issuer"]
    static let checkKeys = ["disable", "severity"]

    static func read(_ source: SourceText, diagnostics: Diagnostics) -> Profile {
        var profile = Profile(file: source.file)
        profile.endLocation = SourceLocation(file: source.file, line: source.lines.count(where: { _ in true }))
        let root: YAMLNode?
        switch YAMLNode.parse(source.text, file: source.file) {
        case .failure(let finding):
            diagnostics.add(finding)
            return profile
        case .success(let node):
            root = node
        }
        guard let yaml = MappingReader(root, diagnostics: diagnostics, example: "name: 김데이터") else { return profile }
        yaml.reportUnknownKeys(known: keys)
        profile.blankKeys = yaml.blankKeys()

        profile.name = yaml.string("name", example: "name: 김데이터")
        profile.headline = yaml.string("headline", example: "headline: 제조 데이터를 안정적으로 흘려보내는 신입 데이터 엔지니어")
        if profile.name == nil {
            diagnostics.add(Finding(
                "parse.missing", .error, at: yaml.keyLocation("name") ?? SourceLocation(file: source.file, line: 1),
                message: LocalizedText(ko: "이름(`name`)이 비어 있습니다. 포트폴리오 맨 위에 들어갑니다.", en: "`name` is empty: it heads the portfolio."),
                help: LocalizedText(ko: "예: name: 김데이터", en: "For example: name: Seoyeon Park")))
        }
        if profile.headline == nil {
            diagnostics.add(Finding(
                "parse.missing", .warning, at: yaml.keyLocation("headline") ?? SourceLocation(file: source.file, line: 1),
                message: LocalizedText(
                    ko: "한 줄 소개(`headline`)가 비어 있습니다. 이름 아래에서 어떤 엔지니어인지 먼저 말해 줍니다.",
                    en: "`headline` is empty: under your name, it says in one line what kind of engineer you are."),
                help: LocalizedText(
                    ko: "예: headline: 제조 데이터를 안정적으로 흘려보내는 신입 데이터 엔지니어",
                    en: "For example: headline: Junior data engineer who builds reliable streaming pipelines")))
        }
        if let lang = yaml.string("lang", example: "lang: ko") {
            if let language = Language(userValue: lang.value) {
                profile.language = language
            } else {
                diagnostics.add(Finding(
                    "parse.value", .error, at: lang.location,
                    message: LocalizedText(ko: "`lang`은 ko 또는 en이어야 합니다 (`\(lang.value)`).", en: "`lang` must be ko or en, not `\(lang.value)`."),
                    help: LocalizedText(ko: "lang: ko", en: "lang: en")))
            }
        }
        profile.intro = yaml.string("intro", example: "intro: |\n  안녕하세요 …")

        if let contact = yaml.mapping("contact", example: "contact:\n  email: me@example.com") {
            contact.reportUnknownKeys(known: contactKeys)
            profile.contact.location = yaml.keyLocation("contact")
            profile.contact.email = contact.string("email", example: "email: me@example.com")
            profile.contact.phone = contact.string("phone", example: "phone: 010-0000-0000")
            profile.contact.github = contact.string("github", example: "github: https://github.com/me")
            profile.contact.blog = contact.string("blog", example: "blog: https://me.dev")
            profile.contact.portfolio = contact.string("portfolio", example: "portfolio: https://me.github.io")
            profile.contact.linkedin = contact.string("linkedin", example: "linkedin: https://www.linkedin.com/in/me")
        }
        if let target = yaml.mapping("target", example: "target:\n  role: data-engineer") {
            target.reportUnknownKeys(known: targetKeys)
            profile.target.location = yaml.keyLocation("target")
            profile.target.role = target.string("role", example: "role: data-engineer")
            profile.target.company = target.string("company", example: "company: enterprise-platform")
            profile.target.level = target.string("level", example: "level: junior")
        }
        if let strengths = yaml.mapping("strengths", example: "strengths:\n  base: 분산 처리\n  alpha: 데이터 품질") {
            strengths.reportUnknownKeys(known: strengthsKeys)
            profile.strengths.location = yaml.keyLocation("strengths")
            profile.strengths.base = strengths.string("base", example: "base: 분산 처리 (Spark, Kafka)")
            profile.strengths.alpha = strengths.string("alpha", example: "alpha: 데이터 품질 모니터링")
        }
        profile.education = yaml.mappings("education", example: "education:\n  - school: …").map { item in
            item.reportUnknownKeys(known: educationKeys)
            var education = Profile.Education()
            education.school = item.string("school", example: "school: 포항공과대학교")
            education.program = item.string("program", example: "program: 연구 인턴")
                ?? item.string("major", example: "major: 산업공학") ?? item.string("degree", example: "degree: 학사")
            education.period = item.string("period", example: "period: 2024-12 – 2025-02")
            return education
        }
        profile.certifications = yaml.mappings("certifications", example: "certifications:\n  - name: SQLD\n    date: 2025-03").compactMap { item in
            item.reportUnknownKeys(known: certificationKeys)
            guard let name = item.string("name", example: "name: SQLD") else { return nil }
            return Profile.Certification(name: name, date: item.yearMonth("date"))
        }
        if let check = yaml.mapping("check", example: "check:\n  disable: [project.domain-reuse]") {
            check.reportUnknownKeys(known: checkKeys)
            profile.check.disable = check.strings("disable", example: "disable: [project.domain-reuse]")
            if let severities = check.mapping("severity", example: "severity: { skill.version: error }") {
                for entry in severities.entries {
                    guard let text = severities.string(entry.key, example: "\(entry.key): warning") else { continue }
                    if let severity = Severity(userValue: text.value) {
                        profile.check.severity[entry.key] = Located(severity, at: text.location)
                    } else {
                        diagnostics.add(Finding(
                            "parse.value", .error, at: text.location,
                            message: LocalizedText(
                                ko: "심각도는 error, warning, suggestion 중 하나여야 합니다 (`\(text.value)`).",
                                en: "a severity is error, warning or suggestion, not `\(text.value)`."),
                            help: LocalizedText(ko: "\(entry.key): warning", en: "\(entry.key): warning")))
                    }
                }
            }
        }
        return profile
    }
}
