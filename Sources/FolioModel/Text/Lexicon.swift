/// What the text layer knows of Korean and English résumé language, as data: units and counters,
/// vague claims and clichés, reason and choice markers. Adding a word is a line here and a line in
/// `LexiconTests`; the readers (`MeasurementReader`, `ClaimReader`, `ReasonReader`) hold no words.
public enum Lexicon {
    /// A unit or counter after a number, and what it makes the number.
    public struct Unit: Sendable {
        public var spelling: String
        public var kind: Measurement.Kind
        /// Whether it must follow the number with no space (`3x`, `5m`) to count.
        public var attached: Bool

        init(_ spelling: String, _ kind: Measurement.Kind, attached: Bool = false) {
            self.spelling = spelling
            self.kind = kind
            self.attached = attached
        }
    }

    /// Units and counters, Korean and English. Longest spelling wins (`개월` before `개`, `%p` before `%`).
    public static let units: [Unit] = {
        let duration: [String] = [
            "밀리초", "초", "분", "시간", "일간", "일", "주간", "주", "개월", "달", "년간", "년",
            "ms", "msec", "millisecond", "milliseconds", "sec", "secs", "second", "seconds", "s",
            "min", "mins", "minute", "minutes", "m", "h", "hr", "hrs", "hour", "hours",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "yr", "yrs",
        ]
        let dataSize = Array(byteFactors.keys)
        let count = [
            "건", "행", "줄", "회", "번", "차례", "개사", "곳", "대", "편", "종", "가지", "쿼리", "테이블", "파일",
            "rows", "row", "records", "record", "events", "event", "users", "user", "requests", "request",
            "queries", "query", "files", "file", "jobs", "job", "tables", "table", "failures", "failure",
            "errors", "error", "incidents", "incident", "alerts", "alert", "tickets", "ticket", "customers",
            "customer", "sessions", "session", "messages", "message", "partitions", "partition", "nodes", "node",
            "servers", "server", "clicks", "click", "orders", "order", "transactions", "transaction",
            "times", "runs", "run", "documents", "docs", "pages", "page", "items", "sku", "skus",
            "dashboards", "reports", "pipelines", "models", "features", "experiments", "tests", "downloads",
            "visits", "visitors", "members", "accounts", "devices", "sensors", "stores", "products", "logs",
            "lines", "calls", "writes", "reads", "plays", "streams", "listens", "subscribers", "snapshots", "images", "photos",
            "장", "매", "명분",
        ]
        let percentage = ["%p", "%포인트", "%", "퍼센트", "프로", "percent", "pp", "percentage points", "포인트", "bp"]
        let money = ["만원", "억원", "천원", "원", "달러", "불", "usd", "krw", "dollars", "won"]
        let rate = Array(ratePeriods.keys)
        var table: [Unit] = []
        table += duration.map { Unit($0, .duration, attached: ["s", "m"].contains($0)) }
        table += dataSize.map { Unit($0, .dataSize) }
        table += count.map { Unit($0, .count) }
        table += percentage.map { Unit($0, .percentage) }
        table += money.map { Unit($0, .money) }
        table += rate.map { Unit($0, .rate) }
        table += ["배", "x", "×", "times faster", "times"].map { Unit($0, .multiplier, attached: $0 == "x") }
        table += ["명", "인", "people", "engineers", "developers", "members of", "teammates", "person"].map { Unit($0, .people) }
        table += ["개", "종류"].map { Unit($0, .items) }
        table += ["월"].map { Unit($0, .date) }
        return table.sorted { $0.spelling.unicodeScalars.count > $1.spelling.unicodeScalars.count }
    }()

    /// Data-size units and how many bytes each is (`8 GB`, `500 기가`, `2TB/day`).
    public static let byteFactors: [String: Double] = [
        "바이트": 1, "킬로바이트": 1e3, "메가바이트": 1e6, "기가바이트": 1e9, "테라바이트": 1e12, "페타바이트": 1e15,
        "기가": 1e9, "테라": 1e12, "메가": 1e6,
        "kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12, "pb": 1e15, "kib": 1_024, "mib": 1_048_576, "gib": 1_073_741_824,
        "tib": 1_099_511_627_776, "pib": 1_125_899_906_842_624, "bytes": 1, "byte": 1,
    ]

