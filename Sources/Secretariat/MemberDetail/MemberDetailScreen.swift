import Domain
import Foundation
import Storage
import TerminalUI

/// Anggota › Detail: everything the secretariat holds about one person, in sections that
/// scroll. The NIK stays masked until the user asks for it (UU PDP); an erased person shows
/// only the tombstone and the audit trail.
struct MemberDetailScreen: Screen {
    let personId: Int64
    /// Nil until loaded, and when the person does not exist.
    private(set) var detail: PersonDetail?
    /// The content in sections, built when the data or the NIK choice changes (not per frame).
    private(set) var sections: [DetailSection] = []
    private(set) var revealNIK = false
    /// First content line shown.
    private(set) var scroll = 0
    /// The content area, as the shell last reported it.
    private(set) var size = Size(width: 80, height: 21)
    /// Audit times are shown in this zone (the user's, unless a test fixes it).
    let timeZone: TimeZone
    private(set) var today: LocalDate?

    init(personId: Int64, timeZone: TimeZone = .current) {
        self.personId = personId
        self.timeZone = timeZone
    }

    func title(_ catalog: Catalog) -> String { catalog.memberDetail.title }

    var isErased: Bool { detail?.person.isErased ?? false }

    /// Reads the person again (after the form saved, or at first show).
    mutating func load(_ context: AppContext) {
        do {
            detail = try context.data.people.detail(personId: personId)
            today = context.data.today
            if detail == nil { context.fail(context.catalog.memberDetail.notFound) }
        } catch {
            detail = nil
            context.fail(error)
        }
        rebuild(context.catalog, regions: context.data.regions)
    }

    mutating func rebuild(_ catalog: Catalog, regions: RegionDirectory) {
        guard let detail else { sections = []; return }
        sections = DetailContent(catalog: catalog, regions: regions, timeZone: timeZone, today: today)
            .sections(detail, revealNIK: revealNIK)
    }

    /// Shows or masks the NIK. Showing it is audited first; when that cannot be recorded the
    /// NIK stays masked (DOMAIN.md §6).
    /// False (with the reason shown) when it could not be shown.
    @discardableResult
    mutating func toggleNIK(_ context: AppContext) -> Bool {
        if !revealNIK, let id = detail?.person.id {
            do { try context.data.people.recordNIKShown(personId: id) } catch { context.fail(error); return false }
        }
        revealNIK.toggle()
        rebuild(context.catalog, regions: context.data.regions)
        return true
    }

    mutating func setScroll(_ value: Int) { scroll = value }
    mutating func setSize(_ value: Size) { size = value }

    /// Rows of content below the fixed top line.
    static func pageHeight(contentHeight: Int) -> Int { max(1, contentHeight - 1) }
}
