import Foundation
import KYRRender

enum SiteWriterFacade {
    static func write(_ files: [SiteFile], to destination: URL) throws {
        try SiteWriter(destination: destination).write(files)
    }
}