    /// Rate units after a number (`5,000 TPS`, `200건/초`, `1,400 per second`) and how many seconds
    /// their period is. The ones from `/` on also follow a count unit (`10K events/sec`,
    /// `1,400 events per second`) and make it a rate.
    public static let ratePeriods: [String: Double] = [
        "tps": 1, "qps": 1, "rps": 1, "eps": 1, "건/초": 1, "건/분": 60, "건/일": 86_400, "행/초": 1, "건/시간": 3_600,
        "/s": 1, "/sec": 1, "/min": 60, "/day": 86_400, "/일": 86_400, "/초": 1, "/분": 60, "/h": 3_600, "/hour": 3_600,
        "per second": 1, "per minute": 60, "per day": 86_400, "per hour": 3_600, "a day": 86_400, "a second": 1,
    ]
    /// Words before a number that make it a rate, with their period in seconds: `초당 1,400건`, `분당 6만 건`,
    /// and the rate units written before their value (`QPS 3,000`, `peak TPS 5,000`).
    public static let ratePrefixes: [String: Double] = [
        "초당": 1, "분당": 60, "시간당": 3_600, "tps": 1, "qps": 1, "rps": 1, "eps": 1,
    ]

    /// Count units that count data: rows, records, events, requests, messages, logs, bytes' kin
    /// (seed 002 "TB규모이상의 데이터가 처리", "로그 데이터", "구매내역"; seed 001 "대규모 트래픽"). A
    /// count of these (and of the Korean `건`, `행`, `줄`) says how much data was processed; a count of
    /// users, customers, tickets or incidents does not (`월 사용자 3만 명`, `12,000 support tickets`).
    public static let dataCountUnits: Set<String> = [
        "건", "행", "줄", "쿼리", "파일", "장",
        "rows", "row", "records", "record", "events", "event", "requests", "request", "queries", "query", "files", "file",
        "messages", "message", "transactions", "transaction", "orders", "order", "clicks", "click", "sessions", "session",
        "logs", "lines", "writes", "reads", "plays", "streams", "listens", "documents", "docs", "snapshots", "images",
        "photos", "visits", "calls", "pages",
    ]
    /// Nouns that, as what a count counts (the word before it, or after `건의`), make it no data:
    /// people and a team's workload (`고객 문의 연 1만 2천 건`, `12,000 support requests a year`).
    /// Matched at the start of a word, so particles may follow (`문의가`, `users'`).
    public static let nonDataCountNouns: [String] = [
        "문의", "티켓", "민원", "상담", "장애", "알림", "경보", "오류", "에러", "버그", "사용자", "고객", "회원", "가입자",
        "구독자", "방문자", "이용자", "유저", "직원", "학생", "수강생", "지원자", "다운로드", "채용", "계약",
        "support", "ticket", "customer", "user", "helpdesk", "help-desk", "complaint", "inquir", "incident", "alert",
        "subscriber", "visitor", "member", "employee", "student", "download",
    ]
    /// Words passed over, looking back from a number, for the noun it counts: periods, approximations,
    /// rate words (`고객 문의 연 1만 2천 건`: 문의; `초당 약 1,400건`: none).
    public static let countQualifiers: Set<String> = [
        "연", "연간", "월", "월간", "주", "주간", "일", "하루", "매일", "일일", "매월", "매년", "약", "평균", "최대", "최고", "피크",
        "총", "누적", "최소", "일평균", "월평균", "초당", "분당", "시간당", "연평균", "대략",
        "about", "around", "roughly", "approximately", "over", "up", "to", "peak", "avg", "average", "max", "nearly",
        "a", "an", "per", "year", "month", "day", "daily", "monthly", "yearly", "annual", "annually", "of", "some",
    ]

    /// Words before a bare number that make it a metric's value: `AUC 0.91`, `F1 0.82`, `정확도 93`.
    public static let metricNames: [String] = [
        "auc", "roc-auc", "f1", "f1-score", "rmse", "mae", "mape", "mse", "r2", "r²", "accuracy", "precision",
        "recall", "ndcg", "map", "mrr", "hit rate", "logloss", "log loss", "bleu", "rouge", "wer", "iou", "map@10",
        "ctr", "cvr", "roas", "cac", "ltv", "arpu", "dau", "mau", "wau", "nps", "p50", "p90", "p95", "p99", "sla",
        "정확도", "정밀도", "재현율", "점수", "클릭률", "전환율", "이탈률", "재방문율", "리텐션", "가동률", "정확률", "score",
    ]

