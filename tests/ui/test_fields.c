/* test_fields.c: the window's text fields (engine/ui/ui_field.c) as a person
 * at a desktop uses them: newlines in a one-line and in the wrapped field,
 * selecting with Shift and Ctrl+A, the clipboard (copy, cut, paste; pasted
 * controls, invalid UTF-8 and text too long for the field), the mouse
 * (click, drag, double and triple click, Shift+click), Up and Down in the
 * wrapped field keeping their x, Ctrl with the arrows, Backspace and Delete
 * by words; in English, Arabic and Japanese. Then the fields on their screens
 * through ui_handle_event (synthetic SDL events: keys with modifiers, mouse
 * presses, motion and releases), and a selection drawn in the three themes:
 * the accent behind, the text in on_accent, nothing outside it (shots in
 * ./shots/fields-*.png for people to look at).
 *
 * Headless: the dummy video driver, whose clipboard SDL keeps in the
 * process, and the software renderer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "screen_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PRACTICE_SCEN RAPPORT_SOURCE_DIR "/tests/cli/practice.lua"

/* One window for the field-level tests: its text cache lays out. */
static sf_fixture *win;

static int setup(void **state)
{
    (void)state;
    if (sf_setup("fields-", true) != 0) return -1;
    win = sf_window(640, 240, "unit", NULL);
    return 0;
}

static int teardown(void **state)
{
    ui_ctx_free(&win->cx); /* its glyph textures belong to the renderer: first */
    SDL_DestroyRenderer(win->ren);
    SDL_DestroyWindow(win->win);
    free(win);
    return sf_teardown(state);
}

static ui_text *txt(void)
{
    return win->cx.text;
}

/* The text's width on one line, in the body font. */
static int width(const char *s)
{
    return ui_text_layout(txt(), UI_F_BODY, s, 0, 0)->w;
}

static int line_h(void)
{
    return ui_text_line_h(txt(), UI_F_BODY);
}

/* Draws the field in r (lines as its screen does), cleared to the theme's
 * panel first, and returns the height it reports. */
static int draw(const char *buf, ui_field *fd, SDL_Rect r, int lines)
{
    ui_ctx *cx = &win->cx;
    SDL_SetRenderDrawColor(cx->ren, cx->th.panel.r, cx->th.panel.g, cx->th.panel.b, 255);
    SDL_RenderClear(cx->ren);
    ui_frame_clear(&cx->frame);
    return ui_field_draw(cx, UI_F_BODY, buf, fd, NULL, r, lines);
}

static bool key(char *buf, size_t cap, ui_field *fd, SDL_Keycode k, Uint16 mod)
{
    return ui_field_key(txt(), buf, cap, fd, k, mod);
}

#define KEY(k) key(buf, sizeof buf, &fd, (k), 0)
#define SHIFT(k) key(buf, sizeof buf, &fd, (k), KMOD_LSHIFT)
#define CTRL(k) key(buf, sizeof buf, &fd, (k), KMOD_LCTRL)

static void at(ui_field *fd, size_t caret)
{
    fd->caret = fd->anchor = caret;
    fd->have_goal = false;
}

/* ---- newlines ---- */

/* True when a column in [x0, x1) has a dark run most of [y0, y1) tall: the
 * caret (a letter's stem is shorter than the line). */
static bool caret_in(const Uint32 *px, int x0, int x1, int y0, int y1)
{
    int tall = ui_text_line_h(txt(), UI_F_BODY) * 4 / 5;
    for (int x = x0; x < x1; x++)
        for (int y = y0, run = 0; y < y1; y++) {
            run = (px[y * win->cx.w + x] & 0xFF) < 100 ? run + 1 : 0;
            if (run >= tall) return true;
        }
    return false;
}

/* A one-line field holding a newline (pre-filled; typing never puts one
 * in) shows it as a space and edits it as one: the arrows go through it one
 * stop at a time, Delete and Backspace take it alone, and a paste turns line
 * breaks into spaces. Before, it was laid out as two lines of which the
 * field showed one, and Right from before the newline went nowhere. */
static void newline_one_line(void **state)
{
    (void)state;
    char buf[32] = "ab\ncd";
    ui_field fd = {0};
    SDL_Rect r = {10, 10, 400, line_h() + 8};
    int h = draw(buf, &fd, r, 1);
    assert_true(h < 2 * line_h()); /* one line */
    for (size_t want = 1; want <= 5; want++) {
        assert_true(KEY(SDLK_RIGHT));
        assert_int_equal(fd.caret, want);
    }
    for (int i = 0; i < 2; i++)
        KEY(SDLK_LEFT);
    assert_int_equal(fd.caret, 3); /* after the newline, before c */
    assert_true(KEY(SDLK_BACKSPACE));
    assert_string_equal(buf, "abcd");
    strcpy(buf, "ab\ncd");
    at(&fd, 2);
    assert_true(KEY(SDLK_DELETE));
    assert_string_equal(buf, "abcd");
    at(&fd, 4);
    assert_true(ui_field_paste(buf, sizeof buf, &fd, "x\r\ny\rz\n"));
    assert_string_equal(buf, "abcdx y z ");
    /* Drawn with the caret after the newline: right of "ab " on the line. */
    strcpy(buf, "ab\ncd");
    at(&fd, 3);
    draw(buf, &fd, r, 1);
    Uint32 *px = sf_read_screen(win);
    int x0 = r.x + width("ab ");
    assert_true(caret_in(px, x0 - 2, x0 + 3, r.y, r.y + r.h)); /* the caret's column */
    free(px);
    ui_field_free(&fd);
}

/* The wrapped field (say it first) keeps a newline as a line break, and the
 * caret has a place on an empty line: Down from the first line goes there,
 * then to the next at the same x; Right from the end of a line goes to the
 * next line; Backspace at a line's start joins it to the one before. */
