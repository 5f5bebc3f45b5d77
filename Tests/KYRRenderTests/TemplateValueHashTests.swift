import KYRModel
import Testing

@testable import KYRRender

/// The hash that keys the site's pages about every document: equal for equal values whatever
/// the order they were built in, different when anything shown differs.
@Suite struct TemplateValueHashTests {
    static let page: TemplateValue = .object([
        "title": .string("Guides"), "isDraft": .bool(false), "count": .other(3),
        "guides": .objects([["title": .string("At home")], ["title": .string("At work")]]),
    ])

    @Test func equalValuesHashEqually() {
        let rebuilt: TemplateValue = .object([
            "guides": .objects([["title": .string("At home")], ["title": .string("At work")]]),
            "count": .other(3), "isDraft": .bool(false), "title": .string("Guides"),
        ])
        #expect(Self.page.contentHash != nil)
        #expect(rebuilt.contentHash == Self.page.contentHash)
    }

    @Test(arguments: [
        TemplateValue.object(["title": .string("Guides ")]),
        .object([
            "title": .string("Guides"), "isDraft": .bool(true), "count": .other(3),
            "guides": .objects([["title": .string("At home")], ["title": .string("At work")]]),
        ]),
        .object([
            "title": .string("Guides"), "isDraft": .bool(false), "count": .other(4),
            "guides": .objects([["title": .string("At home")], ["title": .string("At work")]]),
        ]),
        .object([
            "title": .string("Guides"), "isDraft": .bool(false), "count": .other(3),
            "guides": .objects([["title": .string("At work")], ["title": .string("At home")]]),
        ]),
        .object([
            "title": .string("Guides"), "isDraft": .bool(false), "count": .other(3),
            "guides": .objects([["title": .string("At home")], ["name": .string("At work")]]),
        ]),
        .list([.string("Guides")]), .string("Guides"),
    ])
    func anyDifferenceChangesTheHash(_ other: TemplateValue) {
        #expect(other.contentHash != Self.page.contentHash)
    }

    /// Values that hold the same texts in other shapes, or look alike when written out, are all told apart.
    @Test func shapesAndKindsHashApart() {
        let values: [TemplateValue] = [
            .string("ab"), .list([.string("ab")]), .list([.string("a"), .string("b")]),
            .list([.list([.string("a")]), .string("b")]), .list([.string("a"), .list([.string("b")])]),
            .object(["a": .string("b")]), .object(["ab": .string("")]), .object(["a": .list([.string("b")])]),
            .string("t"), .bool(true), .bool(false), .string("1"), .other(1), .other(1.0), .other(0), .other(-1),
            .list([]), .object([:]), .string(""), .list([.list([])]), .list([.object([:])]),
        ]
        let hashes = values.map { $0.contentHash!.value }
        #expect(Set(hashes).count == values.count)
    }

    @Test func aValueWithNoStableFormHasNoHash() {
        final class Opaque {}
        #expect(TemplateValue.object(["x": .other(Opaque())]).contentHash == nil)
    }
}