    /// Words before a bare number that make it a version: `버전 3`, `version 2`, `v` (attached).
    /// Words that make a contest a data or ML one, whose score is an evaluation metric (seed 003
    /// "Kaggle 류: 명확한 평가 metric 개선이 중요"): the platforms, and what such a contest asks
    /// for (a forecast, a classification, an analysis). With the catalog's ML, analysis and
    /// statistics concepts (`SkillCatalog.concepts(namedIn:)`), not instead of them. Matched in
    /// lowercased text padded with spaces (` ai `: a word, not the letters of "chair").
    public static let dataContestWords: [String] = [
        "kaggle", "dacon", "데이콘", "데이터", "data", "인공지능", " ai ", "a.i.", "예측", "prediction", "predicting",
        "forecast", "분석", "analytics", "analysis", "추천", "recommendation", "분류", "classification", "탐지", "detection",
    ]

    public static let versionWords: [String] = ["버전", "version", "ver", "ver.", "release", "릴리스"]

    /// Native Korean numerals that count before a counter (`한 달`, `두 배`, `세 번`).
    public static let koreanNumerals: [String: Double] = [
        "한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
    ]
    /// The counters a native numeral may take to make a measurement.
    public static let nativeCounters: [String: Measurement.Kind] = [
        "배": .multiplier, "달": .duration, "시간": .duration, "주": .duration, "번": .count, "차례": .count,
    ]
    /// English words that are multipliers by themselves.
    public static let multiplierWords: [String: Double] = ["twice": 2, "half": 0.5, "halved": 0.5, "doubled": 2, "tripled": 3]

    /// Large-number suffixes in Korean: `1.2억`, `500만`, `3천`.
    public static let koreanMagnitudes: [Character: Double] = ["만": 1e4, "억": 1e8, "천": 1e3, "백": 1e2, "조": 1e12]

    /// Arrows between a before and an after: `6시간 → 20분`.
    public static let arrows: [String] = ["→", "->", "=>", "⇒", "➜", "➔", "~>", "⟶", "▶"]

    // MARK: Claims

    /// A vague claim: a stem, what sort of claim it is, and the language it belongs to.
    public struct ClaimWord: Sendable {
        public var stem: String
        public var kind: Claim.Kind
        init(_ stem: String, _ kind: Claim.Kind) {
            self.stem = stem
            self.kind = kind
        }
    }

    /// Stems of vague claims (seed 000 §1.1 "정확한 단어선택"; seed 002 "구구절절 적지 말고"). Matched on
    /// the stem, so `개선했습니다`, `개선함`, `개선하여` all count; see `nonClaimEndings`.
    /// Words that open a sentence with the result of the one before (`…성공적으로 완료했습니다. 그 결과
    /// 작성 시간이 4시간에서 10분으로 줄었습니다`): a success claim is answered by a result there too.
    public static let resultConnectives = [
        "그 결과", "그결과", "결과적으로", "이로써", "이를 통해", "이를 통해서", "이 덕분에", "덕분에", "그 덕분에",
        "as a result", "as a consequence", "consequently", "thanks to this", "this cut", "this reduced", "this brought",
    ]

