import XCTest
final class SecretariatPlaceholderTests: XCTestCase { func testPlaceholder() { XCTAssertEqual(1, 1) } }
