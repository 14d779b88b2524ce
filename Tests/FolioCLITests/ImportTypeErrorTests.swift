import Foundation
import Testing
import FolioTestSupport

/// A JSON Resume with a value of the wrong type: the place as a JSON path and what is there and
/// what should be, in Korean and in English (before the résumé is read its language is unknown,
/// so both are printed), never JSONDecoder's English ("Expected to decode …").
@Suite struct ImportTypeErrorTests {
    func importing(_ json: String) throws -> FolioProcess.Result {
        let folder = try TemporaryWorkspace(["resume.json": json])
        defer { _ = folder }
        let result = try FolioProcess.run(["import", "resume.json", "ws"], in: folder.root)
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("ws/folio.yaml").path), "nothing written")
        return result
    }

    @Test func aWrongTypeIsNamedByItsPathInBothLanguages() throws {
        let result = try importing(#"{"basics": {"name": "Kim"}, "work": [{"name": "A"}, {"name": "B"}, {"name": "C", "highlights": {"first": "Cut batch time"}}]}"#)
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: resume.json: `work[2].highlights`의 값이 잘못된 형식입니다: 객체({…})입니다. 여기에는 목록(배열, […])을 쓰세요"), "\(result.stderr)")
        #expect(result.stderr.contains("error: resume.json: `work[2].highlights` has the wrong type: it is an object ({…}), and it should be a list (an array, […])"), "\(result.stderr)")
        #expect(!result.stderr.contains("Expected to decode"), "\(result.stderr)")
        #expect(!result.stderr.contains("Dictionary"), "\(result.stderr)")
    }

    @Test func aListWhereATextGoesAndAWrongSection() throws {
        let email = try importing(#"{"basics": {"name": "Kim", "email": ["kim@example.com"]}}"#)
        #expect(email.status == 2)
        #expect(email.stderr.contains("`basics.email`의 값이 잘못된 형식입니다: 목록(배열, […])입니다. 여기에는 글(문자열)을 쓰세요"), "\(email.stderr)")
        #expect(email.stderr.contains("`basics.email` has the wrong type: it is a list (an array, […]), and it should be a text (a string)"), "\(email.stderr)")
        let work = try importing(#"{"basics": {"name": "Kim"}, "work": "everywhere"}"#)
        #expect(work.stderr.contains("`work`의 값이 잘못된 형식입니다: 글(문자열)입니다. 여기에는 목록(배열, […])을 쓰세요"), "\(work.stderr)")
        #expect(!work.stderr.contains("Expected to decode"), "\(work.stderr)")
    }

    /// `"name": true` is no name: a boolean where a text belongs is a type error at its path, in
    /// every text field of every section (it was imported as the name "true"). A number stays a text
    /// (`"postalCode": 6234`, `"startDate": 2021`), as résumés write them.
    @Test func aBooleanWhereATextGoesIsATypeError() throws {
        let name = try importing(#"{"basics": {"name": true}}"#)
        #expect(name.status == 2)
        #expect(name.stderr.contains("error: resume.json: `basics.name`의 값이 잘못된 형식입니다: true나 false입니다. 여기에는 글(문자열)을 쓰세요"), "\(name.stderr)")
        #expect(name.stderr.contains("error: resume.json: `basics.name` has the wrong type: it is true or false, and it should be a text (a string)"), "\(name.stderr)")
        for (json, path) in [
            (#"{"basics": {"name": "Kim", "label": false}}"#, "basics.label"),
            (#"{"basics": {"name": "Kim", "location": {"city": true}}}"#, "basics.location.city"),
            (#"{"basics": {"name": "Kim", "profiles": [{"network": "GitHub", "url": true}]}}"#, "basics.profiles[0].url"),
            (#"{"basics": {"name": "Kim"}, "work": [{"name": "A", "position": true}]}"#, "work[0].position"),
            (#"{"basics": {"name": "Kim"}, "work": [{"name": "A", "highlights": ["Cut batch time", false]}]}"#, "work[0].highlights[1]"),
            (#"{"basics": {"name": "Kim"}, "projects": [{"name": "Pipeline", "description": true}]}"#, "projects[0].description"),
            (#"{"basics": {"name": "Kim"}, "projects": [{"name": false}]}"#, "projects[0].name"),
        ] {
            let result = try importing(json)
            #expect(result.status == 2, "\(path): \(result.stderr)")
            #expect(result.stderr.contains("`\(path)`의 값이 잘못된 형식입니다: true나 false입니다"), "\(path): \(result.stderr)")
            #expect(result.stderr.contains("`\(path)` has the wrong type: it is true or false"), "\(path): \(result.stderr)")
        }
        let folder = try TemporaryWorkspace(["resume.json": #"{"basics": {"name": "Kim", "location": {"postalCode": 6234}}, "work": [{"name": "A", "startDate": 2021}]}"#])
        let numbers = try FolioProcess.run(["import", "resume.json", "ws"], in: folder.root)
        #expect(numbers.status == 0, "\(numbers.stderr)")
    }

    /// A field `meta.folio` needs is missing: the message calls `meta.folio` folio's own extension
    /// (which `folio export` writes), never a part of JSON Resume, and says how to go on.
    @Test func aMissingFieldOfMetaFolioIsFoliosNotJSONResumes() throws {
        let result = try importing(#"{"basics": {"name": "Kim"}, "meta": {"folio": {"skills": [{"level": 3}]}}}"#)
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: resume.json: `meta.folio.skills[0].name`이 없습니다. `meta.folio`는 JSON Resume의 항목이 아니라 folio export가 쓰는 folio의 확장이며, 이 자리에 이 항목이 있어야 합니다. 채우거나, `meta.folio`를 지우고 다시 가져오세요"), "\(result.stderr)")
        #expect(result.stderr.contains("error: resume.json: `meta.folio.skills[0].name` is missing: `meta.folio` is folio's own extension, which `folio export` writes (not part of JSON Resume), and it needs this field here. Fill it in, or remove `meta.folio` and import again"), "\(result.stderr)")
        #expect(!result.stderr.contains("a JSON Resume needs it here") && !result.stderr.contains("JSON Resume의 이 자리에는"), "\(result.stderr)")
    }
}
