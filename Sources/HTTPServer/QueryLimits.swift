/// The bounds every request is held to, so that no query can occupy the server for long.
public struct QueryLimits: Sendable, Hashable {
    /// The longest query accepted, in characters.
    public var maximumQueryLength: Int
    /// The most hits or records one request may ask for.
    public var maximumLimit: Int
    /// How deep into the ranked hits a request may page: `offset + limit` stays within it.
    public var resultWindow: Int
    /// How long a request may take before it is answered with 503.
    public var timeLimit: Duration

    public init(maximumQueryLength: Int = 200, maximumLimit: Int = 100, resultWindow: Int = 1000, timeLimit: Duration = .seconds(5)) {
        self.maximumQueryLength = maximumQueryLength
        self.maximumLimit = maximumLimit
        self.resultWindow = resultWindow
        self.timeLimit = timeLimit
    }
}
