import Foundation
import FolioModel

/// An email and at least one well-formed URL (GitHub, blog or portfolio) are given (seed 002).
struct ProfileReachableRule: Rule {
    static let description = RuleDescription(
        id: "profile.reachable", severity: .error,
        summary: LocalizedText(
            ko: "이메일과 URL(GitHub, 블로그, 포트폴리오 중 하나 이상)이 있고 올바른 형식인지 확인합니다.",
            en: "An email and at least one URL (GitHub, blog or portfolio) are present and well-formed."),
        seed: SeedCitation(Seed.s002, passage: "PDF나 URL로 준비를 해서 제약 없이 어디서든 접속해서 볼 수 있는 형식으로 제출하자."),
        rationale: LocalizedText(
            ko: "서류를 본 사람이 바로 연락하고, 어디서든 코드와 포트폴리오를 열어 볼 수 있어야 합니다. 링크가 깨져 있으면 열어 보지 않습니다.",
            en: "Whoever reads your application must be able to reach you and open your code and portfolio from anywhere. A broken link is not clicked twice."),
        help: LocalizedText(
            ko: "`contact:` 아래에 `email: me@example.com`과 `github: https://github.com/me`처럼 https://로 시작하는 주소를 쓰세요.",
            en: "Under `contact:`, write `email: me@example.com` and a full address starting with https://, e.g. `github: https://github.com/me`."),
        triggering: [
            .editing("folio.yaml", "contact:\n  email: kim@example.com\n", "↓contact:\n"),
            .editing("folio.yaml", "github: https://github.com/kimdata", "github: ↓github.com/kimdata"),
            .editing("folio.yaml", "email: kim@example.com", "email: ↓kim-at-example.com"),
            .editing("folio.yaml", "contact:\n  email: kim@example.com\n  github: https://github.com/kimdata\n",
                     "↓contact:\n  email: kim@example.com\n  phone: 010-0000-0000\n"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "contact:\n  email: kim@example.com\n  github: https://github.com/kimdata"),
            .editing("folio.yaml", "github: https://github.com/kimdata", "blog: https://kimdata.tistory.com"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let contact = context.profile.contact
        let parent = contact.location ?? context.start(of: context.profile.file)
        var findings: [Finding] = []
        if let email = contact.email {
            if !Self.isEmail(email.value) {
                findings.append(context.finding(at: email.location, LocalizedText(
                    ko: "\(Josa.topic.after("`\(email.value)`")) 이메일 주소 형식이 아닙니다. 오타 하나로 연락을 못 받을 수 있습니다.",
                    en: "`\(email.value)` is not an email address. One typo and the call never reaches you.")))
            }
        } else {
            findings.append(context.finding(at: context.profile.blankKeys["contact.email"] ?? parent, LocalizedText(
                ko: "이메일(`contact.email`)이 없습니다. 서류 합격 연락은 대부분 이메일로 옵니다.",
                en: "no email (`contact.email`). Most interview invitations come by email.")))
        }
        if contact.urls.isEmpty {
            let blank = ["contact.github", "contact.blog", "contact.portfolio", "contact.linkedin"]
                .compactMap { context.profile.blankKeys[$0] }.min()
            findings.append(context.finding(at: blank ?? parent, LocalizedText(
                ko: "GitHub, 블로그, 포트폴리오 주소가 하나도 없습니다. 면접관이 코드와 결과물을 직접 열어 볼 수 있게 하나 이상 적으세요.",
                en: "no GitHub, blog or portfolio address. Give at least one so an interviewer can open your code and work.")))
        }
        for (label, url) in contact.urls where !Self.isWebURL(url.value) {
            findings.append(context.finding(at: url.location, LocalizedText(
                ko: "\(label) 주소 \(Josa.subject.after("`\(url.value)`")) 완전한 URL이 아닙니다. PDF에서 눌러 열리도록 https://로 시작하는 전체 주소를 쓰세요.",
                en: "the \(label) address `\(url.value)` is not a full URL. Write it with https:// so it opens when clicked in a PDF.")))
        }
        return findings
    }

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
    }

    static func isWebURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = url.host, host.contains(".") else { return false }
        return !text.contains(where: \.isWhitespace)
    }
}
