import KYRModel

/// Inline markup as plain text: markup dropped, variables replaced by their values. For
/// `<title>`, attribute values, plain-text outputs and anywhere else markup is not allowed. Not escaped.
package struct PlainInlineFormat: InlineFormat {
    package init() {}

    package func text(_ text: String, into out: inout String) {
        out += text
    }

    package func open(_ span: InlineSpan, into out: inout String) {}

    package func close(_ span: InlineSpan, into out: inout String) {}

    package func variable(_ variable: Variable, insideLink: Bool, into out: inout String) {
        out += variable.value
    }

    package func unknownVariable(_ name: String, into out: inout String) {
        out += "{" + name + "}"
    }
}