    public static let claimWords: [ClaimWord] = {
        let size = [
            "대용량", "대량의", "대량 데이터", "많은 양", "많은 데이터", "방대한", "대규모 데이터", "수많은", "엄청난", "막대한", "빅데이터", "빅 데이터",
            "large-scale", "large scale", "large data", "large amounts", "large volumes", "massive", "huge",
            "a lot of data", "lots of data", "big data", "high-volume", "high volume",
        ]
        let improvement = [
            "개선", "향상", "최적화", "절감", "단축", "효율", "높였", "높임", "높여", "줄였", "줄임", "빨라", "빠르게",
            "improv", "optimiz", "optimis", "enhanc", "boost", "speed up", "sped up", "faster", "efficient", "streamlin",
            "much better", "much faster", "훨씬", "상승", "증대", "증가시", "늘렸", "늘림",
        ]
        let quality = [
            "안정적", "안정성", "안정화", "신뢰성", "편리", "편의성", "원활", "고도화",
            "robust", "reliab", "seamless", "stable", "stabiliz", "smooth", "consistent and", "trustworthy", "scalable", "확장성 있는", "확장 가능한",
        ]
        let intensity = [
            "크게", "대폭", "획기적", "현저히", "상당히", "비약적", "눈에 띄게",
            "significantly", "dramatically", "greatly", "substantially", "drastically", "considerably",
        ]
        // Success claimed without its result (seed 000 §1.3 "기간 내에 결과물을 내는"): `성공적으로 완료했습니다`.
        let achievement = [
            "성공적으로", "성공적인", "성공적이", "성공리에", "성공시켰", "좋은 성과", "큰 성과", "좋은 결과", "좋은 반응",
            "긍정적인 영향", "긍정적인 반응", "긍정적인 결과", "호평",
            "successful", "a success", "great success", "big success", "huge success", "positive impact",
            "positive results", "positive feedback", "good results", "well received", "well-received",
        ]
        let cliche = [
            "열정", "성실", "열심히", "최선을", "다양한 경험", "소통", "책임감", "끈기", "꼼꼼",
            "passionate", "passion for", "hard-working", "hardworking", "team player", "fast learner", "quick learner",
            "detail-oriented", "self-motivated", "go-getter", "results-driven",
        ]
        return size.map { ClaimWord($0, .size) } + improvement.map { ClaimWord($0, .improvement) }
            + quality.map { ClaimWord($0, .quality) } + intensity.map { ClaimWord($0, .intensity) }
            + achievement.map { ClaimWord($0, .achievement) } + cliche.map { ClaimWord($0, .cliche) }
    }()

    /// What may follow a stem and make it no claim of a result: a plan (`개선할`, `개선이 필요`), a
    /// noun for a proposal or a point (`개선안`, `개선점`), a thing's name (`효율성 지표`).
    public static let nonClaimEndings: [String] = [
        "안", "점", "할 ", "할수", "할 수", "하려", "해야", "이 필요", "가 필요", "방안", "사항", "하고자", "하기 위", "을 위해",
        "를 위해", "이 떨어", "가 떨어", "이 낮", "가 낮", "이 나빠", "저하", "문제", "하지 못", "되지 않", "되지 못",
        // `빠르게 성장하는 서비스`: the company's growth, not the applicant's result.
        "성장", "변화", "변하", "발전하는",
        // `첫 배포는 성공적이지 못했습니다`: a problem told, not a success claimed.
        "지 못", "지 않",
    ]

    /// English words that, one or two words before a claim's stem, deny it: `was not successful`,
    /// `never stable`, `no improvement`, `wasn't efficient` (the Korean `성공적이지 못했습니다` is in
    /// `nonClaimEndings`). `not only improved …` still claims.
    public static let negationWords: Set<String> = ["not", "never", "no", "without", "hardly", "nor", "neither", "barely"]
    /// Words after `not` that keep the claim: `not only improved`, `not just faster`.
    public static let negationExceptions: Set<String> = ["only", "just", "merely"]

    /// Phrases that contain a claim's stem but name a thing: `gradient boosting`, `XGBoost`.
    public static let claimFalseFriends: [String] = [
        "gradient boost", "boosting", "xgboost", "adaboost", "catboost", "lightgbm", "optimizer", "optimization problem",
        "최적화 문제", "최적화 기법", "개선안", "효율성 지표",
    ]

    /// Nouns after a size or field word that make it part of a name, not a claim: `청년 AI Big Data 아카데미`,
    /// `신입 빅데이터 엔지니어`, `대용량 처리 경험` is still a claim.
    public static let nameNouns: [String] = [
        "아카데미", "academy", "과정", "course", "program", "프로그램", "학과", "전공", "센터", "center", "캠프", "camp",
        "부트캠프", "bootcamp", "분석기사", "대회", "경진대회", "연구소", "lab", "스쿨", "school", "교육", "전문가",
        "엔지니어", "engineer", "분석가", "analyst", "직무", "분야", "기술", "개발자", "developer", "플랫폼팀", "team", "팀",
        "engineering", "엔지니어링", "specialist",
    ]

