import KYRModel
import Mustache

/// A list whose elements are made one at a time, as a template reaches them, and dropped once
/// rendered. A large site's sitemap has hundreds of thousands of alternates; held as values all
/// at once they were the largest thing in a build's memory (about 130 MiB for 1,000 guides in
/// 10 languages), more than the pages themselves.
package struct GeneratedList: MustacheSequence, @unchecked Sendable {
    package let count: Int
    /// What the elements are made from, hashed, when the maker knows it: it then stands for
    /// them in the value's hash (`TemplateValue.contentHash`), so planning a build does not make
    /// and hash every element to learn whether the list changed.
    package let key: ContentHash?
    private let element: @Sendable (Int) -> TemplateValue

    /// `count` elements, the one at `index` made by `element(index)`, which must give the same
    /// value each time it is asked. `key`, when given, must change whenever an element would.
    package init(count: Int, key: ContentHash? = nil, element: @escaping @Sendable (Int) -> TemplateValue) {
        self.count = count
        self.key = key
        self.element = element
    }

    package func makeIterator() -> LazyMapSequence<Range<Int>, TemplateValue>.Iterator {
        (0..<count).lazy.map(element).makeIterator()
    }
}
