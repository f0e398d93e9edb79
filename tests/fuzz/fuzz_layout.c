/* fuzz_layout.c: any bytes as text for the window's layout (engine/ui
 * ui_text.c), with the bundled fonts on SDL's software renderer and the dummy
 * video driver, so no display is needed.
 *
 * Input: byte 0 picks the face, bytes 1-2 the wrap width (0 = none, else 1 to
 * 2047 px), byte 3 the line limit (0 = none, else 1 to 15); the rest is the
 * text, any bytes (invalid UTF-8 must show as U+FFFD, never crash).
 *
 * A finding is a crash, a sanitizer report, or an abort below naming the rule
 * broken: the text is clamped (UI_TEXT_MAX_CP), the layout keeps to its line
 * limit and its width (a glyph wider than the wrap width may stand alone),
 * every glyph lies inside the layout's extent, a code point that continues a
 * cluster shares its place, the letters' span (text_x, text_w) and every
 * caret place lie inside the extent, each glyph names the code point it
 * draws in order and a caret before any code point maps to its glyph (and
 * stands inside the extent too), and asking again with the same
 * arguments is served from the cache. Then the text goes into a text field
 * (ui_field.c) and the first bytes, read as operations (keys with Shift and
 * Ctrl, the clipboard, typing, a paste of part of the input, a click or a
 * double or triple click and a drag, undo and redo), edit it: the field stays
 * NUL-terminated within its size and its caret and selection inside the
 * text; undoing every step gives back the text it started from, and redoing
 * them all the newest text (ui_field_undo.c); the whole
 * input pasted into an empty field keeps to its size and lets in no control
 * (but a wrapped field's newlines) and no invalid UTF-8; then it is drawn,
 * wrapped as the text was, with a composition at the caret. */
#include "fuzz.h"
#include "ui_gfx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef RAPPORT_SOURCE_DIR
#error "RAPPORT_SOURCE_DIR must name the source tree (for assets/fonts)"
#endif

static void broken(const char *rule, const ui_layout *l, int wrap, int max_lines)
{
    fprintf(stderr,
            "fuzz_layout: %s (font %d, wrap %d, max_lines %d: %d lines, %d glyphs, %dx%d)\n", rule,
            (int)l->font, wrap, max_lines, l->n_lines, l->n_glyphs, l->w, l->h);
    abort();
}

static SDL_Renderer *ren;

/* One renderer and one text cache for the whole run, as in the window: the
 * cache's eviction across many layouts is part of what is tested. */