static void newline_wrapped(void **state)
{
    (void)state;
    char buf[64] = "ab\n\ncd";
    ui_field fd = {0};
    SDL_Rect r = {10, 10, 400, 5 * line_h()};
    draw(buf, &fd, r, 4);
    at(&fd, 1);
    assert_true(KEY(SDLK_DOWN));
    assert_int_equal(fd.caret, 3); /* the empty line */
    assert_true(KEY(SDLK_DOWN));
    assert_int_equal(fd.caret, 5); /* c|d: the x kept from a|b */
    assert_true(KEY(SDLK_UP));
    assert_int_equal(fd.caret, 3);
    assert_true(KEY(SDLK_UP));
    assert_int_equal(fd.caret, 1);
    assert_true(KEY(SDLK_UP)); /* the first line: to the start */
    assert_int_equal(fd.caret, 0);
    at(&fd, 2); /* the end of "ab" */
    KEY(SDLK_RIGHT);
    assert_int_equal(fd.caret, 3);
    KEY(SDLK_RIGHT);
    assert_int_equal(fd.caret, 4);
    KEY(SDLK_LEFT);
    assert_int_equal(fd.caret, 3);
    KEY(SDLK_LEFT);
    assert_int_equal(fd.caret, 2);
    at(&fd, 5);
    KEY(SDLK_HOME);
    assert_int_equal(fd.caret, 4); /* the line's start */
    KEY(SDLK_END);
    assert_int_equal(fd.caret, 6);
    CTRL(SDLK_HOME);
    assert_int_equal(fd.caret, 0);
    at(&fd, 4);
    KEY(SDLK_BACKSPACE);
    assert_string_equal(buf, "ab\ncd");
    assert_int_equal(fd.caret, 3);
    at(&fd, 2);
    KEY(SDLK_DELETE);
    assert_string_equal(buf, "abcd");
    /* A paste keeps its line breaks here (CR LF as one). */
    at(&fd, 2);
    assert_true(ui_field_paste(buf, sizeof buf, &fd, "\r\none\r\n"));
    assert_string_equal(buf, "ab\none\ncd");
    /* The caret on an empty line is drawn on it, at the left. */
    strcpy(buf, "ab\n\ncd");
    at(&fd, 3);
    draw(buf, &fd, r, 4);
    Uint32 *px = sf_read_screen(win);
    int lh = line_h();
    assert_false(caret_in(px, r.x - 2, r.x + 3, r.y, r.y + lh));
    assert_true(caret_in(px, r.x - 2, r.x + 3, r.y + lh, r.y + 2 * lh));
    assert_false(caret_in(px, r.x - 2, r.x + 3, r.y + 2 * lh, r.y + 3 * lh));
    free(px);
    ui_field_free(&fd);
}

/* More lines than the wrapped field shows: it scrolls to keep the caret's
 * line in view, down to the last and back to the first, and a click lands
 * on the line shown there. Before, the fifth line was cut off behind an
 * ellipsis with the caret in it. */
static void wrapped_scrolls(void **state)
{
    (void)state;
    char buf[64] = "one\ntwo\nthree\nfour\nfive\nsix";
    ui_field fd = {.caret = strlen(buf), .anchor = strlen(buf)};
    int lh = line_h();
    const ui_layout *four = ui_text_layout(txt(), UI_F_BODY, "1\n2\n3\n4", 0, 0);
    SDL_Rect r = {10, 10, 300, four->h}; /* four lines, as say it first sizes it */
    draw(buf, &fd, r, 4);
    assert_int_equal(fd.scroll, 2 * lh);
    assert_int_equal(fd.ty, r.y - 2 * lh);
    Uint32 *px = sf_read_screen(win);
    int x = r.x + width("six");
    assert_true(caret_in(px, x - 2, x + 4, r.y + 3 * lh, r.y + r.h));
    free(px);
    ui_field_press(txt(), buf, &fd, r.x + 1, r.y + 1, 1, false); /* the top line: "three" */
    assert_int_equal(fd.caret, 8);
    KEY(SDLK_UP);
    KEY(SDLK_UP);
    draw(buf, &fd, r, 4);
    assert_int_equal(fd.caret, 0);
    assert_int_equal(fd.scroll, 0);
    assert_int_equal(fd.ty, r.y);
}

/* A one-line text too long for its field scrolls sideways only as far as
 * keeps the caret in view: moving the caret inside the field leaves the
 * text still (before, each Left slid it along with the caret pinned to the
 * right edge); Home brings the start back, and an Arabic text shows its
 * start, its right end, when the caret is there. */
static void one_line_scrolls(void **state)
{
    (void)state;
    char buf[96] = "the quick brown fox jumps over the lazy dog, again";
    ui_field fd = {.caret = strlen(buf), .anchor = strlen(buf)};
    SDL_Rect r = {10, 10, 150, line_h() + 8};
    draw(buf, &fd, r, 1);
    int end_tx = fd.tx;
    assert_true(end_tx < r.x - 100); /* scrolled to show the end */
    assert_true(end_tx + width(buf) <= r.x + r.w);
    for (int i = 0; i < 3; i++) {
        KEY(SDLK_LEFT);
        draw(buf, &fd, r, 1);
        assert_int_equal(fd.tx, end_tx);
    }
    KEY(SDLK_HOME);
    draw(buf, &fd, r, 1);
    int home_tx = fd.tx;
    assert_true(home_tx >= r.x && home_tx <= r.x + 4);
    KEY(SDLK_RIGHT);
    draw(buf, &fd, r, 1);
    assert_int_equal(fd.tx, home_tx);
    KEY(SDLK_END);
    draw(buf, &fd, r, 1);
    assert_int_equal(fd.tx, end_tx);
    strcpy(buf, "مرحبا بكم في هذا الحقل الطويل جدا جدا");
    at(&fd, 0);
    draw(buf, &fd, r, 1);
    int w = width(buf);
    assert_true(w > r.w);
    assert_true(fd.tx + w >= r.x + r.w - 4 && fd.tx + w <= r.x + r.w);
}

/* ---- selecting ---- */

/* Shift with the arrows, Home and End selects; typing replaces the
 * selection, Backspace and Delete remove it; Left and Right without Shift
 * leave it at its end on that side; Ctrl+A selects all. */
