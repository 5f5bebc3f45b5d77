import KYRModel

/// Inline markup as HTML. Content never reaches a page any other way, so text is always
/// escaped and only the markup kyr knows becomes elements.
///
/// Values that must read left to right whatever the page's direction (phone numbers, web and
/// e-mail addresses) are wrapped in `<bdi dir="ltr">`, so `1-855-435-7693` keeps its order
/// inside Arabic text. Phone variables become `tel:` links, e-mail variables `mailto:` links.
package struct HTMLInlineFormat: InlineFormat {
    package init() {}

    package func text(_ text: String, into out: inout String) {
        HTML.escape(text, into: &out)
    }

    package func open(_ span: InlineSpan, into out: inout String) {
        switch span {
        case .strong: out += "<strong>"
        case .emphasis: out += "<em>"
        case .link(let url): out += "<a href=\"" + HTML.escape(url) + "\">"
        }
    }

    package func close(_ span: InlineSpan, into out: inout String) {
        switch span {
        case .strong: out += "</strong>"
        case .emphasis: out += "</em>"
        case .link: out += "</a>"
        }
    }

    package func variable(_ variable: Variable, insideLink: Bool, into out: inout String) {
        let value = HTML.escape(variable.value)
        guard variable.kind != .text else {
            out += value
            return
        }
        let isolated = "<bdi dir=\"ltr\">" + value + "</bdi>"
        if let url = variable.linkURL, !insideLink {
            out += "<a href=\"" + HTML.escape(url) + "\" class=\"" + variable.kind.rawValue + "\">" + isolated + "</a>"
        } else {
            out += isolated
        }
    }

    package func unknownVariable(_ name: String, into out: inout String) {
        out += HTML.escape("{" + name + "}")
    }
}
