import FolioModel

/// The data's domain is one many companies have (seeds 000, 002).
struct ProjectDomainReuseRule: Rule {
    /// Domains most companies have data for (seed 000: 생산, 유통, 영업, 회계; seed 002: 연구 및 개발 → 제조 → 배송 → 판매).
    static let reusableDomains = [
        "manufactur", "production", "factory", "sensor", "iot", "logistic", "delivery", "shipping", "supply", "inventory",
        "sales", "commerce", "retail", "order", "purchase", "payment", "accounting", "finance", "financial", "log",
        "telecom", "ads", "advertis", "marketing", "crm", "customer", "hr", "energy", "mobility", "r&d", "research",
        "제조", "생산", "공정", "설비", "센서", "물류", "배송", "유통", "재고", "판매", "매출", "영업", "커머스", "쇼핑", "주문",
        "구매", "결제", "회계", "재무", "금융", "로그", "통신", "광고", "마케팅", "고객", "인사", "에너지", "연구", "개발",
        // Seed 002: a game company's play logs and item purchases; delivery in the business process.
        "game", "gaming", "click", "event", "web", "app", "transaction", "travel", "insurance", "health",
        "게임", "배달", "클릭", "이벤트", "웹", "앱", "거래", "여행", "보험", "의료", "모빌리티", "콘텐츠", "스트리밍",
    ]

    /// Whether the domain names a reusable one. Latin words match at a word start (`log` in `web logs`,
    /// not in `K-pop fandom blog`); Hangul inside words (`주문 데이터`, `물류센터`).
    static func isReusable(_ domain: String) -> Bool {
        let lower = Array(domain.lowercased().unicodeScalars)
        return reusableDomains.contains { word in
            let target = Array(word.unicodeScalars)
            guard target.count <= lower.count else { return false }
            let latin = target.first.map { ("a"..."z").contains($0) } ?? false
            for start in 0...(lower.count - target.count) where lower[start..<(start + target.count)].elementsEqual(target) {
                if !latin || start == 0 || !("a"..."z").contains(lower[start - 1]) { return true }
            }
            return false
        }
    }

    static let description = RuleDescription(
        id: "project.domain-reuse", severity: .suggestion,
        summary: LocalizedText(
            ko: "데이터의 도메인(`data.domain`)이 여러 회사에 있는 데이터(제조, 물류, 판매, 회계, 로그, 구매 …)인지 봅니다.",
            en: "The data's domain is one many companies have (manufacturing, logistics, sales, accounting, logs, purchases …)."),
        seed: SeedCitation(Seed.s000, Seed.s002, passage: "최대한 다양한 회사에 써먹을 수 있는 데이터로 분석 프로젝트 하는걸 추천 / 연구 및 개발 -> 제조 -> 배송 -> 온/오프라인 판매"),
        rationale: LocalizedText(
            ko: "생산, 유통, 영업, 회계 데이터는 거의 모든 회사에 있습니다. 면접관이 \"우리 데이터에도 써먹을 수 있겠다\"고 떠올릴 수 있어야 합니다.",
            en: "Production, distribution, sales and accounting data exist in almost every company; an interviewer should think \"this would work on our data too\"."),
        help: LocalizedText(
            ko: "`domain:`에 데이터의 업무 영역을 쓰세요 (manufacturing, logistics, sales, accounting, logs, finance, telecom, ads …). 특수한 주제라면 그 안의 보편적인 데이터(예: 주문, 로그)를 앞세우세요.",
            en: "Write the business area in `domain:` (manufacturing, logistics, sales, accounting, logs, finance, telecom, ads …). For a niche topic, lead with the common data inside it (orders, logs)."),
        triggering: [
            .editing("projects/orders-batch.md", "domain: sales", "domain: ↓K-pop 팬덤"),
            .editing("projects/orders-batch.md", "domain: sales", "domain: ↓K-pop fandom blog", excerpt: "domain: K-pop fandom blog   # blog의 log가 아님"),
            .editing("projects/orders-batch.md", [("data:\n", "↓data:\n"), ("  domain: sales\n", "")], excerpt: "data: (domain 없음)"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "domain: sales"),
            .editing("projects/orders-batch.md", "domain: sales", "domain: 제조 공정 센서"),
            .editing("projects/orders-batch.md", "domain: sales", "domain: 게임"),
            .editing("projects/orders-batch.md", "domain: sales", "domain: 배달 앱"),
            .editing("projects/orders-batch.md", "domain: sales", "domain: web logs"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.workspace.projects.compactMap { project in
            guard let data = project.data else { return nil }
            // Tutorial data is project.tutorial-data's finding, and the same advice of seed 000.
            guard ProjectTutorialDataRule.tutorialMention(in: project) == nil else { return nil }
            guard let domain = data.domain else {
                return context.finding(at: data.location, LocalizedText(
                    ko: "\(project.displayTitle): 데이터의 도메인(`data.domain`)이 없습니다. 제조, 물류, 판매처럼 어느 업무의 데이터인지 적으면 면접관이 자기 회사에 대입해 볼 수 있습니다.",
                    en: "\(project.displayTitle): no `data.domain`. Naming the business area (manufacturing, logistics, sales) lets an interviewer map it onto their company."))
            }
            guard !Self.isReusable(domain.value) else { return nil }
            return context.finding(at: domain.location, LocalizedText(
                ko: "\(Josa.topic.after("`\(domain.value)`")) 많은 회사가 가진 데이터가 아닙니다. 제조, 물류, 판매, 회계, 로그처럼 어느 회사에나 있는 데이터일수록 \"우리 회사에도 써먹겠다\"는 인상을 줍니다.",
                en: "`\(domain.value)` is not data many companies have. Manufacturing, logistics, sales, accounting or log data make an interviewer think you could do the same for them."))
        }
    }
}
