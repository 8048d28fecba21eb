import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

/// The import engine (issue 13): every row's fate before anything is written, one transaction,
/// nothing doubled on re-import, a batch undone whole.
final class ImportEngineTests: StoreTestCase {
    func fixture(_ name: String) -> String { ImportFileTests.fixtures.appendingPathComponent(name).path }

    func preview(_ file: String, _ target: ImportTarget = .census, source: String = "uji") throws -> ImportPreview {
        let table = try SpreadsheetFile.read(path: fixture(file))
        return try store.imports.preview(table, target: target, mapping: HeaderSynonyms.automaticMapping(headers: table.headers, target: target),
                                         source: source, fileName: file, progress: ImportProgress())
    }

    func count(_ table: String) throws -> Int { try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table)")! } }

    func testThreeBadRowsAreNamedWithRowColumnAndReason() throws {
        let p = try preview("three-bad-rows.csv")
        XCTAssertEqual(p.rows.map(\.kind), [.new, .error, .new, .error, .error])
        let errors = p.rows.filter { $0.kind == .error }
        XCTAssertEqual(errors.map(\.row.number), [3, 5, 6])
        XCTAssertEqual(errors[0].row.errors, [ImportProblem(column: 1, field: .nik, kind: .value(.nik(.wrongLength(5))))])
        XCTAssertEqual(errors[1].row.errors, [ImportProblem(column: 0, field: .name, kind: .missing)])
        XCTAssertEqual(errors[2].row.errors, [ImportProblem(column: 3, field: .birthDate, kind: .value(.dateInvalid))])
        XCTAssertEqual(try count("census_record"), 0, "a preview writes nothing")
    }

    func testCommitThenReimportIsAllSameThenUndoRemovesTheBatch() throws {
        let first = try preview("three-bad-rows.csv")
        let batch = try XCTUnwrap(store.imports.commit(first, decisions: [:], progress: ImportProgress()))
        XCTAssertEqual([batch.created, batch.updated, batch.unchanged, batch.failed], [2, 0, 0, 3])
        XCTAssertEqual(try count("census_record"), 2)
        let records = try store.census.records(batch: nil)
        XCTAssertEqual(Set(records.map(\.importBatchId)), [batch.id])
        XCTAssertEqual(Set(records.map(\.source)), ["uji"])
        XCTAssertEqual(try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit WHERE entity = 'import_batch'") }, 1,
                       "one audit entry for the batch")

        let again = try preview("three-bad-rows.csv")
        XCTAssertEqual(again.rows.map(\.kind), [.same, .error, .same, .error, .error])
        XCTAssertNil(try store.imports.commit(again, decisions: [:], progress: ImportProgress()), "nothing to write: no batch")
        XCTAssertEqual(try count("census_record"), 2)

        try store.imports.undo(batchId: batch.id)
        XCTAssertEqual(try count("census_record"), 0)
        XCTAssertNotNil(try store.imports.batches().first?.undoneAt)
        XCTAssertThrowsError(try store.imports.undo(batchId: batch.id)) { XCTAssertEqual($0 as? UndoRefusal, .alreadyUndone) }
    }

    func testADifferingFieldIsAnUpdateWithOldAndNewAndUndoRestoresIt() throws {
        let dir = directory!
        try "Nama Lengkap,NIK,Kab/Kota,No HP\nBudi,1671011505850001,Palembang,081211112222\n".write(toFile: dir + "/a.csv", atomically: true, encoding: .utf8)
        try "Nama Lengkap,NIK,Kab/Kota,No HP\nBudi,1671011505850001,Lahat,\n".write(toFile: dir + "/b.csv", atomically: true, encoding: .utf8)
        func previewFile(_ path: String) throws -> ImportPreview {
            let t = try SpreadsheetFile.read(path: path)
            return try store.imports.preview(t, target: .census, mapping: HeaderSynonyms.automaticMapping(headers: t.headers, target: .census),
                                             source: "uji", fileName: path, progress: ImportProgress())
        }
        _ = try store.imports.commit(try previewFile(dir + "/a.csv"), decisions: [:], progress: ImportProgress())
        let second = try previewFile(dir + "/b.csv")
        XCTAssertEqual(second.rows.map(\.kind), [.update])
        XCTAssertEqual(second.rows[0].changes, [ImportFieldChange(field: .regency, old: "1671", new: "1604")],
                       "a blank phone never clears the stored one")
        let batch = try XCTUnwrap(store.imports.commit(second, decisions: [:], progress: ImportProgress()))
        XCTAssertEqual(try store.census.records(batch: nil).map(\.regency), ["1604"])
        try store.imports.undo(batchId: batch.id)
        XCTAssertEqual(try store.census.records(batch: nil).map(\.regency), ["1671"])
        XCTAssertEqual(try store.census.records(batch: nil).map(\.phone), ["081211112222"])
    }

