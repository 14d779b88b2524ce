import Foundation
import Testing
@testable import FolioModel

/// Each DecodingError case in words (the cases a JSON Resume's own decoders cannot all produce
/// are built by hand), with the JSON path.
@Suite struct JSONDecodingProblemTests {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(_ name: String) { stringValue = name }
        init(_ index: Int) { stringValue = "Index \(index)"; intValue = index }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { self.init(intValue) }
    }

    @Test func everyCaseIsWordedWithItsPath() {
        let object: [String: Any] = ["work": [["name": "A"], ["name": "B", "highlights": 3]]]
        let path: [any CodingKey] = [Key("work"), Key(1), Key("highlights")]
        let mismatch = JSONDecodingProblem.reason(.typeMismatch([String].self, .init(codingPath: path, debugDescription: "Expected to decode Array<Any> but found a number instead.")), in: object)
        #expect(mismatch == LocalizedText(
            ko: "`work[1].highlights`의 값이 잘못된 형식입니다: 숫자입니다. 여기에는 목록(배열, […])을 쓰세요",
            en: "`work[1].highlights` has the wrong type: it is a number, and it should be a list (an array, […])"))
        let null = JSONDecodingProblem.reason(.valueNotFound(String.self, .init(codingPath: [Key("basics"), Key("name")], debugDescription: "")), in: object)
        #expect(null == LocalizedText(ko: "`basics.name`의 값이 null입니다. 글(문자열)을 쓰거나 이 항목을 지우세요", en: "`basics.name` is null: give a text (a string) or remove the field"))
        let missing = JSONDecodingProblem.reason(.keyNotFound(Key("name"), .init(codingPath: [Key("work"), Key(0)], debugDescription: "")), in: object)
        #expect(missing == LocalizedText(ko: "`work[0].name`이 없습니다. JSON Resume의 이 자리에는 이 항목이 있어야 합니다", en: "`work[0].name` is missing: a JSON Resume needs it here"))
        let corrupted = JSONDecodingProblem.reason(.dataCorrupted(.init(codingPath: [Key("basics"), Key("url")], debugDescription: "Invalid URL")), in: object)
        #expect(corrupted == LocalizedText(ko: "`basics.url`의 값을 읽을 수 없습니다", en: "the value of `basics.url` cannot be read"))
        let flag = JSONDecodingProblem.reason(.typeMismatch([String].self, .init(codingPath: [Key("on")], debugDescription: "")), in: ["on": true])
        #expect(flag.en.contains("it is true or false"), "\(flag.en)")
    }
}
