// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "APIConform",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "apiconform", targets: ["apiconform"]),
        .library(name: "APIConformCore", targets: ["APIConformCore"]),
        .library(name: "APIConformReports", targets: ["APIConformReports"]),
        .library(name: "APIConformSigning", targets: ["APIConformSigning"]),
        .library(name: "APIConformLive", targets: ["APIConformLive"]),
        .library(name: "APIConformStandIn", targets: ["APIConformStandIn"]),
        // For the tests and the Benchmarks package only: the executable does not link it.
        .library(name: "APIConformSynthesis", targets: ["APIConformSynthesis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        .package(url: "https://github.com/swift-server/async-http-client", exact: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // libxml2 from Debian's libxml2-dev: the JUnit writer and the XSD validator.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Case files, contracts, the JSON reader, the rule catalog and the runner. No network, no reports.
        .target(
            name: "APIConformCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // Conforming bodies synthesised from a contract, for tests and benchmarks; shipped code never needs them.
        .target(name: "APIConformSynthesis", dependencies: ["APIConformCore"]),
        // Request signers that reproduce the providers' official SDKs byte for byte.
        .target(
            name: "APIConformSigning",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        // Live and record modes: targets, credentials, signed HTTP with retries and rate limits, redaction.
        .target(
            name: "APIConformLive",
            dependencies: [
                "APIConformCore", "APIConformSigning",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        // The loopback stand-in: answers provider-shaped requests from recordings, verifying signatures.
        // Plain SwiftNIO rather than a framework: fault injection needs the raw channel (resets, truncation).
        .target(
            name: "APIConformStandIn",
            dependencies: [
                "APIConformCore", "APIConformSigning",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        // JUnit XML (libxml2), console and JSON renderings of a run.
        .target(
            name: "APIConformReports",
            dependencies: ["APIConformCore", "CLibXML2"]
        ),
        // The thin command-line front end.
        .executableTarget(
            name: "apiconform",
            dependencies: [
                "APIConformCore",
                "APIConformReports", "APIConformLive", "APIConformStandIn",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets (golden files, line diffs, package paths),
        // and the libxml2 checks tests hold reports to (XSD validation, HTML parsing): shipped code uses neither.
        .target(name: "APIConformTestSupport", dependencies: ["APIConformCore", "APIConformReports", "CLibXML2"], path: "Tests/APIConformTestSupport"),
        .testTarget(name: "APIConformCoreTests", dependencies: ["APIConformCore", "APIConformSynthesis", "APIConformTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "APIConformSigningTests", dependencies: ["APIConformSigning"], exclude: ["Fixtures"]),
        .testTarget(name: "APIConformLiveTests", dependencies: ["APIConformLive", "APIConformStandIn", "APIConformCore", "APIConformSigning", "APIConformReports", "CLibXML2"]),
        .testTarget(
            name: "APIConformReportsTests",
            dependencies: ["APIConformReports", "APIConformCore", "CLibXML2", "APIConformTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "APIConformCLITests",
            dependencies: ["apiconform", "APIConformReports", "APIConformCore", "CLibXML2", "APIConformTestSupport"],
            exclude: ["Scenarios"]
        ),
    ]
)
