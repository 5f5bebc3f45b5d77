/// An error that ends a command: what to tell the user, and the exit status it ends with
/// (1 for problems in the content or templates, 2 for usage and I/O). The command line maps
/// every such error in one place.
package protocol KYRError: Error, CustomStringConvertible {
    var exitStatus: Int32 { get }
}
