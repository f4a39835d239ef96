import Foundation
import Testing
@testable import Ingestion

@Suite("Background task")
struct BackgroundTaskTests {
    @Test("the work runs while the starting thread goes on, and its result is there once it is asked for")
    func overlapsAndReturns() {
        let started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let task = BackgroundTask { () -> [Int] in
            started.signal()
            // Held until the starting thread has gone on, which it could not if the work ran in place.
            release.wait()
            return (1...4).map { $0 * $0 }
        }
        #expect(started.wait(timeout: .now() + 10) == .success)
        release.signal()
        #expect(task.value() == [1, 4, 9, 16])
        #expect(task.value() == [1, 4, 9, 16])
    }

    @Test("without concurrency the work has run by the time the task is made, on the calling thread")
    func inPlaceWhenNotConcurrent() {
        let caller = Thread.current
        var ranHere = false
        let task = BackgroundTask(concurrently: false) { () -> String in
            ranHere = Thread.current == caller
            return "done"
        }
        #expect(ranHere)
        #expect(task.value() == "done")
    }
}
