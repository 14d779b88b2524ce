import Foundation

/// A value computed on another thread from the moment it is made, and waited for where it is
/// read: for work that does not depend on what the caller does meanwhile (the xlsx's target
/// comparison while its first sheets are written, the resource bundles' check while the arguments
/// are parsed).
///
/// `value` blocks until the work is done, then returns the same value on every read.
public final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var result: Value?

    /// Starts `work` on a thread of its own (`Background.detach`).
    public init(_ work: @escaping @Sendable () -> Value) {
        BackgroundThread.detach { [self] in
            let computed = work()
            lock.withLock { result = computed }
            done.signal()
        }
    }

    /// The computed value; waits for it the first time.
    public var value: Value {
        if let ready = lock.withLock({ result }) { return ready }
        done.wait()
        done.signal()  // later readers do not wait
        return lock.withLock { result! }
    }
}

/// Starts work on a thread of its own rather than on Dispatch's global pool.
///
/// On Linux the global pool runs as many blocks at once as there are cores and starts the rest
/// in order as those finish: on a 2-core machine, `folio build`'s xlsx waited about 3 ms behind
/// the warm-ups (catalog, skill extractor, templates) queued before it, while a core was idle.
/// A thread of its own starts at once and the kernel shares the cores among all of them
/// (`Benchmarks/ratios.sh`).
public enum BackgroundThread {
    /// Runs `work` on a new detached thread (8 MiB stack, the platform default); if no thread can
    /// be made, runs it on Dispatch's global pool instead.
    public static func detach(_ work: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Box(work)).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { argument in
            let work = Unmanaged<Box>.fromOpaque(argument!).takeRetainedValue().work
            work()
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
}
