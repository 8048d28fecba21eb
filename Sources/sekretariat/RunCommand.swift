import ArgumentParser
import Foundation
import Secretariat
import Storage
import TerminalUI

/// Opens the terminal application (the default subcommand).
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Buka aplikasi (bawaan).")
    @OptionGroup var database: DatabaseOption
    @Option(help: "Bahasa antarmuka: id atau en.") var lang: String?

    /// Failures are one line `sekretariat: …` on stderr, as the other commands print them.
    func run() throws { try CLI.run(runApplication) }

    private func runApplication() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let language = Language.resolve(flag: lang, environment: environment) else {
            throw CommandFailure("bahasa tidak dikenal: \(lang ?? "") (pilih id atau en)")
        }
        // Open (or create) the database before taking over the screen, so a failure is a plain line.
        let (store, created): (Store, Bool)
        do {
            (store, created) = try Store.openOrCreateDefault(path: database.resolvedPath)
        } catch let error as StoreError {
            throw CommandFailure(Catalog(language).storeErrorText(error))
        }
        // The DPD may fix the language in Pengaturan; `--lang` still wins.
        let setting = try? store.settings.value(.interfaceLanguage)
        let catalog = Catalog(Language.resolve(flag: lang, setting: setting, environment: environment) ?? language)
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(environment: environment)
        } catch TerminalError.notATerminal {
            throw CommandFailure("harus dijalankan di terminal (stdin/stdout bukan terminal)")
        } catch TerminalError.unknownTerminalType(let name) {
            throw CommandFailure("jenis terminal tidak dikenal: TERM=\(name.isEmpty ? "(kosong)" : name); pakai mis. TERM=xterm-256color")
        } catch TerminalError.cannotAddressCursor(let name) {
            throw CommandFailure("terminal TERM=\(name) tidak dapat memindahkan kursor, jadi layar tidak dapat digambar; pakai mis. TERM=xterm-256color, screen atau tmux")
        }
        let welcome = created ? catalog.demoInstalled(store.path) : store.readOnlyCause.map(catalog.openedReadOnly)
        let app = SecretariatApp(catalog: catalog, data: store, welcome: welcome,
                                 clock: { [unowned terminal] in terminal.now }, mailbox: terminal.mailbox)
        let minimum = SecretariatApp.minimumSize
        EventLoop(terminal: terminal, minimumSize: minimum) { size in
            catalog.tooSmall((size.width, size.height), minimum: (minimum.width, minimum.height))
        }.run(app)
        terminal.close()
        try? store.close()
        // A hang-up or termination ends like the signal would, after the drafts were saved.
        if let signal = NcursesTerminal.shutdownSignal { Foundation.exit(128 + signal) }
    }
}