    func testAWorkbookWithSerialDatesAndANumericNIK() throws {
        let p = try preview("sensus-serial-dates.xlsx")
        XCTAssertEqual(p.table.sheet, "Sensus")
        XCTAssertEqual(p.rows.map(\.row.number), [2, 3, 5, 6], "row 4 is empty in the sheet; the numbers stay the sheet's")
        XCTAssertEqual(p.rows[0].kind, .new)
        XCTAssertEqual(p.rows[0].row.values[.nik], "1671014505900001", "a NIK stored as a number keeps every digit")
        XCTAssertEqual(p.rows[0].row.values[.birthDate], "2023-05-14", "serial 45060 in a date style")
        XCTAssertEqual(p.rows[0].row.values[.regency], "1671")
        XCTAssertEqual(p.rows.map(\.kind), [.new, .error, .new, .error])
    }

    func testDuplicateNIKsInOneFile() throws {
        let p = try preview("duplicate-nik.csv")
        XCTAssertEqual(p.rows.map(\.kind), [.new, .error])
        XCTAssertEqual(p.rows[1].row.errors, [ImportProblem(column: 1, field: .nik, kind: .repeatsRow(2))])
    }

    func testTitlesAndApostrophesDoNotHideAPossibleDuplicate() throws {
        _ = try store.imports.commit(try preview("titles.csv"), decisions: [:], progress: ImportProgress())
        let dir = directory!
        try "Nama Lengkap,Tgl Lahir,Kab/Kota,Instansi\nBudi Santoso,15/05/1985,Palembang,Dinsos\nMARUF SITI,14/05/1990,OKUT,\nSiti Maruf,14/05/1990,OKUT,\n"
            .write(toFile: dir + "/c.csv", atomically: true, encoding: .utf8)
        let t = try SpreadsheetFile.read(path: dir + "/c.csv")
        let p = try store.imports.preview(t, target: .census, mapping: HeaderSynonyms.automaticMapping(headers: t.headers, target: .census),
                                          source: "uji", fileName: "c.csv", progress: ImportProgress())
        XCTAssertEqual(p.rows[0].kind, .duplicate, "Dr. Budi Santoso, S.Sos., M.Kesos with the same birth date")
        XCTAssertEqual(p.rows[0].candidates.map(\.name), ["Dr. Budi Santoso, S.Sos., M.Kesos"])
        XCTAssertEqual(p.rows[1].kind, .new, "the words in another order are another name")
        XCTAssertEqual(p.rows[2].kind, .same, "Siti Ma'ruf and Siti Maruf meet; nothing else differs")

        // Decided: the first is the stored Budi (its workplace is added); nothing else written.
        let id = p.rows[0].candidates[0].id
        let batch = try XCTUnwrap(store.imports.commit(p, decisions: [2: .merge(id)], progress: ImportProgress()))
        XCTAssertEqual([batch.created, batch.updated], [1, 1])
        XCTAssertEqual(try store.census.records(batch: nil).first { $0.id == id }?.workplace, "Dinsos")
    }

