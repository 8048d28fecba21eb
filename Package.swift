// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sekretariat",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sekretariat", targets: ["sekretariat"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // Reading the spreadsheets people send (issue 13): CSV with every quirk, and XLSX's zip.
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // The only C in the project: a module map and a shim over ncursesw.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // Terminal toolkit: knows nothing of members or Musda.
        .target(name: "TerminalUI", dependencies: ["CNcursesw"]),
        // Pure domain: value types, validation, formatting. No I/O.
        .target(name: "Domain"),
        // Shipped data files (regions, templates, demo organisation), embedded in the binary.
        .target(name: "Assets", path: "assets", exclude: ["README.md"], resources: [.embedInCode("data")]),
        // GRDB-backed storage behind protocols.
        .target(name: "Storage", dependencies: [
            "Domain", "Assets",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "CSV", package: "CSV.swift"),
            "ZIPFoundation",
        ]),
        // Documents the secretariat produces: the org chart (text and SVG), papers in DOCX, HTML, Markdown and PDF.
        .target(name: "Documents", dependencies: ["Domain", "Storage", "ZIPFoundation"]),
        // The screens.
        .target(name: "Secretariat", dependencies: ["TerminalUI", "Domain", "Storage", "Documents"]),
        // Thin executable: argument parsing and wiring.
        .executableTarget(name: "sekretariat", dependencies: [
            "Secretariat", "Storage", "Domain", "TerminalUI", "Documents",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        // The seeded generator the fuzz suites share (Tests/FuzzSupport).
        .target(name: "FuzzSupport", path: "Tests/FuzzSupport"),
        .testTarget(name: "DomainTests", dependencies: ["Domain", "FuzzSupport"]),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "Domain", "FuzzSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "Storage", "Domain", "ZIPFoundation"]),
        .testTarget(name: "SecretariatTests", dependencies: ["Secretariat", "TerminalUI", "Storage", "Domain", "Documents", "FuzzSupport"],
                    exclude: ["Snapshots"]),
        // Drives the real release binary in tmux: a real terminal emulator and real ncurses.
        .testTarget(name: "EndToEndTests", dependencies: ["FuzzSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
