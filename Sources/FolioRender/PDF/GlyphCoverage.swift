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
        // Read byte by byte: fc-list prints half a megabyte of this on a machine with CJK fonts.
        var bounds: [UInt32] = []
        var value: UInt32 = 0
        var digits = 0
        var valid = true
        func endNumber() {
            if digits > 0 { bounds.append(value) } else { valid = false }
            value = 0
            digits = 0
        }
        func endToken() {
            if digits > 0 || !bounds.isEmpty { endNumber() }
            if valid, bounds.count == 1 { ranges.append(bounds[0]...bounds[0]) }
            if valid, bounds.count == 2, bounds[0] <= bounds[1] { ranges.append(bounds[0]...bounds[1]) }
            bounds.removeAll(keepingCapacity: true)
            valid = true
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\n"):
                endToken()
            case UInt8(ascii: "-"):
                endNumber()
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"):
                let digit: UInt8 = switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
                default: byte - UInt8(ascii: "A") + 10
                }
                if value > 0x0FFF_FFFF { valid = false }
                value = value &* 16 &+ UInt32(digit)
                digits += 1
            default:
                valid = false
            }
        }
        endToken()
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
    ///
    /// Running `fc-list` takes tens of milliseconds (longer than the rest of `folio check`), so its
    /// answer is kept in `$XDG_CACHE_HOME/folio/` (default `~/.cache/folio/`), in a file named by
    /// a fingerprint of everything fontconfig's answer depends on: the tool's path, the
    /// `FONTCONFIG_*` variables, and the modification times of the configuration in `/etc/fonts`,
    /// of every font folder and of fontconfig's own caches. Installing or removing a font changes
    /// one of them, so the next run asks `fc-list` again. Without a writable cache folder every
    /// run asks `fc-list`.
    public static let installed: GlyphCoverage? = {
        let environment = ProcessInfo.processInfo.environment
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let tool = folders.map({ URL(fileURLWithPath: String($0)).appendingPathComponent("fc-list") })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else { return nil }
        let cacheFile = FontconfigFingerprint.cacheFile(tool: tool.path, environment: environment)
        if let cacheFile, let text = try? String(contentsOfFile: cacheFile, encoding: .utf8) {
            let coverage = GlyphCoverage(fontconfigCharsets: text)
            if !coverage.ranges.isEmpty { return coverage }
        }
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
        guard !coverage.ranges.isEmpty else { return nil }
        if let cacheFile { coverage.store(at: cacheFile) }
        return coverage
    }()

    /// The ranges in fontconfig's own notation (`20-7e a0-17f 192`), one a line.
    var fontconfigCharsets: String {
        ranges.map { range in
            range.lowerBound == range.upperBound ? String(range.lowerBound, radix: 16)
                : String(range.lowerBound, radix: 16) + "-" + String(range.upperBound, radix: 16)
        }.joined(separator: "\n") + "\n"
    }

    /// Writes the coverage to `path` atomically (a reader never sees half a file); a failure only
    /// means the next run asks fontconfig again.
    func store(at path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? Data(fontconfigCharsets.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Whether some installed font draws `scalar`. Spaces, controls, joiners and variation
    /// selectors draw nothing themselves and count as covered.
    public func covers(_ scalar: Unicode.Scalar) -> Bool {
        if inRanges(scalar) { return true }
        return scalar.value < 0x20 || scalar.properties.isWhitespace || scalar.properties.isDefaultIgnorableCodePoint
            || scalar.properties.generalCategory == .format || scalar.properties.generalCategory == .nonspacingMark
    }

    /// Whether `scalar` is in one of the fonts' ranges (binary search).
    private func inRanges(_ scalar: Unicode.Scalar) -> Bool {
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
        // Nearly every text is wholly covered: ask scalar by scalar before splitting into characters.
        if text.unicodeScalars.allSatisfy(covers) { return [] }
        var result: [(Int, Character)] = []
        var offset = 0
        for character in text {
            if character.unicodeScalars.contains(where: { !covers($0) }) { result.append((offset, character)) }
            offset += character.unicodeScalars.count
        }
        return result
    }
}

/// What fontconfig's list of fonts depends on, reduced to a file name for the cached coverage.
enum FontconfigFingerprint {
    /// The font folders fontconfig's default configuration reads (`/etc/fonts/fonts.conf`), and
    /// its configuration and cache folders.
    static func watchedFolders(environment: [String: String]) -> [String] {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let dataHome = environment["XDG_DATA_HOME"] ?? home + "/.local/share"
        let cacheHome = environment["XDG_CACHE_HOME"] ?? home + "/.cache"
        return [
            "/etc/fonts", "/usr/share/fonts", "/usr/local/share/fonts", "/usr/X11R6/lib/X11/fonts",
            home + "/.fonts", dataHome + "/fonts", "/var/cache/fontconfig", cacheHome + "/fontconfig",
        ] + [environment["FONTCONFIG_PATH"], environment["FONTCONFIG_FILE"]].compactMap { $0 }
    }

    /// `$XDG_CACHE_HOME/folio/glyphs-<fingerprint>.txt`, or nil when there is no home to put it in.
    static func cacheFile(tool: String, environment: [String: String]) -> String? {
        let home = environment["HOME"] ?? NSHomeDirectory()
        guard let cacheHome = environment["XDG_CACHE_HOME"] ?? (home.isEmpty ? nil : home + "/.cache") else { return nil }
        var description = "fc-list \(tool)\n"
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) where key.hasPrefix("FONTCONFIG") {
            description += "\(key)=\(value)\n"
        }
        for folder in watchedFolders(environment: environment) { describe(folder, into: &description, depth: 0) }
        return cacheHome + "/folio/glyphs-" + String(fnv1a(description), radix: 16) + ".txt"
    }

    /// The path, kind, size and modification time of `path` and, for a folder, of the folders,
    /// links and (in `/etc/fonts`) files in it, up to eight levels down (font folders are two or
    /// three deep). Adding or removing a font changes its folder's time, so the font files
    /// themselves are not looked at: the folder is read with `readdir`, whose entry kind says
    /// which names are folders without a `stat` of each of the thousand files.
    static func describe(_ path: String, into description: inout String, depth: Int) {
        var status = stat()
        guard stat(path, &status) == 0 else { return }
        description += "\(path) \(status.st_mode) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)\n"
        guard status.st_mode & S_IFMT == S_IFDIR, depth < 8, let directory = opendir(path) else { return }
        var children: [String] = []
        let configuration = path.hasPrefix("/etc/fonts")
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != ".." else { continue }
            let kind = entry.pointee.d_type
            if configuration || kind == UInt8(DT_DIR) || kind == UInt8(DT_LNK) || kind == UInt8(DT_UNKNOWN) {
                children.append(name)
            }
        }
        closedir(directory)
        for name in children.sorted() {
            let child = path + "/" + name
            var childStatus = stat()
            guard lstat(child, &childStatus) == 0 else { continue }
            let kind = childStatus.st_mode & S_IFMT
            if kind == S_IFDIR || kind == S_IFLNK || configuration {
                describe(child, into: &description, depth: depth + 1)
            }
        }
    }

    /// 64-bit FNV-1a: stable from run to run, unlike `Hasher`.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
