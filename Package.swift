// swift-tools-version:6.1
import PackageDescription

// Stages stand side by side over the model: Load, Check, Render and Exchange import only
// KYRModel (Load and Exchange also the YAML library); the driver alone runs them in order,
// and the kyr executable only parses arguments and maps errors to exit statuses.
let package = Package(
    name: "kyr",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kyr", targets: ["kyr"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // kyr serve only: Hummingbird (from swift-mustache's organization) on SwiftNIO, and the
        // packages it already builds on, named for the types kyr serve uses from them. Without
        // its default traits: kyr uses neither (swift-configuration, full Foundation), and with
        // two of them SwiftPM passes their -D flags in a different order from run to run, which
        // recompiled Hummingbird on every other `swift build`.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // The system libyaml (Debian libyaml-dev); SwiftPM reads its flags from pkg-config.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // The system ICU (Debian libicu-dev): line breaking (UAX #14) and East Asian Width for
        // wrapping plain text in every script.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc",
            providers: [.apt(["libicu-dev"])]
        ),
        // Pango and Cairo (text layout in every script, PDF output), and libqrencode: the print
        // stage's C libraries (Debian libpango1.0-dev, libcairo2-dev, libqrencode-dev).
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]
        ),
        .systemLibrary(
            name: "CQREncode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // The system libxml2 (Debian libxml2-dev): XLIFF read safely, written, and validated
        // against the XLIFF 2.0 core schema. Its shim switches off libxml2's ICU part (see shim.h).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The content model, the publication every output reads, diagnostics as values: no I/O.
        .target(name: "KYRModel"),
        // Loading: YAML files under Content/ to the typed model, with exact locations.
        .target(name: "KYRLoad", dependencies: ["KYRModel", "CYAML"], resources: [.embedInCode("Strings")]),
        // Checking: rules across files (references, variables, translations, review dates); coverage.
        .target(name: "KYRCheck", dependencies: ["KYRModel"]),
        // Rendering: the static site and the plain texts and messages from Mustache templates
        // (bundled, or the project's own), and the reports people and tools read (diagnostics, coverage).
        .target(
            name: "KYRRender",
            dependencies: ["KYRModel", "CICU", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.embedInCode("Templates/html"), .embedInCode("Templates/text")]
        ),
        // Print: handouts and wallet cards as PDF, laid out with Pango, drawn with Cairo; also the
        // text measurer the fit checks use (declared in the model, injected by the driver).
        .target(name: "KYRPrint", dependencies: ["KYRModel", "CPangoCairo", "CQREncode"]),
        // Exchange: translation state written back into the content tree (stamps), and the
        // translators' round trip: XLIFF 2.0 (libxml2, checked against the embedded core schema)
        // and gettext PO, exported from the model and imported into neutral units.
        .target(
            name: "KYRExchange",
            dependencies: ["KYRModel", "KYRLoad", "CYAML", "CLibXML2"],
            exclude: ["XLIFF/Schemas/NOTICE.md"],
            resources: [.embedInCode("XLIFF/Schemas/xliff_core_2.0.xsd"), .embedInCode("XLIFF/Schemas/xml.xsd")]
        ),
        // The pipeline: project layout, load → check → outputs → one atomic writer.
        .target(
            name: "KYRDriver",
            dependencies: ["KYRModel", "KYRLoad", "KYRCheck", "KYRRender", "KYRPrint", "KYRExchange"],
            // What kyr init and kyr new write: the starter guide and agency note, and the skeletons.
            resources: [.embedInCode("Starter")]
        ),
        // kyr serve: builds through the driver, serves Output/site on 127.0.0.1 (Hummingbird),
        // rebuilds when Content/ or Templates/ change and reloads open pages.
        .target(
            name: "KYRServe",
            dependencies: [
                "KYRModel", "KYRDriver", "KYRRender", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // The command line: parses arguments, calls the driver, maps errors to exit statuses.
        .executableTarget(
            name: "kyr",
            dependencies: [
                "KYRModel", "KYRDriver", "KYRServe", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz targets (docs/fuzzing.md): libFuzzer entry points, or replayers of saved inputs in
        // an ordinary build.
        .target(name: "KYRFuzzSupport"),
        .executableTarget(name: "kyr-fuzz-load", dependencies: ["KYRModel", "KYRLoad", "KYRFuzzSupport"]),
        .executableTarget(
            name: "kyr-fuzz-markup", dependencies: ["KYRModel", "KYRLoad", "KYRRender", "KYRFuzzSupport"]),
        .executableTarget(name: "kyr-fuzz-exchange", dependencies: ["KYRModel", "KYRExchange", "KYRFuzzSupport"]),

        // Fixtures, golden files, temporary projects and the built binary, for every test target.
        .target(name: "KYRTestSupport", dependencies: ["KYRModel", "KYRDriver"], path: "Tests/KYRTestSupport"),
        .testTarget(name: "KYRModelTests", dependencies: ["KYRModel", "KYRTestSupport"]),
        .testTarget(name: "KYRLoadTests", dependencies: ["KYRModel", "KYRLoad", "KYRTestSupport"]),
        .testTarget(name: "KYRCheckTests", dependencies: ["KYRModel", "KYRCheck", "KYRTestSupport"]),
        .testTarget(name: "KYRRenderTests", dependencies: ["KYRModel", "KYRRender", "KYRTestSupport"]),
        .testTarget(
            name: "KYRPrintTests", dependencies: ["KYRModel", "KYRCheck", "KYRDriver", "KYRPrint", "KYRTestSupport"]),
        .testTarget(
            name: "KYRExchangeTests",
            dependencies: ["KYRModel", "KYRLoad", "KYRExchange", "KYRDriver", "KYRTestSupport"]),
        .testTarget(name: "KYRDriverTests", dependencies: ["KYRModel", "KYRDriver", "KYRTestSupport"]),
        .testTarget(name: "KYRServeTests", dependencies: ["KYRModel", "KYRServe", "KYRTestSupport"]),
        // The real binary on fixture trees in temporary folders, and the bad-input corpus.
        .testTarget(name: "kyrEndToEndTests", dependencies: ["KYRModel", "KYRLoad", "KYRDriver", "KYRTestSupport"]),
        // Pages in headless Chromium and the W3C validator: skipped, saying so, without those tools.
        .testTarget(name: "KYRBrowserTests", dependencies: ["KYRModel", "KYRDriver", "KYRTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
