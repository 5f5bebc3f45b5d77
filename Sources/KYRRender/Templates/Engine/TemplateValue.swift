import Mustache

/// A value templates are rendered with, typed. swift-mustache looks names up in it through
/// `MustacheParent` (a dictionary access) instead of casting `[String: Any]` at every level of
/// the context stack, which converted a language's 60 interface strings element by element for
/// every `{{{strings.x}}}` on every page. Parts that are the same on many pages (a language's
/// interface strings) are built as `TemplateValue` once and kept.
package enum TemplateValue: @unchecked Sendable {
    case string(String)
    case bool(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])
    /// A list made element by element as it is rendered (`GeneratedList`).
    case generated(GeneratedList)
    /// Anything else (a number, say): printed and looked into as swift-mustache does.
    indirect case other(Any)

    /// `value` converted: dictionaries with string keys to objects, arrays (and the other
    /// sequences swift-mustache iterates) to lists.
    package init(_ value: Any) {
        switch value {
        case let value as TemplateValue: self = value
        case let string as String: self = .string(string)
        case let bool as Bool: self = .bool(bool)
        case let list as [[String: Any]]: self = .list(list.map { .object($0.mapValues(TemplateValue.init)) })
        case let object as [String: Any]: self = .object(object.mapValues(TemplateValue.init))
        case let list as [Any]: self = .list(list.map(TemplateValue.init))
        case let sequence as any MustacheSequence: self = .list(Self.elements(of: sequence))
        default: self = .other(value)
        }
    }

    private static func elements<Elements: Sequence>(of sequence: Elements) -> [TemplateValue] {
        var elements: [TemplateValue] = []
        for element in sequence { elements.append(TemplateValue(element)) }
        return elements
    }

    /// Strings by name, as an object.
    package init(_ strings: [String: String]) {
        self = .object(strings.mapValues { .string($0) })
    }

}

/// How swift-mustache sees a value: a string, a boolean, a list it iterates, an object it looks
/// names up in (`child(named:)`), as it sees the dictionaries and arrays these stand for; the
/// output is the same (`TemplateValueTests`).
extension TemplateValue: MustacheCustomRepresentation, MustacheParent {
    package var representation: Any? {
        switch self {
        case .string(let string): string
        case .bool(let bool): bool
        case .list(let list): list
        case .generated(let list): list
        case .object: self
        case .other(let value): value
        }
    }

    package func child(named name: String) -> Any? {
        guard case .object(let object) = self else { return nil }
        return object[name]
    }
}

/// The values of one page or part of a page, by name.
package typealias TemplateObject = [String: TemplateValue]

extension TemplateValue {
    /// A list of objects.
    package static func objects(_ objects: [TemplateObject]) -> TemplateValue {
        .list(objects.map { .object($0) })
    }

    /// The string, when the value is one.
    package var string: String? {
        if case .string(let string) = self { return string }
        return nil
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral {
    package init(stringLiteral value: String) {
        self = .string(value)
    }

    package init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}
