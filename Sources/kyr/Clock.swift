import Foundation
import KYRModel

/// The only place kyr reads the wall clock; everything else receives the day as a value.
enum Clock {
    static func today() -> ContentDate {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return ContentDate(String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1))
            ?? ContentDate(daysSinceEpoch: 0)
    }
}
