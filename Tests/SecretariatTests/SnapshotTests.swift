import XCTest

/// The snapshot rule itself: a recording run must fail, so it is never mistaken for a pass.
final class SnapshotTests: XCTestCase {
    func testRecordingNeverPasses() {
        XCTAssertNotNil(snapshotFailure(name: "x", expected: "a\n", actual: "a\n", recording: true))
    }

    func testMissingAndDifferentFailEqualPasses() {
        XCTAssertNotNil(snapshotFailure(name: "x", expected: nil, actual: "a\n", recording: false))
        XCTAssertNotNil(snapshotFailure(name: "x", expected: "a\n", actual: "b\n", recording: false))
        XCTAssertNil(snapshotFailure(name: "x", expected: "a\n", actual: "a\n", recording: false))
    }
}
