/// What `kyr serve` tells the terminal about, as it happens.
package enum ServeEvent: Sendable {
    /// The server listens at `url` (`http://127.0.0.1:8080/`).
    case listening(url: String)
    /// Files changed (their paths); a build follows.
    case changed([String])
    /// A build finished.
    case built(PreviewBuild)
    /// Ctrl-C: the server is stopping.
    case stopping
}
