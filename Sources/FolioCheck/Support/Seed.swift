import FolioModel

/// The seed documents the rules cite (`../shared/seeds/`), by file name.
enum Seed {
    /// A data-engineering academy graduate's hiring retrospective.
    static let s000 = "000_e67166645004f0e8.txt"
    /// What several kinds of companies look for in a data engineer.
    static let s001 = "001_b8e814d7c59dd683.txt"
    /// A job seeker's notes on skill sets, portfolios and interviews.
    static let s002 = "002_029741b1b488e87f.txt"
    /// Data engineering basics: structured data, SQL, Hive/Spark, workflow, cloud.
    static let s003 = "003_90b337743a6ae236.txt"
    /// Data engineer roles, skills and data reliability engineering.
    static let s004 = "004_f7d48eef483ad173.txt"

    /// What a seed is, for a reader who does not have the files: `folio explain` names the document
    /// by its number and this, not by its file name.
    static func title(of file: String) -> LocalizedText {
        switch file {
        case s000: LocalizedText(ko: "데이터 엔지니어링 교육 수료생의 취업 회고", en: "a data-engineering academy graduate's hiring retrospective")
        case s001: LocalizedText(ko: "회사 유형별로 데이터 엔지니어에게 기대하는 것", en: "what different companies look for in a data engineer")
        case s002: LocalizedText(ko: "기술 스택·포트폴리오·면접에 관한 구직자의 정리", en: "a job seeker's notes on skill sets, portfolios and interviews")
        case s003: LocalizedText(ko: "데이터 엔지니어링 기초: 정형 데이터, SQL, Hive/Spark, 워크플로, 클라우드", en: "data-engineering basics: structured data, SQL, Hive/Spark, workflows, cloud")
        case s004: LocalizedText(ko: "데이터 엔지니어의 역할과 역량, 데이터 신뢰성 엔지니어링", en: "data-engineer roles and skills, data reliability engineering")
        default: LocalizedText(ko: file, en: file)
        }
    }

    /// "채용 조언 002 (기술 스택·포트폴리오·면접에 관한 구직자의 정리)": a seed as `folio explain` cites it.
    static func citation(of file: String, _ language: Language) -> String {
        let number = file.prefix { $0.isNumber }
        let title = title(of: file)(language)
        return language == .ko ? "채용 조언 \(number) (\(title))" : "hiring advice \(number) (\(title))"
    }
}
