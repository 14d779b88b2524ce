import Foundation
import FolioModel
import FolioMatch

/// The xlsx skill sheet `folio build` writes to `Output/skills.xlsx`: a workbook a recruiter
/// can filter and a job seeker keeps beside each application (seed 002: "which version, and
/// how far did you configure it?").
///
/// Sheets: Skills (스킬), Matrix (매트릭스), Target (목표), Experience (경력) when folio.yaml
/// has a work history, Applications (지원서) when there are `essays/*.md`, and Posting (공고) when `posting` is set. Every user string is written as a text cell, never a formula.
public struct SkillMatrix: Sendable {
    public var workspace: Workspace
    public var catalog: SkillCatalog
    public var profiles: RoleProfiles
    /// The month "years of use" is counted to.
    public var today: YearMonth
    /// The language of sheet names, headers and statuses.
    public var language: Language
    /// An optional extra sheet for `folio match --xlsx`.
    public var posting: PostingSheet?
    /// `SOURCE_DATE_EPOCH`, read once; tests replace it.
    var sourceDateEpoch: String?

    public init(
        workspace: Workspace, catalog: SkillCatalog = .shared, profiles: RoleProfiles = .shared,
        today: YearMonth, language: Language
    ) {
        self.workspace = workspace
        self.catalog = catalog
        self.profiles = profiles
        self.today = today
        self.language = language
        sourceDateEpoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"]
    }

    /// Writes the workbook to `url` atomically: libxlsxwriter writes a temporary file in the
    /// same folder, which is then renamed over `url`, so a reader never sees half a file.
    public func write(to url: URL) throws(FolioError) {
        let folder = url.deletingLastPathComponent()
        // The folder may be a scratch folder (`folio build`'s): made inside `making`, so an interrupt removes it.
        let made = Cleanup.shared.making { Result { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } }
        if case .failure(let error) = made {
            throw .io(path: folder.path, reason: SystemErrorText.text(LocalizedText(ko: "출력 폴더를 만들 수 없습니다", en: "cannot create the output folder"), error))
        }
        // Registered with `Cleanup`; libxlsxwriter makes the file in `XLSXWorkbook.close`.
        let temporary = AtomicFile.temporaryURL(beside: url)
        do {
            try writeWorkbook(at: temporary.path)
        } catch {
            AtomicFile.discard(temporary)
            throw error.cannotWriteMatrix(at: url)
        }
        try AtomicFile.moveIntoPlace(temporary, url)
    }

    /// Builds every sheet into one workbook at `path` and closes it.
    func writeWorkbook(at path: String) throws(XLSXError) {
        // The target comparison judges what the role expects from an index of every text (about a
        // third of the workbook's time): another thread builds the index while this one gathers
        // the Skills sheet's evidence, then judges while the first two sheets are written.
        let (workspace, catalog, profiles, language) = (workspace, catalog, profiles, language)
        let gathered = Handoff<SkillEvidence>()
        let pending = Background(prestarted: true) {
            let index = WorkspaceEvidence(workspace, catalog: catalog)
            return TargetComparison(workspace: workspace, evidence: gathered.value, index: index, catalog: catalog, profiles: profiles, language: language)
        }
        let evidence = SkillEvidence(
            workspace: workspace, catalog: catalog, today: today, noProjectTitle: Labels.noProject(language),
            prefixes: .init(story: Labels.storyPrefix(language), job: Labels.jobPrefix(language), credential: Labels.credentialPrefix(language)))
        gathered.send(evidence)

        let workbook = try XLSXWorkbook(path: path)
        try SkillsSheet.write(evidence, to: workbook.addSheet(named: Labels.skillsSheet(language)), language: language)
        try MatrixSheet.write(evidence, to: workbook.addSheet(named: Labels.matrixSheet(language)), language: language)
        let comparison = pending.value
        try TargetSheet.table(comparison, language: language)
            .write(to: workbook.addSheet(named: Labels.targetSheet(language)))
        if !workspace.profile.experience.isEmpty {
            try ExperienceSheet.write(workspace, to: workbook.addSheet(named: Labels.experienceSheet(language)), today: today, language: language)
        }
        if !workspace.essays.isEmpty {
            try ApplicationsSheet.table(workspace, language: language)
                .write(to: workbook.addSheet(named: Labels.applicationsSheet(language)))
        }
        if let posting {
            try posting.table(language: language).write(to: workbook.addSheet(named: Labels.postingSheet(language)))
        }
        try workbook.setProperties(
            title: documentTitle, author: workspace.profile.name?.value ?? "",
            subject: comparison.heading.map { "\($0) — \(Labels.documentTitle(language))" } ?? Labels.documentTitle(language),
            keywords: keywords(evidence), comments: Labels.documentComments(language),
            created: creationDate)
        try workbook.close()
    }

    var documentTitle: String {
        [workspace.profile.name?.value, Labels.documentTitle(language)].compactMap { $0 }.joined(separator: " — ")
    }

    /// The document title's words, the target, and the first twenty skills by catalog name.
    func keywords(_ evidence: SkillEvidence) -> String {
        var words = [Labels.documentTitle(language), "folio"]
        if let role = workspace.profile.target.role?.value { words.append(role) }
        if let company = workspace.profile.target.company?.value { words.append(company) }
        words += TargetComparison.unique(evidence.skills.prefix(40).map(\.canonicalName)).prefix(20)
        return words.joined(separator: ", ")
    }

    /// The creation time written into the file: `SOURCE_DATE_EPOCH` when set (reproducible
    /// builds), else the first day of the newest month the workspace mentions, so the same
    /// workspace always gives a byte-identical file.
    var creationDate: Date {
        if let text = sourceDateEpoch?.trimmingHorizontalSpace(), let seconds = Int64(text), seconds >= 0 {
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        var months: [YearMonth] = workspace.skills.compactMap { $0.since?.value }
        months += workspace.stories.compactMap { $0.date?.value.yearMonth }
        for project in workspace.projects {
            if let period = project.period?.value { months += [period.start, period.end].compactMap { $0 } }
        }
        months += workspace.profile.certifications.compactMap { $0.date?.value.yearMonth }
        for job in workspace.profile.experience {
            if let period = job.period?.value, !period.ongoing { months += [period.start, period.end].compactMap { $0 } }
        }
        return (months.max() ?? today).firstDay
    }
}
