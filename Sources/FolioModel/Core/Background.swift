import Foundation
import Synchronization

/// A value computed on another thread from the moment it is made, and waited for where it is
/// read: for work that does not depend on what the caller does meanwhile (the xlsx's target
/// comparison while its first sheets are written, the resource bundles' check while the arguments
/// are parsed).
///
/// `value` blocks until the work is done, then returns the same value on every read.
public final class Background<Value: Sendable>: Sendable {
    private let handoff = Handoff<Value>()

    /// Starts `work` on a thread of its own (`BackgroundThread.detach`: `warmUp` at a lower
    /// priority, `prestarted` on a thread already waiting).
    public init(warmUp: Bool = false, prestarted: Bool = false, _ work: @escaping @Sendable () -> Value) {
        BackgroundThread.detach(warmUp: warmUp, prestarted: prestarted) { [handoff] in handoff.send(work()) }
    }

    /// The computed value; waits for it the first time.
    public var value: Value { handoff.value }
}

/// A value one thread hands to another once: `send` it, and `value` waits until it is sent
/// (the xlsx's Skills sheet evidence, sent to the target comparison's thread once gathered).
public final class Handoff<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var sent: Value?

    public init() {}

    /// Sends the value; a second send is a programming error.
    public func send(_ value: Value) {
        lock.withLock {
            precondition(sent == nil, "Handoff sent twice")
            sent = value
        }
        done.signal()
    }

    /// The value sent; waits for it the first time.
    public var value: Value {
        if let ready = lock.withLock({ sent }) { return ready }
        done.wait()
        done.signal()  // later readers do not wait
        return lock.withLock { sent! }
    }
}

/// Starts work on a thread of its own rather than on Dispatch's global pool.
///
/// On Linux the global pool runs as many blocks at once as there are cores and starts the rest
/// in order as those finish: on a 2-core machine, `folio build`'s xlsx waited behind the
/// warm-ups (catalog, skill extractor, templates) queued before it. A thread of its own starts
/// at once and the kernel shares the cores among all of them (`Benchmarks/ratios.sh`).
public enum BackgroundThread {
    /// Runs `work` on a thread of its own: with `prestarted`, one that `prestart(_:)` left waiting
    /// if there is one, else a new detached thread (8 MiB stack, the platform default); if no
    /// thread can be made, on Dispatch's global pool instead.
    ///
    /// A `warmUp` thread runs 10 nice levels below the thread that starts it (at most 19; Linux
    /// keeps a niceness per thread): it reads what a command will need later (the templates, the
    /// fonts' coverage) on a core the command's own threads leave idle, and yields that core when
    /// they want it.
    public static func detach(warmUp: Bool = false, prestarted: Bool = false, _ work: @escaping @Sendable () -> Void) {
        if prestarted, let waiting = parked.withLock({ $0.popLast() }) {
            waiting.start(work)
            return
        }
        spawn {
            #if os(Linux)
            // `who` 0 is the calling thread on Linux (setpriority(2), NOTES): the rest keep theirs.
            // A new thread starts with its creator's niceness (-1 is a niceness too, not an error).
            if warmUp {
                let which = __priority_which_t(PRIO_PROCESS.rawValue)
                _ = setpriority(which, 0, min(getpriority(which, 0) + 10, 19))
            }
            #endif
            work()
        }
    }

    /// Starts `count` threads that wait for the next `detach(prestarted: true)` calls: a thread
    /// woken from waiting runs at once, where a new one waits for its first turn on a busy machine
    /// (`folio build`'s xlsx thread started 1.5 ms after it was made while both cores were busy).
    public static func prestart(_ count: Int) {
        for _ in 0..<count {
            let waiting = Parked()
            parked.withLock { $0.append(waiting) }
            spawn { waiting.run() }
        }
    }

    /// Threads started by `prestart` and not yet given work.
    private static let parked = Mutex<[Parked]>([])

    private static func spawn(_ work: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Box(work)).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { argument in
            Unmanaged<Box>.fromOpaque(argument!).takeRetainedValue().work()
            return nil
        }, box)
        if started == 0 {
            pthread_detach(thread)
        } else {
            let work = Unmanaged<Box>.fromOpaque(box).takeRetainedValue().work
            DispatchQueue.global().async(execute: work)
        }
    }

    private final class Box {
        let work: @Sendable () -> Void
        init(_ work: @escaping @Sendable () -> Void) { self.work = work }
    }

    /// A thread waiting for one piece of work.
    private final class Parked: @unchecked Sendable {
        private let ready = DispatchSemaphore(value: 0)
        private var work: (@Sendable () -> Void)?

        func start(_ work: @escaping @Sendable () -> Void) {
            self.work = work
            ready.signal()
        }

        func run() {
            ready.wait()
            work?()
        }
    }
}
