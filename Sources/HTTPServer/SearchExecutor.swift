import Foundation
import Hummingbird

/// Runs backend calls on worker threads of its own, each within the time limit.
///
/// Searches are CPU work; run on the cooperative pool they would starve the tasks serving
/// connections. Here at most `width` run at once, later ones wait their turn, and a call that has
/// not answered within the limit (waiting included) is answered with 503 while the worker finishes
/// it unobserved — or skips it, if its turn comes after the caller has given up.
final class SearchExecutor: Sendable {
    private let queue: OperationQueue
    private let timeLimit: Duration

    init(width: Int, timeLimit: Duration) {
        let queue = OperationQueue()
        queue.name = "zhili.search"
        queue.maxConcurrentOperationCount = max(1, width)
        self.queue = queue
        self.timeLimit = timeLimit
    }

    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        let limit = timeLimit
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let answer = SingleAnswer(continuation)
            queue.addOperation {
                guard !answer.isGiven else { return }
                answer.give(Result { try work() })
            }
            let (seconds, attoseconds) = limit.components
            let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) {
                answer.give(.failure(APIError(.serviceUnavailable, "the request took longer than the time limit of \(limit); try a narrower query")))
            }
        }
    }
}

/// A continuation resumed by whichever of the work and the timer answers first.
private final class SingleAnswer<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?

    init(_ continuation: CheckedContinuation<T, any Error>) {
        self.continuation = continuation
    }

    var isGiven: Bool { lock.withLock { continuation == nil } }

    func give(_ result: Result<T, any Error>) {
        let waiting: CheckedContinuation<T, any Error>? = lock.withLock {
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(with: result)
    }
}
