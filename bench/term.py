"""A program in a pseudo-terminal, its output parsed by a VT emulator (pyte).

Every byte the program prints is timestamped when it is read and fed to the
emulator. A "frame" ends when the screen shows what the caller expects and
output has then been quiet for the quiet window; its time is the time of its
last byte, not the end of the quiet window. A frame may also note when an
earlier screen was first shown (the keystroke echoed before the results came):
the time of the read after which it first held.
"""

import fcntl
import os
import select
import signal
import struct
import termios
import time

import pyte
from pyte.screens import Margins


def now():
    return time.perf_counter()


class BenchFailure(Exception):
    """A measurement that could not be taken. The message says why."""


class BenchScreen(pyte.Screen):
    """pyte's Screen plus the few xterm sequences ncurses uses and pyte 0.8.2 lacks.

    ncurses emits REP (CSI n b) for runs of one character, and SU/SD (CSI n S,
    CSI n T) when it scrolls a region. Without them the emulated screen would
    differ from a real terminal's, and the content checks would lie.
    Sequences pyte still ignores are counted, so a report can say so.
    """

    def __init__(self, columns, lines):
        super().__init__(columns, lines)
        self.last_char = None
        self.ignored = {}

    def draw(self, data):
        if data:
            self.last_char = data[-1]
        super().draw(data)

    def repeat_last(self, count=1, *args, **kwargs):
        if self.last_char is not None:
            self.draw(self.last_char * max(count, 1))

    def scroll_up(self, count=1, *args, **kwargs):
        top, bottom = self.margins or Margins(0, self.lines - 1)
        saved = (self.cursor.x, self.cursor.y)
        self.cursor.y = bottom
        for _ in range(max(count, 1)):
            self.index()
        self.cursor.x, self.cursor.y = saved

    def scroll_down(self, count=1, *args, **kwargs):
        top, bottom = self.margins or Margins(0, self.lines - 1)
        saved = (self.cursor.x, self.cursor.y)
        self.cursor.y = top
        for _ in range(max(count, 1)):
            self.reverse_index()
        self.cursor.x, self.cursor.y = saved

    def window_ops(self, *args, **kwargs):
        # XTWINOPS (CSI ... t): xterm-256color's smcup saves the title with it. No screen effect.
        pass

    def debug(self, *args, **kwargs):
        key = repr(args[:3])
        self.ignored[key] = self.ignored.get(key, 0) + 1

    def lines_text(self):
        return list(self.display)

    def dump(self):
        width = self.columns
        rows = ["+" + "-" * width + "+"]
        rows += ["|" + line + "|" for line in self.display]
        rows.append("+" + "-" * width + "+")
        rows.append(f"cursor at row {self.cursor.y}, column {self.cursor.x}")
        return "\n".join(rows)


class BenchByteStream(pyte.ByteStream):
    csi = dict(pyte.ByteStream.csi)
    csi.update({"b": "repeat_last", "S": "scroll_up", "T": "scroll_down", "t": "window_ops"})
    # DECKPAM/DECKPNM (keypad modes, from smkx/rmkx): no screen effect.
    escape = dict(pyte.ByteStream.escape)
    escape.update({"=": "window_ops", ">": "window_ops"})
    events = frozenset(set(pyte.ByteStream.events) | set(csi.values()))


class Frame:
    def __init__(self, start, last_byte, nbytes, early=None):
        self.start = start
        self.last_byte = last_byte
        self.nbytes = nbytes
        self.early = early

    @property
    def ms(self):
        return (self.last_byte - self.start) * 1000.0

    @property
    def early_ms(self):
        """When the `early` screen first showed; None if it never did on its own."""
        return None if self.early is None else (self.early - self.start) * 1000.0


