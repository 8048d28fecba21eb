"""A stand-in for sekretariat that follows the contract bench.py measures.

It exists only to test the harness itself (bench/selftest/run): a menu, an
Anggota list with a POS/TOTAL counter, a detail, a live search, and a
`demo --db PATH --people N` command. It is not fast and does not try to be.
"""

import curses
import os
import sqlite3
import sys

MENU = ["Anggota", "Pengurus", "Musda", "Program Kerja", "Pendataan", "Laporan", "Pengaturan"]
FIRST = ["Siti", "Ahmad", "Dewi", "Putra", "Rahmat", "Sari", "Budi", "Nur", "Indah", "Agus"]
LAST = ["Lestari", "Susanto", "Hasan", "Wati", "Hendra", "Ratna", "Fitri", "Rizki", "Dian", "Eko"]


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
        else:
            s.addstr(0, 1, "Menu \u203a Anggota \u203a Detail")
            s.addstr(2, 1, f"Orang nomor {self.pos}")
            bar = "Esc Kembali  F10 Keluar"
        s.addstr(h - 1, 0, bar, curses.A_REVERSE)
        s.move(*cursor)
        s.refresh()

    def run(self):
        while True:
            self.draw()
            k = self.scr.get_wch()
            if k in ("Q", curses.KEY_F10):
                return
            if self.screen == "menu":
                if k == "1":
                    self.screen, self.pos = "list", 1
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
