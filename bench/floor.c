/*
 * The floor: the least an ncurses program can do, measured by the same
 * harness as sekretariat. It draws a first frame (header, one line of text,
 * a bottom key bar) and then echoes every key it receives on one line,
 * with a running count so the harness can check each key landed.
 *
 * It is set up the way DESIGN.md says the app is: setlocale before initscr,
 * wide-character input through wget_wch, keypad on, set_escdelay(25).
 * Q or F10 quits.
 */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <locale.h>
#include <wchar.h>

int main(void)
{
    setlocale(LC_ALL, "");
    initscr();
    raw();
    noecho();
    keypad(stdscr, TRUE);
    set_escdelay(25);

    mvaddstr(0, 0, "floor \xe2\x80\xba ncurses echo");
    mvaddstr(2, 0, "Tekan tombol apa saja.");
    attron(A_REVERSE);
    mvaddstr(LINES - 1, 0, " Q Keluar  F10 Keluar ");
    attroff(A_REVERSE);
    refresh();

    unsigned long count = 0;
    for (;;) {
        wint_t ch;
        int kind = get_wch(&ch);
        if (kind == ERR)
            continue;
        if (kind == KEY_CODE_YES && ch == KEY_RESIZE)
            continue;
        count++;
        const char *name = kind == KEY_CODE_YES ? keyname((int)ch) : key_name((wchar_t)ch);
        move(4, 0);
        clrtoeol();
        printw("key %lu: %s", count, name ? name : "?");
        refresh();
        if ((kind == OK && ch == L'Q') || (kind == KEY_CODE_YES && ch == KEY_F(10)))
            break;
    }
    endwin();
    return 0;
}
