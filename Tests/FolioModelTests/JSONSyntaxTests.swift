import Foundation
import Testing
import FolioModel
import FolioTestSupport

/// `folio import` names the line and column of invalid JSON, where Foundation gives a byte offset.
@Suite("JSON syntax errors")
struct JSONSyntaxTests {
    @Test("each mistake at its line and column (columns in characters, Hangul counted once)", arguments: [
        ("{\n  \"basics\": {\n    \"name\": \"Kim\",,\n  }\n}", 3, 19, "key in double quotes"),
        ("{\"basics\": {\"name\": \"Ki", 1, 21, "never closed"),
        ("{\n\"a\": tru}", 2, 6, "misspelt"),
        ("{\n \"a\": \"김데이터\" x}", 2, 14, "expected `,` or `}`"),
        ("{\"a\" 1}", 1, 6, "expected `:`"),
        ("{\"a\": 01}", 1, 7, "not a JSON number"),
        ("{\"a\": \"x\ny\"}", 1, 9, "not closed before the line ends"),
        ("{\"a\": 'x'}", 1, 7, "double quotes"),
        ("{\"a\": 1} {}", 1, 10, "after the end"),
        ("{\"a\": [", 1, 8, "unclosed ["),
        ("", 1, 1, "ends before"),
    ])
    func located(json: String, line: Int, column: Int, words: String) throws {
        let problem = try #require(JSONSyntax.firstProblem(in: Data(json.utf8)))
        #expect((problem.line, problem.column) == (line, column), "\(problem)")
        #expect(problem.message.en.contains(words), "\(problem.message.en)")
        #expect(!problem.message.ko.isEmpty && problem.message.ko != problem.message.en)
        // Foundation agrees it is invalid.
        #expect(throws: (any Error).self) { try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) }
    }

    @Test("valid JSON has no problem, however deep; a comma before } or ] is accepted, as Foundation accepts it")
    func valid() throws {
        for json in ["{\"a\": [1, 2,]}", "{\"a\": 1,}", "{}", "[]", "{\"a\": [1, -2.5e3, true, false, null, \"\\u00e9\\n\", {\"b\": []}]}", "\u{FEFF}{\"이름\": \"김\"}",
                     String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)] {
            #expect(JSONSyntax.firstProblem(in: Data(json.utf8)) == nil, "\(json.prefix(40))")
        }
        let examples = RepositoryPaths.root.appendingPathComponent("schemas")
        for name in (try FileManager.default.contentsOfDirectory(atPath: examples.path)) where name.hasSuffix(".json") {
            let data = try Data(contentsOf: examples.appendingPathComponent(name))
            #expect(JSONSyntax.firstProblem(in: data) == nil, "\(name)")
        }
    }
}
