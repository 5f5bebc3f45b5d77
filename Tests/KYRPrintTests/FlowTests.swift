import Testing

@testable import KYRPrint

/// Pagination: nothing split, headings kept with what follows.
@Suite struct FlowTests {
    func item(_ height: Double, heading: Bool = false, space: Double = 10) -> FlowItem {
        FlowItem(Spacer(height: height), spaceBefore: space, keepWithNext: heading)
    }

    @Test func itemsFillPagesInOrderAndSpaceIsDroppedAtTheTop() {
        let pages = Flow.paginate([item(40), item(40), item(40)], bodyHeight: 100)
        #expect(pages.map(\.count) == [2, 1])
        #expect(pages[0].map(\.y) == [0, 50])
        #expect(pages[1][0].y == 0)
    }

    /// A heading that would be the last thing on a page moves to the next page with its first unit.
    @Test func noHeadingIsLeftAloneAtThePageFoot() {
        let pages = Flow.paginate([item(60), item(15, heading: true), item(40)], bodyHeight: 100)
        #expect(pages.map(\.count) == [1, 2])
        #expect(pages[1][0].item.keepWithNext)
    }

    /// A run taller than a page is broken between its items rather than never placed.
    @Test func runsTallerThanAPageBreakBetweenItems() {
        let pages = Flow.paginate([item(60, heading: true), item(60, heading: true), item(60)], bodyHeight: 100)
        #expect(pages.map(\.count) == [1, 1, 1])
    }
}
