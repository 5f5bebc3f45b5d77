/// A value a translation must keep exactly: a phone number, form number, citation, address,
/// date, or a plain number. Compared by value, so `(855) 435-7693` equals `1-855-435-7693`
/// and `١٢` equals `12`.
public struct Fact: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Comparable {
        case phone, form, citation, email, url, date, number

        /// Whether a difference is an error (the reader acts on it) or a warning (a number may be spelled out).
        public var isStrict: Bool { self != .number }

        public var name: String {
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

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var kind: Kind
    /// The normalised value compared across languages.
    public var value: String
    /// The text as written.
    public var written: String
    /// Offset (in Unicode scalars) in the unit's raw text.
    public var offset: Int
    /// The variable the value came from, when it came from one (`{hotline}`).
    public var variable: String?

    public init(kind: Kind, value: String, written: String, offset: Int, variable: String? = nil) {
        self.kind = kind
        self.value = value
        self.written = written
        self.offset = offset
        self.variable = variable
    }
}