static ui_text *text_cache(void)
{
    static ui_text *t;
    static bool tried;
    if (tried) return t;
    tried = true;
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) {
        fprintf(stderr, "fuzz_layout: SDL: %s\n", SDL_GetError());
        abort();
    }
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, 640, 480, 32, SDL_PIXELFORMAT_ARGB8888);
    ren = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
    char err[256] = "";
    t = ren ? ui_text_new(ren, RAPPORT_SOURCE_DIR "/assets/fonts", 18, err, sizeof err) : NULL;
    if (!t) {
        fprintf(stderr, "fuzz_layout: cannot set up: %s %s\n", SDL_GetError(), err);
        abort();
    }
    return t;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4) return 0;
    ui_text *t = text_cache();
    ui_font_id f = (ui_font_id)(data[0] % UI_F_COUNT);
    int wrap = ((data[1] << 8) | data[2]) & 0x7ff;
    int max_lines = data[3] & 0x0f;
    char *s = malloc(size - 4 + 1);
    if (!s) return 0;
    memcpy(s, data + 4, size - 4);
    s[size - 4] = '\0';

    ui_text_frame(t);
    const ui_layout *l = ui_text_layout(t, f, s, wrap, max_lines);
    if (!l) broken("no layout", &(ui_layout){0}, wrap, max_lines);
    if (l->n_glyphs > UI_TEXT_MAX_CP + 8) broken("not clamped", l, wrap, max_lines);
    if (max_lines && l->n_lines > max_lines)
        broken("more lines than the limit", l, wrap, max_lines);
    if (l->n_lines < 0 || l->w < 0 || l->h < 0 || l->line_h <= 0)
        broken("negative extent", l, wrap, max_lines);
    if (l->h > (l->n_lines + 1) * l->line_h) broken("taller than its lines", l, wrap, max_lines);
    /* A single glyph wider than the wrap width has to stand alone on its line;
     * no glyph of these faces is wider than three line heights. */
    if (wrap && l->w > wrap && l->w > 3 * l->line_h)
        broken("wider than the wrap", l, wrap, max_lines);
    for (int i = 0; i < l->n_glyphs; i++) {
        const ui_glyph_pos *g = &l->g[i];
        if (g->x < 0 || g->y < 0 || g->x > l->w || g->y > l->h)
            broken("a glyph outside the layout", l, wrap, max_lines);
        if (g->w < 0) broken("a negative advance", l, wrap, max_lines);
        if (g->join && (i == 0 || g->x != g[-1].x || g->y != g[-1].y))
            broken("a cluster's code point apart from it", l, wrap, max_lines);
    }
    if (l->n_glyphs > 0 && (l->text_x < 0 || l->text_w < 0 || l->text_x + l->text_w > l->w))
        broken("letters outside the layout", l, wrap, max_lines);
    for (int i = 0; i <= l->n_glyphs; i++) {
        int cx, cy;
        ui_text_caret(l, i, &cx, &cy);
        if (cx < 0 || cx > l->w + 3 * l->line_h || cy < 0 || cy > l->h)
            broken("a caret outside the layout", l, wrap, max_lines);
    }
    /* Each glyph names the code point it draws, in order (an ellipsis none,
     * and only last), and a caret before any code point finds its glyph and
     * stands inside the layout, after a glyph only where none draws it. */
    int kept = ui_text_index(s, strlen(s));
    for (int i = 0; i < l->n_glyphs; i++) {
        const ui_glyph_pos *g = &l->g[i];
        if (g->src < 0 ? g->cp != 0x2026 || i != l->n_glyphs - 1
                       : g->src >= kept || (i > 0 && g->src <= g[-1].src))
            broken("a glyph's code point out of order", l, wrap, max_lines);
        if (g->src >= 0 && ui_text_glyph_at(l, g->src) != i)
            broken("a code point not mapped to its glyph", l, wrap, max_lines);
    }
    for (int k = 0; k <= kept && k <= UI_TEXT_MAX_CP + 1; k++) {
        int cx, cy, after = ui_text_caret_at(l, k, &cx, &cy), i = ui_text_glyph_at(l, k);
        if (cx < 0 || cx > l->w + 3 * l->line_h || cy < 0 || cy > l->h)
            broken("a code point's caret outside the layout", l, wrap, max_lines);
        if (after >= 0 && (after >= l->n_glyphs || (i < l->n_glyphs && l->g[i].src == k)))
            broken("a caret after a glyph before a drawn code point", l, wrap, max_lines);
    }
    ui_text_draw(t, l, 0, 0, (SDL_Color){0, 0, 0, 255}, -1);

    long built_before, built_after, glyphs;
    ui_text_stats(t, &glyphs, &built_before);
    const ui_layout *again = ui_text_layout(t, f, s, wrap, max_lines);
    ui_text_stats(t, &glyphs, &built_after);
    if (again != l || built_after != built_before) broken("not cached", l, wrap, max_lines);

    /* The field's operations: keys with their modifiers, typing, pasting
     * part of the input, and the mouse. */
    static const struct {
        SDL_Keycode key;
        Uint16 mod;
    } ops[] = {
        {SDLK_LEFT, 0},
        {SDLK_RIGHT, 0},
        {SDLK_HOME, 0},
        {SDLK_END, 0},
        {SDLK_DELETE, 0},
        {SDLK_BACKSPACE, 0},
        {SDLK_UP, 0},
        {SDLK_DOWN, 0},
        {SDLK_LEFT, KMOD_LSHIFT},
        {SDLK_RIGHT, KMOD_LSHIFT},
        {SDLK_HOME, KMOD_LSHIFT},
        {SDLK_END, KMOD_LSHIFT},
        {SDLK_UP, KMOD_LSHIFT},
        {SDLK_DOWN, KMOD_LSHIFT},
        {SDLK_LEFT, KMOD_LCTRL},
        {SDLK_RIGHT, KMOD_LCTRL},
        {SDLK_BACKSPACE, KMOD_LCTRL},
        {SDLK_DELETE, KMOD_LCTRL},
        {SDLK_a, KMOD_LCTRL},
        {SDLK_c, KMOD_LCTRL},
        {SDLK_x, KMOD_LCTRL},
        {SDLK_v, KMOD_LCTRL},
        {SDLK_HOME, KMOD_LCTRL | KMOD_LSHIFT},
        {SDLK_z, KMOD_LCTRL},
        {SDLK_y, KMOD_LCTRL},
        {SDLK_z, KMOD_LCTRL | KMOD_LSHIFT},
        {SDLK_a, 0},  /* types a fatha */
        {SDLK_p, 0},  /* pastes a slice of the input */
        {SDLK_F1, 0}, /* a press, a drag and a release */
    };
    char field[96] = "", first[96] = "";
    ui_field fd = {.lines = max_lines, .wrap = wrap};
    ui_field_insert(field, sizeof field, &fd, s); /* too long: stays empty */
    if (!field[0]) {
        size_t n = strnlen(s, sizeof field - 1);
        memcpy(field, s, n);
        field[n] = 0;
        fd.caret = data[3] % (n + 1);
        fd.anchor = data[2] % (n + 1);
        memcpy(first, field, n + 1); /* the text before any step */
    }
    size_t slen = strlen(s);
    for (size_t k = 0; k < 24 && 4 + k < size; k++) {
        unsigned op = data[4 + k] % (sizeof ops / sizeof ops[0]);
        SDL_Keycode key = ops[op].key;
        if (key == SDLK_a && !ops[op].mod) {
            ui_field_insert(field, sizeof field, &fd, "\xD9\x8E"); /* a fatha */
        } else if (key == SDLK_p) {
            char slice[64];
            size_t from = slen ? data[4 + k] * 7u % slen : 0, n = slen - from;
            if (n >= sizeof slice) n = sizeof slice - 1;
            memcpy(slice, s + from, n);
            slice[n] = 0;
            ui_field_paste(field, sizeof field, &fd, slice);
        } else if (key == SDLK_F1) {
            int x = data[4 + k] * 3, y = (data[4 + k] >> 2) * 2;
            ui_field_press(t, field, &fd, x, y, 1 + data[4 + k] % 3, data[4 + k] & 1);
            ui_field_drag(t, field, &fd, y, x);
            fd.drag = false;
        } else {
            ui_field_key(t, field, sizeof field, &fd, key, ops[op].mod);
        }
        size_t len = strnlen(field, sizeof field);
        if (len >= sizeof field || fd.caret > len || fd.anchor > len)
            broken("a field edited out of its bounds", l, wrap, max_lines);
    }
    /* Every step redone: the newest text; every step undone: the text it
     * started from; all redone again: the newest. */
    char last[96];
    while (ui_field_redo(field, sizeof field, &fd))
        ;
    memcpy(last, field, sizeof field);
    while (ui_field_undo(field, sizeof field, &fd))
        ;
    if (strcmp(field, first) != 0)
        broken("undo did not give back the first text", l, wrap, max_lines);
    while (ui_field_redo(field, sizeof field, &fd))
        ;
    if (strcmp(field, last) != 0)
        broken("redo did not give back the last text", l, wrap, max_lines);
    /* A paste of the whole input into an empty field keeps to its size and
     * brings in valid UTF-8 only, no controls but a wrapped field's newlines. */
    char pasted[48] = "";
    ui_field pf = {.lines = max_lines, .wrap = wrap};
    ui_field_paste(pasted, sizeof pasted, &pf, s);
    size_t plen = strnlen(pasted, sizeof pasted);
    if (plen >= sizeof pasted || pf.caret != plen)
        broken("a paste out of bounds", l, wrap, max_lines);
    for (size_t i = 0; i < plen;) {
        uint32_t c;
        int n = ui_utf8_decode((const unsigned char *)pasted + i, plen - i, &c);
        if ((c == 0xFFFD && n != 3) || (c < 0x20 && !(c == '\n' && max_lines > 1)) || c == 0x7F)
            broken("a paste let in a control or invalid UTF-8", l, wrap, max_lines);
        i += (size_t)n;
    }
    /* Drawn as the fields are, wrapped like the text above (say it first)
     * or on one line, with a composition at the caret. */
    static ui_ctx cx;
    if (!cx.ren) {
        cx = (ui_ctx){.ren = ren, .w = 640, .h = 480, .dpi = 1, .text = t};
        ui_theme_get(UI_THEME_LIGHT, &cx.th);
    }
    ui_frame_clear(&cx.frame);
    SDL_Rect r = {0, 0, wrap > 0 ? wrap : 200, 200};
    ui_field_draw(&cx, f, field, &fd, "\xD9\x8E", r, max_lines);
    ui_field_free(&fd);
    ui_field_free(&pf);
    free(s);
    return 0;
}
