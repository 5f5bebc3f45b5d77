import Foundation
import KYRModel

/// Why an output could not be written. Nothing was replaced; the system's own reason is kept.
package enum OutputError: KYRError, Equatable, Sendable {
    /// A system call failed on `path` with `errno`.
    case system(String, Int32)
    /// A file was refused because of what it is.
    case refused(String)
    /// `path` is a symbolic link: kyr does not follow links for output folders.
    case symbolicLink(String)
    /// `path` exists and is not a folder.
    case notAFolder(String)
    /// `path` has files kyr did not write (no marker).
    case notWrittenByKyr(String)
    /// The output would overwrite or lie inside what it is built from.
    case overlaps(output: String, with: String, why: String)

    package var exitStatus: Int32 { 2 }

    package var description: String {
        switch self {
        case .system(let path, let code):
            "\(path): \(String(cString: strerror(code)))"
        case .refused(let reason):
            reason
        case .symbolicLink(let path):
            "\(path) is a symbolic link; kyr does not follow links for output folders: remove it, or pass the real folder with --output"
        case .notAFolder(let path):
            "\(path) exists and is not a folder"
        case .notWrittenByKyr(let path):
            "\(path) has files kyr did not write (no \(OutputWriter.marker) marker), so kyr will not replace it: "
                + "move them away, choose another --output, or pass --force to replace it"
        case .overlaps(let output, let other, let why):
            "refusing to write to \(output): \(why) \(other)"
        }
    }
}
