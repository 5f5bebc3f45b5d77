import KYRFuzzSupport
import KYRLoad
import KYRModel

/// libFuzzer target: any bytes, decoded as each kind of content file. Built with
/// `-sanitize=fuzzer,address -DFUZZING` (see docs/fuzzing.md); without FUZZING it is a plain
/// program that replays the files it is given, so the normal build builds it too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoad(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for role in ContentBytes.Role.allCases {
        let (diagnostics, _) = ContentBytes.decode(bytes, as: role)
        for diagnostic in diagnostics where diagnostic.location.line < 0 || diagnostic.location.column < 0 {
            fatalError("a diagnostic points before the file: \(diagnostic)")
        }
    }
    return 0
}

#if FUZZING
    /// SwiftPM links every executable with its own `main`; it hands over to libFuzzer.
    @_cdecl("kyr_fuzz_load_main")
    func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
        FuzzDriver.run(argc, argv) { fuzzLoad($0, $1) }
    }
#else
    @main
    enum Replay {
        static func main() {
            FuzzReplay.run(fuzzLoad)
        }
    }
#endif
