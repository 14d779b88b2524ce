import FolioModel

/// Characters a CP949 (EUC-KR) form cannot hold: it refuses the answer or sends `&#128512;` in their place.
struct EssayEncodingRule: Rule {
    static let description = RuleDescription(
        id: "essay.encoding", severity: .error,
        summary: LocalizedText(
            ko: "바이트로 세는(CP949/EUC-KR) 양식이나 `encoding: cp949`인 자기소개서에 그 인코딩에 없는 글자(이모지, `—`, `é`)가 있는지 찾습니다.",
            en: "An essay for a form that counts CP949 (EUC-KR) bytes, or says `encoding: cp949`, holds no character that encoding lacks (emoji, `—`, `é`)."),
        seed: nil,
        rationale: LocalizedText(
            ko: "EUC-KR 양식은 없는 글자를 거부하거나 `&#128512;` 같은 문자열로 바꿔 저장합니다. 검토자는 깨진 글을 읽고, 바뀐 글자만큼 길이도 늘어납니다. (시드 문서에는 인코딩 이야기가 없습니다.)",
            en: "An EUC-KR form refuses such characters or stores them as `&#128512;`; the reviewer reads garbage, and the answer grows by the reference's length. (The seeds do not speak of encodings.)"),
        help: LocalizedText(
            ko: "이모지는 지우고, `—`는 `―`나 `-`로, `é`는 `e`로 바꾸세요.",
            en: "Remove emoji; write `―` or `-` for `—` and `e` for `é`."),
        triggering: [
            .essay([("(90자, 공백 포함)", "(200바이트)"), ("줄였습니다.", "줄였습니다↓🎉")]),
            .essay([("deadline: 2025-03-14", "deadline: 2025-03-14\nencoding: euc-kr"), ("멈췄을 때,", "멈췄을 때↓—")]),
        ],
        nonTriggering: [
            .essay([("(90자, 공백 포함)", "(200바이트)")]),
            .essay([("줄였습니다.", "줄였습니다 🎉")], excerpt: "(UTF-8 양식: 이모지도 담깁니다)"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.essayQuestions.compactMap { essay, question in
            guard essay.legacyEncoding || question.limit?.rule == .bytesCP949 else { return nil }
            let missing = EssayCount.unencodable(question.answer)
            guard let first = missing.first else { return nil }
            var location = question.answerStart
            for line in question.lines {
                let normalized = EssayCount.normalized(line.value)
                if let index = normalized.firstIndex(of: first) {
                    location = SourceLocation(file: line.location.file, line: line.location.line,
                                              column: normalized[..<index].unicodeScalars.count + line.location.column)
                    break
                }
            }
            let list = missing.map { "`\($0)` (U+\(String($0.unicodeScalars.first!.value, radix: 16, uppercase: true)))" }.joined(separator: ", ")
            return context.finding(at: location, LocalizedText(
                ko: "\(question.title): CP949(EUC-KR) 양식이 담을 수 없는 글자가 있습니다: \(list). 양식이 거부하거나 `&#…;`로 바꿔 저장합니다.",
                en: "\(question.title): characters a CP949 (EUC-KR) form cannot hold: \(list). The form refuses them or stores `&#…;` instead."))
        }
    }
}
