#ifndef SEKRETARIAT_NCURSES_SHIM_H
#define SEKRETARIAT_NCURSES_SHIM_H
// Wide-character ncurses must be requested before <curses.h>.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <curses.h>
#include <langinfo.h>
#include <signal.h>
#include <unistd.h>

// Swift 6 rejects these globals and macros; expose them as inline accessors.
static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_dim(void) { return A_DIM; }
static inline const cchar_t *shim_wacs_hline(void) { return WACS_HLINE; }
static inline const cchar_t *shim_wacs_vline(void) { return WACS_VLINE; }
static inline const cchar_t *shim_wacs_ulcorner(void) { return WACS_ULCORNER; }
static inline const cchar_t *shim_wacs_urcorner(void) { return WACS_URCORNER; }
static inline const cchar_t *shim_wacs_llcorner(void) { return WACS_LLCORNER; }
static inline const cchar_t *shim_wacs_lrcorner(void) { return WACS_LRCORNER; }
static inline const cchar_t *shim_wacs_ltee(void) { return WACS_LTEE; }
static inline const cchar_t *shim_wacs_rtee(void) { return WACS_RTEE; }
static inline const cchar_t *shim_wacs_ttee(void) { return WACS_TTEE; }
static inline const cchar_t *shim_wacs_btee(void) { return WACS_BTEE; }
static inline const cchar_t *shim_wacs_plus(void) { return WACS_PLUS; }
static inline int shim_key_resize(void) { return KEY_RESIZE; }
static inline int shim_key_code_yes(void) { return KEY_CODE_YES; }
static inline int shim_ok(void) { return OK; }
static inline int shim_err(void) { return ERR; }

/// Writes one cell: a NUL-terminated wide string (base + combining marks) with attributes and colour pair.
static inline int shim_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t c;
    if (setcchar(&c, wch, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &c);
}
#endif
