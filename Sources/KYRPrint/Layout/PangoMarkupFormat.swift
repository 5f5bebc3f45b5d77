import KYRModel

/// Inline markup as Pango markup. Content reaches a layout only this way, so every character
/// of text is escaped by Pango's (XML's) rules and only the markup kyr knows becomes spans.
///
/// Paper has no links: a link keeps its text, followed by its address in brackets so a reader
/// can still type it. Phone numbers never break across lines. In right-to-left text, phone
/// numbers and addresses are isolated left to right (LRI … PDI), so `1-855-435-7693` keeps
/// its order inside Arabic.
struct PangoMarkupFormat: InlineFormat {
    /// Whether the paragraph is right to left.
    var rightToLeft: Bool
    /// How a link's address is printed when a site variable gives it: a phone as written in
    /// site.yaml (`1-855-435-7693`), not as its `tel:` digits.
    var printedAddresses: [String: String] = [:]

    init(rightToLeft: Bool, variables: [String: Variable] = [:]) {
        self.rightToLeft = rightToLeft
        for variable in variables.values.sorted(by: { $0.name < $1.name }) {
            if let url = variable.linkURL, printedAddresses[url] == nil { printedAddresses[url] = variable.value }
        }
    }

    static let leftToRightIsolate = "\u{2066}"
    static let popDirectionalIsolate = "\u{2069}"

    func text(_ text: String, into out: inout String) {
        out += Self.escape(text)
    }

    func open(_ span: InlineSpan, into out: inout String) {
        switch span {
        case .strong: out += "<b>"
        case .emphasis: out += "<i>"
        case .link: break
        }
    }

    func close(_ span: InlineSpan, into out: inout String) {
        switch span {
        case .strong: out += "</b>"
        case .emphasis: out += "</i>"
        case .link(let url):
            let address = printedAddresses[url] ?? Self.printed(url)
            out += " (" + isolated(Self.escape(address), breaks: !url.hasPrefix("tel:")) + ")"
        }
    }

    func variable(_ variable: Variable, insideLink: Bool, into out: inout String) {
        let value = Self.escape(variable.value)
        switch variable.kind {
        case .text: out += value
        case .phone: out += isolated(value, breaks: false)
        case .url, .email: out += isolated(value, breaks: true)
        }
    }

    func unknownVariable(_ name: String, into out: inout String) {
        out += Self.escape("{" + name + "}")
    }

    /// A value that reads left to right whatever the paragraph; `breaks` false keeps it on one line.
    private func isolated(_ markup: String, breaks: Bool) -> String {
        let kept = breaks ? markup : "<span allow_breaks=\"false\">" + markup + "</span>"
        return rightToLeft ? Self.leftToRightIsolate + kept + Self.popDirectionalIsolate : kept
    }

    /// An address as a reader types it: without `https://`, `mailto:`, `tel:` or `sms:`.
    static func printed(_ url: String) -> String {
        for scheme in ["https://", "mailto:", "tel:", "sms:"] where url.hasPrefix(scheme) {
            return String(url.dropFirst(scheme.count))
        }
        return url
    }

    /// Pango markup is XML: `&`, `<`, `>`, and quotes inside attributes, are escaped.
    static func escape(_ text: String) -> String {
        guard
            text.utf8.contains(where: {
                $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
                    || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'")
            })
        else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }
}
