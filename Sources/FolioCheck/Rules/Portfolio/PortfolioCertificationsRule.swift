import FolioModel

/// For data-engineer targets with no cloud or Kubernetes certificate, mention them (seed 002).
struct PortfolioCertificationsRule: Rule {
    /// Words in a certificate's name that show a cloud or Kubernetes certificate.
    static let cloudWords = ["aws", "amazon web services", "gcp", "google cloud", "azure", "naver cloud", "ncp", "클라우드"]
    static let kubernetesWords = ["kubernetes", "cka", "ckad", "cks", "쿠버네티스"]
    /// Company types whose platforms run on Kubernetes (seed 001: enterprise platforms).
    static let kubernetesFirst: Set<String> = ["enterprise-platform", "mature"]

    static let description = RuleDescription(
        id: "portfolio.certifications", severity: .suggestion,
        summary: LocalizedText(
            ko: "자격증을 기대하는 직무(데이터 엔지니어)에 클라우드(AWS 등)나 쿠버네티스 자격증이 없으면 알려 줍니다. 회사 유형에 따라 무엇을 먼저 권할지가 달라집니다.",
            en: "For roles where certificates help (data engineer), suggests a cloud (AWS …) or Kubernetes certificate when there is none; the company type decides which comes first."),
        seed: SeedCitation(Seed.s002, passage: "취득하면 좋은 자격증: AWS 클라우드 자격증, 쿠버네티스 자격증"),
        rationale: LocalizedText(
            ko: "신입은 실무 클라우드 경험을 보여 주기 어렵습니다. AWS나 쿠버네티스 자격증은 그 빈자리를 메우는 가장 쉬운 신호입니다.",
            en: "Juniors rarely have production cloud experience to show. An AWS or Kubernetes certificate is the easiest signal to fill that gap."),
        help: LocalizedText(
            ko: "AWS Certified Solutions Architect – Associate, CKA(Certified Kubernetes Administrator) 같은 자격증을 준비해 `certifications:`에 `- name:`과 `date:`로 적으세요. 준비 중이면 취득 예정 월을 적어도 됩니다.",
            en: "Consider AWS Certified Solutions Architect – Associate or CKA, and list it under `certifications:` with `name` and `date` (a planned month is fine)."),
        triggering: [
            .editing("folio.yaml", "  - name: AWS Certified Solutions Architect – Associate", "  - name: ↓정보처리기사"),
            .editing("folio.yaml", [("name: 김데이터", "↓name: 김데이터"), ("certifications:\n  - name: AWS Certified Solutions Architect – Associate\n    date: 2025-03\n", "")],
                     excerpt: "(certifications 없음)"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "certifications:\n  - name: AWS Certified Solutions Architect – Associate"),
            .editing("folio.yaml", [("role: data-engineer", "role: data-analyst"), ("  - name: AWS Certified Solutions Architect – Associate", "  - name: ADsP")],
                     excerpt: "role: data-analyst   # 자격증을 따로 권하지 않는 직무"),
            .editing("folio.yaml", "  - name: AWS Certified Solutions Architect – Associate", "  - name: CKA (Certified Kubernetes Administrator)"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard let role = context.role, let wanted = role.certifications, wanted.wanted else { return [] }
        let certificates = context.profile.certifications
        let names = certificates.map { $0.name.value.lowercased() }
        let hasCloud = names.contains { name in Self.cloudWords.contains { name.contains($0) } }
        let hasKubernetes = names.contains { name in Self.kubernetesWords.contains { name.contains($0) } }
        guard !hasCloud, !hasKubernetes else { return [] }
        // Seed 004's levels: only a junior (or a workspace with no level) is called 신입.
        let junior = (context.profile.target.careerLevel ?? .junior) == .junior
        let kubernetesFirst = context.company.map { Self.kubernetesFirst.contains($0.id) } ?? false
        let order = kubernetesFirst
            ? LocalizedText(ko: "쿠버네티스(CKA)나 AWS", en: "Kubernetes (CKA) or AWS")
            : LocalizedText(ko: "AWS나 쿠버네티스(CKA)", en: "AWS or Kubernetes (CKA)")
        return [context.finding(at: certificates.first?.name.location ?? context.start(of: context.profile.file), LocalizedText(
            ko: junior
                ? "클라우드나 쿠버네티스 자격증이 없습니다. \(role.label.ko) 신입에게 \(order.ko) 자격증은 실무 클라우드 경험을 대신하는 가장 쉬운 신호입니다."
                : "클라우드나 쿠버네티스 자격증이 없습니다. 경력자에게는 운영 경험이 먼저지만, \(order.ko) 자격증은 써 보지 않은 클라우드나 쿠버네티스를 보여 주는 쉬운 신호입니다.",
            en: junior
                ? "no cloud or Kubernetes certificate. For a junior \(role.label.en.lowercased()), an \(order.en) certificate is the easiest stand-in for production cloud experience."
                : "no cloud or Kubernetes certificate. Experience in production comes first, but an \(order.en) certificate is an easy signal for a cloud or Kubernetes you have not run yet."))]
    }
}
