import KYRModel

/// One piece of a page's flow: a box, the space above it, and whether it must stay on the same
/// page as what follows (a heading with its first unit).
struct FlowItem {
    var box: any Box
    var spaceBefore: Double
    var keepWithNext: Bool
    /// The content text it prints first, so a check can point at what spills onto a page.
    var source: ResolvedText?

    init(_ box: any Box, spaceBefore: Double = 0, keepWithNext: Bool = false, source: ResolvedText? = nil) {
        self.box = box
        self.spaceBefore = spaceBefore
        self.keepWithNext = keepWithNext
        self.source = source
    }
}

/// Breaks a flow into pages. Items are never split: units are short, and a unit cut in two
/// reads as two statements. A run of items tied by `keepWithNext` moves to the next page
/// together, so no heading is left alone at a page's foot; a run taller than a whole page is
/// broken where it must be. Space above an item is dropped at the top of a page.
enum Flow {
    struct Placed {
        var item: FlowItem
        /// From the top of the page's body.
        var y: Double
    }

    static func paginate(_ items: [FlowItem], bodyHeight: Double) -> [[Placed]] {
        var pages: [[Placed]] = [[]]
        var y = 0.0
        var index = 0
        while index < items.count {
            // The run that must stay together: this item and every item it is tied to.
            var end = index
            while end < items.count - 1, items[end].keepWithNext { end += 1 }
            let run = items[index...end]
            let isPageEmpty = pages[pages.count - 1].isEmpty
            let runHeight = height(of: run, atTop: isPageEmpty)
            if !isPageEmpty, y + runHeight > bodyHeight, height(of: run, atTop: true) <= bodyHeight {
                pages.append([])
                y = 0
            }
            // Place the run; if it is taller than a page, it breaks between its items.
            for item in run {
                let atTop = pages[pages.count - 1].isEmpty
                let space = atTop ? 0 : item.spaceBefore
                if !atTop, y + space + item.box.height > bodyHeight {
                    pages.append([])
                    y = 0
                    pages[pages.count - 1].append(Placed(item: item, y: 0))
                    y = item.box.height
                    continue
                }
                pages[pages.count - 1].append(Placed(item: item, y: y + space))
                y += space + item.box.height
            }
            index = end + 1
        }
        return pages
    }

    private static func height(of run: ArraySlice<FlowItem>, atTop: Bool) -> Double {
        run.enumerated().reduce(0) { total, entry in
            total + entry.element.box.height + (atTop && entry.offset == 0 ? 0 : entry.element.spaceBefore)
        }
    }
}
