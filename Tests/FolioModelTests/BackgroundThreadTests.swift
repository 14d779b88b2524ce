import Foundation
import Synchronization
import Testing
@testable import FolioModel

/// The threads folio's commands start their warm-ups and the xlsx on.
@Suite struct BackgroundThreadTests {
    /// The calling thread's niceness (Linux: `who` 0 is the calling thread).
    @Sendable static func niceness() -> Int32 {
        getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
    }

    @Test func backgroundValueIsComputedOnAnotherThreadAndReadMoreThanOnce() {
        let caller = pthread_self()
        let value = Background { () -> Bool in pthread_equal(pthread_self(), caller) == 0 }
        #expect(value.value, "the work ran on another thread")
        #expect(value.value, "a second read returns the same value without waiting")
    }

    @Test func handoffValueWaitsUntilAnotherThreadSendsIt() {
        let handoff = Handoff<Int>()
        let started = DispatchSemaphore(value: 0)
        let reader = Background { () -> Int in
            started.signal()
            return handoff.value
        }
        started.wait()
        usleep(20_000)
        handoff.send(42)
        #expect(reader.value == 42, "the reader waited for the value sent after it asked")
        #expect(handoff.value == 42, "a second read returns the same value without waiting")
    }

    @Test func warmUpThreadsRunAtNiceTenAndOthersKeepTheProcessPriority() {
        let own = Self.niceness()
        let warmUp = Background(warmUp: true) { Self.niceness() }
        let plain = Background { Self.niceness() }
        #expect(warmUp.value == min(own + 10, 19))
        #expect(plain.value == own)
        #expect(Self.niceness() == own, "the caller's thread keeps its priority")
    }

    @Test func prestartedThreadsTakeWorkAndMoreWorkStillGetsAThread() {
        BackgroundThread.prestart(2)
        let done = DispatchSemaphore(value: 0)
        let count = Atomic<Int>(0)
        for _ in 0..<5 {
            BackgroundThread.detach(prestarted: true) {
                count.add(1, ordering: .relaxed)
                done.signal()
            }
        }
        for _ in 0..<5 { #expect(done.wait(timeout: .now() + 10) == .success) }
        #expect(count.load(ordering: .relaxed) == 5, "two ran on the prestarted threads, three on new ones")
    }
}
