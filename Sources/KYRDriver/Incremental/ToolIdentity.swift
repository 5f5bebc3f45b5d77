import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What names this kyr for incremental builds: the running executable's path, size and
/// modification time. A new kyr (a release, or a developer's rebuild without a version change)
/// renders differently, so it must not keep the files an older one wrote.
package enum ToolIdentity {
    package static let current: String = {
        guard let path = Bundle.main.executablePath else { return "unknown kyr" }
        var info = stat()
        guard stat(path, &info) == 0 else { return path }
        #if canImport(Darwin)
            let time = info.st_mtimespec
        #else
            let time = info.st_mtim
        #endif
        return "\(path) \(info.st_size) \(time.tv_sec).\(time.tv_nsec)"
    }()
}
