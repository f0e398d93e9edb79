/* ui_field.c: the window's text fields (the new player's name, say it first,
 * the homework note): a caret the arrows, Home and End move, Backspace and
 * Delete at the caret, and the input method's composition shown where it will
 * go in. The text is the caller's buffer; the caret is a byte offset into
 * it, kept on a code point boundary here whatever happened to the text.
 *
 * Why Left and Right move by what is on screen: in a right-to-left word, the
 * next letter in reading order is on the left, and a caret that went right on
 * Left would feel broken to anyone typing Arabic or Hebrew. The positions are
 * those of the text laid out on one line (ui_text_caret), stopping only
 * between whole clusters.
 *
 * Depends on: SDL2, ui_text.c. */
#include "ui_gfx.h"

#include <stdlib.h>
#include <string.h>

/* The caret at a code point boundary within buf. */
static size_t fix(const char *buf, size_t caret)
{
    size_t len = strlen(buf);
    if (caret > len) caret = len;
    while (caret > 0 && ((unsigned char)buf[caret] & 0xC0) == 0x80)
        caret--;
    return caret;
}

/* A control character: nothing a field's text should hold (Enter and Tab
 * are keys here, not text), and the layout draws none of them. */
static bool control(unsigned char c)
{
    return c < 0x20 || c == 0x7F;
}

bool ui_field_insert(char *buf, size_t cap, size_t *caret, const char *utf8)
{
    size_t len = strlen(buf), add = 0, at = fix(buf, *caret);
    for (const char *p = utf8; *p; p++)
        add += !control((unsigned char)*p);
    if (len + add >= cap) return false;
    memmove(buf + at + add, buf + at, len - at + 1);
    for (char *o = buf + at; *utf8; utf8++)
        if (!control((unsigned char)*utf8)) *o++ = *utf8;
    *caret = at + add;
    return true;
}

/* May the caret stand before glyph i of l? */
static bool stop(const ui_layout *l, int i)
{
    return i <= 0 || i >= l->n_glyphs || !l->g[i].join;
}

/* The stop nearest to `from` on screen in direction dir (-1 left, +1 right),
 * ties going to the nearest in the text; from itself when there is none. */
static int visual(const ui_layout *l, int from, int dir)
{
    int fx, fy, best = from, bx = 0, y;
    ui_text_caret(l, from, &fx, &fy);
    for (int i = 0; i <= l->n_glyphs; i++) {
        int x;
        if (i == from || !stop(l, i)) continue;
        ui_text_caret(l, i, &x, &y);
        if (y != fy || (dir < 0 ? x >= fx : x <= fx)) continue;
        bool closer = best == from || (dir < 0 ? x > bx : x < bx) ||
                      (x == bx && abs(i - from) < abs(best - from));
        if (closer) best = i, bx = x;
    }
    return best;
}

/* The byte offset in buf of glyph i of l, its layout (the end for none). */
static size_t glyph_byte(const char *buf, const ui_layout *l, int i)
{
    return i < l->n_glyphs && l->g[i].src >= 0 ? ui_text_byte(buf, l->g[i].src) : strlen(buf);
}

bool ui_field_key(ui_text *t, ui_font_id f, char *buf, size_t *caret, SDL_Keycode key)
{
    size_t at = fix(buf, *caret), len = strlen(buf);
    const ui_layout *l = ui_text_layout(t, f, buf, 0, 0);
    int i = ui_text_glyph_at(l, ui_text_index(buf, at));
    while (i > 0 && !stop(l, i)) /* into a cluster only by a deletion: leave it */
        i--;
    switch (key) {
    case SDLK_LEFT:
    case SDLK_RIGHT:
        *caret = glyph_byte(buf, l, visual(l, i, key == SDLK_LEFT ? -1 : 1));
        return true;
    case SDLK_HOME:
        *caret = 0;
        return true;
    case SDLK_END:
        *caret = len;
        return true;
    case SDLK_BACKSPACE: {
        /* One code point: a mark typed last can be taken back alone. Found
         * by bytes, not through the glyph index: a code point the layout
         * drops (a control) has no index, and index 0 - 1 named the end. */
        if (at == 0) return true;
        size_t from = at - 1;
        while (from > 0 && ((unsigned char)buf[from] & 0xC0) == 0x80)
            from--;
        memmove(buf + from, buf + at, len - at + 1);
        *caret = from;
        return true;
    }
    case SDLK_DELETE: {
        /* The whole cluster after the caret: a letter with its marks. */
        int j = i + 1;
        while (j < l->n_glyphs && !stop(l, j))
            j++;
        size_t from = glyph_byte(buf, l, i), to = i < l->n_glyphs ? glyph_byte(buf, l, j) : len;
        memmove(buf + from, buf + to, len - to + 1);
        *caret = from;
        return true;
    }
    default:
        return false;
    }
}

