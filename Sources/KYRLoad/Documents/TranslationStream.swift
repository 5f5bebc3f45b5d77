import CYAML
import KYRModel

/// Decodes a translation file straight from libyaml's events, without the node tree. Most
/// files of a project are translations, flat mappings of text, and building, copying and
/// walking a tree of them cost more than reading them. Only clean files take this way: at
/// the first thing it does not expect (a unit written as a mapping, an unknown or repeated
/// key, anything the tree builder refuses) or the first diagnostic, it gives up, and the file
/// goes through the tree, which reports every problem exactly as it always has. Each value
/// is decoded by `TranslationDecoder`'s own functions, so the model is the same either way.
enum TranslationStream {
    /// The decoded file and its text; nil when the file must go through the tree.
    static func decode(
        _ bytes: [UInt8], file: String, kind: DocumentKind, id: String, language: LanguageTag
    ) -> (file: TranslationFile, text: String)? {
        // What `YAMLParser` reports before parsing (a byte-order mark it skips) goes its way.
        guard bytes.count <= YAMLParser.maxFileSize, !bytes.starts(with: YAMLParser.byteOrderMark),
            !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]),
            let text = String(validating: bytes, as: UTF8.self)
        else { return nil }
        let context = DecodeContext(file: file, text: text)
        let decoded = bytes.withUnsafeBufferPointer { buffer in
            read(YAMLEvents(buffer), kind: kind, id: id, language: language, context)
        }
        guard let decoded, context.diagnostics.isEmpty else { return nil }
        return (decoded, text)
    }

    private static func read(
        _ events: YAMLEvents, kind: DocumentKind, id: String, language: LanguageTag, _ context: DecodeContext
    ) -> TranslationFile? {
        guard events.next() == YAML_STREAM_START_EVENT, events.next() == YAML_DOCUMENT_START_EVENT,
            events.next() == YAML_MAPPING_START_EVENT
        else { return nil }
        var state: YAMLNode?
        var units: (list: [TranslationFile.Unit], start: YAMLMark)?
        var names = Set<String>(minimumCapacity: 64)  // a guide's units: no rehashing while filling
        var stamps: [String: TranslationFile.Stamp]?
        var sawFingerprints = false
        while true {
            guard let type = events.next() else { return nil }
            if type == YAML_MAPPING_END_EVENT { break }
            guard type == YAML_SCALAR_EVENT else { return nil }
            switch events.scalar.scalar {
            case "state" where state == nil:
                guard events.next() == YAML_SCALAR_EVENT else { return nil }
                state = events.scalar
            case "units" where units == nil:
                guard events.next() == YAML_MAPPING_START_EVENT else { return nil }
                let start = events.start
                guard let list = readUnits(events, context, names: &names) else { return nil }
                units = (list, start)
            case "translated-from" where !sawFingerprints:
                sawFingerprints = true
                let type = events.next()
                if type == YAML_SCALAR_EVENT, events.scalar.isNull { continue }
                guard type == YAML_MAPPING_START_EVENT, let read = readFingerprints(events, context, names: names)
                else { return nil }
                stamps = read
            default:
                return nil
            }
        }
        // The rest of the stream: nothing libyaml refuses, and no second document.
        while true {
            guard let type = events.next(), type != YAML_DOCUMENT_START_EVENT else { return nil }
            if type == YAML_STREAM_END_EVENT { break }
        }
        guard let state, !state.isNull, let units,
            let decided = context.choice(state, what: "translation state", as: TranslationState.self)
        else { return nil }
        return TranslationFile(
            kind: kind, documentID: id, language: language, state: decided, units: units.list,
            stamps: stamps ?? [:], unitsAt: units.start, context)
    }

    /// The units up to the end of their mapping; nil at a unit that is not one line of text.
    private static func readUnits(
        _ events: YAMLEvents, _ context: DecodeContext, names: inout Set<String>
    ) -> [TranslationFile.Unit]? {
        var list: [TranslationFile.Unit] = []
        while true {
            guard let type = events.next() else { return nil }
            // Kept at its length: a project holds one list per file, and the slack growth
            // leaves (up to half) added up to tens of megabytes.
            if type == YAML_MAPPING_END_EVENT { return list.withUnsafeBufferPointer { Array($0) } }
            guard type == YAML_SCALAR_EVENT else { return nil }
            let key = events.scalar
            guard let name = key.scalar, names.insert(name).inserted,
                let located = TranslationDecoder.unitKey(key, context), events.next() == YAML_SCALAR_EVENT
            else { return nil }
            if let unit = TranslationDecoder.unit(located, events.scalar, context) { list.append(unit) }
        }
    }

    /// The `translated-from` entries up to the end of their mapping.
    /// The keys of `stamps` share the storage of the unit keys in `names` (read before them in
    /// every file kyr writes): a project holds one stamp per unit in every language.
    private static func readFingerprints(
        _ events: YAMLEvents, _ context: DecodeContext, names: Set<String>
    ) -> [String: TranslationFile.Stamp]? {
        var stamps: [String: TranslationFile.Stamp] = [:]
        stamps.reserveCapacity(names.count)  // one per unit, as a rule: no rehashing, no slack
        while true {
            guard let type = events.next() else { return nil }
            if type == YAML_MAPPING_END_EVENT { return stamps }
            guard type == YAML_SCALAR_EVENT else { return nil }
            let key = events.scalar
            // Every entry either lands in `stamps` or is reported: a key found there is repeated.
            guard let written = key.scalar, stamps[written] == nil, events.next() == YAML_SCALAR_EVENT
            else { return nil }
            var shared = key
            if case .scalar(_, let style) = key.value, let index = names.firstIndex(of: written) {
                shared.value = .scalar(names[index], style)
            }
            TranslationDecoder.fingerprint(shared, events.scalar, context, into: &stamps)
        }
    }
}
