import CYAML

/// libyaml's events one at a time, for a decoder that reads a file without building its tree.
/// It stops (`next()` is nil) at everything the tree builder would report: a syntax error, an
/// alias, an anchor or a tag.
final class YAMLEvents {
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    private var event = yaml_event_t()
    private var holdsEvent = false
    private let started: Bool

    /// Events of `buffer`, which must stay alive and in place until this object is gone.
    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        started = yaml_parser_initialize(parser) != 0
        if started {
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        }
    }

    deinit {
        if holdsEvent { yaml_event_delete(&event) }
        if started { yaml_parser_delete(parser) }
        parser.deallocate()
    }

    /// The type of the next event; nil at a syntax error and at whatever content refuses.
    func next() -> yaml_event_type_t? {
        if holdsEvent { yaml_event_delete(&event) }
        holdsEvent = false
        guard started, yaml_parser_parse(parser, &event) != 0 else { return nil }
        holdsEvent = true
        switch event.type {
        case YAML_ALIAS_EVENT:
            return nil
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            if scalar.anchor != nil { return nil }
            if scalar.tag != nil && scalar.plain_implicit == 0 && scalar.quoted_implicit == 0 { return nil }
        case YAML_MAPPING_START_EVENT:
            let mapping = event.data.mapping_start
            if mapping.anchor != nil || (mapping.tag != nil && mapping.implicit == 0) { return nil }
        case YAML_SEQUENCE_START_EVENT:
            let sequence = event.data.sequence_start
            if sequence.anchor != nil || (sequence.tag != nil && sequence.implicit == 0) { return nil }
        default:
            break
        }
        return event.type
    }

    /// Where the current event starts.
    var start: YAMLMark { TreeBuilder.mark(event.start_mark) }

    /// The current event, a scalar, as the node the tree builder makes of it.
    var scalar: YAMLNode {
        let scalar = event.data.scalar
        let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
        return YAMLNode(
            value: .scalar(text, TreeBuilder.style(scalar.style)), start: start, end: TreeBuilder.mark(event.end_mark))
    }
}
