import Foundation

// The floor for Benchmarks/ratios.sh: a Swift program that only reads a workspace's files (every
// regular file under the folder, as `folio build` and `folio check` must) and prints how many
// bytes it read. Same process start, same Foundation, no parsing: what no folio command can beat.
let arguments = CommandLine.arguments.dropFirst()
guard let folder = arguments.first else {
    FileHandle.standardError.write(Data("usage: folio-floor WORKSPACE\n".utf8))
    exit(2)
}
var bytes = 0
var files = 0
let root = URL(fileURLWithPath: folder)
if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) {
    for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
        if let data = FileManager.default.contents(atPath: url.path) {
            bytes += data.count
            files += 1
        }
    }
}
print("\(files) files, \(bytes) bytes")
