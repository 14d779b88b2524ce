/// Korean particles that depend on the word before them: 은/는, 이/가, 을/를, 과/와, 으로/로.
///
/// The choice follows the last sound of the word as a Korean reader says it (`KoreanReading`):
/// "`Spark 3.5`는" (삼 점 오), "`S3`는" (에스쓰리), "`EMR`은" (이엠알), "`format`이" (포맷),
/// "`stack`을" (스택), "`Docker`를" (도커), "`target.role`이" (롤). Every message that puts a
/// word before a particle goes through here; none hard-codes 을(를).
public enum Josa: Sendable {
    case topic      // 은 / 는
    case subject    // 이 / 가
    case object     // 을 / 를
    case and        // 과 / 와
    case direction  // 으로 / 로 (로 after a vowel or ㄹ)

    /// `word` followed by the particle that fits it, e.g. `Josa.object.after("`Kafka`")` → "`Kafka`를".
    public func after(_ word: String) -> String {
        word + particle(for: word)
    }

    /// The particle alone.
    public func particle(for word: String) -> String {
        let ending = KoreanReading.ending(of: word)
        if self == .direction {
            return ending == .consonant ? "으로" : "로"
        }
        return ending == .vowel ? withVowel : withConsonant
    }

    var withConsonant: String {
        switch self {
        case .topic: "은"
        case .subject: "이"
        case .object: "을"
        case .and: "과"
        case .direction: "으로"
        }
    }

    var withVowel: String {
        switch self {
        case .topic: "는"
        case .subject: "가"
        case .object: "를"
        case .and: "와"
        case .direction: "로"
        }
    }

    /// Whether the last sound of the word closes on a consonant (받침), ㄹ included.
    public static func endsWithConsonant(_ word: String) -> Bool {
        KoreanReading.ending(of: word) != .vowel
    }
}

/// How a word written in Hangul, digits or Latin letters ends when a Korean reader says it.
public enum KoreanReading {
    /// The last sound: an open vowel, a closing consonant, or ㄹ (which takes 로, not 으로).
    public enum Ending: Sendable, Equatable {
        case vowel
        case consonant
        case rieul
    }

