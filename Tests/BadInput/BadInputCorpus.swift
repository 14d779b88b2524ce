import Foundation
import Testing
import FolioTestSupport
import FolioMatch

/// One bad input: the files of a workspace (the sample workspace with some files replaced or
/// added, as raw bytes), what else to do to the folder (a FIFO, a symlink, a permission), the
/// command to run, and where the message must point when there is a place (`file:line`).
struct BadInputCase: CustomTestStringConvertible, Sendable {
    var name: String
    var files: [String: Data] = [:]
    var removed: [String] = []
    var setup: @Sendable (URL) throws -> Void = { _ in }
    /// The command after `folio`; `$W` is the workspace, `$O` the output folder.
    var command: [String] = ["check", "$W"]
    /// `file:line` the output must name, when the input has a place to point at.
    var location: String?
    /// Run as an unprivileged user (permission cases mean nothing to root).
    var asNobody = false
    /// The most CPU time the run may use, for the inputs that once took a minute (a long posting, a
    /// long skill list): a hang bound, not a speed claim. CPU time, because a busy machine stretches
    /// wall time (every run is also stopped after `BadInputTests.timeLimit` of wall time).
    var seconds: TimeInterval?

    var testDescription: String { name }
}

extension BadInputCase {
    static func text(_ string: String) -> Data { Data(string.utf8) }

    /// A case replacing `file` with `content`, checked, and (for writing commands) built too.
    static func replacing(_ file: String, _ content: Data, name: String, at line: Int?, commands: [[String]] = [["check", "$W"], ["build", "$W", "-o", "$O"]]) -> [BadInputCase] {
        commands.map { command in
            BadInputCase(name: "\(name) [\(command[0])]", files: [file: content], command: command, location: line.map { "\(file):\($0)" })
        }
    }

    static let profile = SampleFiles.profile
    static let project = SampleFiles.project
    static let skills = SampleFiles.skills

    /// YAML mistakes, each written into folio.yaml, skills.yaml and a project's front matter.
    static let yamlMistakes: [(name: String, line: String, located: Bool)] = [
        ("colon in value", "headline: ETL: 일 배치", true),
        ("unclosed double quote", "headline: \"ETL 배치", true),
        ("unclosed single quote", "headline: 'ETL 배치", true),
        ("unclosed bracket", "headline: [ETL", true),
        ("unclosed brace", "headline: {ETL", true),
        ("value starting with **", "headline: **굵게** 엔지니어", true),
        ("value starting with @", "headline: @kim", true),
        ("value starting with backtick", "headline: `code`", true),
        ("undefined alias", "headline: *nothing", true),
        ("bad indentation", "   headline: x\n  bad: y", true),
        ("tab indentation", "\theadline: x", true),
        ("control character", "headline: a\u{1B}b", true),
        ("NUL character", "headline: a\u{0}b", true),
        ("DEL character", "headline: a\u{7F}b", true),
        ("C1 character", "headline: a\u{85}b\u{90}", false),
        ("stray directive", "%YAML 9.9\nheadline: x", false),
        ("complex key", "? [a, b]\n: c", false),
        ("flow list as key", "[a]: b", false),
        ("second document", "headline: x\n---\nname: y", false),
        ("anchor redefined", "headline: &a x\nrole_note: &a y", false),
    ]

