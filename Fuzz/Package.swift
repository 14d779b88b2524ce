// swift-tools-version: 6.0
// A libFuzzer harness of folio's readers and renderers, in its own package so that `swift build`
// and `swift test` of folio are not affected. Build and run it with Fuzz/run.sh (.ci/run does,
// for 60 s); it needs a toolchain with libFuzzer (`-sanitize=fuzzer`, Linux).
import PackageDescription

let package = Package(
    name: "FolioFuzz",
    dependencies: [.package(name: "folio", path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .executableTarget(
            name: "FolioFuzz",
            dependencies: [
                "CFuzzDriver",
                .product(name: "FolioModel", package: "folio"),
                .product(name: "FolioRender", package: "folio"),
                .product(name: "FolioMatch", package: "folio"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
