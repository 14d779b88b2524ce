import Foundation
import FolioModel

/// The file name a recruiter receives: `--name '{name}_{company}_포트폴리오'` makes
/// `김하늘_A사_포트폴리오.pdf` (and `…-full.pdf`, `.html`, `.md`) instead of `portfolio.pdf`.
///
/// Placeholders: `{name}` (the profile's name), `{company}` (the company the `--for` posting names,
/// in a `회사:` / `Company:` line or its title as `PostingCompany` reads it — `회사: 마켓컬리` →
/// `마켓컬리` —, else the posting's file name without its extension, `postings/A사.txt` → `A사`), `{role}` (the target role as the page
/// writes it), `{lang}` (`ko`/`en`), `{date}` (today, `2025-06-01`). Characters a file system or a
/// mail client mangles (`/ \ : * ? " < > |`, control characters) become `_`.
public enum OutputName {
    /// The base name from `pattern`, or an error naming the placeholder that cannot be filled.
    /// `posting` is the `--for` file's path and `postingText` its text (nil when it could not be read).
    public static func expand(
        _ pattern: String, profile: ProfileBlock, posting: String?, postingText: String? = nil, language: Language, today: Date = Date()
    ) throws(FolioError) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        let role = profile.target?.components(separatedBy: " · ").first
        let values: [String: String?] = [
            "name": profile.name,
            "company": postingText.flatMap(PostingCompany.name(in:))
                ?? posting.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent },
            "role": role,
            "lang": language.rawValue,
            "date": formatter.string(from: today),
        ]
        var result = ""
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw .usage(LocalizedText(
                    ko: "--name '\(pattern)': 닫는 '}'가 없습니다. 예: --name '{name}_{company}_포트폴리오'",
                    en: "--name '\(pattern)': a '{' is not closed. Example: --name '{name}_{company}_portfolio'"))
            }
            let key = String(rest[rest.index(after: open)..<close])
            guard let entry = values[key] else {
                let known = values.keys.sorted().map { "{\($0)}" }.joined(separator: ", ")
                throw .usage(LocalizedText(
                    ko: "--name '\(pattern)': \(Josa.topic.after("{\(key)}")) 모르는 자리표시자입니다. 쓸 수 있는 것: \(known)",
                    en: "--name '\(pattern)': {\(key)} is not a placeholder folio knows; use \(known)"))
            }
            guard let value = entry, !value.isEmpty else {
                throw .usage(LocalizedText(
                    ko: "--name '\(pattern)': {\(key)}에 넣을 값이 없습니다" + (key == "company" ? " (--for 공고의 `회사:` 줄이나 제목, 없으면 파일 이름이 회사 이름이 됩니다)." : "."),
                    en: "--name '\(pattern)': nothing to fill {\(key)} with" + (key == "company" ? " (the company is the --for posting's `Company:` line or title, else its file name)." : ".")))
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        let cleaned = sanitised(result)
        guard !cleaned.isEmpty, cleaned != ".", cleaned != ".." else {
            throw .usage(LocalizedText(ko: "--name '\(pattern)': 파일 이름이 비었습니다.", en: "--name '\(pattern)': the file name is empty."))
        }
        return cleaned
    }

    /// A file name safe on every system and in a mail attachment.
    static func sanitised(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || "/\\:*?\"<>|".unicodeScalars.contains(scalar) {
                out += "_"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        var trimmed = out.trimmingHorizontalSpace()
        while trimmed.hasPrefix(".") { trimmed.removeFirst() }
        return String(trimmed.prefix(120))
    }

    /// `portfolio-full.pdf` with `base` for `portfolio`: `김하늘_A사-full.pdf`.
    public static func file(_ defaultName: String, base: String) -> String {
        guard defaultName.hasPrefix("portfolio") else { return defaultName }
        return base + defaultName.dropFirst("portfolio".count)
    }
}
