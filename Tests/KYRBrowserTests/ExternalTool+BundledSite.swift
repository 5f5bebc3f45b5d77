import Foundation
import KYRDriver
import KYRTestSupport

extension ExternalTool {
    /// The bundled content's site, as `kyr build` writes it (with the translators' page), in a
    /// fresh temporary folder (`<folder>/site`), for the tools to read.
    static func writeBundledSite() throws -> TemporaryProject {
        let folder = try TemporaryProject()
        let files = try SiteRendering.files(Fixtures.packageRoot, translationStatus: true)
        try OutputWriter(destination: folder.path + "/site").write(files)
        return folder
    }
}
