import KYRLoad

/// A unit's markup as XLIFF inline codes: spans (strong, emphasis, links) become `<pc>`, each
/// `{variable}` a `<ph>`, every code with its original data (the characters it was written
/// with) in the unit's `<originalData>`. Codes of the source are numbered in reading order; a
/// code of the target that is the same as one of the source (same kind, same data) takes its
/// id, as XLIFF means by "the same code", and any other gets an id of its own.
struct InlineCodes {
    /// A code with its id and the ids of its data.
    struct Code: Equatable {
        var id: String
        /// The span it marks; nil for a variable.
        var span: MarkupToken.Span?
        var variable: String?
        var startData: String
        var endData: String?
        /// What makes two codes the same: their kind and data as written.
        var signature: String
    }

    indirect enum Node: Equatable {
        case text(String)
        case span(Code, [Node])
        case placeholder(Code)
    }

    private(set) var source: [Node] = []
    private(set) var target: [Node]?
    /// The original data, in order of first use: id and the characters.
    private(set) var data: [(id: String, value: String)] = []
    private var nextCode = 1
    private var nextTargetCode = 1

    init(source: MarkedText, target: MarkedText?) {
        var unused: [Code] = []
        self.source = Self.build(source.pieces) { signature, span, variable, start, end in
            let code = newCode(
                id: String(nextCode), span: span, variable: variable, start: start, end: end, signature: signature)
            nextCode += 1
            unused.append(code)
            return code
        }
        if let target {
            self.target = Self.build(target.pieces) { signature, span, variable, start, end in
                if let index = unused.firstIndex(where: { $0.signature == signature }) {
                    return unused.remove(at: index)
                }
                let code = newCode(
                    id: "t\(nextTargetCode)", span: span, variable: variable, start: start, end: end,
                    signature: signature)
                nextTargetCode += 1
                return code
            }
        }
    }

    /// The ids of every code in `nodes`.
    static func codeIDs(_ nodes: [Node]) -> Set<String> {
        var ids = Set<String>()
        var stack = nodes
        while let node = stack.popLast() {
            switch node {
            case .text: break
            case .placeholder(let code): ids.insert(code.id)
            case .span(let code, let children):
                ids.insert(code.id)
                stack += children
            }
        }
        return ids
    }

    private mutating func newCode(
        id: String, span: MarkupToken.Span?, variable: String?, start: String, end: String?, signature: String
    ) -> Code {
        let startID = "d\(data.count + 1)"
        data.append((startID, start))
        var endID: String?
        if let end {
            endID = "d\(data.count + 1)"
            data.append((endID!, end))
        }
        return Code(id: id, span: span, variable: variable, startData: startID, endData: endID, signature: signature)
    }

    /// Pieces to a tree, asking `code` for the code of each span and variable (in reading order).
    private static func build(
        _ pieces: [MarkedText.Piece],
        code: (
            _ signature: String, _ span: MarkupToken.Span?, _ variable: String?, _ start: String, _ end: String?
        ) -> Code
    ) -> [Node] {
        // First pair every opening with its closing, so a span's code can be made when it opens.
        var closing: [Int: String] = [:]
        var open: [Int] = []
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case .open: open.append(index)
            case .close(_, let data): if let start = open.popLast() { closing[start] = data }
            default: break
            }
        }
        var stack: [(code: Code?, children: [Node])] = [(nil, [])]
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case .text(let text):
                stack[stack.count - 1].children.append(.text(text))
            case .variable(let name, let data):
                let made = code("variable \(data)", nil, name, data, nil)
                stack[stack.count - 1].children.append(.placeholder(made))
            case .open(let span, let data):
                let end = closing[index] ?? ""
                stack.append((code("\(span) \(data) \(end)", span, nil, data, end), []))
            case .close:
                guard stack.count > 1 else { continue }
                let frame = stack.removeLast()
                stack[stack.count - 1].children.append(.span(frame.code!, frame.children))
            }
        }
        return stack[0].children
    }
}
