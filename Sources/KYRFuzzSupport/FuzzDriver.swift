#if FUZZING
    /// libFuzzer's own driver, for a fuzz target whose `main` is SwiftPM's (an executable target
    /// always gets one): `main` hands over to it when built with `-sanitize=fuzzer`.
    @_silgen_name("LLVMFuzzerRunDriver")
    private func runDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    package enum FuzzDriver {
        /// Runs libFuzzer with the process's arguments on `target`.
        package static func run(
            _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
            _ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
        ) -> CInt {
            var count = argc
            var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
            return runDriver(&count, &arguments, target)
        }
    }
#endif
