import FolioModel

extension RuleExample {
    /// A small, clean Korean workspace for a data-engineer target that no rule flags.
    /// Every example overlays or edits these files.
    public static let baseFiles: [String: String] = [
        "folio.yaml": baseProfile,
        "skills.yaml": baseSkills,
        "projects/orders-batch.md": baseProject,
        "stories/spark-oom.md": baseStory,
    ]

    public static let baseProfile = """
        name: 김데이터
        headline: 주문 데이터를 매일 정확하게 집계하는 신입 데이터 엔지니어
        lang: ko
        contact:
          email: kim@example.com
          github: https://github.com/kimdata
        target:
          role: data-engineer
          level: junior
        strengths:
          base: 분산 처리 (Apache Spark)
          alpha: 데이터 품질 검증
        intro: |
          안녕하세요, 주문 데이터를 매일 정확하게 집계하는 신입 데이터 엔지니어 김데이터입니다.
          아카데미 프로젝트에서 하루 백만 행의 주문 데이터를 Spark로 집계해 PostgreSQL에 적재하는
          배치 파이프라인을 혼자 만들었고, 집계 시간을 삼십 분에서 이 분으로 줄였습니다.
          이 과정에서 셔플 파티션 수를 바꿔 가며 메모리 부족 오류를 직접 해결했고,
          왜 그 설정을 골랐는지 설명할 수 있을 만큼 파고들었습니다.
          저의 강점은 분산 처리 위에 데이터 품질 검증을 더하는 것입니다.
          적재할 때마다 행 수와 합계를 원본과 비교하는 검사를 붙여, 숫자가 틀리면
          아침 보고서가 나가기 전에 먼저 알 수 있게 했습니다.
          입사하면 작은 배치 하나라도 끝까지 책임지고, 새벽에 누구도 깨우지 않는
          파이프라인을 만들겠습니다. 감사합니다.
        certifications:
          - name: AWS Certified Solutions Architect – Associate
            date: 2025-03

        """

    public static let baseSkills = """
        - name: Python
          level: 3
          version: "3.11"
          depth: pandas로 주문 CSV를 정제하고 PySpark 잡을 작성
          since: 2023-03

        - name: SQL
          level: 3
          version: "PostgreSQL 15"
          depth: 윈도 함수와 CTE로 일별 집계 쿼리를 작성하고 실행 계획을 점검
          since: 2023-03

        - name: Apache Spark
          level: 3
          version: "3.5"
          depth: executor 메모리와 셔플 파티션 수를 튜닝하고 AQE를 설정
          since: 2024-07

        - name: CS Fundamentals
          level: 2
          version: "학부 자료구조·운영체제"
          depth: 해시 파티셔닝과 메모리 구조를 장애 분석에 적용
          since: 2020-03

        """

    public static let baseProject = """
        ---
        title: 쇼핑몰 주문 일별 집계 배치
        period: 2024-07 – 2024-09
        team: 1
        role: 혼자 설계·개발
        stack: [Python, SQL, Apache Spark]
        data:
          source: 공개 쇼핑몰 주문 데이터 (Kaggle Olist)
          volume: 하루 약 100만 행, 약 2 GB
          format: 정형 CSV 9개 테이블
          domain: sales
        impact:
          - 일별 매출 집계 30분 → 2분
        ---
        ## 개요

        공개 쇼핑몰 주문 데이터를 날마다 집계해 매출 표를 만드는 개인 프로젝트입니다.

        ## 나의 역할

        수집부터 집계와 검증까지 모두 직접 작성했습니다.

        ## 아키텍처

        - 수집: CSV를 Python으로 읽어 Parquet으로 저장
        - 변환: Spark 3.5로 일별·카테고리별 매출 집계
        - 적재: 집계 결과를 PostgreSQL 15에 적재
        - 스케줄: cron으로 매일 02:00 실행
        - 품질 검증: 원본과 집계 매출 합계를 비교해 다르면 적재 중단

        """

    public static let baseStory = """
        ---
        title: 집계 잡 메모리 부족
        project: orders-batch
        skills: [Apache Spark, CS Fundamentals]
        date: 2024-08
        ---
        ## 상황

        일별 집계 잡이 executor 메모리 부족으로 3일 연속 실패했습니다.

        ## 원인

        특정 판매자 ID에 주문이 몰려 셔플 파티션 하나가 3 GB로 커졌습니다.

        ## 대안

        - executor 메모리를 4 GB에서 8 GB로 늘린다
        - 판매자 ID에 salt를 붙여 2단계로 집계한다

        메모리를 늘려도 쏠림이 커지면 다시 실패하므로 두 번째 방법을 선택했습니다.

        ## 해결

        salt(0–7)를 붙여 부분 합계를 구한 뒤 다시 합쳤습니다.

        ## 결과

        - 집계 시간 40분 → 12분, 이후 4주간 실패 0회

        ## 배운 점

        메모리를 늘리기 전에 태스크별 분포를 먼저 봐야 한다는 것을 배웠습니다.

        """