    static var all: [BadInputCase] {
        var cases: [BadInputCase] = []
        // 1. YAML mistakes in each kind of file: the profile, the skill list, front matter.
        for mistake in yamlMistakes {
            let profileLine = profile.split(separator: "\n").count + 1
            cases += replacing("folio.yaml", text(profile + "\n" + mistake.line + "\n"), name: "folio.yaml: \(mistake.name)",
                               at: mistake.located ? profileLine : nil, commands: [["check", "$W"], ["build", "$W", "-o", "$O"]])
            let skillLine = mistake.line.replacingOccurrences(of: "headline:", with: "  version:").replacingOccurrences(of: "\n", with: "\n  ")
            cases += replacing("skills.yaml", text(skills + "\n" + "- name: Python\n" + skillLine + "\n"), name: "skills.yaml: \(mistake.name)",
                               at: mistake.located ? skills.split(separator: "\n").count + 2 : nil, commands: [["check", "$W"]])
            let projectLine = mistake.line.replacingOccurrences(of: "headline:", with: "role:")
            cases += replacing("projects/sensor.md", text("---\ntitle: 센서\n\(projectLine)\n---\n## 개요\n텍스트\n"),
                               name: "project front matter: \(mistake.name)", at: mistake.located ? 3 : nil,
                               commands: [["check", "$W"], ["interview", "$W", "-o", "$O"]])
        }
        // 2. Wrong types and values.
        let wrongTypes: [(String, String, Int)] = [
            ("folio.yaml", profile + "\ncontact: kim@example.com\n", 8), ("folio.yaml", profile + "\nstrengths: [a, b]\n", 8),
            ("folio.yaml", profile + "\nlang: xx\n", 8), ("folio.yaml", profile + "\nintro: [1, 2]\n", 8),
            ("skills.yaml", "- name: Spark\n  level: high\n", 2), ("skills.yaml", "- name: Spark\n  level: 9\n", 2),
            ("skills.yaml", "- name: Spark\n  since: 2024-13\n", 2), ("skills.yaml", "- name: Spark\n  since: tomorrow\n", 2),
            ("skills.yaml", "- level: 3\n", 1), ("skills.yaml", "name: Spark\n", 1), ("skills.yaml", "- [a, b]\n", 1),
            ("projects/sensor.md", "---\ntitle: 센서\nteam: 99999999999999999999\n---\n## 개요\nx\n", 3),
            ("projects/sensor.md", "---\ntitle: 센서\nteam: -3\n---\n## 개요\nx\n", 3),
            ("projects/sensor.md", "---\ntitle: 센서\nperiod: 2024-11 – 2024-01\n---\n## 개요\nx\n", 3),
            ("projects/sensor.md", "---\ntitle: [a, b]\n---\n## 개요\nx\n", 2),
            ("projects/sensor.md", "---\ntitle: 센서\nstack: {a: b}\n---\n## 개요\nx\n", 3),
            ("projects/sensor.md", "---\ntitle: 센서\nimpact:\n  - {a: {b: c}}\n---\n## 개요\nx\n", 4),
            ("projects/sensor.md", "---\nteam: 2\n---\n## 개요\nx\n", 3),
            ("stories/oom.md", "---\ntitle: OOM\nproject: nowhere\n---\n## 상황\nx\n", 3),
            ("stories/oom.md", "---\ntitle: OOM\ndate: 2024-99\n---\n## 상황\nx\n", 3),
        ]
        for (index, item) in wrongTypes.enumerated() {
            cases.append(BadInputCase(name: "wrong type \(index + 1): \(item.0)", files: [item.0: text(item.1)], location: "\(item.0):\(item.2)"))
        }
        // 3. Encodings.
        let korean = "name: 김데이터\nlang: ko\n"
        let encodings: [(String, Data, Int?)] = [
            ("UTF-16 LE with BOM", Data([0xFF, 0xFE]) + korean.data(using: .utf16LittleEndian)!, 1),
            ("UTF-16 BE with BOM", Data([0xFE, 0xFF]) + korean.data(using: .utf16BigEndian)!, 1),
            ("UTF-16 LE without BOM", korean.data(using: .utf16LittleEndian)!, 1),
            ("CP949 (EUC-KR)", Data("name: ".utf8) + Data([0xB1, 0xE8, 0xB5, 0xA5, 0xC0, 0xCC, 0xC5, 0xCD]) + Data("\nlang: ko\n".utf8), 1),
            ("Latin-1", Data("name: Jos".utf8) + Data([0xE9]) + Data("\n".utf8), 1),
            ("invalid UTF-8 on line 3", Data("name: a\nlang: ko\nheadline: ".utf8) + Data([0xC3, 0x28]) + Data("\n".utf8), 3),
            ("overlong UTF-8", Data("name: ".utf8) + Data([0xC0, 0xAF]) + Data("\n".utf8), 1),
            ("truncated UTF-8 at the end", Data("name: 김".utf8).dropLast(), 1),
            ("NUL bytes", Data("name: a\0b\0\0\n".utf8), 1),
            ("only a BOM", Data([0xEF, 0xBB, 0xBF]), 1),
            ("empty", Data(), 1),
            ("whitespace only", Data("  \n\n\t\n".utf8), 1),
            ("comments only", Data("# name: 김데이터\n# lang: ko\n".utf8), 1),
            ("--- only", Data("---\n".utf8), 1),
        ]
        for (name, data, line) in encodings {
            cases += replacing("folio.yaml", data, name: "folio.yaml \(name)", at: line, commands: [["check", "$W"], ["build", "$W", "-o", "$O"]])
            cases += replacing("projects/sensor.md", data, name: "project \(name)", at: line, commands: [["check", "$W"]])
        }
        cases.append(BadInputCase(name: "BOM and CRLF are fine", files: ["folio.yaml": Data([0xEF, 0xBB, 0xBF]) + text(profile.replacingOccurrences(of: "\n", with: "\r\n"))]))
        // 4. Front matter and bodies.
        let bodies: [(String, String, Int?)] = [
            ("no front matter", "## 개요\n텍스트\n", 1), ("unclosed front matter", "---\ntitle: x\n## 개요\n", 1),
            ("empty front matter", "---\n---\n## 개요\nx\n", 2), ("front matter after blank lines", "\n\n---\ntitle: x\n---\n", nil),
            ("10,000 opening brackets", "---\ntitle: x\nteam: 1\n---\n## 개요\n" + String(repeating: "[", count: 10_000) + "\n", nil),
            ("10,000 stars", "---\ntitle: x\nteam: 1\n---\n## 개요\n" + String(repeating: "*a ", count: 10_000) + "\n", nil),
            ("deeply nested quotes", "---\ntitle: x\nteam: 1\n---\n## 개요\n" + String(repeating: ">", count: 5_000) + " x\n", nil),
            ("deeply nested lists", "---\ntitle: x\nteam: 1\n---\n## 개요\n" + (0..<500).map { String(repeating: "  ", count: $0) + "- x" }.joined(separator: "\n") + "\n", nil),
            ("link pileup", "---\ntitle: x\nteam: 1\n---\n## 개요\n" + String(repeating: "[a](", count: 5_000) + "\n", nil),
            ("a 2 MB body", "---\ntitle: x\nteam: 1\n---\n## 개요\n" + String(repeating: "센서 로그를 적재했습니다. ", count: 80_000) + "\n", nil),
        ]
        for (name, content, line) in bodies {
            cases += replacing("projects/sensor.md", text(content), name: "project: \(name)", at: line,
                               commands: [["check", "$W"], ["build", "$W", "-o", "$O", "--full", "--force"]])
        }
        cases.append(BadInputCase(name: "a file over 10 MB", setup: { root in
            try Data(repeating: 0x61, count: 10_500_000).write(to: root.appendingPathComponent("stories/huge.md"))
        }, location: "stories/huge.md:1"))
        cases.append(BadInputCase(name: "billion laughs", files: ["skills.yaml": text(billionLaughs)], location: "skills.yaml:2"))
        cases.append(BadInputCase(name: "5,000 skills", files: ["skills.yaml": text((0..<5_000).map { "- name: Skill \($0)\n  level: 2" }.joined(separator: "\n"))], seconds: 10))
        cases.append(BadInputCase(name: "5,000 skills [build]", files: ["skills.yaml": text((0..<5_000).map { "- name: Skill \($0)\n  level: 2" }.joined(separator: "\n"))],
                                  command: ["build", "$W", "-o", "$O"], seconds: 10))
        cases.append(BadInputCase(name: "200 levels of nesting", files: ["folio.yaml": text(profile + "\nx:\n" + (1...200).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " v\n")]))
        // 5. Things in the folders that are not regular files.
        let nonFiles: [(String, @Sendable (URL) throws -> Void, String?)] = [
            ("a folder named x.md", { try FileManager.default.createDirectory(at: $0.appendingPathComponent("projects/x.md"), withIntermediateDirectories: true) }, "projects/x.md:1"),
            ("a symlink loop", { try FileManager.default.createSymbolicLink(atPath: $0.appendingPathComponent("projects/loop.md").path, withDestinationPath: "loop.md") }, "projects/loop.md:1"),
            ("a dangling symlink", { try FileManager.default.createSymbolicLink(atPath: $0.appendingPathComponent("projects/gone.md").path, withDestinationPath: "/nonexistent/gone.md") }, "projects/gone.md:1"),
            ("a FIFO", { _ = mkfifo($0.appendingPathComponent("stories/pipe.md").path, 0o644) }, "stories/pipe.md:1"),
            ("a link to /dev/zero", { try FileManager.default.createSymbolicLink(atPath: $0.appendingPathComponent("projects/zero.md").path, withDestinationPath: "/dev/zero") }, "projects/zero.md:1"),
            ("a link out of the workspace", { try FileManager.default.createSymbolicLink(atPath: $0.appendingPathComponent("projects/out.md").path, withDestinationPath: "/etc/hostname") }, "projects/out.md:1"),
            ("projects is a file", { root in
                try FileManager.default.removeItem(at: root.appendingPathComponent("projects"))
                try Data("x".utf8).write(to: root.appendingPathComponent("projects"))
            }, "projects/:1"),
            ("skills.yaml is a folder", { root in
                try FileManager.default.removeItem(at: root.appendingPathComponent("skills.yaml"))
                try FileManager.default.createDirectory(at: root.appendingPathComponent("skills.yaml"), withIntermediateDirectories: true)
            }, nil),
        ]
        for (name, setup, location) in nonFiles {
            cases.append(BadInputCase(name: name, setup: setup, location: location))
            cases.append(BadInputCase(name: "\(name) [build]", setup: setup, command: ["build", "$W", "-o", "$O"], location: location))
        }
        // 6. Permissions, as an unprivileged user.
        cases.append(BadInputCase(name: "an unreadable project", setup: { chmod($0.appendingPathComponent("projects/sensor.md").path, 0o000) }, location: "projects/sensor.md:1", asNobody: true))
        cases.append(BadInputCase(name: "an unreadable projects folder", setup: { chmod($0.appendingPathComponent("projects").path, 0o000) }, location: "projects/:1", asNobody: true))
        cases.append(BadInputCase(name: "a read-only output folder", setup: { root in
            try FileManager.default.createDirectory(at: root.appendingPathComponent("Output"), withIntermediateDirectories: true)
            chmod(root.appendingPathComponent("Output").path, 0o555)
        }, command: ["build", "$W", "-o", "$O"], asNobody: true))
        // 7. Output folders that cannot take the outputs.
        cases.append(BadInputCase(name: "the output folder is a file", setup: { try Data("x".utf8).write(to: $0.appendingPathComponent("Output")) }, command: ["build", "$W", "-o", "$O"]))
        cases.append(BadInputCase(name: "-o projects/", command: ["build", "$W", "-o", "$W/projects"]))
        cases.append(BadInputCase(name: "interview -o stories/", command: ["interview", "$W", "-o", "$W/stories"]))
        cases.append(BadInputCase(name: "a full disk", command: ["build", "$W", "-o", "/dev/full/Output"]))
        cases.append(BadInputCase(name: "init into a file", command: ["init", "$W/folio.yaml/new"]))
        // 8. Postings.
        // Postings over 500 KB are refused at once, at their file; up to 500 KB they are read whole, in
        // time linear in their size (the two largest shapes: many short lines, one long line).
        let line = "- Python, SQL, Apache Spark 경험 3년 이상\n"
        var distinctScores = Data()
        for score in 1... {
            let ask = Data("- TOEIC \(score)점 이상\n".utf8)
            guard distinctScores.count + ask.count <= Posting.maximumBytes else { break }
            distinctScores.append(ask)
        }
        let postings: [(String, Data, String?, TimeInterval?)] = [
            ("binary", Data((0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 131) }), "postings/p.txt:1", nil), ("empty", Data(), nil, nil),
            ("UTF-16", "자격요건\n- Spark\n".data(using: .utf16)!, "postings/p.txt:1", nil), ("CP949", Data([0xC0, 0xDA, 0xB0, 0xDD, 0x0A]), "postings/p.txt:1", nil),
            ("one 2 MB line", Data(String(repeating: "Spark Kafka Airflow ", count: 100_000).utf8), "postings/p.txt:1", 10),
            ("5 MB", Data(String(repeating: line, count: 120_000).utf8), "postings/p.txt:1", 10),
            ("one line just under 500 KB", Data(String(repeating: "Spark Kafka Airflow ", count: Posting.maximumBytes / 20).utf8), nil, 10),
            // 3.4–5 s of CPU in a debug build (7–9 s before the readers stopped re-reading each line once a cue).
            ("lines just under 500 KB", Data(String(repeating: line, count: Posting.maximumBytes / line.utf8.count).utf8), nil, 10),
            // Every line a different ask (a score), so no two conditions merge: once 41 s of CPU in a debug
            // build, as each was compared with every one kept before it; now 7–9 s (each line is read for
            // certificates and language tests twice), so twice the others' bound, which still tells a hang.
            ("lines of distinct TOEIC scores just under 500 KB", distinctScores, nil, 20),
            ("500 KB of closing brackets", Data(String(repeating: "]", count: Posting.maximumBytes).utf8), nil, 10),
        ]
        for (name, data, location, seconds) in postings {
            cases.append(BadInputCase(name: "posting: \(name)", files: ["postings/p.txt": data], command: ["match", "$W/postings/p.txt", "--workspace", "$W"],
                                      location: location, seconds: seconds))
        }
        for (name, setup) in [("a FIFO", { @Sendable (root: URL) in _ = mkfifo(root.appendingPathComponent("p.txt").path, 0o644) }),
                              ("/dev/zero", { @Sendable (root: URL) in try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("p.txt").path, withDestinationPath: "/dev/zero") })] {
            cases.append(BadInputCase(name: "posting: \(name)", setup: setup, command: ["match", "$W/p.txt", "--workspace", "$W"], location: "p.txt:1", seconds: 10))
            cases.append(BadInputCase(name: "build --for \(name)", setup: setup, command: ["build", "$W", "-o", "$O", "--for", "$W/p.txt"], location: "p.txt:1", seconds: 10))
        }
        cases.append(BadInputCase(name: "posting: a folder", setup: { try FileManager.default.createDirectory(at: $0.appendingPathComponent("postings/p.txt"), withIntermediateDirectories: true) },
                                  command: ["match", "$W/postings/p.txt", "--workspace", "$W"]))
        // 9. JSON Resumes of the wrong shape.
        let resumes: [(String, String)] = [
            ("an array", "[1, 2]"), ("invalid JSON", "{\n  \"basics\": {\n    \"name\": \"Kim\",,\n  }\n}"), ("truncated", "{\"basics\": {\"name\": \"Ki"),
            ("work is a string", "{\"basics\": {\"name\": \"Kim\"}, \"work\": \"everywhere\"}"), ("numbers for text", "{\"basics\": {\"name\": 42, \"email\": [1]}}"),
            ("control characters", "{\"basics\": {\"name\": \"Kim\\u001b[2J\\u0000\"}}"), ("empty object", "{}"), ("null", "null"),
        ]
        // Invalid JSON is named at its line, in both languages (no workspace yet to choose one).
        let places = ["invalid JSON": "resume.json:3", "truncated": "resume.json:1"]
        for (name, json) in resumes {
            cases.append(BadInputCase(name: "import: \(name)", files: ["resume.json": text(json)], command: ["import", "$W/resume.json", "$O"], location: places[name]))
        }
        return cases
    }

    static let billionLaughs: String = {
        var yaml = "- name: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for (name, previous) in zip("bcdefghi", "abcdefgh") {
            yaml += "- name: &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        return yaml + "- name: Spark\n  depth: *i\n"
    }()
}
