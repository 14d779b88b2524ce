import Foundation
import FolioModel

/// The sheet's parts beyond skills and stories, each from the seed that asks for it (the seed is
/// cited here, not in the candidate's sheet).
extension InterviewSheetBuilder {
    func sections(roles: RoleProfiles) -> [InterviewSheet.Section] {
        let material = self.material
        var sections: [InterviewSheet.Section] = []
        if let company = workspace.profile.target.company.flatMap({ roles.company($0.value) }) {
            sections.append(companySection(company, material))
        }
        if let level = workspace.profile.target.careerLevel { sections.append(levelSection(level, material)) }
        if workspace.profile.target.role?.value == "data-engineer" { sections.append(fundamentalsSection(material)) }
        sections.append(learningSection(material))
        sections.append(codingTestSection())
        return sections
    }

    /// roles.json's company type: its summary as the note, seed 002's business-process question and
    /// one question per trait ("오픈 소스 솔루션 도입 경험" → "… 보여 줄 경험은 무엇인가요?").
    func companySection(_ company: RoleProfiles.Company, _ material: InterviewMaterial) -> InterviewSheet.Section {
        var questions = [answered(
            text("이 회사의 업무 프로세스에서 어떤 데이터가 생기고, 어떻게 수집·적재하겠습니까?",
                 "What data does this company's business process produce, and how would you collect and load it?"),
            in: material,
            prepare: text("지원할 회사의 서비스를 써 보고, 주문·로그 같은 데이터가 어디서 생겨 어디로 가는지 그려 보세요.",
                          "Use the company's service and sketch where its data (orders, logs) arises and where it goes."))]
        for trait in company.traits {
            let name = trait(language)
            let question = text("이 회사는 \(Josa.object.after("'\(name)'")) 봅니다. 보여 줄 경험은 무엇인가요?", "This company looks for \"\(name)\". What experience shows it?")
            let prepare = text("\(Josa.object.after("'\(name)'")) 보여 줄 경험을 프로젝트나 이야기에 쓰세요.", "Write the experience that shows \"\(name)\" into a project or story.")
            // A trait about learning fast is shown by the skills picked up for a project, as the learning section's question.
            questions.append(material.reader.senses(in: name).contains("learning")
                ? learned(question, query: name, in: material, prepare: prepare)
                : answered(question, query: name, in: material, prepare: prepare))
        }
        return .init(id: "company", title: text("회사 유형: \(company.label(language))", "Company type: \(company.label(language))"),
                     note: company.summary(language), questions: questions)
    }

    /// Seed 004: a junior maintains and tests existing systems and fixes bugs; a mid-level engineer
    /// designs for the analysts and collaborates across teams; a senior or lead defines SLAs, the
    /// architecture, mentors and weighs cost.
    func levelSection(_ level: CareerLevel, _ material: InterviewMaterial) -> InterviewSheet.Section {
        let asks: [(String, String)]
        switch level {
        case .junior:
            asks = [
                ("이미 있는 시스템을 유지보수하거나 기능을 더해 본 경험은?", "Have you maintained an existing system or added a feature to it?"),
                ("작성한 파이프라인을 어떻게 테스트했나요?", "How did you test the pipeline you wrote?"),
                ("버그를 찾아 고친 과정을 말해 주세요.", "Walk me through finding and fixing a bug."),
            ]
        case .mid:
            asks = [
                ("분석가나 데이터 과학자를 위해 설계한 시스템은?", "What did you design for analysts or data scientists?"),
                ("다른 팀과 함께 문제를 푼 경험은?", "How did you solve a problem with another team?"),
                ("운영 중 생긴 문제를 찾아 고친 경험은?", "A production problem you found and fixed?"),
            ]
        case .senior, .lead:
            asks = [
                ("신규·기존 시스템의 SLA를 어떻게 정의하고 관리했나요?", "How did you define and manage SLAs for new and existing systems?"),
                ("데이터 아키텍처를 설계하며 어떤 선택을 했나요?", "What choices did you make designing the data architecture?"),
                ("주니어를 어떻게 이끌고 키웠나요?", "How did you mentor junior engineers?"),
                ("비용을 어떻게 줄이거나 관리했나요?", "How did you cut or manage cost?"),
            ]
        }
        let questions = asks.map { ko, en in
            answered(text(ko, en), in: material,
                     prepare: text("이 질문에 답할 문장이 작업 폴더에 없습니다: 답을 준비하세요.", "Nothing in the workspace answers this: prepare an answer."))
        }
        let label = level.label(language)
        return .init(id: "level", title: text("목표 수준(\(label))의 질문", "Questions for the target level (\(label))"),
                     note: text("이 수준의 엔지니어에게 기대하는 일에 대한 질문입니다.", "What an engineer at this level is expected to do."),
                     questions: questions)
    }

