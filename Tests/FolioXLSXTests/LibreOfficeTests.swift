import Foundation
import Testing
import FolioModel
@testable import FolioXLSX

/// The workbook opens in a real spreadsheet application: LibreOffice Calc converts every sheet
/// to CSV (`soffice --headless --convert-to csv`), and the rows are what a user would see.
///
/// LibreOffice is required (Debian `libreoffice-calc`, installed by `.ci/run`); without it this
/// test fails with the install command rather than being skipped.
@Suite struct LibreOfficeTests {
    /// One soffice run for all files: starting LibreOffice is the slow part.
    @Test func everySheetOpensInLibreOfficeCalcWithTheExpectedRows() async throws {
        let soffice = try #require(
            Self.findSoffice(),
            "LibreOffice is not installed (no soffice on PATH): apt-get install libreoffice-calc")
        let folder = try Fixtures.outputFolder()
        defer { Fixtures.removeOutputFolder(folder) }

        let korean = SkillMatrix(workspace: try Fixtures.example("junior-data-engineer-ko"), today: Fixtures.today, language: .ko)
        try korean.write(to: folder.appendingPathComponent("ko.xlsx"))
        var english = SkillMatrix(workspace: try Fixtures.example("junior-data-engineer-en"), today: Fixtures.today, language: .en)
        english.posting = PostingSheetTests.posting
        try english.write(to: folder.appendingPathComponent("en.xlsx"))
        let (_, hostileWorkspace) = try Fixtures.load(Fixtures.hostile)
        try SkillMatrix(workspace: hostileWorkspace, today: Fixtures.today, language: .ko)
            .write(to: folder.appendingPathComponent("hostile.xlsx"))

        let csv = try await Self.convertEverySheet(
            ["ko.xlsx", "en.xlsx", "hostile.xlsx"].map { folder.appendingPathComponent($0) },
            soffice: soffice, into: folder.appendingPathComponent("csv"))

