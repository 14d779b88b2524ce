/// One stage of a data pipeline as a project describes it (seeds 002, 004: extract, transform,
/// load, schedule, quality checks; seed 001: monitoring): the words that say it and the catalog
/// categories whose tools in `stack` show it by themselves. `project.pipeline` asks for every
/// stage; the workbook's Target sheet counts a project that describes extract, transform and load
/// as ETL shown.
public struct PipelineStage: Sendable {
    /// `extract`, `transform`, `load`, `schedule`, `quality`, `monitoring`.
    public var id: String
    public var label: LocalizedText
    public var words: [String]
    /// Catalog categories in `stack` that show the stage by themselves.
    public var categories: [String]
    public var matcher: PhraseMatcher

    public init(id: String, label: LocalizedText, words: [String], categories: [String]) {
        self.id = id
        self.label = label
        self.words = words
        self.categories = categories
        matcher = PhraseMatcher(words)
    }

    public static let stages: [PipelineStage] = [
        PipelineStage(id: "extract", label: LocalizedText(ko: "수집(추출)", en: "extract"),
                      words: ["수집", "추출", "크롤", "가져", "읽어", "받아", "모아", "extract", "ingest", "collect", "crawl", "scrap", "fetch", "consum", "producer", "프로듀서", "cdc"],
                      categories: ["etl", "streaming"]),
        PipelineStage(id: "transform", label: LocalizedText(ko: "변환", en: "transform"),
                      words: ["변환", "가공", "정제", "집계", "전처리", "파싱", "조인", "중복 제거", "transform", "clean", "aggregat", "pars", "join", "dedup", "enrich", "normaliz"],
                      categories: ["etl"]),
        PipelineStage(id: "load", label: LocalizedText(ko: "적재", en: "load"),
                      words: ["적재", "저장", "넣", "업로드", "load", "write", "insert", "store", "sink", "upsert", "upload"],
                      categories: []),
        PipelineStage(id: "schedule", label: LocalizedText(ko: "실행 주기(스케줄)", en: "scheduling"),
                      words: ["스케줄", "매일", "매시", "매주", "주기", "정기", "실시간", "스트리밍", "트리거", "cron", "airflow", "dag", "schedul", "daily", "hourly", "nightly", "trigger", "stream", "continuous"],
                      categories: ["orchestration"]),
        PipelineStage(id: "quality", label: LocalizedText(ko: "데이터 품질 검증", en: "data-quality checks"),
                      words: ["품질", "검증", "검사", "정합성", "테스트", "quality", "validat", "check", "test", "expectation", "reconcil", "assert"],
                      categories: ["data-quality"]),
    ]

    /// Monitoring and alerts (seed 001 "안정성과 모니터링"; seed 004 "Monitor everything").
    public static let monitoring = PipelineStage(
        id: "monitoring", label: LocalizedText(ko: "모니터링·알림", en: "monitoring and alerts"),
        words: ["모니터링", "알림", "경보", "감시", "monitor", "alert", "alarm", "grafana", "prometheus", "datadog", "slack", "pagerduty", "sla"],
        categories: ["monitoring"])

    /// The ids of the stages (monitoring included) a project describes: in its body, apart from
    /// `## 협업` (a debate there, "검증하기 쉽다고 봤습니다", describes no stage), or by a tool of the
    /// stage's category in its `stack`.
    public static func described(by project: Project, catalog: SkillCatalog) -> Set<String> {
        let collaboration = Set(project.body.section(.collaboration)?.lines.map(\.location.line) ?? [])
        let text = project.body.lines.filter { !collaboration.contains($0.location.line) }.map(\.value).joined(separator: "\n")
        let categories = Set(project.stack.compactMap { catalog.lookup($0.value)?.category })
        return Set((stages + [monitoring]).filter { stage in
            stage.matcher.containsAny(text) || !categories.isDisjoint(with: stage.categories)
        }.map(\.id))
    }

    /// The stages that make a project an ETL pipeline (seed 004 "ETL(추출, 변환 및 로드) 시스템").
    public static let etl: Set<String> = ["extract", "transform", "load"]
}
