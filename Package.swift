// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kyr",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kyr", targets: ["kyr"]),
        .library(name: "KYRModel", targets: ["KYRModel"]),
        .library(name: "KYRLoad", targets: ["KYRLoad"]),
        .library(name: "KYRCheck", targets: ["KYRCheck"]),
        .library(name: "KYRExchange", targets: ["KYRExchange"]),
        .library(name: "KYRRender", targets: ["KYRRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // The system libyaml (Debian libyaml-dev); SwiftPM reads its flags from pkg-config.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // Model and diagnostics: plain values, no I/O.
        .target(name: "KYRModel"),
        // Loading: YAML files under Content/ to the typed model, with exact locations.
        .target(name: "KYRLoad", dependencies: ["KYRModel", "CYAML"]),
        // Checking: rules across files (references, variables, review dates).
        .target(name: "KYRCheck", dependencies: ["KYRModel", "KYRLoad"]),
        // Exchange: writing translation state back into the content tree (stamps; later XLIFF and PO).
        .target(name: "KYRExchange", dependencies: ["KYRModel", "KYRLoad"]),
        // Rendering: the static HTML site from Mustache templates (bundled, or the project's own).
        .target(
            name: "KYRRender",
            dependencies: ["KYRModel", "KYRCheck", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // The command line: parses arguments, calls the library, maps errors to exit codes.
        .executableTarget(
            name: "kyr",
            dependencies: [
                "KYRModel", "KYRLoad", "KYRCheck", "KYRExchange", "KYRRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "KYRTests",
            dependencies: ["KYRModel", "KYRLoad", "KYRCheck", "KYRExchange", "KYRRender"],
            exclude: ["Fixtures", "Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