    /// An example that edits one base file: each `old` text is replaced by its `new` text.
    /// The excerpt `folio explain` shows is the new text.
    public static func editing(_ path: String, _ edits: [(old: String, new: String)], excerpt: String? = nil) -> RuleExample {
        var text = baseFiles[path] ?? ""
        var unapplied: [String] = []
        for edit in edits {
            if text.contains(edit.old) {
                text = text.replacingOccurrences(of: edit.old, with: edit.new)
            } else {
                unapplied.append("\(path): \(edit.old)")
            }
        }
        var example = RuleExample([path: text], excerpt: excerpt ?? edits.map(\.new).joined(separator: "\n"))
        example.unappliedEdits = unapplied
        return example
    }

    /// An example that replaces `old` by `new` in one base file.
    public static func editing(_ path: String, _ old: String, _ new: String, excerpt: String? = nil) -> RuleExample {
        editing(path, [(old, new)], excerpt: excerpt)
    }

    /// This example plus the files of another (for examples that touch two files).
    public func adding(_ other: RuleExample) -> RuleExample {
        var combined = self
        combined.files.merge(other.files) { _, new in new }
        combined.unappliedEdits += other.unappliedEdits
        return combined
    }

    /// The files to write (base overlaid, markers removed) and where the markers were.
    public func materialized() -> (files: [String: String], markers: [SourceLocation]) {
        var files = RuleExample.baseFiles
        for (path, text) in self.files {
            files[path] = text.isEmpty ? nil : text
        }
        var markers: [SourceLocation] = []
        for (path, text) in files where text.contains(RuleExample.marker) {
            var lines: [String] = []
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var clean = String.UnicodeScalarView()
                for scalar in line.unicodeScalars {
                    if Character(scalar) == RuleExample.marker {
                        markers.append(SourceLocation(file: path, line: index + 1, column: clean.count + 1))
                    } else {
                        clean.append(scalar)
                    }
                }
                lines.append(String(clean))
            }
            files[path] = lines.joined(separator: "\n")
        }
        return (files, markers.sorted())
    }
}

extension RuleExample {
    /// The base workspace with the self-introduction replaced (`intro: |` and its lines).
    public static func withIntro(_ intro: String, excerpt: String? = nil) -> RuleExample {
        let text = baseProfile
        guard let start = text.range(of: "intro: |"), let end = text.range(of: "certifications:") else {
            var example = RuleExample([:])
            example.unappliedEdits = ["folio.yaml: intro"]
            return example
        }
        let replaced = text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: intro + "\n")
        return RuleExample(["folio.yaml": replaced], excerpt: excerpt ?? intro)
    }
}

extension RuleExample {
    /// Marks line 1, column 1 of `path` (a finding about the whole file).
    /// The base workspace with `names` listed before its first skill as bare entries (`- name:` and
    /// `extra` lines, e.g. `  level: 2`), the first marked: a long bare list draws one finding there.
    /// `markingName` puts the mark before the first name's value instead of its key.
    public static func bareSkillList(_ names: [String], extra: String = "", markingName: Bool = false, excerpt: String) -> RuleExample {
        let entries = names.enumerated().map { index, name in
            let mark = index == 0 ? "↓" : ""
            return markingName ? "- name: \(mark)\(name)\n\(extra)" : "- \(mark)name: \(name)\n\(extra)"
        }.joined()
        return editing("skills.yaml", "- name: Python", entries + "\n- name: Python", excerpt: excerpt)
    }

    /// Eleven web tools the catalog knows, each with a version: a list longer than a reviewer
    /// comments on skill by skill.
    public static let webTools = ["React", "Angular", "Vue.js", "Express", "jQuery", "Laravel", "Flutter", "Redux", "Next.js", "Webpack", "Sass"]

    public func markingFirstLine(_ path: String) -> RuleExample {
        var marked = self
        marked.files[path] = "↓" + (files[path] ?? RuleExample.baseFiles[path] ?? "")
        return marked
    }
}
