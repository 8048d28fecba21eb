import Foundation
import XCTest

/// Compares rendered screen text with a file in Tests/SecretariatTests/Snapshots.
/// `RECORD_SNAPSHOTS=1 swift test` rewrites the files; review the diff before committing.
/// A missing file fails the test: snapshots are never recorded silently.
func assertSnapshot(_ text: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let directory = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Snapshots")
    let url = directory.appendingPathComponent(name + ".txt")
    let actual = text + "\n"
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        XCTAssertNoThrow(try actual.write(to: url, atomically: true, encoding: .utf8), file: file, line: line)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("snapshot \(name).txt is missing; record it with RECORD_SNAPSHOTS=1", file: file, line: line)
        return
    }
    if expected != actual {
        XCTFail("snapshot \(name) differs.\n--- expected\n\(expected)--- actual\n\(actual)", file: file, line: line)
    }
}
