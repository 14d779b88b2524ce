/// Reads `folio.yaml` into a `Profile`.
enum ProfileReader {
    static let keys = [
        "name", "headline", "lang", "location", "contact", "target", "strengths", "intro", "experience", "education",
        "certifications", "awards", "open_source", "languages", "activities", "interests", "check",
    ]
    // The keys of the nested mappings; schemas/folio.schema.json lists the same (a test compares them).
    static let contactKeys = ["email", "phone", "github", "blog", "portfolio", "linkedin", "profiles"]
    static let socialProfileKeys = ["network", "username", "url"]
    static let targetKeys = ["role", "company", "level"]
    static let strengthsKeys = ["base", "alpha"]
    static let educationKeys = ["school", "program", "major", "degree", "period", "score", "courses", "url"]
    static let certificationKeys = ["name", "date", "issuer", "url"]
    static let openSourceKeys = ["project", "contribution", "url", "date"]
    static let languageKeys = ["language", "fluency", "test", "score", "date"]
    static let activityKeys = ["name", "organization", "role", "period", "summary", "highlights", "url"]
    static let interestKeys = ["name", "keywords"]
    static let checkKeys = ["disable", "severity"]
    static let awardKeys = ["name", "title", "organizer", "awarder", "rank", "date", "metric", "approach", "summary", "url"]
    static let placeKeys = ["address", "postal_code", "city", "region", "country"]