    /// Phrases that place what a story tells before the work it belongs to began: the incident that
    /// led to a project (`이전 프로젝트를 시작하기 직전`, `just before the migration started`). A story
    /// saying so may carry a date before its project's period.
    public static let beforeTheWorkPhrases: [String] = [
        "시작하기 전", "시작하기 직전", "시작 전", "시작 직전", "착수 전", "착수하기 전", "착수 직전", "도입 전", "도입하기 전",
        "이전하기 전", "전환하기 전", "프로젝트 전", "프로젝트 직전", "프로젝트의 계기", "프로젝트를 시작한 계기", "계기가 되",
        "before the project", "before we started", "before the migration", "before it started", "before the work started",
        "before i started", "before starting", "led to the project", "prompted the project", "that started the project",
        "which started the project", "kicked off the project",
    ]

    // MARK: Reasons

    /// Nouns that label an option in a list, before its mark: `대안 1:`, `방법 A)`, `Option 2 -`, `Plan B:`
    /// (seed 000 §1.3 "가능한 대안들을 찾아내고"). `A안:` / `1안)` put the mark first (`Alternatives.optionLabel`).
    public static let optionLabelNouns: [String] = [
        "대안", "방안", "방법", "옵션", "선택지", "후보", "option", "alternative", "approach", "plan", "choice", "solution",
    ]

    /// Words after a skill's name that mean "and what is built around it" (seed 001 "Hadoop Eco-System
    /// (하둡 기반에서 연결된 많은 시스템)"): `Hadoop 에코시스템` is Hadoop, whatever the script of each half.
    public static let ecosystemWords: [String] = ["에코시스템", "에코 시스템", "생태계", "ecosystem", "eco-system", "eco system"]

    /// What ends a list with "and so on" (`Spark, Kafka 등`, `Spark, Kafka, etc.`): no item of the list.
    /// Longest first (`등등` before `등`).
    public static let listEndings: [String] = ["등등", "등", "etc.", "etc", "…", "..."]

    /// Causal markers: a sentence holding one gives a reason (`-서`, `-니까`, `-므로`, `때문`, because).
    public static let causalMarkers: [String] = [
        "때문", "므로", "니까", "수 있어", "수 없어", "있어서", "없어서", "커서", "느려서", "늦어서", "이라서", "여서", "해서", "어서", "아서", "라서", "으니", "덕분", "위해", "위하여", "탓에",
        "because", "since ", " as it", " as the", " so that", "due to", "given that", "which meant", " so we", " so i",
        "therefore", "thus", "otherwise",
    ]
    /// Words that name a consideration without its consequence: `전체 시간을 고려해 B를 선택`, `considering
    /// the cost`. They make no reason by themselves, and their `-해서` (`고려해서`) is no causal ending.
    public static let considerationWords: [String] = [
        "고려해서", "고려하여", "고려해", "고려했", "고려한", "감안해서", "감안하여", "감안해", "감안했", "감안한", "생각해서", "생각하여",
        "종합적으로 판단", "종합해서", "considering", "taking into account", "took into account", "with that in mind", "in consideration",
    ]
    /// A sentence choosing one option: `B로 정했습니다`, `두 번째를 먼저 적용`, `went with B`.
    public static let choiceMarkers: [String] = [
        "선택", "택했", "택함", "택하", "채택", "골랐", "고름", "정했", "정함", "결정했", "결정함", "결정하였", "결론", "적용했",
        "적용함", "적용하기로", "쓰기로", "하기로", "가기로", "진행했", "선정", "로 갔", "으로 갔", "정리했", "최종",
        "chose", "choose", "chosen", "picked", "opted", "decided", "went with", "settled on", "selected", "preferred",
        "we used", "i used", "adopted",
    ]
    /// Words that look like a choice but name a thing: `결정 트리` (a decision tree).
    public static let choiceFalseFriends: [String] = ["결정 트리", "결정트리", "decision tree", "선택지", "선택 사항", "selection bias"]
    /// Evaluative words that make an option carry its trade-off: `확실하지만 며칠 걸림`, `too slow`.
    public static let tradeOffWords: [String] = [
        "지만", "느리", "빠르", "비싸", "비용", "걸림", "걸린", "걸려", "어렵", "쉽", "복잡", "간단", "위험", "부담", "확실", "불확실",
        "장점", "단점", "한계", "문제", "불가", "가능", "필요", "없", "많", "적", "크", "작", "늘어", "줄어", "안전", "깨지",
        "slow", "fast", "cost", "expensive", "cheap", "risk", "simple", "complex", "hard", "easy", "but", "though",
        "however", "would", "could", "requires", "needs", "too ", "only", "breaks", "safer", "pros", "cons", "downside",
    ]