    /// A merge never replaces a stored NIK (DOMAIN.md §3: a NIK is never reissued): the commit
    /// skips it whatever decision it is handed; the screen refuses the decision first.
    func testAMergeThatWouldReplaceAStoredNIKIsSkipped() throws {
        let dir = directory!
        try "Nama Lengkap,NIK,Tgl Lahir,Kab/Kota\nTanpa Nol,1671011505850001,15/05/1985,Palembang\n"
            .write(toFile: dir + "/a.csv", atomically: true, encoding: .utf8)
        try "Nama Lengkap,NIK,Tgl Lahir,Kab/Kota\nTanpa Nol,1671011505850999,15/05/1985,Palembang\n"
            .write(toFile: dir + "/b.csv", atomically: true, encoding: .utf8)
        _ = try store.imports.commit(try previewFile(dir + "/a.csv", .census), decisions: [:], progress: ImportProgress())
        let p = try previewFile(dir + "/b.csv", .census)
        XCTAssertEqual(p.rows[0].kind, .duplicate)
        let candidate = try XCTUnwrap(p.rows[0].candidates.first)
        XCTAssertTrue(candidate.replacesStoredNIK)
        XCTAssertNil(try store.imports.commit(p, decisions: [2: .merge(candidate.id)], progress: ImportProgress()), "nothing to write")
        XCTAssertEqual(try store.census.records(batch: nil).first { $0.id == candidate.id }?.nik, "1671011505850001")
    }

    func testUndecidedDuplicatesAreSkipped() throws {
        _ = try store.imports.commit(try preview("titles.csv"), decisions: [:], progress: ImportProgress())
        try "Nama Lengkap,Tgl Lahir,Kab/Kota,Instansi\nBudi Santoso,15/05/1985,Palembang,Dinsos\n".write(toFile: directory + "/d.csv", atomically: true, encoding: .utf8)
        let t = try SpreadsheetFile.read(path: directory + "/d.csv")
        let p = try store.imports.preview(t, target: .census, mapping: HeaderSynonyms.automaticMapping(headers: t.headers, target: .census),
                                          source: "uji", fileName: "d.csv", progress: ImportProgress())
        XCTAssertNil(try store.imports.commit(p, decisions: [:], progress: ImportProgress()))
        let created = try XCTUnwrap(store.imports.commit(p, decisions: [2: .createNew], progress: ImportProgress()))
        XCTAssertEqual(created.created, 1)
        XCTAssertEqual(try count("census_record"), 3)
    }

    func testUndoIsRefusedOnceARecordWasChangedSince() throws {
        let batch = try XCTUnwrap(store.imports.commit(try preview("titles.csv"), decisions: [:], progress: ImportProgress()))
        var record = try XCTUnwrap(store.census.records(batch: nil).first)
        record.regency = "1604"
        try store.census.save(record)
        XCTAssertThrowsError(try store.imports.undo(batchId: batch.id)) {
            guard case .changedSince(let row, _)? = $0 as? UndoRefusal else { return XCTFail("\($0)") }
            XCTAssertEqual(row, 2)
        }
        XCTAssertEqual(try count("census_record"), 2, "a refused undo changes nothing")
    }

    func testAnOlderBatchWaitsForTheNewerOne() throws {
        let dir = directory!
        try "Nama Lengkap,NIK,Kab/Kota\nBudi,1671011505850001,Palembang\n".write(toFile: dir + "/a.csv", atomically: true, encoding: .utf8)
        try "Nama Lengkap,NIK,Kab/Kota\nBudi,1671011505850001,Lahat\n".write(toFile: dir + "/b.csv", atomically: true, encoding: .utf8)
        func run(_ path: String) throws -> ImportBatch {
            let t = try SpreadsheetFile.read(path: path)
            let p = try store.imports.preview(t, target: .census, mapping: HeaderSynonyms.automaticMapping(headers: t.headers, target: .census),
                                              source: "uji", fileName: path, progress: ImportProgress())
            return try XCTUnwrap(store.imports.commit(p, decisions: [:], progress: ImportProgress()))
        }
        let older = try run(dir + "/a.csv"), newer = try run(dir + "/b.csv")
        XCTAssertThrowsError(try store.imports.undo(batchId: older.id)) { XCTAssertEqual($0 as? UndoRefusal, .newerBatch(newer.id)) }
        try store.imports.undo(batchId: newer.id)
        try store.imports.undo(batchId: older.id)
        XCTAssertEqual(try count("census_record"), 0)
    }

    func testACancelledCommitWritesNothing() throws {
        let p = try preview("three-bad-rows.csv")
        XCTAssertThrowsError(try store.imports.commit(p, decisions: [:], progress: ImportProgress(isCancelled: { true }))) {
            XCTAssertTrue($0 is ImportCancelled)
        }
        XCTAssertEqual(try count("census_record"), 0)
        XCTAssertEqual(try count("import_batch"), 0)
    }

