import Foundation

/// Objects that are not thread-safe, lent to one thread at a time and kept for reuse: made the first time
/// a thread finds none idle, so that as many are made as threads use them at once (analysers with their
/// word segmenters, compression contexts with their workspaces), not one per task.
final class BorrowedObjects<Object>: @unchecked Sendable {
    private let make: () -> Object
    private let lock = NSLock()
    private var idle: [Object] = []

    init(make: @escaping () -> Object) {
        self.make = make
    }

    /// `body` with an object no other thread is using.
    func borrow<T>(_ body: (Object) -> T) -> T {
        lock.lock()
        let object = idle.popLast() ?? make()
        lock.unlock()
        defer {
            lock.lock()
            idle.append(object)
            lock.unlock()
        }
        return body(object)
    }
}