        let skills = try #require(csv["ko-스킬"])
        #expect(skills[0] == ["스킬", "분류", "수준 (1–5)", "버전", "어디까지 설정해 봤나", "사용 시작", "사용 기간 (년, 프로젝트·경력)",
                              "사용 프로젝트 수", "관련 사례 수", "근거 (프로젝트·사례·경력)", "상태"])
        #expect(Array(skills[4].prefix(9)) == ["Apache Spark", "분산 처리", "3", "3.5",
                                              "executor 메모리·셔플 파티션 튜닝, AQE 설정, Structured Streaming 체크포인트와 워터마크 구성",
                                              "2024-07", "0.4", "2", "2"])
        #expect(skills[4][10] == "근거 있음")
        #expect(skills[3] == ["Java", "언어", "1", "17", "학부 과제로 Kafka 컨슈머 예제와 JUnit 테스트를 작성해 본 수준",
                              "2020-09", "", "0", "0", "", "주장만"])

        let matrix = try #require(csv["ko-매트릭스"])
        #expect(matrix[4] == ["Apache Spark", "●◆", "", "●◆", "2", "2"])
        #expect(matrix[16] == ["CS Fundamentals", "", "", "◆", "0", "1"])
        #expect(matrix[20] == ["합계", "8", "8", "12", "27", "13"])

        let target = try #require(csv["ko-목표"])
        #expect(target[0].first == "목표 직무·회사 유형 대비 스킬: 데이터 엔지니어 · 대기업 데이터 플랫폼")
        #expect(Array(target[1].prefix(8)) == ["보유·근거 있음", "24", "보유·근거 없음", "3", "없음", "6", "없음 (우대)", "3"])
        #expect(target.contains { $0.count > 4 && $0[1] == "NoSQL / MongoDB 중 하나 이상" && $0[4] == "없음" })
        // What the target asks first comes first: the company's required skills, then the role's core.
        let sources = target.dropFirst(4).compactMap(\.first).filter { !$0.isEmpty }
        #expect(sources.first?.hasPrefix("회사 필수") == true, "\(sources.prefix(3))")
        let firstCore = sources.firstIndex { $0.hasPrefix("직무 핵심") } ?? 0
        #expect(!sources[firstCore...].contains { $0.hasPrefix("회사 필수") }, "required before core")

        #expect(csv.keys.contains("en-Skills") && csv.keys.contains("en-Matrix") && csv.keys.contains("en-Target"))
        // The work history sheet opens too: the two jobs of the English example, months as numbers.
        let experience = try #require(csv["en-Experience"])
        #expect(Array(experience[1].prefix(6)) == ["Parcelly", "Data Engineer", "Logistics data platform (4 engineers)", "2023-03", "present", "33"])
        #expect(Array(experience[2].prefix(5)) == ["Shoply", "Junior Data Engineer", "Growth data team", "2021-03", "2023-02"])
        let posting = try #require(csv["en-Posting"])
        #expect(Array(posting[1].prefix(6)) == ["matched, with evidence", "1", "claimed only", "1", "missing", "1"])
        #expect(Array(posting[4].prefix(4)) == ["required", "Apache Spark", "matched, with evidence", "Parcel delivery event streaming pipeline"])
        #expect(Array(posting[6].prefix(4)) == ["preferred", "=cmd|' /C calc'!A0", "claimed only", ""])

        // A spreadsheet shows formula-looking user text as text, not as a computed value.
        let hostile = try #require(csv["hostile-스킬"])
        #expect(hostile[1][0] == "=HYPERLINK(\"http://evil.example\",\"click\")")
        #expect(hostile[1][3] == "+1")
        #expect(hostile[1][4] == "-2+3")
        let hostileMatrix = try #require(csv["hostile-매트릭스"])
        #expect(hostileMatrix[0][1] == "=1+1 센서 파이프라인")
        #expect(hostileMatrix[4] == ["합계", "1", "1", "1", "2", "2"])
    }

    static func findSoffice() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/lib/libreoffice/program"] {
            for name in ["soffice", "libreoffice"] {
                let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    /// Runs soffice once with its own throw-away profile and a time limit; returns every
    /// sheet's rows keyed `<file>-<sheet>`.
    static func convertEverySheet(_ files: [URL], soffice: URL, into output: URL) async throws -> [String: [[String]]] {
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("folio-lo-\(UUID().uuidString)")
        defer {
            if profile.lastPathComponent.hasPrefix("folio-lo-") { try? FileManager.default.removeItem(at: profile) }
        }
        let log = output.appendingPathComponent("soffice.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let logHandle = try FileHandle(forWritingTo: log)
        defer { try? logHandle.close() }

        let process = Process()
        process.executableURL = soffice
        // Token 3: UTF-8; 9: cell contents as shown; 12: -1 = every sheet to its own file.
        let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"
        process.arguments = [
            "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore", "--nologo",
            "--convert-to", filter, "--outdir", output.path,
        ] + files.map(\.path)
        process.standardOutput = logHandle
        process.standardError = logHandle
        try process.run()

        let deadline = Date().addingTimeInterval(180)
        while process.isRunning, Date() < deadline {
            try await Task.sleep(for: .milliseconds(200))
        }
        if process.isRunning {
            process.terminate()
            Issue.record("soffice did not finish within 180 s; log: \(String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self))")
            return [:]
        }
        let logText = String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "soffice exited with \(process.terminationStatus): \(logText)")

        var sheets: [String: [[String]]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: output.path) where name.hasSuffix(".csv") {
            let text = try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
            sheets[String(name.dropLast(4))] = CSV.parse(text)
        }
        #expect(!sheets.isEmpty, "soffice wrote no CSV: \(logText)")
        return sheets
    }
}

/// RFC 4180 CSV as LibreOffice writes it: quoted fields, doubled quotes, newlines inside quotes.
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text).makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\n", "\r\n":
                row.append(field); field = ""
                rows.append(row); row = []
            case "\r": break
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
