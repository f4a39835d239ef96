import Foundation

/// A value computed the first time it is asked for, by whichever request asks first; the others wait
/// for it. A computation that throws is tried again by the next request.
final class OnceValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?

    func value(_ compute: () throws -> Value) rethrows -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let stored { return stored }
        let computed = try compute()
        stored = computed
        return computed
    }
}
