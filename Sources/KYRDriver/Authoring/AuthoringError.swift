import KYRModel

/// Why `kyr init` or `kyr new` wrote nothing: every case is a usage or I/O problem (exit 2),
/// found before the first file is written.
package enum AuthoringError: KYRError, Equatable, Sendable {
    /// An argument kyr cannot use as given.
    case invalidArgument(String)
    /// A file or folder is already there; kyr never overwrites a project's files.
    case exists(String, hint: String)
    /// The project has no usable site.yaml to read the source language from.
    case noProject(String)
    /// Writing failed.
    case output(OutputError)

    package var exitStatus: Int32 { 2 }

    package var description: String {
        switch self {
        case .invalidArgument(let message): message
        case .exists(let path, let hint): "\(path) already exists; kyr never overwrites it: \(hint)"
        case .noProject(let message): message
        case .output(let error): error.description
        }
    }
}
