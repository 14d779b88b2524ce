/// What a question or a sentence is about, as data: groups of Korean and English words of one
/// meaning ("senses"), and the skills of the catalog that show each meaning. `MeaningReader` reads
/// them; the interview sheet finds an answer by the senses a question and a sentence share, not by
/// the words they share ("재처리와 중복 적재" is answered by "멱등하게 upsert"; "오픈 소스 솔루션 도입" by
/// "k3s 3노드에 Strimzi Kafka와 Spark 배포"; "일반 서버 엔지니어링 기본기" by Linux's `depth` and a
/// computer-science degree).
extension Lexicon {
    /// One meaning: the words that state it, and the catalog entries whose mention shows it.
    public struct Sense: Sendable {
        /// A stable name: `delivery`, `monitoring`, `server` …
        public var id: String
        /// Stems in both languages, matched case-insensitively; a Latin word must start a word
        /// (`sla` is not the start of `slack`), and one of four letters or fewer must also end one, or
        /// end before a plural `s` (`node` finds `nodes`, `late` not `later`).
        public var words: [String]
        /// Catalog categories whose skills show it (`monitoring` → Grafana, Prometheus).
        public var categories: [String] = []
        /// Catalog names that show it (`Linux` → server engineering).
        public var skills: [String] = []
        /// Whether naming open-source software shows it (`SkillCatalog.Entry.isOpenSource`).
        public var openSource: Bool = false
        /// When not empty, a question stating it asks for a definition, which only a sentence stating
        /// it with a number and one of these words (it sets the target) gives: an SLA is what was
        /// promised, to whom, and the number. A sentence about monitoring is no answer to "SLA는 어떻게
        /// 정의하겠습니까?", nor is one that only breaks a target ("C는 지연 목표(1분)를 어깁니다").
        public var definedBy: [String] = []
    }