static void select_with_keys(void **state)
{
    (void)state;
    char buf[32] = "hello world";
    ui_field fd = {.caret = 11, .anchor = 11};
    for (int i = 0; i < 5; i++)
        assert_true(SHIFT(SDLK_LEFT));
    assert_int_equal(fd.anchor, 11);
    assert_int_equal(fd.caret, 6);
    char *p = SDL_GetPrimarySelectionText(); /* X11 and Wayland only (tests/ui/e2e_practice.sh) */
    assert_string_equal(p, "");
    SDL_free(p);
    assert_true(ui_field_insert(buf, sizeof buf, &fd, "there"));
    assert_string_equal(buf, "hello there");
    assert_int_equal(fd.caret, 11);
    assert_int_equal(fd.anchor, 11);
    SHIFT(SDLK_HOME);
    assert_int_equal(fd.caret, 0);
    KEY(SDLK_RIGHT); /* collapses at the right end */
    assert_int_equal(fd.caret, 11);
    assert_int_equal(fd.anchor, 11);
    at(&fd, 6);
    SHIFT(SDLK_END);
    KEY(SDLK_LEFT); /* collapses at the left end */
    assert_int_equal(fd.caret, 6);
    assert_int_equal(fd.anchor, 6);
    key(buf, sizeof buf, &fd, SDLK_LEFT, KMOD_LCTRL | KMOD_LSHIFT); /* the word before */
    assert_int_equal(fd.anchor, 6);
    assert_int_equal(fd.caret, 0);
    KEY(SDLK_DELETE);
    assert_string_equal(buf, "there");
    assert_true(CTRL(SDLK_a));
    assert_int_equal(fd.anchor, 0);
    assert_int_equal(fd.caret, 5);
    KEY(SDLK_BACKSPACE);
    assert_string_equal(buf, "");
    /* Typing that would not fit leaves the selection as it was. */
    char small[8] = "abcdef";
    ui_field sf = {.anchor = 0, .caret = 1};
    assert_false(ui_field_insert(small, sizeof small, &sf, "xyz"));
    assert_string_equal(small, "abcdef");
    assert_int_equal(sf.caret, 1);
    assert_true(ui_field_insert(small, sizeof small, &sf, "xy"));
    assert_string_equal(small, "xybcdef");
    ui_field_free(&fd);
    ui_field_free(&sf);
}

/* In Arabic, Shift+Left selects onwards in reading order (leftwards on
 * screen), a letter at a time; typing replaces it. In Japanese, one
 * character a stop. */
static void select_rtl_cjk(void **state)
{
    (void)state;
    char buf[32] = "نور"; /* three letters, two bytes each */
    ui_field fd = {0};
    draw(buf, &fd, (SDL_Rect){10, 10, 300, 40}, 1);
    assert_true(SHIFT(SDLK_LEFT));
    assert_int_equal(fd.caret, 2);
    SHIFT(SDLK_LEFT);
    assert_int_equal(fd.caret, 4);
    assert_int_equal(fd.anchor, 0);
    SHIFT(SDLK_RIGHT); /* back towards the start, on the right */
    assert_int_equal(fd.caret, 2);
    assert_true(ui_field_insert(buf, sizeof buf, &fd, "X"));
    assert_string_equal(buf, "Xور");
    strcpy(buf, "日本語");
    at(&fd, 9);
    SHIFT(SDLK_LEFT);
    assert_int_equal(fd.caret, 6);
    CTRL(SDLK_c);
    KEY(SDLK_HOME);
    CTRL(SDLK_v);
    assert_string_equal(buf, "語日本語");
    assert_int_equal(fd.caret, 3);
    ui_field_free(&fd);
}

/* ---- the clipboard ---- */

/* Ctrl+C copies the selection (nothing when there is none), Ctrl+X cuts it,
 * Ctrl+V pastes in place of the selection; Ctrl+Insert, Shift+Delete and
 * Shift+Insert too. */
static void clipboard_keys(void **state)
{
    (void)state;
    char buf[32] = "copy this";
    ui_field fd = {.anchor = 5, .caret = 9};
    SDL_SetClipboardText("before");
    assert_true(CTRL(SDLK_c));
    char *c = SDL_GetClipboardText();
    assert_string_equal(c, "this");
    SDL_free(c);
    at(&fd, 2);
    CTRL(SDLK_c); /* no selection: the clipboard stays */
    c = SDL_GetClipboardText();
    assert_string_equal(c, "this");
    SDL_free(c);
    fd.anchor = 0;
    fd.caret = 5;
    assert_true(CTRL(SDLK_x));
    assert_string_equal(buf, "this");
    c = SDL_GetClipboardText();
    assert_string_equal(c, "copy ");
    SDL_free(c);
    KEY(SDLK_END);
    assert_true(CTRL(SDLK_v));
    assert_string_equal(buf, "thiscopy ");
    fd.anchor = 0;
    fd.caret = 4; /* "this" selected: a paste replaces it */
    assert_true(SHIFT(SDLK_INSERT));
    assert_string_equal(buf, "copy copy ");
    fd.anchor = 0;
    fd.caret = 5;
    assert_true(SHIFT(SDLK_DELETE));
    assert_string_equal(buf, "copy ");
    assert_true(CTRL(SDLK_a));
    assert_true(CTRL(SDLK_INSERT));
    c = SDL_GetClipboardText();
    assert_string_equal(c, "copy ");
    SDL_free(c);
    ui_field_free(&fd);
}

/* A paste never brings in controls (a tab is a space), keeps to the field's
 * size, cutting at a character, and shows invalid UTF-8 as U+FFFD, never
 * crashing: as an SDL clipboard from another program can hold. */
static void paste_cleaned(void **state)
{
    (void)state;
    char buf[32] = "";
    ui_field fd = {0};
    SDL_SetClipboardText("a\tb\x01"
                         "c\x7F\r\nd\x1B");
    CTRL(SDLK_v);
    assert_string_equal(buf, "a bc d");
    buf[0] = 0;
    at(&fd, 0);
    SDL_SetClipboardText("\xFF\xC3(\xE2\x82");
    CTRL(SDLK_v);
    assert_string_equal(buf, "\xEF\xBF\xBD\xEF\xBF\xBD(\xEF\xBF\xBD\xEF\xBF\xBD");
    assert_int_equal(fd.caret, strlen(buf));
    /* Too long: what fits, whole characters only (8 bytes: two of three). */
    char small[8] = "";
    ui_field sf = {0};
    SDL_SetClipboardText("日本語です");
    assert_true(key(small, sizeof small, &sf, SDLK_v, KMOD_LCTRL));
    assert_string_equal(small, "日本");
    assert_int_equal(sf.caret, 6);
    assert_false(ui_field_paste(small, sizeof small, &sf, "語")); /* one byte left: no room */
    assert_true(ui_field_paste(small, sizeof small, &sf, "!?"));
    assert_string_equal(small, "日本!"); /* 7 bytes and the NUL */
    /* An empty clipboard pastes nothing. */
    SDL_SetClipboardText("");
    CTRL(SDLK_v);
    assert_string_equal(small, "日本!");
    ui_field_free(&fd);
    ui_field_free(&sf);
}

/* ---- the mouse, on the field's own functions ---- */

/* A click puts the caret at the nearest stop (in Arabic, the right end is
 * the start), a drag selects, a double click takes the word, a triple all,
 * Shift+click extends. */
