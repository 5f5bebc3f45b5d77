import Foundation
import KYRTestSupport
import Testing

@testable import KYRExchange

/// The OASIS conformance suite for XLIFF 2.0 core (Tests/Fixtures/xliff): kyr's reader reads
/// every valid document without error and rejects every invalid one, saying why. The documents
/// are not kyr's, so "read" means parsed, validated and checked, not imported.
@Suite struct XLIFFConformanceSuiteTests {
    static let suite = Fixtures.fixtures.appendingPathComponent("xliff/core")

    static func documents(_ folder: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(
            at: suite.appendingPathComponent(folder), includingPropertiesForKeys: nil
        ).filter { $0.pathExtension == "xlf" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The prefixes `valid/extra-prefixes.properties` registers (`namespace=prefix` lines).
    static func extraPrefixes() throws -> Set<String> {
        let text = try String(
            contentsOf: suite.appendingPathComponent("valid/extra-prefixes.properties"), encoding: .utf8)
        return Set(
            text.split(whereSeparator: \.isNewline).compactMap { $0.split(separator: "=").last.map(String.init) })
    }

    static func read(_ url: URL, extraPrefixes: Set<String> = []) throws(RefusedFile) -> XMLElement {
        let bytes = (try? [UInt8](Data(contentsOf: url))) ?? []
        return try XLIFFReader.read(bytes, file: url.lastPathComponent, extraPrefixes: extraPrefixes)
    }

    @Test func everyValidDocumentIsRead() throws {
        let documents = try Self.documents("valid")
        #expect(documents.count == 25)
        let prefixes = try Self.extraPrefixes()
        for url in documents {
            do {
                _ = try Self.read(url, extraPrefixes: prefixes)
            } catch {
                Issue.record("\(url.lastPathComponent) was refused: \(error)")
            }
        }
    }

    /// Each invalid document is rejected, by the schema or by a processing requirement; the
    /// golden file keeps the first reason for each, so a change in what catches a document shows.
    @Test func everyInvalidDocumentIsRejectedWithAMessage() throws {
        let documents = try Self.documents("invalid")
        #expect(documents.count == 119)
        var lines: [String] = []
        var bySchema = 0
        for url in documents {
            do {
                _ = try Self.read(url)
                Issue.record("\(url.lastPathComponent) was accepted")
                lines.append("\(url.lastPathComponent): ACCEPTED")
            } catch {
                #expect(!error.message.isEmpty)
                if error.message.hasPrefix("not valid against the XLIFF 2.0 core schema") { bySchema += 1 }
                lines.append(error.description)
            }
        }
        lines.append("rejected by the schema: \(bySchema); by processing requirements: \(documents.count - bySchema)")
        try Golden.check(lines.joined(separator: "\n") + "\n", matches: "xliff-invalid.txt")
    }
}
