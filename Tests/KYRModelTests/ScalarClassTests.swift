import KYRModel
import KYRTestSupport
import Testing

@Suite struct ScalarClassTests {
    /// The ASCII shortcuts agree with Unicode's properties for every scalar.
    @Test func shortcutsAgreeWithUnicodeEverywhere() {
        var disagreements: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isUnicodeWhitespace != scalar.properties.isWhitespace {
                disagreements.append(String(value, radix: 16))
            }
            let letterOrDigit =
                scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal)
            if scalar.isASCIILetterOrDigit != letterOrDigit { disagreements.append(String(value, radix: 16)) }
        }
        #expect(disagreements.isEmpty)
    }
}
