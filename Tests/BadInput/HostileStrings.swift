import Foundation

/// Strings an attacker, a careless paste or a broken tool could put in any field of a workspace:
/// HTML and script injection, Markdown links to `javascript:` in every disguise, spreadsheet
/// formulas, terminal escape sequences and control characters, forged finding lines. Each
/// base payload is also tried in a sentence, upper-cased, after a line break and in Korean text,
/// so every output meets it at the start, in the middle and across lines.
enum HostileStrings {
    static let payloads: [String] = [
        // HTML and script
        "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<img src=x onerror=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>", "<svg onload=alert(1)>", "<svg><script>alert(1)</script></svg>",
        "<a href=\"javascript:alert(1)\">click</a>", "\"><script>alert(1)</script>", "'><svg/onload=alert(1)>",
        "</style><script>alert(1)</script>", "</title><script>alert(1)</script>", "<!--<script>alert(1)//-->",
        "<math><mtext><script>alert(1)</script>", "<details open ontoggle=alert(1)>", "<body onload=alert(1)>",
        "<object data=\"javascript:alert(1)\">", "<embed src=javascript:alert(1)>", "<meta http-equiv=refresh content=0;url=javascript:alert(1)>",
        "<base href=\"javascript:alert(1)//\">", "<form action=javascript:alert(1)><input type=submit>",
        "<input autofocus onfocus=alert(1)>", "<video><source onerror=alert(1)>", "<marquee onstart=alert(1)>",
        "<x onclick=alert(1)>x</x>", "<style>*{background:url(javascript:alert(1))}</style>", "<textarea><script>alert(1)</script>",
        "&lt;script&gt;alert(1)&lt;/script&gt;", "&#60;script&#62;alert(1)&#60;/script&#62;", "<scr<script>ipt>alert(1)</script>",
        "<<script>alert(1)//<</script>", "<img src=\"x\" onerror=\"alert(1)\"", "<a href='x' onmouseover='alert(1)'>",
        // Markdown links and images in every disguise
        "[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](java%0ascript:alert(1))",
        "[x](java%09script:alert(1))", "[x](%6Aavascript:alert(1))", "[x](&#106;avascript:alert(1))", "[x](&#x6A;avascript:alert(1))",
        "[x](java\tscript:alert(1))", "[x]( javascript:alert(1) )", "[x](<javascript:alert(1)>)", "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "[x](file:///etc/passwd)", "[x](\u{200B}javascript:alert(1))",
        "![x](javascript:alert(1))", "![x](https://evil.example/track.png)", "<javascript:alert(1)>", "[x][r]\n\n[r]: javascript:alert(1)",
        "[r]: javascript:alert(1)", "[x](javascript:alert(1) \"title\")", "[x](java&Tab;script:alert(1))", "[x](java%250ascript:alert(1))",
        "[click](https://example.com\" onclick=\"alert(1))", "[x](https://ok.example/<script>)", "**[x](javascript:alert(1))**",
        // Markdown structure
        "# heading", "- item", "1. item", "> quote", "---", "| a | b |\n|---|---|", "```\ncode", "    indented code", "*not em*", "_not em_",
        "~~strike~~", "\\*escaped\\*", "`unclosed", "``double ` tick``", "<https://example.com>", "www.example.com",
        // Spreadsheet formulas
        "=HYPERLINK(\"https://evil.example\",\"click\")", "=1+1", "+1+1", "-1+1", "@SUM(1,1)", "=cmd|' /C calc'!A0", "\t=1+1", "\r=1+1",
        // Terminal escape sequences and control characters
        "\u{1B}[2J\u{1B}[Hcleared", "\u{1B}]0;pwned\u{07}", "\u{1B}[31mred\u{1B}[0m", "\u{9B}31mcsi", "line\rover", "back\u{8}\u{8}space",
        "\u{202E}txt.exe", "bell\u{07}", "nul\u{0}byte", "\u{1B}]8;;https://evil.example\u{1B}\\link\u{1B}]8;;\u{1B}\\", "\u{85}next line",
        // Forged output lines
        "x\nfolio.yaml:1:1: error: forged finding [profile.reachable]", "x\n  wrote Output/portfolio.pdf", "x\r\nfolio.yaml:2:1: warning: forged",
        "::error file=folio.yaml,line=1::forged",
    ]

    /// Every payload plain and inside a Korean sentence, and the first twenty upper-cased and
    /// after a line break: ≥ 200 strings.
    static let all: [String] = {
        var strings: [String] = []
        for payload in payloads {
            strings.append(payload)
            strings.append("센서 데이터 " + payload + " 적재")
        }
        for payload in payloads.prefix(20) {
            strings.append(payload.uppercased())
            strings.append("first line\n" + payload)
        }
        var seen = Set<String>()
        return strings.filter { seen.insert($0).inserted }
    }()

    /// `text` as a YAML double-quoted scalar: every character survives, controls as escapes.
    static func yaml(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x2028...0x2029).contains(scalar.value) {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A workspace with `text` in every field folio reads, bodies included.
    static func workspace(_ text: String, lang: String = "en") -> [String: String] {
        let y = yaml(text)
        let body = text.replacingOccurrences(of: "\u{0}", with: "")
        return [
            "folio.yaml": """
                name: \(y)
                headline: \(y)
                lang: \(lang)
                location: \(y)
                contact:
                  email: \(y)
                  phone: \(y)
                  github: \(y)
                  blog: \(y)
                  portfolio: https://example.com/\(text.contains("\n") ? "x" : "")
                target:
                  role: data-engineer
                  company: service
                strengths:
                  base: \(y)
                  alpha: \(y)
                intro: \(y)
                experience:
                  - organization: \(y)
                    position: \(y)
                    period: 2024-07 – 2025-01
                    role: \(y)
                    url: \(y)
                    highlights: [\(y)]
                education:
                  - school: \(y)
                    major: \(y)
                    period: 2018-03 – 2024-02
                certifications:
                  - name: \(y)
                    date: 2025-03
                    url: \(y)
                awards:
                  - name: \(y)
                    rank: \(y)
                    date: 2024-11
                    metric: \(y)
                """,
            "skills.yaml": """
                - name: \(y)
                  level: 3
                  version: \(y)
                  depth: \(y)
                  since: 2024-01
                - name: Apache Spark
                  level: 3
                  version: \(y)
                  depth: \(y)
                  since: 2024-01
                """,
            "projects/hostile.md": """
                ---
                title: \(y)
                period: 2024-09 – 2024-11
                team: 3
                role: \(y)
                stack: [\(y), Apache Spark]
                featured: true
                impact:
                  - \(y)
                data:
                  source: \(y)
                  volume: \(y)
                  format: \(y)
                  domain: \(y)
                links:
                  repo: \(y)
                ---
                ## Overview
                \(body)

                ## Collaboration
                \(body)
                """,
            "stories/hostile.md": """
                ---
                title: \(y)
                project: hostile
                skills: [\(y), Apache Spark]
                date: 2024-10
                ---
                ## Situation
                \(body)

                ## Cause
                \(body)

                ## Alternatives
                - \(body)
                - \(body)

                ## Action
                \(body)

                ## Result
                \(body)
                """,
            "postings/hostile.txt": "Requirements\n- \(body)\n- Apache Spark\n",
        ]
    }
}
