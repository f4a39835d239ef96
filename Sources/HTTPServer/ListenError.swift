import Foundation
import NIOCore

/// A server that could not start listening on its address, with the reason in the terms of the
/// command's options rather than the socket call's.
public struct ListenError: Error, CustomStringConvertible, Sendable {
    public let host: String
    public let port: Int
    public let reason: String

    public var description: String { "cannot listen on \(host):\(port): \(reason)" }

    /// The error binding `host:port` failed with, explained.
    init(host: String, port: Int, cause: any Error) {
        (self.host, self.port) = (host, port)
        if let error = cause as? IOError {
            switch error.errnoCode {
            case EADDRINUSE: reason = "the port is in use by another program; choose another with --port (0 picks a free one)"
            case EACCES: reason = "permission denied (a port below 1024 needs privileges; choose another with --port)"
            case EADDRNOTAVAIL: reason = "--host \(host) is not an address of this machine"
            default: reason = String(cString: strerror(error.errnoCode))
            }
        } else if cause is SocketAddressError || cause is SocketAddressError.UnknownHost {
            reason = "--host \(host) is neither an address nor a host name that resolves"
        } else {
            reason = "\(cause)"
        }
    }
}
