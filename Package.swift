// swift-tools-version: 6.0
import PackageDescription

/// How the release `folio` is linked: the Swift runtime and Foundation statically (a copied
/// binary needs no Swift toolchain, and the dynamic loader no longer resolves some 14,000 symbols
/// across 26 libraries at every start, about 4 ms of `folio check`'s 20), by LLVM's lld with packed
/// relative relocations (DT_RELR, glibc 2.36 and later) so the start-up applies 83,000 of them
/// from a 17 KB table instead of a 2 MB one. Benchmarks/ratios.sh measures it.
let releaseLinking: [LinkerSetting] = [
    .unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
                 .when(platforms: [.linux], configuration: .release)),
]

let package = Package(
    name: "folio",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "folio", targets: ["folio"]),
        .executable(name: "folio-serve", targets: ["folio-serve"]),
        .library(name: "FolioModel", targets: ["FolioModel"]),
        .library(name: "FolioCheck", targets: ["FolioCheck"]),
        .library(name: "FolioRender", targets: ["FolioRender"]),
        .library(name: "FolioXLSX", targets: ["FolioXLSX"]),
        .library(name: "FolioMatch", targets: ["FolioMatch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // The system C library libxlsxwriter (Debian: libxlsxwriter-dev for the header,
        // libxlsxwriter4 at run time), opened with dlopen when the first workbook is made
        // (Sources/CXlsxWriter/lazy.c says why).
        .target(name: "CXlsxWriter", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        // The system C library libcmark-gfm, GitHub's CommonMark renderer
        // (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // glibc's mallopt(3), for `folio`'s start (Sources/folio/Folio.swift says why).
        .systemLibrary(name: "CMalloc"),
        // Workspace files -> typed, located model. Skill catalog and role profiles as data.
        .target(
            name: "FolioModel",
            dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/skills.json"), .copy("Resources/roles.json")]
        ),
        // The built-in templates and init scaffolds, shipped as a resource bundle beside the binary.
        .target(
            name: "FolioTemplates",
            path: "Templates",
            resources: [.copy("portfolio"), .copy("themes"), .copy("interview"), .copy("init")]
        ),
        // The JSON Schemas of the workspace files, shipped as a resource bundle for `folio init`.
        .target(
            name: "FolioSchemas",
            path: "schemas",
            exclude: ["validate.py"],
            resources: [
                .copy("folio.schema.json"), .copy("skills.schema.json"),
                .copy("project.schema.json"), .copy("story.schema.json"), .copy("essay.schema.json"),
            ]
        ),
        // Presentation model, one-page selection, Markdown / HTML / PDF renderers.
        .target(
            name: "FolioRender",
            dependencies: [
                "FolioModel", "CCmarkGFM", "FolioTemplates", "FolioSchemas",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The advice rules, findings and reporters.
        .target(name: "FolioCheck", dependencies: ["FolioModel", "FolioRender"]),
        // The xlsx skill matrix over libxlsxwriter.
        .target(
            name: "FolioXLSX", dependencies: ["FolioModel", "FolioMatch", "CXlsxWriter"],
            resources: [.copy("Resources/categories.json")]
        ),
        // Job postings, matching and the interview sheet.
        .target(
            name: "FolioMatch",
            dependencies: ["FolioModel", "FolioRender", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // `folio serve`: the live preview over HTTP on 127.0.0.1 (FlyingFox), rebuilt on every save.
        .target(
            name: "FolioServe",
            dependencies: [
                "FolioModel", "FolioCheck", "FolioRender", "FolioMatch",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        // What both executables share: the workspace argument, options, printing, the data check.
        .target(
            name: "FolioCommandLine",
            dependencies: ["FolioModel", "FolioCheck", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The command line: argument parsing and printing only.
        .executableTarget(
            name: "folio",
            dependencies: [
                "FolioModel", "FolioCheck", "FolioRender", "FolioXLSX", "FolioMatch", "FolioCommandLine", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: releaseLinking
        ),
        // `folio serve`'s server, a program of its own beside `folio` (`ServeOptions` says why).
        .executableTarget(
            name: "folio-serve",
            dependencies: [
                "FolioModel", "FolioRender", "FolioServe", "FolioCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmark: the xlsx skill matrix of a generated 5,000-skill × 500-project workspace.
        .executableTarget(
            name: "folio-xlsx-bench",
            dependencies: ["FolioModel", "FolioXLSX"],
            path: "Benchmarks/xlsx_bench"
        ),
        // Benchmark floor: a program that only reads a workspace's files (Benchmarks/ratios.sh).
        .executableTarget(name: "folio-floor", path: "Benchmarks/floor"),
        // Temporary workspaces and paths for the tests.
        .target(name: "FolioTestSupport", dependencies: ["FolioModel"], path: "Tests/FolioTestSupport"),
        .testTarget(name: "FolioModelTests", dependencies: ["FolioModel", "FolioTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "FolioCheckTests", dependencies: ["FolioCheck", "FolioTestSupport"]),
        .testTarget(name: "FolioRenderTests", dependencies: ["FolioRender", "FolioCheck", "FolioTestSupport"]),
        .testTarget(
            name: "FolioXLSXTests",
            dependencies: [
                "FolioXLSX", "FolioMatch", "FolioTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(name: "FolioMatchTests", dependencies: ["FolioMatch", "FolioTestSupport"], exclude: ["Fixtures", "Corpus", "HeldOut", "HeldOut2", "HeldOut3"]),
        .testTarget(name: "FolioCLITests", dependencies: ["folio", "folio-serve", "FolioTestSupport"]),
        // Broken and hostile input across every command and output (Tests/BadInput/).
        .testTarget(
            name: "BadInputTests",
            dependencies: [
                "folio", "FolioModel", "FolioCheck", "FolioRender", "FolioMatch", "FolioXLSX", "FolioTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Tests/BadInput",
            exclude: ["Cases"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
