import Foundation

/// A JSON Resume whose values do not have the shape the schema gives them, in words in both
/// languages with the place as a JSON path (`work[2].highlights`): JSONDecoder's own text
/// ("Expected to decode Dictionary<String, Any> but found a string instead.") is English only
/// and names Swift's types.
enum JSONDecodingProblem {
    /// The reason for `error`, reading what is actually at its path in `object` (the JSON as parsed).
    static func reason(_ error: DecodingError, in object: Any) -> LocalizedText {
        switch error {
        case .typeMismatch(let type, let context):
            let path = path(context.codingPath)
            let expected = kind(of: type)
            let found = value(at: context.codingPath, in: object).map(kind(ofValue:))
            return LocalizedText(
                ko: "`\(path)`의 값이 잘못된 형식입니다\(found.map { ": \($0.ko)입니다" } ?? ""). 여기에는 \(Josa.object.after(expected.ko)) 쓰세요",
                en: "`\(path)` has the wrong type\(found.map { ": it is \($0.en)" } ?? ""), and it should be \(expected.en)")
        case .valueNotFound(let type, let context):
            let path = path(context.codingPath)
            let expected = kind(of: type)
            return LocalizedText(
                ko: "`\(path)`의 값이 null입니다. \(Josa.object.after(expected.ko)) 쓰거나 이 항목을 지우세요",
                en: "`\(path)` is null: give \(expected.en) or remove the field")
        case .keyNotFound(let key, let context):
            let path = path(context.codingPath + [key])
            // `meta.folio` is folio's own extension, which `folio export` writes: no JSON Resume asks for it.
            if path.hasPrefix("meta.folio.") {
                return LocalizedText(
                    ko: "\(Josa.subject.after("`\(path)`")) 없습니다. \(Josa.topic.after("`meta.folio`")) JSON Resume의 항목이 아니라 folio export가 쓰는 folio의 확장이며, 이 자리에 이 항목이 있어야 합니다. 채우거나, \(Josa.object.after("`meta.folio`")) 지우고 다시 가져오세요(나머지는 그대로 옮겨집니다)",
                    en: "`\(path)` is missing: `meta.folio` is folio's own extension, which `folio export` writes (not part of JSON Resume), and it needs this field here. Fill it in, or remove `meta.folio` and import again (the rest is carried as it is)")
            }
            return LocalizedText(
                ko: "\(Josa.subject.after("`\(path)`")) 없습니다. JSON Resume의 이 자리에는 이 항목이 있어야 합니다",
                en: "`\(path)` is missing: a JSON Resume needs it here")
        case .dataCorrupted(let context):
            guard !context.codingPath.isEmpty else {
                return LocalizedText(ko: "JSON Resume로 읽을 수 없습니다", en: "it cannot be read as a JSON Resume")
            }
            let path = path(context.codingPath)
            return LocalizedText(ko: "`\(path)`의 값을 읽을 수 없습니다", en: "the value of `\(path)` cannot be read")
        @unknown default:
            return LocalizedText(ko: "JSON Resume로 읽을 수 없습니다", en: "it cannot be read as a JSON Resume")
        }
    }

    /// `work[2].highlights` for the coding path work → 2 → highlights.
    static func path(_ codingPath: [any CodingKey]) -> String {
        var path = ""
        for key in codingPath {
            if let index = key.intValue { path += "[\(index)]" } else { path += (path.isEmpty ? "" : ".") + key.stringValue }
        }
        return path
    }

    /// The parsed JSON value at `codingPath`, or nil when the path leads nowhere.
    static func value(at codingPath: [any CodingKey], in object: Any) -> Any? {
        var current: Any = object
        for key in codingPath {
            if let index = key.intValue, let array = current as? [Any] {
                guard array.indices.contains(index) else { return nil }
                current = array[index]
            } else if let dictionary = current as? [String: Any], let next = dictionary[key.stringValue] {
                current = next
            } else {
                return nil
            }
        }
        return current
    }

    /// What a Swift type the decoder wanted is, as the JSON would write it.
    static func kind(of type: Any.Type) -> LocalizedText {
        let name = String(describing: type)
        if type == String.self || type == JSONText.self { return LocalizedText(ko: "글(문자열)", en: "a text (a string)") }
        if type == Bool.self { return LocalizedText(ko: "true나 false", en: "true or false") }
        if type is any Numeric.Type { return LocalizedText(ko: "숫자", en: "a number") }
        if name.hasPrefix("Array") { return LocalizedText(ko: "목록(배열, […])", en: "a list (an array, […])") }
        return LocalizedText(ko: "객체({…})", en: "an object ({…})")
    }

    /// What a parsed JSON value is.
    static func kind(ofValue value: Any) -> LocalizedText {
        switch value {
        case is String: return LocalizedText(ko: "글(문자열)", en: "a text (a string)")
        case let number as NSNumber where String(cString: number.objCType) == "c":
            return LocalizedText(ko: "true나 false", en: "true or false")
        case is NSNumber: return LocalizedText(ko: "숫자", en: "a number")
        case is NSNull: return LocalizedText(ko: "null", en: "null")
        case is [Any]: return LocalizedText(ko: "목록(배열, […])", en: "a list (an array, […])")
        default: return LocalizedText(ko: "객체({…})", en: "an object ({…})")
        }
    }
}
