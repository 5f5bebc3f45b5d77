import Foundation
import KYRTestSupport
import Testing

@testable import KYRExchange

/// Writing a content file keeps what the file is: its mode, its links, and nothing half-written.
@Suite struct ContentFileWriterTests {
    @Test func modeIsKept() throws {
        let folder = try TemporaryProject()
        try folder.write("es.yaml", "old\n")
        let path = folder.path + "/es.yaml"
        chmod(path, 0o640)
        try ContentFileWriter.write("new\n", to: path, display: "es.yaml")
        #expect(try folder.read("es.yaml") == "new\n")
        var info = stat()
        stat(path, &info)
        #expect(info.st_mode & 0o7777 == 0o640)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["es.yaml"], "no temporary file left")
    }

    @Test func aSymbolicLinkStaysALinkAndItsTargetIsWritten() throws {
        let folder = try TemporaryProject()
        try folder.write("shared/es.yaml", "old\n")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/es.yaml", withDestinationPath: "shared/es.yaml")
        try ContentFileWriter.write("new\n", to: folder.path + "/es.yaml", display: "es.yaml")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/es.yaml") == "shared/es.yaml")
        #expect(try folder.read("shared/es.yaml") == "new\n")
    }

    @Test func aHardLinkKeepsSharingTheFile() throws {
        let folder = try TemporaryProject()
        try folder.write("es.yaml", "old\n")
        link(folder.path + "/es.yaml", folder.path + "/es-copy.yaml")
        try ContentFileWriter.write("new\n", to: folder.path + "/es.yaml", display: "es.yaml")
        #expect(try folder.read("es-copy.yaml") == "new\n")
    }

    @Test func temporaryFilesOfAKilledRunAreSwept() throws {
        let folder = try TemporaryProject()
        try folder.write("guides/at-home/.es.yaml.kyr-tmp-4242-beef", "half")
        try folder.write("guides/at-home/es.yaml", "whole")
        try folder.write("guides/at-home/.keep", "")
        ContentFileWriter.sweepTemporaries(under: folder.path)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path + "/guides/at-home").sorted() == [
                ".keep", "es.yaml",
            ])
    }

    @Test func aFailureSaysWhyAndChangesNothing() throws {
        let folder = try TemporaryProject()
        try folder.write("es.yaml", "old\n")
        // A folder where the file should be: the rename cannot replace it.
        try FileManager.default.createDirectory(atPath: folder.path + "/ko.yaml", withIntermediateDirectories: true)
        #expect {
            try ContentFileWriter.write("new\n", to: folder.path + "/ko.yaml", display: "ko.yaml")
        } throws: { error in
            (error as? ContentFileWriter.Failure)?.description.hasPrefix("cannot write ko.yaml: ") == true
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["es.yaml", "ko.yaml"])
    }
}
