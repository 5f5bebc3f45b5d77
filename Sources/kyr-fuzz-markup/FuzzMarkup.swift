import KYRFuzzSupport
import KYRLoad
import KYRModel
import KYRRender

/// libFuzzer target: any UTF-8 text as inline markup, parsed, then walked into HTML and plain
/// text. Built with `-sanitize=fuzzer,address -DFUZZING` (see docs/fuzzing.md); without
/// FUZZING it replays the files it is given.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkup(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let raw = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard case .success(let nodes) = ContentBytes.inline(raw) else { return 0 }
    let variables = [
        "hotline": Variable(name: "hotline", kind: .phone, value: "1-855-435-7693", label: nil, location: .file("f")),
        "site": Variable(name: "site", kind: .url, value: "https://example.org", label: nil, location: .file("f")),
    ]
    let inline = InlineHTML(variables: variables)
    let html = inline.render(nodes)
    if !nodes.isEmpty, html.isEmpty { fatalError("markup rendered to nothing: \(raw)") }
    _ = inline.plain(nodes)
    return 0
}

#if FUZZING
    /// SwiftPM links every executable with its own `main`; it hands over to libFuzzer.
    @_cdecl("kyr_fuzz_markup_main")
    func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
        FuzzDriver.run(argc, argv) { fuzzMarkup($0, $1) }
    }
#else
    @main
    enum Replay {
        static func main() {
            FuzzReplay.run(fuzzMarkup)
        }
    }
#endif
