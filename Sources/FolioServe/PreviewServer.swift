import Foundation
import FlyingFox
import FlyingSocks
import FolioModel
import Synchronization

/// `folio serve`: an HTTP server on 127.0.0.1 only (FlyingFox), the current `Preview`, and the
/// browsers waiting for the next one (server-sent events).
///
/// Routes: `/` the preview page (`?tab=portfolio|full|interview|match`), `/page/<tab>.html` the
/// page itself, `/events` an event stream that sends the build number after every rebuild,
/// `/state.json` the build number, the errors and the findings as JSON (for scripts and tests).
public actor PreviewServer {
    private let builder: PreviewBuilder
    private var preview: Preview
    private var listeners: [UUID: AsyncStream<Data>.Continuation] = [:]
    /// Saves the watcher has seen, counted on its thread as they happen.
    private let changes = Mutex(0)
    /// The count of saves the current preview was built after.
    private var builtAfter = 0
    private let server: HTTPServer

    /// Builds the first preview and prepares the server on `127.0.0.1:port` (0: a free port).
    public init(builder: PreviewBuilder, port: UInt16) throws {
        self.builder = builder
        preview = builder.build(version: 1, previous: nil)
        server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled)
    }

    /// The current preview.
    public var current: Preview { preview }

    /// Serves until `stop()`.
    public func run() async throws {
        await server.appendRoute("GET /events") { [weak self] _ in
            guard let self else { return HTTPResponse(statusCode: .serviceUnavailable) }
            return await self.eventStream()
        }
        await server.appendRoute("GET /state.json") { [weak self] _ in
            guard let self else { return HTTPResponse(statusCode: .serviceUnavailable) }
            return await self.state()
        }
        await server.appendRoute("GET /page/*") { [weak self] request in
            guard let self else { return HTTPResponse(statusCode: .serviceUnavailable) }
            return await self.page(request.path)
        }
        await server.appendRoute("GET /") { [weak self] request in
            guard let self else { return HTTPResponse(statusCode: .serviceUnavailable) }
            let tab = request.query.first { $0.name == "tab" }?.value ?? "portfolio"
            return await self.shell(tab)
        }
        try await server.run()
    }

    /// The address the server listens on, once it does.
    public func listeningPort() async throws -> UInt16? {
        try await server.waitUntilListening()
        if case .ip4(_, let port) = await server.listeningAddress { return port }
        return nil
    }

    public func stop() async {
        for listener in listeners.values { listener.finish() }
        listeners.removeAll()
        await server.stop(timeout: 1)
    }

    /// A save was seen (called by the watcher, from any thread): rebuilds at once, and once more
    /// after a rebuild during which more saves arrived; never once per save of a burst, and
    /// with no waiting for the burst to end.
    public nonisolated func changed() {
        changes.withLock { $0 += 1 }
        Task { await self.catchUp() }
    }

    /// Rebuilds if saves arrived since the current preview was built.
    private func catchUp() {
        let seen = changes.withLock { $0 }
        guard seen > builtAfter else { return }
        builtAfter = seen
        rebuild()
    }

    /// Rebuilds now.
    public func rebuild() {
        preview = builder.build(version: preview.version + 1, previous: preview)
        let message = Data("data: \(preview.version)\n\n".utf8)
        for listener in listeners.values { listener.yield(message) }
    }

    private func shell(_ tab: String) -> HTTPResponse {
        html(PreviewPage.render(preview, selected: tab))
    }

    private func page(_ path: String) -> HTTPResponse {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        guard let text = builder.page(name, of: preview) else { return HTTPResponse(statusCode: .notFound) }
        preview.pages[name] = text
        return html(text)
    }

    private func state() -> HTTPResponse {
        struct State: Encodable {
            var version: Int
            var milliseconds: Int
            var errors: [String]
            var findings: [String]
            var pages: [String]
        }
        let language = preview.language
        let state = State(
            version: preview.version, milliseconds: Int((preview.duration * 1000).rounded()),
            errors: preview.errors.map { "\($0.location): \($0.message(language))" },
            findings: preview.findings.map { "\($0.location): \($0.severity): \($0.message(language)) [\($0.rule)]" },
            pages: preview.pageNames.sorted())
        let data = (try? JSONEncoder().encode(state)) ?? Data("{}".utf8)
        return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"], body: data)
    }

    private func eventStream() -> HTTPResponse {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Data>.makeStream()
        continuation.onTermination = { [weak self] _ in
            Task { await self?.forget(id) }
        }
        // The current build first, so a page that missed a rebuild while connecting reloads.
        continuation.yield(Data("retry: 500\ndata: \(preview.version)\n\n".utf8))
        listeners[id] = continuation
        return HTTPResponse(
            statusCode: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
            body: HTTPBodySequence(from: EventBytes(stream: stream)))
    }

    private func forget(_ id: UUID) {
        listeners[id] = nil
    }

    private func html(_ text: String) -> HTTPResponse {
        HTTPResponse(statusCode: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"], body: Data(text.utf8))
    }
}

/// An event stream's bytes, chunk by chunk as events are sent, for FlyingFox's chunked body.
struct EventBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let stream: AsyncStream<Data>

    func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<Data>.Iterator
        var pending: [UInt8] = []

        mutating func fill() async -> Bool {
            while pending.isEmpty {
                guard let data = await base.next() else { return false }
                pending = Array(data)
            }
            return true
        }

        mutating func next() async throws -> UInt8? {
            guard await fill() else { return nil }
            return pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            guard await fill() else { return nil }
            let taken = Array(pending.prefix(Swift.max(1, count)))
            pending.removeFirst(taken.count)
            return taken
        }
    }
}
