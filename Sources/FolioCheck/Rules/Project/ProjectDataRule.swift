import FolioModel

/// The data is described: source, volume with a unit, and format (seeds 000, 003 §2-1).
struct ProjectDataRule: Rule {
    static let description = RuleDescription(
        id: "project.data", severity: .warning,
        summary: LocalizedText(
            ko: "데이터의 출처(`source`), 단위가 있는 규모(`volume`), 형식(`format`: 정형/비정형 등)을 적었는지 확인합니다.",
            en: "The data is described: source, volume (with a unit), format (structured / unstructured)."),
        seed: SeedCitation(Seed.s000, Seed.s003, passage: "프로젝트 할 때 자신이 다루는 데이터의 성격을 이해하는것이 가장 중요 / 대부분 정형 데이터"),
        rationale: LocalizedText(
            ko: "데이터 엔지니어 면접은 \"어떤 데이터였나요? 얼마나 컸나요?\"로 시작합니다. 데이터의 성격을 이해했다는 것이 도구를 써 봤다는 것보다 중요합니다.",
            en: "Data interviews start with \"what data was it, and how big?\". Understanding your data matters more than having used the tools."),
        help: LocalizedText(
            ko: "`data:` 아래에 `source:`(어디서 왔는지), `volume:`(예: 하루 1,200만 행, 약 8 GB: 숫자와 단위), `format:`(예: 정형 CSV, 반정형 JSON)을 쓰세요.",
            en: "Under `data:`, give `source:` (where it came from), `volume:` (e.g. 12 million rows a day, about 8 GB: a number and a unit) and `format:` (e.g. structured CSV, semi-structured JSON)."),
        triggering: [
            .editing("projects/orders-batch.md", "volume: 하루 약 100만 행, 약 2 GB", "volume: ↓1개", excerpt: "volume: 1개   # 크기도 건수도 아님"),
            .editing("projects/orders-batch.md", "data:\n  source: 공개 쇼핑몰 주문 데이터 (Kaggle Olist)\n  volume: 하루 약 100만 행, 약 2 GB\n  format: 정형 CSV 9개 테이블\n",
                     "↓data:\n  source: 공개 쇼핑몰 주문 데이터 (Kaggle Olist)\n"),
            .editing("projects/orders-batch.md", "volume: 하루 약 100만 행, 약 2 GB", "volume: ↓아주 많음"),
            .editing("projects/orders-batch.md", "volume: 하루 약 100만 행, 약 2 GB", "volume: ↓1000000"),
            .editing("projects/orders-batch.md", "data:\n  source: 공개 쇼핑몰 주문 데이터 (Kaggle Olist)\n  volume: 하루 약 100만 행, 약 2 GB\n  format: 정형 CSV 9개 테이블\n  domain: sales\n", "")
                .markingFirstLine("projects/orders-batch.md"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "data:\n  source: 공개 쇼핑몰 주문 데이터 (Kaggle Olist)\n  volume: 하루 약 100만 행, 약 2 GB\n  format: 정형 CSV 9개 테이블"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for project in context.workspace.projects {
            guard let data = project.data else {
                findings.append(context.finding(at: project.blankKeys["data"] ?? context.start(of: project.file), LocalizedText(
                    ko: "\(project.displayTitle): 다룬 데이터(`data:`)에 대한 설명이 없습니다. 출처, 규모, 형식을 적으면 \"어떤 데이터였나요?\"에 답이 됩니다.",
                    en: "\(project.displayTitle): no `data:` description. Source, volume and format answer \"what data was it?\".")))
                continue
            }
            let missing = [("source", data.source), ("volume", data.volume), ("format", data.format)]
                .filter { $0.1 == nil }.map { "`\($0.0)`" }
            if !missing.isEmpty {
                let keys = missing.joined(separator: ", ")
                let blank = ["source", "volume", "format"].filter { key in missing.contains("`\(key)`") }
                    .compactMap { project.blankKeys["data.\($0)"] }.min()
                findings.append(context.finding(at: blank ?? data.location, LocalizedText(
                    ko: "데이터 설명에 \(Josa.subject.after(keys)) 없습니다. 면접관은 데이터가 어디서 와서, 얼마나 크고, 어떤 형태였는지부터 묻습니다.",
                    en: "the data description has no \(keys). Interviewers first ask where the data came from, how big it was and what shape it had.")))
            }
            if let volume = data.volume, !Self.hasNumberAndUnit(volume.value) {
                findings.append(context.finding(at: volume.location, LocalizedText(
                    ko: "`\(volume.value)`만으로는 규모를 알 수 없습니다. `하루 1,200만 행, 약 8 GB`처럼 숫자와 단위를 함께 쓰세요.",
                    en: "`\(volume.value)` does not tell the size. Write a number with a unit, e.g. `12 million rows a day, about 8 GB`.")))
            }
        }
        return findings
    }

    /// A size, a count of rows or events, or a rate: `하루 1,200만 행`, `약 8 GB`, `2M rows a day`.
    /// `1개`, `약 50만` (no unit) and `2024년` do not say how much data there is.
    static func hasNumberAndUnit(_ text: String) -> Bool {
        Measurement.scan(text).measurements.contains { $0.isVolume }
    }
}