int ui_field_draw(ui_ctx *cx, ui_font_id f, const char *buf, size_t caret, const char *ime,
                  SDL_Rect r, int lines)
{
    /* The composition goes in at the caret, for the eye only. */
    char shown[1024];
    size_t at = fix(buf, caret), len = strlen(buf), il = ime ? strlen(ime) : 0;
    if (len + il >= sizeof shown) il = 0;
    if (len >= sizeof shown) len = at = sizeof shown - 1;
    memcpy(shown, buf, at);
    if (il) memcpy(shown + at, ime, il);
    memcpy(shown + at + il, buf + at, len - at);
    shown[len + il] = 0;
    /* Code points, not glyphs: a wrapped line has no glyph for the space it
     * breaks at, so glyph i is code point i only up to the first break. */
    int c0 = ui_text_index(shown, at), c1 = ui_text_index(shown, at + il);
    const ui_layout *l = ui_text_layout(cx->text, f, shown, lines > 1 ? r.w : 0, lines);
    int lh = ui_text_line_h(cx->text, f), kx, ky;
    int after = ui_text_caret_at(l, c1, &kx, &ky);
    /* The caret: two pixels at least, as a typed '|' was; at the end of the
     * text (or of a wrapped line) one pixel clear of the last letter (after
     * Arabic, touching, it would read as one more alif). kl: its left,
     * relative to the layout. */
    int kw = lh / 10 > 2 ? lh / 10 : 2, kl = kx - kw / 2;
    if (after >= 0) kl = l->g[after].rtl ? kx - kw - 1 : kx + 1;
    int tx = r.x, ty = r.y;
    if (lines <= 1) {
        /* One line: a right-to-left text from the right, scrolled sideways
         * so the caret stays in view. */
        if (l->rtl && l->w < r.w) tx = r.x + r.w - l->w;
        if (tx + kl + kw > r.x + r.w) tx = r.x + r.w - kw - kl;
        if (tx + kl < r.x) tx = r.x - kl;
        ty = r.y + (r.h - (l->h > 0 ? l->h : lh)) / 2;
    }
    ui_clip_push(cx, r);
    ui_text_draw(cx->text, l, tx, ty, cx->th.text, -1);
    for (int i = ui_text_glyph_at(l, c0); i < l->n_glyphs && l->g[i].src >= 0 && l->g[i].src < c1;
         i++) { /* the composition, underlined */
        SDL_Rect u = {tx + l->g[i].x, ty + l->g[i].y + lh - 2, l->g[i].w, 1};
        ui_fill_rect(cx, u, cx->th.text);
    }
    SDL_Rect k = {tx + kl, ty + ky + 1, kw, lh - 2};
    ui_fill_rect(cx, k, cx->th.text);
    SDL_Rect tr = {tx, ty, l->w, l->h > 0 ? l->h : lh};
    ui_frame_add(&cx->frame, tr, UI_BOX_TEXT, 0, 0);
    ui_clip_pop(cx);
    /* The input method's window opens next to the caret (window coordinates).
     * Told only when the caret moved: under IBus each call is a D-Bus message,
     * and a field can be redrawn at 60 frames a second while a line appears.
     * One input method per process, so one remembered place. */
    static SDL_Rect told;
    float d = cx->dpi > 0 ? cx->dpi : 1;
    SDL_Rect ir = {(int)((float)k.x / d), (int)((float)k.y / d), 1, (int)((float)k.h / d)};
    if (!SDL_RectEquals(&ir, &told)) SDL_SetTextInputRect(&ir);
    told = ir;
    return l->h > lh ? l->h : lh;
}
