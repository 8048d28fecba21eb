import Assets
import Domain
import GRDB

/// The schema, as named, append-only migrations. Never edit a shipped migration: add one.
/// `PRAGMA user_version` mirrors the number of applied migrations so other tools can see it.
enum Schema {
    /// One migration: its SQL, and what Swift must compute after it (seeding, folding keys).
    struct Migration: Sendable {
        let name: String
        let sql: String
        let then: (@Sendable (Database) throws -> Void)?
        /// Foreign keys stay on while it runs, so no whole-database `foreign_key_check` follows
        /// it: 25 s on a register of a million (measured). For migrations that rebuild no
        /// table others point to.
        let immediateForeignKeys: Bool

        init(_ name: String, _ sql: String, immediateForeignKeys: Bool = false, then: (@Sendable (Database) throws -> Void)? = nil) {
            self.name = name
            self.sql = sql
            self.then = then
            self.immediateForeignKeys = immediateForeignKeys
        }
    }

    static let migrations: [Migration] = [
        Migration("001 wilayah, orang, keanggotaan, audit", core, then: Regions.seed),
        Migration("002 kepengurusan", board),
        Migration("003 musda", musda),
        Migration("004 program, kegiatan, angka, mitra, pendataan", programmes),
        Migration("005 pencarian orang (FTS5)", search),
        Migration("006 indeks status anggota", "CREATE INDEX member_by_status ON membership(status, name_key, person_id);"),
        Migration("007 teks pencarian pada keanggotaan", """
            ALTER TABLE membership ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
            UPDATE membership SET search_text = (SELECT search_text FROM person WHERE person.id = membership.person_id);
            """),
        Migration("008 draf", drafts),
        Migration("009 versi orang", "ALTER TABLE person ADD COLUMN version INTEGER NOT NULL DEFAULT 1;"),
        Migration("010 draf per sesi", draftSessions),
        Migration("011 periode: persiapan, SK; riwayat jabatan", boardHistory),
        Migration("012 musda: status, jam sesi, kehadiran per sesi, notulen final, keputusan draf, tindak lanjut", musdaRecord),
        Migration("013 program kerja: periode, asal, sasaran dan realisasi; kegiatan: jenjang, mitra; sertifikat", workProgrammes),
        Migration("014 impor: batch, perubahan, pemetaan; sensus dan alumni lengkap", imports, then: NameFold.fillKeys),
        Migration("015 kunci pencocokan nama orang; anggota aktif per kab/kota", """
            ALTER TABLE person ADD COLUMN match_key TEXT NOT NULL DEFAULT '';
            -- The census coverage counts active members per regency: a covering index keeps that
            -- at 0.16 s at 1M members instead of 4 s through member_by_status (measured).
            CREATE INDEX member_by_status_regency ON membership(status, regency);
            """, then: NameFold.fillPersonKeys),
        Migration("016 pengguna dan peran", """
            -- Roles by OS account name (issue 16). The first account is added by Store.open:
            -- whoever creates or first upgrades the database is its admin.
            CREATE TABLE app_user (
                name TEXT PRIMARY KEY,
                role TEXT NOT NULL CHECK (role IN ('admin', 'operator', 'pembaca')),
                assigned_at TEXT NOT NULL,
                assigned_by TEXT
            );
            """),
        Migration("017 hasil musda: LPJ, pemilihan, saksi, serah terima", musdaOutcomes),
        Migration("018 dokumen bernomor; menimbang dan mengingat keputusan", documents, immediateForeignKeys: true),
        Migration("019 indeks laporan", """
            -- Laporan at a million members (issue 15): counts read covering indexes, not the
            -- tables. Employment by type scans this index and probes membership by its key;
            -- members per channel count this one.
            CREATE INDEX person_by_employment ON person(employment_status, employer_type);
            CREATE INDEX member_by_channel ON membership(channel);
            """, immediateForeignKeys: true),
        Migration("020 pembatasan pemrosesan", """
            -- Restriction of processing (UU PDP, issue 16): a row freezes the person's record
            -- and leaves them out of exports and reports until it is lifted.
            CREATE TABLE restriction (
                person_id INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
                since TEXT NOT NULL,
                reason TEXT NOT NULL,
                operator TEXT NOT NULL
            );
            """, immediateForeignKeys: true),
        Migration("021 rekonsiliasi DPP", """
            -- The register against the DPP website's export (issue 14). A run keeps the figures
            -- side by side (DOMAIN.md §2.3), each with its as-of date; decisions are kept by the
            -- file's SHA-256, so reopening the same file shows only what is still pending.
            CREATE TABLE reconciliation (
                id INTEGER PRIMARY KEY,
                file_name TEXT NOT NULL,
                path TEXT NOT NULL,
                checksum TEXT NOT NULL,
                source TEXT NOT NULL,
                exported_on TEXT,                      -- the export's as-of date (its file's date)
                reconciled_at TEXT NOT NULL,
                operator TEXT NOT NULL,
                register_count INTEGER NOT NULL,       -- active members of the register then
                dpp_count INTEGER NOT NULL,            -- the export's rows of the province
                in_both INTEGER NOT NULL,
                only_dpd INTEGER NOT NULL,
                only_dpp INTEGER NOT NULL,
                doubtful INTEGER NOT NULL,
                pending INTEGER NOT NULL,
                outside_province INTEGER NOT NULL,
                failed INTEGER NOT NULL
            );
            CREATE INDEX reconciliation_by_checksum ON reconciliation(checksum);
            -- Append-only: the latest decision on a row (or a row's field) is the one in force.
            CREATE TABLE reconcile_decision (
                id INTEGER PRIMARY KEY,
                checksum TEXT NOT NULL,
                file_name TEXT NOT NULL,
                row_number INTEGER,                    -- the export's row; NULL for a member only the register holds
                person_id INTEGER REFERENCES person(id),
                field TEXT,                            -- a field decision's field
                choice TEXT NOT NULL CHECK (choice IN ('pakai_dpd', 'ambil_dpp', 'ketik', 'ditambahkan', 'diabaikan',
                                                       'belum_di_dpp', 'orang_ini', 'bukan_mereka')),
                value TEXT,
                reason TEXT,
                decided_at TEXT NOT NULL,
                operator TEXT NOT NULL
            );
            CREATE INDEX reconcile_decision_by_checksum ON reconcile_decision(checksum, id);
            CREATE INDEX reconcile_decision_by_person ON reconcile_decision(person_id) WHERE person_id IS NOT NULL;
            """, immediateForeignKeys: true),
        Migration("022 insiden data pribadi", """
            -- The breach register (UU 27/2022 Art. 46, issue 16): what happened, when it was
            -- discovered (the 3 × 24 h deadline runs from there), whom it touched, what was done,
            -- and when the notification went out.
            CREATE TABLE breach (
                id INTEGER PRIMARY KEY,
                description TEXT NOT NULL,
                discovered_on TEXT NOT NULL,
                discovered_at TEXT NOT NULL,           -- HH.MM local
                cause TEXT,
                measures TEXT,
                notified_on TEXT,
                recorded_at TEXT NOT NULL,
                operator TEXT NOT NULL
            );
            CREATE TABLE breach_person (
                breach_id INTEGER NOT NULL REFERENCES breach(id) ON DELETE CASCADE,
                person_id INTEGER NOT NULL REFERENCES person(id),
                PRIMARY KEY (breach_id, person_id)
            ) WITHOUT ROWID;
            CREATE INDEX breach_person_by_person ON breach_person(person_id);
            """, immediateForeignKeys: true),
    ]

