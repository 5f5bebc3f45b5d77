import Foundation

/// Runs a fuzz target over files, without libFuzzer: to replay a crash (`kyr-fuzz-load crash-…`)
/// or a corpus in an ordinary build, under a debugger or in a test.
package enum FuzzReplay {
    package static func run(_ target: (UnsafePointer<UInt8>?, Int) -> CInt) {
        let paths = CommandLine.arguments.dropFirst()
        if paths.isEmpty {
            FileHandle.standardError.write(Data("usage: \(CommandLine.arguments[0]) FILE-OR-FOLDER...\n".utf8))
            exit(2)
        }
        var count = 0
        for path in paths {
            for file in files(at: path) {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                _ = data.withUnsafeBytes { target($0.bindMemory(to: UInt8.self).baseAddress, data.count) }
                count += 1
            }
        }
        print("replayed \(count) inputs")
    }

    private static func files(at path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [] }
        guard isFolder.boolValue else { return [path] }
        let walker = FileManager.default.enumerator(atPath: path)
        var found: [String] = []
        while let name = walker?.nextObject() as? String {
            var isSub: ObjCBool = false
            if FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isSub), !isSub.boolValue {
                found.append(path + "/" + name)
            }
        }
        return found.sorted()
    }
}