static void mouse_on_field(void **state)
{
    (void)state;
    char buf[32] = "hello world";
    ui_field fd = {0};
    SDL_Rect r = {20, 10, 400, line_h() + 8};
    draw(buf, &fd, r, 1);
    int y = r.y + r.h / 2;
    ui_field_press(txt(), buf, &fd, r.x + width("hello") + 1, y, 1, false);
    assert_int_equal(fd.caret, 5);
    assert_int_equal(fd.anchor, 5);
    assert_true(fd.drag);
    ui_field_drag(txt(), buf, &fd, r.x + 399, y);
    assert_int_equal(fd.anchor, 5);
    assert_int_equal(fd.caret, 11);
    fd.drag = false;
    ui_field_drag(txt(), buf, &fd, r.x, y); /* released: no more selecting */
    assert_int_equal(fd.caret, 11);
    ui_field_press(txt(), buf, &fd, r.x + width("hello wo"), y, 2, false);
    assert_int_equal(fd.anchor, 6);
    assert_int_equal(fd.caret, 11);
    ui_field_press(txt(), buf, &fd, r.x + 2, y, 3, false);
    assert_int_equal(fd.anchor, 0);
    assert_int_equal(fd.caret, 11);
    ui_field_press(txt(), buf, &fd, r.x + width("he"), y, 1, false);
    ui_field_press(txt(), buf, &fd, r.x + width("hello w"), y, 1, true);
    assert_int_equal(fd.anchor, 2);
    assert_int_equal(fd.caret, 7);
    /* Arabic from the field's right: its right end is the start. */
    strcpy(buf, "نور");
    at(&fd, 6);
    draw(buf, &fd, r, 1);
    ui_field_press(txt(), buf, &fd, r.x + r.w - 1, y, 1, false);
    assert_int_equal(fd.caret, 0);
    ui_field_press(txt(), buf, &fd, r.x + 1, y, 1, false);
    assert_int_equal(fd.caret, 6);
}

/* ---- lines and words ---- */

/* Up and Down in the wrapped field keep the x they started from across a
 * shorter line; with Shift they select; the first and last lines go to the
 * text's ends. Before, they did nothing. */
static void up_down_keep_x(void **state)
{
    (void)state;
    char buf[32] = "aaaa c aaaa";
    ui_field fd = {.caret = 4, .anchor = 4};
    /* A word a line: "aaaa" and its space fit, "aaaa c" does not. */
    SDL_Rect r = {10, 10, width("aaaa c") - 1, 5 * line_h()};
    draw(buf, &fd, r, 4);
    assert_true(KEY(SDLK_DOWN));
    assert_int_equal(fd.caret, 6); /* after the c: as near as that line goes */
    assert_true(KEY(SDLK_DOWN));
    assert_int_equal(fd.caret, 11); /* back at the x it started from */
    assert_true(KEY(SDLK_DOWN));
    assert_int_equal(fd.caret, 11);
    KEY(SDLK_UP);
    KEY(SDLK_UP);
    assert_int_equal(fd.caret, 4);
    at(&fd, 1);
    SHIFT(SDLK_DOWN);
    assert_int_equal(fd.anchor, 1);
    assert_int_equal(fd.caret, 6);
    /* A one-line field leaves Up and Down to its screen. */
    ui_field one = {0};
    draw(buf, &one, r, 1);
    assert_false(key(buf, sizeof buf, &one, SDLK_UP, 0));
    assert_false(key(buf, sizeof buf, &one, SDLK_DOWN, 0));
}

/* Ctrl+Right goes to the end of the next word, Ctrl+Left to the start of the
 * one before, over punctuation and spaces; Ctrl+Backspace and Ctrl+Delete
 * take as far. In Arabic, Ctrl+Left goes on in reading order. */
static void words(void **state)
{
    (void)state;
    char buf[48] = "hello, big world";
    ui_field fd = {0};
    draw(buf, &fd, (SDL_Rect){10, 10, 400, 40}, 1);
    CTRL(SDLK_RIGHT);
    assert_int_equal(fd.caret, 5);
    CTRL(SDLK_RIGHT);
    assert_int_equal(fd.caret, 10);
    KEY(SDLK_END);
    CTRL(SDLK_LEFT);
    assert_int_equal(fd.caret, 11);
    KEY(SDLK_END);
    CTRL(SDLK_BACKSPACE);
    assert_string_equal(buf, "hello, big ");
    KEY(SDLK_HOME);
    CTRL(SDLK_DELETE);
    assert_string_equal(buf, ", big ");
    strcpy(buf, "مرحبا بكم");
    at(&fd, 0);
    draw(buf, &fd, (SDL_Rect){10, 10, 400, 40}, 1);
    CTRL(SDLK_LEFT);
    assert_int_equal(fd.caret, 10);
    CTRL(SDLK_RIGHT);
    assert_int_equal(fd.caret, 0);
    ui_field_free(&fd);
}

/* ---- undo ---- */

/* Text typed as a keyboard types it: one SDL_TEXTINPUT a code point. */
static void typed(char *buf, size_t cap, ui_field *fd, const char *s)
{
    for (size_t i = 0, k; s[i]; i += k) {
        char one[8] = {0};
        k = 1;
        while (s[i + k] && ((unsigned char)s[i + k] & 0xC0) == 0x80)
            k++;
        memcpy(one, s + i, k);
        assert_true(ui_field_insert(buf, cap, fd, one));
    }
}

/* The text and the caret (no selection) an undo or redo left. */
static void is(const char *buf, const ui_field *fd, const char *want, size_t caret)
{
    assert_string_equal(buf, want);
    assert_int_equal(fd->caret, caret);
    assert_int_equal(fd->anchor, caret);
}

/* Ctrl+Z takes back what was typed a word at a time (a word and the space
 * after it are one step), the caret back where it was; Ctrl+Shift+Z and
 * Ctrl+Y make it again; with nothing left, the keys are still the field's
 * and change nothing. A move of the caret ends a step even when the caret
 * comes back to the same place. */
static void undo_typing(void **state)
{
    (void)state;
    char buf[64] = "";
    ui_field fd = {0};
    typed(buf, sizeof buf, &fd, "I think we should");
    assert_true(CTRL(SDLK_z));
    is(buf, &fd, "I think we ", 11);
    CTRL(SDLK_z);
    is(buf, &fd, "I think ", 8);
    assert_true(key(buf, sizeof buf, &fd, SDLK_z, KMOD_LCTRL | KMOD_LSHIFT));
    is(buf, &fd, "I think we ", 11);
    assert_true(CTRL(SDLK_y));
    is(buf, &fd, "I think we should", 17);
    assert_true(CTRL(SDLK_y)); /* nothing to redo: taken, nothing changes */
    is(buf, &fd, "I think we should", 17);
    for (int i = 0; i < 4; i++)
        CTRL(SDLK_z);
    is(buf, &fd, "", 0);
    assert_true(CTRL(SDLK_z)); /* nothing to undo */
    is(buf, &fd, "", 0);
    assert_false(ui_field_undo(buf, sizeof buf, &fd));
    /* Typed, the caret moved away and back, typed again: two steps. */
    strcpy(buf, "");
    typed(buf, sizeof buf, &fd, "ab");
    KEY(SDLK_LEFT);
    KEY(SDLK_RIGHT);
    typed(buf, sizeof buf, &fd, "cd");
    CTRL(SDLK_z);
    is(buf, &fd, "ab", 2);
    CTRL(SDLK_z);
    is(buf, &fd, "", 0);
    /* Typing in Japanese (no spaces): the run is one step. */
    typed(buf, sizeof buf, &fd, "日本語です");
    CTRL(SDLK_z);
    is(buf, &fd, "", 0);
    ui_field_free(&fd);
    assert_null(fd.undo);
}

