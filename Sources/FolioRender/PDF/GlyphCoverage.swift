import Foundation

/// Which characters the fonts installed on this machine can draw, read once from fontconfig
/// (`fc-list --format '%{charset}'`, the union over every installed font: Chromium falls back
/// to any of them). Text outside it prints as an empty box in the PDF (an emoji with no emoji
/// font, a rare Hanja outside Noto CJK).
public struct GlyphCoverage: Sendable {
    /// Sorted, non-overlapping ranges of Unicode scalar values.
    var ranges: [ClosedRange<UInt32>]

    /// Coverage from fontconfig's charset notation: `20-7e a0-17f 192 …` (hex), any number of lines.
    public init(fontconfigCharsets text: String) {
        var ranges: [ClosedRange<UInt32>] = []
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let bounds = token.split(separator: "-").compactMap { UInt32($0, radix: 16) }
            if bounds.count == 1 { ranges.append(bounds[0]...bounds[0]) }
            if bounds.count == 2, bounds[0] <= bounds[1] { ranges.append(bounds[0]...bounds[1]) }
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var merged: [ClosedRange<UInt32>] = []
        for range in ranges {
            if let last = merged.last, range.lowerBound <= last.upperBound &+ 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        self.ranges = merged
    }

    /// The installed fonts' coverage, or nil when fontconfig's `fc-list` is not available (then
    /// nothing can be said about which characters print).
    public static let installed: GlyphCoverage? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let tool = folders.map({ URL(fileURLWithPath: String($0)).appendingPathComponent("fc-list") })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else { return nil }
        let process = Process()
        process.executableURL = tool
        process.arguments = ["--format", "%{charset}\n"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let coverage = GlyphCoverage(fontconfigCharsets: String(decoding: data, as: UTF8.self))
        return coverage.ranges.isEmpty ? nil : coverage
    }()

    /// Whether some installed font draws `scalar`. Spaces, controls, joiners and variation
    /// selectors draw nothing themselves and count as covered.
    public func covers(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x20 || scalar.properties.isWhitespace || scalar.properties.isDefaultIgnorableCodePoint
            || scalar.properties.generalCategory == .format || scalar.properties.generalCategory == .nonspacingMark {
            return true
        }
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if ranges[middle].contains(scalar.value) { return true }
            if scalar.value < ranges[middle].lowerBound { high = middle - 1 } else { low = middle + 1 }
        }
        return false
    }

    /// The characters of `text` no installed font draws, each with its scalar offset in `text`.
    public func missing(in text: String) -> [(offset: Int, character: Character)] {
        var result: [(Int, Character)] = []
        var offset = 0
        for character in text {
            if character.unicodeScalars.contains(where: { !covers($0) }) { result.append((offset, character)) }
            offset += character.unicodeScalars.count
        }
        return result
    }
}