    func testAChangeBetweenPreviewAndCommitWritesNothing() throws {
        let p = try preview("three-bad-rows.csv")
        try store.census.save(CensusRecord(batch: "tangan", regency: "1671", name: "Baik Satu", source: "tangan", birthDate: LocalDate(year: 1980, month: 2, day: 1)))
        XCTAssertThrowsError(try store.imports.commit(p, decisions: [:], progress: ImportProgress())) { XCTAssertTrue($0 is ImportStale) }
        XCTAssertEqual(try count("census_record"), 1)
    }

    func testMembersBecomePeopleWithAnActiveMembershipAndTheirBatch() throws {
        let p = try preview("place-and-date.csv", .members)
        XCTAssertEqual(p.rows.map(\.kind), [.new])
        let batch = try XCTUnwrap(store.imports.commit(p, decisions: [:], progress: ImportProgress()))
        let row = try XCTUnwrap(store.read { try Row.fetchOne($0, sql: "SELECT p.*, m.status FROM person p JOIN membership m ON m.person_id = p.id") })
        XCTAssertEqual(row["name"] as String, "Rina")
        XCTAssertEqual(row["birth_place"] as String, "Palembang")
        XCTAssertEqual(row["birth_date"] as String, "1991-06-03")
        XCTAssertEqual(row["sex"] as String, "P")
        XCTAssertEqual(row["domicile_regency"] as String, "1671")
        XCTAssertEqual(row["status"] as String, "aktif")
        XCTAssertEqual(row["import_batch_id"] as Int64, batch.id)
        XCTAssertEqual(row["source"] as String, "uji")
        XCTAssertEqual(try store.members.members(MemberQuery(search: "rina"), page: .first, limit: 5).map(\.name), ["Rina"], "searchable in the member list")
        XCTAssertEqual(try preview("place-and-date.csv", .members).rows.map(\.kind), [.same])
        try store.imports.undo(batchId: batch.id)
        XCTAssertEqual(try count("person"), 0)
        XCTAssertEqual(try count("membership"), 0)
    }

    func testACensusRowIsLinkedWhenItsPersonJoinsAndUnlinkedWhenThatImportIsUndone() throws {
        _ = try store.imports.commit(try preview("bom-comma.csv"), decisions: [:], progress: ImportProgress())
        let members = try XCTUnwrap(store.imports.commit(try preview("bom-comma.csv", .members), decisions: [:], progress: ImportProgress()))
        let personId = try XCTUnwrap(store.read { try Int64.fetchOne($0, sql: "SELECT id FROM person") })
        XCTAssertEqual(try store.census.records(batch: nil).first?.personId, personId)
        XCTAssertEqual(try store.census.records(batch: nil).first?.outcome, .matched)
        XCTAssertEqual(try store.census.coverage().first { $0.regency.code == "1671" }?.recordedMembers, 1)
        try store.imports.undo(batchId: members.id)
        XCTAssertNil(try store.census.records(batch: nil).first?.personId)
        XCTAssertEqual(try count("census_record"), 1, "the census row stays")
    }

    func testErasingAPersonErasesTheCensusRowsThatCarryTheirNIKUnlinked() throws {
        // Found in the census first (nobody to link to), registered as a member later.
        _ = try store.imports.commit(try preview("bom-comma.csv"), decisions: [:], progress: ImportProgress())
        XCTAssertNil(try store.census.records(batch: nil).first?.personId)
        _ = try store.imports.commit(try preview("bom-comma.csv", .members), decisions: [:], progress: ImportProgress())
        let personId = try XCTUnwrap(store.read { try Int64.fetchOne($0, sql: "SELECT id FROM person") })
        try store.people.erase(personId: personId, reason: "Permintaan penghapusan (UU PDP)")
        XCTAssertEqual(try count("census_record"), 0)
        XCTAssertEqual(try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM import_change WHERE after LIKE '%1671011505850001%'") }, 0,
                       "what the imports recorded of them goes too")
    }

