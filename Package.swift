// swift-tools-version: 6.1
import PackageDescription

// Layout: Sources/ClaimsCore holds the model, ingestion, extraction API, alignment, checking API,
// pipeline and report; Plugins/ holds each built-in extractor or checker module as its own target;
// Sources/ClaimsHost holds the module registry and the command-line host; Sources/claims is the
// executable. Tests/ mirrors that layout.

let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "claims",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "claims", targets: ["claims"]),
        .library(name: "ClaimsCore", targets: ["ClaimsCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The browser workbench (`claims serve`) and its templates; `claims report` shares the templates.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // The shared ledger on a PostgreSQL server (`--ledger postgres://...`).
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // Reviewer accounts' passwords, kept as bcrypt hashes.
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "ClaimsCore",
            dependencies: ["CLibXML2", .product(name: "Yams", package: "Yams")],
            path: "Sources/ClaimsCore",
            swiftSettings: strict
        ),

        // Built-in modules: one target each, listed in ClaimsHost's ModuleRegistry.

        .target(
            name: "QuantityExtractor",
            dependencies: ["ClaimsCore"],
            path: "Plugins/QuantityExtractor",
            swiftSettings: strict
        ),

        .target(
            name: "MultiplierRankExtractor",
            dependencies: ["ClaimsCore"],
            path: "Plugins/MultiplierRankExtractor",
            swiftSettings: strict
        ),
        .target(
            name: "IdentifierExtractor",
            dependencies: ["ClaimsCore"],
            path: "Plugins/IdentifierExtractor",
            swiftSettings: strict
        ),
        .target(
            name: "DateExtractor",
            dependencies: ["ClaimsCore"],
            path: "Plugins/DateExtractor",
            swiftSettings: strict
        ),

        .target(
            name: "EvidenceScorer",
            dependencies: ["ClaimsCore"],
            path: "Plugins/EvidenceScorer",
            swiftSettings: strict
        ),

        .target(
            name: "FigureChecker",
            dependencies: ["ClaimsCore"],
            path: "Plugins/FigureChecker",
            swiftSettings: strict
        ),
        .target(
            name: "PercentageChecker",
            dependencies: ["ClaimsCore"],
            path: "Plugins/PercentageChecker",
            swiftSettings: strict
        ),
        .target(
            name: "DateChecker",
            dependencies: ["ClaimsCore"],
            path: "Plugins/DateChecker",
            swiftSettings: strict
        ),
        .target(
            name: "IdentifierChecker",
            dependencies: ["ClaimsCore"],
            path: "Plugins/IdentifierChecker",
            swiftSettings: strict
        ),

        // The claims ledger: an append-only, hash-chained history in SQLite or on PostgreSQL.
        .target(
            name: "ClaimsLedger",
            dependencies: [
                "ClaimsCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Sources/ClaimsLedger",
            swiftSettings: strict
        ),

        // Review: the views of the ledger and the sources (HTML, Markdown, SVG) and the web server.
        .target(
            name: "ClaimsReview",
            dependencies: [
                "ClaimsCore",
                "ClaimsLedger",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Sources/ClaimsReview",
            swiftSettings: strict
        ),

        // Spawning module processes: a group of their own, a clean signal mask, and a reaper that
        // stops their groups when the host dies, however it dies.
        .target(
            name: "CProcessSpawn",
            path: "Sources/CProcessSpawn"
        ),

        .target(
            name: "ClaimsHost",
            dependencies: [
                "CProcessSpawn",
                "ClaimsCore",
                "ClaimsLedger",
                "ClaimsReview",
                "QuantityExtractor",
                "MultiplierRankExtractor",
                "DateExtractor",
                "IdentifierExtractor",
                "EvidenceScorer",
                "FigureChecker",
                "PercentageChecker",
                "DateChecker",
                "IdentifierChecker",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/ClaimsHost",
            swiftSettings: strict
        ),
        .executableTarget(
            name: "claims",
            dependencies: ["ClaimsHost"],
            path: "Sources/claims",
            swiftSettings: strict
        ),

        // What the test targets share: running the `claims` binary as a child, and a headless
        // Chromium driver (Tests/ClaimsTestSupport/Chromium.swift) for browser tests.
        .target(
            name: "ClaimsTestSupport",
            path: "Tests/ClaimsTestSupport",
            swiftSettings: strict
        ),
        .testTarget(
            name: "ClaimsCoreTests",
            dependencies: ["ClaimsCore", "ClaimsTestSupport", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "QuantityExtractorTests",
            dependencies: ["QuantityExtractor", "MultiplierRankExtractor", "ClaimsCore"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ExtractorFuzzTests",
            dependencies: ["QuantityExtractor", "MultiplierRankExtractor", "DateExtractor", "ClaimsCore", "ClaimsTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "IdentifierExtractorTests",
            dependencies: ["IdentifierExtractor", "ClaimsCore"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "DateExtractorTests",
            dependencies: ["DateExtractor", "ClaimsCore", "ClaimsTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "CheckingTests",
            dependencies: ["ClaimsCore", "FigureChecker", "PercentageChecker", "DateChecker", "IdentifierChecker", "EvidenceScorer",
                           "QuantityExtractor", "MultiplierRankExtractor", "DateExtractor", "IdentifierExtractor"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ClaimsLedgerTests",
            dependencies: ["ClaimsLedger", "ClaimsCore", "ClaimsTestSupport", "claims", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ExternalModuleTests",
            dependencies: ["ClaimsHost", "ClaimsCore", "ClaimsTestSupport", "claims"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ClaimsReviewTests",
            dependencies: ["ClaimsReview", "ClaimsLedger", "ClaimsCore", "ClaimsTestSupport", "claims",
                           .product(name: "HummingbirdTesting", package: "hummingbird")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ClaimsHostTests",
            dependencies: ["ClaimsHost", "ClaimsCore", "ClaimsTestSupport", "claims"],
            swiftSettings: strict
        ),
    ]
)