    /// Seed 001: "cs 기초가 탄탄하다면 경험이 많지 않아도 좋다": the fundamentals a data engineer is asked,
    /// each tied to where pipelines meet it.
    func fundamentalsSection(_ material: InterviewMaterial) -> InterviewSheet.Section {
        let asks: [(String, String)] = [
            ("메모리가 부족할 때(OOM) 운영체제와 JVM에서는 무슨 일이 일어나나요?", "What happens in the OS and the JVM when memory runs out (OOM)?"),
            ("프로세스와 스레드의 차이, 그리고 병렬 처리에서 그 차이가 드러난 경험은?", "Process versus thread, and where the difference showed in parallel work?"),
            ("해시·정렬과 파티션은 조인·셔플에서 어떻게 쓰이나요?", "How are hashing, sorting and partitions used in joins and shuffles?"),
            ("데이터베이스 인덱스와 트랜잭션은 적재에서 무엇을 보장하나요?", "What do indexes and transactions guarantee when loading a database?"),
            ("TCP와 네트워크 지연은 수집 파이프라인에 어떤 영향을 주나요?", "How do TCP and network latency affect an ingestion pipeline?"),
        ]
        // Each asks where a pipeline met the concept: the degree that taught it is no such place. A
        // story's sentence comes with its cause: where the OOM showed, and why it happened.
        let questions = asks.map { ko, en in
            answered(text(ko, en), credentials: false, chained: true, in: material,
                     prepare: text("작업 폴더에 이 기초와 이어지는 경험이 없습니다: 개념을 정리하고 예를 하나 준비하세요.",
                                   "No experience in the workspace ties to this: review the concept and prepare one example."))
        }
        return .init(id: "cs", title: text("데이터 엔지니어를 위한 CS 기초", "CS fundamentals for data engineers"),
                     note: text("기술 스택보다 기초와 문제 해결 능력을 보는 회사가 많습니다.", "Many companies weigh fundamentals and problem solving over the stack."),
                     questions: questions)
    }

    /// Seed 002's developer traits: "습득이 빠르고, 새로운 기술에 대한 호기심". Answered by the skills
    /// picked up for a project (`pickedUp`), then by sentences of learning that name a technology: "배치
    /// 작업은 … 설계해야 한다는 것을 배웠습니다" is a lesson, not a technology learned.
    func learningSection(_ material: InterviewMaterial) -> InterviewSheet.Section {
        let question = learned(
            text("짧은 시간에 새로 익혀 실제로 쓴 기술이 있나요? 어떻게 익혔나요?", "A technology you learned quickly and used for real? How did you learn it?"),
            in: material,
            prepare: text("새 기술을 짧게 익혀 적용한 경험을 이야기나 프로젝트에 쓰세요 (무엇을, 얼마 만에, 어떻게).",
                          "Write how you learned a new technology quickly and applied it (what, how fast, how)."))
        return .init(id: "learning", title: text("빠르게 익혀 쓴 기술", "A technology you learned fast"),
                     note: text("습득이 빠르고 새로운 기술에 호기심이 있는지 봅니다.", "Interviewers look for fast learning and curiosity about new technology."),
                     questions: [question])
    }

