import KYRModel

extension ContentSet {
    /// Every guide the content has a file of: its source, a translation, or both.
    var guideIDs: Set<String> {
        var ids = presentSources[.guide] ?? []
        for guide in guides { ids.insert(guide.id) }
        for translation in translations where translation.kind == .guide { ids.insert(translation.documentID) }
        for reference in presentTranslations.keys where reference.document.kind == .guide {
            ids.insert(reference.document.id)
        }
        return ids
    }

    /// The guide that owns each file (by display path) of the content's guides.
    var guidesByFile: [String: String] {
        var owners: [String: String] = [:]
        for guide in guides { owners[guide.file] = guide.id }
        for translation in translations where translation.kind == .guide {
            owners[translation.file] = translation.documentID
        }
        for (reference, file) in presentTranslations where reference.document.kind == .guide {
            owners[file] = reference.document.id
        }
        return owners
    }

    /// The content as if only the guides in `ids` existed: their sources, translations and
    /// histories, with everything no guide owns (site.yaml, the interface strings, the agency
    /// notes and their translations).
    func restricted(toGuides ids: Set<String>) -> ContentSet {
        var kept = self
        kept.guides = guides.filter { ids.contains($0.id) }
        kept.translations = translations.filter { $0.kind != .guide || ids.contains($0.documentID) }
        kept.presentSources[.guide] = presentSources[.guide].map { $0.intersection(ids) }
        kept.presentTranslations = presentTranslations.filter {
            $0.key.document.kind != .guide || ids.contains($0.key.document.id)
        }
        kept.histories = histories.filter { $0.key.kind != .guide || ids.contains($0.key.id) }
        return kept
    }
}
