import KYRModel
import Mustache

/// A list whose elements are made one at a time, as a template reaches them, and dropped once
/// rendered. A large site's sitemap has hundreds of thousands of alternates; held as values all
/// at once they were the largest thing in a build's memory (about 130 MiB for 1,000 guides in
/// 10 languages), more than the pages themselves.
///
/// One reference wide: a `TemplateValue` must fit `Any`'s three-word inline buffer, or every
/// value handed to swift-mustache is boxed on the heap (`TemplateValueTests` checks the size).
package struct GeneratedList: MustacheSequence, Sendable {
    private let storage: Storage

    private final class Storage: Sendable {
        let count: Int
        let key: ContentHash?
        let element: @Sendable (Int) -> TemplateValue

        init(count: Int, key: ContentHash?, element: @escaping @Sendable (Int) -> TemplateValue) {
            self.count = count
            self.key = key
            self.element = element
        }
    }

    /// `count` elements, the one at `index` made by `element(index)`, which must give the same
    /// value each time it is asked. `key`, when given, must change whenever an element would.
    package init(count: Int, key: ContentHash? = nil, element: @escaping @Sendable (Int) -> TemplateValue) {
        storage = Storage(count: count, key: key, element: element)
    }

    package var count: Int { storage.count }

    /// What the elements are made from, hashed, when the maker knows it: it then stands for
    /// them in the value's hash (`TemplateValue.contentHash`), so planning a build does not make
    /// and hash every element to learn whether the list changed.
    package var key: ContentHash? { storage.key }

    package func makeIterator() -> LazyMapSequence<Range<Int>, TemplateValue>.Iterator {
        (0..<storage.count).lazy.map(storage.element).makeIterator()
    }
}
