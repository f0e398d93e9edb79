/* ui_field.c: the window's text fields (the new player's name, say it first,
 * the homework note): a caret the arrows, Home and End move, a selection
 * (Shift with those keys, Ctrl+A, the mouse), the clipboard, Backspace and
 * Delete at the caret, and the input method's composition shown where it will
 * go in. The text is the caller's buffer; the caret and the selection's other
 * end are byte offsets into it, brought onto a code point boundary here
 * whatever happened to the text (ui_field in ui_gfx.h).
 *
 * Why Left and Right move by what is on screen: in a right-to-left word, the
 * next letter in reading order is on the left, and a caret that went right on
 * Left would feel broken to anyone typing Arabic or Hebrew. The positions are
 * those of the text as the field lays it out, stopping only between whole
 * clusters.
 *
 * Newlines: typing never puts one in, but pasted and pre-filled text may hold
 * them. A one-line field shows each as a space and a paste turns them into
 * spaces; a wrapped field (say it first) keeps them as line breaks. Every
 * other control shows as a space. Those are one byte for one byte, so an
 * offset means the same in the text and in what is laid out (view below), and
 * every code point has a place on screen: the caret, Backspace and Delete
 * never go through something unseen.
 *
 * Every change to the text goes through ui_undo_edit (ui_field_undo.c),
 * which keeps it for Ctrl+Z; every move of the caret seals the step.
 *
 * Depends on: SDL2 (the clipboard), ui_text.c, ui_field_undo.c. */
#include "ui_field_undo.h"

#include <stdlib.h>
#include <string.h>

/* ---- code points ---- */

/* The code point at byte b of s (len bytes), and its length. */
static int cp_at(const char *s, size_t len, size_t b, uint32_t *c)
{
    return ui_utf8_decode((const unsigned char *)s + b, len - b, c);
}

/* The code point boundary at or before b: what the layout decodes as one code
 * point (an invalid byte is one) is never split. */
static size_t fix(const char *s, size_t len, size_t b)
{
    if (b >= len) return len;
    size_t i = 0;
    for (uint32_t c; i < b;) {
        size_t k = (size_t)cp_at(s, len, i, &c);
        if (i + k > b) break;
        i += k;
    }
    return i;
}

/* The boundary before b (b > 0, on a boundary). */
static size_t prev_cp(const char *s, size_t len, size_t b)
{
    return fix(s, len, b - 1);
}

/* A control character: nothing typed text should hold (Enter and Tab are
 * keys here, not text); the layout draws none of them. */
static bool control(uint32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0);
}

/* A letter or digit of a word, for Ctrl+arrows and double-clicks: all but
 * spaces, controls and the common punctuation blocks. */
static bool wordy(uint32_t c)
{
    if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    if (c < 0xC0 || c == 0xD7 || c == 0xF7) return false;
    if (c >= 0x2000 && c <= 0x206F) return false; /* general punctuation, spaces */
    if (c >= 0x3000 && c <= 0x303F) return false; /* CJK punctuation */
    if (c >= 0xFF01 && c <= 0xFF0F) return false; /* fullwidth punctuation */
    if (c >= 0xFF1A && c <= 0xFF20) return false;
    return c != 0x060C && c != 0x061B && c != 0x061F && c != 0x06D4; /* Arabic punctuation */
}

