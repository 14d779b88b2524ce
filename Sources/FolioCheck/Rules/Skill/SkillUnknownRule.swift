import FolioModel

/// A skill name the catalog does not know: suggest the nearest known name.
struct SkillUnknownRule: Rule {
    /// The catalog's categories, as the help lists them.
    static let categoryList = SkillCatalog.shared.categories.joined(separator: ", ")

    static let description = RuleDescription(
        id: "skill.unknown", severity: .suggestion,
        summary: LocalizedText(
            ko: "스킬 카탈로그에 없는 이름이면 가장 가까운 이름을 제안합니다.",
            en: "A skill name the catalog does not know: suggests the nearest known name."),
        seed: nil,
        rationale: LocalizedText(
            ko: "스킬 이름이 카탈로그와 맞아야 채용 공고 매칭, 스킬 매트릭스(xlsx), 직무별 핵심 역량 검사가 이 스킬을 알아봅니다. 오타는 서류에서도 눈에 띕니다.",
            en: "Names that match the catalog let posting matching, the skill matrix and the role checks recognise the skill. A typo also shows on paper."),
        help: LocalizedText(
            ko: "제안된 이름으로 고치세요. 카탈로그에 없는 도구라면 folio의 분류 중 하나를 `category:`로 적어 두면 직무 검사에 반영됩니다: \(categoryList). 이력서에서 스킬을 묶던 제목(예: Data Platforms)은 `group:`에 적습니다.",
            en: "Use the suggested name. For a tool the catalog lacks, add one of folio's categories as its `category:` so the role checks count it: \(categoryList). A résumé's own heading for a group of skills (e.g. Data Platforms) goes in `group:`."),
        triggering: [
            .editing("skills.yaml", "- name: CS Fundamentals", "- name: ↓Docker/Kubernetes\n  level: 2\n  version: \"24\"\n  depth: 이미지를 만들고 파드 리소스 제한을 설정\n\n- name: CS Fundamentals",
                     excerpt: "- name: Docker/Kubernetes   # 스킬 두 개"),
            .editing("skills.yaml", "- name: CS Fundamentals", "- name: ↓VS Code\n  level: 3\n  depth: 확장 프로그램으로 원격 서버 개발 환경을 구성\n\n- name: CS Fundamentals",
                     excerpt: "- name: VS Code   # 편집기"),
            .editing("skills.yaml", "- name: Python", "- name: ↓Pyton"),
            .editing("skills.yaml", "- name: SQL", "- name: ↓TotallyNewTool"),
            .bareSkillList(["Gulp", "Grunt", "Babel", "Backbone.js", "Ember.js", "Meteor", "Yii2", "AdonisJs", "PostCSS", "Materialize", "Handlebars"],
                           markingName: true, excerpt: "Gulp, Grunt, … 카탈로그에 없는 11개 → 목록에 한 번"),
            .editing("skills.yaml", "- name: SQL", "- name: PostCSS\n  category: ↓Css\n  level: 2\n\n- name: SQL", excerpt: "- name: PostCSS\n  category: Css   # folio의 분류가 아님"),
            .editing("skills.yaml", "- name: SQL", "- name: Unity Catalog\n  category: ↓Data Warehousing\n  level: 2\n\n- name: SQL",
                     excerpt: "- name: Unity Catalog\n  category: Data Warehousing   # data-warehouse를 뜻함"),
            .editing("skills.yaml", "- name: SQL", "- name: ↓HTML5, HTML\n\n- name: SQL", excerpt: "- name: HTML5, HTML   # 같은 스킬 두 번"),
        ],
        nonTriggering: [
            .editing("skills.yaml", "- name: SQL", "- name: TotallyNewTool\n  category: distributed-processing\n  level: 2\n\n- name: SQL",
                     excerpt: "- name: TotallyNewTool\n  category: distributed-processing   # folio의 분류"),
            RuleExample([:], excerpt: "- name: Apache Spark"),
            .editing("skills.yaml", "- name: Apache Spark", "- name: 스파크", excerpt: "- name: 스파크   # Apache Spark의 별칭"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        // Editors, combined entries and near misspellings: each its own edit, reported one by one.
        let named: [Finding] = context.workspace.skills.compactMap { skill in
            let name = skill.name.value
            if let entry = context.catalog.lookup(name) {
                guard entry.kind == .editor else { return nil }
                return context.finding(at: skill.name.location, LocalizedText(
                    ko: "\(Josa.topic.after("`\(name)`")) 편집기나 클라이언트 도구(IDE, DB·Git·API 클라이언트)입니다. 누구나 쓰는 도구라 스킬 목록에서 빼고, 그 자리에 실제로 다룬 기술을 쓰세요.",
                    en: "`\(name)` is an editor or client (IDE; database, Git or API client): everyone uses one. Drop it from the skill list and give that space to a technology you worked with."))
            }
            if let parts = context.catalog.components(of: name) {
                // `HTML5, HTML`: one skill written twice.
                if let only = parts.first, parts.allSatisfy({ $0.name == only.name }) {
                    return context.finding(at: skill.name.location, LocalizedText(
                        ko: "`\(name)`: 같은 스킬(`\(only.name)`)을 두 번 적었습니다. `\(only.name)` 하나로 쓰세요.",
                        en: "`\(name)` names one skill (`\(only.name)`) twice: write it once, as `\(only.name)`."))
                }
                let names = parts.map { "`\($0.name)`" }
                return context.finding(at: skill.name.location, LocalizedText(
                    ko: "`\(name)`: 한 항목에 스킬 \(parts.count)개(\(names.joined(separator: ", ")))가 들어 있습니다. 각각 버전과 깊이가 다르니 항목을 나눠 쓰세요.",
                    en: "`\(name)` holds \(parts.count) skills (\(names.joined(separator: ", "))). Each has its own version and depth: write one entry per skill."))
            }
            if let suggestion = context.catalog.suggestion(for: name) {
                return context.finding(at: skill.name.location, LocalizedText(
                    ko: "\(Josa.topic.after("`\(name)`")) 카탈로그에 없는 이름입니다. \(Josa.object.after("`\(suggestion)`")) 뜻하셨나요?",
                    en: "`\(name)` is not in the skill catalog. Did you mean `\(suggestion)`?"))
            }
            return nil
        }
        // A name the catalog lacks, with no near spelling: known through its `category:` when it names one of
        // folio's; otherwise folio cannot count it, which a long bare list says once.
        let uncounted: [RuleContext.SkillFinding] = context.workspace.skills.compactMap { skill in
            let name = skill.name.value
            guard context.catalog.lookup(name) == nil, context.catalog.components(of: name) == nil,
                  context.catalog.suggestion(for: name) == nil else { return nil }
            guard let category = skill.category else {
                return .init(skill: skill, finding: context.finding(at: skill.name.location, LocalizedText(
                    ko: "\(Josa.topic.after("`\(name)`")) 카탈로그에 없는 이름입니다. 널리 쓰는 공식 이름인지 확인하고, 맞다면 `category:`를 적어 두세요.",
                    en: "`\(name)` is not in the skill catalog. Check it is the usual official name; if it is, add a `category:`.")))
            }
            guard !context.catalog.categories.contains(category.value) else { return nil }
            // The nearest of folio's categories: the heading's own words, else what the skills given the
            // same `category:` are (`Css` over Sass and Bootstrap → web).
            let siblings = context.workspace.skills.filter { $0.category?.value == category.value }.map(\.name.value)
            if let nearest = context.catalog.category(forGroup: category.value, members: siblings) {
                return .init(skill: skill, finding: context.finding(at: category.location, LocalizedText(
                    ko: "\(Josa.topic.after("`\(name)`")) 카탈로그에 없는 이름이고, `\(category.value)`도 folio의 분류가 아닙니다. \(Josa.object.after("`category: \(nearest)`")) 뜻하셨나요? 직무 검사는 folio의 분류로 셉니다.",
                    en: "`\(name)` is not in the skill catalog, and `\(category.value)` is not one of folio's categories. Did you mean `category: \(nearest)`? The role checks count folio's categories.")))
            }
            return .init(skill: skill, finding: context.finding(at: category.location, LocalizedText(
                ko: "\(Josa.topic.after("`\(name)`")) 카탈로그에 없는 이름이고, `\(category.value)`도 folio의 분류가 아닙니다. 직무 검사에 반영되려면 아래 목록의 분류 중 하나를 적으세요.",
                en: "`\(name)` is not in the skill catalog, and `\(category.value)` is not one of folio's categories. For the role checks to count it, use one of those listed below.")))
        }
        let total = context.workspace.skills.count
        let summary = context.perSkill(uncounted) { count, names in
            LocalizedText(
                ko: "스킬 \(total)개 중 \(count)개가 카탈로그에 없는 이름입니다(\(names.ko)). folio가 직무 검사와 채용 공고 매칭에서 이 스킬들을 셀 수 없습니다. 널리 쓰는 공식 이름인지 확인하고, 목표 직무에 중요한 스킬에는 아래 목록의 분류 중 하나를 `category:`로 적으세요.",
                en: "\(count) of \(total) skills are not in the skill catalog (\(names.en)). folio cannot count them in the role checks and posting matches: check they are the usual names, and give the ones that matter for your target role one of folio's categories, listed below, as its `category:`.")
        }
        return (named + summary).sorted { $0.location < $1.location }
    }
}