/* An undo puts back the text and the selection it was made over: typing
 * over a selection, then Ctrl+Z, shows the old word selected again (caret
 * and anchor as they were); a redo puts the caret after the new text. */
static void undo_restores_selection(void **state)
{
    (void)state;
    char buf[32] = "hello world";
    ui_field fd = {.anchor = 11, .caret = 6}; /* "world", selected from its end */
    typed(buf, sizeof buf, &fd, "there");
    assert_string_equal(buf, "hello there");
    CTRL(SDLK_z);
    assert_string_equal(buf, "hello world");
    assert_int_equal(fd.anchor, 11);
    assert_int_equal(fd.caret, 6);
    CTRL(SDLK_y);
    is(buf, &fd, "hello there", 11);
    ui_field_free(&fd);
}

/* A new edit after an undo drops what was undone: no redo back to it. */
static void edit_after_undo_drops_redo(void **state)
{
    (void)state;
    char buf[32] = "";
    ui_field fd = {0};
    typed(buf, sizeof buf, &fd, "one two");
    CTRL(SDLK_z);
    is(buf, &fd, "one ", 4);
    typed(buf, sizeof buf, &fd, "x");
    assert_false(ui_field_redo(buf, sizeof buf, &fd));
    CTRL(SDLK_y);
    is(buf, &fd, "one x", 5);
    CTRL(SDLK_z);
    is(buf, &fd, "one ", 4);
    CTRL(SDLK_z);
    is(buf, &fd, "", 0);
    ui_field_free(&fd);
}

/* A paste is one step, and so is a cut (undone, its selection is back); a
 * run of Backspace is one step, a run of Delete another, and typing after
 * either starts a new one; Ctrl+Backspace takes a word in one step. */
static void undo_steps_by_kind(void **state)
{
    (void)state;
    char buf[64] = "ab";
    ui_field fd = {.caret = 2, .anchor = 2};
    assert_true(ui_field_paste(buf, sizeof buf, &fd, " pasted, several words"));
    typed(buf, sizeof buf, &fd, "!");
    CTRL(SDLK_z);
    is(buf, &fd, "ab pasted, several words", 24);
    CTRL(SDLK_z);
    is(buf, &fd, "ab", 2);
    CTRL(SDLK_y);
    is(buf, &fd, "ab pasted, several words", 24);
    fd.anchor = 2;
    fd.caret = 9; /* " pasted" */
    assert_true(CTRL(SDLK_x));
    assert_string_equal(buf, "ab, several words");
    CTRL(SDLK_z);
    assert_string_equal(buf, "ab pasted, several words");
    assert_int_equal(fd.anchor, 2);
    assert_int_equal(fd.caret, 9);
    strcpy(buf, "hello world"); /* the screen's own text: a history of its own */
    at(&fd, 5);
    for (int i = 0; i < 3; i++)
        KEY(SDLK_BACKSPACE);
    for (int i = 0; i < 2; i++)
        KEY(SDLK_DELETE);
    typed(buf, sizeof buf, &fd, "y");
    is(buf, &fd, "heyorld", 3);
    CTRL(SDLK_z);
    is(buf, &fd, "heorld", 2);
    CTRL(SDLK_z);
    is(buf, &fd, "he world", 2); /* the two Deletes */
    CTRL(SDLK_z);
    is(buf, &fd, "hello world", 5); /* the three Backspaces */
    assert_false(ui_field_undo(buf, sizeof buf, &fd));
    KEY(SDLK_END);
    CTRL(SDLK_BACKSPACE);
    is(buf, &fd, "hello ", 6);
    CTRL(SDLK_z);
    is(buf, &fd, "hello world", 11);
    ui_field_free(&fd);
}

/* The history keeps UI_UNDO_STEPS steps, the oldest going first, and no
 * more than UI_UNDO_BYTES of text; text the screen replaced itself is not
 * the history's to splice into: Ctrl+Z then changes nothing. */
static void undo_bounded(void **state)
{
    (void)state;
    static char buf[8192];
    ui_field fd = {0};
    buf[0] = 0;
    for (int i = 0; i < UI_UNDO_STEPS + 50; i++)
        typed(buf, sizeof buf, &fd, "w "); /* a step each */
    int undone = 0;
    while (ui_field_undo(buf, sizeof buf, &fd))
        undone++;
    assert_int_equal(undone, UI_UNDO_STEPS);
    assert_int_equal(strlen(buf), 2 * 50);
    /* Steps of 6000 bytes (3000 out, 3000 in): as many as fit in the cap. */
    static char big[3001];
    memset(big, 'x', 3000);
    for (int i = 0; i < 20; i++) {
        big[0] = (char)('a' + i);
        assert_true(CTRL(SDLK_a));
        assert_true(ui_field_paste(buf, sizeof buf, &fd, big));
    }
    undone = 0;
    while (ui_field_undo(buf, sizeof buf, &fd))
        undone++;
    assert_int_equal(undone, UI_UNDO_BYTES / 6000);
    assert_int_equal(buf[0], 'a' + 20 - UI_UNDO_BYTES / 6000 - 1);
    ui_field_free(&fd);
    /* Replaced by the screen: the history forgets itself. */
    char small[16] = "";
    ui_field sf = {0};
    typed(small, sizeof small, &sf, "abc");
    strcpy(small, "xyz");
    assert_false(ui_field_undo(small, sizeof small, &sf));
    assert_string_equal(small, "xyz");
    ui_field_free(&sf);
}

/* ---- drawn ---- */

static bool near(Uint32 p, SDL_Color c, int tol)
{
    int r = (int)((p >> 16) & 0xFF), g = (int)((p >> 8) & 0xFF), b = (int)(p & 0xFF);
    return abs(r - c.r) <= tol && abs(g - c.g) <= tol && abs(b - c.b) <= tol;
}

