import FolioModel

/// For data-engineer targets: the project says how data is extracted, transformed, loaded,
/// scheduled and quality-checked (seeds 002, 004); for companies that run platforms, how it is monitored (seed 001).
struct ProjectPipelineRule: Rule {
    /// The stages every pipeline describes, as data in the model (`PipelineStage`).
    static let stages = PipelineStage.stages
    /// Companies that run platforms for others expect monitoring (seed 001 "안정성과 모니터링"; seed 004 "Monitor everything").
    static let monitoringCompanies: Set<String> = ["enterprise-platform", "mature"]
    static let monitoring = PipelineStage.monitoring

    /// Roles whose projects are judged as pipelines.
    static let pipelineRoles: Set<String> = ["data-engineer"]

    static let description = RuleDescription(
        id: "project.pipeline", severity: .suggestion,
        summary: LocalizedText(
            ko: "데이터 엔지니어 지원이면 프로젝트가 수집·변환·적재, 실행 주기, 데이터 품질 검증을 어떻게 했는지 말하는지 봅니다. 플랫폼 회사(enterprise-platform, mature)면 모니터링을 말하는 프로젝트가 하나는 있는지도 봅니다.",
            en: "For data-engineer targets: the project says how data is extracted, transformed, loaded, scheduled and quality-checked; for platform companies (enterprise-platform, mature) at least one project says how it is monitored."),
        seed: SeedCitation(Seed.s002, Seed.s004, passage: "Apache Airflow / Data Reliability Engineering - Monitor everything - 모든 것을 모니터링"),
        rationale: LocalizedText(
            ko: "데이터 엔지니어 면접관은 데이터가 어디서 와서 어떻게 바뀌어 어디에 쌓이는지, 언제 돌고, 틀렸을 때 누가 어떻게 아는지를 묻습니다. 이 흐름을 말할 수 있어야 파이프라인을 만들어 본 사람입니다.",
            en: "Data-engineering interviewers ask where data comes from, how it changes, where it lands, when it runs and how anyone knows it is wrong. Telling that flow shows you built a pipeline."),
        help: LocalizedText(
            ko: "`## 아키텍처` 섹션에 `- 수집:`, `- 변환:`, `- 적재:`, `- 스케줄:`, `- 품질 검증:` 줄을 하나씩 쓰세요 (플랫폼 회사 지원이면 `- 모니터링:`도). 쓰는 도구가 stack에 있으면(예: Airflow, Great Expectations) 그것도 근거로 칩니다.",
            en: "In an `## Architecture` section, write one line each for extract, transform, load, schedule and quality checks (and monitoring for platform companies). Tools in `stack` (Airflow, Great Expectations) count too."),
        triggering: [
            .editing("projects/orders-batch.md", [("- 품질 검증: 원본과 집계 매출 합계를 비교해 다르면 적재 중단\n", ""),
                                                  ("수집부터 집계와 검증까지", "수집부터 집계까지"), ("## 아키텍처", "## ↓아키텍처")],
                     excerpt: "## 아키텍처   # 품질 검증을 어떻게 하는지 없음"),
            .editing("folio.yaml", "  level: junior", "  company: enterprise-platform\n  level: junior")
                .adding(.editing("projects/orders-batch.md", "## 아키텍처", "## ↓아키텍처")),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "- 수집: …\n- 변환: …\n- 적재: …\n- 스케줄: cron으로 매일 02:00 실행\n- 품질 검증: …"),
            .editing("folio.yaml", "role: data-engineer", "role: data-analyst")
                .adding(.editing("projects/orders-batch.md", "- 품질 검증: 원본과 집계 매출 합계를 비교해 다르면 적재 중단\n", "")),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard let role = context.role, Self.pipelineRoles.contains(role.id) else { return [] }
        let projects = context.workspace.projects
        var findings: [Finding] = []
        var monitored = false
        for project in projects {
            let described = PipelineStage.described(by: project, catalog: context.catalog)
            monitored = monitored || described.contains(Self.monitoring.id)
            let missing = Self.stages.filter { !described.contains($0.id) }
            guard !missing.isEmpty else { continue }
            findings.append(context.finding(at: Self.anchor(of: project, context), LocalizedText(
                ko: "\(project.displayTitle): 파이프라인 설명에 \(Josa.subject.after(missing.map(\.label.ko).joined(separator: ", "))) 보이지 않습니다. 데이터 엔지니어 면접관은 데이터가 언제 돌고, 틀렸을 때 어떻게 아는지까지 묻습니다.",
                en: "\(project.displayTitle): the pipeline description does not say: \(missing.map(\.label.en).joined(separator: ", ")). Data-engineering interviewers ask when it runs and how you know when the data is wrong.")))
        }
        // Monitoring is asked of the portfolio as a whole: one project that shows it is enough.
        if let company = context.company, Self.monitoringCompanies.contains(company.id), !monitored,
           let lead = projects.first(where: \.featured) ?? projects.first {
            findings.append(context.finding(at: Self.anchor(of: lead, context), LocalizedText(
                ko: "\(Josa.topic.after(company.name.ko)) 안정성과 모니터링을 중요하게 봅니다. 어느 프로젝트에도 모니터링·알림 이야기가 없으니, 대표 프로젝트(\(lead.displayTitle))에 무엇을 어떻게 지켜봤는지 적으세요.",
                en: "\(company.name.en.withIndefiniteArticle.capitalizedFirst) cares about stability and monitoring, and no project says how it was monitored. Add it to your lead project (\(lead.displayTitle)).")))
        }
        return findings
    }

    /// The architecture heading, where pipeline lines belong; else the overview that describes the
    /// pipeline; else line 1.
    static func anchor(of project: Project, _ context: RuleContext) -> SourceLocation {
        project.body.section(.architecture)?.heading.location ?? project.body.section(.overview)?.heading.location
            ?? context.start(of: project.file)
    }
}