    /// Words that hold a trade-off word's letters but weigh nothing: `적용` (적), `작업` (작), `크기` (크),
    /// `considering` (cons). Set aside before `tradeOffWords` are looked for.
    public static let tradeOffFalseFriends: [String] = [
        "적용", "적재", "적었", "적어", "적고", "적은 뒤", "작업", "작성", "작동", "시작", "제작", "조작", "동작", "목적", "최적", "적절", "크기", "크롤",
        "considering", "constant", "consumer", "console", "consistent",
    ]

    // MARK: Collaboration

    /// A disagreement in a team (seed 000 §1.2 "팀원으로서 갈등해결능력"): not a meeting or a discussion.
    public static let disagreementMarkers: [String] = [
        "갈등", "의견이 갈", "의견이 달", "의견 차이", "의견차", "이견", "반대", "충돌", "부딪", "대립", "엇갈", "맞섰", "우려", "걱정",
        "반발", "주장했", "주장이", "설득", "불만", "다른 의견", "생각이 달", "입장이 달", "입장 차", "고집",
        "disagree", "conflict", "pushed back", "push back", "objected", "argued", "argument", "concern", "worried",
        "clash", "tension", "different view", "did not agree", "didn't agree", "wanted a different", "preferred a different",
        // Two wants side by side: `Finance wanted …; RevOps wanted …`, `PM은 …하자고 했고, 저는 … 봤습니다`.
        "wanted", "insisted", "preferred", "proposed", "자고 했", "하자고", "자는 의견", "다고 봤", "고 봤습니다", "다고 생각했", "제안했지만", "반면",
    ]
    /// How it was settled.
    public static let resolutionMarkers: [String] = [
        "합의", "정리", "결정", "설득", "타협", "조율", "정했", "하기로", "가기로", "쓰기로", "맞췄", "양보", "절충", "결론", "채택", "받아들",
        "동의", "수용", "해소", "풀었", "풀렸", "마무리", "쪽으로", "로 했", "으로 했", "기로 했", "반영했", "반영함",
        "agreed", "settled", "resolved", "compromise", "convinced", "persuaded", "decided", "went with", "aligned",
        "accepted", "adopted", "chose", "picked", "so we", "shipped", "ended up", "landed on", "opted", "we kept", "agreement",
    ]

    // MARK: Own part

    /// Words that name no part of the work by themselves: `role: 참여`, `role: 팀원`, `member`.
    public static let emptyRoleWords: Set<String> = [
        "참여", "참가", "팀원", "멤버", "구성원", "인원", "담당", "역할", "팀", "일원", "개발자", "개발", "업무", "작업", "수행", "지원", "보조",
        "member", "participant", "participated", "team", "teammate", "developer", "contributor", "worked", "on", "the", "a", "of", "as",
    ]

    /// Words that name the team as the one acting, matched at the start of a word (`우리 팀은`, `we `):
    /// an essay answer of these alone tells the team's work (seed 000 "과제 베껴내지 말것").
    /// A team named by its function (`운영팀이`, `상품기획팀은`) is another team, not the writer's.
    public static let teamWords: [String] = [
        "우리 팀", "저희 팀", "우리팀", "저희팀", "팀은", "팀이", "팀에서", "팀원들과", "우리는", "저희는", "우리가", "저희가",
        "we ", "our team", "the team",
    ]
    /// Nouns for people other than the writer who act in a sentence (`운영팀이 엑셀로 집계하는`,
    /// `현업이 요청한`), matched at the end of a word before `subjectParticles`; a bare `팀이` is the
    /// writer's team (`teamWords`).
    public static let actorNouns: [String] = [
        "팀", "부서", "본부", "담당자", "분석가", "기획자", "동료", "선배", "팀장", "매니저", "고객", "고객사", "사용자", "현업",
        "운영자", "관리자", "직원", "개발자들", "엔지니어들", "분석가들", "동료들", "사람들",
    ]
    /// Korean particles that make the word before them the one acting (`운영팀이`, `고객은`, `팀장께서`).
    public static let subjectParticles: [String] = ["이", "가", "은", "는", "께서"]
    /// English words, matched at the start of a word, naming someone other than the writer as the one
    /// acting (`the ops team used Excel`, `analysts kept …`); `<noun> team` is another team unless
    /// `our`/`my`/`the`/`a` comes before it.
    public static let otherActorWords: [String] = [
        "they ", "he ", "she ", "analysts ", "stakeholders ", "colleagues ", "managers ", "the business ",
    ]
    /// Words before `team` that make it the writer's: `our team`, `the team`.
    public static let ownTeamDeterminers: Set<String> = ["our", "my", "the", "a", "whole", "same"]
    /// Words by which the writer names their own part, matched at the start of a word (`제가`, `I `).
    public static let ownPartWords: [String] = ["제가", "저는", "내가", "나는", "제 ", "저의", "i ", "i'", "my ", "myself"]
    /// Stems that name one's own part wherever they stand (`직접`, `담당했습니다`).
    public static let ownPartStems: [String] = ["직접", "혼자", "맡아", "맡은", "담당", "주도"]

