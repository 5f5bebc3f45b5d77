import Foundation
import Synchronization

extension LanguageTag {
    /// The zero digit of every numbering system the language writes numbers with (ASCII `0`
    /// always; `٠` for Arabic, `०` for Hindi, `〇` for Chinese), from the locale data. A digit
    /// of any other script can be mistaken for another digit (Bengali ৪ is 4 and looks like 8).
    package var digitZeros: Set<Unicode.Scalar> {
        if let known = Self.zeros.withLock({ $0[self] }) { return known }
        var zeros: Set<Unicode.Scalar> = ["0"]
        for system in Locale(identifier: identifier).availableNumberingSystems {
            let locale = Locale(identifier: identifier + "@numbers=" + system.identifier)
            if let zero = 0.formatted(.number.locale(locale)).unicodeScalars.first,
                zero.properties.generalCategory == .decimalNumber || zero.properties.numericType != nil
            {
                zeros.insert(zero)
            }
        }
        let found = zeros
        Self.zeros.withLock { $0[self] = found }
        return found
    }

    private static let zeros = Mutex<[LanguageTag: Set<Unicode.Scalar>]>([:])
}