    /// A question about learning a technology (the learning section, a company trait such as "필요한
    /// 기술을 빨리 습득해 업무에 적용"): the skills picked up for a project, then sentences of learning that
    /// name a technology.
    func learned(_ question: String, query: String? = nil, in material: InterviewMaterial, prepare: String) -> InterviewSheet.Question {
        let picked = pickedUp()
        let sentences = material.answers(to: query ?? question).filter { !$0.meaning.skills.subtracting(InterviewMaterial.genericSkills).isEmpty }
        let lines = picked.map(\.line) + sentences.map { "\($0.text) (\($0.title))" }
        return answer(
            question, lines.isEmpty ? nil : lines.prefix(2).joined(separator: "\n"),
            sources: picked.prefix(2).flatMap(\.sources) + sentences.prefix(max(0, 2 - picked.count)).map(\.file),
            prepare: prepare)
    }

    /// Skills learned for a project and used in it: skills.yaml's `since` falls in the first month of a
    /// project whose stack lists the skill, or within its period (at most `pickedUpWithin` months after
    /// it started). Tools before concepts, then the higher level, the one with a story, the more recent.
    func pickedUp() -> [(line: String, sources: [String])] {
        let skillsFile = workspace.skillsFile ?? "skills.yaml"
        var found: [(line: String, sources: [String], level: Int, told: Bool, since: YearMonth)] = []
        for skill in workspace.skills {
            guard let since = skill.since?.value else { continue }
            let name = catalog.canonicalName(skill.name.value)
            guard catalog.lookup(name)?.kind != .concept else { continue }
            let project = workspace.projects.first { project in
                guard let period = project.period?.value, project.stack.contains(where: { catalog.canonicalName($0.value) == name }) else { return false }
                let months = period.start.months(until: since)
                return months >= 0 && months <= Self.pickedUpWithin && (period.end.map { since <= $0 } ?? true)
            }
            guard let project, let period = project.period?.value else { continue }
            let told = workspace.stories.contains { story in
                story.project?.value == project.id && story.skills.contains { catalog.canonicalName($0.value) == name }
            }
            let started = period.start.months(until: since) == 0
            let line = text(
                "\(skill.name.value): \(since)부터 익혀 \(started ? "같은 달 시작한" : "진행 중이던") 프로젝트 '\(project.displayTitle)'(\(period.text(.ko)))에 썼습니다",
                "\(skill.name.value): picked up in \(since) and used in '\(project.displayTitle)' (\(period.text(.en))), \(started ? "which started that month" : "then under way")")
            found.append((line, [skillsFile, project.file], skill.level?.value ?? 0, told, since))
        }
        return found.sorted { lhs, rhs in
            if lhs.level != rhs.level { return lhs.level > rhs.level }
            if lhs.told != rhs.told { return lhs.told }
            return lhs.since > rhs.since
        }.map { ($0.line, $0.sources) }
    }

    /// How many months after a project started a skill first used in it still counts as picked up for it.
    static let pickedUpWithin = 2

    /// Seed 002: "내가 한 번 풀어보고, 좋은 풀이 보기"; Leetcode, HackerRank, 프로그래머스.
    func codingTestSection() -> InterviewSheet.Section {
        .init(id: "codingTest", title: text("코딩 테스트 준비", "Coding test preparation"),
              note: text("문제를 푸는 것을 넘어 효율적이고 좋은 코드를 내 것으로 만드는 준비입니다.", "Beyond solving: make efficient, good code your own."),
              questions: [],
              advice: [
                  text("먼저 혼자 끝까지 풀고, 그다음 더 좋은 풀이를 읽고 다시 써 보세요.", "Solve it yourself first, then read better solutions and rewrite yours."),
                  text("여러 플랫폼(LeetCode, HackerRank, 프로그래머스)에서 문제 유형을 넓히세요. 프로그래머스 고득점 Kit이 출발점입니다.",
                       "Practise on several platforms (LeetCode, HackerRank, Programmers) to widen the problem types."),
                  text("SQL 문제(조인, 윈도 함수, 집계)도 함께 푸세요: 데이터 직무 코딩 테스트에 자주 나옵니다.",
                       "Solve SQL problems too (joins, window functions, aggregation): data roles' tests often include them."),
              ])
    }
}
