"""A stand-in for sekretariat that follows the contract bench.py measures.

It exists only to test the harness itself (bench/selftest/run): a menu, an
Anggota list with a POS/TOTAL counter, a detail, a live search, the Pengurus
term list, a 45-seat board with its person picker, a
`demo --db PATH --people N` command, and `import census FILE --db PATH [--dry-run]`
(a NIK of 16 digits and a name make a row valid). It is not fast and does not try to be.
FAKE_BREAK (comma-separated) breaks a part for the self-test: `detail` (Enter opens
nothing), `import` (the real import says it wrote rows and writes none).
"""

import csv
import curses
import os
import sqlite3
import sys
import time

MENU = ["Anggota", "Pengurus", "Musda", "Program Kerja", "Pendataan", "Laporan", "Pengaturan"]
FIRST = ["Siti", "Ahmad", "Dewi", "Putra", "Rahmat", "Sari", "Budi", "Nur", "Indah", "Agus"]
LAST = ["Lestari", "Susanto", "Hasan", "Wati", "Hendra", "Ratna", "Fitri", "Rizki", "Dian", "Eko"]
# The demo board: 45 seats under their group titles; the Bendahara seat is line 14.
BOARD = (["PEMBINA / PENASEHAT"] + ["  Pembina"] * 3 + ["  Penasehat"] * 2
         + ["PENGURUS HARIAN", "  Ketua", "  Wakil Ketua I", "  Wakil Ketua II", "  Sekretaris",
            "  Wakil Sekretaris I", "  Wakil Sekretaris II", "  Bendahara", "  Wakil Bendahara"]
         + [line for d in ("ORGANISASI", "SERTIFIKASI", "DIKLAT", "KERJA SAMA", "ADVOKASI", "HUMAS", "USAHA")
            for line in ["BIDANG " + d, "  Koordinator Bidang"] + ["  Anggota Bidang"] * 3]
         + ["BIDANG DANA", "  Koordinator Bidang"])


def demo(path, people):
    if os.path.exists(path):
        sys.exit(f"exists: {path}")
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    con.executemany("INSERT INTO person (name) VALUES (?)",
                    ((f"{FIRST[i % 10]} {LAST[(i // 10) % 10]} {i}",) for i in range(124 + people)))
    # Just enough of the Musda for the minutes step: Musda I and its Sidang Pleno II.
    con.executescript("""
        CREATE TABLE musda (id INTEGER PRIMARY KEY, kind TEXT);
        CREATE TABLE musda_session (id INTEGER PRIMARY KEY, musda_id INTEGER, title TEXT);
        CREATE TABLE minutes (id INTEGER PRIMARY KEY, session_id INTEGER, text TEXT, finalised INTEGER DEFAULT 0);
        CREATE TABLE draft (kind TEXT, record_key TEXT, payload TEXT);
        INSERT INTO musda VALUES (1, 'musda');
        INSERT INTO musda_session VALUES (1, 1, 'Pembukaan'), (2, 1, 'Sidang Pleno I'),
            (3, 1, 'Sidang Pleno II: Laporan Pertanggungjawaban');
        INSERT INTO minutes (session_id, text) VALUES (3, 'LPJ diterima.');
        CREATE TABLE census_record (id INTEGER PRIMARY KEY, batch TEXT NOT NULL, collected_on TEXT, regency TEXT,
            name TEXT NOT NULL, nik TEXT, employment TEXT, source TEXT NOT NULL, person_id INTEGER,
            outcome TEXT NOT NULL, note TEXT, name_key TEXT NOT NULL DEFAULT '', sex TEXT, birth_date TEXT,
            phone TEXT, email TEXT, sector TEXT, workplace TEXT, profession TEXT, import_batch_id INTEGER);
    """)
    con.commit()
    con.close()


def broken(part):
    return part in os.environ.get("FAKE_BREAK", "").split(",")