    /// The ending of the last word of `text`, ignoring punctuation, quotes and backticks after it.
    ///
    /// - Hangul: from the syllable's final consonant.
    /// - Digits after a space or alone, read in Korean: 영 일 이 삼 사 오 육 칠 팔 구, 10 십, 100 백,
    ///   1000 천, 10000 만 (`3.5` 삼 점 오 → vowel). Digits glued to Latin letters, read in English:
    ///   `S3` 에스쓰리, `EC2` 이씨투, `Python3` 파이썬쓰리 (one 원, seven 세븐, nine 나인 close).
    /// - Latin acronyms (all capitals, or no vowel letter: `EMR`, `SQL`, `dbt`, `k8s`) by letter names:
    ///   L 엘 (ㄹ), M 엠, N 엔, R 알 (ㄹ) close; the other letters (에이, 비, 씨, 에스 …) are open.
    /// - Latin words by how Koreans transcribe English: `…m`, `…n`, `…ng`, `…l`, `…le` close;
    ///   a short vowel before final p, t, k, c, b or ck closes (`stack` 스택, `format` 포맷, `Hadoop` 하둡,
    ///   `Dataproc` 데이터프록, `Pub/Sub` 펍섭);
    ///   most other endings add 으 and open (`Spark` 스파크, `test` 테스트, `Docker` 도커). Common
    ///   words of folio's messages are listed where the rule of thumb fails.
    public static func ending(of text: String) -> Ending {
        // `Git(level 2)` is read `Git`: a particle follows the word before a closing parenthesis.
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.lastIndex(where: { !$0.properties.isWhitespace && $0 != "`" && $0 != "\"" }), scalars[last] == ")",
              let open = scalars[..<last].lastIndex(of: "("), open > 0 {
            scalars = Array(scalars[..<open])
        }
        guard let lastIndex = scalars.lastIndex(where: { $0.properties.isAlphabetic || isDigit($0) }) else { return .vowel }
        let last = scalars[lastIndex]
        if (0xAC00...0xD7A3).contains(last.value) {
            let final = (last.value - 0xAC00) % 28
            return final == 0 ? .vowel : (final == 8 ? .rieul : .consonant)
        }
        if isDigit(last) {
            var start = lastIndex
            while start > 0, isDigit(scalars[start - 1]) || scalars[start - 1] == "," { start -= 1 }
            let digits = String(scalars: scalars[start...lastIndex]).filter(\.isNumber)
            let gluedToLatin = start > 0 && isLatin(scalars[start - 1])
            return gluedToLatin ? englishNumberEnding(digits) : koreanNumberEnding(digits)
        }
        guard isLatin(last) else { return .vowel }
        var start = lastIndex
        while start > 0, isLatin(scalars[start - 1]) { start -= 1 }
        let word = String(scalars: scalars[start...lastIndex])
        return latinWordEnding(word)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// `3` 삼, `10` 십, `2024` 이천이십사, `3.5` (the last digit) 오.
    static func koreanNumberEnding(_ digits: String) -> Ending {
        guard let last = digits.last else { return .vowel }
        if last != "0" {
            switch last {
            case "1", "7", "8": return .rieul   // 일, 칠, 팔
            case "3", "6": return .consonant    // 삼, 육
            default: return .vowel              // 이, 사, 오, 구
            }
        }
        // Trailing zeros: 십, 백, 천 close; 만 closes; 영 (a lone 0) closes.
        return .consonant
    }

    /// Digits read in English after a Latin word: `S3` three, `EC2` two, `log4j2` two.
    static func englishNumberEnding(_ digits: String) -> Ending {
        switch digits.last {
        case "1", "9": return .consonant   // 원, 나인
        case "7": return .consonant        // 세븐
        case "0": return digits.count == 1 ? .vowel : .consonant   // 제로; 텐, 헌드레드 …
        default: return .vowel             // 투, 쓰리, 포, 파이브, 식스, 에이트
        }
    }

    /// How the letter names end: A 에이 … L 엘, M 엠, N 엔, R 알.
    static func letterEnding(_ letter: Character) -> Ending {
        switch letter.lowercased() {
        case "l", "r": .rieul
        case "m", "n": .consonant
        default: .vowel
        }
    }

    /// Words whose Korean reading the rule of thumb gets wrong, and folio's own terms.
    static let readings: [String: Ending] = [
        // Ends open although the spelling looks closed, or the other way round.
        "check": .vowel, "like": .vowel, "make": .vowel, "take": .vowel, "cache": .vowel, "code": .vowel,
        "type": .consonant, "pipeline": .consonant, "online": .consonant, "offline": .consonant, "time": .consonant,
        "name": .consonant, "role": .rieul, "file": .rieul, "table": .rieul, "schedule": .rieul, "module": .rieul,
        "style": .rieul, "scale": .rieul, "sample": .rieul, "google": .rieul, "excel": .rieul, "tool": .rieul,
        "level": .rieul, "model": .rieul, "label": .rieul, "email": .rieul, "mail": .rieul, "detail": .rieul,
        "target": .consonant, "format": .consonant, "git": .consonant, "set": .consonant, "chat": .consonant,
        "impact": .vowel, "project": .vowel, "test": .vowel, "script": .vowel, "list": .vowel, "host": .vowel,
        "hadoop": .consonant, "group": .consonant, "map": .consonant, "app": .consonant, "step": .consonant, "top": .consonant,
        "stack": .consonant, "slack": .consonant, "back": .consonant, "book": .consonant, "notebook": .consonant,
        "spark": .vowel, "kafka": .vowel, "docker": .vowel, "airflow": .vowel, "hive": .vowel, "redis": .vowel,
        "python": .consonant, "kotlin": .consonant, "json": .consonant, "yaml": .rieul, "html": .rieul, "xml": .rieul,
        "github": .vowel, "gitlab": .consonant, "tableau": .vowel, "pandas": .vowel, "numpy": .vowel, "linux": .vowel,
        "jenkins": .vowel, "kubernetes": .vowel, "terraform": .consonant, "postgres": .vowel, "mongodb": .vowel,
        "depth": .vowel, "since": .vowel, "intro": .vowel, "headline": .consonant, "team": .consonant, "domain": .consonant,
        "data": .vowel, "source": .vowel, "volume": .consonant, "period": .vowel, "story": .vowel, "skill": .rieul,
        "version": .consonant, "title": .rieul, "contact": .vowel, "base": .vowel, "alpha": .vowel, "company": .vowel,
        "links": .vowel, "featured": .vowel, "summary": .vowel, "experience": .vowel, "award": .vowel, "awards": .vowel,
        "education": .consonant, "certification": .consonant, "certifications": .vowel, "strengths": .vowel,
        "lang": .consonant, "category": .vowel, "skills": .vowel, "stories": .vowel, "projects": .vowel,
        "action": .consonant, "result": .vowel, "cause": .vowel, "situation": .consonant, "lesson": .consonant,
        "alternatives": .vowel, "overview": .vowel, "collaboration": .consonant, "architecture": .vowel,
        "web": .consonant, "job": .consonant, "log": .vowel, "blog": .vowel, "dashboard": .vowel, "api": .vowel,
        "warehouse": .vowel, "lake": .vowel, "streaming": .consonant, "batch": .vowel, "query": .vowel,
        "flink": .vowel, "dbt": .vowel, "elasticsearch": .vowel, "kibana": .vowel, "grafana": .vowel, "sql": .rieul,
        "mysql": .rieul, "postgresql": .rieul, "nosql": .rieul, "bigquery": .vowel, "snowflake": .vowel,
        "ml": .rieul, "etl": .rieul, "elt": .rieul, "aws": .vowel, "gcp": .vowel, "cli": .vowel, "ci": .vowel, "cd": .vowel,
        "java": .vowel, "scala": .vowel, "go": .vowel, "rust": .vowel, "swift": .vowel, "bash": .vowel, "excelx": .vowel,
        "pytorch": .vowel, "tensorflow": .vowel, "keras": .vowel, "mlflow": .vowel, "tensor": .vowel,
        "present": .vowel, "portfolio": .vowel, "interview": .vowel, "match": .vowel, "build": .vowel, "init": .consonant,
    ]

    /// A Latin word's ending (see `ending(of:)`).
    static func latinWordEnding(_ word: String) -> Ending {
        let lower = word.lowercased()
        if let known = readings[lower] { return known }
        let vowels = Set("aeiou")
        let isAcronym = word.count >= 2 && word.allSatisfy(\.isUppercase)
        let hasVowel = lower.contains { vowels.contains($0) || $0 == "y" }
        if isAcronym || !hasVowel || word.count == 1 {
            return letterEnding(lower.last!)
        }
        // `MySQL`, `PostgreSQL`, `GraphQL`: a trailing run of capitals is read by letter names.
        let trailingCapitals = word.reversed().prefix { $0.isUppercase }
        if trailingCapitals.count >= 2, trailingCapitals.count < word.count {
            return letterEnding(lower.last!)
        }
        let letters = Array(lower)
        let last = letters[letters.count - 1]
        let beforeLast = letters.count >= 2 ? letters[letters.count - 2] : " "
        if lower.hasSuffix("ng") || last == "m" || last == "n" { return .consonant }
        if last == "l" || lower.hasSuffix("le") { return .rieul }
        if lower.hasSuffix("mb") { return .consonant }   // climb 클라임, thumb 썸: the b is silent
        if lower.hasSuffix("hub") { return .vowel }       // 허브: Docker Hub, JupyterHub, GitHub
        // A short vowel, then a final p, t, k, c, b or ck: 받침 (스택, 포맷, 하둡, 깃, 데이터프록, 펍섭,
        // 코랩). A final d or g stays open as the field says it (클라우드, 버그, 로그).
        if ["p", "t", "k", "c", "b"].contains(last) || lower.hasSuffix("ck") {
            let stem = lower.hasSuffix("ck") ? Array(lower.dropLast(2)) : Array(lower.dropLast())
            if let vowel = stem.last, vowels.contains(vowel) {
                let beforeVowel = stem.count >= 2 ? stem[stem.count - 2] : " "
                let doubled = vowels.contains(beforeVowel)
                if !doubled || (vowel == "o" && beforeVowel == "o") { return .consonant }
            }
            return .vowel
        }
        if last == "e", beforeLast == "m" || beforeLast == "n" { return .consonant }   // time 타임, line 라인
        return .vowel
    }
}
