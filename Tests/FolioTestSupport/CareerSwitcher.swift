/// A junior career switcher's workspace, shaped like the new user's trial of 2026-12-01 (a Korean
/// backend developer of two years moving to data engineering): a two-year job with three
/// highlights and a stack of its own (Redis only there), a solo side project whose role already
/// says it is solo, a four-person project done in the job, one story, a degree, two certificates,
/// a posting with a `회사:` line. Small enough that everything fits one page.
public enum CareerSwitcher {
    public static let name = "박서연"
    public static let jobTitle = "백엔드 개발자 · 주식회사 옷장메이트"
    public static let highlights = [
        "주문·정산 API 개발 및 운영 (하루 주문 약 3만 건)",
        "정산 배치 실행 시간 50분 → 12분 (쿼리 튜닝과 인덱스 추가)",
        "레거시 정산 코드 리팩터링으로 월 장애 4건 → 1건",
    ]

    public static let files: [String: String] = [
        "folio.yaml": """
            name: 박서연
            headline: 백엔드 2년 경험을 바탕으로 데이터 파이프라인을 만드는 주니어 데이터 엔지니어
            lang: ko
            contact:
              email: seoyeon.park@example.com
              phone: 010-0000-1234
              github: https://github.com/seoyeon-data
              blog: https://seoyeon.example.dev
            target:
              role: data-engineer
              company: service
              level: junior
            strengths:
              base: 백엔드 개발 경험 (Spring, MySQL)
              alpha: 데이터 파이프라인 구축 (Airflow, Spark)
            experience:
              - organization: 주식회사 옷장메이트
                position: 백엔드 개발자
                period: 2022.07 ~ 2024.08
                team: 주문개발팀
                about: 패션 커머스 플랫폼
                highlights:
            \(highlights.map { "      - \($0)" }.joined(separator: "\n"))
                projects: [settlement-batch]
                stack: [Java, Spring Boot, MySQL, Redis, Jenkins]
            education:
              - school: 한빛대학교
                degree: 학사
                major: 경영정보학
                period: 2016.03 ~ 2022.02
            certifications:
              - name: 정보처리기사
                date: 2021-11
              - name: SQLD
                date: 2024-10
            """,
        "skills.yaml": """
            - name: Java
              level: 4
              version: "11"
              depth: Spring Boot 기반 REST API 개발
              since: 2022-07
            - name: Spring Boot
              level: 4
              version: "2.7"
            - name: MySQL
              level: 3
              version: "8.0"
              depth: 슬로우 쿼리 분석, 인덱스 추가
            - name: Python
              level: 3
              version: "3.11"
            - name: Apache Airflow
              level: 2
              version: "2.7"
            - name: Apache Spark
              level: 2
              version: "3.4"
            - name: Redis
              level: 2
              version: "6.2"
            - name: AWS
              level: 2
            """,
        "projects/bike-share-pipeline.md": """
            ---
            title: 공공자전거 대여 데이터 파이프라인
            period: 2024.09 ~ 2025.01
            team: 1
            role: 개인 프로젝트 (설계·구현 전부)
            stack: [Python, Apache Airflow, Apache Spark, PostgreSQL, Amazon S3]
            data:
              source: 공공데이터 대여이력 API
              volume: 하루 약 15만 건
              format: JSON, Parquet로 변환해 저장
            impact:
              - 일별 대여소 집계 40분 → 6분 (작은 파일 병합)
            featured: true
            ---
            ## 개요
            공공자전거 대여 이력을 매일 수집해 대여소별 수요를 집계합니다.
            """,
        "projects/settlement-batch.md": """
            ---
            title: 판매자 정산 배치 재작성
            period: 2023.03 ~ 2023.10
            team: 4
            role: 정산 배치 재작성 담당 (백엔드 3명 중 1명)
            stack: [Java, Spring Boot, Spring Batch, MySQL, Jenkins]
            impact:
              - 정산 배치 50분 → 12분
            featured: true
            ---
            ## 개요
            입점 판매자의 주간 정산금을 계산하는 배치를 Spring Batch로 다시 썼습니다.
            """,
        "stories/small-files.md": """
            ---
            title: 작은 파일 문제로 Spark 집계가 느려진 문제
            project: bike-share-pipeline
            skills: [Apache Spark, Amazon S3]
            date: 2024-11
            ---
            ## 상황
            일별 집계가 8분에서 40분으로 늘었습니다.
            ## 원인
            수집 단계가 API 페이지마다 파일을 하나씩 써서 하루 파티션에 작은 파일이 6만 개 쌓였습니다.
            ## 해결
            수집 후 하루 파티션을 하나로 병합하고, 집계는 전날 파티션만 읽게 바꿨습니다.
            ## 결과
            - 집계 40분 → 6분
            """,
        "postings/kurly-like-de.txt": """
            [바른마켓] 데이터 엔지니어 (Data Platform)

            회사: 바른마켓

            [자격요건]
            - Python, Java 중 1개 이상의 언어 사용 능력
            - SQL 활용 능숙자
            - Airflow 등 워크플로 관리 도구 사용 경험
            """,
    ]
}
