import Domain
import Storage

/// A paper ready to be numbered and drawn: what the register needs to give or find its
/// number, and how to draw it once the number and date are known.
public struct PaperPlan {
    public var request: DocumentRequest
    /// Draws the paper with its number (nil: no number, e.g. a bundle of decrees numbered one
    /// by one) and its date (the date it was first issued).
    public var draw: (_ number: String?, _ date: LocalDate) throws -> Paper

    public init(request: DocumentRequest, draw: @escaping (_ number: String?, _ date: LocalDate) throws -> Paper) {
        self.request = request
        self.draw = draw
    }
}

/// Why a paper cannot be made from the record as it stands; worded by the caller's catalog.
public enum PaperRefusal: Error, Equatable, Sendable {
    /// The Musda has no session numbered so (1-based), or none at all.
    case noSuchSession(Int, available: Int)
    case noElection
    case noReport
    case noDecisions
    /// The term has no seats filled: an SK of an empty board.
    case emptyBoard(String)
    case noSuchTerm
    /// The logo file Pengaturan names cannot be read, or is not a PNG or JPEG.
    case logoUnreadable(String)
    case logoNotAnImage(String)
}
