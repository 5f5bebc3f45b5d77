/// Inline markup for texts people read, paste and forward: plain text files, SMS and chat
/// messages. Variables become their values; a link keeps its address, after its label in
/// parentheses (`the help page (https://example.org/help)`), because a printed or forwarded text
/// has nothing to click, and a phone number or e-mail address shows as written
/// (`1-855-435-7693`, not `tel:18554357693`). A label that already is the address is not repeated.
///
/// Strong and emphasis are dropped in plain text; a chat format marks them the way WhatsApp and
/// Signal do (`*strong*`, `_emphasis_`).
package struct TextInlineFormat: InlineFormat {
    /// What surrounds strong text and emphasis: nothing in plain text.
    package var strongMarker: String
    package var emphasisMarker: String
    /// Variables by link address, so a `tel:` or `mailto:` link shows the number or address as written.
    private let valuesByAddress: [String: String]

    package init(variables: [String: Variable], strongMarker: String = "", emphasisMarker: String = "") {
        self.strongMarker = strongMarker
        self.emphasisMarker = emphasisMarker
        var values: [String: String] = [:]
        for variable in variables.values.sorted(by: { $0.name < $1.name }) {
            if let url = variable.linkURL, values[url] == nil { values[url] = variable.value }
        }
        valuesByAddress = values
    }

    /// Plain text: no markers.
    package static func plain(variables: [String: Variable]) -> TextInlineFormat {
        TextInlineFormat(variables: variables)
    }

    /// WhatsApp and Signal: `*strong*` and `_emphasis_`.
    package static func chat(variables: [String: Variable]) -> TextInlineFormat {
        TextInlineFormat(variables: variables, strongMarker: "*", emphasisMarker: "_")
    }

    package func text(_ text: String, into out: inout String) {
        out += text
    }

    package func open(_ span: InlineSpan, into out: inout String) {
        switch span {
        case .strong: out += strongMarker
        case .emphasis: out += emphasisMarker
        case .link: break
        }
    }

    package func close(_ span: InlineSpan, into out: inout String) {
        switch span {
        case .strong: out += strongMarker
        case .emphasis: out += emphasisMarker
        case .link(let url):
            let shown = display(url)
            if !out.hasSuffix(shown) { out += " (" + shown + ")" }
        }
    }

    package func variable(_ variable: Variable, insideLink: Bool, into out: inout String) {
        out += variable.value
    }

    package func unknownVariable(_ name: String, into out: inout String) {
        out += "{" + name + "}"
    }

    /// How an address is written for readers: a variable's value, or the URL without a
    /// `tel:`, `mailto:` or `sms:` scheme.
    private func display(_ url: String) -> String {
        if let value = valuesByAddress[url] { return value }
        for scheme in ["tel:", "mailto:", "sms:"] where url.hasPrefix(scheme) {
            return String(url.dropFirst(scheme.count))
        }
        return url
    }
}
