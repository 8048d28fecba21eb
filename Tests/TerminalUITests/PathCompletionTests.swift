import Foundation
import XCTest
@testable import TerminalUI

/// Tab completion of a path, as a shell does it.
final class PathCompletionTests: XCTestCase {
    var dir: String!

    override func setUpWithError() throws {
        dir = NSTemporaryDirectory() + "path-completion-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir + "/arsip", withIntermediateDirectories: true)
        for name in ["sensus-lahat.csv", "sensus-oki.xlsx", "alumni.csv", ".tersembunyi.csv"] {
            XCTAssertTrue(FileManager.default.createFile(atPath: dir + "/" + name, contents: Data()))
        }
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

    func testTheCommonContinuationAndTheCandidates() {
        let r = PathCompletion.complete(dir + "/sen")
        XCTAssertEqual(r.text, dir + "/sensus-")
        XCTAssertEqual(r.candidates, ["sensus-lahat.csv", "sensus-oki.xlsx"])
    }

    func testAUniqueFileOrDirectoryCompletesWhole() {
        XCTAssertEqual(PathCompletion.complete(dir + "/al"), PathCompletion.Result(text: dir + "/alumni.csv", candidates: []))
        XCTAssertEqual(PathCompletion.complete(dir + "/ar"), PathCompletion.Result(text: dir + "/arsip/", candidates: []))
    }

    func testRelativePathsHomeAndHiddenFiles() {
        XCTAssertEqual(PathCompletion.complete("al", currentDirectory: dir).text, "alumni.csv")
        XCTAssertEqual(PathCompletion.complete("~/al", home: dir).text, "~/alumni.csv")
        XCTAssertEqual(PathCompletion.complete(dir + "/").candidates, ["alumni.csv", "arsip/", "sensus-lahat.csv", "sensus-oki.xlsx"],
                       "hidden files only when a dot is typed")
        XCTAssertEqual(PathCompletion.complete(dir + "/.t").text, dir + "/.tersembunyi.csv")
        XCTAssertEqual(PathCompletion.complete(dir + "/zzz"), PathCompletion.Result(text: dir + "/zzz", candidates: []))
        XCTAssertEqual(PathCompletion.complete("/tidak/ada/x").text, "/tidak/ada/x")
    }
}
