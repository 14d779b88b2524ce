// folio-xlsx-bench: writes the xlsx skill matrix of a generated 5,000-skill × 500-project
// workspace with the release build of FolioXLSX, and reports the median write time.
//
//   swift run -c release folio-xlsx-bench [--skills 5000] [--projects 500] [--runs 5]
//                                         [--out DIR] [--dump workspace.json]
//
// The workspace is generated in memory from a fixed seed (no files are parsed), so every run
// writes the same workbook. `--dump` writes the same workspace as JSON for the Python
// XlsxWriter reference (Benchmarks/xlsx_reference.py). Driven by Benchmarks/xlsx_bench.sh.
import Foundation
import FolioModel
import FolioXLSX

/// The benchmark's knobs, from the command line.
struct Options {
    var skills = 5_000
    var projects = 500
    var stackSize = 100
    var stories = 1_000
    var runs = 5
    var output = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Output/bench")
    var dump: URL?

    init(_ arguments: [String]) throws {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            func value() throws -> String {
                guard let next = iterator.next() else { throw BenchError.usage("\(argument) needs a value") }
                return next
            }
            func number() throws -> Int {
                let text = try value()
                guard let number = Int(text), number >= 0 else { throw BenchError.usage("\(argument): not a number: \(text)") }
                return number
            }
            switch argument {
            case "--skills": skills = try number()
            case "--projects": projects = try number()
            case "--stack": stackSize = try number()
            case "--stories": stories = try number()
            case "--runs": runs = max(1, try number())
            case "--out": output = URL(fileURLWithPath: try value())
            case "--dump": dump = URL(fileURLWithPath: try value())
            default: throw BenchError.usage("unknown option \(argument)")
            }
        }
    }
}

enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    var description: String {
        switch self {
        case .usage(let text): "folio-xlsx-bench: \(text)"
        }
    }
}

/// A 64-bit linear congruential generator: the same workspace on every machine.
struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}

/// The generated workspace, in the plain shape the Python reference reads.
struct Generated: Codable {
    struct Skill: Codable { var name: String; var category: String; var level: Int; var version: String; var depth: String; var since: String }
    struct Project: Codable { var id: String; var title: String; var link: String; var stack: [String] }
    struct Story: Codable { var id: String; var title: String; var project: String; var skills: [String] }
    var today: String
    var skills: [Skill]
    var projects: [Project]
    var stories: [Story]

    init(_ options: Options) {
        var random = Generator(state: 20_251_123)
        let categories = ["language", "database", "distributed-processing", "cloud", "orchestration", "visualization", "ml"]
        today = "2025-11"
        let skills = (0..<options.skills).map { index in
            // Every other name in Hangul: column widths and shared strings see both scripts.
            let name = index % 2 == 0 ? String(format: "Skill %04d", index) : String(format: "스킬 %04d", index)
            return Skill(
                name: name, category: categories[index % categories.count], level: 1 + random.next(5),
                version: "\(1 + random.next(9)).\(random.next(20))",
                depth: "파티션 \(random.next(512))개로 나누고 재시도 \(random.next(5))회, 설정 범위를 문서화했습니다 (case \(index))",
                since: String(format: "%04d-%02d", 2015 + random.next(10), 1 + random.next(12)))
        }
        let projects = (0..<options.projects).map { index in
            var stack = Set<Int>()
            while stack.count < min(options.stackSize, options.skills) { stack.insert(random.next(options.skills)) }
            return Project(
                id: String(format: "project-%03d", index),
                title: String(format: "프로젝트 %03d — 데이터 파이프라인", index),
                link: String(format: "https://github.com/bench/project-%03d", index),
                stack: stack.sorted().map { skills[$0].name })
        }
        let stories = (0..<options.stories).map { index in
            Story(
                id: String(format: "story-%04d", index), title: String(format: "사례 %04d: 배치 지연", index),
                project: options.projects > 0 ? projects[random.next(options.projects)].id : "",
                skills: (0..<3).map { _ in skills[random.next(max(options.skills, 1))].name })
        }
        self.skills = skills
        self.projects = projects
        self.stories = stories
    }

    /// The same data as a folio `Workspace`, built in memory.
    func workspace() -> Workspace {
        let here = SourceLocation(file: "generated", line: 1)
        var profile = Profile()
        profile.name = Located("김벤치", at: here)
        profile.language = .ko
        profile.target.role = Located("data-engineer", at: here)
        profile.target.company = Located("enterprise-platform", at: here)
        var workspace = Workspace(root: URL(fileURLWithPath: "/generated"), profile: profile)
        workspace.skills = skills.map { skill in
            var entry = FolioModel.Skill(name: Located(skill.name, at: here), location: here)
            entry.category = Located(skill.category, at: here)
            entry.level = Located(skill.level, at: here)
            entry.version = Located(skill.version, at: here)
            entry.depth = Located(skill.depth, at: here)
            entry.since = YearMonth(skill.since).map { Located($0, at: here) }
            return entry
        }
        workspace.projects = projects.map { project in
            var entry = FolioModel.Project(id: project.id, file: "projects/\(project.id).md")
            entry.title = Located(project.title, at: here)
            entry.stack = project.stack.map { Located($0, at: here) }
            entry.links = [.init(name: "repo", url: Located(project.link, at: here))]
            return entry
        }
        workspace.stories = stories.map { story in
            var entry = FolioModel.Story(id: story.id, file: "stories/\(story.id).md")
            entry.title = Located(story.title, at: here)
            entry.project = Located(story.project, at: here)
            entry.skills = story.skills.map { Located($0, at: here) }
            return entry
        }
        return workspace
    }
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

@main
enum XLSXBench {
    static func main() {
        do {
            try run(Options(Array(CommandLine.arguments.dropFirst())))
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            exit(2)
        }
    }

    static func run(_ options: Options) throws {
        let generated = Generated(options)
        if let dump = options.dump {
            try FileManager.default.createDirectory(at: dump.deletingLastPathComponent(), withIntermediateDirectories: true)
            try JSONEncoder().encode(generated).write(to: dump)
        }
        let workspace = generated.workspace()
        let matrix = SkillMatrix(workspace: workspace, today: YearMonth(generated.today)!, language: .ko)
        let url = options.output.appendingPathComponent("skills-\(options.skills)x\(options.projects).xlsx")
        var seconds: [Double] = []
        for run in 1...options.runs {
            let start = DispatchTime.now()
            try matrix.write(to: url)
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            seconds.append(elapsed)
            print(String(format: "run %d: %.3f s", run, elapsed))
        }
        let marks = generated.projects.reduce(0) { $0 + $1.stack.count }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        print(String(format: "swift+libxlsxwriter: %d skills x %d projects, %d stack marks, %d stories: median %.3f s over %d runs (%@, %.1f MB)",
                     options.skills, options.projects, marks, options.stories, median(seconds), options.runs,
                     url.lastPathComponent, Double(size) / 1_048_576))
    }
}
