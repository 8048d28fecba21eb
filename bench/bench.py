"""The benchmark harness behind `make bench` (issue 5).

It runs the release binary, and a minimal ncurses program (the floor), in a
pty of fixed size, feeds every byte they print to a VT emulator, and measures
what a user feels: exec to first frame, key to screen, bytes per step, peak
memory, and the time to build each database. Every step is checked against
the screen it should produce, so a wrong screen fails loudly instead of
giving a figure. Results go to BENCHMARKS.md; raw samples to
bench/cache/last-run.json.

Configuration is by environment (bench/README.md lists it all).
"""

import datetime
import hashlib
import importlib.metadata
import json
import math
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
import traceback
import unicodedata

from term import BenchFailure, Term, now

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
ROWS, COLS = 30, 100

# --- configuration -----------------------------------------------------------

QUICK = os.environ.get("QUICK", "") not in ("", "0")
SAMPLES = int(os.environ.get("BENCH_SAMPLES") or (30 if QUICK else 100))
QUIET_MS = float(os.environ.get("BENCH_QUIET_MS") or 50)
TIMEOUT_S = float(os.environ.get("BENCH_TIMEOUT_S") or 20)
BIN = os.environ.get("SEKRETARIAT_BIN") or os.path.join(ROOT, ".build/release/sekretariat")
FLOOR = os.environ.get("BENCH_FLOOR_BIN") or os.path.join(BENCH, "cache/floor")
CACHE = os.environ.get("BENCH_CACHE") or os.path.join(
    os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "sekretariat-bench")
REBUILD = os.environ.get("BENCH_REBUILD", "") not in ("", "0")
ONLY = os.environ.get("BENCH_ONLY", "")  # "floor": the floor alone; "app": floor and screens; "import": the import step alone
GIVEN_DB = os.environ.get("BENCH_DB", "")  # measure one existing database instead of the sizes
OUT = os.environ.get("BENCH_OUT") or os.path.join(ROOT, "BENCHMARKS.md")
# Raw samples (last-run.json) and the screens the harness saw (screens/).
WORK = os.environ.get("BENCH_WORK") or os.path.join(BENCH, "cache")
if os.environ.get("BENCH_SIZES"):
    SIZES = [int(s) for s in os.environ["BENCH_SIZES"].split(",") if s.strip()]
else:
    SIZES = [1000, 100000] if QUICK else [1000, 100000, 1000000]
# Prefixes typed into the search, one letter per sample. Common Indonesian name
# parts, so the first letters are broad prefixes (the expensive case).
WORDS = (os.environ.get("BENCH_SEARCH_WORDS") or
         "siti ahmad dewi putra rahmat sari budi nur indah agus wati hendra yuli "
         "fitri andi rizki dian eko joko lestari muhammad ani hasan ratna susanto").split()

# Prefixes typed into the person picker (Pengurus › board › `i`), 3-6 letters of name parts the
# demo generator uses (Sources/Storage/BulkMembers.swift, Names): given names, family names and
# the Palembang titles, common and rarer ones, some of them also a second given name.
PICKER_WORDS = (os.environ.get("BENCH_PICKER_WORDS") or
                "siti hend wahyu rahma lest kemas nyima sapu wibis zulk juwit syahr ilham rosm fitri "
                "kiag dama hasan sept husin erwin mega").split()

ENV = {
    "TERM": "xterm-256color",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    "HOME": os.environ.get("HOME", "/root"),
}

KEY_PGDN = b"\x1b[6~"
KEY_ESC = b"\x1b"
KEY_ENTER = b"\r"
KEY_CTRL_U = b"\x15"


def size_label(n):
    if n is None:
        return "given DB"
    if n >= 1000000 and n % 1000000 == 0:
        return f"{n // 1000000}M"
    if n >= 1000 and n % 1000 == 0:
        return f"{n // 1000}k"
    return str(n)


def log(msg):
    print(msg, flush=True)


# --- statistics ---------------------------------------------------------------

def pct(values, q):
    """Nearest-rank percentile."""
    s = sorted(values)
    return s[max(0, math.ceil(q * len(s)) - 1)]


def summary(values):
    return {"n": len(values), "median": statistics.median(values),
            "p95": pct(values, 0.95), "p99": pct(values, 0.99), "max": max(values)}


# --- screen reading -----------------------------------------------------------

NUM = r"\d{1,3}(?:[.,]\d{3})+|\d+"
# `12/124`; `1/1.000.124`; `12/10000+` when a broad search was counted only in part.
COUNTER = re.compile(rf"(?<![\d/.,])({NUM})\s*/\s*({NUM})(\+?)(?![\d/])")


def num(s):
    return int(s.replace(".", "").replace(",", ""))


def top(screen, n=3):
    return screen.display[:n]


def list_counter(screen):
    """(pos, total) from the Anggota list header, or None if this is not the list."""
    for line in top(screen):
        if "Anggota" in line and "Detail" not in line:
            m = COUNTER.search(line)
            if m:
                return num(m.group(1)), num(m.group(2))
    return None


def counter_text(screen):
    """The counter as shown, e.g. `1/10000+`."""
    for line in top(screen):
        if "Anggota" in line:
            m = COUNTER.search(line)
            if m:
                return m.group(0)
    return "?"


def is_detail(screen):
    return any("Detail" in line for line in top(screen))


def text_of(screen):
    return "\n".join(screen.display)


def is_report_list(screen):
    return any("Menu › Laporan" in line for line in top(screen, 1)) and "Anggota per kabupaten/kota" in text_of(screen)


def is_regency_report(screen):
    """The members-per-regency chart, counted: its total line is drawn once the count is in."""
    return (any("› Anggota per kabupaten/kota" in line for line in top(screen, 1))
            and any(line.startswith("Jumlah  Anggota ") for line in screen.display))


def is_menu(screen):
    t = text_of(screen)
    return ("Anggota" in t and "Pengaturan" in t and screen.display[-1].strip() != ""
            and list_counter(screen) is None and not is_detail(screen))


# The list says its rows are not yet those of the search typed (the search runs
# off the loop: the keystroke shows at once, the results follow).
SEARCHING = re.compile(r"mencari…|searching…", re.I)


def searching(screen):
    return any(SEARCHING.search(line) for line in top(screen))


def before_cursor(screen):
    row = screen.buffer[screen.cursor.y]
    return "".join(row[x].data for x in range(screen.cursor.x))


def search_shows(screen, query, notes):
    """The search prompt holds `query`: the text left of the cursor ends with it
    (DESIGN: the real cursor sits on the focused field), or, failing that, a
    line shows a prompt such as `Cari: query` or `/query`."""
    q = query.casefold()
    if before_cursor(screen).rstrip().casefold().endswith(q):
        return True
    pat = re.compile(r"(?:cari|search|filter|/)\s*:?\s*" + re.escape(q) + r"(?![^\W\d_])", re.I)
    for line in screen.display:
        if pat.search(line.casefold()):
            notes.add("the search prompt shows the query, but the terminal cursor is not at its end")
            return True
    return False


# --- Pengurus screens (menu key `2`) ---------------------------------------------

# The demo's board (DemoOrganisation): the aktif term, first in the term list, all seats held.
BOARD_TERM = "2023–2028"
BOARD_SEATS = 45
# The Bendahara seat is the 14th line of the board (group titles count): `g`, then `j`×13.
BENDAHARA_LINE = 13
SEATS_FILLED = re.compile(r"(\d+) dari (\d+) kursi terisi")
PICKER_TITLE = re.compile(r"┌─ ((?:Ganti|Isi kursi): Bendahara) ")
PICKER_COUNT = re.compile(r"^(\d+)(\+?) cocok")
PICKER_EMPTY = "Ketik sebagian nama, NIK atau KTA."
PICKER_NONE = "Tidak ada yang cocok."


def has_box(screen):
    return any("┌─" in line for line in screen.display)


def is_terms(screen):
    """Menu › Pengurus: the term list, whole (key bar drawn), with the demo's term at 45/45."""
    d = screen.display
    return (d[0].strip().endswith("› Pengurus") and not has_box(screen)
            and any(BOARD_TERM in line and f"{BOARD_SEATS}/{BOARD_SEATS}" in line for line in d[1:-1])
            and "Susunan" in d[-1])


def seats_filled(screen):
    m = SEATS_FILLED.search(screen.display[0])
    return (int(m.group(1)), int(m.group(2))) if m else None


def is_board(screen):
    """Menu › Pengurus › 2023–2028, whole: the header's `45 dari 45 kursi terisi`, the column
    titles, the first two groups and the key bar; no box over it."""
    d = screen.display
    return (f"Pengurus › {BOARD_TERM}" in d[0] and seats_filled(screen) == (BOARD_SEATS, BOARD_SEATS)
            and "Jabatan" in d[1] and "Pemegang" in d[1] and d[2].startswith("PEMBINA / PENASEHAT")
            and any(line.startswith("PENGURUS HARIAN") for line in d[3:-2])
            and "Riwayat" in d[-1] and not has_box(screen))


def is_orgchart(screen):
    """Pengurus › 2023–2028 › Bagan, whole: the position in the header, the ketua's box with
    Wahidin, the key bar."""
    d = screen.display
    return ("› Bagan" in d[0] and "baris 1–" in d[0] and any("Wahidin" in line for line in d[1:-1])
            and "Bantuan" in d[-1])


# --- Program Kerja (menu key `4`) --------------------------------------------------

# The demo's first programme of the aktif term (DemoOrganisation), carried over from 2019–2023.
PROGRAMME = "Rekrutmen dan pendataan anggota"


def is_programmes(screen):
    """Menu › Program Kerja, whole: the term line, the column titles with `Capaian`, the demo's
    first programme, the key bar; no box over it."""
    d = screen.display
    return (d[0].strip().startswith("Menu › Program Kerja") and "›" not in d[0].split("Program Kerja", 1)[1]
            and d[2].startswith(f"Periode {BOARD_TERM}") and "Capaian" in d[3]
            and any(line.startswith(PROGRAMME[:20]) for line in d[4:-1]) and "Bidang" in d[-1] and not has_box(screen))


def is_programme(screen):
    """Program Kerja › the recruitment programme, whole: its targets with a gauge's figure,
    the realisation entries, the key bar."""
    d = screen.display
    return (f"› {PROGRAMME}" in d[0] and any(line.startswith("Sasaran") for line in d[1:-1])
            and any("/200 (" in line for line in d[1:-1]) and any(line.startswith("Realisasi:") for line in d[1:-1])
            and "Realisasi" in d[-1] and not has_box(screen))


# The minutes step: Musda I, Sidang Pleno II, whose minutes the bench makes this long first.
MINUTES_KB = int(os.environ.get("BENCH_MINUTES_KB") or 30)
MINUTES_TEXT = "rapat pleno membahas laporan pertanggungjawaban dan program kerja "


