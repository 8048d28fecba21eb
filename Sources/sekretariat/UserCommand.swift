import ArgumentParser
import Domain
import Foundation
import Storage

/// `sekretariat user list|set NAME ROLE`: who may do what (issue 16). The operator is the OS
/// account running the command; only an admin may set roles.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Pengguna dan peran: admin, operator, pembaca.",
        discussion: """
            Pengguna adalah akun sistem operasi yang menjalankan aplikasi. Pembuat basis data menjadi admin; \
            akun yang belum diberi peran hanya dapat membaca (pembaca). Hanya admin yang dapat memberi peran.
            """,
        subcommands: [UserListCommand.self, UserSetCommand.self])
}

extension Role: ExpressibleByArgument {}

struct UserListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Daftar pengguna dan perannya.")

    @OptionGroup var database: DatabaseOption

    func run() throws {
        try CLI.run {
            let store = try Store.open(path: database.resolvedPath)  // never creates
            defer { try? store.close() }
            let words = CLI.catalog.settings
            let accounts = try store.users.all()
            let width = max(4, accounts.map(\.name.count).max() ?? 0)
            for account in accounts {
                let mark = account.name == store.operatorName ? " (Anda)" : ""
                print(account.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                      + account.role.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0) + "  "
                      + words.roleDescription(account.role) + mark)
            }
            if !accounts.contains(where: { $0.name == store.operatorName }) {
                print("\(store.operatorName) (Anda) belum diberi peran: pembaca.")
            }
        }
    }
}

struct UserSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Memberi peran kepada akun (hanya admin).",
        discussion: "Contoh: sekretariat user set ana operator")

    @OptionGroup var database: DatabaseOption
    @Argument(help: "Nama akun sistem operasi.") var name: String
    @Argument(help: "admin, operator, atau pembaca.") var role: Role

    func run() throws {
        try CLI.run {
            let store = try Store.open(path: database.resolvedPath)  // never creates
            defer { try? store.close() }
            try store.users.setRole(role, for: name)
            print("\(AccountName.parse(name) ?? name): \(role.rawValue).")
        }
    }
}