    static var latestVersion: Int { migrations.count }

    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (index, migration) in migrations.enumerated() {
            migrator.registerMigration(migration.name, foreignKeyChecks: migration.immediateForeignKeys ? .immediate : .deferred) { db in
                try db.execute(sql: migration.sql)
                try migration.then?(db)
                try db.execute(sql: "PRAGMA user_version = \(index + 1)")
            }
        }
        return migrator
    }

    // MARK: 001

    static let core = """
    CREATE TABLE region (
        code TEXT PRIMARY KEY,                 -- Kemendagri, used in the NIK
        bps_code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        short_name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('kabupaten', 'kota')),
        parent_code TEXT REFERENCES region(code),
        valid_from TEXT NOT NULL,
        bps_verified INTEGER NOT NULL DEFAULT 1,
        basis TEXT
    );

    CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,                -- folded name, for sorting
        search_text TEXT NOT NULL DEFAULT '',  -- folded tokens of name, NIK, KTA, email, phone
        nik TEXT CHECK (nik IS NULL OR (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*')),
        sex TEXT CHECK (sex IN ('L', 'P')),
        birth_place TEXT,
        birth_date TEXT,
        phone TEXT,
        email TEXT,
        address TEXT,
        domicile_regency TEXT REFERENCES region(code),
        employment_status TEXT CHECK (employment_status IN ('pns', 'pppk', 'non_asn')),
        employer_type TEXT,
        employer TEXT,
        education_level TEXT,
        education_institution TEXT,
        education_major TEXT,
        graduation_year INTEGER,
        source TEXT,
        note TEXT,
        erased_on TEXT,                        -- set when personal data was erased (UU PDP)
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    -- Not UNIQUE: a duplicate NIK is a warning that can be overridden (DOMAIN.md §3).
    CREATE INDEX person_by_nik ON person(nik) WHERE nik IS NOT NULL;
    CREATE INDEX person_by_name ON person(name_key, birth_date);

    -- One membership per person, keyed by the person. The sort and filter columns copy the
    -- person's so the member list reads one table and one index.
    CREATE TABLE membership (
        person_id INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
        kta TEXT UNIQUE,
        status TEXT NOT NULL CHECK (status IN ('aktif', 'nonaktif', 'keluar', 'meninggal')),
        status_date TEXT,
        status_reason TEXT,
        channel TEXT NOT NULL CHECK (channel IN ('dpd', 'dpp_website')),
        join_date TEXT,
        name_key TEXT NOT NULL,
        regency TEXT NOT NULL DEFAULT '',
        employment_class TEXT NOT NULL DEFAULT '',
        join_key TEXT GENERATED ALWAYS AS (coalesce(join_date, '')) VIRTUAL
    );
    CREATE INDEX member_by_name ON membership(name_key, person_id);
    CREATE INDEX member_by_regency ON membership(regency, name_key, person_id);
    CREATE INDEX member_by_join ON membership(join_key, person_id);

    CREATE TABLE status_change (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES membership(person_id) ON DELETE CASCADE,
        from_status TEXT,
        to_status TEXT NOT NULL,
        date TEXT,
        reason TEXT,
        recorded_at TEXT NOT NULL
    );
    CREATE INDEX status_change_by_person ON status_change(person_id, id);

    CREATE TABLE consent (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person(id),
        purpose TEXT NOT NULL,
        notice_version TEXT NOT NULL,
        given_on TEXT NOT NULL,
        method TEXT NOT NULL,
        withdrawn_on TEXT
    );
    CREATE INDEX consent_by_person ON consent(person_id);

    -- Warnings someone overrode, with the reason, so they are not asked again for the same finding.
    CREATE TABLE warning_ack (
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        code TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL,
        operator TEXT NOT NULL,
        PRIMARY KEY (person_id, key)
    ) WITHOUT ROWID;

    CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        operator TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        person_id INTEGER,                     -- the person the change is about, if any
        action TEXT NOT NULL,
        before TEXT,                           -- JSON
        after TEXT,                            -- JSON
        reason TEXT,
        warnings TEXT                          -- JSON array of overridden warning codes
    );
    CREATE INDEX audit_by_entity ON audit(entity, entity_id, id);
    CREATE INDEX audit_by_person ON audit(person_id, id) WHERE person_id IS NOT NULL;
    """

    // MARK: 002

    static let board = """
    CREATE TABLE term (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        start_date TEXT NOT NULL,
        end_date TEXT,
        status TEXT NOT NULL CHECK (status IN ('aktif', 'demisioner', 'selesai')),
        note TEXT
    );
    CREATE TABLE department (
        id INTEGER PRIMARY KEY,
        term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        code TEXT,
        sort_order INTEGER NOT NULL,
        UNIQUE (term_id, name)
    );
    CREATE TABLE position (
        id INTEGER PRIMARY KEY,
        term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,
        department_id INTEGER REFERENCES department(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        sort_order INTEGER NOT NULL
    );
    CREATE INDEX position_by_term ON position(term_id, sort_order);
    CREATE TABLE assignment (
        id INTEGER PRIMARY KEY,
        position_id INTEGER NOT NULL REFERENCES position(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id),
        start_date TEXT,
        end_date TEXT,
        decree TEXT
    );
    CREATE INDEX assignment_by_position ON assignment(position_id);
    CREATE INDEX assignment_by_person ON assignment(person_id);
    """

    // MARK: 003

    static let musda = """
    CREATE TABLE musda (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('pembentukan', 'musda', 'musdalub')),
        number INTEGER,
        date TEXT NOT NULL,
        place TEXT NOT NULL,
        theme TEXT,
        closes_term_id INTEGER REFERENCES term(id),
        opens_term_id INTEGER REFERENCES term(id),
        quorum TEXT NOT NULL,
        lpj_verdict TEXT CHECK (lpj_verdict IN ('diterima', 'diterima_dengan_catatan', 'ditolak')),
        lpj_note TEXT,
        chair TEXT
    );
    CREATE TABLE musda_session (
        id INTEGER PRIMARY KEY,
        musda_id INTEGER NOT NULL REFERENCES musda(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        number INTEGER,
        title TEXT NOT NULL,
        sort_order INTEGER NOT NULL,
        chairs TEXT
    );
    CREATE INDEX session_by_musda ON musda_session(musda_id, sort_order);
    CREATE TABLE agenda_item (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES musda_session(id) ON DELETE CASCADE,
        sort_order INTEGER NOT NULL,
        title TEXT NOT NULL,
        outcome TEXT
    );
    CREATE INDEX agenda_by_session ON agenda_item(session_id, sort_order);
    CREATE TABLE attendance (
        id INTEGER PRIMARY KEY,
        musda_id INTEGER NOT NULL REFERENCES musda(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id),
        role TEXT NOT NULL CHECK (role IN ('peserta', 'peninjau')),
        representing TEXT,
        UNIQUE (musda_id, person_id)
    );
    CREATE INDEX attendance_by_person ON attendance(person_id);
    CREATE TABLE minutes (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL UNIQUE REFERENCES musda_session(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        secretary TEXT
    );
    CREATE TABLE decision (
        id INTEGER PRIMARY KEY,
        musda_id INTEGER NOT NULL REFERENCES musda(id) ON DELETE CASCADE,
        session_id INTEGER REFERENCES musda_session(id),
        number INTEGER NOT NULL,
        title TEXT NOT NULL,
        text TEXT,
        UNIQUE (musda_id, number)
    );
    CREATE TABLE election (
        id INTEGER PRIMARY KEY,
        musda_id INTEGER NOT NULL REFERENCES musda(id) ON DELETE CASCADE,
        session_id INTEGER REFERENCES musda_session(id),
        office TEXT NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('pemungutan_suara', 'aklamasi')),
        valid_ballots INTEGER,
        invalid_ballots INTEGER
    );
    CREATE TABLE election_candidate (
        election_id INTEGER NOT NULL REFERENCES election(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id),
        votes INTEGER,
        elected INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (election_id, person_id)
    ) WITHOUT ROWID;
    CREATE TABLE formatur_member (
        musda_id INTEGER NOT NULL REFERENCES musda(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id),
        is_chair_elect INTEGER NOT NULL DEFAULT 0,
        deadline TEXT,
        PRIMARY KEY (musda_id, person_id)
    ) WITHOUT ROWID;
    CREATE TABLE musda_document (
        id INTEGER PRIMARY KEY,
        musda_id INTEGER NOT NULL REFERENCES musda(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        number TEXT,
        title TEXT NOT NULL,
        date TEXT
    );
    """

    // MARK: 004

    static let programmes = """
    CREATE TABLE partner (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        contact TEXT,
        note TEXT
    );
    CREATE TABLE programme (
        id INTEGER PRIMARY KEY,
        term_id INTEGER NOT NULL REFERENCES term(id),
        department_id INTEGER REFERENCES department(id),
        title TEXT NOT NULL,
        status TEXT NOT NULL,
        description TEXT
    );
    CREATE TABLE programme_target (
        programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
        sort_order INTEGER NOT NULL,
        description TEXT NOT NULL,
        unit TEXT,
        target INTEGER,
        realisation INTEGER,                   -- NULL: not reported
        PRIMARY KEY (programme_id, sort_order)
    ) WITHOUT ROWID;
    -- A reported figure: total and parts as printed; NULL means "not reported", never 0.
    CREATE TABLE figure (
        id INTEGER PRIMARY KEY,
        subject TEXT NOT NULL,
        total INTEGER,
        is_estimate INTEGER NOT NULL DEFAULT 0,
        as_of TEXT,
        source TEXT,
        note TEXT
    );
    CREATE TABLE figure_part (
        figure_id INTEGER NOT NULL REFERENCES figure(id) ON DELETE CASCADE,
        sort_order INTEGER NOT NULL,
        label TEXT NOT NULL,
        value INTEGER,
        PRIMARY KEY (figure_id, sort_order)
    ) WITHOUT ROWID;
    CREATE TABLE activity (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        year INTEGER NOT NULL,
        date TEXT,
        place TEXT,
        partner_id INTEGER REFERENCES partner(id),
        programme_id INTEGER REFERENCES programme(id),
        figure_id INTEGER REFERENCES figure(id),
        note TEXT
    );
    CREATE TABLE participation (
        activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id),
        category TEXT NOT NULL,
        result TEXT CHECK (result IN ('kompeten', 'belum_kompeten')),
        PRIMARY KEY (activity_id, person_id)
    ) WITHOUT ROWID;
    CREATE INDEX participation_by_person ON participation(person_id);
    CREATE TABLE census_record (
        id INTEGER PRIMARY KEY,
        batch TEXT NOT NULL,
        collected_on TEXT,
        regency TEXT REFERENCES region(code),
        name TEXT NOT NULL,
        nik TEXT,
        employment TEXT,
        source TEXT NOT NULL,
        person_id INTEGER REFERENCES person(id),
        outcome TEXT NOT NULL,
        note TEXT
    );
    CREATE INDEX census_by_person ON census_record(person_id) WHERE person_id IS NOT NULL;
    CREATE TABLE alumni_record (
        id INTEGER PRIMARY KEY,
        person_id INTEGER REFERENCES person(id),
        name TEXT NOT NULL,
        institution TEXT NOT NULL,
        programme TEXT NOT NULL,
        graduation_year INTEGER,
        practising INTEGER,
        traced_on TEXT
    );
    CREATE INDEX alumni_by_person ON alumni_record(person_id) WHERE person_id IS NOT NULL;
    """

    // MARK: 005

    /// FTS5 over the people's folded search text (name, NIK, KTA, email, phone), external
    /// content so the text is stored once. Prefix indexes for 2 and 3 characters.
    static let search = """
    CREATE VIRTUAL TABLE person_fts USING fts5(
        search_text,
        content = 'person', content_rowid = 'id',
        tokenize = "unicode61 remove_diacritics 2",
        prefix = '2 3'
    );
    INSERT INTO person_fts(person_fts) VALUES ('rebuild');
    \(searchTriggers)
    """

    /// Keep the index in step with normal writes. Bulk loads drop these and rebuild once.
    static let searchTriggers = """
    CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN
        INSERT INTO person_fts(rowid, search_text) VALUES (new.id, new.search_text);
    END;
    CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN
        INSERT INTO person_fts(person_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    END;
    CREATE TRIGGER person_fts_update AFTER UPDATE OF search_text ON person BEGIN
        INSERT INTO person_fts(person_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO person_fts(rowid, search_text) VALUES (new.id, new.search_text);
    END;
    """

    static let dropSearchTriggers = """
    DROP TRIGGER IF EXISTS person_fts_insert;
    DROP TRIGGER IF EXISTS person_fts_delete;
    DROP TRIGGER IF EXISTS person_fts_update;
    """

    // MARK: 008

    /// Work in progress, one row per form and operator, overwritten as they type. Not audited:
    /// the commit is. `person_id` names the person a draft is about so erasure can delete it.
    static let drafts = """
    CREATE TABLE draft (
        kind TEXT NOT NULL,                    -- which form: 'person', 'minutes'…
        record_key TEXT NOT NULL,              -- the record's id as text, or a caller's key such as 'new'
        operator TEXT NOT NULL,
        person_id INTEGER REFERENCES person(id),
        payload TEXT NOT NULL,                 -- the form's own encoding
        base_version INTEGER,                  -- the record's version when editing began
        updated_at TEXT NOT NULL,
        PRIMARY KEY (kind, record_key, operator)
    ) WITHOUT ROWID;
    CREATE INDEX draft_by_operator ON draft(operator, updated_at);
    CREATE INDEX draft_by_person ON draft(person_id) WHERE person_id IS NOT NULL;
    """

    // MARK: 010

    /// A draft belongs to the session that typed it (`EditingSession`), so two windows of one
    /// operator keep separate drafts. Drafts from before this migration get the empty session,
    /// which no process holds: they are offered back as left unsaved.
    static let draftSessions = """
    CREATE TABLE draft_new (
        kind TEXT NOT NULL,
        record_key TEXT NOT NULL,
        operator TEXT NOT NULL,
        session TEXT NOT NULL DEFAULT '',      -- EditingSession.text: host/pid/start/instance
        person_id INTEGER REFERENCES person(id),
        payload TEXT NOT NULL,
        base_version INTEGER,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (kind, record_key, operator, session)
    ) WITHOUT ROWID;
    INSERT INTO draft_new (kind, record_key, operator, person_id, payload, base_version, updated_at)
        SELECT kind, record_key, operator, person_id, payload, base_version, updated_at FROM draft;
    DROP TABLE draft;
    ALTER TABLE draft_new RENAME TO draft;
    CREATE INDEX draft_by_operator ON draft(operator, updated_at);
    CREATE INDEX draft_by_person ON draft(person_id) WHERE person_id IS NOT NULL;
    """

    // MARK: 011

    /// Terms gain the status `persiapan` (a board being formed before it is aktif) and their
    /// SK; an assignment that ends before its term says why. The term table is rebuilt for the
    /// new CHECK (SQLite cannot alter one); its id, and so every reference, is kept.
    static let boardHistory = """
    CREATE TABLE term_new (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        start_date TEXT NOT NULL,
        end_date TEXT,
        status TEXT NOT NULL CHECK (status IN ('persiapan', 'aktif', 'demisioner', 'selesai')),
        note TEXT,
        decree_number TEXT,
        decree_date TEXT
    );
    INSERT INTO term_new (id, name, start_date, end_date, status, note)
        SELECT id, name, start_date, end_date, status, note FROM term;
    DROP TABLE term;
    ALTER TABLE term_new RENAME TO term;
    ALTER TABLE assignment ADD COLUMN end_reason TEXT
        CHECK (end_reason IN ('mengundurkan_diri', 'meninggal', 'diberhentikan', 'rotasi'));
    """

    // MARK: 012

    /// The Musda as it is run (issue: Musda minutes): its status; session dates, times and
    /// pimpinan sidang chosen from the attendees; agenda times; undangan as an attendee role
    /// with an arrival time; presence per session (arrival and departure), for a live quorum;
    /// minutes that are finalised in audited versions; decisions drafted (no number) before
    /// they are adopted; action items. `attendance` and `decision` are rebuilt for their new
    /// CHECK and nullable number; their ids are kept.
    static let musdaRecord = """
    ALTER TABLE musda ADD COLUMN status TEXT NOT NULL DEFAULT 'selesai'
        CHECK (status IN ('rencana', 'berlangsung', 'selesai'));
    ALTER TABLE musda_session ADD COLUMN date TEXT;
    ALTER TABLE musda_session ADD COLUMN starts_at TEXT;
    ALTER TABLE musda_session ADD COLUMN ends_at TEXT;
    ALTER TABLE agenda_item ADD COLUMN starts_at TEXT;
    ALTER TABLE agenda_item ADD COLUMN ends_at TEXT;

    CREATE TABLE attendance_new (
        id INTEGER PRIMARY KEY,
        musda_id INTEGER NOT NULL REFERENCES musda(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id),
        role TEXT NOT NULL CHECK (role IN ('peserta', 'peninjau', 'undangan')),
        representing TEXT,
        arrived_at TEXT,                       -- 'HH.MM' on the Musda's day
        UNIQUE (musda_id, person_id)
    );
    INSERT INTO attendance_new (id, musda_id, person_id, role, representing)
        SELECT id, musda_id, person_id, role, representing FROM attendance;
    DROP TABLE attendance;
    ALTER TABLE attendance_new RENAME TO attendance;
    CREATE INDEX attendance_by_person ON attendance(person_id);

    CREATE TABLE session_chair (
        session_id INTEGER NOT NULL REFERENCES musda_session(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id),
        sort_order INTEGER NOT NULL,
        PRIMARY KEY (session_id, person_id)
    ) WITHOUT ROWID;
    CREATE INDEX session_chair_by_person ON session_chair(person_id);

    -- Who is in the room for a session: arrived, and left (or not yet).
    CREATE TABLE presence (
        session_id INTEGER NOT NULL REFERENCES musda_session(id) ON DELETE CASCADE,
        attendance_id INTEGER NOT NULL REFERENCES attendance(id) ON DELETE CASCADE,
        arrived_at TEXT NOT NULL,
        left_at TEXT,
        PRIMARY KEY (session_id, attendance_id)
    ) WITHOUT ROWID;
    CREATE INDEX presence_by_attendance ON presence(attendance_id);

    ALTER TABLE minutes ADD COLUMN finalised INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE minutes ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE minutes_version (
        minutes_id INTEGER NOT NULL REFERENCES minutes(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        text TEXT NOT NULL,
        finalised_at TEXT NOT NULL,
        operator TEXT NOT NULL,
        reopen_reason TEXT,                    -- why this version was reopened, once it was
        PRIMARY KEY (minutes_id, version)
    ) WITHOUT ROWID;

    CREATE TABLE decision_new (
        id INTEGER PRIMARY KEY,
        musda_id INTEGER NOT NULL REFERENCES musda(id) ON DELETE CASCADE,
        session_id INTEGER REFERENCES musda_session(id),
        number INTEGER,                        -- NULL while a draft; given when adopted
        title TEXT NOT NULL,
        text TEXT,
        from_minutes INTEGER NOT NULL DEFAULT 0,
        adopted_on TEXT,
        UNIQUE (musda_id, number)
    );
    INSERT INTO decision_new (id, musda_id, session_id, number, title, text, adopted_on)
        SELECT d.id, d.musda_id, d.session_id, d.number, d.title, d.text, m.date FROM decision d JOIN musda m ON m.id = d.musda_id;
    DROP TABLE decision;
    ALTER TABLE decision_new RENAME TO decision;

    CREATE TABLE action_item (
        id INTEGER PRIMARY KEY,
        musda_id INTEGER NOT NULL REFERENCES musda(id) ON DELETE CASCADE,
        session_id INTEGER REFERENCES musda_session(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        owner TEXT,                            -- the @name as written
        person_id INTEGER REFERENCES person(id),   -- the attendee that name was matched to
        due TEXT,
        done INTEGER NOT NULL DEFAULT 0,
        from_minutes INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX action_by_musda ON action_item(musda_id);
    CREATE INDEX action_by_person ON action_item(person_id) WHERE person_id IS NOT NULL;
    """

    // MARK: 013

    /// Programmes get a period and the programme they carry on; targets get an id and a kind
    /// (a number or a milestone), and their realisation becomes dated entries with a source
    /// and who entered them (an old single figure becomes one entry dated at the programme's
    /// start, noted as such). Activities get a level and any number of partners; programmes
    /// get partners; participants get a certificate. Status words follow the issue.
    static let workProgrammes = """
    ALTER TABLE programme ADD COLUMN starts_on TEXT;
    ALTER TABLE programme ADD COLUMN ends_on TEXT;
    ALTER TABLE programme ADD COLUMN carried_from_id INTEGER REFERENCES programme(id);
    CREATE INDEX programme_by_origin ON programme(carried_from_id) WHERE carried_from_id IS NOT NULL;
    CREATE INDEX programme_by_term ON programme(term_id, id);
    UPDATE programme SET status = 'rencana' WHERE status = 'direncanakan';

    CREATE TABLE target (
        id INTEGER PRIMARY KEY,
        programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
        sort_order INTEGER NOT NULL DEFAULT 0,    -- set to the end right after insert
        description TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('angka', 'tonggak')),
        unit TEXT,
        value INTEGER CHECK (value IS NULL OR value > 0)
    );
    CREATE INDEX target_by_programme ON target(programme_id, sort_order);
    INSERT INTO target (programme_id, sort_order, description, kind, unit, value)
        SELECT programme_id, sort_order, description, CASE WHEN target > 0 THEN 'angka' ELSE 'tonggak' END, unit,
               CASE WHEN target > 0 THEN target END
        FROM programme_target ORDER BY programme_id, sort_order;
    CREATE TABLE realisation (
        id INTEGER PRIMARY KEY,
        target_id INTEGER NOT NULL REFERENCES target(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        value INTEGER NOT NULL CHECK (value >= 0),
        note TEXT,
        entered_by TEXT NOT NULL,
        entered_at TEXT NOT NULL
    );
    CREATE INDEX realisation_by_target ON realisation(target_id, date);
    INSERT INTO realisation (target_id, date, value, note, entered_by, entered_at)
        SELECT t.id, COALESCE(p.starts_on, term.start_date), pt.realisation, 'Angka lama; tanggal tidak tercatat', 'migrasi',
               strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
        FROM programme_target pt
        JOIN target t ON t.programme_id = pt.programme_id AND t.sort_order = pt.sort_order
        JOIN programme p ON p.id = pt.programme_id JOIN term ON term.id = p.term_id
        WHERE pt.realisation IS NOT NULL AND pt.realisation >= 0;
    DROP TABLE programme_target;

    UPDATE activity SET kind = 'rapat' WHERE kind = 'pertemuan';
    ALTER TABLE activity ADD COLUMN level TEXT;
    CREATE TABLE activity_partner (
        activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
        partner_id INTEGER NOT NULL REFERENCES partner(id),
        PRIMARY KEY (activity_id, partner_id)
    ) WITHOUT ROWID;
    CREATE INDEX activity_partner_by_partner ON activity_partner(partner_id);
    INSERT INTO activity_partner SELECT id, partner_id FROM activity WHERE partner_id IS NOT NULL;
    UPDATE activity SET partner_id = NULL;     -- unused from now on: activity_partner holds them
    CREATE TABLE programme_partner (
        programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
        partner_id INTEGER NOT NULL REFERENCES partner(id),
        PRIMARY KEY (programme_id, partner_id)
    ) WITHOUT ROWID;
    CREATE INDEX programme_partner_by_partner ON programme_partner(partner_id);

    ALTER TABLE participation ADD COLUMN certificate_no TEXT;
    ALTER TABLE participation ADD COLUMN issuer_id INTEGER REFERENCES partner(id);
    ALTER TABLE participation ADD COLUMN expires_on TEXT;
    """

    // MARK: 014

    /// Import batches and what each wrote, so a batch can be shown and undone; mappings
    /// remembered per source; census and alumni records get the fields the files carry.
    static let imports = """
    CREATE TABLE import_batch (
        id INTEGER PRIMARY KEY,
        target TEXT NOT NULL CHECK (target IN ('members', 'census', 'alumni')),
        source TEXT NOT NULL,                  -- who sent it: `Dinsos Kab. Lahat`; the mapping is remembered by it
        file_name TEXT NOT NULL,
        sheet TEXT,
        imported_at TEXT NOT NULL,
        operator TEXT NOT NULL,
        created INTEGER NOT NULL,
        updated INTEGER NOT NULL,
        unchanged INTEGER NOT NULL,
        skipped INTEGER NOT NULL,
        failed INTEGER NOT NULL,
        undone_at TEXT,
        undone_by TEXT
    );
    -- One row per record the batch created or changed: the fields before (NULL when created)
    -- and after, as canonical text, so undo can restore them and see whether anything newer
    -- changed them since.
    CREATE TABLE import_change (
        batch_id INTEGER NOT NULL REFERENCES import_batch(id),
        seq INTEGER NOT NULL,
        row_number INTEGER NOT NULL,
        entity TEXT NOT NULL CHECK (entity IN ('person', 'census_record', 'alumni_record')),
        entity_id INTEGER NOT NULL,
        person_id INTEGER REFERENCES person(id),
        before TEXT,
        after TEXT NOT NULL,
        PRIMARY KEY (batch_id, seq)
    ) WITHOUT ROWID;
    CREATE INDEX import_change_by_entity ON import_change(entity, entity_id, batch_id);
    CREATE INDEX import_change_by_person ON import_change(person_id) WHERE person_id IS NOT NULL;
    CREATE TABLE import_mapping (
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        mapping TEXT NOT NULL,                 -- JSON: folded header → field
        updated_at TEXT NOT NULL,
        PRIMARY KEY (source, target)
    ) WITHOUT ROWID;
    ALTER TABLE person ADD COLUMN import_batch_id INTEGER REFERENCES import_batch(id);

    ALTER TABLE census_record ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
    ALTER TABLE census_record ADD COLUMN sex TEXT;
    ALTER TABLE census_record ADD COLUMN birth_date TEXT;
    ALTER TABLE census_record ADD COLUMN phone TEXT;
    ALTER TABLE census_record ADD COLUMN email TEXT;
    ALTER TABLE census_record ADD COLUMN sector TEXT;
    ALTER TABLE census_record ADD COLUMN workplace TEXT;
    ALTER TABLE census_record ADD COLUMN profession TEXT;
    ALTER TABLE census_record ADD COLUMN import_batch_id INTEGER REFERENCES import_batch(id);
    CREATE INDEX census_by_regency ON census_record(regency);
    CREATE INDEX census_by_nik ON census_record(nik) WHERE nik IS NOT NULL;

    ALTER TABLE alumni_record ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
    ALTER TABLE alumni_record ADD COLUMN nik TEXT;
    ALTER TABLE alumni_record ADD COLUMN birth_date TEXT;
    ALTER TABLE alumni_record ADD COLUMN phone TEXT;
    ALTER TABLE alumni_record ADD COLUMN email TEXT;
    ALTER TABLE alumni_record ADD COLUMN workplace TEXT;
    ALTER TABLE alumni_record ADD COLUMN note TEXT;
    ALTER TABLE alumni_record ADD COLUMN import_batch_id INTEGER REFERENCES import_batch(id);
    CREATE INDEX alumni_by_institution ON alumni_record(institution, graduation_year);
    """

    // MARK: 017

    /// Musda outcomes (issue 12). The LPJ gets its own row (the term it covers, the sessions it
    /// was presented and judged in, its summary, the decision); the verdict the musda row held
    /// moves there. An election keeps its counts as entered: ballots cast (what was
    /// `valid_ballots` plus the invalid ones), abstain and invalid ballots, when it was declared,
    /// why acclamation, its decision and its saksi; a candidate may stand with a reason when
    /// not eligible. A handover records the term it opened, each programme's fate and what
    /// it was before, so it can be shown and undone.
    static let musdaOutcomes = """
    CREATE TABLE lpj (
        musda_id INTEGER PRIMARY KEY REFERENCES musda(id) ON DELETE CASCADE,
        term_id INTEGER REFERENCES term(id),
        presented_session_id INTEGER REFERENCES musda_session(id) ON DELETE SET NULL,
        summary TEXT,
        verdict TEXT CHECK (verdict IN ('diterima', 'diterima_dengan_catatan', 'ditolak')),
        verdict_note TEXT,
        verdict_session_id INTEGER REFERENCES musda_session(id) ON DELETE SET NULL,
        decision_id INTEGER REFERENCES decision(id) ON DELETE SET NULL
    );
    INSERT INTO lpj (musda_id, term_id, verdict, verdict_note)
        SELECT id, closes_term_id, lpj_verdict, lpj_note FROM musda WHERE lpj_verdict IS NOT NULL OR lpj_note IS NOT NULL;
    ALTER TABLE musda DROP COLUMN lpj_verdict;
    ALTER TABLE musda DROP COLUMN lpj_note;

    ALTER TABLE election ADD COLUMN ballots INTEGER;
    ALTER TABLE election ADD COLUMN abstentions INTEGER;
    ALTER TABLE election ADD COLUMN decided_at TEXT;
    ALTER TABLE election ADD COLUMN acclamation_reason TEXT;
    ALTER TABLE election ADD COLUMN decision_id INTEGER REFERENCES decision(id) ON DELETE SET NULL;
    UPDATE election SET ballots = valid_ballots + coalesce(invalid_ballots, 0) WHERE valid_ballots IS NOT NULL;
    ALTER TABLE election DROP COLUMN valid_ballots;
    CREATE INDEX election_by_musda ON election(musda_id);
    ALTER TABLE election_candidate ADD COLUMN ineligible_reason TEXT;
    -- The candidates' ballot order (nomor urut); older rows keep the order of their votes.
    ALTER TABLE election_candidate ADD COLUMN sort_order INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX candidate_by_person ON election_candidate(person_id);
    CREATE TABLE election_witness (
        election_id INTEGER NOT NULL REFERENCES election(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id),
        sort_order INTEGER NOT NULL,
        PRIMARY KEY (election_id, person_id)
    ) WITHOUT ROWID;
    CREATE INDEX witness_by_person ON election_witness(person_id);
    CREATE INDEX formatur_by_person ON formatur_member(person_id);

    CREATE TABLE handover (
        musda_id INTEGER PRIMARY KEY REFERENCES musda(id),
        outgoing_term_id INTEGER NOT NULL REFERENCES term(id),
        outgoing_status TEXT NOT NULL,          -- the outgoing term's status before, for an undo
        new_term_id INTEGER NOT NULL REFERENCES term(id),
        seats INTEGER NOT NULL,                 -- seats created, so an undo can tell a seat added since
        set_opens_term INTEGER NOT NULL,        -- the handover filled musda.opens_term_id
        done_at TEXT NOT NULL,
        operator TEXT NOT NULL
    );
    CREATE TABLE handover_programme (
        musda_id INTEGER NOT NULL REFERENCES handover(musda_id) ON DELETE CASCADE,
        programme_id INTEGER NOT NULL REFERENCES programme(id),
        outcome TEXT NOT NULL CHECK (outcome IN ('dilanjutkan', 'dibatalkan', 'selesai')),
        reason TEXT,
        previous_status TEXT NOT NULL,
        new_programme_id INTEGER REFERENCES programme(id),
        PRIMARY KEY (musda_id, programme_id)
    ) WITHOUT ROWID;
    """

    // MARK: 018

    /// The documents register (issue 15): every paper the secretariat issues, by Musda or by
    /// term, with its number and the file last generated. Rebuilt from `musda_document` so an
    /// SK of a term no Musda opened has a place (musda_id may be null).
    static let documents = """
    CREATE TABLE document (
        id INTEGER PRIMARY KEY,
        musda_id INTEGER REFERENCES musda(id) ON DELETE CASCADE,
        term_id INTEGER REFERENCES term(id),
        kind TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        series TEXT,
        sequence INTEGER CHECK (sequence > 0),
        number TEXT,
        title TEXT NOT NULL,
        date TEXT,
        file_path TEXT,
        file_format TEXT,
        generated_at TEXT,
        generated_by TEXT,
        CHECK (musda_id IS NOT NULL OR term_id IS NOT NULL)
    );
    INSERT INTO document (id, musda_id, kind, number, title, date)
        SELECT id, musda_id, kind, number, title, date FROM musda_document;
    DROP TABLE musda_document;
    CREATE INDEX document_by_musda ON document(musda_id, date);
    -- One generated paper per subject: made again, it keeps its row and its number.
    CREATE UNIQUE INDEX document_by_subject ON document(kind, ifnull(musda_id, 0), ifnull(term_id, 0), subject) WHERE subject <> '';
    -- A number is given once per series and year.
    CREATE UNIQUE INDEX document_by_number ON document(series, substr(date, 1, 4), sequence) WHERE sequence IS NOT NULL;
    ALTER TABLE decision ADD COLUMN considering TEXT;
    ALTER TABLE decision ADD COLUMN legal_basis TEXT;
    """
}
