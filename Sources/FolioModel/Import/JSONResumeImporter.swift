import Foundation

/// Turns a JSON Resume (https://jsonresume.org/schema) into the files of a folio workspace,
/// so someone with a résumé already can start from it: `basics` → folio.yaml, `skills` →
/// skills.yaml, `work` and `projects` → projects/*.md. Stories, versions and depth are what
/// a JSON Resume lacks; `folio check` on the result says what to add.
public enum JSONResumeImporter {
    /// The workspace files (relative path → text), or an error naming what is wrong with the input.
    public static func workspaceFiles(from data: Data, source: String) throws(FolioError) -> [String: String] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .io(path: source, reason: "not valid JSON: \(error.localizedDescription)")
        }
        guard let resume = object as? [String: Any] else {
            throw .io(path: source, reason: "a JSON Resume is a JSON object with `basics`, `work`, `skills` …")
        }
        let basics = resume["basics"] as? [String: Any] ?? [:]
        let allText = "\(basics["name"] ?? "") \(basics["summary"] ?? "") \(basics["label"] ?? "")"
        let language: Language = allText.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } ? .ko : .en

        var files: [String: String] = [:]
        files["folio.yaml"] = profile(basics, resume: resume, language: language)
        files["skills.yaml"] = skills(resume["skills"] as? [[String: Any]] ?? [], language: language)
        var usedIDs = Set<String>()
        let entries = (resume["work"] as? [[String: Any]] ?? []) + (resume["projects"] as? [[String: Any]] ?? [])
        for (index, entry) in entries.enumerated() {
            var id = slug(string(entry["name"]) ?? string(entry["company"]) ?? "", fallback: "project-\(index + 1)")
            while usedIDs.contains(id) { id += "-\(index + 1)" }
            usedIDs.insert(id)
            files["projects/\(id).md"] = project(entry, language: language)
        }
        return files
    }

    static func profile(_ basics: [String: Any], resume: [String: Any], language: Language) -> String {
        var lines: [String] = []
        lines.append("name: \(quoted(string(basics["name"]) ?? ""))")
        if let label = string(basics["label"]) { lines.append("headline: \(quoted(label))") }
        lines.append("lang: \(language.rawValue)")
        lines.append("contact:")
        if let email = string(basics["email"]) { lines.append("  email: \(quoted(email))") }
        if let phone = string(basics["phone"]) { lines.append("  phone: \(quoted(phone))") }
        var github: String?, linkedin: String?, blog: String?
        for profile in basics["profiles"] as? [[String: Any]] ?? [] {
            guard let url = string(profile["url"]) else { continue }
            switch (string(profile["network"]) ?? "").lowercased() {
            case "github": github = github ?? url
            case "linkedin": linkedin = linkedin ?? url
            default: blog = blog ?? url
            }
        }
        if let github { lines.append("  github: \(quoted(github))") }
        if let blog { lines.append("  blog: \(quoted(blog))") }
        if let url = string(basics["url"]) ?? string(basics["website"]) { lines.append("  portfolio: \(quoted(url))") }
        if let linkedin { lines.append("  linkedin: \(quoted(linkedin))") }
        lines.append(language == .ko
            ? "# 지원할 직무를 정하세요 (seed 002 \"나에게 맞는 포지션을 고른다\"): data-engineer | ml-engineer | data-analyst | data-scientist | performance-marketer"
            : "# Pick the role you apply for: data-engineer | ml-engineer | data-analyst | data-scientist | performance-marketer")
        lines.append("target:")
        lines.append("  role: \"\"")
        if let summary = string(basics["summary"]) { lines.append("intro: \(quoted(summary))") }
        let education = resume["education"] as? [[String: Any]] ?? []
        if !education.isEmpty {
            lines.append("education:")
            for item in education {
                lines.append("  - school: \(quoted(string(item["institution"]) ?? ""))")
                let program = [string(item["studyType"]), string(item["area"])].compactMap { $0 }.joined(separator: " ")
                if !program.isEmpty { lines.append("    program: \(quoted(program))") }
                if let period = period(item) { lines.append("    period: \(quoted(period))") }
            }
        }
        let certificates = resume["certificates"] as? [[String: Any]] ?? []
        if !certificates.isEmpty {
            lines.append("certifications:")
            for item in certificates {
                lines.append("  - name: \(quoted(string(item["name"]) ?? ""))")
                if let date = string(item["date"]).flatMap(YearMonth.init) { lines.append("    date: \(date)") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func skills(_ groups: [[String: Any]], language: Language) -> String {
        var names: [String] = []
        for group in groups {
            let keywords = (group["keywords"] as? [Any] ?? []).compactMap(string)
            for name in keywords.isEmpty ? [string(group["name"])].compactMap({ $0 }) : keywords
            where !names.contains(where: { $0.lowercased() == name.lowercased() }) {
                names.append(name)
            }
        }
        var lines = [language == .ko
            ? "# JSON Resume에서 가져온 스킬입니다. 각 스킬에 level(1–5), 써 본 version, 어디까지 설정했는지(depth)를 채우세요."
            : "# Imported from a JSON Resume. Give each skill a level (1–5), the version you used and what you configured (depth)."]
        lines += names.map { "- name: \(quoted($0))" }
        if names.isEmpty { lines.append("[]") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func project(_ entry: [String: Any], language: Language) -> String {
        var lines = ["---"]
        let name = string(entry["name"]) ?? string(entry["company"]) ?? "Untitled"
        let position = string(entry["position"])
        lines.append("title: \(quoted(position.map { "\($0) · \(name)" } ?? name))")
        if let period = period(entry) { lines.append("period: \(quoted(period))") }
        if let position { lines.append("role: \(quoted(position))") }
        let stack = ((entry["technologies"] as? [Any]) ?? (entry["keywords"] as? [Any]) ?? []).compactMap(string)
        if !stack.isEmpty { lines.append("stack: [\(stack.map(quoted).joined(separator: ", "))]") }
        if let url = string(entry["url"]) ?? string(entry["website"]) {
            lines.append("links:")
            lines.append("  site: \(quoted(url))")
        }
        let highlights = (entry["highlights"] as? [Any] ?? []).compactMap(string)
        if !highlights.isEmpty {
            lines.append("impact:")
            lines += highlights.map { "  - \(quoted($0))" }
        }
        lines.append("---")
        lines.append(language == .ko ? "## 개요" : "## Overview")
        lines.append(string(entry["summary"]) ?? string(entry["description"]) ?? "")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `2020-03-15` … `2021-01` → `2020-03 – 2021-01`; no end date means ongoing.
    static func period(_ entry: [String: Any]) -> String? {
        guard let start = string(entry["startDate"]).flatMap(YearMonth.init) else { return nil }
        if let end = string(entry["endDate"]).flatMap(YearMonth.init) { return "\(start) – \(end)" }
        return "\(start) – present"
    }

    /// A YAML double-quoted scalar: JSON string syntax is valid YAML, so any text round-trips.
    static func quoted(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
        let array = String(decoding: data, as: UTF8.self)
        return String(array.dropFirst().dropLast())
    }

    static func string(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    static func slug(_ text: String, fallback: String) -> String {
        let ascii = text.lowercased().unicodeScalars.map { scalar -> Character in
            scalar.isASCII && CharacterSet.alphanumerics.contains(scalar) ? Character(scalar) : "-"
        }
        let collapsed = String(ascii).split(separator: "-").joined(separator: "-")
        return collapsed.isEmpty ? fallback : String(collapsed.prefix(48))
    }
}