def prepare_minutes(db):
    """Sets the minutes of Sidang Pleno II to about MINUTES_KB KiB of text (paragraphs of 400
    bytes), unlocked, with no draft left: every run types into the same document."""
    paragraph = ("Peserta menyampaikan pandangan tentang pendataan anggota, uji kompetensi dan kerja sama "
                 "dengan pemerintah daerah; pimpinan sidang mencatat usulan dan meminta tanggapan. ") * 2
    text = "\n".join(paragraph for _ in range(max(1, MINUTES_KB * 1024 // len(paragraph))))
    con = sqlite3.connect(db)
    try:
        con.execute("PRAGMA busy_timeout = 5000")
        row = con.execute("SELECT s.id FROM musda_session s JOIN musda m ON m.id = s.musda_id "
                          "WHERE m.kind = 'musda' AND s.title LIKE 'Sidang Pleno II:%'").fetchone()
        if row is None:
            raise BenchFailure("minutes: the demo has no Sidang Pleno II in Musda I")
        con.execute("UPDATE minutes SET text = ?, finalised = 0 WHERE session_id = ?", (text, row[0]))
        con.execute("DELETE FROM draft WHERE kind = 'notulen'")
        con.commit()
    finally:
        con.close()
    return len(text.encode())


def is_minutes_editor(screen):
    d = screen.display
    return "Musda I › Notulen" in d[0] and "baris" in d[0] and d[1].startswith("Sidang Pleno II") and "Simpan" in d[-1]


def autosaved_at(screen):
    """The `Tersimpan otomatis 10.32.15` time on the editor's status line, or None."""
    m = re.search(r"Tersimpan otomatis (\d\d\.\d\d\.\d\d)", screen.display[1])
    return m.group(1) if m else None


def board_line(screen):
    """The board line the terminal cursor sits on (the app puts it on the selected row)."""
    return screen.display[screen.cursor.y]


def fold(text):
    """Lower case without diacritics, as the app's TextKey folds names."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words_of(text):
    return re.findall(r"[^\W_]+", fold(text))


class PickerView:
    """What the person picker's box shows: title, query line, match rows, status line."""

    def __init__(self, title, inner):
        self.title = title
        self.query_line = inner[0]
        self.status = inner[-1].strip()
        header = next((i for i, line in enumerate(inner) if line.strip().startswith("Nama") and "KTA" in line), None)
        body = inner[header + 1:-1] if header is not None else inner[1:-1]
        self.none = any(PICKER_NONE in line for line in body)
        kta = inner[header].index("KTA") if header is not None else None
        self.names = [] if self.none or kta is None else [line[:kta].strip() for line in body if line[:kta].strip()]
        m = PICKER_COUNT.match(self.status)
        self.count = (m.group(1) + m.group(2)) if m else ("0" if self.none and not self.status else None)

    def answered(self):
        """Matches of the current text shown: a count (or `Tidak ada yang cocok.`), no `mencari…`."""
        return self.count is not None and not SEARCHING.search(self.status)

    def strangers(self, typed):
        """Names shown that have no word starting with each word typed (a full name only: one
        cut with `…` may have lost that word). Not an error as such: the app also matches the
        e-mail, NIK and KTA, which the box does not show."""
        tokens = words_of(typed)
        return [n for n in self.names if not n.endswith("…")
                and not all(any(w.startswith(tok) for w in words_of(n)) for tok in tokens)]


def picker_view(screen):
    """The picker box over the board, or None."""
    d = screen.display
    for y, line in enumerate(d):
        m = PICKER_TITLE.search(line)
        if not m:
            continue
        left, right = m.start(), line.find("┐", m.start())
        if right < 0:
            return None
        bottom = next((b for b in range(y + 1, len(d)) if d[b][left:left + 1] == "└"), None)
        if bottom is None or bottom - y < 4:
            return None
        return PickerView(m.group(1), [d[r][left + 1:right] for r in range(y + 1, bottom)])
    return None


# --- the two programs ---------------------------------------------------------

class Target:
    """What is measured: a program, how to start it, and how to check its screens."""

    name = ""
    steps = ("open", "scroll", "page", "end", "detail", "search")

    def __init__(self):
        self.samples = {}     # metric -> list of floats
        self.values = {}      # metric -> single value
        self.failures = []    # (stage, message)
        self.notes = set()
        self.search_words = []  # (query, matches)
        self.search_log = []    # (query so far, ms to results, matches, ms to echo) per keystroke
        self.picker_words = []  # the same two for the person picker
        self.picker_log = []
        self.late = [0, 0]    # late output events, bytes
        self.ignored = {}

    def add(self, metric, value):
        self.samples.setdefault(metric, []).append(value)

    # The metrics each stage produces; a failed stage keeps none of them, so a
    # table cell is either every sample of a step that fully worked, or `—`.
    STAGE_METRICS = {"startup": ("startup_ms", "startup_bytes", "rss_first_kib")}

    def fail(self, stage, err):
        msg = str(err)
        self.failures.append((stage, msg))
        for metric in self.STAGE_METRICS.get(stage, (stage + "_ms", stage + "_bytes", stage + "_first_ms",
                                                     stage + "_echo_ms")):
            self.samples.pop(metric, None)
        log(f"  FAILED [{self.name}] {stage}: {msg}")

    def term(self):
        return Term(self.argv(), ENV, ROWS, COLS, QUIET_MS / 1000.0, TIMEOUT_S)

    def absorb(self, t):
        self.late[0] += t.late_events
        self.late[1] += t.late_bytes
        for k, v in t.screen.ignored.items():
            self.ignored[k] = self.ignored.get(k, 0) + v

    def quit(self, t, stage):
        t.send(b"Q")
        status = t.wait_exit(5.0)
        self.absorb(t)
        if status is None:
            t.kill()
            raise BenchFailure(f"{stage}: `Q` did not quit within 5 s.\nLast screen:\n{t.screen.dump()}")
        if status != 0:
            raise BenchFailure(f"{stage}: exited with status {status} after `Q`.\nLast screen:\n{t.screen.dump()}")

    def measure_startup(self):
        log(f"[{self.name}] exec -> first frame, {SAMPLES} runs")
        for i in range(SAMPLES):
            t = self.term()
            try:
                t0 = t.start()
                frame = t.wait_frame(t0, self.first_frame, f"exec -> first frame (run {i + 1})",
                                     timeout_s=max(TIMEOUT_S, 30))
                self.add("startup_ms", frame.ms)
                self.add("startup_bytes", frame.nbytes)
                self.add("rss_first_kib", t.status_field("VmHWM"))
                if i == 0:
                    self.snap(t, "first-frame")
                self.quit(t, f"quit after first frame (run {i + 1})")
            finally:
                t.kill()
        self.report("startup_ms")

    def report(self, metric, extra=""):
        v = self.samples.get(metric)
        if v:
            s = summary(v)
            log(f"  {metric}: median {s['median']:.2f}, p95 {s['p95']:.2f}, p99 {s['p99']:.2f} (n={s['n']}){extra}")

    def prepare(self, t, step):
        """Bring a fresh run to where `step` starts."""

    def needs(self, step):
        """The screen `step` starts from; when it cannot be reached, the steps needing it are not taken."""
        return "list"

    def recover(self, t, step):
        """After `step` failed, bring the same run back to where the next step starts, if it can."""
        return False

    def snap(self, t, name):
        """Keep what the harness saw (bench/cache/screens/), for a person to check."""
        d = os.path.join(WORK, "screens")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, f"{self.name.replace(' ', '-')}-{name}.txt"), "w") as f:
            f.write(t.screen.dump() + "\n")

    def measure_session(self):
        """One long run: every key step in turn, then peak RSS, then quit.

        After a failed step the run is brought back to the list if it can be
        (Esc); otherwise the next step starts a fresh run, and then no peak RSS
        is reported, since no single run took every step.
        """
        t = None
        restarted = False
        failed = False
        blocked = {}  # screen -> why the steps starting there are pointless
        try:
            for step in self.steps:
                if self.needs(step) in blocked:
                    self.fail(step, BenchFailure(f"not taken: {blocked[self.needs(step)]}"))
                    continue
                try:
                    if t is None:
                        t = self.term()
                        t0 = t.start()
                        t.wait_frame(t0, self.first_frame, f"{step}: first frame", timeout_s=max(TIMEOUT_S, 30))
                        try:
                            self.prepare(t, step)
                        except BenchFailure:
                            blocked[self.needs(step)] = (f"the screen `{step}` needs could not be reached "
                                                         "(see the failure before)")
                            raise
                    getattr(self, "step_" + step)(t)
                except BenchFailure as e:
                    if step == "open" and getattr(self, "total", 1) is None:
                        blocked["list"] = "the Anggota list never opened (see `open`)"
                    self.fail(step, e)
                    failed = True
                    if t is not None and self.needs(step) not in blocked and t.alive() and self.recover(t, step):
                        continue
                    if t is not None:
                        self.absorb(t)
                        t.kill()
                    t = None
                    restarted = True
            if t is None:
                t = self.term()
                t0 = t.start()
                t.wait_frame(t0, self.first_frame, "first frame", timeout_s=max(TIMEOUT_S, 30))
            rss = t.status_field("VmHWM")
            self.quit(t, "quit at the end")
            if restarted:
                self.fail("peak RSS", BenchFailure("not taken: a step failed and the program had to be "
                                                   "restarted, so no single run took every step"))
            else:
                self.values["rss_peak_kib"] = rss
                self.values["rss_partial"] = failed
        except BenchFailure as e:
            self.fail("session", e)
        finally:
            if t is not None:
                t.kill()


class Floor(Target):
    """bench/floor.c: draws a first frame, echoes each key on row 4 as `key N: NAME`."""

    name = "floor"

    def __init__(self):
        super().__init__()
        self.count = 0

    def argv(self):
        return [FLOOR]

    @staticmethod
    def first_frame(screen):
        return "floor" in screen.display[0] and screen.display[-1].strip() != ""

    def echo(self, t, key, names, metric, what):
        self.count += 1
        expected = [f"key {self.count}: {n}" for n in names]
        frame = t.press(key, lambda s: s.display[4].rstrip() in expected, what)
        self.add(metric + "_ms", frame.ms)
        self.add(metric + "_bytes", frame.nbytes)
        return frame

    def prepare(self, t, step):
        self.count = 0  # a fresh run counts from zero

    def run_keys(self, t, key, names, metric, step):
        log(f"[floor] {step}: {SAMPLES} keys")
        for i in range(SAMPLES):
            self.echo(t, key, names, metric, f"{step} (sample {i + 1})")
        self.report(metric + "_ms")

    def step_open(self, t):
        self.run_keys(t, b"1", ["1"], "open", "echo of `1`")

    def step_scroll(self, t):
        self.run_keys(t, b"j", ["j"], "scroll", "echo of `j`")

    def step_page(self, t):
        self.run_keys(t, KEY_PGDN, ["KEY_NPAGE"], "page", "echo of PgDn")

    def step_end(self, t):
        self.run_keys(t, b"G", ["G"], "end", "echo of `G`")

    def step_detail(self, t):
        self.run_keys(t, KEY_ENTER, ["^M", "^J"], "detail", "echo of Enter")

    def step_search(self, t):
        log(f"[floor] echo of letters: {SAMPLES} keys")
        taken = 0
        for word in cycle_words():
            for i, ch in enumerate(word):
                frame = self.echo(t, ch.encode(), [ch], "search", f"echo of `{ch}`")
                self.add("search_echo_ms", frame.ms)
                if i == 0:
                    self.add("search_first_ms", self.samples["search_ms"][-1])
                taken += 1
                if taken >= SAMPLES:
                    self.report("search_ms")
                    return


def cycle_words(words=None):
    while True:
        yield from words or WORDS


class App(Target):
    """The release binary on one database, driven through the contract of issue 4."""

    # The Pengurus steps start from the main menu, whatever became of the Anggota list.
    steps = Target.steps + ("board", "orgchart", "picker", "minutes", "programmes", "reports")
    PENGURUS_STEPS = ("board", "orgchart", "picker")

    def __init__(self, people, db):
        super().__init__()
        self.people = people
        self.db = db
        self.name = size_label(people)
        self.total = None

    def argv(self):
        return [BIN, "--db", self.db]

    @staticmethod
    def first_frame(screen):
        return is_menu(screen)

    def needs(self, step):
        if step in ("minutes", "programmes", "reports"):
            return "menu"
        return "pengurus" if step in self.PENGURUS_STEPS else "list"

    def prepare(self, t, step):
        if self.needs(step) == "menu":
            return
        if self.needs(step) == "pengurus":
            self.to_terms(t, step)
        elif step != "open":
            t.press(b"1", lambda s: list_counter(s) is not None, f"{step}: `1` opens the Anggota list")
            self.total = self.total or list_counter(t.screen)[1]

    def recover(self, t, step):
        if self.needs(step) == "pengurus":
            # Esc closes the picker, then the board; any of these screens is a start for the next step.
            for attempt in range(4):
                if self.where(t.screen) in ("terms", "board", "menu"):
                    log(f"  [{self.name}] back in Pengurus after Esc; the run goes on")
                    return True
                try:
                    t.press(KEY_ESC, lambda s: self.where(s) in ("terms", "board", "menu"), "recovering with Esc",
                            need_bytes=False, timeout_s=3)
                except BenchFailure:
                    continue
            return False
        for attempt in range(3):
            try:
                t.press(KEY_ESC, lambda s: list_counter(s) is not None, "recovering with Esc",
                        need_bytes=False, timeout_s=3)
                log(f"  [{self.name}] back in the list after Esc; the run goes on")
                return True
            except BenchFailure:
                continue
        return False

    def need_list(self, screen, what):
        c = list_counter(screen)
        if c is None:
            raise BenchFailure(f"{what}: the Anggota list header (`Menu › Anggota` with a counter POS/TOTAL) "
                               f"is not on screen.\nLast screen:\n{screen.dump()}")
        return c

    def to_top(self, t, what):
        pos, total = self.need_list(t.screen, what)
        if pos != 1:
            t.press(b"g", lambda s: (list_counter(s) or (0, 0))[0] == 1, f"{what}: `g` back to the top")

    # `1` from the menu, then `q` back to it; ends in the list.
    def step_open(self, t):
        log(f"[{self.name}] `1` -> Anggota list: {SAMPLES} samples")
        for i in range(SAMPLES):
            frame = t.press(b"1", lambda s: list_counter(s) is not None, f"`1` opens the Anggota list (sample {i + 1})")
            self.add("open_ms", frame.ms)
            self.add("open_bytes", frame.nbytes)
            if i == 0:
                self.snap(t, "list")
            pos, total = list_counter(t.screen)
            if self.total is None:
                self.total = total
                expected = None if self.people is None else self.people + 124
                log(f"  list total {total}" + (f" (expected {expected}: 124 demo members + {self.people})"
                                                if expected else ""))
                if expected is not None and total != expected:
                    self.notes.add(f"the list counter shows {total} people, not {expected} "
                                   f"(124 demo members + {self.people} generated)")
            elif total != self.total:
                raise BenchFailure(f"the list total changed from {self.total} to {total} between openings")
            if i + 1 < SAMPLES:
                t.press(b"q", lambda s: is_menu(s), "`q` closes the list back to the menu")
        self.report("open_ms")

    def step_scroll(self, t):
        log(f"[{self.name}] `j` scroll step: {SAMPLES} samples")
        for i in range(SAMPLES):
            pos, total = self.need_list(t.screen, "scroll")
            if pos >= total:
                self.to_top(t, "scroll")
                pos = 1
            frame = t.press(b"j", lambda s, p=pos: list_counter(s) == (p + 1, total),
                            f"`j` moves the counter from {pos}/{total} to {pos + 1}/{total}")
            self.add("scroll_ms", frame.ms)
            self.add("scroll_bytes", frame.nbytes)
            if i == 0:
                self.snap(t, "scroll")
        self.report("scroll_ms")

    def step_page(self, t):
        log(f"[{self.name}] PgDn page step: {SAMPLES} samples")
        moves = []
        for i in range(SAMPLES):
            pos, total = self.need_list(t.screen, "page")
            if total - pos < 2 * max(moves + [40]):
                self.to_top(t, "page")
                pos = 1
            frame = t.press(KEY_PGDN, lambda s, p=pos: (list_counter(s) or (0, 0))[0] > p,
                            f"PgDn moves the counter past {pos}/{total}")
            moves.append(list_counter(t.screen)[0] - pos)
            self.add("page_ms", frame.ms)
            self.add("page_bytes", frame.nbytes)
            if i == 0:
                self.snap(t, "page")
        self.values["page_rows"] = int(statistics.median(moves))
        self.report("page_ms")

    def step_end(self, t):
        log(f"[{self.name}] `G` to the end: {SAMPLES} samples")
        for i in range(SAMPLES):
            self.to_top(t, "`G`")
            pos, total = self.need_list(t.screen, "`G`")
            frame = t.press(b"G", lambda s: list_counter(s) == (total, total),
                            f"`G` moves the counter to {total}/{total}")
            self.add("end_ms", frame.ms)
            self.add("end_bytes", frame.nbytes)
            if i == 0:
                self.snap(t, "end")
        self.to_top(t, "after `G`")
        self.report("end_ms")

    def step_detail(self, t):
        log(f"[{self.name}] Enter -> detail: {SAMPLES} samples")
        for i in range(SAMPLES):
            pos, total = self.need_list(t.screen, "detail")
            # A different person each time, so nothing is merely redrawn from a cache.
            if pos >= total:
                self.to_top(t, "detail")
            else:
                t.press(b"j", lambda s, p=pos: (list_counter(s) or (0, 0))[0] == p + 1, "`j` before opening a detail")
            frame = t.press(KEY_ENTER, is_detail, "Enter opens the detail (a header with `Detail`)")
            self.add("detail_ms", frame.ms)
            self.add("detail_bytes", frame.nbytes)
            if i == 0:
                self.snap(t, "detail")
            t.press(KEY_ESC, lambda s: list_counter(s) is not None, "Esc returns from the detail to the list")
        self.report("detail_ms")

    def step_search(self, t):
        log(f"[{self.name}] search keystrokes: {SAMPLES} samples")
        pos, full = self.need_list(t.screen, "search")
        taken = 0
        for word in cycle_words():
            before = list(t.screen.display)
            t.press(b"/", lambda s: list(s.display) != before and list_counter(s) is not None,
                    "`/` opens the search prompt in the list")
            typed = ""
            for ch in word:
                typed += ch
                # The frame ends with the results (no "searching" hint left); the echo is
                # when the prompt first showed the text, perhaps over the previous rows.
                frame = t.press(ch.encode(),
                                lambda s, q=typed: (list_counter(s) is not None and search_shows(s, q, self.notes)
                                                    and not searching(s)),
                                f"typing `{ch}` shows the search `{typed}` with its results and the list counter",
                                early=lambda s, q=typed: search_shows(s, q, set()))
                echo = frame.early_ms if frame.early_ms is not None else frame.ms
                self.add("search_ms", frame.ms)
                self.add("search_echo_ms", echo)
                self.add("search_bytes", frame.nbytes)
                if len(typed) == 1:
                    self.add("search_first_ms", frame.ms)
                self.search_log.append((typed, frame.ms, counter_text(t.screen).split("/", 1)[-1], echo))
                taken += 1
                if taken >= SAMPLES:
                    break
            if not self.search_words:
                self.snap(t, "search")
            self.search_words.append((typed, counter_text(t.screen).split("/", 1)[-1]))
            t.press(KEY_ESC, lambda s: list_counter(s) is not None and list_counter(s)[1] == full
                    and not search_shows(s, typed, set()),
                    f"Esc clears the search `{typed}` and shows the full list ({full})")
            if taken >= SAMPLES:
                break
        log("  matches: " + ", ".join(f"{w}={m}" for w, m in self.search_words))
        self.report("search_ms")

    # --- Pengurus: the term list, the board, the person picker -----------------------

    def where(self, screen):
        """Which known screen is shown (a whole frame), or None."""
        if picker_view(screen) is not None:
            return "picker"
        if is_board(screen):
            return "board"
        if is_terms(screen):
            return "terms"
        if list_counter(screen) is not None:
            return "list"
        if is_menu(screen):
            return "menu"
        return None

    def to_terms(self, t, what):
        """From the menu, the Anggota list or the board to Menu › Pengurus (not measured)."""
        for _ in range(4):
            here = self.where(t.screen)
            if here == "terms":
                return
            if here == "menu":
                t.press(b"2", is_terms, f"{what}: `2` in the menu opens the term list (`Menu › Pengurus`, "
                                        f"a row `{BOARD_TERM} … {BOARD_SEATS}/{BOARD_SEATS}`, the key bar)")
            elif here == "list":
                t.press(b"q", is_menu, f"{what}: `q` closes the Anggota list back to the menu")
            elif here in ("board", "picker"):
                t.press(KEY_ESC, lambda s: self.where(s) in ("board", "terms"), f"{what}: Esc goes back towards the term list")
            else:
                break
        raise BenchFailure(f"{what}: cannot reach the Pengurus term list (`Menu › Pengurus` with the demo's term "
                           f"{BOARD_TERM} at {BOARD_SEATS}/{BOARD_SEATS}) from this screen.\nLast screen:\n{t.screen.dump()}")

    def open_board(self, t, what):
        """Enter on the term list; the demo's aktif term is the selected (first) row. Returns the frame."""
        frame = t.press(KEY_ENTER, is_board,
                        f"{what}: Enter on the term list opens the board of {BOARD_TERM} (header "
                        f"`{BOARD_SEATS} dari {BOARD_SEATS} kursi terisi`, `PEMBINA / PENASEHAT`, `PENGURUS HARIAN`, key bar)")
        return frame

    # Enter on the term list, Esc back (not measured); ends on the board.
    def step_board(self, t):
        log(f"[{self.name}] Enter -> Pengurus board ({BOARD_SEATS} seats): {SAMPLES} samples")
        self.to_terms(t, "board")
        for i in range(SAMPLES):
            frame = self.open_board(t, f"board (sample {i + 1})")
            self.add("board_ms", frame.ms)
            self.add("board_bytes", frame.nbytes)
            if i == 0:
                self.snap(t, "board")
            if i + 1 < SAMPLES:
                t.press(KEY_ESC, is_terms, "Esc returns from the board to the term list")
        self.report("board_ms")

    # `o` on the board, Esc back (not measured); ends on the board.
    def step_orgchart(self, t):
        log(f"[{self.name}] `o` -> org chart of the {BOARD_SEATS}-seat board: {SAMPLES} samples")
        if self.where(t.screen) != "board":
            self.to_terms(t, "orgchart")
            self.open_board(t, "orgchart")
        for i in range(SAMPLES):
            frame = t.press(b"o", is_orgchart,
                            f"orgchart (sample {i + 1}): `o` on the board opens the chart (`› Bagan`, "
                            "`baris 1–…`, the ketua's box with Wahidin)")
            self.add("orgchart_ms", frame.ms)
            self.add("orgchart_bytes", frame.nbytes)
            if i == 0:
                self.snap(t, "orgchart")
            t.press(KEY_ESC, is_board, "Esc returns from the chart to the board")
        self.report("orgchart_ms")

    # Musda I › Notulen of Sidang Pleno II (~30 KiB): a letter typed at the end → shown; the
    # autosave a second after the first unsaved key; Esc saving the document.
    def step_minutes(self, t):
        size = prepare_minutes(self.db)
        log(f"[{self.name}] minutes typing in a {size / 1024:.0f} KiB document: {SAMPLES} keys")
        for _ in range(5):
            if self.where(t.screen) == "menu":
                break
            t.press(KEY_ESC, lambda s: True, "minutes: Esc towards the menu")
        else:
            raise BenchFailure(f"minutes: cannot reach the menu.\nLast screen:\n{t.screen.dump()}")
        t.press(b"3", lambda s: "Menu › Musda" in s.display[0] and any("Musda I " in l for l in s.display),
                "minutes: `3` opens the Musda list")
        t.press(KEY_ENTER, lambda s: "Musda I" in s.display[0] and "Ringkasan" in s.display[1], "minutes: Enter opens Musda I")
        for key in (b"]", b"]"):
            t.press(key, lambda s: s.display[2].startswith("Sesi:"), "minutes: `]` moves to the next session")
        if not t.screen.display[2].startswith("Sesi: Sidang Pleno II"):
            raise BenchFailure(f"minutes: the third session is not Sidang Pleno II.\nLast screen:\n{t.screen.dump()}")
        for _ in range(3):
            t.press(b"\t", lambda s: True, "minutes: Tab to the next tab")
        t.press(KEY_ENTER, is_minutes_editor, "minutes: Enter opens the editor of Sidang Pleno II")
        # The editor opens with the caret at the end already: Ctrl-End may draw nothing.
        t.press(b"\x1b[1;5F", is_minutes_editor, "minutes: Ctrl-End goes to the end of the text", need_bytes=False)
        t.press(KEY_ENTER, is_minutes_editor, "minutes: Enter starts a new line")
        typed = ""
        source = MINUTES_TEXT * (SAMPLES // len(MINUTES_TEXT) + 2)
        for i in range(SAMPLES):
            ch = source[i]
            typed += ch
            # The new line holds only what was typed; where it wraps, the caret's row is its tail.
            # The time is that of the echo: an autosave finishing within the quiet window redraws
            # the status line too, and that is the autosave's figure, not the keystroke's.
            shown = lambda s, w=typed: (is_minutes_editor(s) and w.endswith(before_cursor(s))
                                        and (before_cursor(s) != "" or w.endswith(" ")))
            frame = t.press(ch.encode(), shown, f"minutes: typing `{ch}` shows it at the end of the text",
                            need_bytes=(ch != " "), early=shown)
            self.add("minutes_ms", frame.early_ms if frame.early_ms is not None else frame.ms)
            self.add("minutes_bytes", frame.nbytes)
            if i == 0:
                self.snap(t, "minutes")
        # The autosave: a key after a pause, then nothing until the status line shows a newer time.
        # First let the typing's own autosave land: it may still be due, and, finishing within the
        # second its predecessor showed, it would leave the time unchanged and the wait below empty.
        time.sleep(2.2)
        for i in range(min(5, SAMPLES)):
            before = autosaved_at(t.screen)
            key = t.press(b"x", is_minutes_editor, "minutes: a key before a pause")
            saved = t.wait_frame(now(), lambda s, b=before: autosaved_at(s) not in (None, b),
                                 "minutes: `Tersimpan otomatis` shows a newer time after the pause", timeout_s=10)
            self.add("autosave_ms", (saved.last_byte - key.start) * 1000.0)
            time.sleep(1.2)  # past the status line's second, so the next autosave shows a new time
        frame = t.press(KEY_ESC, lambda s: "Notulen Sidang Pleno II" in s.display[-2] and "Ringkasan" in s.display[1],
                        "minutes: Esc saves the minutes and goes back to the record")
        self.add("minutes_save_ms", frame.ms)
        self.report("minutes_ms")
        self.report("autosave_ms")

    # `4` from the menu → the programme list; Enter → the first programme (targets, gauges,
    # realisation entries); Esc twice back to the menu (not measured).
    def step_programmes(self, t):
        log(f"[{self.name}] `4` -> Program Kerja, Enter -> a programme: {SAMPLES} samples")
        self.to_menu(t, "programmes")
        for i in range(SAMPLES):
            frame = t.press(b"4", is_programmes,
                            f"programmes (sample {i + 1}): `4` opens Program Kerja (`Periode {BOARD_TERM}`, `Capaian`, "
                            f"`{PROGRAMME}`, the key bar)")
            self.add("programmes_ms", frame.ms)
            self.add("programmes_bytes", frame.nbytes)
            frame = t.press(KEY_ENTER, is_programme,
                            f"programmes (sample {i + 1}): Enter opens `{PROGRAMME}` (its targets `…/200 (…%)`, `Realisasi:`)")
            self.add("programme_ms", frame.ms)
            self.add("programme_bytes", frame.nbytes)
            if i == 0:
                self.snap(t, "programme")
            t.press(KEY_ESC, is_programmes, "programmes: Esc returns to the programme list")
            t.press(KEY_ESC, is_menu, "programmes: Esc returns to the menu")
        self.report("programmes_ms")
        self.report("programme_ms")

    def to_menu(self, t, what):
        """Esc until the main menu shows (not measured)."""
        for _ in range(5):
            if self.where(t.screen) == "menu":
                return
            t.press(KEY_ESC, lambda s: True, f"{what}: Esc towards the menu")
        raise BenchFailure(f"{what}: cannot reach the menu.\nLast screen:\n{t.screen.dump()}")

    # `6` from the menu → Laporan; `1` → members per regency: the register grouped by regency
    # (all statuses and the active ones) off the loop, the chart drawn when the count is in.
    def step_reports(self, t):
        log(f"[{self.name}] `6` `1` -> members per regency: {SAMPLES} samples")
        self.to_menu(t, "reports")
        t.press(b"6", is_report_list, "reports: `6` opens Laporan (`Anggota per kabupaten/kota` first)")
        for i in range(SAMPLES):
            frame = t.press(b"1", is_regency_report,
                            f"reports (sample {i + 1}): `1` opens members per regency and its total (`Jumlah  Anggota …`)")
            self.add("report_ms", frame.ms)
            self.add("report_bytes", frame.nbytes)
            if i == 0:
                self.snap(t, "report")
            t.press(KEY_ESC, is_report_list, "reports: Esc returns to the Laporan menu")
        t.press(KEY_ESC, is_menu, "reports: Esc returns to the menu")
        self.report("report_ms")

    def to_bendahara(self, t, what):
        """`g`, then `j`×13, each checked by the line the cursor is on; ends on the Bendahara seat."""
        if self.where(t.screen) != "board":
            self.to_terms(t, what)
            self.open_board(t, what)
        top = 2  # header, column titles, then the first line of the board
        t.press(b"g", lambda s: s.cursor.y == top and board_line(s).startswith("PEMBINA / PENASEHAT"),
                f"{what}: `g` selects the first line of the board (`PEMBINA / PENASEHAT`)", need_bytes=False)
        for k in range(1, BENDAHARA_LINE + 1):
            t.press(b"j", lambda s, y=top + k: s.cursor.y == y and is_board(s),
                    f"{what}: `j` moves the selection to line {k + 1} of the board")
        line = board_line(t.screen)
        if not line.startswith("  Bendahara "):
            raise BenchFailure(f"{what}: line {BENDAHARA_LINE + 1} of the board is not the Bendahara seat: "
                               f"`{line.rstrip()}`.\nLast screen:\n{t.screen.dump()}")

    def step_picker(self, t):
        log(f"[{self.name}] person picker keystrokes: {SAMPLES} samples")
        self.to_bendahara(t, "picker")
        t.press(b"i", lambda s: (picker_view(s) is not None and picker_view(s).status == PICKER_EMPTY
                                 and before_cursor(s).rstrip().endswith("Cari:")),
                "`i` on the Bendahara seat opens the person picker (a box `Ganti: Bendahara`, an empty `Cari:` "
                f"field, `{PICKER_EMPTY}`)")
        taken = 0
        for word in cycle_words(PICKER_WORDS):
            typed = ""
            for ch in word:
                typed += ch

                # The app counts the matches only once they are those of the text in the field
                # (while a search is pending the status line is empty, then `mencari…`).
                frame = t.press(ch.encode(),
                                lambda s, q=typed: (picker_view(s) is not None and search_shows(s, q, self.notes)
                                                    and picker_view(s).answered()),
                                f"typing `{ch}` shows `Cari: {typed}` in the picker with its matches (a count "
                                f"`N cocok` or `{PICKER_NONE}`, no `mencari…`)",
                                early=lambda s, q=typed: picker_view(s) is not None and search_shows(s, q, set()))
                echo = frame.early_ms if frame.early_ms is not None else frame.ms
                view = picker_view(t.screen)
                # A name shown should have a word starting with what was typed; with one or two
                # letters a match may come from the e-mail (`gmail`, `co.id`) or NIK/KTA instead.
                if len(typed) >= 3 and view.strangers(typed):
                    self.notes.add(f"picker: after `{typed}` the names shown include "
                                   f"`{view.strangers(typed)[0]}`, with no word starting `{typed}` "
                                   "(matched by e-mail, NIK or KTA, or the matches of another text)")
                self.add("picker_ms", frame.ms)
                self.add("picker_echo_ms", echo)
                self.add("picker_bytes", frame.nbytes)
                if len(typed) == 1:
                    self.add("picker_first_ms", frame.ms)
                self.picker_log.append((typed, frame.ms, view.count, echo))
                taken += 1
                if taken >= SAMPLES:
                    break
            if not self.picker_words:
                self.snap(t, "picker")
            self.picker_words.append((typed, picker_view(t.screen).count))
            t.press(KEY_CTRL_U, lambda s: (picker_view(s) is not None and picker_view(s).status == PICKER_EMPTY
                                           and before_cursor(s).rstrip().endswith("Cari:")),
                    f"Ctrl-U clears `{typed}` from the picker's field (`{PICKER_EMPTY}`)")
            if taken >= SAMPLES:
                break
        t.press(KEY_ESC, is_board, "Esc closes the picker back to the board, unchanged")
        log("  matches: " + ", ".join(f"{w}={m}" for w, m in self.picker_words))
        self.report("picker_echo_ms")
        self.report("picker_ms")


# --- databases ----------------------------------------------------------------

def schema_fingerprint(path):
    """What the schema looks like: sqlite_master plus GRDB's applied migrations."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        try:
            rows += con.execute("SELECT identifier FROM grdb_migrations ORDER BY identifier").fetchall()
        except sqlite3.Error:
            pass
    finally:
        con.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()[:16]


def remove_db(path):
    for suffix in ("", "-wal", "-shm", ".json"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def demo(people, path, timeout_s):
    """`sekretariat demo --db PATH --people N`; returns the wall time in seconds."""
    cmd = [BIN, "demo", "--db", path, "--people", str(people)]
    t0 = now()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout_s, env=dict(os.environ, **ENV))
    except subprocess.TimeoutExpired:
        remove_db(path)
        raise BenchFailure(f"`{' '.join(cmd)}` did not finish within {timeout_s:.0f} s")
    wall = now() - t0
    if p.returncode != 0:
        remove_db(path)
        out = (p.stderr.strip() or p.stdout.strip() or "(no output)").splitlines()[-6:]
        raise BenchFailure(f"`sekretariat demo --db PATH --people {people}` failed with exit {p.returncode}; "
                           f"the harness needs it to build its databases. It said:\n    " + "\n    ".join(out))
    if not os.path.exists(path):
        raise BenchFailure(f"`sekretariat demo --people {people}` exited 0 but wrote no database at {path}")
    return wall, p.stdout.strip().splitlines()


class Databases:
    def __init__(self):
        self.reference = None
        os.makedirs(CACHE, exist_ok=True)

    def current_fingerprint(self):
        """The schema the binary makes now, from a one-person database built for the purpose."""
        if self.reference is None:
            path = os.path.join(CACHE, f"reference-{os.getpid()}.sqlite")
            remove_db(path)
            try:
                demo(1, path, 300)
                self.reference = schema_fingerprint(path)
            finally:
                remove_db(path)
        return self.reference

    def get(self, people):
        """Path of the database with N generated people, built if missing or stale. Returns (path, meta)."""
        path = os.path.join(CACHE, f"people-{people}.sqlite")
        meta_path = path + ".json"
        meta = None
        if os.path.exists(path) and os.path.exists(meta_path) and not REBUILD:
            with open(meta_path) as f:
                meta = json.load(f)
            current = self.current_fingerprint()
            if meta.get("fingerprint") != current:
                log(f"  cached {os.path.basename(path)} has another schema ({meta.get('fingerprint')} != {current}): rebuilding")
                meta = None
            else:
                meta["cached"] = True
        if meta is None:
            remove_db(path)
            log(f"  building {path} (sekretariat demo --people {people}) ...")
            wall, said = demo(people, path, 1800)
            meta = {"people": people, "build_s": wall, "demo_said": said[-2:], "fingerprint": schema_fingerprint(path),
                    "built_at": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                    "binary": BIN}
            with open(meta_path, "w") as f:
                json.dump(meta, f, indent=1)
            meta["cached"] = False
            log(f"  built in {wall:.1f} s")
        meta["db_bytes"] = os.path.getsize(path)
        return path, meta


# --- import: 100k census rows against sqlite3 .import (issue 13) ---------------

# Issue 13: importing 100k rows with validation, dry run and real, within 2× the time the
# sqlite3 shell takes to load the same file into the same schema.
IMPORT_ROWS = int(os.environ.get("BENCH_IMPORT_ROWS") or 100000)
IMPORT_RUNS = int(os.environ.get("BENCH_IMPORT_RUNS") or (3 if QUICK else 5))
IMPORT_TARGET = 2.0
IMPORT_SEED = 13
# Bump when the generator changes, so a cached file from an older one is not reused.
IMPORT_GENERATOR = 1
SQLITE3 = os.environ.get("BENCH_SQLITE3") or shutil.which("sqlite3") or "sqlite3"
CENSUS_HEADER = ["Nama Lengkap", "NIK", "No HP/WA", "Kab/Kota", "Tgl Lahir", "Instansi", "Sektor", "Profesi"]

# Kemendagri codes of Sumatera Selatan (the first four digits of a NIK), each with spellings
# seen in the files regencies and campuses send: the region table's names, its short names,
# the abbreviations in use (Domain/Import/RegencyNames.swift resolves them all).
REGENCY_SPELLINGS = {
    "1601": ["Kab. Ogan Komering Ulu", "OKU", "Kabupaten OKU", "Ogan Komering Ulu"],
    "1602": ["Kab. Ogan Komering Ilir", "OKI", "Kab. OKI", "Ogan Komering Ilir"],
    "1603": ["Kab. Muara Enim", "Muara Enim", "ME", "Kabupaten Muara Enim", "muara enim"],
    "1604": ["Lahat", "Kab. Lahat", "LAHAT", "Kabupaten Lahat"],
    "1605": ["Kab. Musi Rawas", "Musi Rawas", "MURA", "Mura"],
    "1606": ["Kab. Musi Banyuasin", "Muba", "MUBA", "Musi Banyuasin"],
    "1607": ["Kab. Banyuasin", "Banyuasin", "Banyu Asin", "BA"],
    "1608": ["Kab. OKU Timur", "OKUT", "OKU Timur", "Kab. Ogan Komering Ulu Timur"],
    "1609": ["Kab. OKU Selatan", "OKUS", "OKU Selatan"],
    "1610": ["Kab. Ogan Ilir", "Ogan Ilir", "OI"],
    "1611": ["Kab. Empat Lawang", "Empat Lawang", "4 Lawang"],
    "1612": ["Kab. PALI", "PALI", "Penukal Abab Lematang Ilir"],
    "1613": ["Kab. Musi Rawas Utara", "Muratara", "MURATARA"],
    "1671": ["Kota Palembang", "Palembang", "PLG", "palembang", "Kodya Palembang", "KOTA PALEMBANG"],
    "1672": ["Kota Pagar Alam", "Pagaralam", "Pagar Alam"],
    "1673": ["Kota Lubuklinggau", "Lubuk Linggau", "LLG", "Lubuklinggau"],
    "1674": ["Prabumulih", "Kota Prabumulih", "PBM"],
}
# People per regency, roughly: Palembang first, then the large kabupaten.
REGENCY_WEIGHTS = {"1671": 22, "1602": 8, "1603": 7, "1607": 8, "1606": 7, "1601": 4, "1604": 5, "1605": 4,
                   "1608": 6, "1609": 3, "1610": 5, "1611": 3, "1612": 2, "1613": 2, "1672": 2, "1673": 3, "1674": 3}
MEN = ["Ahmad", "Muhammad", "Budi", "Agus", "Rahmat", "Hendra", "Joko", "Eko", "Andi", "Rizki", "Hasan", "Dedi",
       "Fajar", "Irwan", "Wahyu", "Yusuf", "Zulkifli", "Hendri", "Syahrial", "Erwin", "Ilham", "Taufik", "Arief",
       "Bambang", "Darmawan", "Firdaus", "Gunawan", "Heri", "Iwan", "Jamaludin", "Kurniawan", "Lukman", "Mulyadi",
       "Nopriansyah", "Rudi", "Sapril", "Suryadi", "Teguh", "Usman", "Yudi", "Aan", "Abdullah", "Rusdi", "Sulaiman"]
WOMEN = ["Siti", "Dewi", "Sari", "Indah", "Wati", "Yuli", "Fitri", "Dian", "Ratna", "Lestari", "Nur", "Rina",
         "Ani", "Mega", "Septi", "Rosmala", "Juwita", "Nurhayati", "Herlina", "Yulianti", "Desi", "Eka", "Fatimah",
         "Hartini", "Ira", "Kartika", "Lina", "Maya", "Novita", "Puspita", "Rahmawati", "Susanti", "Tuti", "Umi",
         "Winda", "Yeni", "Zahra", "Aisyah", "Anggraini", "Citra", "Endang", "Erna"]
FAMILY = ["Susanto", "Hidayat", "Saputra", "Wijaya", "Pratama", "Kurniawan", "Setiawan", "Rahman", "Hakim",
          "Syahputra", "Nugroho", "Santoso", "Hasibuan", "Siregar", "Harahap", "Lubis", "Wibisono", "Effendi",
          "Gunawan", "Purnama", "Hendrawan", "Ramadhan", "Yusuf", "Anwar", "Zainal", "Fauzi", "Hamid", "Sembiring"]
# Last names only women carry.
FAMILY_WOMEN = ["Marlina", "Sari", "Handayani", "Puspitasari", "Oktaviani", "Permata", "Rosita", "Safitri", "Utami",
                "Wulandari"]
# Palembang titles before the name, religious ones, and degrees after it (behind a comma).
PREFIX_MEN = ["Kemas", "Kiagus", "Masagus", "Raden", "H.", "Drs.", "Dr.", "Ir."]
PREFIX_WOMEN = ["Nyimas", "Nyayu", "Masayu", "Hj.", "Dra.", "Dr."]
DEGREES = ["S.Sos", "S.Kesos", "S.ST", "S.Tr.Sos", "S.Psi", "S.Pd", "SE", "S.Kom", "S.H", "M.Si", "M.Kesos", "A.Md"]
PHONE_PREFIXES = ["0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853", "0856", "0857", "0858",
                  "0877", "0878", "0895", "0896", "0897", "0898", "0899", "0831", "0838"]
# (sector as written, workplaces of that sector); `{reg}` is the regency's name.
WORKPLACES = [
    (["Pemerintah", "pemerintah", "Dinas Sosial", "Pemerintahan", "PEMERINTAH"],
     ["Dinas Sosial {reg}", "Dinas Sosial, PPPA {reg}", "Kecamatan {kec}, {reg}", "Bappeda {reg}",
      "UPTD Rehabilitasi Sosial {reg}", "Kantor Desa {kec}"]),
    (["Swasta", "swasta", "BUMN", "Perusahaan"],
     ["PT Pupuk Sriwijaya", "PT Bukit Asam", "PT Pertamina EP, Field {kec}", "Bank Sumsel Babel", "CV {fam} Jaya",
      "PT Semen Baturaja"]),
    (["LKS", "lks", "Yayasan", "LKS/Yayasan"],
     ["LKS Panti Asuhan {fam}", "Yayasan Peduli Anak {reg}", "LKSA Al-Hidayah", "Panti Werdha Teratai",
      "LKS Lansia Harapan, {reg}"]),
    (["Rumah Sakit", "rumah sakit", "RSUD", "RS"],
     ["RSUD {reg}", "RSUP Dr. Mohammad Hoesin", "RS Ernaldi Bahar", "RS Muhammadiyah Palembang",
      "Puskesmas {kec}"]),
    (["Perguruan Tinggi", "perguruan tinggi", "Universitas", "Kampus"],
     ["Universitas Sriwijaya", "UIN Raden Fatah", "Universitas Muhammadiyah Palembang", "Politeknik Negeri Sriwijaya",
      "STISIPOL Candradimuka"]),
    (["Lainnya", "lainnya", "Lain-lain"],
     ["Wiraswasta", "Pendamping Desa {kec}", "Karang Taruna {kec}", "-"]),
]
SECTOR_WEIGHTS = [40, 12, 20, 10, 8, 10]
PROFESSIONS = [("Peksos", 25), ("Pekerja Sosial", 8), ("TKS", 20), ("TKSK", 12), ("Pendamping PKH", 15),
               ("Lainnya", 10), ("Guru", 4), ("Perawat", 3), ("", 3)]
KECAMATAN = ["Ilir Barat I", "Seberang Ulu I", "Kemuning", "Sukarami", "Kalidoni", "Plaju", "Baturaja Timur",
             "Kayu Agung", "Tanjung Enim", "Sekayu", "Pangkalan Balai", "Martapura", "Muaradua", "Indralaya",
             "Tebing Tinggi", "Talang Ubi", "Rupit", "Dempo Utara", "Lubuk Linggau Barat", "Prabumulih Timur"]


def census_rows(n, seed=IMPORT_SEED):
    """n census rows as people send them: valid, every NIK unique and of province 16, its
    birth date and sex (day + 40) matching the date and the name; some fields blank."""
    import random
    rnd = random.Random(seed)
    codes = list(REGENCY_WEIGHTS)
    weights = [REGENCY_WEIGHTS[c] for c in codes]
    seen = set()
    for _ in range(n):
        woman = rnd.random() < 0.55
        given = WOMEN if woman else MEN
        name = rnd.choice(given)
        if rnd.random() < 0.5:
            name += " " + rnd.choice(given)
        name += " " + rnd.choice(FAMILY + FAMILY_WOMEN if woman else FAMILY)
        if rnd.random() < 0.15:
            name = rnd.choice(PREFIX_WOMEN if woman else PREFIX_MEN) + " " + name
        r = rnd.random()
        if r < 0.25:
            name += ", " + rnd.choice(DEGREES)
            if rnd.random() < 0.2:
                name += ", " + rnd.choice(["M.Si", "M.Kesos", "M.Pd", "M.M"])
        elif r < 0.30:
            name = name.upper()
        home = rnd.choices(codes, weights)[0]
        year = rnd.randint(1962, 2003)
        month = rnd.randint(1, 12)
        day = rnd.randint(1, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)
        while True:
            nik = (f"{home}{rnd.randint(1, 24):02d}{day + 40 if woman else day:02d}{month:02d}{year % 100:02d}"
                   f"{rnd.randint(1, 9999):04d}")
            if nik not in seen:
                seen.add(nik)
                break
        # Most live where their NIK was issued; some moved.
        lives = home if rnd.random() < 0.85 else rnd.choices(codes, weights)[0]
        regency = rnd.choice(REGENCY_SPELLINGS[lives])
        digits = rnd.choice(PHONE_PREFIXES) + "".join(rnd.choice("0123456789") for _ in range(rnd.choice((7, 8))))
        style = rnd.random()
        if style < 0.35:
            phone = f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"
        elif style < 0.55:
            phone = f"+62 {digits[1:4]} {digits[4:8]} {digits[8:]}"
        elif style < 0.65:
            phone = "62" + digits[1:]
        elif style < 0.95:
            phone = digits
        else:
            phone = ""
        s = rnd.choices(range(len(WORKPLACES)), SECTOR_WEIGHTS)[0]
        sector_names, places = WORKPLACES[s]
        short = REGENCY_SPELLINGS[lives][0]
        workplace = rnd.choice(places).format(reg=short, kec=rnd.choice(KECAMATAN), fam=rnd.choice(FAMILY))
        sector = rnd.choice(sector_names) if rnd.random() < 0.95 else ""
        profession = rnd.choices([p for p, _ in PROFESSIONS], [w for _, w in PROFESSIONS])[0]
        nik_text = nik if rnd.random() < 0.9 else f"{nik[:6]} {nik[6:12]} {nik[12:]}"
        yield [name, nik_text, phone, regency, f"{day:02d}/{month:02d}/{year}", workplace, sector, profession]


def census_csv(rows):
    """The census file of `rows` rows, generated once (fixed seed) and kept in WORK. Returns (path, fresh)."""
    import csv
    path = os.path.join(WORK, f"census-{rows}-seed{IMPORT_SEED}-v{IMPORT_GENERATOR}.csv")
    if os.path.exists(path):
        return path, False
    os.makedirs(WORK, exist_ok=True)
    tmp = path + f".{os.getpid()}.tmp"
    with open(tmp, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")  # quotes a field holding a comma, as spreadsheets do
        w.writerow(CENSUS_HEADER)
        w.writerows(census_rows(rows))
    os.replace(tmp, path)
    return path, True


def sqlite_load_script(csv_path):
    """The sqlite3 shell's load of the same file into the same schema, with no validation: a
    staging table of the file's 8 text columns, `.import`, one INSERT … SELECT into census_record,
    in one transaction. synchronous=NORMAL as the app sets it; foreign keys stay off, the
    shell's default (regency holds the text as written, not a region code)."""
    quoted = '"' + csv_path.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return "\n".join([
        ".bail on",
        "PRAGMA synchronous = NORMAL;",
        "BEGIN;",
        "CREATE TEMP TABLE staging (nama TEXT, nik TEXT, hp TEXT, kab TEXT, tgl TEXT, instansi TEXT, sektor TEXT, profesi TEXT);",
        f".import --csv --skip 1 {quoted} staging",
        "INSERT INTO census_record (batch, source, name, name_key, nik, phone, regency, birth_date, workplace, sector,"
        " profession, outcome)",
        "  SELECT 'bench', 'bench', nama, lower(nama), nik, hp, kab, tgl, instansi, sektor, profesi, 'belum_diproses'"
        " FROM staging;",
        "COMMIT;",
        ""])


IMPORT_KINDS = [
    # key (the run_KEY method, the metric import_KEY_s), column title
    ("sqlite", "sqlite3 `.import` + INSERT … SELECT (no validation)"),
    ("dry", "`import census --dry-run`"),
    ("real", "`import census` (writes)"),
]
IMPORT_SUMMARY = re.compile(r"(\d+) baris data · (?:baru|new) (\d+) · (?:sama|same) (\d+) · (?:perbarui|update) (\d+)"
                            r" · (?:ganda|duplicate) (\d+) · (?:galat|error) (\d+)")
IMPORT_BATCH = re.compile(r"Batch #\d+ ditulis: (\d+) baru, (\d+) diperbarui")


def census_count(db):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM census_record").fetchone()[0]
    finally:
        con.close()


class ImportBench:
    """Issue 13's measure: N census rows imported by the app (dry run and real) against the
    sqlite3 shell loading the same file, each run on a fresh copy of the demo database."""

    name = "import"

    def __init__(self):
        self.samples = {}   # "import_sqlite_s" … -> wall seconds per run
        self.values = {}
        self.failures = []
        self.notes = set()
        self.commands = {}

    def fail(self, stage, err):
        msg = str(err)
        self.failures.append((stage, msg))
        self.samples.pop(f"import_{stage}_s", None)
        log(f"  FAILED [import] {stage}: {msg}")

    def run(self, dbs):
        label = size_label(IMPORT_ROWS)
        log(f"[import] {label} census rows: sqlite3 .import, --dry-run, real; {IMPORT_RUNS} runs each")
        try:
            t0 = now()
            csv_path, fresh = census_csv(IMPORT_ROWS)
            self.values["csv_bytes"] = os.path.getsize(csv_path)
            if fresh:
                log(f"  generated {csv_path} in {now() - t0:.1f} s")
            base, meta = dbs.get(0)
        except BenchFailure as e:
            for key, _ in IMPORT_KINDS:
                self.fail(key, BenchFailure(f"not taken: {e}"))
            return
        self.values["csv"] = os.path.relpath(csv_path, ROOT) if csv_path.startswith(ROOT) else csv_path
        before = census_count(base)
        self.values["census_before"] = before
        work = os.path.join(WORK, "import-runs")
        os.makedirs(work, exist_ok=True)
        copy = os.path.join(work, "copy.sqlite")
        script = sqlite_load_script(csv_path)
        with open(os.path.join(work, "load.sql"), "w") as f:
            f.write(script)
        self.commands = {
            "sqlite": f"{os.path.basename(SQLITE3)} COPY < load.sql  (load.sql: {' '.join(script.split(chr(10))[1:])})",
            "dry": f"sekretariat import census {os.path.basename(csv_path)} --db COPY --dry-run",
            "real": f"sekretariat import census {os.path.basename(csv_path)} --db COPY",
        }
        broken = set()
        # The three in turn, run after run, so anything else on the machine falls on all three alike.
        for i in range(IMPORT_RUNS):
            for key, _ in IMPORT_KINDS:
                if key in broken:
                    continue
                remove_db(copy)
                shutil.copyfile(base, copy)
                if os.path.exists(base + "-wal") and os.path.getsize(base + "-wal"):
                    shutil.copyfile(base + "-wal", copy + "-wal")
                try:
                    secs = getattr(self, "run_" + key)(copy, csv_path, before, i)
                except BenchFailure as e:
                    broken.add(key)
                    self.fail(key, e)
                    continue
                self.samples.setdefault(f"import_{key}_s", []).append(secs)
                log(f"  run {i + 1} {key}: {secs:.2f} s")
        remove_db(copy)
        s = self.samples.get("import_sqlite_s")
        for key in ("dry", "real"):
            v = self.samples.get(f"import_{key}_s")
            if s and v:
                log(f"  {key}: median {statistics.median(v):.2f} s = {statistics.median(v) / statistics.median(s):.2f}× "
                    f"sqlite3's {statistics.median(s):.2f} s (target ≤ {IMPORT_TARGET:g}×)")

    @staticmethod
    def timed(argv, what, stdin=None):
        t0 = now()
        try:
            p = subprocess.run(argv, input=stdin, capture_output=True, text=True, timeout=1800,
                               env=dict(os.environ, **ENV))
        except subprocess.TimeoutExpired:
            raise BenchFailure(f"{what}: did not finish within 1800 s")
        except OSError as e:
            raise BenchFailure(f"{what}: cannot run {argv[0]}: {e}")
        return now() - t0, p

    @staticmethod
    def said(p, lines=8):
        out = (p.stdout + p.stderr).strip().splitlines()
        return "\n    " + "\n    ".join(out[:lines] + (["…"] if len(out) > lines else [])) if out else " (no output)"

    def run_sqlite(self, db, csv_path, before, i):
        secs, p = self.timed([SQLITE3, db], "sqlite3 .import", stdin=sqlite_load_script(csv_path))
        if p.returncode != 0 or p.stderr.strip():
            raise BenchFailure(f"`sqlite3 COPY < load.sql` exited {p.returncode}; it said:{self.said(p)}")
        grew = census_count(db) - before
        if grew != IMPORT_ROWS:
            raise BenchFailure(f"sqlite3 .import: census_record grew by {grew} rows, not the file's {IMPORT_ROWS}")
        return secs

    def app_summary(self, p, what):
        m = IMPORT_SUMMARY.search(p.stdout)
        if not m:
            raise BenchFailure(f"{what}: exited {p.returncode} without the summary "
                               f"`N baris data · baru N · sama N · perbarui N · ganda N · galat N`; it said:{self.said(p)}")
        rows, new, same, update, dup, err = map(int, m.groups())
        if p.returncode != 0:
            raise BenchFailure(f"{what}: exited {p.returncode} (0 when some row is valid); it said:{self.said(p)}")
        if rows != IMPORT_ROWS:
            raise BenchFailure(f"{what}: read {rows} data rows, not the file's {IMPORT_ROWS}")
        counts = {"baru": new, "sama": same, "perbarui": update, "ganda": dup, "galat": err}
        previous = self.values.get("classes")
        if previous and previous != counts:
            raise BenchFailure(f"{what}: classified the same file differently: {counts} after {previous}")
        self.values["classes"] = counts
        if err:
            first = [l.strip() for l in p.stdout.splitlines() if l.startswith("  baris ")][:3]
            self.notes.add(f"{err} of the generated rows are `galat` for the app (the generator means them all to "
                           f"be valid): {'; '.join(first)}")
        return counts

    def run_dry(self, db, csv_path, before, i):
        what = "import census --dry-run"
        secs, p = self.timed([BIN, "import", "census", csv_path, "--db", db, "--dry-run"], what)
        self.app_summary(p, what)
        if census_count(db) != before:
            raise BenchFailure(f"{what}: census_record changed from {before} to {census_count(db)} rows in a dry run")
        return secs

    def run_real(self, db, csv_path, before, i):
        what = "import census"
        secs, p = self.timed([BIN, "import", "census", csv_path, "--db", db], what)
        counts = self.app_summary(p, what)
        m = IMPORT_BATCH.search(p.stdout)
        if not m:
            raise BenchFailure(f"{what}: no `Batch #N ditulis: N baru, …` line; it said:{self.said(p)}")
        created = int(m.group(1))
        grew = census_count(db) - before
        if created != counts["baru"] or grew != created:
            raise BenchFailure(f"{what}: the preview counted {counts['baru']} new rows, the batch line says {created} "
                               f"written, and census_record grew by {grew}")
        self.values["written"] = created
        return secs


# --- reconcile: a 100k DPP export against a 100k register (issue 14) ------------

RECONCILE_ROWS = int(os.environ.get("BENCH_RECONCILE_ROWS") or 100000)
RECONCILE_PEOPLE = 100000
RECONCILE_RUNS = int(os.environ.get("BENCH_RECONCILE_RUNS") or (3 if QUICK else 5))
RECONCILE_TARGET_S = 10.0
RECONCILE_SEED = 14
RECONCILE_GENERATOR = 1
RECONCILE_HEADER = ["Nama Lengkap", "NIK", "No. Anggota", "Email", "No. HP", "Provinsi", "Kabupaten/Kota",
                    "Tanggal Registrasi", "Status"]
RECONCILE_SUMMARY = re.compile(r"(?:sama|same) (\d+) · (?:beda|differing) (\d+) · (?:hanya DPD|DPD only) (\d+) · "
                               r"(?:hanya DPP|DPP only) (\d+) · (?:ragu|doubtful) (\d+)")


def reconcile_csv(db):
    """A DPP export of RECONCILE_ROWS rows drawn from the register `db` (fixed seed): 70% of its
    members, most as they are, some with another phone or without their NIK (matched by KTA),
    the rest people the register lacks, and 1% of other provinces. Returns (path, fresh)."""
    import csv
    import random
    path = os.path.join(WORK, f"dpp-{RECONCILE_ROWS}-of-{RECONCILE_PEOPLE}-seed{RECONCILE_SEED}-v{RECONCILE_GENERATOR}.csv")
    if os.path.exists(path):
        return path, False
    rnd = random.Random(RECONCILE_SEED)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        regions = dict(con.execute("SELECT code, name FROM region").fetchall())
        people = con.execute("SELECT p.name, p.nik, m.kta, p.email, p.phone, p.domicile_regency FROM person p "
                             "JOIN membership m ON m.person_id = p.id WHERE p.erased_on IS NULL ORDER BY p.id").fetchall()
        niks = {r[0] for r in con.execute("SELECT nik FROM person WHERE nik IS NOT NULL")}
    finally:
        con.close()
    rows = []
    for name, nik, kta, email, phone, regency in rnd.sample(people, min(len(people), RECONCILE_ROWS * 7 // 10)):
        r = rnd.random()
        if r < 0.10 and phone:
            phone = rnd.choice(PHONE_PREFIXES) + "".join(rnd.choice("0123456789") for _ in range(8))
        elif r < 0.15 and kta:
            nik = ""
        rows.append([name, nik or "", kta or "", email or "", phone or "", "Sumatera Selatan", regions.get(regency, ""),
                     "", "Aktif"])
    fresh = census_rows(RECONCILE_ROWS, seed=RECONCILE_SEED)
    while len(rows) < RECONCILE_ROWS:
        name, nik, phone, regency, _, _, _, _ = next(fresh)
        nik = nik.replace(" ", "")
        if nik in niks:
            continue
        province = "Sumatera Selatan" if rnd.random() >= 0.01 else rnd.choice(["Jambi", "Lampung", "Bengkulu"])
        rows.append([name, nik, "", "", phone, province, regency, f"{rnd.randint(1, 28):02d}/0{rnd.randint(1, 9)}/2025", "Aktif"])
    rnd.shuffle(rows)
    os.makedirs(WORK, exist_ok=True)
    tmp = path + f".{os.getpid()}.tmp"
    with open(tmp, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(RECONCILE_HEADER)
        w.writerows(rows)
    os.replace(tmp, path)
    return path, True


class ReconcileBench:
    """Issue 14's measure: `sekretariat reconcile` of a 100k-row DPP export against a register of
    100k people (the bench's generated database), read-only, median of several runs."""

    name = "reconcile"

    def __init__(self):
        self.samples = []
        self.values = {}
        self.failures = []

    def fail(self, err):
        self.failures.append(("reconcile", str(err)))
        log(f"  FAILED [reconcile]: {err}")

    def run(self, dbs):
        log(f"[reconcile] {size_label(RECONCILE_ROWS)}-row DPP export against {size_label(RECONCILE_PEOPLE)} people; "
            f"{RECONCILE_RUNS} runs")
        try:
            db, _ = dbs.get(RECONCILE_PEOPLE)
            t0 = now()
            csv_path, fresh = reconcile_csv(db)
            if fresh:
                log(f"  generated {csv_path} in {now() - t0:.1f} s")
            self.values["csv"] = os.path.basename(csv_path)
            self.values["csv_bytes"] = os.path.getsize(csv_path)
            argv = [BIN, "reconcile", csv_path, "--db", db]
            self.values["command"] = f"sekretariat reconcile {os.path.basename(csv_path)} --db people-{RECONCILE_PEOPLE}.sqlite"
            for i in range(RECONCILE_RUNS):
                secs, p = ImportBench.timed(argv, "reconcile")
                m = RECONCILE_SUMMARY.search(p.stdout)
                if p.returncode != 0 or not m:
                    raise BenchFailure(f"`reconcile` exited {p.returncode} without the counts line; it said:{ImportBench.said(p)}")
                counts = dict(zip(["sama", "beda", "hanya DPD", "hanya DPP", "ragu"], map(int, m.groups())))
                if self.values.get("classes") not in (None, counts):
                    raise BenchFailure(f"classified the same file differently: {counts} after {self.values['classes']}")
                self.values["classes"] = counts
                self.samples.append(secs)
                log(f"  run {i + 1}: {secs:.2f} s {counts}")
        except BenchFailure as e:
            self.fail(e)


def reconcile_report(rec):
    """The reconciliation section of BENCHMARKS.md."""
    L = ["## Reconciliation with a DPP export (issue 14)", ""]
    L.append(f"Target: reconciling a {size_label(RECONCILE_ROWS)}-row export against a {size_label(RECONCILE_PEOPLE)} register "
             f"takes **≤ {RECONCILE_TARGET_S:g} s**.")
    L.append("")
    if rec.samples:
        med = statistics.median(rec.samples)
        verdict = "met" if med <= RECONCILE_TARGET_S else "**not met**"
        L.append(f"**reconcile {size_label(RECONCILE_ROWS)} × {size_label(RECONCILE_PEOPLE)}:** median {med:.2f} s of "
                 f"{len(rec.samples)} runs (min {min(rec.samples):.2f}, max {max(rec.samples):.2f}): {verdict}")
        L.append("")
        L.append(f"- Command: `{rec.values.get('command')}` (read-only: it writes nothing), wall time from exec to exit, "
                 "reading the file and its SHA-256, matching, and printing the counts.")
        L.append(f"- The file: `{rec.values.get('csv')}`, {rec.values.get('csv_bytes', 0) / 1024 / 1024:.1f} MiB, made by "
                 f"`reconcile_csv` in bench/bench.py (seed {RECONCILE_SEED}): 70% of the register's members (10% with "
                 "another phone, 5% without their NIK), the rest people the register lacks, 1% of other provinces.")
        if rec.values.get("classes"):
            L.append("- Classes: " + ", ".join(f"{k} {v:,}" for k, v in rec.values["classes"].items()) + ".")
    else:
        L.append("Not measured: see Failures.")
    L.append("")
    return L


# --- report -------------------------------------------------------------------

def sh(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=30).stdout.strip()
    except Exception:
        return ""


def loadavg():
    try:
        with open("/proc/loadavg") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return "?"


LOAD_AT_START = loadavg()


def machine():
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kib = int(f.readline().split()[1])
            mem = f"{kib / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu, "memory": mem, "kernel": platform.release()}


def fmt_ms(v):
    return f"{v:.2f}" if v < 10 else f"{v:.1f}" if v < 1000 else f"{v:.0f}"


def cell(target, metric, kind):
    if target is None:
        return ""
    if kind == "value":
        v = target.values.get(metric)
        if v is None:
            return "—"
        if metric.endswith("_kib"):
            return f"{v / 1024:.1f} MiB" + (" ²" if target.values.get("rss_partial") else "")
        if metric == "build_s":
            return (f"{v:.2f} s" if v < 10 else f"{v:.1f} s") + (" ¹" if target.values.get("build_cached") else "")
        if metric == "db_bytes":
            mib = v / 1024 / 1024
            return f"{v / 1024:.0f} KiB" if mib < 1 else f"{mib:.1f} MiB" if mib < 10 else f"{mib:.0f} MiB"
        return str(v)
    v = target.samples.get(metric)
    if not v:
        return "—"
    s = summary(v)
    if kind == "ms":
        return f"{fmt_ms(s['median'])} / {fmt_ms(s['p95'])} / {fmt_ms(s['p99'])}"
    if kind == "bytes":
        return f"{s['median']:.0f} / {s['p95']:.0f} / {s['p99']:.0f}"
    if kind == "kib":
        return f"{s['median'] / 1024:.1f} MiB"
    raise ValueError(kind)


ROWS_SPEC = [
    # label, metric, kind[, the floor's metric in that row when it is not the same]
    ("exec → first frame (menu), ms", "startup_ms", "ms"),
    ("`1` → Anggota list, ms", "open_ms", "ms"),
    ("`j` scroll step, ms", "scroll_ms", "ms"),
    ("bytes per `j`", "scroll_bytes", "bytes"),
    ("PgDn page step, ms", "page_ms", "ms"),
    ("bytes per PgDn", "page_bytes", "bytes"),
    ("`G` to the end, ms", "end_ms", "ms"),
    ("Enter → detail, ms", "detail_ms", "ms"),
    ("search keystroke → echo in the prompt (every letter), ms", "search_echo_ms", "ms"),
    ("search keystroke → results (every letter), ms", "search_ms", "ms"),
    ("search keystroke → results (first letter), ms", "search_first_ms", "ms"),
    ("bytes per search keystroke", "search_bytes", "bytes"),
    (f"Enter → Pengurus board ({BOARD_SEATS} seats), ms", "board_ms", "ms", "detail_ms"),
    ("bytes per board opening", "board_bytes", "bytes", "detail_bytes"),
    (f"`o` → org chart of the board ({BOARD_SEATS} seats), ms", "orgchart_ms", "ms", "detail_ms"),
    ("bytes per org chart opening", "orgchart_bytes", "bytes", "detail_bytes"),
    ("picker keystroke → echo in `Cari:` (every letter), ms", "picker_echo_ms", "ms", "search_echo_ms"),
    ("picker keystroke → matches (every letter), ms", "picker_ms", "ms", "search_ms"),
    ("picker keystroke → matches (first letter), ms", "picker_first_ms", "ms", "search_first_ms"),
    ("bytes per picker keystroke", "picker_bytes", "bytes", "search_bytes"),
    (f"minutes keystroke → shown, in a {MINUTES_KB} KiB document, ms", "minutes_ms", "ms", "search_echo_ms"),
    ("bytes per minutes keystroke", "minutes_bytes", "bytes", "search_bytes"),
    ("first unsaved key → `Tersimpan otomatis` (the autosave, off the loop), ms", "autosave_ms", "ms"),
    ("Esc → minutes saved (one audited write of the document), ms", "minutes_save_ms", "ms"),
    ("`4` → Program Kerja (programmes of the term, gauges), ms", "programmes_ms", "ms", "detail_ms"),
    ("bytes per Program Kerja opening", "programmes_bytes", "bytes", "detail_bytes"),
    ("Enter → a programme (targets, gauges, realisation), ms", "programme_ms", "ms", "detail_ms"),
    ("bytes per programme opening", "programme_bytes", "bytes", "detail_bytes"),
    ("`1` in Laporan → members per regency, counted (all 17 and the total), ms", "report_ms", "ms", "detail_ms"),
    ("bytes per report opening", "report_bytes", "bytes", "detail_bytes"),
    ("RSS at first frame (VmHWM)", "rss_first_kib", "kib"),
    ("peak RSS after all steps (VmHWM)", "rss_peak_kib", "value"),
    ("build the database (`demo`), wall", "build_s", "value"),
    ("database file size", "db_bytes", "value"),
]


def collapse_blank_rows(lines):
    """A screen dump with its runs of blank rows folded, to keep the report short."""
    blank = re.compile(r"^\| *\|$")
    out, run = [], []
    for line in lines + [None]:
        if line is not None and blank.match(line):
            run.append(line)
            continue
        out += run if len(run) < 3 else [f"| … {len(run)} blank rows"]
        run = []
        if line is not None:
            out.append(line)
    return out


def import_report(imp):
    """The import section of BENCHMARKS.md: the three side by side, the ratios, the target."""
    label = size_label(IMPORT_ROWS)
    med = {key: statistics.median(imp.samples[f"import_{key}_s"]) for key, _ in IMPORT_KINDS
           if imp.samples.get(f"import_{key}_s")}
    base = med.get("sqlite")

    def secs(v):
        return f"{v:.2f}" if v < 10 else f"{v:.1f}"

    def ratio(key):
        return f"{med[key] / base:.2f}×" if base and key in med else "—"

    L = ["## Import (issue 13)", ""]
    L.append(f"Target: importing {label} rows with validation, `--dry-run` and real, takes **≤ {IMPORT_TARGET:g}×** "
             "the time the sqlite3 shell takes to load the same file into the same schema.")
    L.append("")
    line = [f"sqlite3 .import {secs(base)} s" if base else "sqlite3 .import —"]
    for key, word in (("dry", "dry-run"), ("real", "real")):
        line.append(f"{word} {secs(med[key])} s ({ratio(key)})" if key in med else f"{word} —")
    L.append(f"**import {label} census rows:** " + " · ".join(line))
    L.append("")
    header = [f"{label} census rows, wall s"] + [title for _, title in IMPORT_KINDS]
    L.append("| " + " | ".join(header) + " |")
    L.append("|" + "---|" * len(header))
    row = [f"median of {IMPORT_RUNS} runs"]
    spread = ["min – max"]
    for key, _ in IMPORT_KINDS:
        v = imp.samples.get(f"import_{key}_s")
        row.append(secs(statistics.median(v)) if v else "—")
        spread.append(f"{secs(min(v))} – {secs(max(v))}" if v else "—")
    L.append("| " + " | ".join(row) + " |")
    L.append("| " + " | ".join(spread) + " |")
    L.append("| × sqlite3 (medians) | 1× | " + " | ".join(ratio(k) for k in ("dry", "real")) + " |")
    verdicts = []
    for key in ("dry", "real"):
        if base and key in med:
            verdicts.append("met" if med[key] / base <= IMPORT_TARGET else "**not met**")
        else:
            verdicts.append("—")
    L.append(f"| target ≤ {IMPORT_TARGET:g}× sqlite3 | baseline | " + " | ".join(verdicts) + " |")
    L.append("")
    csv_name = os.path.basename(imp.values.get("csv", "")) or "?"
    classes = imp.values.get("classes")
    L.append(f"- The file: `{csv_name}`, {IMPORT_ROWS:,} rows + header, "
             f"{imp.values.get('csv_bytes', 0) / 1024 / 1024:.1f} MiB, generated by `census_rows` in bench/bench.py "
             f"(seed {IMPORT_SEED}) and kept in BENCH_WORK: `{', '.join(CENSUS_HEADER)}`; names with Palembang and "
             "academic titles (quoted where a degree follows a comma), unique NIKs of province 16 matching birth "
             "date and sex, phones as `0812-…`, `+62 8…`, `628…`, regencies spelled as offices write them.")
    if classes:
        L.append("- The app classified every run the same: " + ", ".join(f"{k} {v:,}" for k, v in classes.items())
                 + (f"; the real import wrote {imp.values['written']:,} rows, and census_record grew by that much."
                    if imp.values.get("written") is not None else "."))
    L.append(f"- Each run on a fresh copy (COPY) of the demo database (`sekretariat demo --people 0`: 124 members, "
             f"census_record {imp.values.get('census_before', '?')} row(s)), made once and cached with the others; "
             "the copy is not timed. Wall time of the whole process, from spawn to exit; the three take turns, "
             "run after run.")
    if imp.commands:
        L.append(f"- `{imp.commands['dry']}`; `{imp.commands['real']}` (checked: exit 0, the summary reads "
                 f"{IMPORT_ROWS:,} rows; real: the `Batch … ditulis: N baru` count is the preview's `baru` and what "
                 "census_record grew by; dry run: nothing written).")
        L.append("- sqlite3 (`sqlite3 COPY < load.sql`, checked: census_record grew by every row of the file), no "
                 "validation: text columns copied as written (regency stays `Kota Palembang`, not `1671`, which only "
                 "the shell's default `foreign_keys = OFF` allows; dates stay dd/mm/yyyy):")
        L.append("")
        L.append("  ```")
        L += ["  " + l for l in sqlite_load_script("FILE").rstrip().splitlines()]
        L.append("  ```")
    L.append("")
    return L


def write_report(floor, apps, started, setup_notes, imp=None, rec=None):
    m = machine()
    commit = sh(["git", "rev-parse", "--short", "HEAD"])
    dirty = sh(["git", "status", "--porcelain", "--untracked-files=no", "--", ".", ":!BENCHMARKS.md"])
    subject = sh(["git", "log", "-1", "--format=%s"])
    pyte_version = importlib.metadata.version("pyte")
    ncurses = sh(["sh", "-c", "dpkg-query -W -f='${Version}' libncursesw6 2>/dev/null"])
    all_targets = ([floor] if floor else []) + apps
    failures = [(t.name, st, msg) for t in all_targets + ([imp] if imp else []) + ([rec] if rec else []) for st, msg in t.failures]
    elapsed = now() - started
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

    L = []
    L.append("# Benchmarks")
    L.append("")
    L.append("Written by `make bench` (bench/run); the next run replaces this file. "
             "How it measures: [bench/README.md](bench/README.md).")
    L.append("")
    if failures:
        L.append(f"> **INCOMPLETE RUN: {len(failures)} measurement(s) failed** — see "
                 "[Failures](#failures). A figure that could not be taken honestly is shown as —.")
        L.append("")
    busy = max(float(LOAD_AT_START.split()[0]), float(loadavg().split()[0])) if LOAD_AT_START != "?" else 0
    if busy > 0.5 * (m["nproc"] or 1):
        L.append(f"> **The machine was busy** (1-minute load up to {busy:.1f} on {m['nproc']} cores): other work "
                 "inflates the tails, the floor's included. Compare medians, or rerun on a quiet machine "
                 "before quoting p95/p99.")
        L.append("")
    L.append("| | |")
    L.append("|---|---|")
    L.append(f"| date | {date} |")
    L.append(f"| commit | `{commit}`{' (work tree differs from it)' if dirty else ''} {subject} |")
    L.append(f"| machine | {m['nproc']} × {m['cpu']}, {m['memory']} RAM, Linux {m['kernel']} |")
    steps = ([f"{SAMPLES} samples per step, sizes {', '.join(size_label(a.people) for a in apps) or 'none'}"]
             if floor or apps else [])
    steps += [f"import: {size_label(IMPORT_ROWS)} rows, {IMPORT_RUNS} runs each"] if imp else []
    L.append(f"| mode | {'QUICK' if QUICK else 'full'}{' (BENCH_ONLY=' + ONLY + ')' if ONLY else ''}: "
             f"{'; '.join(steps)}; run took {elapsed:.0f} s |")
    L.append(f"| terminal | pty {COLS}x{ROWS}, TERM=xterm-256color, LC_ALL=C.UTF-8; output parsed by pyte "
             f"{pyte_version}; ncurses {ncurses} |")
    L.append(f"| load average | {LOAD_AT_START} at the start, {loadavg()} at the end (1/5/15 min); "
             "other work on the machine inflates the tails |")
    L.append(f"| frame end | expected screen shown, then {QUIET_MS:.0f} ms without output; "
             "the time is that of the last byte |")
    L.append("")
    if floor or apps:
        L.append("## Results")
        L.append("")
        L.append("Times are **median / p95 / p99 in ms**; bytes are median / p95 / p99 per step. "
                 "The floor is bench/floor.c, a bare ncurses program that echoes each key: "
                 "in its column each row is the echo of the same key.")
        L.append("")
        header = ["measurement", "floor"] + [size_label(a.people) + (f" ({a.total:,} people)" if a.total else "")
                                             for a in apps]
        L.append("| " + " | ".join(header) + " |")
        L.append("|" + "---|" * len(header))
        for label, metric, kind, *floor_metric in ROWS_SPEC:
            floor_cell = cell(floor, (floor_metric or [metric])[0], kind) if floor else ""
            if metric in ("build_s", "db_bytes", "autosave_ms", "minutes_save_ms"):
                floor_cell = "n/a"
            row = [label, floor_cell or "—"] + [cell(a, metric, kind) for a in apps]
            L.append("| " + " | ".join(row) + " |")
        L.append("")
        counts = sorted({len(v) for t in all_targets for k, v in t.samples.items()
                         if k not in ("search_first_ms", "picker_first_ms")})
        L.append(f"Samples per cell: {', '.join(map(str, counts)) or '—'} "
                 "(first letter: one per word typed).")
        L.append("")
        L.append("The Pengurus rows (menu `2`; the demo's aktif term " + BOARD_TERM + ", "
                 f"{BOARD_SEATS} seats, all held):")
        L.append("")
        L.append(f"- *Enter → Pengurus board*: Enter on the term list to the last byte of the whole board: header "
                 f"`{BOARD_SEATS} dari {BOARD_SEATS} kursi terisi`, column titles, group titles, key bar "
                 "(the board is one read of the term's seats and holders). Esc back to the list between samples, "
                 "not measured. Floor column: its echo of Enter.")
        L.append("- *picker keystroke → echo*: on the Bendahara seat `i` opens the person picker (all people, members "
                 "or not; FTS5, off the UI loop). From a letter written to the first read after which `Cari:` shows "
                 "the text typed. Floor column: its echo of a letter.")
        L.append("- *picker keystroke → matches*: from the same letter to the last byte of the frame that shows that "
                 "text's matches: the status line counts them (`N cocok`, `40+ cocok; …`) or the box says "
                 f"`{PICKER_NONE}` (the app shows either only once its matches are those of the text in the "
                 "field), and no `mencari…` is left. First letter: the broad one-letter prefix, one sample per "
                 "word. Words typed: 3–6 letter prefixes of the demo's name parts, listed under Observations; "
                 "Ctrl-U clears the field between words, not measured.")
        L.append("")
        L.append(f"The Musda rows (menu `3`, Musda I, the Notulen tab of Sidang Pleno II, whose minutes the bench sets to "
                 f"about {MINUTES_KB} KiB first):")
        L.append("")
        L.append("- *minutes keystroke → shown*: a letter typed at the end of the document (on a new line) to the first "
                 "read after which it shows with the caret after it (an autosave's status line may follow in the same "
                 "quiet window: that is the autosave row). Autosaves run off the loop meanwhile, so a stalled write "
                 "would show in the tail. Floor column: its echo of a letter.")
        L.append("- *first unsaved key → `Tersimpan otomatis`*: after a pause, one key, then nothing until the status "
                 "line shows a newer autosave time: the autosave delay (about 1 s by design) plus the draft's write.")
        L.append("- *Esc → minutes saved*: Esc in the editor writes the whole document as one audited change, drops "
                 "the draft and shows the record again with `Notulen … tersimpan`.")
        L.append("")
        L.append(f"The Program Kerja rows (menu `4`; the demo's programmes of {BOARD_TERM}):")
        L.append("")
        L.append("- *`4` → Program Kerja*: from the menu to the last byte of the programme list: the term line, the column "
                 "titles, every programme with its gauge (one read of the term's programmes, targets and realisation), the "
                 "key bar. Esc twice back to the menu between samples, not measured. Floor column: its echo of a key.")
        L.append(f"- *Enter → a programme*: Enter on `{PROGRAMME}` to the last byte of its page: targets with their "
                 "gauges (`…/200 (…%)`), the realisation entries of the first target, the key bar.")
        L.append("")
        if any(a.values.get("build_cached") for a in apps):
            L.append("¹ database taken from the cache; the time is from when it was built "
                     f"({', '.join(a.name + ': ' + a.values.get('built_at', '?') for a in apps if a.values.get('build_cached'))}).")
        if any(a.values.get("rss_partial") for a in apps):
            L.append("² from a run in which some steps failed (see Failures): those steps did not add to it.")
        L.append("")

    if imp:
        L += import_report(imp)
    if rec:
        L += reconcile_report(rec)

    obs = []
    key_steps = [(label, metric, (fm or [metric])[0]) for label, metric, kind, *fm in ROWS_SPEC
                 if kind == "ms" and metric not in ("startup_ms",)]
    for a in apps:
        measured = [(summary(a.samples[m])["p95"], label.rsplit(",", 1)[0], fm) for label, m, fm in key_steps
                    if a.samples.get(m)]
        if measured:
            p95, label, fm = max(measured)
            fl = floor.samples.get(fm) if floor else None
            ratio = f", {p95 / summary(fl)['p95']:.0f}× the floor's p95" if fl else ""
            obs.append(f"{a.name}: slowest key step by p95 is {label}: {fmt_ms(p95)} ms{ratio}")
        if a.search_words:
            obs.append(f"{a.name}: searches typed (matches after the last letter): "
                       + ", ".join(f"`{w}` {mt}" for w, mt in a.search_words))
        if a.search_log:
            worst = sorted(a.search_log, key=lambda x: -x[1])[:5]
            obs.append(f"{a.name}: slowest search keystrokes: "
                       + ", ".join(f"`{q}` {fmt_ms(ms)} ms (echo {fmt_ms(e)} ms, {m} matches)"
                                   for q, ms, m, e in worst))
        if a.picker_words:
            obs.append(f"{a.name}: picker words typed (matches after the last letter): "
                       + ", ".join(f"`{w}` {mt}" for w, mt in a.picker_words))
        if a.picker_log:
            worst = sorted(a.picker_log, key=lambda x: -x[1])[:5]
            obs.append(f"{a.name}: slowest picker keystrokes: "
                       + ", ".join(f"`{q}` {fmt_ms(ms)} ms (echo {fmt_ms(e)} ms, {m} matches)"
                                   for q, ms, m, e in worst))
        if a.values.get("page_rows"):
            obs.append(f"{a.name}: PgDn moved {a.values['page_rows']} rows")
    for t in all_targets:
        for n in sorted(t.notes):
            obs.append(f"{t.name}: {n}")
        if t.late[0]:
            obs.append(f"{t.name}: output arrived after a frame had been quiet for {QUIET_MS:.0f} ms "
                       f"{t.late[0]} time(s), {t.late[1]} bytes: a frame drawn in parts, or something that "
                       "redraws by itself; those bytes fell outside the step that caused them")
        if t.ignored:
            obs.append(f"{t.name}: the emulator ignored escape sequences {t.ignored}")
    if imp:
        obs += [f"import: {n}" for n in sorted(imp.notes)]
    obs += setup_notes
    if obs:
        L.append("## Observations")
        L.append("")
        for o in obs:
            L.append(f"- {o}")
        L.append("")

    if failures:
        L.append("## Failures")
        L.append("")
        for name, stage, msg in failures:
            first, _, rest = msg.partition("\n")
            L.append(f"- **{name} / {stage}**: {first}")
            if rest.strip():
                L.append("")
                L.append("  ```")
                for line in collapse_blank_rows(rest.rstrip().splitlines()):
                    L.append("  " + line)
                L.append("  ```")
        L.append("")

    with open(OUT, "w") as f:
        f.write("\n".join(L))
    raw = {"date": date, "commit": commit, "quick": QUICK, "samples": SAMPLES, "quiet_ms": QUIET_MS,
           "machine": m, "targets": {t.name: {"samples": t.samples, "values": t.values, "failures": t.failures,
                                              "notes": sorted(t.notes), "search_words": t.search_words,
                                              "search_log": t.search_log, "picker_words": t.picker_words,
                                              "picker_log": t.picker_log}
                                     for t in all_targets}}
    if imp:
        raw["import"] = {"rows": IMPORT_ROWS, "runs": IMPORT_RUNS, "samples": imp.samples, "values": imp.values,
                         "failures": imp.failures, "notes": sorted(imp.notes), "commands": imp.commands}
    if rec:
        raw["reconcile"] = {"rows": RECONCILE_ROWS, "people": RECONCILE_PEOPLE, "samples": rec.samples, "values": rec.values,
                            "failures": rec.failures}
    os.makedirs(WORK, exist_ok=True)
    with open(os.path.join(WORK, "last-run.json"), "w") as f:
        json.dump(raw, f, indent=1)
    return failures


def process_start_ms(n=None):
    """exec -> exit of `sekretariat --help`, spawned as the programs are, output to /dev/null."""
    n = n or min(SAMPLES, 30)
    out = []
    actions = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0), (os.POSIX_SPAWN_DUP2, 1, 2)]
    for _ in range(n):
        t0 = now()
        pid = os.posix_spawn(BIN, [BIN, "--help"], ENV, file_actions=actions)
        os.waitpid(pid, 0)
        out.append((now() - t0) * 1000)
    return out


# --- main ---------------------------------------------------------------------

def run_target(target, with_startup=True):
    try:
        if with_startup:
            target.measure_startup()
    except BenchFailure as e:
        target.fail("startup", e)
    target.measure_session()


def main():
    started = now()
    shutil.rmtree(os.path.join(WORK, "screens"), ignore_errors=True)
    setup_notes = []
    log(f"sekretariat bench: {'QUICK' if QUICK else 'full'}, {SAMPLES} samples per step, "
        f"quiet window {QUIET_MS:.0f} ms, cache {CACHE}")

    if ONLY not in ("", "floor", "app", "import", "reconcile"):
        sys.exit(f"BENCH_ONLY={ONLY!r}: use `floor` (the floor alone), `app` (the floor and the screens), "
                 "`import` or `reconcile` (that step alone)")
    floor = None
    if ONLY in ("", "floor", "app"):
        floor = Floor()
        run_target(floor)

    apps = []
    dbs = None
    if ONLY in ("", "app"):
        if not os.access(BIN, os.X_OK):
            app = App(None, "")
            app.name = "app"
            app.fail("binary", BenchFailure(f"no executable at {BIN}: run `make bench`, "
                                            "or `swift build -c release` and set SEKRETARIAT_BIN"))
            apps.append(app)
        elif GIVEN_DB:
            app = App(None, GIVEN_DB)
            setup_notes.append(f"measured on the given database {GIVEN_DB} (BENCH_DB), not a built one")
            run_target(app)
            apps.append(app)
        else:
            dbs = dbs or Databases()
            for people in SIZES:
                app = App(people, "")
                apps.append(app)
                log(f"[{app.name}] database")
                try:
                    path, meta = dbs.get(people)
                except BenchFailure as e:
                    app.fail("database", e)
                    app.fail("measurements", BenchFailure("not taken: there is no database to measure"))
                    continue
                app.db = path
                app.values["build_s"] = meta["build_s"]
                app.values["build_cached"] = meta["cached"]
                app.values["built_at"] = meta.get("built_at")
                app.values["db_bytes"] = meta["db_bytes"]
                if meta.get("demo_said"):
                    app.notes.add("`demo` said: " + " / ".join(meta["demo_said"]))
                run_target(app)

    imp = None
    if ONLY == "import" or (ONLY == "" and os.access(BIN, os.X_OK)):
        imp = ImportBench()
        if not os.access(BIN, os.X_OK):
            for key, _ in IMPORT_KINDS:
                imp.fail(key, BenchFailure(f"not taken: no executable at {BIN}"))
        else:
            imp.run(dbs or Databases())

    rec = None
    if ONLY == "reconcile" or (ONLY == "" and os.access(BIN, os.X_OK)):
        rec = ReconcileBench()
        if not os.access(BIN, os.X_OK):
            rec.fail(BenchFailure(f"not taken: no executable at {BIN}"))
        else:
            dbs = dbs or Databases()
            rec.run(dbs)

    if ONLY in ("", "app") and os.access(BIN, os.X_OK):
        try:
            ms = process_start_ms()
            setup_notes.append(
                f"process start alone: `sekretariat --help` (no terminal, no database) runs exec to exit in "
                f"{fmt_ms(statistics.median(ms))} ms median (p95 {fmt_ms(pct(ms, 0.95))}); that much of "
                "\"exec → first frame\" is the Swift runtime and its libraries starting, before the app draws")
        except Exception as e:  # a baseline only; never worth failing the run
            setup_notes.append(f"process start baseline not taken: {e}")

    failures = write_report(floor, apps, started, setup_notes, imp, rec)
    log(f"wrote {os.path.relpath(OUT, ROOT)} in {now() - started:.0f} s")
    if failures:
        log(f"\nINCOMPLETE: {len(failures)} measurement(s) failed:")
        for name, stage, msg in failures:
            log(f"  - {name} / {stage}: {msg.splitlines()[0]}")
        sys.exit(1)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
