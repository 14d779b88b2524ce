import Foundation
import Testing
import FolioModel
import FolioTestSupport

/// A skill or stack name pasted with an invisible format character in it (a zero-width space,
/// joiner or non-joiner, a word joiner, a stray BOM: U+200B–U+200D, U+2060, U+FEFF) is the
/// skill without it, and no output prints the character (a new user's trial: `Apache Spark\u{200B}`
/// was an unknown skill, printed raw in the findings, the page and the xlsx).
@Suite struct InvisibleNameTests {
    static let invisibles: [Unicode.Scalar] = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"]

    static func workspace() -> [String: String] {
        var files = HostileStrings.workspace(HostileOutputTests.harmless)
        files["skills.yaml"] = files["skills.yaml"]!
            .replacingOccurrences(of: "- name: Apache Spark", with: "- name: \"Apache Spark\u{200B}\"")
            + "\n- name: \u{FEFF}Py\u{200D}thon\u{2060}\n  level: 1\n"
        files["projects/hostile.md"] = files["projects/hostile.md"]!
            .replacingOccurrences(of: ", Apache Spark]", with: ", Apache\u{200C} Spark\u{200B}, Python\u{200B}]")
        files["stories/hostile.md"] = files["stories/hostile.md"]!
            .replacingOccurrences(of: ", Apache Spark]", with: ", \u{200B}Apache Spark]")
        return files
    }

    @Test func aNameWithAnInvisibleCharacterIsTheSkillWithoutIt() throws {
        let workspace = try TemporaryWorkspace(Self.workspace()).load()
        #expect(workspace.skills.map(\.name.value).contains("Apache Spark"), "\(workspace.skills.map { $0.name.value.unicodeScalars.map(\.value) })")
        let python = try #require(workspace.skills.first { $0.name.value == "Python" })
        #expect(python.name.location.line == 11, "the name keeps its line")
        #expect(workspace.projects[0].stack.map(\.value).suffix(2) == ["Apache Spark", "Python"])
        #expect(workspace.stories[0].skills.last?.value == "Apache Spark")
    }

