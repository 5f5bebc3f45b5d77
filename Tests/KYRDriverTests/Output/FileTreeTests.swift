import Foundation
import KYRTestSupport
import Testing

@testable import KYRDriver

/// Removing an old output: everything under the folder goes, side by side at the top, and
/// nothing a symbolic link inside it points to is touched.
@Suite struct FileTreeTests {
    @Test func removeTakesEveryFileAndFolderAndFollowsNoLink() throws {
        let scratch = try TemporaryProject()
        let outside = try TemporaryProject()
        try outside.write("kept/secret.txt", "outside")
        try outside.write("alone.txt", "outside too")
        for language in ["en", "es", "zh-Hans", "ar"] {
            for index in 0..<50 { try scratch.write("old/\(language)/guides/g\(index).html", "\(index)") }
            try scratch.write("old/\(language)/index.html", language)
        }
        try scratch.write("old/.kyr-build", "manifest")
        try scratch.write("old/locked/inside/file.txt", "x")
        let manager = FileManager.default
        let old = scratch.url.appendingPathComponent("old").path
        try manager.createSymbolicLink(
            atPath: old + "/es/linked-folder", withDestinationPath: outside.url.appendingPathComponent("kept").path)
        try manager.createSymbolicLink(
            atPath: old + "/linked-file", withDestinationPath: outside.url.appendingPathComponent("alone.txt").path)
        try manager.createSymbolicLink(atPath: old + "/dangling", withDestinationPath: old + "/nowhere")
        // A folder copied read-only from an old output, and one inside it.
        try manager.setAttributes([.posixPermissions: 0o555], ofItemAtPath: old + "/locked/inside")
        try manager.setAttributes([.posixPermissions: 0o555], ofItemAtPath: old + "/locked")

        FileTree.remove(old)

        #expect(!manager.fileExists(atPath: old))
        #expect(try outside.read("kept/secret.txt") == "outside")
        #expect(try outside.read("alone.txt") == "outside too")
        #expect(try manager.contentsOfDirectory(atPath: scratch.url.path).isEmpty)
    }

    @Test func removeTakesAFileOrALinkAtThePathItself() throws {
        let scratch = try TemporaryProject()
        try scratch.write("folder/file.txt", "inside")
        try scratch.write("file.txt", "x")
        let link = scratch.url.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(
            atPath: link, withDestinationPath: scratch.url.appendingPathComponent("folder").path)
        FileTree.remove(link)
        FileTree.remove(scratch.url.appendingPathComponent("file.txt").path)
        FileTree.remove(scratch.url.appendingPathComponent("missing").path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["folder"])
        #expect(try scratch.read("folder/file.txt") == "inside")
    }
}
