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

    @Test func aValueWithNoStableFormHasNoHash() {
        final class Opaque {}
        #expect(TemplateValue.object(["x": .other(Opaque())]).contentHash == nil)
    }
}
