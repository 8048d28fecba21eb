import Domain
import Storage
import TerminalUI

/// What screens share in `update`: the language, the data, the message line and the clock.
final class AppContext {
    let catalog: Catalog
    /// The data, through the repositories seam (never the concrete `Store`).
    let data: any Repositories
    /// The loop's clock, for timers.
    let now: () -> Instant
    private(set) var message = MessageLine()
    /// The operator's role, read at start and again before each key: an admin's change in
    /// another process counts from the next key, and a frame never costs a query.
    private(set) var role: Role

    init(catalog: Catalog, data: any Repositories, now: @escaping () -> Instant) {
        self.catalog = catalog
        self.data = data
        self.now = now
        role = data.role
    }

    func refreshRole() { role = data.role }

    /// Whether the operator may do `permission` here (role and file both allow it).
    func may(_ permission: Permission) -> Bool { !data.isReadOnly && role.allows(permission) }

    /// Why `permission` is refused, in the interface language.
    func refusal(_ permission: Permission) -> String {
        data.isReadOnly ? catalog.readOnlyRefusal
            : catalog.notPermittedText(data.operatorName, role, permission)
    }

    var view: ViewContext { ViewContext(catalog: catalog, regions: data.regions) }

    func inform(_ text: String) { message = .info(text) }
    func succeed(_ text: String) { message = .success(text) }
    func fail(_ text: String) { message = .error(text) }
    func clearMessage() { message = MessageLine() }

    /// Shows a storage failure in the interface language.
    func fail(_ error: Error) {
        fail(catalog.errorText(error))
    }

    /// A rule's refusal as its own sentences (`LPJ ini sudah diputus…`), without the generic
    /// "Data tidak valid:" in front; any other failure as `fail(_:)` words it.
    func refuse(_ error: Error) {
        if case StoreError.invalid(let issues) = error {
            fail(issues.map(catalog.issueText).joined(separator: " "))
        } else {
            fail(error)
        }
    }
}

/// What a view may know: words and display facts, never the store.
struct ViewContext {
    let catalog: Catalog
    /// The regencies and cities, to show names where data holds codes.
    let regions: RegionDirectory
}
