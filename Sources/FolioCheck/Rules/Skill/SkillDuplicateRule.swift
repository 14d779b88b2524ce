import FolioModel

/// One skill listed twice in skills.yaml, in two spellings or two groups (`Apache Hadoop` and
/// `Hadoop 에코시스템(HDFS, Hive, HBase)`, `PostgreSQL` and `Postgres`): reported at the second
/// entry, naming the first (`Workspace.repeatedSkills`). The page and the xlsx show it once.
struct SkillDuplicateRule: Rule {
    static let description = RuleDescription(
        id: "skill.duplicate", severity: .warning,
        summary: LocalizedText(
            ko: "한 스킬을 다른 이름이나 다른 묶음으로 두 번 적지 않았는지 확인합니다 (`PostgreSQL`과 `Postgres`, `Apache Hadoop`과 `Hadoop 에코시스템(HDFS, Hive, HBase)`).",
            en: "No skill is listed twice under two spellings or in two groups (`PostgreSQL` and `Postgres`, `Apache Hadoop` and `Hadoop ecosystem (HDFS, Hive, HBase)`)."),
        seed: SeedCitation(Seed.s002, Seed.s001, passage: "구구절절 적지 말고, 한 눈에 잘 들어올 수 있도록 작성하도록 하자 / 다양한 경험보단 하나를 하더라도 제대로 이해하고 있는지"),
        rationale: LocalizedText(
            ko: "같은 스킬이 두 번 나오면 목록을 부풀린 것처럼 보이고, 두 항목의 level·버전이 다르면 어느 쪽이 맞는지 묻게 됩니다. 한 스킬은 한 번, 자신 있게 적으세요.",
            en: "A skill listed twice looks like padding, and two levels or versions for one skill make the reader ask which is true. List each skill once, with confidence."),
        help: LocalizedText(
            ko: "두 항목을 하나로 합치세요: level·version·depth를 한 항목에 모으고, 함께 쓴 세부 도구는 괄호에 적습니다 (`Hadoop 에코시스템(HDFS, Hive, HBase)`). 페이지와 xlsx에는 먼저 적은 항목만 나옵니다.",
            en: "Merge the two entries into one: gather level, version and depth in one entry and name the parts you used in brackets (`Hadoop ecosystem (HDFS, Hive, HBase)`). The page and the xlsx show only the first entry."),
        triggering: [
            .editing("skills.yaml", "- name: CS Fundamentals", """
                - name: Postgres
                  level: 3
                  version: "15"
                  depth: 논리 복제 슬롯과 pg_stat_replication으로 복제 지연을 확인

                - name: ↓PostgreSQL
                  level: 2

                - name: CS Fundamentals
                """, excerpt: "- name: Postgres\n…\n- name: PostgreSQL   # 같은 스킬"),
            .editing("skills.yaml", "- name: CS Fundamentals", """
                - name: Hadoop 에코시스템(HDFS, Hive, HBase)
                  level: 3
                  version: "3.3"
                  depth: HDFS 복제 계수와 YARN 큐를 설정

                - name: ↓Apache Hadoop
                  level: 3
                  group: Data Platforms

                - name: CS Fundamentals
                """, excerpt: "- name: Hadoop 에코시스템(HDFS, Hive, HBase)\n…\n- name: Apache Hadoop"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "스킬마다 한 번"),
            .editing("skills.yaml", "- name: CS Fundamentals", """
                - name: Hadoop 에코시스템(HDFS, Hive, HBase)
                  level: 3
                  version: "3.3"
                  depth: HDFS 복제 계수와 YARN 큐를 설정

                - name: Apache Hive
                  level: 3
                  version: "3.1"
                  depth: 파티션과 버킷 테이블 설계

                - name: CS Fundamentals
                """, excerpt: "- name: Hadoop 에코시스템(HDFS, Hive, HBase)\n- name: Apache Hive   # 괄호 속 부품을 따로 자세히: 중복 아님"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.workspace.repeatedSkills(catalog: context.catalog).map { repeated in
            let second = "`\(repeated.skill.name.value)`", first = "`\(repeated.first.name.value)`"
            let line = repeated.first.name.location.line
            // `(Apache Hadoop)` says which skill, unless one of the two is written so.
            let written = [repeated.skill.name.value, repeated.first.name.value].map(SkillCatalog.normalize)
            let which = written.contains(SkillCatalog.normalize(repeated.name)) ? "" : " (\(repeated.name))"
            return context.finding(at: repeated.skill.name.location, LocalizedText(
                ko: "\(Josa.topic.after(second)) \(line)행의 \(Josa.and.after(first)) 같은 스킬\(which)입니다. 페이지와 xlsx에는 한 번만 나오니 두 항목을 하나로 합치세요.",
                en: "\(second) is the same skill as \(first) on line \(line)\(which). The page and the xlsx show it once: merge the two entries."))
        }
    }
}