    // MARK: Tenure

    /// Duration units of a span of work or study (`2년간`, `6개월`, `two years`): with a `tenureWords`
    /// word in the same clause the duration is a tenure, not a measured result.
    public static let tenureUnits: Set<String> = ["개월", "달", "년간", "년", "month", "months", "year", "years", "yr", "yrs"]
    /// Words that make a duration in `tenureUnits` the time someone worked or studied somewhere:
    /// `2년간 백엔드 개발자로 일하며`, `경력 3년`, `worked two years as a backend developer`.
    public static let tenureWords: [String] = [
        "일하", "일했", "일한", "근무", "재직", "경력", "다니", "다녔", "종사", "몸담", "활동", "공부", "학습", "수강", "인턴",
        "개발자로", "엔지니어로", "분석가로", "로 일", "으로 일",
        "worked", "working", "work as", " as a ", " as an ", "experience", "employed", "career", "studied", "studying", "internship",
    ]

    // MARK: Causes

    /// Words that give the cause of a problem (`원인은`, `때문에`, `because`, `caused by`): what an
    /// essay answer telling a troubleshooting story must hold (seed 004 "원인을 찾는 과정").
    public static let causeWords: [String] = [
        "원인", "때문", "탓에", "탓이", "이유는", "because", "caused", "cause", "due to", "the reason", "traced it to", "root",
    ]

    // MARK: Intent

    /// Endings and phrases that make a sentence a wish or a plan, not a claim of what was done
    /// (`만들어 보고 싶습니다`, `기여하겠습니다`, `I want to`): an interviewer asks "how much?" of a claim,
    /// not of a wish.
    public static let intentMarkers: [String] = [
        "싶습니다", "싶어", "싶은", "겠습니다", "하고자", "할 계획", "려고 합니다", "목표입니다",
        "want to", "would like to", "hope to", "i will", "i'd like", "plan to", "aim to", "eager to",
    ]

    // MARK: Work history

    /// Words of a job's `position:` that make it advice or teaching beside delivery work: mentors,
    /// teaching assistants, instructors, advisors, panelists, judges (Hangul fragments, whole Latin
    /// words). No one asks such a role for a measured result of one's own.
    public static let advisoryRoleWords = (
        hangul: ["멘토", "강사", "조교", "튜터", "자문", "심사위원", "코치"],
        latin: Set(["mentor", "mentoring", "teaching", "teacher", "tutor", "instructor", "lecturer", "advisor", "adviser",
                    "panelist", "panellist", "judge", "coach", "volunteer", "ambassador"])
    )

    // MARK: Strengths

    /// Attitudes: every applicant claims them; a strength is a technical area (seed 000 §1.4).
    public static let attitudeWords: [String] = [
        "성실", "꼼꼼", "책임감", "열정", "끈기", "적극", "긍정", "도전", "배려", "인내", "근면", "성격", "열심", "노력", "소통", "친화",
        "diligent", "meticulous", "responsible", "passion", "hard-working", "hardworking", "positive", "proactive", "honest",
        "detail-oriented", "team player", "fast learner", "quick learner", "motivated",
    ]

    // MARK: Stack entries

