import KYRModel

/// Why `kyr serve` stopped or could not start.
package enum ServeError: KYRError, Sendable {
    /// The address could not be listened on (the port is taken, say).
    case cannotListen(host: String, port: Int, reason: String)
    /// The first build could not write the site (an output folder kyr did not write, say).
    case firstBuild(any KYRError)
    /// Something the server library reported.
    case unexpected(String)

    package var exitStatus: Int32 {
        switch self {
        case .cannotListen, .unexpected: 2
        case .firstBuild(let error): error.exitStatus
        }
    }

    package var description: String {
        switch self {
        case .cannotListen(let host, let port, let reason):
            "cannot listen on \(host):\(port): \(reason); choose another port with --port (0 takes any free one)"
        case .firstBuild(let error): error.description
        case .unexpected(let message): message
        }
    }
}
