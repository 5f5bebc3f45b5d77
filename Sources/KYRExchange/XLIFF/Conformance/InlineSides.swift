/// A unit's inline elements as events, per side: the source in document order, the target in
/// the order its parts are put together (`order`), each also by part.
struct InlineSides {
    /// An inline element met in the walk: one event for an empty element, two (start and end)
    /// for `pc` and `mrk`, which hold content.
    struct Event {
        enum Kind { case empty, start, end }

        var element: XMLElement
        var kind: Kind
        var part: Int

        var isStart: Bool { kind != .end }

        /// The code this event belongs to, the same in source and target: `ph:1`, `pc:2` (start
        /// and end), `sc:3` (an `sc` and the `ec` that closes it), `ec:4` (an isolated `ec`).
        /// nil for annotations and `cp`.
        var codeKey: String? {
            switch element.name {
            case "ph": "ph:" + (element["id"] ?? "")
            case "pc": "pc:" + (element["id"] ?? "")
            case "sc": "sc:" + (element["id"] ?? "")
            case "ec":
                element["isolated"] == "yes"
                    ? "ec:" + (element["id"] ?? "") : "sc:" + (element["startRef"] ?? "")
            default: nil
            }
        }

        /// What a reorder check compares: which code, and whether it opens or closes it.
        var codeToken: String? {
            codeKey.map { (kind == .end ? "/" : "") + (element.name == "ec" ? "ec " : "") + $0 }
        }
    }

    var source: [Event] = []
    var target: [Event] = []
    var sourceByPart: [[Event]] = []
    var targetByPart: [[Event]] = []
    /// Codes with an id (either side), for copyOf.
    var codes: [String: XMLElement] = [:]

    init(parts: [UnitConformance.Part]) {
        for part in parts {
            let sourceEvents = part.source.map { Self.events(in: $0, part: part.index) } ?? []
            let targetEvents = part.target.map { Self.events(in: $0, part: part.index) } ?? []
            sourceByPart.append(sourceEvents)
            targetByPart.append(targetEvents)
            source += sourceEvents
        }
        for part in parts.sorted(by: { ($0.order, $0.index) < ($1.order, $1.index) }) {
            target += targetByPart[part.index]
        }
        for event in source + target where event.isStart {
            if ["ph", "pc", "sc", "ec"].contains(event.element.name), let id = event.element["id"], codes[id] == nil {
                codes[id] = event.element
            }
        }
    }

    /// The inline elements of a source or target, in document order.
    private static func events(in content: XMLElement, part: Int) -> [Event] {
        var out: [Event] = []
        var stack: [(children: [XMLElement.Child], next: Int, owner: XMLElement?)] = [(content.children, 0, nil)]
        while let top = stack.last {
            guard top.next < top.children.count else {
                stack.removeLast()
                if let owner = top.owner { out.append(Event(element: owner, kind: .end, part: part)) }
                continue
            }
            stack[stack.count - 1].next += 1
            guard case .element(let element) = top.children[top.next], element.namespace == XLIFFNamespace.core else {
                continue
            }
            if element.name == "pc" || element.name == "mrk" {
                out.append(Event(element: element, kind: .start, part: part))
                stack.append((element.children, 0, element))
            } else {
                out.append(Event(element: element, kind: .empty, part: part))
            }
        }
        return out
    }
}