    /// Last words of a `stack:` entry that make it a field or practice, not a tool: `Property Management`,
    /// `Tax Automation`, `Agile Methodologies`, `데이터 분석` (JSON Resume `technologies` often carry them).
    /// Matched only for entries the catalog does not know (`Data Modeling` is a known concept).
    public static let practiceNouns: Set<String> = [
        "management", "analysis", "analytics", "automation", "solutions", "solution", "systems", "architecture",
        "tech", "processing", "methodologies", "methodology", "development", "design", "signals", "intelligence",
        "strategy", "planning", "operations", "compliance", "research", "marketing", "leadership", "collaboration",
        "관리", "분석", "기획", "운영", "설계", "전략", "마케팅", "자동화",
    ]

    // MARK: Skill depth

    /// Words of a `depth` that say nothing of how far the tool was taken: `많이 사용해 봤습니다`.
    public static let emptyDepthWords: Set<String> = [
        "프로젝트에서", "프로젝트", "많이", "자주", "잘", "사용", "사용해", "사용해봄", "사용해봤습니다", "사용했습니다", "사용함", "사용해봤음",
        "봤습니다", "봤음", "해봤습니다", "해봄", "경험", "경험이", "경험있음", "있습니다", "있음", "다뤄봤습니다", "다룸", "다뤘습니다", "활용",
        "활용했습니다", "활용함", "능숙", "능숙함", "능숙합니다", "가능", "가능합니다", "기본", "기초", "기초적인", "기본적인", "수준", "정도",
        "다양한", "여러", "업무에서", "실무에서", "개인", "학습", "공부", "공부했습니다", "익숙", "익숙합니다", "익숙함", "함", "했음",
        "used", "use", "using", "a", "lot", "lots", "of", "in", "projects", "project", "experience", "with", "familiar", "basic", "basics",
        "various", "several", "good", "knowledge", "comfortable", "proficient", "worked", "work", "have", "i", "it", "and", "for", "the",
    ]

    // MARK: Data provenance

    /// Words of a data source that was made up rather than collected (seed 000 "최대한 다양한 회사에
    /// 써먹을 수 있는 데이터로"): `직접 만든 클릭 로그 생성기 (가상 데이터)`, `Faker로 만든 주문`, `synthetic orders`.
    public static let syntheticDataWords: [String] = [
        "가상 데이터", "가상의", "가상 ", "더미", "임의 생성", "임의로 생성", "임의로 만든", "랜덤 생성", "랜덤으로", "무작위", "생성기", "직접 생성",
        "직접 만든", "만들어 낸", "합성 데이터", "시뮬레이션", "모의 데이터", "faker",
        "synthetic", "fake", "dummy", "mock data", "generated", "generator", "simulated", "made-up", "made up", "randomly",
    ]
    /// Words that hold a `syntheticDataWords` entry but name real data: `가상화폐` (crypto), `user-generated`.
    public static let syntheticFalseFriends: [String] = [
        "가상화폐", "가상 화폐", "가상자산", "가상 자산", "가상 머신", "가상머신", "가상 환경", "user-generated", "machine-generated logs",
    ]
    /// Words naming real or public data behind generated rows (`공개 데이터셋을 재생하는 로그 생성기`,
    /// `replaying the public NYC taxi trips`): the data is real, only its delivery is simulated.
    public static let publicDataWords: [String] = [
        "공개 데이터", "공개데이터", "공공", "오픈 데이터", "kaggle", "캐글", "ai hub", "aihub", "ai-hub", "data.go.kr", "재생",
        "public data", "public dataset", "open data", "replay",
    ]
    /// Words that say why generated data was needed: a load or benchmark test, or real data that may
    /// not leave the company (`부하 테스트용`, `실제 장부는 기밀이라`, `for a load test`, `confidential`).
    public static let syntheticReasonWords: [String] = [
        "부하 테스트", "부하테스트", "부하를", "성능 테스트", "스트레스 테스트", "벤치마크", "처리량", "재현", "개인정보", "보안상", "기밀", "비공개",
        "공개할 수 없", "공개가 불가", "쓸 수 없", "반출", "외부 반출", "유출",
        "load test", "load-test", "load testing", "stress test", "benchmark", "throughput", "confidential", "privacy", "personal data",
        "cannot be shared", "can't be shared", "could not be shared", "not public", "under nda", "an nda", "gdpr", "hipaa",
    ]
}
