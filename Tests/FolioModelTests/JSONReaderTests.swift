import Foundation
import Testing
@testable import FolioModel

/// `JSONReader`, which reads the shipped skill catalog, against Foundation's JSONSerialization.
@Suite struct JSONReaderTests {
    /// JSONSerialization's value in the reader's terms, for comparison.
    static func same(_ value: JSONValue, _ other: Any) -> Bool {
        switch value {
        case .string(let text): return other as? String == text
        case .bool(let flag): return other as? Bool == flag
        case .number(let number): return (other as? NSNumber)?.doubleValue == number
        case .null: return other is NSNull
        case .array(let elements):
            guard let others = other as? [Any], others.count == elements.count else { return false }
            return zip(elements, others).allSatisfy { same($0, $1) }
        case .object(let members):
            guard let others = other as? [String: Any], others.count == members.count else { return false }
            return members.allSatisfy { key, member in others[key].map { same(member, $0) } ?? false }
        }
    }

    @Test func readsTheCatalogAsJSONSerializationDoes() throws {
        let url = try #require(ResourceBundle.modelFile("skills.json"))
        let data = try Data(contentsOf: url)
        let value = try #require(JSONReader.parse(Array(data)))
        #expect(Self.same(value, try JSONSerialization.jsonObject(with: data)))
        #expect(SkillCatalog.shared.entries.count == value["skills"]?.array?.count)
    }

    @Test func readsTheRoleProfilesAsJSONDecoderDoes() throws {
        let url = try #require(ResourceBundle.modelFile("roles.json"))
        let decoded = try JSONDecoder().decode(RoleProfiles.self, from: Data(contentsOf: url))
        #expect(!RoleProfiles.shared.roles.isEmpty)
        #expect(String(describing: RoleProfiles.shared) == String(describing: decoded), "every field, in order")
    }

    @Test func readsEscapesNumbersAndLiterals() throws {
        let text = #"{"a": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude80\uD55C", "n": [0, -1.5, 2e3], "t": true, "f": false, "z": null, "e": {}, "l": []}"#
        let value = try #require(JSONReader.parse(Array(text.utf8)))
        #expect(Self.same(value, try JSONSerialization.jsonObject(with: Data(text.utf8))))
        #expect(value["a"]?.string == "x\"\\/\u{8}\u{C}\n\r\té🚀한")
    }

    @Test func refusesWhatIsNotJSON() {
        for text in ["", "{", "[1,]", "{\"a\" 1}", "\"open", "tru", "{\"a\": 1} x", "\"a\u{1}\""] {
            #expect(JSONReader.parse(Array(text.utf8)) == nil, "\(text)")
        }
    }
}
