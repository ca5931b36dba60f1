// swift-tools-version:6.1
// The benchmark suite, a separate package so the main build and CI do not pay for it.
// Run it with `scripts/benchmark` from the repository root.
import PackageDescription

let package = Package(
    name: "APIConformBenchmarks",
    platforms: [.macOS(.v13)],
    // The repository root under a fixed name: a path package is known by its folder name, and a clone may be called anything.
    dependencies: [.package(path: ".deps/APIConform")],
    targets: [
        .executableTarget(
            name: "apiconform-bench",
            dependencies: [
                .product(name: "APIConformCore", package: "APIConform"),
                .product(name: "APIConformLive", package: "APIConform"),
                .product(name: "APIConformStandIn", package: "APIConform"),
                .product(name: "APIConformSynthesis", package: "APIConform"),
            ],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        ),
    ]
)
