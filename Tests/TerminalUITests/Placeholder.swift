import XCTest
final class TerminalUIPlaceholderTests: XCTestCase { func testPlaceholder() { XCTAssertEqual(1, 1) } }