/* A selection is drawn as the accent behind the selected letters, the
 * letters on it in on_accent, in every theme; nothing of it beyond. */
static void selection_drawn(void **state)
{
    (void)state;
    for (int th = 0; th < UI_THEME_COUNT; th++) {
        ui_theme_get((ui_theme_id)th, &win->cx.th);
        ui_field fd = {.anchor = 0, .caret = 5};
        SDL_Rect r = {20, 10, 400, line_h() + 8};
        draw("hello world", &fd, r, 1);
        Uint32 *px = sf_read_screen(win);
        int sel_w = width("hello"), accent = 0, on = 0, beyond = 0;
        for (int y = r.y; y < r.y + r.h; y++)
            for (int x = r.x; x < r.x + r.w; x++) {
                Uint32 p = px[y * win->cx.w + x];
                if (x < r.x + sel_w - 1) {
                    accent += near(p, win->cx.th.accent, 4);
                    on += near(p, win->cx.th.on_accent, 40);
                } else if (x > r.x + sel_w + 3) {
                    beyond += near(p, win->cx.th.accent, 4);
                }
            }
        free(px);
        if (accent < sel_w * line_h() / 2 || on < 10 || beyond > 0)
            fail_msg("theme %d: %d accent pixels, %d of the text on it, %d beyond", th, accent, on,
                     beyond);
    }
    ui_theme_get(UI_THEME_LIGHT, &win->cx.th);
}

/* ---- on their screens, through ui_handle_event ---- */

/* A mouse event at window x, y: the left button's, or with clicks < 0 the
 * middle button's. */
static void mouse(sf_fixture *fx, Uint32 type, int x, int y, int clicks)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = type;
    if (type == SDL_MOUSEMOTION) {
        e.motion.x = x;
        e.motion.y = y;
        e.motion.state = SDL_BUTTON_LMASK;
    } else {
        e.button.timestamp = sf_person_time(fx);
        e.button.button = clicks < 0 ? SDL_BUTTON_MIDDLE : SDL_BUTTON_LEFT;
        clicks = clicks < 0 ? 1 : clicks;
        e.button.x = x;
        e.button.y = y;
        e.button.clicks = (Uint8)clicks;
    }
    ui_handle_event(&fx->st, &e);
}

/* Text as the window gets it: SDL_TEXTINPUT events of at most 31 bytes,
 * never split inside a character. */
static void type(sf_fixture *fx, const char *s)
{
    char part[32];
    for (size_t n = strlen(s), i = 0, k; i < n; i += k) {
        k = n - i < 20 ? n - i : 20;
        while (i + k < n && ((unsigned char)s[i + k] & 0xC0) == 0x80)
            k++;
        memcpy(part, s + i, k);
        part[k] = 0;
        sf_text(fx, part);
    }
}

/* Say it first, as a person edits their words: Shift+Left selects and
 * typing replaces it, Ctrl+A, Ctrl+C, Delete and Ctrl+V, a click at the
 * field's start, a drag across a word, Up in the wrapped field, and Enter
 * gives the words as edited. Shots of a selection in the three themes. */
static void say_first_edited(void **state)
{
    (void)state;
    static const char *const themes[] = {"light", "dark", "contrast"};
    for (int th = 0; th < UI_THEME_COUNT; th++) {
        ui_options o = {.player = "Dana", .say_first = true};
        char tag[32];
        snprintf(tag, sizeof tag, "say-%s", themes[th]);
        sf_fixture *fx = sf_open(800, 600, tag, "/tmp/rapport-fields-XXXXXX", &o);
        ui_state *st = &fx->st;
        st->theme = (ui_theme_id)th;
        ui_state_apply_settings(st, false);
        assert_true(ui_state_open(st, PRACTICE_SCEN, -1));
        assert_true(ui_say_pending(st));
        sf_render(fx, true);
        type(fx, "That sounds hard. What did they say?");
        for (int i = 0; i < 4; i++)
            sf_key(fx, SDLK_LEFT, KMOD_LSHIFT);
        sf_render(fx, true);
        sf_shot(fx, "selection");
        sf_text(fx, "mean?");
        assert_string_equal(st->say_buf, "That sounds hard. What did they mean?");
        sf_key(fx, SDLK_a, KMOD_LCTRL);
        sf_key(fx, SDLK_c, KMOD_LCTRL);
        sf_key(fx, SDLK_DELETE, 0);
        assert_string_equal(st->say_buf, "");
        sf_key(fx, SDLK_v, KMOD_LCTRL);
        assert_string_equal(st->say_buf, "That sounds hard. What did they mean?");
        /* A click at the field's start, inside its frame: the caret there. */
        sf_render(fx, true);
        const ui_box *b = sf_find_hit(fx, UI_ACT_FIELD, 0);
        assert_non_null(b);
        mouse(fx, SDL_MOUSEBUTTONDOWN, b->r.x + 1, b->r.y + b->r.h / 2, 1);
        mouse(fx, SDL_MOUSEBUTTONUP, b->r.x + 1, b->r.y + b->r.h / 2, 1);
        assert_int_equal(st->say_field.caret, 0);
        assert_int_equal(st->say_field.anchor, 0);
        sf_text(fx, "Oh. ");
        /* Dragged across "Oh.": pressed at the start, moved, released. */
        sf_render(fx, true);
        int x0 = st->say_field.tx, y0 = st->say_field.ty + line_h() / 2;
        mouse(fx, SDL_MOUSEBUTTONDOWN, x0, y0, 1);
        mouse(fx, SDL_MOUSEMOTION, x0 + width("Oh."), y0, 0);
        mouse(fx, SDL_MOUSEBUTTONUP, x0 + width("Oh."), y0, 1);
        assert_int_equal(st->say_field.anchor, 0);
        assert_int_equal(st->say_field.caret, 3);
        sf_text(fx, "Ah.");
        /* Long enough to wrap: Up goes to the line above, not the choices. */
        sf_key(fx, SDLK_END, KMOD_LCTRL);
        type(fx, " And then what happened, after the call?");
        sf_render(fx, true);
        size_t end = strlen(st->say_buf);
        assert_int_equal(st->say_field.caret, end);
        sf_key(fx, SDLK_UP, 0);
        assert_true(st->say_field.caret < end);
        assert_true(ui_say_pending(st));
        /* Arabic and Japanese selected in part, for the eye (the shot), the
         * words cut before and pasted back after. */
        sf_key(fx, SDLK_a, KMOD_LCTRL);
        sf_key(fx, SDLK_x, KMOD_LCTRL);
        type(fx, "Hi نور, شكرا جزيلا. 日本語も大丈夫です。");
        for (int i = 0; i < 12; i++)
            sf_key(fx, SDLK_LEFT, KMOD_LSHIFT);
        sf_render(fx, true);
        sf_shot(fx, "selection-scripts");
        assert_int_equal(st->say_field.anchor, strlen(st->say_buf));
        sf_key(fx, SDLK_a, KMOD_LCTRL);
        sf_key(fx, SDLK_v, KMOD_LCTRL);
        sf_key(fx, SDLK_RETURN, 0);
        assert_false(ui_say_pending(st));
        assert_non_null(st->said[0]);
        assert_string_equal(st->said[0], "Ah. That sounds hard. What did they mean? And then "
                                         "what happened, after the call?");
        sf_close(fx);
    }
}

