"""A stand-in for sekretariat that follows the contract bench.py measures.

It exists only to test the harness itself (bench/selftest/run): a menu, an
Anggota list with a POS/TOTAL counter, a detail, a live search, the Pengurus
term list, a 45-seat board with its person picker, and a
`demo --db PATH --people N` command. It is not fast and does not try to be.
"""

import curses
import os
import sqlite3
import sys

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
    con.commit()
    con.close()


class App:
    def __init__(self, scr, db):
        self.scr = scr
        self.con = sqlite3.connect(db)
        self.screen = "menu"
        self.pos = 1
        self.query = None
        self.line = 0          # selected line of the board
        self.picker = None     # the picker's text while it is open

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
        while True:
            self.draw()
            k = self.scr.get_wch()
            if k in ("Q", curses.KEY_F10):
                return
            if self.screen == "menu":
                if k == "1":
                    self.screen, self.pos = "list", 1
                elif k == "2":
                    self.screen = "terms"
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
                    if os.environ.get("FAKE_BREAK") != "detail":  # the self-test's broken build
                        self.screen = "detail"
                elif k == "/":
                    self.query = ""
                elif k == "q":
                    self.screen = "menu"


def main():
    args = sys.argv[1:]
    db = args[args.index("--db") + 1]
    if args and args[0] == "demo":
        demo(db, int(args[args.index("--people") + 1]))
        return
    os.environ.setdefault("ESCDELAY", "25")
    curses.wrapper(lambda scr: App(scr, db).run())


if __name__ == "__main__":
    main()
