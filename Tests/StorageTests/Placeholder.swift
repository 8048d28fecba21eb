import XCTest
final class StoragePlaceholderTests: XCTestCase { func testPlaceholder() { XCTAssertEqual(1, 1) } }