    static func read(_ source: SourceText, diagnostics: Diagnostics) -> Profile {
        var profile = Profile(file: source.file)
        profile.endLocation = SourceLocation(file: source.file, line: source.lines.count(where: { _ in true }))
        let root = YAMLNode.read(source.text, file: source.file, diagnostics: diagnostics)
        let isEmptyDocument: Bool
        if case .scalar(let scalar)? = root { isEmptyDocument = scalar.isNull } else { isEmptyDocument = root == nil }
        if isEmptyDocument, diagnostics.losses[source.file] == nil {
            // Nothing but comments (or `---`): no name, no contact, no target.
            diagnostics.add(Finding(
                "parse.empty", .error, at: SourceLocation(file: source.file, line: 1),
                message: LocalizedText(
                    ko: "folio.yaml에 주석만 있고 항목이 하나도 없습니다 (name, contact, target…).",
                    en: "folio.yaml holds only comments: no key is set (name, contact, target…)."),
                help: LocalizedText(
                    ko: "`#`를 지우고 값을 채우세요. 예: name: 김데이터",
                    en: "Remove the `#` in front of the keys and fill them in, e.g. name: Kim Data")))
        }
        guard let yaml = MappingReader(root, diagnostics: diagnostics, example: LocalizedText(ko: "name: 김데이터", en: "name: Alex Kim")) else { return profile }
        yaml.reportUnknownKeys(known: keys)
        profile.blankKeys = yaml.blankKeys()

        profile.name = yaml.name("name", example: LocalizedText(ko: "name: 김데이터", en: "name: Alex Kim"))
        profile.headline = yaml.string("headline", example: LocalizedText(ko: "headline: 제조 데이터를 안정적으로 흘려보내는 신입 데이터 엔지니어", en: "headline: Junior data engineer who keeps factory data flowing"))
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
        profile.intro = yaml.string("intro", example: LocalizedText(ko: "intro: |\n  안녕하세요 …", en: "intro: |\n  I build …"))

        if let contact = yaml.mapping("contact", example: "contact:\n  email: me@example.com") {
            contact.reportUnknownKeys(known: contactKeys)
            profile.contact.location = yaml.keyLocation("contact")
            profile.contact.email = contact.string("email", example: "email: me@example.com")
            profile.contact.phone = contact.string("phone", example: "phone: 010-0000-0000")
            profile.contact.github = contact.string("github", example: "github: https://github.com/me")
            profile.contact.blog = contact.string("blog", example: "blog: https://me.dev")
            profile.contact.portfolio = contact.string("portfolio", example: "portfolio: https://me.github.io")
            profile.contact.linkedin = contact.string("linkedin", example: "linkedin: https://www.linkedin.com/in/me")
            profile.contact.profiles = contact.mappings("profiles", example: "profiles:\n  - network: GitHub\n    url: https://github.com/me").compactMap { item in
                item.reportUnknownKeys(known: socialProfileKeys)
                guard let network = item.string("network", example: "network: GitHub") else { return nil }
                var entry = SocialProfile(network: network)
                entry.username = item.string("username", example: "username: me")
                entry.url = item.string("url", example: "url: https://github.com/me")
                return entry
            }
            for entry in profile.contact.profiles {
                switch entry.network.value.lowercased() {
                case "github": profile.contact.github = profile.contact.github ?? entry.url
                case "linkedin": profile.contact.linkedin = profile.contact.linkedin ?? entry.url
                default: continue
                }
            }
        }
        profile.location = place(yaml, diagnostics: diagnostics)
        if let target = yaml.mapping("target", example: "target:\n  role: data-engineer") {
            target.reportUnknownKeys(known: targetKeys)
            profile.target.location = yaml.keyLocation("target")
            profile.target.role = target.string("role", example: "role: data-engineer")
            profile.target.company = target.string("company", example: "company: enterprise-platform")
            profile.target.level = target.string("level", example: "level: junior")
        }
        if let strengths = yaml.mapping("strengths", example: LocalizedText(ko: "strengths:\n  base: 분산 처리\n  alpha: 데이터 품질", en: "strengths:\n  base: distributed processing\n  alpha: data quality")) {
            strengths.reportUnknownKeys(known: strengthsKeys)
            profile.strengths.location = yaml.keyLocation("strengths")
            profile.strengths.base = strengths.string("base", example: LocalizedText(ko: "base: 분산 처리 (Spark, Kafka)", en: "base: distributed processing (Spark, Kafka)"))
            profile.strengths.alpha = strengths.string("alpha", example: LocalizedText(ko: "alpha: 데이터 품질 모니터링", en: "alpha: data quality monitoring"))
        }
        profile.education = yaml.mappings("education", example: "education:\n  - school: …").map { item in
            item.reportUnknownKeys(known: educationKeys)
            var education = Profile.Education()
            education.school = item.string("school", example: LocalizedText(ko: "school: 포항공과대학교", en: "school: University of Manchester"))
            education.degree = item.string("degree", example: LocalizedText(ko: "degree: 학사", en: "degree: BSc"))
            education.major = item.string("major", example: LocalizedText(ko: "major: 산업공학", en: "major: Industrial Engineering"))
            education.program = item.string("program", example: LocalizedText(ko: "program: 연구 인턴", en: "program: Research internship"))
            if education.program == nil, let first = education.degree ?? education.major,
               let line = Profile.Education.degreeLine(degree: education.degree?.value, major: education.major?.value) {
                education.program = Located(line, at: first.location)
            }
            education.period = item.period("period")
            education.score = item.string("score", example: "score: 4.1/4.5")
            education.courses = item.strings("courses", example: LocalizedText(ko: "courses: [자료구조, 데이터베이스]", en: "courses: [Data Structures, Databases]"))
            education.url = item.string("url", example: "url: https://www.postech.ac.kr")
            return education
        }
        profile.certifications = yaml.mappings("certifications", example: "certifications:\n  - name: SQLD\n    date: 2025-03").compactMap { item in
            item.reportUnknownKeys(known: certificationKeys)
            guard let name = item.string("name", example: "name: SQLD") else { return nil }
            var certification = Profile.Certification(name: name, date: item.partialDate("date"))
            certification.issuer = item.string("issuer", example: LocalizedText(ko: "issuer: 한국데이터산업진흥원", en: "issuer: Databricks"))
            certification.url = item.string("url", example: "url: https://…")
            return certification
        }
        profile.experience = yaml.mappings("experience", example: LocalizedText(ko: "experience:\n  - organization: 주식회사 데이터\n    position: 데이터 엔지니어\n    period: 2024-07 – 현재", en: "experience:\n  - organization: Data Ltd\n    position: Data Engineer\n    period: 2024-07 – present")).map(experience)
        profile.awards = yaml.mappings("awards", example: LocalizedText(ko: "awards:\n  - name: 데이터 분석 공모전\n    rank: 최우수상", en: "awards:\n  - name: Data Analysis Challenge\n    rank: First prize")).map(award)
        profile.openSource = yaml.mappings("open_source", example: "open_source:\n  - project: apache/airflow\n    contribution: …").map { item in
            item.reportUnknownKeys(known: openSourceKeys)
            var entry = OpenSourceContribution(at: item.location)
            entry.project = item.string("project", example: "project: apache/airflow")
            entry.contribution = item.string("contribution", example: LocalizedText(ko: "contribution: \"KubernetesPodOperator 로그 누락 수정 (PR #41234, 머지)\"", en: "contribution: \"Fixed missing KubernetesPodOperator logs (PR #41234, merged)\""))
            entry.url = item.string("url", example: "url: https://github.com/apache/airflow/pull/41234")
            entry.date = item.partialDate("date")
            return entry
        }
        profile.languages = yaml.mappings("languages", example: LocalizedText(ko: "languages:\n  - language: 영어\n    test: TOEIC\n    score: 915", en: "languages:\n  - language: Korean\n    test: TOPIK\n    score: Level 5")).map { item in
            item.reportUnknownKeys(known: languageKeys)
            var entry = SpokenLanguage(at: item.location)
            entry.language = item.string("language", example: LocalizedText(ko: "language: 영어", en: "language: Korean"))
            entry.fluency = item.string("fluency", example: LocalizedText(ko: "fluency: 비즈니스 회화", en: "fluency: Business conversation"))
            entry.test = item.string("test", example: "test: TOEIC")
            entry.score = item.string("score", example: "score: 915")
            entry.date = item.partialDate("date")
            return entry
        }
        profile.activities = yaml.mappings("activities", example: LocalizedText(ko: "activities:\n  - name: Spark 스터디\n    role: 운영진", en: "activities:\n  - name: Spark study group\n    role: Organiser")).map { item in
            item.reportUnknownKeys(known: activityKeys)
            var entry = Activity(at: item.location)
            entry.name = item.string("name", example: LocalizedText(ko: "name: Spark 내부 구조 스터디", en: "name: Spark internals study group"))
            entry.organization = item.string("organization", example: LocalizedText(ko: "organization: 데이터 엔지니어링 커뮤니티", en: "organization: Data engineering meetup"))
            entry.role = item.string("role", example: LocalizedText(ko: "role: 운영진", en: "role: Organiser"))
            entry.period = item.period("period")
            entry.summary = item.string("summary", example: LocalizedText(ko: "summary: 격주로 Spark 소스 코드를 읽고 발표", en: "summary: Read and presented Spark's source every other week"))
            entry.highlights = item.strings("highlights", example: LocalizedText(ko: "highlights:\n  - 발표 6회", en: "highlights:\n  - 6 talks"))
            entry.url = item.string("url", example: "url: https://…")
            return entry
        }
        profile.interests = yaml.mappings("interests", example: LocalizedText(ko: "interests:\n  - name: 오픈소스", en: "interests:\n  - name: Open source")).compactMap { item in
            item.reportUnknownKeys(known: interestKeys)
            guard let name = item.string("name", example: LocalizedText(ko: "name: 오픈소스", en: "name: Open source")) else { return nil }
            var interest = Interest(name: name)
            interest.keywords = item.strings("keywords", example: "keywords: [Airflow, Spark]")
            return interest
        }
        if let check = yaml.mapping("check", example: "check:\n  disable: [project.domain-reuse]") {
            check.reportUnknownKeys(known: checkKeys)
            profile.check.disable = check.strings("disable", example: "disable: [project.domain-reuse]")
            if let severities = check.mapping("severity", example: "severity: { skill.version: error }") {
                for entry in severities.entries {
                    guard let text = severities.string(entry.key, example: LocalizedText(stringLiteral: "\(entry.key): warning")) else { continue }
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

    static let experienceKeys = [
        "organization", "organisation", "company", "position", "period", "team", "role", "location", "url", "about",
        "summary", "highlights", "projects", "stack",
    ]

    static func experience(_ item: MappingReader) -> Experience {
        item.reportUnknownKeys(known: experienceKeys)
        var job = Experience(at: item.location)
        job.blankKeys = item.blankKeys()
        job.organization = item.name("organization", example: LocalizedText(ko: "organization: 주식회사 데이터", en: "organization: Data Ltd"))
            ?? item.name("organisation", example: "organisation: Data Ltd") ?? item.name("company", example: LocalizedText(ko: "company: 주식회사 데이터", en: "company: Data Ltd"))
        job.position = item.name("position", example: LocalizedText(ko: "position: 데이터 엔지니어", en: "position: Data Engineer"))
        job.period = item.period("period")
        job.team = item.name("team", example: LocalizedText(ko: "team: 데이터플랫폼팀", en: "team: Data Platform"))
        job.role = item.string("role", example: LocalizedText(ko: "role: 주문 이벤트 파이프라인 담당 (엔지니어 4명 중 1명)", en: "role: Owned the order-event pipeline (1 of 4 engineers)"))
        job.location = item.string("location", example: LocalizedText(ko: "location: 서울", en: "location: London"))
        job.url = item.string("url", example: "url: https://example.com")
        job.about = item.string("about", example: LocalizedText(ko: "about: 중고거래 플랫폼", en: "about: Second-hand marketplace"))
        job.summary = item.string("summary", example: LocalizedText(ko: "summary: 주문·결제 데이터 파이프라인 운영", en: "summary: Ran the order and payment data pipelines"))
        job.highlights = item.strings("highlights", example: LocalizedText(ko: "highlights:\n  - 일 배치 6시간 → 40분", en: "highlights:\n  - Daily batch 6 h → 40 min"))
        job.projects = item.strings("projects", example: "projects: [order-events]")
        job.stack = item.names("stack", example: "stack: [Kafka, Spark, Airflow]")
        return job
    }

    static func award(_ item: MappingReader) -> Award {
        item.reportUnknownKeys(known: awardKeys)
        var award = Award(at: item.location)
        award.blankKeys = item.blankKeys()
        award.name = item.string("name", example: LocalizedText(ko: "name: 데이터 분석 공모전", en: "name: Data Analysis Challenge")) ?? item.string("title", example: "title: Data Challenge")
        award.organizer = item.string("organizer", example: LocalizedText(ko: "organizer: 한국데이터산업진흥원", en: "organizer: Kaggle")) ?? item.string("awarder", example: "awarder: Kaggle")
        award.rank = item.string("rank", example: LocalizedText(ko: "rank: 최우수상", en: "rank: First prize"))
        award.date = item.partialDate("date")
        award.metric = item.string("metric", example: LocalizedText(ko: "metric: Private LB RMSE 0.412 → 0.371 (상위 3%)", en: "metric: Private LB RMSE 0.412 → 0.371 (top 3%)"))
        award.approach = item.string("approach", example: LocalizedText(ko: "approach: 시간대별 도메인 피처와 LightGBM 하이퍼파라미터 튜닝", en: "approach: Time-of-day domain features and LightGBM hyperparameter tuning"))
        award.summary = item.string("summary", example: "summary: …")
        award.url = item.string("url", example: "url: https://…")
        return award
    }

    /// `location: 서울` or `location: { city: Seoul, country: KR }`.
    static func place(_ yaml: MappingReader, diagnostics: Diagnostics) -> Place? {
        guard let node = yaml.node("location") else { return nil }
        var place = Place()
        if case .scalar = node {
            place.city = yaml.string("location", example: LocalizedText(ko: "location: 서울", en: "location: London"))
            return place.city == nil ? nil : place
        }
        guard let parts = yaml.mapping("location", example: LocalizedText(ko: "location:\n  city: 서울\n  country: KR", en: "location:\n  city: London\n  country: GB")) else { return nil }
        parts.reportUnknownKeys(known: placeKeys)
        place.address = parts.string("address", example: "address: …")
        place.postalCode = parts.string("postal_code", example: "postal_code: \"06236\"")
        place.city = parts.string("city", example: LocalizedText(ko: "city: 서울", en: "city: London"))
        place.region = parts.string("region", example: LocalizedText(ko: "region: 서울특별시", en: "region: Greater London"))
        place.country = parts.string("country", example: "country: KR")
        return place
    }
}
