import TerminalUI

/// What screens share: the language, the message line, and (once opened) the data store.
final class AppContext {
    let catalog: Catalog
    let databasePath: String
    private(set) var message = MessageLine()

    init(catalog: Catalog, databasePath: String) {
        self.catalog = catalog
        self.databasePath = databasePath
    }

    func inform(_ text: String) { message = .info(text) }
    func succeed(_ text: String) { message = .success(text) }
    func fail(_ text: String) { message = .error(text) }
    func clearMessage() { message = MessageLine() }
}