    /// The senses the interview sheet's questions ask about, from the seeds' questions: seed 001's
    /// company traits, seed 002's interview questions, seed 004's level questions, the role profiles'.
    public static let senses: [Sense] = [
        Sense(id: "delivery", words: [
            "유실", "중복", "멱등", "재처리", "재실행", "다시 실행", "다시 돌", "재적재", "정확히 한 번", "누락",
            "exactly-once", "at-least-once", "duplicate", "dedup", "idempot", "re-run", "rerun", "replay", "data loss", "lost",
        ]),
        Sense(id: "storage", words: [
            // Not `원본` alone: "집계 건수가 원본보다 1.2% 많아졌습니다", "원본과 비교" compare counts, not keep data.
            "레이크", "웨어하우스", "마트", "저장", "보관", "적재 위치", "외부 테이블", "parquet",
            "원본은", "원본을", "원본 데이터", "원본 로그", "원본 파일", "원본 테이블", "원본 조회", "원본 parquet", "원본 csv", "원본 json",
            // Not `stored`: "the export stored timestamps in KST" keeps values, not data in a store.
            "lake", "warehouse", "mart", "storage", "prefix", "bucket", "raw data",
        ], categories: ["data-warehouse"], skills: ["HDFS", "Amazon S3", "Data Lake", "Data Warehouse"]),
        Sense(id: "monitoring", words: [
            // Detecting a bad load is what monitoring is for: "Time to detect a bad load: 3 days → 20 minutes".
            "모니터링", "알림", "감시", "관측", "대시보드로 확인", "패널", "freshness", "신선도", "탐지", "감지", "알아채",
            "monitor", "alert", "on-call", "pages", "page the team", "paged", "observab", "panel", "detect",
        ], categories: ["monitoring"]),
        // Seed 004: a senior "defines SLAs": a promise of when and how data arrives, to whom, with its number.
        Sense(id: "sla", words: [
            "sla", "slo", "서비스 수준", "지연 목표", "목표 시각", "제공 시각", "완료 시각", "적재 마감",
            "service level", "latency target", "freshness target", "delivery deadline", "ready by",
        ], definedBy: [
            "정하", "정했", "정한", "정의", "합의", "약속", "잡았", "잡고", "설정", "기로 했", "기로 하",
            "agreed", "defined", "set the", "set a", "committed", "promised", "signed off",
        ]),
        Sense(id: "latency", words: [
            "지연", "늦게", "늦어", "밀려", "밀린", "실시간", "제때", "제시간", "반영", "lag",
            "latency", "delay", "late", "real time", "real-time", "on time", "on-time",
        ]),
        Sense(id: "incident", words: [
            "장애", "실패", "오류", "에러", "터졌", "멈췄", "멈춰", "끊겼", "거부", "문제 상황", "이슈",
            "failure", "failed", "incident", "outage", "error", "crash", "broke", "exit code", "oomkilled",
        ]),
        Sense(id: "choice", words: [
            "대안", "선택", "택했", "골랐", "결정", "비교해", "alternative", "option", "chose", "picked", "decided", "weigh", "trade-off",
        ]),
        Sense(id: "cause", words: ["원인", "때문", "이유를 찾", "cause", "root cause", "because", "why it"]),
        // How a cause was found: what "버그를 찾아 고친 과정", "how did you find the cause" ask besides the fix.
        Sense(id: "diagnosis", words: [
            "찾아", "찾고", "찾았", "찾은", "발견", "진단", "추적", "find", "found", "finding", "diagnos", "track down", "tracked down", "pinpoint",
        ]),
        Sense(id: "fix", words: [
            "해결", "고쳤", "고치", "고친", "수정", "바로잡", "버그", "막았", "fix", "fixed", "resolved", "bug", "patched", "corrected",
        ]),
        Sense(id: "cluster", words: [
            "클러스터", "노드", "분산", "컨테이너", "파드", "여러 대", "한 대",
            "cluster", "node", "distributed", "container", "pod",
        ], categories: ["container", "distributed-processing"]),
        Sense(id: "deploy", words: ["배포", "서빙", "릴리스", "롤아웃", "deploy", "serving", "release", "rollout", "rolled out"]),
        Sense(id: "experiment", words: [
            "지표", "실험", "대조군", "실험군", "a/b", "metric", "experiment", "control group", "uplift",
        ], skills: ["A/B Testing", "Experiment Design"]),
        Sense(id: "cleaning", words: [
            "결측", "전처리", "정제", "클렌징", "이상치", "missing value", "preprocess", "cleaning", "cleans", "outlier",
        ]),
        Sense(id: "reporting", words: [
            "리포트", "리포팅", "보고서", "현업", "상품기획", "품질 담당", "운영팀",
            "report", "stakeholder", "finance team", "marketing team", "operators",
        ], categories: ["bi"]),
        Sense(id: "testing", words: [
            "테스트", "검증", "기대치", "검사", "비교하는", "test", "testing", "tested", "validat", "expectation", "assert", "reconcil", "check",
        ], categories: ["data-quality"], skills: ["pytest", "JUnit", "Unit Testing"]),
        Sense(id: "maintenance", words: [
            // An existing system, not an existing result: "기존 결과와 7일치를 비교하는 테스트" is a test.
            "유지보수", "유지 보수", "기존 시스템", "기존 사내", "기존 코드", "기존 파이프라인", "기존 배치", "기존 서비스", "기존 잡",
            "기존에 있던", "이미 있는", "이미 운영", "레거시", "기능을 추가", "기능 추가", "기능을 더", "이어받", "인수인계", "넘겨받", "운영 중",
            "maintain", "existing system", "existing pipeline", "existing code", "existing job", "existing service", "legacy",
            "inherited", "took over", "added a feature", "in production", "production",
        ]),
        Sense(id: "collaboration", words: [
            // Not `함께` alone: "미도착 점포 수를 함께 표시", "엔지니어링과 백엔드를 함께 수행" say "as well".
            "협업", "팀원", "다른 팀", "합의", "의견", "리뷰", "스탠드업", "분석가",
            "colleague", "teammate", "together", "collaborat", "agreed", "another team", "other team", "analyst", "review",
        ]),
        Sense(id: "architecture", words: [
            "아키텍처", "설계", "구조", "확장", "architecture", "design", "scalab", "layout",
        ]),
        Sense(id: "mentoring", words: ["멘토", "가르", "온보딩", "이끌", "mentor", "coach", "onboard", "taught", "led the"]),
        Sense(id: "cost", words: [
            "비용", "절감", "요금", "과금", "청구", "자원", "적은 용량", "cost", "bill", "saving", "spend", "price", "cheaper",
        ]),
        Sense(id: "memory", words: [
            // Exit code 137 is the kernel's OOM killer (SIGKILL) taking a container.
            "메모리", "oom", "outofmemory", "힙", "gib", "memory", "heap", "oomkilled", "exit code 137",
        ]),
        Sense(id: "parallel", words: [
            // Not `executor` or `worker` alone: "tune executors", "worker nodes" name a machine, not threads.
            // Not `동시에` alone: "두 가지를 동시에 바꾸면", "동시에 몰아서 보내" say "at once", not threads.
            "병렬", "스레드", "동시성", "병렬도", "동시 실행", "동시에 실행", "동시에 돌", "멀티프로세스", "멀티스레드", "프로세스 풀", "스레드 풀",
            "parallel", "thread", "concurren", "worker process", "worker thread",
        ]),
        Sense(id: "partition", words: [
            "셔플", "조인", "파티션", "해시", "쏠림", "salt", "shuffle", "join", "partition", "hash", "skew", "skewed",
        ]),
        Sense(id: "transaction", words: [
            "인덱스", "트랜잭션", "업서트", "upsert", "unique", "index", "transaction", "on conflict", "원자적", "atomic", "commit",
        ]),
        Sense(id: "network", words: [
            "네트워크", "tcp", "타임아웃", "패킷", "대역폭", "network", "timeout", "socket", "bandwidth", "packet",
        ]),
        Sense(id: "learning", words: [
            "처음", "새로 익", "새로 배", "익혀", "익혔", "배워", "배웠", "배운", "습득", "독학", "공부",
            "learned", "learnt", "first time", "picked up", "new to", "taught myself", "studied", "ramp",
        ]),
        Sense(id: "collection", words: [
            "수집", "적재", "원천", "발생", "로그 생성", "업로드", "collect", "ingest", "source", "extract", "load", "loading", "loaded", "produced", "upload",
        ], categories: ["streaming", "etl"]),
        Sense(id: "scale", words: [
            "대규모", "대용량", "트래픽", "처리량", "초당", "부하", "volume", "traffic", "throughput", "large-scale", "high-volume", "load test",
        ]),
        Sense(id: "adoption", words: [
            "도입", "구축", "구성", "설치", "배포", "셋업", "세팅", "띄웠", "올렸", "들여",
            "새 시스템", "새로 만든", "처음부터 만든",
            "adopt", "introduc", "set up", "setup", "install", "deploy", "stood up", "rolled out", "migrat", "built", "building",
            "rebuilt", "new system", "from scratch",
        ]),
        Sense(id: "openSource", words: [
            "오픈 소스", "오픈소스", "공개 소프트웨어", "open source", "open-source", "oss", "contribut", "upstream", "기여",
        ], openSource: true),
        Sense(id: "server", words: [
            "서버", "리눅스", "셸", "systemd", "cron", "logrotate", "디스크",
            "server", "linux", "shell", "disk", "self-managed", "on-prem", "온프레미스",
        ], categories: ["infrastructure"], skills: ["Linux", "Bash", "Nginx"]),
        // Building a service's backend (an API, a web server), not running a server: what start-ups ask
        // besides data engineering ("데이터 엔지니어링과 백엔드 개발을 함께 수행").
        Sense(id: "backend", words: [
            "백엔드", "서버 개발", "api 서버", "rest api", "엔드포인트", "backend", "back-end", "api server", "endpoint", "web server",
        ], categories: ["backend"]),
        Sense(id: "fundamentals", words: [
            "기초", "기본기", "원리", "전공", "학부", "학사", "석사", "컴퓨터 과학", "자료구조", "운영체제",
            "fundamental", "basics", "foundation", "principle", "degree", "major", "b.s.", "computer science",
        ], categories: ["cs-fundamentals", "statistics"]),
        Sense(id: "depth", words: [
            "깊이", "제대로", "직접 설정", "튜닝", "설정", "파고", "내부 구조", "하나의 기술", "하나라도", "특정 기술", "확실히 잘",
            "depth", "deep", "tuned", "configur", "internals", "real experience", "at least one", "one stack", "one technology",
            "specific technolog",
        ]),
        // Which release of a tool: skills.yaml's `version` answers it.
        Sense(id: "version", words: ["버전", "version"]),
        Sense(id: "document", words: [
            "문서", "위키", "런북", "정리해", "코드를 읽", "코드를 보", "readme", "runbook", "document", "wiki", "read the code",
        ]),
        Sense(id: "explain", words: [
            "설명", "문서", "공유", "정리해", "전달", "테스트 케이스로", "explain", "document", "shared", "walked through", "presented",
        ]),
        Sense(id: "efficiency", words: [
            "효율", "적은 자원", "자원", "절약", "작은 파일", "압축", "efficient", "resource", "compaction", "compact", "small files",
        ]),
        Sense(id: "quickly", words: ["빨리", "빠르게", "단기간", "짧은 시간", "며칠 만에", "quickly", "in a week", "in days"]),
    ]

