/// Finds a translation's units by key while walking its source in order. Translations keep
/// their source's order, so the unit wanted is usually the next one and no index is built;
/// when it is not, an index by key is built once and used from then on.
package struct UnitCursor {
    private let units: [TranslationFile.Unit]
    private var next = 0
    private var index: [String: Int]?

    /// A cursor over `file`'s units (none when there is no file).
    package init(_ file: TranslationFile?) {
        units = file?.units ?? []
    }

    /// The position of the unit with `key` in the file's units, if it has one.
    package mutating func position(of key: String) -> Int? {
        if next < units.count, units[next].key.value == key {
            next += 1
            return next - 1
        }
        if index == nil {
            var built: [String: Int] = [:]
            for position in units.indices {
                built[units[position].key.value] = built[units[position].key.value] ?? position
            }
            index = built
        }
        guard let position = index![key] else { return nil }
        next = position + 1
        return position
    }
}
