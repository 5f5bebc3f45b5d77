/// A value a translation must keep exactly: a phone number, form number, citation, address,
/// date, or a plain number. Compared by value, so `(855) 435-7693` equals `1-855-435-7693`
/// and `١٢` equals `12`.
package struct Fact: Sendable, Hashable {
    package enum Kind: String, Sendable, Hashable, Comparable {
        case phone, form, citation, email, url, date, number

        /// Whether a difference is an error (the reader acts on it) or a warning (a number may be spelled out).
        package var isStrict: Bool { self != .number }

        package var name: String {
            switch self {
            case .phone: "phone number"
            case .form: "form number"
            case .citation: "citation"
            case .email: "e-mail address"
            case .url: "web address"
            case .date: "date"
            case .number: "number"
            }
        }

        package static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    package var kind: Kind
    /// The normalised value compared across languages.
    package var value: String
    /// The text as written.
    package var written: String
    /// Offset (in Unicode scalars) in the unit's raw text.
    package var offset: Int
    /// The variable the value came from, when it came from one (`{hotline}`).
    package var variable: String?

    package init(kind: Kind, value: String, written: String, offset: Int, variable: String? = nil) {
        self.kind = kind
        self.value = value
        self.written = written
        self.offset = offset
        self.variable = variable
    }
}
