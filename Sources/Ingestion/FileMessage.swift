/// A message about one file: an error or a warning, printed as `path: reason`.
public protocol FileMessage: CustomStringConvertible {
    /// The file or folder concerned, as given or found.
    var path: String { get }
    /// What is wrong or what happened.
    var reason: String { get }
}

extension FileMessage {
    public var description: String { "\(path): \(reason)" }
}
