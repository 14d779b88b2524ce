import FolioModel

/// Another company's name left in an answer: the copy-paste error of reusing an application.
struct EssayOtherCompanyRule: Rule {
    static let description = RuleDescription(
        id: "essay.other-company", severity: .error,
        summary: LocalizedText(
            ko: "자기소개서 답변에 다른 회사 이름(작업 폴더의 다른 자기소개서 `company:`와 `postings/`의 공고가 말하는 회사)이 남았는지 찾습니다.",
            en: "An essay answer names no other company: the `company:` of the workspace's other essays and the companies its postings name."),
        seed: SeedCitation(Seed.s002, passage: "내가 기업에 지원할때 실제 그 기업에서 어떤 데이터가 발생하는지, 그리고 그 데이터를 수집하고 관리하며, 최종적으로 데이터가 어떤식으로 활용이 되는지에 대한 이해는 필수"),
        rationale: LocalizedText(
            ko: "다른 회사에 낸 답변을 고쳐 쓰다 남긴 회사 이름은 검토자가 가장 먼저 알아채는 실수입니다. 그 회사를 위해 쓴 글이 아니라는 증거가 됩니다.",
            en: "A company name left from another application is the mistake a reviewer spots first: proof the answer was not written for them."),
        help: LocalizedText(
            ko: "그 이름을 이 회사의 이름이나 이 회사의 데이터·서비스 이야기로 바꾸세요.",
            en: "Replace the name with this company's, or with what you know of this company's data and service."),
        triggering: [
            .essay([("줄였습니다.", "줄였습니다. ↓오토런에서도 이 경험을 살리겠습니다.")])
                .adding(RuleExample(["essays/autorun.md": RuleExample.baseEssay.replacingOccurrences(of: "company: 한빛그룹", with: "company: 오토런")])),
            .essay([("줄였습니다.", "줄였습니다. ↓Ridewave의 데이터 플랫폼에서도 이 경험을 살리겠습니다.")])
                .adding(RuleExample(["postings/ridewave.txt": "Data Engineer (Data Platform) — Ridewave\n\nRidewave moves 2 million riders a week.\n"])),
        ],
        nonTriggering: [
            .essay(),
            .essay([("줄였습니다.", "줄였습니다. 한빛그룹에서도 이 경험을 살리겠습니다.")])
                .adding(RuleExample(["essays/autorun.md": RuleExample.baseEssay.replacingOccurrences(of: "company: 한빛그룹", with: "company: 오토런")])),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for essay in context.workspace.essays {
            let own = essay.companyName.lowercased()
            var names: [(name: String, source: String)] = []
            for other in context.workspace.essays where other.file != essay.file {
                names.append((other.companyName, other.file))
            }
            let ownPosting = essay.posting.map { $0.value.hasPrefix("postings/") ? $0.value : "postings/" + $0.value }
            for (posting, name) in context.workspace.postingCompanies.sorted(by: { $0.key < $1.key })
            where posting != ownPosting && posting != (ownPosting ?? "") + ".txt" {
                names.append((name, posting))
            }
            let others = names.filter { name in
                let lower = name.name.lowercased()
                return lower.count >= 2 && !own.contains(lower) && !lower.contains(own)
            }
            for question in essay.questions {
                var reported = Set<String>()
                for line in question.lines {
                    let lower = line.value.lowercased()
                    for other in others where !reported.contains(other.name.lowercased()) {
                        guard let range = lower.range(of: other.name.lowercased()) else { continue }
                        reported.insert(other.name.lowercased())
                        var location = line.location
                        location.column += lower[..<range.lowerBound].unicodeScalars.count
                        findings.append(context.finding(at: location, LocalizedText(
                            ko: "\(essay.companyName)에 내는 답변에 다른 회사 이름 \(Josa.subject.after("「\(other.name)」")) 있습니다 (\(other.source)). 다른 지원서에서 옮겨 온 문장인지 확인하세요.",
                            en: "an answer for \(essay.companyName) names another company, \"\(other.name)\" (\(other.source)): check for a sentence carried over from another application.")))
                    }
                }
            }
        }
        return findings
    }
}