/* The new player's name: Shift+Home selects, typing replaces; a click on
 * the field places the caret, a drag selects. */
static void player_name_field(void **state)
{
    (void)state;
    ui_options o = {0};
    sf_fixture *fx = sf_open(800, 600, "player", "/tmp/rapport-fields-XXXXXX", &o);
    ui_state *st = &fx->st;
    assert_int_equal(st->screen, UI_SCR_PLAYER);
    sf_text(fx, "Alex Smith");
    sf_key(fx, SDLK_HOME, KMOD_LSHIFT);
    assert_int_equal(st->name_field.anchor, 10);
    assert_int_equal(st->name_field.caret, 0);
    sf_text(fx, "Sam");
    assert_string_equal(st->name_buf, "Sam");
    sf_render(fx, false);
    const ui_box *b = sf_find_hit(fx, UI_ACT_FIELD, 0);
    assert_non_null(b);
    int x = st->name_field.tx + width("S"), y = b->r.y + b->r.h / 2;
    mouse(fx, SDL_MOUSEBUTTONDOWN, x, y, 1);
    mouse(fx, SDL_MOUSEBUTTONUP, x, y, 1);
    assert_int_equal(st->name_field.caret, 1);
    sf_key(fx, SDLK_x, KMOD_LCTRL); /* nothing selected: nothing cut */
    assert_string_equal(st->name_buf, "Sam");
    /* Dragged over "am" and released: selected, the drag over. The middle
     * click's paste needs X11 or Wayland (tests/ui/e2e_practice.sh); under
     * the dummy driver it does nothing. */
    mouse(fx, SDL_MOUSEBUTTONDOWN, x, y, 1);
    mouse(fx, SDL_MOUSEMOTION, st->name_field.tx + width("Sam") + 2, y, 0);
    mouse(fx, SDL_MOUSEBUTTONUP, st->name_field.tx + width("Sam") + 2, y, 1);
    assert_false(st->name_field.drag);
    assert_int_equal(st->name_field.anchor, 1);
    assert_int_equal(st->name_field.caret, 3);
    sf_render(fx, false);
    mouse(fx, SDL_MOUSEBUTTONDOWN, st->name_field.tx + width("Sam") + 2, y, -1);
    assert_string_equal(st->name_buf, "Sam");
    sf_close(fx);
}

/* An input method's composition (SDL_TEXTEDITING) as the window gets it. */
static void compose(sf_fixture *fx, const char *s)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_TEXTEDITING;
    snprintf(e.edit.text, sizeof e.edit.text, "%s", s);
    ui_handle_event(&fx->st, &e);
}

/* Undo on the screens, through ui_handle_event: in say it first, an input
 * method's composition makes no step until it is committed, and then one:
 * Ctrl+Z takes back the committed word, not what was being composed, and
 * the next the typing before; Ctrl+Y and Ctrl+Shift+Z redo. The new
 * player's name takes Ctrl+Z before any shortcut of the window. */
static void undo_on_screens(void **state)
{
    (void)state;
    ui_options o = {.player = "Dana", .say_first = true};
    sf_fixture *fx = sf_open(800, 600, "say-undo", "/tmp/rapport-fields-XXXXXX", &o);
    ui_state *st = &fx->st;
    assert_true(ui_state_open(st, PRACTICE_SCEN, -1));
    assert_true(ui_say_pending(st));
    sf_render(fx, true);
    for (const char *c = "Hi "; *c; c++) {
        char one[2] = {*c, 0};
        sf_text(fx, one);
    }
    compose(fx, "に");
    compose(fx, "にほ");
    compose(fx, "にほん");
    assert_string_equal(st->say_buf, "Hi "); /* composing: not the field's text yet */
    sf_text(fx, "日本");
    assert_string_equal(st->say_buf, "Hi 日本");
    sf_key(fx, SDLK_z, KMOD_LCTRL);
    assert_string_equal(st->say_buf, "Hi ");
    assert_int_equal(st->say_field.caret, 3);
    sf_key(fx, SDLK_z, KMOD_LCTRL);
    assert_string_equal(st->say_buf, "");
    sf_key(fx, SDLK_y, KMOD_LCTRL);
    assert_string_equal(st->say_buf, "Hi ");
    sf_key(fx, SDLK_z, KMOD_LCTRL | KMOD_LSHIFT);
    assert_string_equal(st->say_buf, "Hi 日本");
    /* The words given: the next moment's field starts with no history. */
    sf_key(fx, SDLK_RETURN, 0);
    assert_false(ui_say_pending(st));
    assert_null(st->say_field.undo);
    sf_close(fx);

    ui_options p = {0};
    fx = sf_open(800, 600, "player-undo", "/tmp/rapport-fields-XXXXXX", &p);
    st = &fx->st;
    assert_int_equal(st->screen, UI_SCR_PLAYER);
    sf_text(fx, "Alex ");
    sf_text(fx, "Smith");
    sf_key(fx, SDLK_z, KMOD_LCTRL);
    assert_string_equal(st->name_buf, "Alex ");
    sf_key(fx, SDLK_y, KMOD_LCTRL);
    assert_string_equal(st->name_buf, "Alex Smith");
    assert_int_equal(st->screen, UI_SCR_PLAYER);
    sf_close(fx);
}

/* ---- the caret's blink, by an injected clock ---- */

/* The caret blinks UI_BLINK_MS on, as long off, from a restart, and stays
 * on from UI_BLINK_IDLE_MS; blink_next names the next turn, 0 when none. */
