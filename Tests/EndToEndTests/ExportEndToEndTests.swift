import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// `sekretariat export` in the real binary: officers of a term, the org chart as text and SVG,
/// and what a mistyped term or a wrong flag says.
final class ExportEndToEndTests: XCTestCase {
    /// One demo database for the class, made by the binary itself (XCTest runs the tests one at a time).
    nonisolated(unsafe) private static var database: String?

    private func demo() throws -> (bin: String, db: String) {
        let bin = try releaseBinary()
        if let db = Self.database { return (bin, db) }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let db = dir + "/demo.sqlite"
        let (status, _, err) = try shell([bin, "demo", "--db", db])
        XCTAssertEqual(status, 0, err)
        Self.database = db
        return (bin, db)
    }

    private func export(_ arguments: String...) throws -> (status: Int32, out: String, err: String) {
        let (bin, db) = try demo()
        return try shell([bin, "export", "--db", db] + arguments)
    }

    func testOfficersOfATermNamedByItsYearOrItsName() throws {
        let r = try export("officers", "--term", "2019")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.err, "")
        let lines = r.out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "periode,kelompok,jabatan,nama,kta,nik,mulai,selesai,alasan_selesai")
        XCTAssertEqual(lines.count, 4, r.out)
        XCTAssertTrue(lines[1].hasPrefix("2019–2023,Pengurus Harian,Ketua,Hendra Saputra,16.71.000002,1671********0002,2019-04-08,"),
                      lines[1])
        XCTAssertEqual(try export("officers", "--term", "2019–2023").out, r.out)
        XCTAssertEqual(try export("officers", "--term", "2019-2023", "--format", "csv").out, r.out)
    }

    func testOfficersOfTheActiveTermByDefaultAsJSONWithHistory() throws {
        let r = try export("officers", "--format", "json", "--history")
        XCTAssertEqual(r.status, 0, r.err)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.count, 45, "the demo's 2023–2028 board: nobody has left a seat yet")
        XCTAssertEqual(rows.first { $0["jabatan"] as? String == "Ketua" }?["nama"] as? String, "Wahidin")
        XCTAssertEqual(Set(rows.compactMap { $0["kelompok"] as? String }).count, 10)
        XCTAssertTrue(rows.allSatisfy { $0["alasan_selesai"] is NSNull })
        let unmasked = try export("officers", "--term", "2023", "--unmask")
        XCTAssertTrue(unmasked.out.contains(",1671090903660002,"), "the full NIK only when asked")
    }

    func testAnUnknownTermIsOneIndonesianLineAndStatusTwo() throws {
        for command in [["officers"], ["orgchart"]] {
            let r = try export(command[0], "--term", "2030")
            XCTAssertEqual(r.status, 2)
            XCTAssertEqual(r.out, "")
            XCTAssertEqual(r.err, "sekretariat: periode tidak dikenal: 2030; yang ada: 2023–2028 (tahun 2023, ID 2), "
                           + "2019–2023 (tahun 2019, ID 1)\n")
        }
    }

    func testAFlagThatDoesNotFitTheKindIsAUsageError() throws {
        for arguments in [["members", "--term", "2023"], ["members", "--history"], ["orgchart", "--format", "csv"],
                          ["officers", "--format", "svg"], ["orgchart", "--format", "svg", "--ascii"]] {
            let (bin, db) = try demo()
            let (status, out, err) = try shell([bin, "export", "--db", db] + arguments)
            XCTAssertEqual(status, 64, "\(arguments): \(err)")
            XCTAssertEqual(out, "")
            XCTAssertTrue(err.hasPrefix("sekretariat: "), err)
        }
    }

    /// ArgumentParser's own sentences (a mistyped word, a value not among the choices, something
    /// missing) and the help's headings reach the user in Indonesian, as the rest of the command
    /// line does, with the status ArgumentParser gives them.
    func testUsageErrorsAndHelpAreIndonesian() throws {
        let bin = try releaseBinary()
        let cases: [([String], String)] = [
            (["bogus"], "sekretariat: argumen 'bogus' tidak dikenal"),
            (["report", "--format", "xml", "members-by-regency"],
             "sekretariat: nilai 'xml' tidak berlaku untuk '--format <format>'. Pilih salah satu: 'csv', 'md' atau 'html'."),
            (["export", "orgchart", "--formt", "svg"], "sekretariat: opsi '--formt' tidak dikenal. Maksudnya '--format'?"),
            (["import"], "sekretariat: argumen '<target>' belum diberikan"),
            (["export", "officers", "--term"], "sekretariat: nilai untuk '--term <term>' belum diberikan"),
        ]
        let english = ["Error", "Usage", "Unexpected", "Unknown", "invalid", "Missing", "Please", "See '", "Help:"]
        for (arguments, first) in cases {
            let (status, out, err) = try shell([bin] + arguments)
            XCTAssertEqual(status, 64, "\(arguments): \(err)")
            XCTAssertEqual(out, "", "\(arguments)")
            XCTAssertEqual(err.split(separator: "\n").first.map(String.init), first, "\(arguments)")
            XCTAssertTrue(err.contains("Penggunaan: sekretariat"), err)
            for word in english { XCTAssertFalse(err.contains(word), "\(arguments): \(word) in \(err)") }
        }
        let (status, help, _) = try shell([bin, "export", "--help"])
        XCTAssertEqual(status, 0)
        for heading in ["RINGKASAN:", "PENGGUNAAN:", "ARGUMEN:", "OPSI:", "Tampilkan bantuan ini."] {
            XCTAssertTrue(help.contains(heading), "\(heading) in \(help)")
        }
        for word in ["OVERVIEW", "USAGE", "OPTIONS", "Show help"] { XCTAssertFalse(help.contains(word), "\(word) in \(help)") }
    }

    func testTheOrgChartAsTextWithBoxDrawingOrASCII() throws {
        let r = try export("orgchart")
        XCTAssertEqual(r.status, 0, r.err)
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines[0].contains("Susunan Pengurus DPD IPSPI Sumatera Selatan"))
        XCTAssertTrue(lines[1].contains("Masa Bakti 2023–2028"), "the active term by default")
        XCTAssertTrue(r.out.contains("├─ ─ ─┤  Ketua  │"), r.out)
        XCTAssertTrue(r.out.contains("│ Wahidin │"))
        XCTAssertTrue(r.out.contains("┼"))
        let ascii = try export("orgchart", "--term", "2023", "--format", "txt", "--ascii")
        XCTAssertEqual(ascii.status, 0, ascii.err)
        XCTAssertTrue(ascii.out.unicodeScalars.allSatisfy(\.isASCII))
        XCTAssertTrue(ascii.out.contains("+- - -+  Ketua  |"), ascii.out)
        XCTAssertEqual(ascii.out.split(separator: "\n", omittingEmptySubsequences: false).count, lines.count, "the same shape")
    }

    func testTheOrgChartAsSVGIsWellFormed() throws {
        let r = try export("orgchart", "--term", "2019", "--format", "svg")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        let parser = XMLParser(data: Data(r.out.utf8))
        XCTAssertTrue(parser.parse(), "\(String(describing: parser.parserError)) at line \(parser.lineNumber)")
        for name in ["Hendra Saputra", "Rahmat Sukmajaya", "Dedi Kurniawan Saputra", "Masa Bakti 2019–2023"] {
            XCTAssertTrue(r.out.contains(">\(name)</text>"), name)
        }
    }

    func testTheHelpNamesTheNewKindAndOptions() throws {
        let (bin, _) = try demo()
        let (status, out, _) = try shell([bin, "export", "--help"])
        XCTAssertEqual(status, 0)
        for word in ["orgchart", "--term", "--history", "--ascii", "svg", "alasan_selesai"] {
            XCTAssertTrue(out.contains(word), "\(word) in:\n\(out)")
        }
    }

    // MARK: Personal data

    func testPersonExportWritesOneOwnerOnlyFileAndRefusesAnUnknownPerson() throws {
        let (bin, db) = try demo()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-person-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let file = dir + "/wahidin.json"
        let members = try shell([bin, "export", "members", "--db", db])
        let kta = try XCTUnwrap(members.1.split(separator: "\n").first { $0.contains(",Wahidin,") }?.split(separator: ",").first.map(String.init))
        let r = try shell([bin, "person", "export", kta, "--db", db, "--output", file])
        XCTAssertEqual(r.0, 0, r.2)
        XCTAssertEqual(r.1, "Data pribadi diekspor: \(file) (mode 600).\n")
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber
        XCTAssertEqual(mode?.intValue, 0o600)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        XCTAssertEqual((object["person"] as? [String: Any])?["name"] as? String, "Wahidin")
        XCTAssertFalse((object["positions"] as? [Any] ?? []).isEmpty, "the ketua's seat is in it")
        XCTAssertFalse((object["audit"] as? [Any] ?? []).isEmpty)
        let again = try shell([bin, "person", "export", kta, "--db", db, "--output", file])
        XCTAssertEqual(again.0, 2, "never over an existing file")
        let csv = try shell([bin, "person", "export", kta, "--db", db, "--format", "csv", "--output", "-"])
        XCTAssertTrue(csv.1.hasPrefix("bagian,nilai\n"), csv.1)
        XCTAssertTrue(csv.1.contains("person.name,Wahidin\n"), csv.1)
        let unknown = try shell([bin, "person", "export", "16.99.999999", "--db", db])
        XCTAssertEqual(unknown.0, 2)
        XCTAssertEqual(unknown.2, "sekretariat: tidak ada orang dengan KTA atau NIK 16.99.999999\n")
    }

    // MARK: Program Kerja

    func testActivitiesAsJSONKeepNotReportedAsNullNeverZero() throws {
        let r = try export("activities", "--format", "json")
        XCTAssertEqual(r.status, 0, r.err)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
        let y2020 = try XCTUnwrap(rows.first { $0["tahun"] as? String == "2020" })
        XCTAssertEqual(y2020["peserta_total"] as? String, "148")
        XCTAssertEqual(y2020["peserta_peksos"] as? String, "40")
        XCTAssertEqual(y2020["peserta_tks"] as? String, "128")
        XCTAssertEqual(y2020["selisih_rincian"] as? String, "+20")
        let y2021 = try XCTUnwrap(rows.first { $0["tahun"] as? String == "2021" })
        for key in ["peserta_total", "peserta_peksos", "peserta_tks"] {
            XCTAssertTrue(y2021[key] is NSNull, "\(key) of 2021 is null, not 0: \(y2021)")
        }
        XCTAssertFalse(r.out.contains("\"peserta_total\":\"0\""), r.out)
        let csv = try export("activities")
        XCTAssertTrue(csv.out.split(separator: "\n").first?.hasPrefix("tahun,tanggal,jenis,kegiatan") ?? false, csv.out)
    }

    func testProgrammesOfATermWithTargetsRealisationAndStatus() throws {
        let r = try export("programmes", "--term", "2023", "--format", "csv")
        XCTAssertEqual(r.status, 0, r.err)
        let lines = r.out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "periode,bidang,program,status,mulai,selesai,dilanjutkan_dari,sasaran,jenis,satuan,target,realisasi,persen,realisasi_terakhir")
        XCTAssertTrue(lines.contains { $0.contains("Anggota terdata,angka,orang,200,124,62,2023-05-14") }, r.out)
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.hasPrefix("2023–2028,") }, "one term only:\n\(r.out)")
        let all = try export("programmes", "--format", "json")
        XCTAssertTrue(all.out.contains("2019–2023"), "without --term, every term")
        let unknown = try export("programmes", "--term", "2030")
        XCTAssertEqual(unknown.status, 2)
    }

    // MARK: Musda

    func testTheMinutesOfASessionWithTheirHeaderAndDecisions() throws {
        let r = try export("minutes", "--musda", "2023", "--session", "3", "--format", "txt")
        XCTAssertEqual(r.status, 0, r.err)
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines.first, "NOTULEN SIDANG PLENO II: LAPORAN PERTANGGUNGJAWABAN")
        XCTAssertTrue(lines.contains("Hari/tanggal    : Minggu, 14 Mei 2023"), r.out)
        XCTAssertTrue(lines.contains("Tempat          : Palembang"), r.out)
        XCTAssertTrue(lines.contains("Pimpinan sidang : Pimpinan sidang tetap"), r.out)
        XCTAssertTrue(lines.contains("Kehadiran       : 38 peserta, 12 peninjau, 0 undangan hadir"), r.out)
        XCTAssertTrue(lines.contains("Kuorum          : 38 hadir dari 38 peserta, syarat ≥ 20 — tercapai"), r.out)
        XCTAssertTrue(r.out.contains("Ketua DPD menyampaikan LPJ 2019–2023."), r.out)
        XCTAssertTrue(lines.contains { $0.hasPrefix("- 03/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023  Penerimaan Laporan") }, r.out)
        let md = try export("minutes", "--musda", "2023", "--session", "3")
        XCTAssertTrue(md.out.hasPrefix("# NOTULEN SIDANG PLENO II"), md.out)
        XCTAssertTrue(md.out.contains("- **Tempat:** Palembang"), md.out)
    }

    func testTheAttendanceAsCSV() throws {
        let r = try export("attendance", "--musda", "2023", "--session", "3")
        XCTAssertEqual(r.status, 0, r.err)
        let lines = r.out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "no,nama,kta,unsur,asal,jam_datang,masuk,keluar")
        XCTAssertEqual(lines.count, 51, "38 delegates and 12 observers")
        XCTAssertEqual(lines.filter { $0.contains(",peserta,") }.count, 38)
        XCTAssertTrue(lines[1].hasSuffix(",10.00,"), lines[1])
    }

    func testAnUnknownMusdaOrSessionIsOneLineAndStatusTwo() throws {
        let musda = try export("attendance", "--musda", "2031")
        XCTAssertEqual(musda.status, 2)
        XCTAssertTrue(musda.err.hasPrefix("sekretariat: Musda \"2031\" tidak dikenal. Yang ada: Musda I (2023"), musda.err)
        let session = try export("minutes", "--musda", "2023", "--session", "12")
        XCTAssertEqual(session.status, 2)
        XCTAssertEqual(session.err, "sekretariat: Sesi 12 tidak ada; Musda ini punya 9 sesi (1–9).\n")
        XCTAssertEqual(try export("minutes", "--musda", "2023", "--format", "csv").status, 64, "a usage error")
    }

    /// Issue 12: the whole record of Musda I, its outcome included, in one JSON file.
    func testTheWholeMusdaRecordAsJSON() throws {
        let r = try export("musda", "--musda", "2023", "--format", "json")
        XCTAssertEqual(r.status, 0, r.err)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let header = try XCTUnwrap(json["musda"] as? [String: Any])
        XCTAssertEqual(header["judul"] as? String, "Musda I")
        XCTAssertEqual((json["sesi"] as? [Any])?.count, 9)
        XCTAssertEqual((json["daftar_hadir"] as? [Any])?.count, 50)
        let lpj = try XCTUnwrap(json["lpj"] as? [String: Any])
        XCTAssertEqual(lpj["putusan"] as? String, "diterima_dengan_catatan")
        XCTAssertEqual(lpj["keputusan"] as? String, "03/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023")
        let election = try XCTUnwrap((json["pemilihan"] as? [[String: Any]])?.first)
        XCTAssertEqual(election["terpilih"] as? String, "Wahidin")
        // What a signed berita acara of the election needs: date, session, pimpinan sidang, time, saksi.
        XCTAssertEqual(election["tanggal"] as? String, "2023-05-14")
        XCTAssertEqual(election["sesi"] as? String, "Sidang Pleno IV: Pemilihan Ketua")
        XCTAssertEqual(election["pimpinan_sidang"] as? [String], ["Pimpinan sidang tetap"])
        XCTAssertEqual(election["pukul"] as? String, "16.10")
        XCTAssertEqual((election["saksi"] as? [String])?.count, 2)
        XCTAssertEqual(election["surat_suara"] as? Int, 38)
        XCTAssertEqual(election["terhitung"] as? Int, 38)
        XCTAssertEqual((election["calon"] as? [[String: Any]])?.compactMap { $0["suara"] as? Int }, [29, 8])
        XCTAssertEqual((election["peringatan"] as? [Any])?.count, 0)
        XCTAssertEqual(((json["formatur"] as? [String: Any])?["anggota"] as? [Any])?.count, 5)
        XCTAssertEqual((json["keputusan"] as? [[String: Any]])?.compactMap { $0["nomor"] as? Int }, [1, 2, 3, 4, 5])
        XCTAssertFalse(r.out.contains("1671"), "no NIK in the record")
        XCTAssertEqual(try export("musda", "--musda", "2023").out, r.out, "json is the default, and the output is stable")

        let csv = try export("musda", "--musda", "2023", "--format", "csv")
        XCTAssertEqual(csv.status, 64)
        XCTAssertTrue(csv.err.contains("diekspor sebagai json"), csv.err)
        let none = try export("musda")
        XCTAssertTrue(none.err.contains("--musda wajib"), none.err)
    }
}