    func testTheMappingIsRememberedPerSourceByTitle() throws {
        let p = try preview("bom-comma.csv", source: "Dinsos Lahat")
        var q = p
        q.mapping[3] = nil // the birth date column left out by hand
        _ = try store.imports.commit(q, decisions: [:], progress: ImportProgress())
        let remembered = try store.imports.rememberedMapping(source: "Dinsos Lahat", target: .census,
                                                             headers: ["Kab/Kota", "Tgl Lahir", "Nama Lengkap", "NIK"])
        XCTAssertEqual(remembered, [0: .regency, 2: .name, 3: .nik], "by title, whatever the order; the left-out one stays out")
        let withNewColumn = try store.imports.rememberedMapping(source: "Dinsos Lahat", target: .census,
                                                                headers: ["Nama Lengkap", "Tgl Lahir", "Instansi"])
        XCTAssertEqual(withNewColumn, [0: .name, 2: .employer], "a title new to the source maps by its synonyms")
        XCTAssertNil(try store.imports.rememberedMapping(source: "lain", target: .census, headers: ["Nama"]))
    }

    func testRegencySpellingsResolve() {
        let names = RegencyNames(store.regions)
        for (text, code) in [("Kota Palembang", "1671"), ("Palembang", "1671"), ("PLG", "1671"), ("Kab. OKU Timur", "1608"),
                             ("OKUT", "1608"), ("Kabupaten Ogan Komering Ulu Selatan", "1609"), ("kab ogan ilir", "1610"),
                             ("Lubuk Linggau", "1673"), ("PALI", "1612"), ("Muratara", "1613"), ("16.74", "1674"), ("Muba", "1606"),
                             ("Sekayu", "1606"), ("Baturaja", "1601"), ("Kayuagung", "1602"), ("Muara Rupit", "1613"), ("Martapura", "1608")] {
            XCTAssertEqual(names.code(for: text), code, text)
        }
        XCTAssertNil(names.code(for: "Jakarta"))
        XCTAssertEqual(store.regions.regions.filter { names.code(for: $0.name) == $0.code }.count, 17)
    }

    // MARK: What a new user found (issue 13's "whole kind": nothing doubles, nothing is overwritten unseen)

