import KYRExchange
import KYRFuzzSupport
import KYRModel

/// libFuzzer target: any bytes as a file back from a translator, read as XLIFF 2.0 and as PO
/// (libxml2 with the safe options, the schema, the processing requirements; the PO parser).
/// Either reader may refuse the file; neither may crash. Built with `-sanitize=fuzzer,address
/// -DFUZZING` (see docs/fuzzing.md); without FUZZING it replays the files it is given.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExchange(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? XLIFFImporter.read(bytes, file: "fuzz.xlf")
    _ = try? POImporter.read(bytes, file: "fuzz.po")
    return 0
}

#if FUZZING
    /// SwiftPM links every executable with its own `main`; it hands over to libFuzzer.
    @_cdecl("kyr_fuzz_exchange_main")
    func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
        FuzzDriver.run(argc, argv) { fuzzExchange($0, $1) }
    }
#else
    @main
    enum Replay {
        static func main() {
            FuzzReplay.run(fuzzExchange)
        }
    }
#endif