    /// Words saying something went wrong: the sentence of a story's situation an interviewer wants
    /// first, rather than the background before it ("시니어분들이 대부분 퇴사해 …").
    public static let problemWords: [String] = [
        "실패", "장애", "지연", "늦게", "늦어", "밀려", "쌓였", "누락", "중복", "오류", "에러", "멈췄", "멈춰", "끊겼", "터졌",
        "초과", "넘었", "부족", "느려", "틀렸", "어긋", "불일치", "깨졌", "폭증", "급증", "문제", "적게 나왔", "많게 나왔",
        "failed", "failing", "failure", "error", "late", "delay", "lag", "slow", "missing", "duplicate", "broke", "crash",
        "outage", "exceeded", "ran out", "mismatch", "wrong", "problem", "issue",
    ]

    /// Words of diagnosis, not of the fix: "로그를 확인했습니다", "We looked at the plan".
    public static let diagnosisWords: [String] = [
        "확인했", "확인해 보", "살펴", "조사", "분석해 보", "분석했", "찾았", "찾아보", "보니", "재현", "측정해 보",
        "checked", "looked", "investigated", "found", "noticed", "traced", "profiled", "reproduced",
    ]

    /// Phrases of an observation: what a screen, a log or a tool showed ("Spark UI의 스테이지 화면에서 …
    /// 6.1 GB였고", "kubectl describe showed the pods were OOMKilled"). Such a sentence is how the cause
    /// was found, not the cause: `Causes.statement` takes the sentence that states it instead.
    public static let observationWords: [String] = [
        "화면에서", "화면을 보", "ui에서", "로그에서", "로그를 보", "로그를 열", "대시보드에서", "콘솔에서", "확인해 보니", "열어 보니",
        "in the logs", "the logs showed", "ui showed", "the ui showed", "describe showed", "dashboard showed", "showed that", " showed the",
    ]

