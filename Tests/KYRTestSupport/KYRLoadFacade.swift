import KYRLoad
import KYRModel

/// Loads a project's content for rule tests.
enum KYRLoadFacade {
    static func load(_ path: String) throws -> ContentSet {
        try ContentLoader(projectDirectory: path).load().content
    }
}
