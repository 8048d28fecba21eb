import Domain
import Storage

// MARK: - Storage errors, worded here: the store returns what happened, the catalog says it.
extension Catalog {
    /// One wording per `StoreError` case, for the screens' message line and the command line's
    /// stderr alike. SQLite's own text (`.database`) is kept only inside our sentence.
    /// Said when the application opens a database it cannot write.
    public func openedReadOnly(_ cause: ReadOnlyCause) -> String {
        cause == .diskFull
            ? pick("Disk penuh: basis data dibuka hanya-baca. Kosongkan ruang disk, lalu buka lagi untuk mengubah data.",
                   "The disk is full: the database is open read-only. Free some space and open it again to change data.")
            : pick("Basis data hanya dapat dibaca (hak akses berkas): data dapat dilihat, tidak dapat diubah.",
                   "The database can only be read (file permissions): data can be viewed, not changed.")
    }

    /// Why a role was refused, and who can change it.
    func notPermittedText(_ name: String, _ role: Role, _ needs: Permission) -> String {
        let roleName = self.roleName(role)
        switch needs {
        case .edit:
            return pick("Peran \(name): \(roleName), hanya membaca; tidak ada yang diubah. Admin dapat memberi peran operator.",
                        "\(name)'s role is \(roleName), read only; nothing changed. An admin can grant the operator role.")
        case .unmask:
            return pick("Peran \(name): \(roleName); NIK lengkap hanya untuk admin dan operator.",
                        "\(name)'s role is \(roleName); full NIKs are for admins and operators only.")
        case .administer:
            return pick("Peran \(name): \(roleName); hanya admin yang boleh melakukannya. Tidak ada yang berubah.",
                        "\(name)'s role is \(roleName); only an admin may do this. Nothing changed.")
        }
    }

    public func roleName(_ role: Role) -> String {
        switch role {
        case .admin: return "admin"
        case .operator: return "operator"
        case .pembaca: return pick("pembaca", "reader")
        }
    }

    public func storeErrorText(_ error: StoreError) -> String {
        switch error {
        case .busy:
            // Short enough for the message line at 80 columns.
            return pick("Basis data sedang dipakai proses lain; tidak ada yang berubah. Coba lagi sebentar.",
                        "The database is busy in another process; nothing changed. Try again in a moment.")
        case .readOnly:
            return pick("Basis data tidak dapat ditulisi (hak akses berkas); tidak ada yang disimpan.",
                        "The database cannot be written (file permissions); nothing was saved.")
        case .notPermitted(let name, let role, let needs):
            return notPermittedText(name, role, needs)
        case .setting(let key, let error):
            return settingErrorText(key, error)
        case .lastAdmin(let name):
            return pick("\(name) adalah admin terakhir; tetapkan admin lain lebih dulu. Tidak ada yang berubah.",
                        "\(name) is the last admin; make someone else admin first. Nothing changed.")
        case .restricted:
            return pick("Pemrosesan data orang ini dibatasi (UU PDP): datanya tidak dapat diubah sampai pembatasan dicabut (b di rincian).",
                        "Processing of this person's data is restricted (UU PDP): it cannot be changed until the restriction is lifted (b in the detail).")
        case .diskFull:
            return pick("Disk penuh; tidak ada yang disimpan. Kosongkan ruang disk, lalu coba lagi.",
                        "The disk is full; nothing was saved. Free some space and try again.")
        case .damaged:
            return pick("Berkas basis data rusak. Jalankan `sekretariat check` dan pulihkan dari cadangan.",
                        "The database file is damaged. Run `sekretariat check` and restore from a backup.")
        case .ioFailure:
            return pick("Sistem gagal membaca atau menulis berkas basis data; coba lagi.",
                        "The system failed to read or write the database file; try again.")
        case .conflict:
            return pick("Data ini sudah diubah orang lain setelah Anda membukanya; tidak ada yang disimpan.",
                        "Someone else changed this record after you opened it; nothing was saved.")
        case .erased:
            return pick("Data pribadi orang ini sudah dihapus.", "This person's personal data has been erased.")
        case .notFound:
            return pick("Data ini tidak ditemukan; mungkin sudah dihapus orang lain.", "This record was not found; someone may have removed it.")
        case .invalid(let issues):
            return pick("Data tidak valid: ", "Invalid data: ") + issues.map(issueText).joined(separator: " ")
        case .needsOverride(let issues):
            return pick("Perlu alasan untuk mengabaikan peringatan: ", "A reason is needed to override: ")
                + issues.map(issueText).joined(separator: " ")
        case .fileMissing(let path):
            return pick("Berkas basis data tidak ditemukan: \(path)", "Database file not found: \(path)")
        case .fileExists(let path):
            return pick("Berkas sudah ada, tidak ditimpa: \(path)", "File already exists, not overwritten: \(path)")
        case .notADatabase(let path):
            return pick("Berkas bukan basis data sekretariat: \(path)", "Not a sekretariat database: \(path)")
        case .cannotCreate(let path, let reason):
            return pick("Tidak dapat membuat \(path): \(reason)", "Cannot create \(path): \(reason)")
        case .newerSchema(let found, let known):
            return pick("Basis data memakai skema versi \(found), lebih baru dari versi \(known) aplikasi ini. Perbarui aplikasi.",
                        "The database uses schema version \(found), newer than this application's \(known). Update the application.")
        case .olderSchemaReadOnly(let found, let known):
            return pick("Basis data memakai skema versi \(found), lebih lama dari versi \(known); buka sekali tanpa --dry-run (atau dengan aplikasinya) agar dimutakhirkan.",
                        "The database uses schema version \(found), older than \(known); open it once without --dry-run (or in the app) to bring it up to date.")
        case .positionDepartment(let kind):
            return kind.needsDepartment
                ? pick("Jabatan \(kind.rawValue) harus berada dalam bidang.", "Position \(kind.rawValue) must belong to a department.")
                : pick("Jabatan \(kind.rawValue) tidak berada dalam bidang.", "Position \(kind.rawValue) does not belong to a department.")
        case .database(let detail):
            // SQLite's own text stays for whoever reads the log; the sentence around it is ours.
            return pick("Kesalahan basis data; tidak ada yang berubah. (\(detail))", "Database error; nothing changed. (\(detail))")
        }
    }
}
