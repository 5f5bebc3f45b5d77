import CPangoCairo

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The calling thread's Pango font map on kyr's font configuration. Pango's font maps are not
/// thread-safe, and they cache fonts and fontsets: each thread makes its own once and keeps it
/// until the thread ends (the worker threads documents are made on live for the whole run).
final class ThreadFontMaps {
    /// Laid out with kyr's fonts only (`FontConfiguration.kyr`); the system's when it has none.
    let named: UnsafeMutablePointer<PangoFontMap>

    private init() {
        if let config = FontConfiguration.kyr {
            let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT)!
            pango_fc_font_map_set_config(OpaquePointer(map), config.pointer)
            named = map
        } else {
            named = pango_cairo_font_map_new()!
        }
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(named))
    }

    /// The system's font map for this thread, for scripts kyr names no font for.
    static var system: UnsafeMutablePointer<PangoFontMap> { pango_cairo_font_map_get_default()! }

    /// This thread's maps, made on first use.
    static func current() -> ThreadFontMaps {
        if let raw = pthread_getspecific(key) {
            return Unmanaged<ThreadFontMaps>.fromOpaque(raw).takeUnretainedValue()
        }
        let maps = ThreadFontMaps()
        pthread_setspecific(key, Unmanaged.passRetained(maps).toOpaque())
        return maps
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { raw in
            if let raw { Unmanaged<ThreadFontMaps>.fromOpaque(raw).release() }
        }
        return key
    }()
}