static void caret_blink_states(void **state)
{
    (void)state;
    ui_field fd = {0};
    ui_field_blink_restart(&fd, 1000);
    static const struct {
        Uint64 at;
        bool on;
        Uint64 next;
    } want[] = {
        {1000, true, 1530},  {1529, true, 1530},
        {1530, false, 2060}, {2059, false, 2060},
        {2060, true, 2590},  {10539, false, 10540},
        {10540, true, 0},    /* the last turn: it stays on */ {11000, true, 0},
        {70000, true, 0},    {400, true, 1530}, /* a clock behind the restart */
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        bool on = ui_field_caret_on(&fd, want[i].at);
        Uint64 next = ui_field_blink_next(&fd, want[i].at);
        if (on != want[i].on || next != want[i].next)
            fail_msg("at %d ms: caret %s, next turn at %d; want %s, %d", (int)want[i].at,
                     on ? "on" : "off", (int)next, want[i].on ? "on" : "off", (int)want[i].next);
    }
}

/* Drawn at the frame's instant (ui_ctx.now): the caret there when on, not
 * when off, on again once idle; the next turn recorded for the loop, none
 * over a selection (no caret is drawn then). */
static void caret_blink_drawn(void **state)
{
    (void)state;
    char buf[16] = "ab";
    ui_field fd = {.caret = 2, .anchor = 2};
    ui_field_blink_restart(&fd, 5000);
    SDL_Rect r = {10, 10, 300, line_h() + 8};
    int x = r.x + width("ab");
    static const struct {
        Uint64 now, next;
        bool on;
    } want[] = {{5000, 5530, true}, {5600, 6060, false}, {6100, 6590, true}, {16000, 0, true}};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        win->cx.now = want[i].now;
        draw(buf, &fd, r, 1);
        Uint32 *px = sf_read_screen(win);
        bool on = caret_in(px, x - 2, x + 4, r.y, r.y + r.h);
        free(px);
        if (on != want[i].on || fd.blink_next != want[i].next)
            fail_msg("at %d ms: caret %s, next %d; want %s, %d", (int)want[i].now,
                     on ? "drawn" : "not drawn", (int)fd.blink_next,
                     want[i].on ? "drawn" : "not drawn", (int)want[i].next);
    }
    fd.anchor = 0; /* "ab" selected: no caret, nothing to wake for */
    win->cx.now = 5000;
    draw(buf, &fd, r, 1);
    assert_int_equal(fd.blink_next, 0);
    win->cx.now = 0;
}

/* On a screen, with the window's clock fixed (ui_clock_fix): the field
 * shown starts solid and the loop is asked to wake at each turn only
 * (ui_state_wake_ms), a frame then drawn (ui_state_tick); a key or a click
 * makes the caret solid again; after UI_BLINK_IDLE_MS without one it stays
 * on and the loop sleeps until the next event (-1). */
static void caret_blink_wakes(void **state)
{
    (void)state;
    const Uint64 t0 = 1000000;
    ui_clock_fix(t0);
    ui_options o = {0};
    sf_fixture *fx = sf_open(800, 600, "blink", "/tmp/rapport-fields-XXXXXX", &o);
    ui_state *st = &fx->st;
    assert_int_equal(st->screen, UI_SCR_PLAYER);
    sf_render(fx, false);
    assert_int_equal(ui_state_wake_ms(st), UI_BLINK_MS);
    ui_clock_fix(t0 + 200);
    ui_state_tick(st);
    assert_false(st->dirty); /* no turn yet: no frame */
    assert_int_equal(ui_state_wake_ms(st), UI_BLINK_MS - 200);
    ui_clock_fix(t0 + UI_BLINK_MS);
    ui_state_tick(st);
    assert_true(st->dirty); /* off now: a frame */
    assert_int_equal(ui_state_wake_ms(st), 0);
    sf_render(fx, false);
    assert_int_equal(ui_state_wake_ms(st), UI_BLINK_MS);
    /* A letter typed while off: on again, a whole UI_BLINK_MS. */
    ui_clock_fix(t0 + 700);
    sf_text(fx, "A");
    assert_true(st->dirty);
    sf_render(fx, false);
    assert_int_equal(ui_state_wake_ms(st), UI_BLINK_MS);
    Uint64 typed_at = t0 + 700;
    /* 5 s on: off (the tenth half-period), the next turn 300 ms away. */
    ui_clock_fix(typed_at + 5000);
    ui_state_tick(st);
    sf_render(fx, false);
    assert_false(ui_field_caret_on(&st->name_field, typed_at + 5000));
    assert_int_equal(ui_state_wake_ms(st), 10 * UI_BLINK_MS - 5000);
    /* The last turn before the idle limit: on for good, no more wakes. */
    ui_clock_fix(typed_at + 18 * UI_BLINK_MS);
    ui_state_tick(st);
    assert_true(st->dirty);
    sf_render(fx, false);
    assert_true(ui_field_caret_on(&st->name_field, typed_at + 18 * UI_BLINK_MS));
    assert_int_equal(ui_state_wake_ms(st), -1);
    ui_clock_fix(typed_at + 60000);
    ui_state_tick(st);
    assert_false(st->dirty);
    assert_int_equal(ui_state_wake_ms(st), -1);
    /* A click on the field: solid and blinking again. */
    const ui_box *b = sf_find_hit(fx, UI_ACT_FIELD, 0);
    assert_non_null(b);
    mouse(fx, SDL_MOUSEBUTTONDOWN, b->r.x + 2, b->r.y + b->r.h / 2, 1);
    mouse(fx, SDL_MOUSEBUTTONUP, b->r.x + 2, b->r.y + b->r.h / 2, 1);
    sf_render(fx, false);
    assert_int_equal(ui_state_wake_ms(st), UI_BLINK_MS);
    ui_clock_fix(0);
    sf_close(fx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(newline_one_line),
        cmocka_unit_test(newline_wrapped),
        cmocka_unit_test(wrapped_scrolls),
        cmocka_unit_test(one_line_scrolls),
        cmocka_unit_test(select_with_keys),
        cmocka_unit_test(select_rtl_cjk),
        cmocka_unit_test(clipboard_keys),
        cmocka_unit_test(paste_cleaned),
        cmocka_unit_test(mouse_on_field),
        cmocka_unit_test(up_down_keep_x),
        cmocka_unit_test(words),
        cmocka_unit_test(undo_typing),
        cmocka_unit_test(undo_restores_selection),
        cmocka_unit_test(edit_after_undo_drops_redo),
        cmocka_unit_test(undo_steps_by_kind),
        cmocka_unit_test(undo_bounded),
        cmocka_unit_test(selection_drawn),
        cmocka_unit_test(say_first_edited),
        cmocka_unit_test(player_name_field),
        cmocka_unit_test(undo_on_screens),
        cmocka_unit_test(caret_blink_states),
        cmocka_unit_test(caret_blink_drawn),
        cmocka_unit_test(caret_blink_wakes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
