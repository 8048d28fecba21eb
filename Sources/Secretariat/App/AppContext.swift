import Storage
import TerminalUI

/// What screens share: the language, the message line, and the data store.
final class AppContext {
    let catalog: Catalog
    let store: Store
    var databasePath: String { store.path }
    private(set) var message = MessageLine()
    /// The person a form just saved; the list re-anchors on them when it comes back to the top.
    var lastSavedPersonId: Int64?

    init(catalog: Catalog, store: Store) {
        self.catalog = catalog
        self.store = store
    }

    func inform(_ text: String) { message = .info(text) }
    func succeed(_ text: String) { message = .success(text) }
    func fail(_ text: String) { message = .error(text) }
    func clearMessage() { message = MessageLine() }

    /// Shows a storage failure in the interface language.
    func fail(_ error: Error) {
        if let storeError = error as? StoreError {
            fail(catalog.language == .indonesian ? storeError.indonesian : storeError.english)
        } else {
            fail(catalog.unexpectedError("\(error)"))
        }
    }
}