    /// A sentence saying a choice was made, in a story's alternatives or a project's prose (seed 002
    /// "왜 이 기술을 골랐나요?"): a choice or an agreement, not a plan or a step.
    public static let decisionMarkers: [String] = [
        "선택", "택했", "택하", "채택", "골랐", "로 정했", "으로 정했", "합의", "결정했", "결정하", "두기로", "하기로", "쓰기로",
        "chose", "picked", "opted", "decided", "went with", "agreed", "settled", "selected", "adopted",
    ]

    /// Words after an option's label that set it aside rather than choose it: `A 대신 B를`, `A보다`, `A가 아닌`.
    public static let setAsideAfter: [String] = ["대신", "보다", "말고", "아닌", "아니라"]
    /// Words before an option's label that set it aside: `rather than A`, `instead of A`, `over A`, `not A`.
    public static let setAsideBefore: [String] = ["than", "instead of", "over", "not"]

    /// Words of a question that carry no meaning of their own ("어떻게", "경험", "describe").
    public static let questionWords: Set<String> = [
        "데이터", "어떻게", "무엇", "무엇이고", "어떤", "경험", "설명", "주세요", "말해", "있나요", "했나요", "프로젝트", "이력서에", "이력서",
        "직접", "각각", "언제", "하나", "골라", "그렇게", "정했나요", "있는", "없이", "위해", "대해", "통해", "가장", "이유", "적은", "다뤄",
        "봅니다", "보여", "무엇인가요", "회사", "능력", "회사는", "이것을", "무슨", "일이", "어느", "보셨", "주나요",
        "what", "how", "why", "when", "which", "your", "you", "the", "did", "does", "have", "with", "about", "would", "data",
        "project", "experience", "tell", "describe", "and", "for", "that", "this", "from", "into", "are", "was", "were", "one",
        "company", "looks", "shows", "there", "than", "rather", "its", "use", "where", "versus", "happens", "walk", "through",
    ]

    /// Particles and endings stripped from a Korean word to find its stem, longest first
    /// (`재처리와` → 재처리, `설계해야` → 설계).
    public static let koreanEndings: [String] = [
        "하겠습니까", "겠습니까", "하겠나요", "했는지", "하려면", "하나요", "했나요", "해야", "하고", "해서", "했고", "하는", "하며", "에서", "으로", "인가요", "인지",
        "나요", "까요", "을", "를", "이", "가", "은", "는", "의", "에", "로", "와", "과", "도", "한", "된", "할",
    ].sorted { $0.count > $1.count }
}