    /// Each output (the files, the reports, the xlsx's parts) that holds an invisible character, with the characters.
    static func leaks(_ got: HostileOutputTests.Outputs) -> [String] {
        var texts = got.files
        texts["check"] = got.checkText
        texts["check --format json"] = got.checkJSON
        texts["github"] = got.github
        texts["match"] = got.matchText
        texts["match --format json"] = got.matchJSON
        for (index, part) in got.xlsxParts.enumerated() { texts["skills.xlsx part \(index)"] = part }
        var leaks: [String] = []
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            // JSON may write the character as an escape.
            let found = invisibles.filter { text.unicodeScalars.contains($0) || text.lowercased().contains(String(format: "\\u%04x", $0.value)) }
            if !found.isEmpty { leaks.append("\(name): \(found.map { String(format: "U+%04X", $0.value) })") }
        }
        return leaks
    }

    @Test func noOutputPrintsTheInvisibleCharacter() throws {
        let got = try HostileOutputTests.outputs(Self.workspace())
        let leaks = Self.leaks(got)
        #expect(leaks.isEmpty, "\(leaks)")
        // Spark is a known, evidenced skill, not a name the catalog lacks.
        #expect(!got.findings.contains { $0.rule == "skill.unknown" && $0.message.en.contains("Spark") }, "\(got.findings.map(\.message.en))")
    }

    /// The same characters in a skill's category and group, a project's, story's and job's title
    /// and a posting's text: dropped where names are (the reader), so no output prints them.
    static func labelWorkspace() -> [String: String] {
        var files = workspace()
        files["skills.yaml"]! += "  category: \"distributed\u{200B}-processing\"\n  group: \"Data\u{200D} Platforms\u{2060}\"\n"
        files["projects/hostile.md"] = files["projects/hostile.md"]!
            .replacingOccurrences(of: "---\ntitle: ", with: "---\ntitle: \"Sensor\u{200B} pipeline\u{FEFF}\" # ")
        files["stories/hostile.md"] = files["stories/hostile.md"]!
            .replacingOccurrences(of: "---\ntitle: ", with: "---\ntitle: \"Nightly\u{200C} OOM\" # ")
        files["folio.yaml"] = files["folio.yaml"]!
            .replacingOccurrences(of: "  - organization: ", with: "  - organization: \"Data\u{200B} Ltd\"\n    team: \"Plat\u{2060}form\"\n    # ")
            .replacingOccurrences(of: "    position: ", with: "    position: \"Data\u{200B} Engineer\" # ")
        files["postings/hostile.txt"] = "\u{FEFF}Data\u{200B} Engineer at Acme\u{200D}\nRequirements\n- Apache\u{200B} Spark 3 years\u{2060}\n- Kafka\u{200C} streaming\n"
        return files
    }

    @Test func labelsAndPostingsAreCleanedAsNamesAre() throws {
        let workspace = try TemporaryWorkspace(Self.labelWorkspace()).load()
        #expect(workspace.projects[0].title?.value == "Sensor pipeline")
        #expect(workspace.stories[0].title?.value == "Nightly OOM")
        let python = try #require(workspace.skills.first { $0.name.value == "Python" })
        #expect(python.category?.value == "distributed-processing" && python.group?.value == "Data Platforms")
        let job = try #require(workspace.profile.experience.first)
        #expect(job.organization?.value == "Data Ltd" && job.position?.value == "Data Engineer" && job.team?.value == "Platform")

        let got = try HostileOutputTests.outputs(Self.labelWorkspace())
        let leaks = Self.leaks(got)
        #expect(leaks.isEmpty, "\(leaks)")
        #expect(got.matchText.contains("Data Engineer at Acme"), "the posting's title, cleaned: \(got.matchText)")
        #expect(got.files["portfolio.html"]?.contains("Sensor pipeline") == true)
    }

    /// The person's name pasted with an invisible character: it titled the page, the xlsx's
    /// author and title (docProps/core.xml) and `build --name "{name}"`'s file names with it.
    @Test func thePersonsNameIsCleanedAsNamesAre() throws {
        var files = Self.workspace()
        files["folio.yaml"] = files["folio.yaml"]!
            .replacingOccurrences(of: "^name: [^\n]*", with: "name: \"\u{FEFF}Alex\u{200B} Kim\u{2060}\"", options: .regularExpression)
        let workspace = try TemporaryWorkspace(files).load()
        #expect(workspace.profile.name?.value == "Alex Kim", "\(workspace.profile.name?.value.unicodeScalars.map(\.value) ?? [])")
        #expect(workspace.profile.name?.location.line == 1)
        let got = try HostileOutputTests.outputs(files)
        let leaks = Self.leaks(got)
        #expect(leaks.isEmpty, "\(leaks)")
        #expect(got.files["portfolio.html"]?.contains("Alex Kim") == true)
    }

    /// A title of only invisible characters (a project's, a story's, a job's `position`) reads as
    /// empty once they are dropped: an error at its line, in both languages, that names them and
    /// says to type it again; the file name is not shown as the title without a word.
    @Test func aTitleOfOnlyInvisibleCharactersIsALocatedError() throws {
        var files = SampleFiles.workspace
        files["projects/sensor.md"] = SampleFiles.project.replacingOccurrences(of: "title: 센서 파이프라인", with: "title: \"\u{200B}\u{200D}\"")
        files["stories/oom.md"] = SampleFiles.story.replacingOccurrences(of: "title: Spark OOM", with: "title: \u{200B}\u{2060}")
        files["folio.yaml"] = SampleFiles.profile + "\nexperience:\n  - organization: 주식회사 데이터\n    position: \"\u{200C}\"\n    period: 2023-01 – 2024-06\n"
        files["skills.yaml"] = SampleFiles.skills + "\n- name: \"\u{2060}\"\n  level: 2\n"
        let folder = try TemporaryWorkspace(files)
        let english = try FolioProcess.run(["check", ".", "--lang", "en"], in: folder.root)
        #expect(english.status == 1, "\(english.stdout)")
        #expect(english.stdout.contains("projects/sensor.md:2:8: error: `title` holds only invisible characters (U+200B, U+200D), so it reads as empty"), "\(english.stdout)")
        #expect(english.stdout.contains("stories/oom.md:2:8: error: `title` holds only invisible characters (U+200B, U+2060)"), "\(english.stdout)")
        #expect(english.stdout.contains("folio.yaml:10:15: error: `experience[].position` holds only invisible characters (U+200C)"), "\(english.stdout)")
        // The skill's name: once, where it is written, not a second time as a skill with no name.
        #expect(english.stdout.contains("skills.yaml:6:9: error: `name` holds only invisible characters (U+2060)"), "\(english.stdout)")
        #expect(!english.stdout.contains("this skill has no `name`"), "\(english.stdout)")
        #expect(english.stdout.contains("Delete the value and type it again in visible characters, e.g. title: Factory sensor data pipeline"), "\(english.stdout)")
        let korean = try FolioProcess.run(["check", "."], in: folder.root)
        #expect(korean.stdout.contains("projects/sensor.md:2:8: error: `title`에는 보이지 않는 문자(U+200B, U+200D)만 있어 빈 값으로 읽었습니다."), "\(korean.stdout)")
        #expect(korean.stdout.contains("값을 지우고 보이는 글자로 다시 쓰세요. 예: title: 제조 공정 센서 데이터 파이프라인"), "\(korean.stdout)")
    }

    /// A joiner inside an emoji sequence (👩‍💻, 🏳️‍🌈, 🧑🏽‍🚀) is part of the picture: kept in a title,
    /// which would otherwise show two pictures; a joiner anywhere else is still dropped.
    @Test func aJoinerInsideAnEmojiSequenceIsKept() throws {
        for emoji in ["👩\u{200D}💻", "🏳\u{FE0F}\u{200D}🌈", "🧑🏽\u{200D}🚀", "❤\u{FE0F}\u{200D}🔥"] {
            #expect(("데이터 " + emoji + " 팀").droppingInvisibleFormatCharacters() == "데이터 " + emoji + " 팀", "\(emoji.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect("팀\u{200D}은 1\u{200D}2 👩\u{200D} a\u{200D}💻".droppingInvisibleFormatCharacters() == "팀은 12 👩 a💻")
        var files = SampleFiles.workspace
        files["projects/sensor.md"] = SampleFiles.project.replacingOccurrences(of: "title: 센서 파이프라인", with: "title: \"센서 파이프라인 👩\u{200D}💻\u{200B}\"")
        let workspace = try TemporaryWorkspace(files).load()
        #expect(workspace.projects[0].title?.value == "센서 파이프라인 👩\u{200D}💻")
    }
}
