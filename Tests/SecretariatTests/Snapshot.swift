import Foundation
import TerminalUI
import XCTest

/// Compares rendered screen text with a file in Tests/SecretariatTests/Snapshots.
/// `RECORD_SNAPSHOTS=1 swift test` rewrites the files and FAILS the test, so a recording run
/// is never mistaken for a pass; review the diff, then run again without it.
/// A missing file fails the test: snapshots are never recorded silently.
func assertSnapshot(_ text: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let directory = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Snapshots")
    let url = directory.appendingPathComponent(name + ".txt")
    let actual = text + "\n"
    let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    if recording {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        XCTAssertNoThrow(try actual.write(to: url, atomically: true, encoding: .utf8), file: file, line: line)
    }
    let expected = recording ? nil : try? String(contentsOf: url, encoding: .utf8)
    if let failure = snapshotFailure(name: name, expected: expected, actual: actual, recording: recording) {
        XCTFail(failure, file: file, line: line)
    }
}

/// Why a snapshot comparison fails, or nil when it passes. A recording never passes.
func snapshotFailure(name: String, expected: String?, actual: String, recording: Bool) -> String? {
    if recording { return "snapshot \(name) recorded; review it and run again without RECORD_SNAPSHOTS" }
    guard let expected else { return "snapshot \(name).txt is missing; record it with RECORD_SNAPSHOTS=1" }
    guard expected == actual else { return "snapshot \(name) differs.\n--- expected\n\(expected)--- actual\n\(actual)" }
    return nil
}

/// The screen's text and, below it, its style layer: one character per cell, ' ' plain, else
/// the hex of the attributes (1 bold, 2 reverse, 4 underline, 8 dim). So "the selection is
/// visible without colour" is part of every screen snapshot.
func assertSnapshot(_ terminal: MemoryTerminal, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    // The shared demo database lives in a folder of its own; mask its random part (same width,
    // so the style layer still lines up).
    let text = terminal.screenText.replacingOccurrences(of: TestStore.snapshotToken, with: "XXXXXXXX")
    assertSnapshot(text + "\n" + styleSeparator + "\n" + terminal.styleText, named: name, file: file, line: line)
}

let styleSeparator = "--- styles: 1 bold, 2 reverse, 4 underline, 8 dim ---"
