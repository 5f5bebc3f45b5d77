/// A word-level diff (longest common subsequence over words), written the way
/// `git diff --word-diff=plain` does: `[-removed-]{+added+}`.
package enum WordDiff {
    package enum Piece: Equatable, Sendable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// The pieces that turn `old` into `new`, word by word.
    package static func pieces(from old: String, to new: String) -> [Piece] {
        let a = old.split(whereSeparator: \.isWhitespace).map(String.init)
        let b = new.split(whereSeparator: \.isWhitespace).map(String.init)
        // Lengths of common subsequences of suffixes; texts are single units, so this stays small.
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var pieces: [Piece] = []
        var i = 0
        var j = 0
        func append(_ piece: Piece) {
            switch (pieces.last, piece) {
            case (.same(let x)?, .same(let y)): pieces[pieces.count - 1] = .same(x + " " + y)
            case (.removed(let x)?, .removed(let y)): pieces[pieces.count - 1] = .removed(x + " " + y)
            case (.added(let x)?, .added(let y)): pieces[pieces.count - 1] = .added(x + " " + y)
            default: pieces.append(piece)
            }
        }
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                append(.same(a[i]))
                i += 1
                j += 1
            } else if j < b.count, i == a.count || table[i][j + 1] > table[i + 1][j] {
                append(.added(b[j]))
                j += 1
            } else {
                append(.removed(a[i]))
                i += 1
            }
        }
        return pieces
    }

    /// `Do not open [-the door-]{+any door+}.`
    package static func plain(from old: String, to new: String) -> String {
        pieces(from: old, to: new).map { piece in
            switch piece {
            case .same(let text): text
            case .removed(let text): "[-" + text + "-]"
            case .added(let text): "{+" + text + "+}"
            }
        }.joined(separator: " ")
    }
}