def import_census(path, db, dry_run):
    """The summary and batch lines of `sekretariat import`, from a check of name and NIK only."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        header, *data = list(csv.reader(f))
    valid, errors = [], []
    for number, cells in enumerate(data, start=2):
        nik = "".join(ch for ch in cells[1] if ch.isdigit())
        if cells[0].strip() and len(nik) == 16:
            valid.append((cells[0].strip(), nik, cells[3], cells[2]))
        else:
            errors.append(number)
    print(f"{os.path.basename(path)} (UTF-8): {len(data)} baris data · baru {len(valid)} · sama 0 · perbarui 0 "
          f"· ganda 0 · galat {len(errors)}")
    print("Pemetaan: " + ", ".join(f"{h}→{f}" for h, f in zip(header, ["name", "nik", "phone", "regency"])))
    for number in errors:
        print(f"  baris {number}: NIK harus 16 angka")
    if dry_run:
        print("--dry-run: tidak ada yang ditulis.")
    elif valid:
        con = sqlite3.connect(db)
        if not broken("import"):
            con.executemany("INSERT INTO census_record (batch, source, name, name_key, nik, regency, phone, outcome) "
                            "VALUES ('fake', 'fake', ?, lower(?), ?, ?, ?, 'belum_diproses')",
                            ((n, n, k, r, p) for n, k, r, p in valid))
        con.commit()
        con.close()
        print(f"Batch #1 ditulis: {len(valid)} baru, 0 diperbarui, 0 sama, 0 ganda dilewati, {len(errors)} galat.")
    sys.exit(0 if valid else 1)


class App:
    def __init__(self, scr, db):
        self.scr = scr
        self.con = sqlite3.connect(db)
        self.screen = "menu"
        self.pos = 1
        self.query = None
        self.line = 0          # selected line of the board
        self.picker = None     # the picker's text while it is open
        self.session = 0       # the Musda record's current session
        self.tab = 0
        self.text = ""         # the minutes being typed
        self.unsaved_since = None
        self.autosaved = ""
        self.message = ""

    def where(self):
        if self.query:
            return " WHERE name LIKE ?", (self.query + "%",)
        return "", ()

    def total(self):
        w, a = self.where()
        return self.con.execute("SELECT count(*) FROM person" + w, a).fetchone()[0]

    def draw(self):
        s = self.scr
        s.erase()
        h, w = s.getmaxyx()
        cursor = (h - 1, 0)
        if self.screen == "menu":
            s.addstr(0, 1, "Menu")
            for i, item in enumerate(MENU):
                s.addstr(5 + i, 30, f"{i + 1}  {item}")
            bar = "Enter Buka  F1 Bantuan  F10 Keluar"
        elif self.screen == "list":
            total = self.total()
            s.addstr(0, 1, "Menu \u203a Anggota")
            counter = f"{self.pos if total else 0}/{total}"
            s.addstr(0, w - len(counter) - 1, counter)
            if self.query is not None:
                s.addstr(1, 1, "Cari: " + self.query)
                cursor = (1, 7 + len(self.query))
            rows = h - 4
            first = max(1, self.pos - rows + 1)
            w_, a = self.where()
            names = self.con.execute(f"SELECT id, name FROM person{w_} ORDER BY id LIMIT ? OFFSET ?",
                                     a + (rows, first - 1)).fetchall()
            for i, (pid, name) in enumerate(names):
                attr = curses.A_REVERSE if first + i == self.pos else 0
                s.addstr(2 + i, 1, f"{pid:>8}  {name}".ljust(w - 2), attr)
            bar = "Enter Buka  / Cari  q Tutup  F10 Keluar"
        elif self.screen == "terms":
            s.addstr(0, 1, "Menu \u203a Pengurus")
            s.addstr(1, 0, "Periode     Mulai       Status      Kursi")
            s.addstr(2, 0, "2023\u20132028   14 Mei 2023 aktif       45/45", curses.A_REVERSE)
            cursor = (2, 0)
            bar = "Enter Susunan  Esc Kembali  F10 Keluar"
        elif self.screen == "programmes":
            s.addstr(0, 1, "Menu \u203a Program Kerja")
            s.addstr(1, 0, " Program \u2502 Kegiatan \u2502 Mitra")
            s.addstr(2, 0, "Periode 2023\u20132028 (aktif) \u00b7 Status: semua \u00b7 Bidang: semua")
            s.addstr(3, 0, "Program                    Bidang     Status     Capaian")
            s.addstr(4, 0, "Rekrutmen dan pendataan a\u2026 Organisas\u2026 berjalan   81%", curses.A_REVERSE)
            bar = "Enter Buka  s Status  b Bidang  F10 Keluar"
        elif self.screen == "programme":
            s.addstr(0, 1, "Menu \u203a Program Kerja \u203a Rekrutmen dan pendataan anggota")
            s.addstr(1, 0, "Periode 2023\u20132028 \u00b7 Status berjalan")
            s.addstr(3, 0, "Sasaran                     Capaian")
            s.addstr(4, 0, "Anggota terdata             124/200 (62%)", curses.A_REVERSE)
            s.addstr(6, 0, "Realisasi: Anggota terdata")
            s.addstr(7, 0, "14 Mei 2023   +124")
            bar = "r Realisasi  a Sasaran  F10 Keluar"
        elif self.screen == "musdas":
            s.addstr(0, 1, "Menu \u203a Musda")
            s.addstr(1, 0, "Musda I          14 Mei 2023  Palembang", curses.A_REVERSE)
            bar = "Enter Buka  F1 Bantuan  F10 Keluar"
        elif self.screen == "record":
            titles = [t for (t,) in self.con.execute("SELECT title FROM musda_session ORDER BY id")]
            s.addstr(0, 1, "Menu \u203a Musda \u203a Musda I")
            tabs = ["Ringkasan", "Sesi & Acara", "Daftar Hadir", "Notulen", "Keputusan"]
            s.addstr(1, 0, " " + " \u2502 ".join(("[" + t + "]") if i == self.tab else t for i, t in enumerate(tabs)))
            s.addstr(2, 0, "Sesi: " + titles[self.session % len(titles)])
            if self.message:
                s.addstr(h - 2, 0, self.message)
            bar = "Tab Ganti tab  F1 Bantuan  F10 Keluar"
        elif self.screen == "editor":
            lines = self.text.split("\n")
            s.addstr(0, 1, "Menu \u203a Musda \u203a Musda I \u203a Notulen")
            s.addstr(0, w - 16, f"baris {len(lines)}/{len(lines)}")
            s.addstr(1, 0, "Sidang Pleno II: Laporan Pertanggungjawaban")
            if self.autosaved:
                s.addstr(1, w - 30, "Tersimpan otomatis " + self.autosaved)
            rows = h - 4
            shown = []
            for line in lines:
                shown += [line[i:i + w - 1] for i in range(0, max(1, len(line)), w - 1)] or [""]
                if line and len(line) % (w - 1) == 0:
                    shown.append("")
            for i, row in enumerate(shown[-rows:]):
                s.addstr(2 + i, 0, row)
            last = shown[-rows:]
            cursor = (2 + len(last) - 1, len(last[-1]))
            bar = "F2 Simpan  Esc Kembali  F1 Bantuan  F10 Keluar"
        elif self.screen == "orgchart":
            s.addstr(0, 1, "Menu \u203a Pengurus \u203a 2023\u20132028 \u203a Bagan")
            s.addstr(0, w - 30, "baris 1\u201321 dari 48")
            s.addstr(3, 30, "\u2502 Ketua   \u2502")
            s.addstr(4, 30, "\u2502 Wahidin \u2502")
            bar = "F1 Bantuan  Esc Kembali  F10 Keluar"
        elif self.screen == "board":
            s.addstr(0, 1, "Menu \u203a Pengurus \u203a 2023\u20132028")
            s.addstr(0, w - 24, "45 dari 45 kursi terisi")
            s.addstr(1, 2, "Jabatan                  Pemegang")
            rows = h - 4
            top = max(0, self.line - rows + 1)
            for i, line in enumerate(BOARD[top:top + rows]):
                holder = f"Orang {top + i}" if line.startswith("  ") else ""
                s.addstr(2 + i, 0, f"{line:<27}{holder}".ljust(w - 1), curses.A_REVERSE if top + i == self.line else 0)
            cursor = (2 + self.line - top, 0)
            bar = "Enter Riwayat  i Isi/Ganti  Esc Kembali  F10 Keluar"
            if self.picker is not None:
                cursor = self.draw_picker(w)
                bar = "Enter Pilih  Esc Batal  F10 Keluar"
        else:
            s.addstr(0, 1, "Menu \u203a Anggota \u203a Detail")
            s.addstr(2, 1, f"Orang nomor {self.pos}")
            bar = "Esc Kembali  F10 Keluar"
        s.addstr(h - 1, 0, bar, curses.A_REVERSE)
        s.move(*cursor)
        s.refresh()

    def draw_picker(self, w):
        s, q = self.scr, self.picker
        top, left, bw, bh = 6, 10, w - 20, 16
        s.addstr(top, left, "\u250c\u2500 Ganti: Bendahara ".ljust(bw - 1, "\u2500") + "\u2510")
        for y in range(top + 1, top + bh - 1):
            s.addstr(y, left, "\u2502" + " " * (bw - 2) + "\u2502")
        s.addstr(top + bh - 1, left, "\u2514" + "\u2500" * (bw - 2) + "\u2518")
        s.addstr(top + 1, left + 2, "Cari: " + q)
        if not q:
            status = "Ketik sebagian nama, NIK atau KTA."
        else:
            s.addstr(top + 3, left + 2, "Nama" + " " * 26 + "KTA")
            names = [n for (n,) in self.con.execute(
                "SELECT name FROM person WHERE name LIKE ? OR name LIKE ? ORDER BY name LIMIT 11",
                (q + "%", "% " + q + "%"))]
            for i, n in enumerate(names[:10]):
                s.addstr(top + 4 + i, left + 2, f"{n:<30}16.71.{i:06d}")
            if not names:
                s.addstr(top + 4, left + 2, "Tidak ada yang cocok.")
            status = ("10+ cocok; ketik lebih banyak untuk mempersempit" if len(names) > 10
                      else f"{len(names)} cocok" if names else "")
        s.addstr(top + bh - 2, left + 2, status)
        return (top + 1, left + 8 + len(q))

    def run(self):
        self.scr.timeout(50)
        while True:
            if self.unsaved_since is not None and time.monotonic() - self.unsaved_since >= 1.0:
                self.autosaved = time.strftime("%H.%M.%S")
                self.unsaved_since = None
            self.draw()
            try:
                k = self.scr.get_wch()
            except curses.error:
                continue
            if k in ("Q", curses.KEY_F10):
                return
            if self.screen == "menu":
                if k == "1":
                    self.screen, self.pos = "list", 1
                elif k == "2":
                    self.screen = "terms"
                elif k == "3":
                    self.screen = "musdas"
                elif k == "4":
                    self.screen = "programmes"
            elif self.screen == "programmes":
                if k in ("\n", "\r", curses.KEY_ENTER):
                    self.screen = "programme"
                elif k == "\x1b":
                    self.screen = "menu"
            elif self.screen == "programme":
                if k == "\x1b":
                    self.screen = "programmes"
            elif self.screen == "musdas":
                if k in ("\n", "\r", curses.KEY_ENTER):
                    self.screen, self.session, self.tab, self.message = "record", 0, 0, ""
                elif k == "\x1b":
                    self.screen = "menu"
            elif self.screen == "record":
                if k == "]":
                    self.session += 1
                elif k == "\t":
                    self.tab = (self.tab + 1) % 5
                elif k in ("\n", "\r", curses.KEY_ENTER) and self.tab == 3:
                    self.text = self.con.execute("SELECT text FROM minutes WHERE session_id = 3").fetchone()[0]
                    self.screen, self.autosaved, self.unsaved_since = "editor", "", None
                elif k == "\x1b":
                    self.screen = "musdas"
            elif self.screen == "editor":
                if k == "\x1b":
                    self.screen, self.message = "record", "Notulen Sidang Pleno II: Laporan Pertanggungjawaban tersimpan."
                elif isinstance(k, str) and (k.isprintable() or k in ("\n", "\r")):
                    self.text += "\n" if k in ("\n", "\r") else k
                    if self.unsaved_since is None:
                        self.unsaved_since = time.monotonic()
            elif self.screen == "terms":
                if k in ("\n", "\r", curses.KEY_ENTER):
                    self.screen, self.line = "board", 0
                elif k == "\x1b":
                    self.screen = "menu"
            elif self.screen == "board" and self.picker is not None:
                if k == "\x1b":
                    self.picker = None
                elif k == "\x15":
                    self.picker = ""
                elif isinstance(k, str) and k.isalpha():
                    self.picker += k
            elif self.screen == "orgchart":
                if k == "\x1b":
                    self.screen = "board"
            elif self.screen == "board":
                if k == "\x1b":
                    self.screen = "terms"
                elif k == "o":
                    self.screen = "orgchart"
                elif k == "j":
                    self.line = min(len(BOARD) - 1, self.line + 1)
                elif k == "k":
                    self.line = max(0, self.line - 1)
                elif k == "g":
                    self.line = 0
                elif k == "i":
                    self.picker = ""
            elif self.screen == "detail":
                if k == "\x1b":
                    self.screen = "list"
            elif self.query is not None and isinstance(k, str) and k.isalpha():
                self.query += k
                self.pos = 1
            elif k == "\x1b":
                self.query = None
                self.pos = 1
            else:
                total = self.total()
                page = self.scr.getmaxyx()[0] - 4
                if k == "j":
                    self.pos = min(total, self.pos + 1)
                elif k == curses.KEY_NPAGE:
                    self.pos = min(total, self.pos + page)
                elif k == "G":
                    self.pos = total
                elif k == "g":
                    self.pos = 1
                elif k in ("\n", "\r", curses.KEY_ENTER):
                    if not broken("detail"):  # the self-test's broken build
                        self.screen = "detail"
                elif k == "/":
                    self.query = ""
                elif k == "q":
                    self.screen = "menu"


def main():
    args = sys.argv[1:]
    db = args[args.index("--db") + 1]
    if args and args[0] == "demo":
        demo(db, int(args[args.index("--people") + 1]) if "--people" in args else 0)
        return
    if args and args[0] == "import":
        import_census(args[2], db, "--dry-run" in args)
        return
    os.environ.setdefault("ESCDELAY", "25")
    curses.wrapper(lambda scr: App(scr, db).run())


if __name__ == "__main__":
    main()
