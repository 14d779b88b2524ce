import FolioModel

/// `target.role` is set and names a role folio knows (seed 002, seed 000 §1.4).
struct ProfileTargetRoleRule: Rule {
    static let description = RuleDescription(
        id: "profile.target-role", severity: .error,
        summary: LocalizedText(
            ko: "지원할 직무(`target.role`)가 정해져 있고 folio가 아는 직무인지 확인합니다.",
            en: "`target.role` is set and names a role folio knows."),
        seed: SeedCitation(Seed.s002, Seed.s000, passage: "나에게 맞는 포지션을 고른다. / 자신의 강점을 이해하고 확실한 롤을 정하여 타게팅하는게 주요함"),
        rationale: LocalizedText(
            ko: "면접관은 \"왜 이 직무인가\"를 가장 먼저 봅니다. 직무가 정해져야 어떤 스킬과 프로젝트를 앞세울지, folio가 무엇을 기대할지(핵심 역량, 파이프라인, 자격증)가 정해집니다.",
            en: "An interviewer first asks why this role. Once the role is fixed, you know which skills and projects to lead with, and folio knows what to expect (core skills, pipelines, certificates)."),
        help: LocalizedText(
            ko: "folio.yaml의 `target:` 아래에 `role:`을 쓰세요. 가능한 값: \(RoleProfiles.knownRoles.joined(separator: ", ")). 회사 유형(`company:`)은 \(RoleProfiles.knownCompanies.joined(separator: ", ")) 중 하나입니다.",
            en: "Add `role:` under `target:` in folio.yaml, one of: \(RoleProfiles.knownRoles.joined(separator: ", ")). `company:` is one of \(RoleProfiles.knownCompanies.joined(separator: ", "))."),
        triggering: [
            .editing("folio.yaml", "target:\n  role: data-engineer\n", "↓target:\n"),
            .editing("folio.yaml", "role: data-engineer", "role: ↓data-enginer"),
            .editing("folio.yaml", [("name: 김데이터", "↓name: 김데이터"), ("target:\n  role: data-engineer\n  level: junior\n", "")],
                     excerpt: "(target: 없음)"),
            .editing("folio.yaml", "  level: junior", "  company: ↓unicorn\n  level: junior"),
            .editing("folio.yaml", [("target:\n  role: data-engineer\n", "↓target:\n"), ("certifications:", "experience:\n  - organization: 주식회사 데이터\n    position: 데이터 엔지니어\n    period: 2024-07 – 현재\ncertifications:")],
                     excerpt: "target: (role 없음)\nexperience:\n  - position: 데이터 엔지니어   # → role: data-engineer 제안"),
            .editing("folio.yaml", "  level: junior", "  level: ↓대리", excerpt: "level: 대리   # 직급은 경력 단계가 아님"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "target:\n  role: data-engineer"),
            .editing("folio.yaml", "role: data-engineer", "role: Data-Analyst"),
            .editing("folio.yaml", "  level: junior", "  company: enterprise-platform\n  level: junior"),
            .editing("folio.yaml", "  level: junior", "  level: 신입", excerpt: "level: 신입"),
            .editing("folio.yaml", "  level: junior", "  level: 시니어", excerpt: "level: 시니어"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let target = context.profile.target
        var findings: [Finding] = []
        if let role = target.role {
            let key = role.value.lowercased()
            if let profile = context.profiles.role(key), !RoleProfiles.knownRoles.contains(key) {
                // A specialism the seeds name: checked as its family, said so instead of an unexplained error.
                var finding = context.finding(at: role.location, LocalizedText(
                    ko: "\(Josa.topic.after("`\(role.value)`")) \(profile.label.ko) 직군의 세부 직무로 보고 \(profile.label.ko) 기준(`\(profile.id)`)으로 검사합니다. 공고의 직무명을 그대로 쓰려면 그대로 두어도 됩니다.",
                    en: "`\(role.value)` is read as a specialism of \(profile.label.en.lowercased()) and checked as `\(profile.id)`. Keep it if it is the posting's title."))
                finding.severity = .suggestion
                findings.append(finding)
            } else if context.profiles.role(key) == nil {
                let nearest = Spelling.nearest(to: role.value, in: RoleProfiles.knownRoles)
                findings.append(context.finding(at: role.location, LocalizedText(
                    ko: "\(Josa.topic.after("`\(role.value)`")) folio가 모르는 직무입니다.\(nearest.map { " \(Josa.object.after("`\($0)`")) 뜻하셨나요?" } ?? "")",
                    en: "`\(role.value)` is not a role folio knows.\(nearest.map { " Did you mean `\($0)`?" } ?? "")")))
            }
        } else {
            // The latest job's title often names the role already (work history, issue 11).
            let fromJob = context.profile.experience.lazy.compactMap { job in
                job.position.flatMap { position in WorkHistory.role(forTitle: position.value).map { (position.value, $0) } }
            }.first
            let hint = fromJob.map { title, role in
                LocalizedText(ko: " 경력의 직함(\(title))으로 보면 `role: \(role)`입니다.", en: " Your job title (\(title)) suggests `role: \(role)`.")
            } ?? ""
            findings.append(context.finding(
                at: context.profile.blankKeys["target.role"] ?? target.location ?? context.start(of: context.profile.file),
                LocalizedText(
                    ko: "지원할 직무(`target.role`)가 없습니다. 직무가 정해져야 면접관에게 \"왜 이 일을 하려는지\"가 보이고, folio도 직무에 맞는 기준으로 검사할 수 있습니다." + hint.ko,
                    en: "no target role (`target.role`). A clear role shows an interviewer why you want this job, and lets folio check against what that role expects." + hint.en)))
        }
        if let company = target.company, context.profiles.company(company.value.lowercased()) == nil {
            let nearest = Spelling.nearest(to: company.value, in: RoleProfiles.knownCompanies)
            findings.append(context.finding(at: company.location, LocalizedText(
                ko: "\(Josa.topic.after("`\(company.value)`")) folio가 모르는 회사 유형입니다.\(nearest.map { " \(Josa.object.after("`\($0)`")) 뜻하셨나요?" } ?? "")",
                en: "`\(company.value)` is not a company type folio knows.\(nearest.map { " Did you mean `\($0)`?" } ?? "")")))
        }
        if let level = target.level, target.careerLevel == nil {
            let nearest = Spelling.nearest(to: level.value, in: CareerLevel.acceptedSpellings)
            findings.append(context.finding(at: level.location, LocalizedText(
                ko: "\(Josa.topic.after("`level: \(level.value)`")) folio가 아는 경력 단계가 아닙니다 (대리·과장 같은 직급은 회사마다 다릅니다). junior(신입·주니어), mid(미들), senior(시니어), lead(리드) 중 하나를 쓰세요.\(nearest.map { " \(Josa.object.after("`\($0)`")) 뜻하셨나요?" } ?? "")",
                en: "`level: \(level.value)` is not a career level folio knows (company ranks differ between companies). Write junior, mid, senior or lead.\(nearest.map { " Did you mean `\($0)`?" } ?? "")")))
        }
        return findings
    }
}