class Term:
    """One run of a program in a pty of fixed size."""

    def __init__(self, argv, env, rows, cols, quiet_s, timeout_s):
        self.argv = argv
        self.env = env
        self.rows = rows
        self.cols = cols
        self.quiet_s = quiet_s
        self.timeout_s = timeout_s
        # Output came, then nothing for this long, and the screen is still not
        # the expected one: it will not become it.
        self.settle_s = min(timeout_s, 8.0)
        self.screen = BenchScreen(cols, rows)
        self.stream = BenchByteStream(self.screen)
        self.pid = None
        self.status = None
        self.fd = None
        self.late_bytes = 0
        self.late_events = 0
        self.spawn_s = None

    # --- life cycle -------------------------------------------------------

    def start(self):
        """Spawn the program on a new pty. Returns the time taken just before the spawn.

        posix_spawn (vfork + exec in glibc) rather than pexpect's fork of the
        Python interpreter: that fork costs 6-13 ms here and returns at a
        variable time after exec, so a fast program's first frame could sit
        unread in the pty and be timestamped late.
        """
        master, slave = os.openpty()
        fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", self.rows, self.cols, 0, 0))
        slave_name = os.ttyname(slave)
        actions = [
            # Opened after setsid, without O_NOCTTY: the pty becomes the controlling terminal.
            (os.POSIX_SPAWN_OPEN, 0, slave_name, os.O_RDWR, 0),
            (os.POSIX_SPAWN_DUP2, 0, 1),
            (os.POSIX_SPAWN_DUP2, 0, 2),
        ]
        t0 = now()
        try:
            self.pid = os.posix_spawn(self.argv[0], self.argv, self.env, file_actions=actions, setsid=True)
        except OSError as e:
            os.close(master)
            os.close(slave)
            raise BenchFailure(f"cannot start {self.argv[0]}: {e}")
        self.spawn_s = now() - t0
        os.close(slave)  # so the master reads EOF when the program exits
        self.fd = master
        return t0

    def _reap(self, block=False):
        if self.status is not None:
            return True
        pid, status = os.waitpid(self.pid, 0 if block else os.WNOHANG)
        if pid == 0:
            return False
        self.status = os.waitstatus_to_exitcode(status)
        return True

    def alive(self):
        return self.pid is not None and not self._reap()

    def status_field(self, name):
        """A field of /proc/PID/status in KiB (VmHWM, VmRSS)."""
        try:
            with open(f"/proc/{self.pid}/status") as f:
                for line in f:
                    if line.startswith(name + ":"):
                        return int(line.split()[1])
        except OSError as e:
            raise BenchFailure(f"cannot read /proc/{self.pid}/status: {e}")
        raise BenchFailure(f"/proc/{self.pid}/status has no {name}")

    def wait_exit(self, timeout_s=5.0):
        """Read until the program closes the pty, then reap it.

        Returns the exit code (negative: killed by that signal), or None if it
        is still running after timeout_s.
        """
        deadline = now() + timeout_s
        while now() < deadline:
            r, _, _ = select.select([self.fd], [], [], 0.05)
            if r:
                try:
                    data = os.read(self.fd, 65536)
                except OSError:
                    data = b""
                if not data:
                    break
                self.stream.feed(data)
            elif not self.alive():
                break
        end = max(deadline, now() + 0.5)
        while self.alive() and now() < end:
            time.sleep(0.005)
        if self.alive():
            return None
        self.close()
        return self.status

    def close(self):
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def kill(self):
        """End the program we started (by its own pid) and reap it."""
        if self.pid is None:
            return
        for sig in (signal.SIGTERM, signal.SIGKILL):
            if not self.alive():
                break
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                break
            end = now() + 1.0
            while self.alive() and now() < end:
                time.sleep(0.01)
        self.close()

    # --- I/O --------------------------------------------------------------

    def drain(self):
        """Take in output that arrived after the last frame was declared quiet.

        Such output means a frame came in parts further apart than the quiet
        window (or something redraws by itself); it is counted and reported.
        """
        got = 0
        while True:
            r, _, _ = select.select([self.fd], [], [], 0)
            if not r:
                break
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                data = b""
            if not data:
                break
            got += len(data)
            self.stream.feed(data)
        if got:
            self.late_bytes += got
            self.late_events += 1
        return got

    def send(self, data):
        """Write a key. Returns the time just before the write."""
        self.drain()
        t0 = now()
        os.write(self.fd, data)
        return t0

    def wait_frame(self, start, cond, what, need_bytes=True, timeout_s=None, early=None):
        """Wait until cond(screen) holds and output is quiet. Returns a Frame.

        Bytes are only read and timestamped while output flows; the emulator
        is fed during quiet gaps, so parsing never delays a timestamp. With
        `early`, the reads are fed one at a time and the Frame records the
        timestamp of the first after which early(screen) held.
        """
        timeout_s = timeout_s or self.timeout_s
        deadline = start + timeout_s
        pending = []
        nbytes = 0
        last = None
        early_at = None
        while True:
            r, _, _ = select.select([self.fd], [], [], self.quiet_s)
            if r:
                try:
                    data = os.read(self.fd, 65536)
                except OSError:
                    data = b""
                ts = now()
                if not data:
                    for _, chunk in pending:
                        self.stream.feed(chunk)
                    status = self.wait_exit(2.0)
                    raise BenchFailure(
                        f"{what}: the program exited (status {status}) before the expected screen.\n"
                        f"Last screen:\n{self.screen.dump()}")
                pending.append((ts, data))
                nbytes += len(data)
                last = ts
                if ts > deadline + 5.0:
                    raise BenchFailure(f"{what}: output never fell quiet for {self.quiet_s * 1000:.0f} ms")
                continue
            for ts, chunk in pending:
                self.stream.feed(chunk)
                if early is not None and early_at is None and early(self.screen):
                    early_at = ts
            pending = []
            if (nbytes > 0 or not need_bytes) and cond(self.screen):
                return Frame(start, last if last is not None else start, nbytes, early_at)
            if now() > deadline or (nbytes and now() - last > self.settle_s):
                timeout_s = now() - start
                detail = "no output at all" if nbytes == 0 else f"{nbytes} bytes, but not the expected screen"
                raise BenchFailure(
                    f"{what}: after {timeout_s:.0f} s, {detail}.\nLast screen:\n{self.screen.dump()}")

    def press(self, key, cond, what, need_bytes=True, timeout_s=None, early=None):
        start = self.send(key)
        return self.wait_frame(start, cond, what, need_bytes=need_bytes, timeout_s=timeout_s, early=early)
