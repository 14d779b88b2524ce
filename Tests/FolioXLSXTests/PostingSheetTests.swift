import Foundation
import Testing
import FolioModel
@testable import FolioXLSX

/// The optional Posting sheet for `folio match --xlsx`.
@Suite struct PostingSheetTests {
    static let posting = PostingSheet(title: "Acme Data — Data Engineer", rows: [
        .init(kind: .required, skill: "Apache Spark", status: .matched, evidence: "Parcel delivery event streaming pipeline"),
        .init(kind: .required, skill: "Scala", status: .missing),
        .init(kind: .preferred, skill: "=cmd|' /C calc'!A0", status: .claimedOnly),
    ])

    @Test func postingSheetInEnglish() throws {
        let (_, file) = try Fixtures.written(try Fixtures.example("junior-data-engineer-en"), posting: Self.posting)
        #expect(file.sheetNames == ["Skills", "Matrix", "Target", "Experience", "Applications", "Posting"])
        let sheet = try #require(file.sheets["Posting"])
        #expect(sheet.text("A1") == "Acme Data — Data Engineer")
        #expect(sheet.row(2, columns: 6) == ["matched, with evidence", "1", "claimed only", "1", "missing", "1"])
        #expect(sheet.cells["B2"]?.formula == "COUNTIF(C5:C7,\"matched, with evidence\")")
        #expect(sheet.row(4, columns: 4) == ["Requirement", "Skill", "Status", "Evidence (projects, stories)"])
        #expect(sheet.row(5, columns: 4) == ["required", "Apache Spark", "matched, with evidence", "Parcel delivery event streaming pipeline"])
        #expect(sheet.row(6, columns: 4) == ["required", "Scala", "missing", ""])
        #expect(sheet.row(7, columns: 4) == ["preferred", "=cmd|' /C calc'!A0", "claimed only", ""])
        #expect(sheet.cells["B7"]?.formula == nil)
    }

    @Test func postingSheetInKorean() throws {
        let (_, file) = try Fixtures.written(try Fixtures.example("junior-data-engineer-ko"), posting: Self.posting)
        #expect(file.sheetNames == ["스킬", "매트릭스", "목표", "경력", "지원서", "공고"])
        let sheet = try #require(file.sheets["공고"])
        #expect(sheet.row(4, columns: 4) == ["구분", "스킬", "상태", "근거 (프로젝트·사례)"])
        #expect(sheet.row(5, columns: 3) == ["필수", "Apache Spark", "일치·근거 있음"])
        #expect(sheet.row(7, columns: 3) == ["우대", "=cmd|' /C calc'!A0", "주장만"])
    }
}
