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

    /// Starts `work` on a thread of the global pool.
    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async { [self] in
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

