import ArgumentParser
import Dispatch
import Foundation
import FolioModel
import FolioRender
import FolioServe
import FolioCommandLine

/// `folio-serve`: the preview server that `folio serve` starts (see `ServeOptions` for why it is
/// a program of its own). Run directly it behaves the same: `folio-serve [DIR] [--port N] …`.
@main
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio serve", abstract: ServeOptions.configuration.abstract,
        discussion: ServeOptions.configuration.discussion, version: Installation.version)

    @OptionGroup var options: ServeOptions

    var workspace: WorkspaceOptions { options.workspace }
    var port: UInt16 { options.port }
    var open: Bool { options.open }
    var posting: String? { options.posting }
    var template: String? { options.template }

    static func main() { CommandMain.run(Self.self) }

    func run() throws {
        let folder = URL(fileURLWithPath: workspace.directory)
        let language = try workspace.lang.map { _ in try workspace.language(default: .ko) }
        let builder = PreviewBuilder(
            folder: folder, posting: posting.map { URL(fileURLWithPath: $0) }, lang: language,
            templates: TemplateLocator(explicit: template.map { URL(fileURLWithPath: $0) }))
        let first = try? workspace.load()
        let ko = (language ?? first?.language ?? .ko) == .ko
        let server: PreviewServer
        do {
            server = try PreviewServer(builder: builder, port: port)
        } catch {
            Console.error(ko ? "error: 127.0.0.1:\(port)에서 연결을 받을 수 없습니다: \(error)" : "error: cannot listen on 127.0.0.1:\(port): \(error)")
            throw ExitCode(2)
        }
        let done = DispatchSemaphore(value: 0)
        let failure = Failure()
        Task.detached {
            do {
                try await server.run()
            } catch {
                // Stopping (SIGINT, SIGTERM) ends `run` with an error too; only others are failures.
                if !failure.stopping { failure.message = "\(error)" }
            }
            done.signal()
        }
        // SIGINT and SIGTERM stop the server and end with exit code 0. Set up before the address is
        // printed: a signal that came between `SIG_IGN` and the source would be lost, and the server
        // would run on (a test that stopped it right after its first request waited for ever).
        var sources: [DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                failure.stopping = true
                Task.detached {
                    await server.stop()
                    done.signal()
                }
            }
            source.resume()
            sources.append(source)
        }
        let listening = DispatchSemaphore(value: 0)
        let address = Failure()
        Task.detached {
            if let port = try? await server.listeningPort() { address.message = "http://127.0.0.1:\(port)/" }
            listening.signal()
        }
        listening.wait()
        guard let url = address.message else {
            let detail = failure.message.map { ": \($0)" } ?? ""
            Console.error(ko ? "error: 127.0.0.1:\(port)에서 연결을 받을 수 없습니다\(detail)" : "error: cannot listen on 127.0.0.1:\(port)\(detail)")
            throw ExitCode(2)
        }
        Console.out(ko ? "미리보기: \(url)  (저장하면 다시 만듭니다. 끝내려면 Ctrl-C)" : "Preview: \(url)  (rebuilt on every save; Ctrl-C stops)")
        WorkspaceWatcher(folder: folder) {
            server.changed()
        }.start()
        if open { Self.openBrowser(url, ko: ko) }
        done.wait()
        if let message = failure.message {
            Console.error("error: \(message)")
            throw ExitCode(2)
        }
        Console.out(ko ? "미리보기를 끝냈습니다." : "Preview stopped.")
        _ = sources
    }

    /// A value set by one task and read after a semaphore says it is done.
    final class Failure: @unchecked Sendable {
        var message: String?
        var stopping = false
    }

    static func openBrowser(_ url: String, ko: Bool) {
        for opener in ["/usr/bin/xdg-open", "/usr/bin/open"] where FileManager.default.isExecutableFile(atPath: opener) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: opener)
            process.arguments = [url]
            do {
                try process.run()
            } catch {
                let reason = SystemErrorText.reason(of: error)
                Console.error(ko
                    ? "note: \(opener)로 브라우저를 열 수 없습니다 (\(reason.ko)). 브라우저에서 \(Josa.object.after(url)) 여세요."
                    : "note: cannot open the browser with \(opener) (\(reason.en)); open \(url) in a browser.")
            }
            return
        }
        Console.error(ko ? "note: xdg-open이 없습니다. 브라우저에서 \(Josa.object.after(url)) 여세요." : "note: no xdg-open here; open \(url) in a browser.")
    }
}