    func write(_ text: String, _ name: String = "f.csv") throws -> String {
        let path = directory + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func previewFile(_ path: String, _ target: ImportTarget) throws -> ImportPreview {
        let t = try SpreadsheetFile.read(path: path)
        return try store.imports.preview(t, target: target, mapping: HeaderSynonyms.automaticMapping(headers: t.headers, target: target),
                                         source: "uji", fileName: "f.csv", progress: ImportProgress())
    }

    func testEducationWithoutItsLevelIsAnErrorNotDroppedAndTheReimportIsSame() throws {
        let without = try previewFile(try write("Nama,Perguruan Tinggi,Tahun Lulus\nMinimal Satu,Universitas Sriwijaya,2008\n"), .members)
        XCTAssertEqual(without.rows.map(\.kind), [.error])
        XCTAssertEqual(without.rows[0].row.errors, [ImportProblem(column: 1, field: .educationLevel, kind: .needsAlso(.educationLevel))])
        let path = try write("Nama,Pendidikan,Perguruan Tinggi,Tahun Lulus\nMinimal Satu,S1,Universitas Sriwijaya,2008\n")
        _ = try store.imports.commit(try previewFile(path, .members), decisions: [:], progress: ImportProgress())
        XCTAssertEqual(try previewFile(path, .members).rows.map(\.kind), [.same], "stored whole: the second import finds it the same")
        XCTAssertEqual(try count("person"), 1)
    }

    func testTheSameRowTwiceInOneFileIsNotTwoPeople() throws {
        let p = try previewFile(try write("Nama Lengkap,Kab/Kota,Tgl Lahir\nJoko Susilo,Lahat,01/02/1980\nJoko Susilo,Lahat,01/02/1980\n"), .census)
        XCTAssertEqual(p.rows.map(\.kind), [.new, .error])
        XCTAssertEqual(p.rows[1].row.errors, [ImportProblem(column: 0, field: .name, kind: .repeatsRow(2))])
    }

    func testAnAlumnusWithOneMoreFieldIsAPossibleDuplicateNotANewOne() throws {
        _ = try store.census.save(AlumniRecord(name: "Nia Safitri", institution: "STISIPOL Candradimuka Palembang",
                                               programme: "Ilmu Kesejahteraan Sosial", graduationYear: 2021, practising: true))
        let p = try previewFile(try write("Nama Lengkap,Perguruan Tinggi,Prodi,Tahun Lulus,Tempat Kerja\n"
            + "Nia Safitri,STISIPOL Candradimuka Palembang,Ilmu Kesejahteraan Sosial,2021,Dinsos Palembang\n"), .alumni)
        XCTAssertEqual(p.rows.map(\.kind), [.duplicate])
        XCTAssertEqual(p.rows[0].candidates.first?.changes.map(\.field), [.employer])
    }

    func testSomeoneElsesNIKWithAnotherNameIsNeverASilentRename() throws {
        _ = try store.imports.commit(try previewFile(try write("Nama Lengkap,NIK,Kab/Kota\nDedi Saputra,1607180704960035,Banyuasin\n"), .members),
                                     decisions: [:], progress: ImportProgress())
        let p = try previewFile(try write("Nama Lengkap,NIK,Kab/Kota\nBudi Lain,1607180704960035,OKI\n", "g.csv"), .members)
        XCTAssertEqual(p.rows.map(\.kind), [.duplicate], "decided by hand, with both names shown")
        XCTAssertEqual(p.rows[0].candidates.first?.name, "Dedi Saputra")
        // The same person with titles and capitals: an update of the other fields, the stored spelling kept.
        let q = try previewFile(try write("Nama Lengkap,NIK,Kab/Kota\n\"DEDI SAPUTRA, S.Sos\",1607180704960035,OKI\n", "h.csv"), .members)
        XCTAssertEqual(q.rows.map(\.kind), [.update])
        XCTAssertEqual(q.rows[0].changes.map(\.field), [.regency])
    }

    func testSomeoneInTheRegisterWhomAMembersFileNamesBecomesAMemberAndUndoTakesItBack() throws {
        let id = try store.people.save(PersonDraft(person: Person(name: "Tamu Musda", nik: "1671011505850001")), overrideReason: "uji")
        XCTAssertNil(try store.people.membership(personId: id))
        let p = try previewFile(try write("Nama Lengkap,NIK,KTA\nTamu Musda,1671011505850001,16.71.000999\n"), .members)
        XCTAssertEqual(p.rows.map(\.kind), [.update])
        let batch = try XCTUnwrap(store.imports.commit(p, decisions: [:], progress: ImportProgress()))
        XCTAssertEqual(try store.people.membership(personId: id)?.kta, "16.71.000999")
        XCTAssertEqual(try store.people.membership(personId: id)?.status, .aktif)
        try store.imports.undo(batchId: batch.id)
        XCTAssertNil(try store.people.membership(personId: id), "the membership the batch made is gone again")
        XCTAssertEqual(try store.people.person(id: id)?.name, "Tamu Musda", "the person stays")
    }

    func testTheChangeRecordRoundTripsAnyText() {
        let values: [ImportField: String?] = [.name: "Rudi \"Ucok\" \\ Hartono\n\t\u{1B}[2J é 😀", .nik: nil, .phone: "0812"]
        let json = ImportStore.json(values)
        XCTAssertEqual(json.prefix(8), "{\"name\":")
        XCTAssertNotNil(try? JSONSerialization.jsonObject(with: Data(json.utf8)), json)
        XCTAssertEqual(ImportStore.fields(json)[.name], values[.name])
        XCTAssertEqual(ImportStore.fields(json)[.phone], "0812")
        XCTAssertEqual(ImportStore.fields(json).keys.contains(.nik), true)
    }

    func testNameFolding() {
        XCTAssertEqual(NameFold.key("Dr. Budi  Santoso, S.Sos., M.Kesos"), "budi santoso")
        XCTAssertEqual(NameFold.key("Hj. Siti Ma'ruf S.Sos"), "siti maruf")
        XCTAssertEqual(NameFold.key("Drs. H. Ahmad"), "ahmad")
        XCTAssertEqual(NameFold.key("Désy RATNASARI"), "desy ratnasari")
        XCTAssertEqual(NameFold.key("Budi Se"), "budi se", "an undotted last word is a name, not a degree")
        // The ASCII path and the general one agree.
        for name in ["Dr. Budi  Santoso, S.Sos., M.Kesos", "Hj. Siti Ma'ruf S.Sos", "Abdul-Rahman bin Ali", "  Ir.  Joko\tWidodo  "] {
            XCTAssertEqual(NameFold.asciiKey(name), NameFold.unicodeKey(name), name)
        }
    }
}
