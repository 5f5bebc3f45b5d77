import Foundation

/// Paths printed as commands to copy: quoted for a POSIX shell when they need it.
enum ShellWord {
    static func quoted(_ word: String) -> String {
        let safe = word.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || "-_./+,:@".unicodeScalars.contains($0)
        }
        if safe && !word.isEmpty { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