static size_t put_utf8(char *o, uint32_t c)
{
    if (c < 0x80) {
        o[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (char)(0xC0 | (c >> 6));
        o[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (char)(0xE0 | (c >> 12));
        o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (c >> 18));
    o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* in made fit for a field, into out (at most cap - 1 bytes and a NUL; cut at
 * a code point): invalid UTF-8 as U+FFFD. typed: controls left out. Else (a
 * paste): a line break (CR LF, CR, LF, U+2028, U+2029) becomes '\n' in a
 * wrapped field and a space in a one-line one, a tab a space, other
 * controls are left out. Returns the bytes written. */
static size_t clean(const char *in, bool typed, bool multi, char *out, size_t cap)
{
    size_t n = 0, len = strlen(in);
    for (size_t i = 0; i < len;) {
        uint32_t c;
        i += (size_t)cp_at(in, len, i, &c);
        if (c == '\r' && i < len && in[i] == '\n') continue; /* CR LF: one break */
        bool br = c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
        if (typed && control(c)) continue;
        if (br)
            c = multi ? '\n' : ' ';
        else if (c == '\t')
            c = ' ';
        else if (control(c))
            continue;
        char u[4];
        size_t k = put_utf8(u, c);
        if (n + k >= cap) break;
        memcpy(out + n, u, k);
        n += k;
    }
    if (cap) out[n] = 0;
    return n;
}

/* ---- what is laid out ---- */

/* One caret stop: its byte offset and where the caret stands there,
 * relative to the layout. */
typedef struct stop {
    size_t b;
    int x, y;
} stop;

/* The text as the field lays it out (see the top), its layout, and, once
 * asked for (stops()), every caret stop in text order. */
typedef struct view {
    char small[600];
    char *s; /* small or malloc'd */
    size_t len;
    const ui_layout *l; /* the text cache's */
    int lh;
    bool multi;
    stop *p; /* malloc'd; NULL until stops() */
    int n;
} view;

/* buf[0..at) ime buf[at..] into v->s, controls shown as the top says. False
 * when out of memory (v->s is then "" and nothing else is wrong). */
static bool shown(view *v, const char *buf, size_t at, const char *ime, bool multi)
{
    size_t len = strlen(buf), il = ime ? strlen(ime) : 0;
    if (at > len) at = len;
    v->len = len + il;
    v->s = v->len < sizeof v->small ? v->small : malloc(v->len + 1);
    if (!v->s) {
        v->s = v->small;
        v->s[0] = 0;
        v->len = 0;
        return false;
    }
    memcpy(v->s, buf, at);
    if (il) memcpy(v->s + at, ime, il);
    memcpy(v->s + at + il, buf + at, len - at);
    v->s[v->len] = 0;
    for (size_t i = 0; i < v->len; i++) {
        unsigned char c = (unsigned char)v->s[i];
        if ((c < 0x20 && !(c == '\n' && multi)) || c == 0x7F) v->s[i] = ' ';
    }
    return true;
}

/* The layout a field of these lines and width uses, drawn or not. */
static const ui_layout *field_layout(ui_text *t, ui_font_id f, const char *s, int lines, int wrap)
{
    return ui_text_layout(t, f, s, lines > 1 && wrap > 0 ? wrap : 0, 0);
}

static bool open_view(view *v, ui_text *t, const ui_field *fd, const char *buf, size_t at,
                      const char *ime)
{
    memset(v, 0, sizeof *v);
    v->multi = fd->lines > 1;
    bool ok = shown(v, buf, at, ime, v->multi);
    v->l = field_layout(t, fd->font, v->s, fd->lines, fd->wrap);
    v->lh = ui_text_line_h(t, fd->font);
    return ok;
}

static void close_view(view *v)
{
    if (v->s != v->small) free(v->s);
    free(v->p);
}

/* The code point index, among those laid out, of byte b: all are kept. */
static int index_of(const view *v, size_t b)
{
    return ui_text_index(v->s, b);
}

/* The newlines in v->s[from, to). */
static int newlines(const view *v, size_t from, size_t to)
{
    int n = 0;
    for (size_t i = from; i < to && i < v->len; i++)
        n += v->s[i] == '\n';
    return n;
}

/* Where the caret stands before byte b (code point k, i = ui_text_glyph_at of
 * k): as ui_text_caret_at, but at the start of an empty line when nothing is
 * drawn there and newlines are on both sides (or the text's start or end).
 * Returns the glyph the caret stands after, as ui_text_caret_at, or -1. */
static int place(const view *v, size_t b, int k, int i, int *x, int *y)
{
    const ui_layout *l = v->l;
    bool drawn = i < l->n_glyphs && l->g[i].src == k;
    bool starts = b == 0 || v->s[b - 1] == '\n';
    bool empty = !drawn && starts && (b < v->len ? v->s[b] == '\n' : b > 0);
    if (!empty) return ui_text_caret_at(l, k, x, y);
    /* Counted back from the next line drawn, or from the last line when
     * nothing is drawn after it. */
    if (i < l->n_glyphs && l->g[i].src >= 0)
        *y = l->g[i].y - v->lh * newlines(v, b, ui_text_byte(v->s, l->g[i].src));
    else
        *y = (l->n_lines - 1) * v->lh - v->lh * newlines(v, b, v->len);
    if (*y < 0) *y = 0;
    *x = l->rtl ? l->w : 0;
    return -1;
}

/* Where the caret stands before byte b of v->s. */
static void place_b(const view *v, size_t b, int *x, int *y)
{
    int k = index_of(v, b);
    place(v, b, k, ui_text_glyph_at(v->l, k), x, y);
}

/* Every caret stop in text order into v->p: a code point boundary but inside
 * a cluster (before a mark, a ligature's second letter). False when out of
 * memory. */
static bool stops(view *v)
{
    v->p = malloc(sizeof *v->p * (v->len + 1));
    if (!v->p) return false;
    const ui_layout *l = v->l;
    v->n = 0;
    int k = 0;
    for (size_t b = 0;; k++) {
        int i = ui_text_glyph_at(l, k);
        bool join = i < l->n_glyphs && l->g[i].src == k && l->g[i].join;
        if (!join || b == 0 || b >= v->len) {
            stop *s = &v->p[v->n++];
            s->b = b;
            place(v, b, k, i, &s->x, &s->y);
        }
        if (b >= v->len) break;
        uint32_t c;
        b += (size_t)cp_at(v->s, v->len, b, &c);
    }
    return true;
}

/* The stop at or before byte b (its index in v->p). */
static int stop_of(const view *v, size_t b)
{
    int j = 0;
    while (j + 1 < v->n && v->p[j + 1].b <= b)
        j++;
    return j;
}

/* The stop on line y nearest to x, ties going to the first; -1 when no stop
 * is on that line. */
static int nearest_on(const view *v, int y, int x)
{
    int best = -1;
    for (int j = 0; j < v->n; j++) {
        if (v->p[j].y != y) continue;
        if (best < 0 || abs(v->p[j].x - x) < abs(v->p[best].x - x)) best = j;
    }
    return best;
}

/* The line next to y (dir -1 above, +1 below) that holds a stop, or y. */
static int line_next(const view *v, int y, int dir)
{
    int best = y;
    for (int j = 0; j < v->n; j++) {
        int q = v->p[j].y;
        if (dir < 0 ? q < y && (best == y || q > best) : q > y && (best == y || q < best)) best = q;
    }
    return best;
}

/* The stop for a point (x, y relative to the layout): the nearest on the
 * line under it, the first or last line when above or below the text. */
static int stop_at_point(const view *v, int x, int y)
{
    int line = v->p[0].y;
    for (int j = 0; j < v->n; j++)
        if (v->p[j].y <= y && v->p[j].y > line) line = v->p[j].y;
    return nearest_on(v, line, x);
}

/* The stop nearest to stop `from` on screen in direction dir (-1 left, +1
 * right) on its line, ties going to the nearest in the text. At the line's
 * edge, the stop next in the text in that direction when it starts another
 * line (the end of the line before, the start of the next); else from. */
static int visual(const view *v, int from, int dir)
{
    const stop *f = &v->p[from];
    int best = from;
    for (int j = 0; j < v->n; j++) {
        const stop *s = &v->p[j];
        if (j == from || s->y != f->y || (dir < 0 ? s->x >= f->x : s->x <= f->x)) continue;
        const stop *b = &v->p[best];
        bool closer = best == from || (dir < 0 ? s->x > b->x : s->x < b->x) ||
                      (s->x == b->x && abs(j - from) < abs(best - from));
        if (closer) best = j;
    }
    if (best != from) return best;
    int next = from + (v->l->rtl ? -dir : dir);
    return next >= 0 && next < v->n && v->p[next].y != f->y ? next : from;
}

/* The stop a word move reaches from stop `from`: forward (dir +1) over what
 * is not a word, then to the word's end; backward to its start. */
static int word_move(const view *v, int from, int dir)
{
    size_t b = v->p[from].b;
    uint32_t c;
    if (dir > 0) {
        while (b < v->len && (cp_at(v->s, v->len, b, &c), !wordy(c)))
            b += (size_t)cp_at(v->s, v->len, b, &c);
        while (b < v->len && (cp_at(v->s, v->len, b, &c), wordy(c)))
            b += (size_t)cp_at(v->s, v->len, b, &c);
        int j = stop_of(v, b);
        return v->p[j].b < b && j + 1 < v->n ? j + 1 : j;
    }
    while (b > 0 && (cp_at(v->s, v->len, prev_cp(v->s, v->len, b), &c), !wordy(c)))
        b = prev_cp(v->s, v->len, b);
    while (b > 0 && (cp_at(v->s, v->len, prev_cp(v->s, v->len, b), &c), wordy(c)))
        b = prev_cp(v->s, v->len, b);
    return stop_of(v, b);
}

/* ---- editing ---- */

/* The selection [*from, *to) of fd in buf (empty when none). */
static void selection(const char *buf, const ui_field *fd, size_t *from, size_t *to)
{
    size_t len = strlen(buf), a = fix(buf, len, fd->anchor), c = fix(buf, len, fd->caret);
    *from = a < c ? a : c;
    *to = a < c ? c : a;
}

/* Puts the caret at b: with extend, the selection's other end stays; else
 * there is none. Any move but Up and Down forgets the x they keep; every
 * move ends the undo step being typed. */
static void move(ui_field *fd, size_t b, bool extend)
{
    if (!extend) fd->anchor = b;
    fd->caret = b;
    fd->have_goal = false;
    ui_undo_seal(fd);
}

/* Removes buf[from, to) and puts the caret there. */
static void cut_out(char *buf, ui_field *fd, size_t from, size_t to, ui_undo_kind kind)
{
    ui_undo_edit(fd, buf, from, to, "", 0, kind);
}

/* Puts add (n bytes, clean) in place of the selection when it fits in cap. */
static bool replace(char *buf, size_t cap, ui_field *fd, const char *add, size_t n,
                    ui_undo_kind kind)
{
    size_t from, to, len = strlen(buf);
    selection(buf, fd, &from, &to);
    if (len - (to - from) + n >= cap) return false;
    fd->caret = fix(buf, len, fd->caret); /* as undo will put them back */
    fd->anchor = fix(buf, len, fd->anchor);
    ui_undo_edit(fd, buf, from, to, add, n, kind);
    return true;
}

bool ui_field_insert(char *buf, size_t cap, ui_field *fd, const char *utf8)
{
    char small[256], *c = small;
    size_t need = strlen(utf8) * 3 + 1; /* an invalid byte grows to U+FFFD */
    if (need > sizeof small && !(c = malloc(need))) return false;
    size_t n = clean(utf8, true, false, c, need);
    bool ok = n == 0 || replace(buf, cap, fd, c, n, UI_UNDO_TYPE); /* only controls: nothing */
    if (c != small) free(c);
    return ok;
}

bool ui_field_paste(char *buf, size_t cap, ui_field *fd, const char *utf8)
{
    size_t from, to, len = strlen(buf);
    selection(buf, fd, &from, &to);
    size_t room = cap > len - (to - from) ? cap - (len - (to - from)) : 0; /* NUL included */
    if (room == 0) return false;
    char *c = malloc(room);
    if (!c) return false;
    size_t n = clean(utf8, false, fd->lines > 1, c, room);
    bool ok = (n > 0 || from != to) && replace(buf, cap, fd, c, n, UI_UNDO_ONE);
    free(c);
    return ok;
}

/* The selected text (malloc'd: caller frees), or NULL when none. */
static char *selected(const char *buf, const ui_field *fd)
{
    size_t from, to;
    selection(buf, fd, &from, &to);
    char *s = from < to ? malloc(to - from + 1) : NULL;
    if (!s) return NULL;
    memcpy(s, buf + from, to - from);
    s[to - from] = 0;
    return s;
}

/* The selection to the clipboard; with cut, out of the text too. */
static void copy(char *buf, ui_field *fd, bool cut)
{
    char *s = selected(buf, fd);
    if (!s) return;
    SDL_SetClipboardText(s);
    free(s);
    size_t from, to;
    selection(buf, fd, &from, &to);
    if (cut) cut_out(buf, fd, from, to, UI_UNDO_ONE);
}

/* X11 and Wayland have a primary selection. Under other video drivers SDL
 * keeps one inside the process only, and never frees it (2.26: LeakSanitizer
 * reports it after SDL_Quit). */
static bool has_primary(void)
{
    const char *d = SDL_GetCurrentVideoDriver();
    return d && (strcmp(d, "x11") == 0 || strcmp(d, "wayland") == 0);
}

/* A selection made is offered as the primary selection (pasted elsewhere
 * with the middle button), as every Linux program does. */
static void to_primary(const char *buf, const ui_field *fd)
{
    if (!has_primary()) return;
    char *s = selected(buf, fd);
    if (s) SDL_SetPrimarySelectionText(s);
    free(s);
}

static void paste(char *buf, size_t cap, ui_field *fd)
{
    char *s = SDL_GetClipboardText(); /* "" when there is none */
    if (s && *s) ui_field_paste(buf, cap, fd, s);
    SDL_free(s);
}

/* Up, Down, Home, End, Left, Right and the word moves: the stop they reach
 * from the caret's stop j in v. */
static int moved(view *v, ui_field *fd, int j, SDL_Keycode key, bool ctrl)
{
    switch (key) {
    case SDLK_LEFT:
    case SDLK_RIGHT: {
        int dir = key == SDLK_LEFT ? -1 : 1;
        return ctrl ? word_move(v, j, v->l->rtl ? -dir : dir) : visual(v, j, dir);
    }
    case SDLK_HOME:
    case SDLK_END: { /* the line's start or end in the text; the text's with Ctrl */
        bool end = key == SDLK_END;
        if (ctrl || !v->multi) return end ? v->n - 1 : 0;
        int k = j;
        while (end ? k + 1 < v->n && v->p[k + 1].y == v->p[j].y
                   : k > 0 && v->p[k - 1].y == v->p[j].y)
            k += end ? 1 : -1;
        return k;
    }
    default: { /* Up, Down: the line above or below at the x kept */
        int dir = key == SDLK_UP ? -1 : 1;
        int y = line_next(v, v->p[j].y, dir);
        if (y == v->p[j].y) return dir < 0 ? 0 : v->n - 1; /* first or last line */
        int k = nearest_on(v, y, fd->goal_x);
        return k >= 0 ? k : j;
    }
    }
}

bool ui_field_key(ui_text *t, char *buf, size_t cap, ui_field *fd, SDL_Keycode key, Uint16 mod)
{
    bool shift = mod & KMOD_SHIFT, ctrl = mod & KMOD_CTRL;
    if (mod & (KMOD_ALT | KMOD_GUI)) return false;
    size_t len = strlen(buf), from, to;
    fd->caret = fix(buf, len, fd->caret);
    fd->anchor = fix(buf, len, fd->anchor);
    selection(buf, fd, &from, &to);
    if (ctrl && !shift) {
        switch (key) {
        case SDLK_a:
            fd->anchor = 0;
            move(fd, len, true);
            to_primary(buf, fd);
            return true;
        case SDLK_c:
        case SDLK_INSERT:
            copy(buf, fd, false);
            return true;
        case SDLK_x:
            copy(buf, fd, true);
            return true;
        case SDLK_v:
            paste(buf, cap, fd);
            return true;
        case SDLK_z:
            ui_field_undo(buf, cap, fd);
            return true;
        case SDLK_y:
            ui_field_redo(buf, cap, fd);
            return true;
        default:
            break;
        }
    }
    if (ctrl && shift && key == SDLK_z) {
        ui_field_redo(buf, cap, fd);
        return true;
    }
    if (shift && !ctrl && key == SDLK_INSERT) {
        paste(buf, cap, fd);
        return true;
    }
    if (shift && !ctrl && key == SDLK_DELETE) {
        copy(buf, fd, true);
        return true;
    }
    bool vertical = key == SDLK_UP || key == SDLK_DOWN;
    if (vertical && fd->lines <= 1) return false; /* the screen's: a list above, say */
    bool movement =
        vertical || key == SDLK_LEFT || key == SDLK_RIGHT || key == SDLK_HOME || key == SDLK_END;
    bool erase = key == SDLK_BACKSPACE || key == SDLK_DELETE;
    if (!movement && !erase) return false;
    if (erase && from != to) {
        cut_out(buf, fd, from, to, UI_UNDO_ONE);
        return true;
    }
    if (key == SDLK_BACKSPACE && !ctrl) {
        /* One code point: a mark typed last can be taken back alone. */
        if (fd->caret > 0) cut_out(buf, fd, prev_cp(buf, len, fd->caret), fd->caret, UI_UNDO_BACK);
        return true;
    }
    if (movement && !shift && from != to && (key == SDLK_LEFT || key == SDLK_RIGHT) && !ctrl) {
        /* A selection collapses to its end on that side. */
        view v;
        open_view(&v, t, fd, buf, 0, NULL);
        int fx, fy, tx, ty;
        place_b(&v, from, &fx, &fy);
        place_b(&v, to, &tx, &ty);
        close_view(&v);
        bool from_left = fy != ty ? !v.l->rtl : fx <= tx;
        move(fd, (key == SDLK_LEFT) == from_left ? from : to, false);
        return true;
    }
    view v;
    if (!open_view(&v, t, fd, buf, 0, NULL) || !stops(&v)) {
        close_view(&v);
        return true;
    }
    int j = stop_of(&v, fd->caret);
    if (key == SDLK_DELETE && !ctrl) { /* the whole cluster after the caret */
        if (j + 1 < v.n) cut_out(buf, fd, v.p[j].b, v.p[j + 1].b, UI_UNDO_DEL);
    } else if (erase) { /* Ctrl: to the word's start or end */
        int k = word_move(&v, j, key == SDLK_DELETE ? 1 : -1);
        size_t a = v.p[j].b, b = v.p[k].b;
        cut_out(buf, fd, a < b ? a : b, a < b ? b : a, UI_UNDO_ONE);
    } else {
        if (vertical && !fd->have_goal) fd->goal_x = v.p[j].x;
        move(fd, v.p[moved(&v, fd, j, key, ctrl)].b, shift);
        fd->have_goal = vertical; /* the x stays for the next Up or Down */
        if (shift) to_primary(buf, fd);
    }
    close_view(&v);
    return true;
}

/* ---- the mouse ---- */

void ui_field_press(ui_text *t, const char *buf, ui_field *fd, int x, int y, int clicks,
                    bool extend)
{
    view v;
    size_t len = strlen(buf);
    fd->anchor = fix(buf, len, fd->anchor);
    if (open_view(&v, t, fd, buf, 0, NULL) && stops(&v)) {
        int j = stop_at_point(&v, x - fd->tx, y - fd->ty);
        if (clicks >= 3) { /* all */
            fd->anchor = 0;
            move(fd, len, true);
        } else if (clicks == 2) { /* the word, or the run of spaces, clicked */
            uint32_t c = 0;
            if (v.p[j].b < v.len) cp_at(v.s, v.len, v.p[j].b, &c);
            bool w = wordy(c);
            int a = j, b = j;
            size_t q;
            while (a > 0 && (cp_at(v.s, v.len, v.p[a - 1].b, &c), wordy(c) == w))
                a--;
            while ((q = v.p[b].b) < v.len && (cp_at(v.s, v.len, q, &c), wordy(c) == w) &&
                   b + 1 < v.n)
                b++;
            fd->anchor = v.p[a].b;
            move(fd, v.p[b].b, true);
        } else {
            move(fd, v.p[j].b, extend);
        }
        fd->drag = true;
    }
    close_view(&v);
}

void ui_field_drag(ui_text *t, const char *buf, ui_field *fd, int x, int y)
{
    if (!fd->drag) return;
    view v;
    if (open_view(&v, t, fd, buf, 0, NULL) && stops(&v))
        move(fd, v.p[stop_at_point(&v, x - fd->tx, y - fd->ty)].b, true);
    close_view(&v);
}

void ui_field_release(const char *buf, ui_field *fd)
{
    if (fd->drag) to_primary(buf, fd);
    fd->drag = false;
}

void ui_field_middle(ui_text *t, char *buf, size_t cap, ui_field *fd, int x, int y)
{
    if (!has_primary()) return;
    char *s = SDL_GetPrimarySelectionText(); /* "" when there is none */
    ui_field_press(t, buf, fd, x, y, 1, false);
    fd->drag = false;
    if (s && *s) ui_field_paste(buf, cap, fd, s);
    SDL_free(s);
}

/* ---- the caret's blink ---- */

void ui_field_blink_restart(ui_field *fd, Uint64 now)
{
    fd->blink_at = now;
}

/* ms since the blink restarted (0 for a clock behind it). */
static Uint64 blink_age(const ui_field *fd, Uint64 now)
{
    return now > fd->blink_at ? now - fd->blink_at : 0;
}

bool ui_field_caret_on(const ui_field *fd, Uint64 now)
{
    Uint64 t = blink_age(fd, now);
    return t >= UI_BLINK_IDLE_MS || (t / UI_BLINK_MS) % 2 == 0;
}

Uint64 ui_field_blink_next(const ui_field *fd, Uint64 now)
{
    Uint64 t = blink_age(fd, now), turn = (t / UI_BLINK_MS + 1) * UI_BLINK_MS;
    if (t >= UI_BLINK_IDLE_MS) return 0;
    if (turn < UI_BLINK_IDLE_MS) return fd->blink_at + turn;
    /* The last turn would come after the idle limit: on, the caret stays;
     * off, it comes on for good at the limit. */
    return ui_field_caret_on(fd, now) ? 0 : fd->blink_at + UI_BLINK_IDLE_MS;
}

/* ---- drawing ---- */

/* Sorts rectangles by line, then x. */
static int by_line(const void *a, const void *b)
{
    const SDL_Rect *p = a, *q = b;
    return p->y != q->y ? (p->y > q->y) - (p->y < q->y) : (p->x > q->x) - (p->x < q->x);
}

/* The selection [k0, k1) (code point indices of v) as rectangles relative to
 * the layout, touching ones on a line merged: each glyph's cluster, and a
 * space's width at the end of a line for a selected newline. Returns how
 * many; *out is malloc'd (caller frees), NULL when none. */
static int selection_rects(const view *v, size_t b0, size_t b1, SDL_Rect **out)
{
    const ui_layout *l = v->l;
    int k0 = index_of(v, b0), k1 = index_of(v, b1);
    int i0 = ui_text_glyph_at(l, k0), n = 0;
    SDL_Rect *r =
        malloc(sizeof *r * ((size_t)(l->n_glyphs - i0) + (size_t)newlines(v, b0, b1) + 1));
    *out = r;
    if (!r) return 0;
    for (int i = i0; i < l->n_glyphs && l->g[i].src >= 0 && l->g[i].src < k1; i++)
        r[n++] = (SDL_Rect){l->g[i].x, l->g[i].y, l->g[i].w, v->lh};
    for (size_t b = b0; b < b1; b++) {
        if (v->s[b] != '\n') continue;
        int x, y;
        place_b(v, b, &x, &y);
        int w = v->lh / 3;
        r[n++] = (SDL_Rect){l->rtl ? x - w : x, y, w, v->lh};
    }
    qsort(r, (size_t)n, sizeof *r, by_line);
    int m = 0;
    for (int i = 0; i < n; i++) {
        if (m > 0 && r[m - 1].y == r[i].y && r[i].x <= r[m - 1].x + r[m - 1].w) {
            int e = r[i].x + r[i].w;
            if (e > r[m - 1].x + r[m - 1].w) r[m - 1].w = e - r[m - 1].x;
        } else {
            r[m++] = r[i];
        }
    }
    return m;
}

int ui_field_draw(ui_ctx *cx, ui_font_id f, const char *buf, ui_field *fd, const char *ime,
                  SDL_Rect r, int lines)
{
    fd->font = f;
    fd->lines = lines;
    fd->wrap = r.w;
    size_t len = strlen(buf), from, to;
    fd->caret = fix(buf, len, fd->caret);
    fd->anchor = fix(buf, len, fd->anchor);
    selection(buf, fd, &from, &to);
    /* The composition goes in at the caret, for the eye only. */
    size_t at = fd->caret, il = ime ? strlen(ime) : 0;
    view v;
    open_view(&v, cx->text, fd, buf, at, ime);
    if (v.len != len + il) at = il = 0; /* out of memory: nothing shown */
    /* Code points, not glyphs: a wrapped line has no glyph for the space it
     * breaks at, so glyph i is code point i only up to the first break. */
    int c0 = index_of(&v, at), c1 = index_of(&v, at + il);
    const ui_layout *l = v.l;
    int lh = v.lh, kx, ky;
    int after = place(&v, at + il, c1, ui_text_glyph_at(l, c1), &kx, &ky);
    /* The caret: two pixels at least, as a typed '|' was; at the end of the
     * text (or of a wrapped line) one pixel clear of the last letter (after
     * Arabic, touching, it would read as one more alif). kl: its left,
     * relative to the layout. */
    int kw = lh / 10 > 2 ? lh / 10 : 2, kl = kx - kw / 2;
    if (after >= 0) kl = l->g[after].rtl ? kx - kw - 1 : kx + 1;
    int tx = r.x, ty = r.y;
    if (lines <= 1) {
        /* One line: a right-to-left text from the right; a text too long
         * for the field scrolled sideways as little as keeps the caret in
         * view (fd->scroll: pixels of the text left of r), so the text
         * stands still while the caret moves inside the field, and never
         * further than leaves the field's end empty. */
        int lo = -(kw + 1), hi = l->w + kw + 1; /* the text, room for a caret at each end */
        if (hi - lo <= r.w) {
            fd->scroll = 0;
            if (l->rtl && l->w < r.w) tx = r.x + r.w - l->w;
            if (tx + kl + kw > r.x + r.w) tx = r.x + r.w - kw - kl;
            if (tx + kl < r.x) tx = r.x - kl;
        } else {
            if (kl - fd->scroll < 0) fd->scroll = kl;
            if (kl + kw - fd->scroll > r.w) fd->scroll = kl + kw - r.w;
            if (fd->scroll < lo) fd->scroll = lo;
            if (fd->scroll > hi - r.w) fd->scroll = hi - r.w;
            tx = r.x - fd->scroll;
        }
        ty = r.y + (r.h - (l->h > 0 ? l->h : lh)) / 2;
    } else {
        /* Wrapped: scrolled up and down as little as keeps the caret's line
         * in view (down to its letters' bottom, fh below its top: a line's
         * height is less on the last line), never past the text's end. */
        int fh = l->n_lines > 0 ? l->h - (l->n_lines - 1) * lh : lh;
        if (ky - fd->scroll < 0) fd->scroll = ky;
        if (ky + fh - fd->scroll > r.h) fd->scroll = ky + fh - r.h;
        int most = l->h - r.h;
        if (fd->scroll > most) fd->scroll = most;
        if (fd->scroll < 0) fd->scroll = 0;
        ty = r.y - fd->scroll;
    }
    fd->tx = tx;
    fd->ty = ty;
    ui_clip_push(cx, r);
    ui_text_draw(cx->text, l, tx, ty, cx->th.text, -1);
    if (from != to) {
        /* The selection: the accent behind, the text on it in its own
         * colour (as a button's), legible in every theme. */
        size_t s0 = from < at ? from : from + il, s1 = to <= at ? to : to + il;
        SDL_Rect *sr;
        int ns = selection_rects(&v, s0, s1, &sr);
        for (int i = 0; i < ns; i++) {
            SDL_Rect q = {tx + sr[i].x, ty + sr[i].y, sr[i].w, sr[i].h};
            ui_fill_rect(cx, q, cx->th.accent);
            ui_clip_push(cx, q);
            ui_text_draw(cx->text, l, tx, ty, cx->th.on_accent, -1);
            ui_clip_pop(cx);
        }
        free(sr);
    }
    for (int i = ui_text_glyph_at(l, c0); i < l->n_glyphs && l->g[i].src >= 0 && l->g[i].src < c1;
         i++) { /* the composition, underlined */
        SDL_Rect u = {tx + l->g[i].x, ty + l->g[i].y + lh - 2, l->g[i].w, 1};
        ui_fill_rect(cx, u, cx->th.text);
    }
    /* No caret over a selection, as at any desktop: the selection shows
     * where the keys act. Else it blinks: the frame loop wakes for the next
     * change only (ui_state_wake_ms), none once it stopped. */
    SDL_Rect k = {tx + kl, ty + ky + 1, kw, lh - 2};
    fd->blink_next = from == to ? ui_field_blink_next(fd, cx->now) : 0;
    if (from == to && ui_field_caret_on(fd, cx->now)) ui_fill_rect(cx, k, cx->th.text);
    int shown_h = l->h > lh ? l->h : lh;
    if (lines > 1 && shown_h > r.h) shown_h = r.h > lh ? r.h : lh;
    SDL_Rect tr = {tx, lines > 1 ? r.y : ty, l->w, shown_h};
    ui_frame_add(&cx->frame, tr, UI_BOX_TEXT, 0, 0);
    ui_clip_pop(cx);
    close_view(&v);
    /* The input method's window opens next to the caret (window coordinates).
     * Told only when the caret moved: under IBus each call is a D-Bus message,
     * and a field can be redrawn at 60 frames a second while a line appears.
     * One input method per process, so one remembered place. */
    static SDL_Rect told;
    float d = cx->dpi > 0 ? cx->dpi : 1;
    SDL_Rect ir = {(int)((float)k.x / d), (int)((float)k.y / d), 1, (int)((float)k.h / d)};
    if (!SDL_RectEquals(&ir, &told)) SDL_SetTextInputRect(&ir);
    told = ir;
    return shown_h;
}
