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
}
