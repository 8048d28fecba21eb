import XCTest
final class DomainPlaceholderTests: XCTestCase { func testPlaceholder() { XCTAssertEqual(1, 1) } }
