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

    init(catalog: Catalog, data: any Repositories, now: @escaping () -> Instant) {
        self.catalog = catalog
        self.data = data
        self.now = now
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
}

/// What a view may know: words and display facts, never the store.
struct ViewContext {
    let catalog: Catalog
    /// The regencies and cities, to show names where data holds codes.
    let regions: RegionDirectory
}
