/* test_text.c: the text layer alone (no conversation runtime). UTF-8
 * decoding, wrapping by width, clamping of absurd texts, the caches, the
 * fallback fonts for Chinese, Japanese, Korean (Arabic and Hebrew are in
 * DejaVu), Arabic shaping and right-to-left order (runs, alignment, numbers
 * and names inside, the typewriter's prefix, the caret, the ellipsis), and
 * random mixed-script texts keeping the layout's rules. Runs headless: SDL's
 * dummy video driver and the software renderer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "ui_gfx.h"

#include <stdlib.h>
#include <string.h>

static SDL_Window *win;
static SDL_Renderer *ren;
static ui_text *txt;

static int setup(void **state)
{
    (void)state;
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) return -1;
    win = SDL_CreateWindow("t", 0, 0, 800, 600, 0);
    ren = win ? SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE) : NULL;
    if (!ren) return -1;
    char err[256];
    txt = ui_text_new(ren, RAPPORT_SOURCE_DIR "/assets/fonts", 18, err, sizeof err);
    return txt ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    ui_text_free(txt);
    SDL_DestroyRenderer(ren);
    SDL_DestroyWindow(win);
    TTF_Quit();
    SDL_Quit();
    return 0;
}

static void utf8_decoding(void **state)
{
    (void)state;
    uint32_t cp;
    assert_int_equal(ui_utf8_decode((const unsigned char *)"A", 1, &cp), 1);
    assert_int_equal(cp, 'A');
    assert_int_equal(ui_utf8_decode((const unsigned char *)"\xC3\xA9", 2, &cp), 2);
    assert_int_equal(cp, 0xE9);
    assert_int_equal(ui_utf8_decode((const unsigned char *)"\xE2\x80\xA6", 3, &cp), 3);
    assert_int_equal(cp, 0x2026);
    assert_int_equal(ui_utf8_decode((const unsigned char *)"\xF0\x9F\x99\x82", 4, &cp), 4);
    assert_int_equal(cp, 0x1F642);
    /* Invalid: lone continuation, overlong, surrogate, truncated. */
    assert_int_equal(ui_utf8_decode((const unsigned char *)"\x80", 1, &cp), 1);
    assert_int_equal(cp, 0xFFFD);
    ui_utf8_decode((const unsigned char *)"\xC0\xAF", 2, &cp);
    assert_int_equal(cp, 0xFFFD);
    ui_utf8_decode((const unsigned char *)"\xED\xA0\x80", 3, &cp);
    assert_int_equal(cp, 0xFFFD);
    assert_int_equal(ui_utf8_decode((const unsigned char *)"\xE2\x80", 2, &cp), 1);
    assert_int_equal(cp, 0xFFFD);
}

static void wraps_within_width(void **state)
{
    (void)state;
    const char *s = "Sorry, is this the queue for coffee or for the talk? I came in late and "
                    "nobody here looks like they know where anything is.";
    for (int w = 60; w <= 700; w += 37) {
        const ui_layout *l = ui_text_layout(txt, UI_F_BODY, s, w, 0);
        assert_true(l->w <= w);
        assert_true(l->n_lines >= 1);
        assert_true(l->h > (l->n_lines - 1) * l->line_h && l->h <= (l->n_lines + 1) * l->line_h);
        for (int i = 0; i < l->n_glyphs; i++)
            assert_true(l->g[i].x >= 0 && l->g[i].x < w);
    }
    const ui_layout *one = ui_text_layout(txt, UI_F_BODY, s, 0, 0);
    assert_int_equal(one->n_lines, 1);
    /* A word longer than the width is broken between characters. */
    const ui_layout *lw =
        ui_text_layout(txt, UI_F_BODY, "Supercalifragilisticexpialidocious", 50, 0);
    assert_true(lw->n_lines > 2);
    assert_true(lw->w <= 50);
    /* Hard newlines start lines. */
    const ui_layout *nl = ui_text_layout(txt, UI_F_BODY, "a\nb\n\nc", 0, 0);
    assert_int_equal(nl->n_lines, 4);
}

static void max_lines_ends_with_ellipsis(void **state)
{
    (void)state;
    const char *s = "one two three four five six seven eight nine ten eleven twelve thirteen";
    const ui_layout *l = ui_text_layout(txt, UI_F_BODY, s, 120, 2);
    assert_int_equal(l->n_lines, 2);
    assert_true(l->clamped);
    assert_true(l->w <= 120);
    assert_int_equal(l->g[l->n_glyphs - 1].cp, 0x2026);
}

static void absurd_text_is_clamped(void **state)
{
    (void)state;
    size_t n = 1 << 20; /* a 1 MB line */
    char *big = malloc(n + 1);
    assert_non_null(big);
    for (size_t i = 0; i < n; i++)
        big[i] = (char)(i % 7 == 6 ? ' ' : 'a' + (char)(i % 26));
    big[n] = 0;
    Uint64 t0 = SDL_GetTicks64();
    const ui_layout *l = ui_text_layout(txt, UI_F_BODY, big, 600, 0);
    Uint64 t1 = SDL_GetTicks64();
    assert_true(l->clamped);
    assert_true(l->n_glyphs <= UI_TEXT_MAX_CP + 1);
    assert_true(l->w <= 600);
    /* The clamp bounds the work; its time says how busy the machine was. */
    print_message("a 1 MB line laid out in %llu ms\n", (unsigned long long)(t1 - t0));
    /* No wrapping: one line, still bounded (no 2,400,000 px surface). */
    const ui_layout *u = ui_text_layout(txt, UI_F_BODY, big, 0, 0);
    assert_true(u->n_glyphs <= UI_TEXT_MAX_CP + 1);
    ui_text_draw(txt, l, 0, 0, (SDL_Color){0, 0, 0, 255}, -1);
    free(big);
}

static void empty_and_invalid_texts(void **state)
{
    (void)state;
    const ui_layout *e = ui_text_layout(txt, UI_F_BODY, "", 100, 0);
    assert_int_equal(e->n_glyphs, 0);
    assert_int_equal(e->h, 0);
    const ui_layout *nul = ui_text_layout(txt, UI_F_BODY, NULL, 100, 0);
    assert_int_equal(nul->n_glyphs, 0);
    const ui_layout *bad = ui_text_layout(txt, UI_F_BODY, "ok \xFF\xFE bytes \xC3", 0, 0);
    assert_true(bad->n_glyphs > 0);
    int fffd = 0;
    for (int i = 0; i < bad->n_glyphs; i++)
        fffd += bad->g[i].cp == 0xFFFD;
    assert_int_equal(fffd, 3);
    ui_text_draw(txt, bad, 0, 0, (SDL_Color){0, 0, 0, 255}, -1);
    /* Japanese comes from a fallback font when one is installed, the emoji
     * (in no face) draws as U+FFFD, the Arabic is DejaVu's own, shaped: none
     * of it crashes. */
    const ui_layout *cjk = ui_text_layout(txt, UI_F_BODY, "日本語 😀 مرحبا", 0, 0);
    ui_text_draw(txt, cjk, 0, 0, (SDL_Color){0, 0, 0, 255}, -1);
}

/* One line in each script the fallback chain is for (docs/window.md, "Other
 * scripts"). Arabic and Hebrew letters are DejaVu's own; CJK comes from a
 * fallback file. */
static const struct {
    const char *name, *text;
} scripts[] = {
    {"Chinese", "我们明天下午三点开会，好吗？"},
    {"Japanese", "申し訳ありませんが、締め切りを一日延ばせますか。"},
    {"Korean", "회의 시간을 바꿔도 될까요? 한국어 문장입니다."},
    {"Arabic", "مرحبا، هل يمكننا تأجيل الاجتماع إلى الغد؟"},
    {"Hebrew", "שלום, אפשר לדחות את הפגישה למחר?"},
    {"mixed", "Noor: 好的 — ok, شكرا, תודה, 감사합니다, ありがとう."},
};

/* Every code point of every script is drawn by a face that has it (none as
 * the replacement glyph), in every font id, and the drawn pixels are not the
 * replacement glyph's. The check of "has it" opens the face's file again,
 * independently of the cache. */
static void other_scripts_draw_as_text(void **state)
{
    (void)state;
    if (ui_text_face_count(txt) < 2) {
        print_message("SKIP other_scripts_draw_as_text: no fallback font found "
                      "(install fonts-wqy-microhei, see scripts/deps)\n");
        skip();
    }
    for (int f = 0; f < UI_F_COUNT; f++) {
        for (size_t s = 0; s < sizeof scripts / sizeof scripts[0]; s++) {
            const ui_layout *l = ui_text_layout(txt, (ui_font_id)f, scripts[s].text, 260, 0);
            assert_true(l->n_glyphs > 5);
            assert_true(l->w <= 260);
            for (int i = 0; i < l->n_glyphs; i++) {
                uint32_t cp = l->g[i].cp;
                int face = ui_text_glyph_face(txt, (ui_font_id)f, cp);
                if (face < 0)
                    fail_msg("%s, font %d: U+%04X has no face", scripts[s].name, f, (unsigned)cp);
                /* CJK is not in DejaVu: a face of 0 there would be a stray box. */
                if (s < 3 && cp > 0x2E80) assert_true(face > 0);
                if (face > 0) {
                    TTF_Font *again = TTF_OpenFont(ui_text_face_file(txt, face), 18);
                    assert_non_null(again);
                    assert_true(TTF_GlyphIsProvided32(again, cp));
                    TTF_CloseFont(again);
                }
            }
            ui_text_draw(txt, l, 0, 0, (SDL_Color){0, 0, 0, 255}, -1);
        }
    }
    /* The pixels: 中 drawn alone differs from the replacement glyph drawn alone. */
    SDL_Texture *tgt =
        SDL_CreateTexture(ren, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, 64, 64);
    assert_non_null(tgt);
    Uint32 px[2][64 * 64];
    const char *two[2] = {"中", "\xEF\xBF\xBD"};
    for (int k = 0; k < 2; k++) {
        SDL_SetRenderTarget(ren, tgt);
        SDL_SetRenderDrawColor(ren, 255, 255, 255, 255);
        SDL_RenderClear(ren);
        ui_text_draw(txt, ui_text_layout(txt, UI_F_BODY, two[k], 0, 0), 4, 4,
                     (SDL_Color){0, 0, 0, 255}, -1);
        assert_int_equal(SDL_RenderReadPixels(ren, NULL, SDL_PIXELFORMAT_ARGB8888, px[k], 64 * 4),
                         0);
        SDL_SetRenderTarget(ren, NULL);
    }
    int dark = 0, differ = 0;
    for (int i = 0; i < 64 * 64; i++) {
        dark += (px[0][i] & 0xFF) < 128;
        differ += px[0][i] != px[1][i];
    }
    assert_true(dark > 10); /* something was drawn */
    assert_true(differ > 10);
    SDL_DestroyTexture(tgt);
    /* A code point no face has still draws (as U+FFFD), never crashes. */
    assert_int_equal(ui_text_glyph_face(txt, UI_F_BODY, 0x10FFFD), -1);
}

/* Chinese and Japanese wrap between characters (they have no spaces), never
 * putting closing punctuation at a line's start; after a space, a CJK run
 * still fills the line rather than going whole to the next one. */
static void cjk_wraps_between_characters(void **state)
{
    (void)state;
    if (ui_text_face_count(txt) < 2) {
        print_message("SKIP cjk_wraps_between_characters: no fallback font found\n");
        skip();
    }
    const char *zh = "我们明天下午三点开会，好吗？我需要你的设计稿。请在中午以前发给我，谢谢。";
    for (int w = 60; w <= 400; w += 23) {
        const ui_layout *l = ui_text_layout(txt, UI_F_BODY, zh, w, 0);
        assert_true(l->w <= w);
        for (int i = 1; i < l->n_glyphs; i++)
            if (l->g[i].y != l->g[i - 1].y) { /* the first glyph of a line */
                uint32_t c = l->g[i].cp;
                assert_true(c != 0xFF0C && c != 0x3002 && c != 0xFF1F); /* ，。？ */
            }
    }
    /* "Noor said:" then Chinese: the first line is not cut at the space. */
    const ui_layout *m = ui_text_layout(
        txt, UI_F_BODY, "Noor: 我们明天下午三点开会，好吗？我需要你的设计稿。", 200, 0);
    int first_w = 0;
    for (int i = 0; i < m->n_glyphs && m->g[i].y == 0; i++)
        first_w = m->g[i].x;
    assert_true(first_w > 200 - 3 * 18);
}

/* Runs first: English text finds no fallback and opens none (start-up and
 * memory stay as they were); the first CJK glyph opens one. */
static void fallbacks_load_lazily(void **state)
{
    (void)state;
    const char *en = "Sorry, is this the queue for coffee? ●●○ ✓ “quotes” — 100% … é ü ß";
    for (int f = 0; f < UI_F_COUNT; f++) {
        const ui_layout *l = ui_text_layout(txt, (ui_font_id)f, en, 300, 0);
        ui_text_draw(txt, l, 0, 0, (SDL_Color){0, 0, 0, 255}, -1);
    }
    assert_int_equal(ui_text_fallbacks_open(txt), 0);
    if (ui_text_face_count(txt) < 2) {
        print_message("SKIP fallbacks_load_lazily: no fallback font found "
                      "(install fonts-wqy-microhei, see scripts/deps)\n");
        skip();
    }
    assert_int_equal(ui_text_fallbacks_open(txt), 0); /* counting opens nothing */
    ui_text_layout(txt, UI_F_BODY, "中", 0, 0);
    assert_int_equal(ui_text_fallbacks_open(txt), 1); /* one file, one font id */
}

static void layouts_and_glyphs_are_cached(void **state)
{
    (void)state;
    const char *s = "Cached text should be laid out once.";
    ui_text_frame(txt);
    const ui_layout *a = ui_text_layout(txt, UI_F_BODY, s, 300, 0);
    ui_text_draw(txt, a, 10, 10, (SDL_Color){0, 0, 0, 255}, -1);
    long g0, l0, g1, l1;
    ui_text_stats(txt, &g0, &l0);
    for (int f = 0; f < 50; f++) { /* fifty frames of the same screen */
        ui_text_frame(txt);
        const ui_layout *b = ui_text_layout(txt, UI_F_BODY, s, 300, 0);
        assert_ptr_equal(a, b);
        ui_text_draw(txt, b, 10, 10, (SDL_Color){0, 0, 0, 255}, -1);
    }
    ui_text_stats(txt, &g1, &l1);
    assert_int_equal(g0, g1); /* no glyph rasterised again */
    assert_int_equal(l0, l1); /* no layout rebuilt */
    /* A different width is a different layout. */
    const ui_layout *c = ui_text_layout(txt, UI_F_BODY, s, 120, 0);
    assert_ptr_not_equal(a, c);
    /* Many distinct texts over many frames stay bounded (eviction works). */
    char buf[64];
    for (int i = 0; i < 5000; i++) {
        if (i % 100 == 0) ui_text_frame(txt);
        snprintf(buf, sizeof buf, "line number %d", i);
        ui_text_layout(txt, UI_F_SMALL, buf, 0, 0);
    }
    /* Changing the size drops the caches (old pointers die) and lays out again. */
    int old_line_h = ui_text_layout(txt, UI_F_BODY, s, 0, 0)->line_h;
    assert_true(ui_text_set_size(txt, 24));
    const ui_layout *big = ui_text_layout(txt, UI_F_BODY, s, 0, 0);
    assert_true(big->line_h > old_line_h);
    assert_true(ui_text_set_size(txt, 18));
}

/* ---- shaping and right to left ---- */

/* Code points in s (UTF-8). */
static int ncp(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* The leftmost and rightmost x of glyphs [a, b) of l. */
static void span(const ui_layout *l, int a, int b, int *lo, int *hi)
{
    *lo = 1 << 30;
    *hi = -(1 << 30);
    for (int i = a; i < b && i < l->n_glyphs; i++) {
        if (l->g[i].x < *lo) *lo = l->g[i].x;
        if (l->g[i].x > *hi) *hi = l->g[i].x;
    }
}

/* Draws l alone, black on white, into a w x h target; px gets the pixels. */
static void draw_alone(const ui_layout *l, int n_glyphs, int w, int h, Uint32 *px)
{
    SDL_Texture *tgt =
        SDL_CreateTexture(ren, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, w, h);
    assert_non_null(tgt);
    SDL_SetRenderTarget(ren, tgt);
    SDL_SetRenderDrawColor(ren, 255, 255, 255, 255);
    SDL_RenderClear(ren);
    ui_text_draw(txt, l, 4, 4, (SDL_Color){0, 0, 0, 255}, n_glyphs);
    assert_int_equal(SDL_RenderReadPixels(ren, NULL, SDL_PIXELFORMAT_ARGB8888, px, w * 4), 0);
    SDL_SetRenderTarget(ren, NULL);
    SDL_DestroyTexture(tgt);
}

/* The columns (and rows) that have ink in px; false when none. */
static bool ink(const Uint32 *px, int w, int h, int *x0, int *x1, int *y0, int *y1)
{
    *x0 = w, *x1 = -1, *y0 = h, *y1 = -1;
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
            if ((px[y * w + x] & 0xFF) < 128) {
                if (x < *x0) *x0 = x;
                if (x > *x1) *x1 = x;
                if (y < *y0) *y0 = y;
                if (y > *y1) *y1 = y;
            }
    return *x1 >= 0;
}

/* Words of a right-to-left paragraph go right to left; a left-to-right name or
 * number inside keeps its own order; an English paragraph keeps Hebrew words
 * in their reading order, right to left among themselves. */
static void rtl_runs_in_visual_order(void **state)
{
    (void)state;
    int lo1, hi1, lo2, hi2, lo3, hi3, lo4, hi4;
    /* Hebrew only: the first word is on the right. */
    const ui_layout *he = ui_text_layout(txt, UI_F_BODY, "שלום עולם", 0, 0);
    span(he, 0, 4, &lo1, &hi1);
    span(he, 5, 9, &lo2, &hi2);
    assert_true(lo1 > hi2);
    /* English around Hebrew: Hello, then the Hebrew pair right to left, then world. */
    const ui_layout *en = ui_text_layout(txt, UI_F_BODY, "Hello שלום עולם world", 0, 0);
    span(en, 0, 5, &lo1, &hi1);
    span(en, 6, 10, &lo2, &hi2);
    span(en, 11, 15, &lo3, &hi3);
    span(en, 16, 21, &lo4, &hi4);
    assert_true(hi1 < lo3 && hi3 < lo2 && hi2 < lo4);
    assert_int_equal(lo1, 0); /* an English paragraph starts at the left */
    /* Hebrew around English: the Hebrew word first on the right, "Hello world"
     * left to right in the middle, the last Hebrew word on the left. */
    const ui_layout *mix = ui_text_layout(txt, UI_F_BODY, "שלום Hello world עולם", 0, 0);
    span(mix, 0, 4, &lo1, &hi1);
    span(mix, 5, 10, &lo2, &hi2);
    span(mix, 11, 16, &lo3, &hi3);
    span(mix, 17, 21, &lo4, &hi4);
    assert_true(hi4 < lo2 && hi2 < lo3 && hi3 < lo1);
    /* A number in Arabic: its digits left to right, between the words. */
    const char *num = "المبلغ 1234 دولار";
    const ui_layout *ar = ui_text_layout(txt, UI_F_BODY, num, 0, 0);
    assert_int_equal(ar->n_glyphs, ncp(num));
    for (int i = 7; i < 10; i++)
        assert_true(ar->g[i].x < ar->g[i + 1].x);
    span(ar, 0, 6, &lo1, &hi1);
    span(ar, 7, 11, &lo2, &hi2);
    span(ar, 12, 17, &lo3, &hi3);
    assert_true(hi3 < lo2 && hi2 < lo1);
    /* Brackets in a right-to-left paragraph close where the text reads them. */
    const ui_layout *br = ui_text_layout(txt, UI_F_BODY, "قال (مرحبا) لنا", 0, 0);
    span(br, 0, 3, &lo1, &hi1);
    span(br, 4, 11, &lo2, &hi2);
    span(br, 12, 15, &lo3, &hi3);
    assert_true(hi3 < lo2 && hi2 < lo1);
}

/* A right-to-left paragraph ends at the right edge of its width; each of
 * its wrapped lines too; an English one starts at the left. */
static void rtl_paragraph_right_aligned(void **state)
{
    (void)state;
    const char *ar = "مرحبا، هل يمكننا تأجيل الاجتماع إلى الغد؟ نحتاج إلى وقت أطول قليلا.";
    int w0 = ui_text_layout(txt, UI_F_BODY, ar, 0, 0)->w;
    assert_true(w0 > 100);
    for (int extra = 40; extra <= 400; extra += 120) {
        const ui_layout *l = ui_text_layout(txt, UI_F_BODY, ar, w0 + extra, 0);
        assert_int_equal(l->n_lines, 1);
        assert_int_equal(l->w, w0 + extra);
        int lo, hi;
        span(l, 0, l->n_glyphs, &lo, &hi);
        assert_true(lo >= extra - 1); /* the gap is on the left */
        assert_true(hi < w0 + extra);
    }
    const ui_layout *en = ui_text_layout(txt, UI_F_BODY, "Hello there, everyone", 600, 0);
    int lo, hi;
    span(en, 0, en->n_glyphs, &lo, &hi);
    assert_int_equal(lo, 0);
    assert_true(en->w < 600);
    /* Wrapped: every line ends near the right edge, none goes past it. */
    for (int w = 90; w <= 400; w += 31) {
        const ui_layout *l = ui_text_layout(txt, UI_F_BODY, ar, w, 0);
        assert_true(l->n_lines >= 2);
        assert_true(l->w <= w);
        for (int line = 0; line < l->n_lines; line++) {
            int a = 0;
            while (a < l->n_glyphs && l->g[a].y != line * l->line_h)
                a++;
            int b = a;
            while (b < l->n_glyphs && l->g[b].y == line * l->line_h)
                b++;
            if (a == b) continue;
            span(l, a, b, &lo, &hi);
            assert_true(lo >= 0 && hi < w);
            assert_true(hi > w - 2 * l->line_h);
        }
    }
}

/* Arabic goes through HarfBuzz: the word is narrower than its letters' isolated
 * forms side by side, and its letters join (one unbroken stroke along the
 * baseline). */
static void arabic_is_shaped(void **state)
{
    (void)state;
    const char *word = "مرحبا بكم في الاجتماع";
    const ui_layout *l = ui_text_layout(txt, UI_F_BODY, word, 0, 0);
    TTF_Font *dv = TTF_OpenFont(RAPPORT_SOURCE_DIR "/assets/fonts/DejaVuSans.ttf", 18);
    assert_non_null(dv);
    TTF_SetFontHinting(dv, TTF_HINTING_LIGHT);
    int isolated = 0;
    for (int i = 0; i < l->n_glyphs; i++) {
        int adv = 0;
        assert_int_equal(TTF_GlyphMetrics32(dv, l->g[i].cp, NULL, NULL, NULL, NULL, &adv), 0);
        isolated += adv;
    }
    TTF_CloseFont(dv);
    if (abs(l->w - isolated) <= 4)
        fail_msg("shaped width %d, isolated letters %d: not shaped", l->w, isolated);
    /* بببب: initial, two medial and final forms join into one stroke. */
    enum { W = 160, H = 48 };
    static Uint32 px[W * H];
    draw_alone(ui_text_layout(txt, UI_F_TITLE, "بببب", 0, 0), -1, W, H, px);
    int x0, x1, y0, y1;
    assert_true(ink(px, W, H, &x0, &x1, &y0, &y1));
    int best = 0;
    for (int y = y0; y <= y1; y++) {
        int run = 0;
        for (int x = x0; x <= x1; x++) {
            run = (px[y * W + x] & 0xFF) < 128 ? run + 1 : 0;
            if (run > best) best = run;
        }
    }
    if (best < (x1 - x0 + 1) * 4 / 5)
        fail_msg("longest stroke %d px of %d: the letters do not join", best, x1 - x0 + 1);
}

/* The typewriter shows a right-to-left line from its right end; the caret
 * typed after Arabic is on its left; the ellipsis of a cut Arabic line too. */
static void rtl_typewriter_caret_ellipsis(void **state)
{
    (void)state;
    enum { W = 400, H = 40 };
    static Uint32 px[W * H];
    const char *ar = "مرحبا بكم في الاجتماع";
    const ui_layout *l = ui_text_layout(txt, UI_F_BODY, ar, 0, 0);
    int x0, x1, y0, y1, p0, p1;
    draw_alone(l, -1, W, H, px);
    assert_true(ink(px, W, H, &x0, &x1, &y0, &y1));
    draw_alone(l, 5, W, H, px); /* the first word only */
    assert_true(ink(px, W, H, &p0, &p1, &y0, &y1));
    assert_true(p1 >= x1 - 3);
    assert_true(p0 > x0 + (x1 - x0) / 2);
    /* Part of a run: the shown part grows from the right. */
    draw_alone(l, 2, W, H, px);
    assert_true(ink(px, W, H, &x0, &x1, &y0, &y1));
    assert_true(x1 >= p1 - 3 && x0 > p0);
    /* The caret ("name|") sits left of Arabic, right of English. */
    const ui_layout *c = ui_text_layout(txt, UI_F_BODY, "نور|", 0, 1);
    int lo, hi;
    span(c, 0, 3, &lo, &hi);
    assert_true(c->g[3].x < lo);
    c = ui_text_layout(txt, UI_F_BODY, "Noor|", 0, 1);
    span(c, 0, 4, &lo, &hi);
    assert_true(c->g[4].x > hi);
    /* Cut to one line: the ellipsis ends the line, on its left. */
    const char *longer = "مرحبا، هل يمكننا تأجيل الاجتماع إلى الغد؟ نحتاج إلى وقت أطول قليلا.";
    const ui_layout *e = ui_text_layout(txt, UI_F_BODY, longer, 200, 1);
    assert_int_equal(e->n_lines, 1);
    assert_true(e->clamped && e->w <= 200);
    assert_int_equal(e->g[e->n_glyphs - 1].cp, 0x2026);
    span(e, 0, e->n_glyphs - 1, &lo, &hi);
    assert_true(e->g[e->n_glyphs - 1].x < lo);
}

/* The typewriter reveals a shaped word by whole clusters (HarfBuzz's): a
 * letter appears with its marks and lam-alef as one ligature, never part of
 * one; the code points of a cluster share its place. Chinese, drawn glyph by
 * glyph, shows one whole character more at each step. */
static void typewriter_by_clusters(void **state)
{
    (void)state;
    enum { W = 240, H = 48 };
    static Uint32 none[W * H], px[W * H], more[W * H];
    /* ب with a fatha, twice: four code points, two clusters. */
    const ui_layout *l = ui_text_layout(txt, UI_F_TITLE, "\u0628\u064E\u0628\u064E", 0, 0);
    assert_int_equal(l->n_glyphs, 4);
    assert_int_equal(l->g[0].x, l->g[1].x); /* the mark sits on its letter */
    assert_int_equal(l->g[2].x, l->g[3].x);
    assert_true(l->g[2].x < l->g[0].x); /* right to left */
    draw_alone(l, 0, W, H, none);
    draw_alone(l, 1, W, H, px); /* the letter without its mark: not yet */
    assert_memory_equal(px, none, sizeof px);
    draw_alone(l, 2, W, H, px); /* the first cluster, whole */
    assert_memory_not_equal(px, none, sizeof px);
    draw_alone(l, 3, W, H, more);
    assert_memory_equal(px, more, sizeof px);
    int x0, x1, y0, y1, a0, a1;
    assert_true(ink(px, W, H, &x0, &x1, &y0, &y1));
    draw_alone(l, -1, W, H, more);
    assert_true(ink(more, W, H, &a0, &a1, &y0, &y1));
    assert_true(x1 >= a1 - 1 && x0 > a0); /* from the right end, a part of it */
    /* سلام: lam and alef make one ligature, shown at once. */
    l = ui_text_layout(txt, UI_F_TITLE, "سلام", 0, 0);
    assert_int_equal(l->n_glyphs, 4);
    assert_int_equal(l->g[1].x, l->g[2].x);
    draw_alone(l, 1, W, H, px);
    draw_alone(l, 2, W, H, more); /* lam without its alef: not yet */
    assert_memory_equal(px, more, sizeof px);
    draw_alone(l, 3, W, H, more);
    assert_memory_not_equal(px, more, sizeof px);
    /* Joined letters: each step shows one more whole letter, the cut at
     * the letter's own edge (its place in the layout), growing leftwards. */
    const char *word = "مرحبا";
    l = ui_text_layout(txt, UI_F_TITLE, word, 0, 0);
    int last = W;
    for (int k = 1; k <= 5; k++) {
        draw_alone(l, k, W, H, px);
        assert_true(ink(px, W, H, &x0, &x1, &y0, &y1));
        assert_true(x0 < last);
        if (x0 < 4 + l->g[k - 1].x - 1)
            fail_msg("%d letters shown: ink from %d, the letter starts at %d", k, x0,
                     4 + l->g[k - 1].x);
        last = x0;
    }
    /* Chinese: character k shows at step k, not before. */
    if (ui_text_face_count(txt) < 2) return;
    l = ui_text_layout(txt, UI_F_TITLE, "我们明天", 0, 0);
    for (int k = 1; k <= 3; k++) {
        draw_alone(l, k, W, H, px);
        assert_true(ink(px, W, H, &x0, &x1, &y0, &y1));
        assert_true(x1 > 4 + l->g[k - 1].x && x1 < 4 + l->g[k].x);
    }
}

/* A bracket drawn after Arabic keeps its own shape: SDL_ttf draws a lone
 * glyph through its shaper, which must not be left right to left. */
static void brackets_not_mirrored_after_arabic(void **state)
{
    (void)state;
    ui_text_draw(txt, ui_text_layout(txt, UI_F_TITLE, "«مرحبا» (نعم)", 0, 0), 0, 0,
                 (SDL_Color){0, 0, 0, 255}, -1);
    enum { W = 48, H = 48 };
    static Uint32 px[W * H];
    draw_alone(ui_text_layout(txt, UI_F_TITLE, "«", 0, 0), -1, W, H, px);
    int x0, x1, y0, y1;
    assert_true(ink(px, W, H, &x0, &x1, &y0, &y1));
    /* « points left: its middle row starts further left than its top row
     * (» would be the other way round). */
    int left[2] = {W, W}, rows[2] = {y0, (y0 + y1) / 2};
    for (int k = 0; k < 2; k++)
        for (int x = W - 1; x >= 0; x--)
            if ((px[rows[k] * W + x] & 0xFF) < 128) left[k] = x;
    if (left[1] >= left[0])
        fail_msg("« drawn mirrored: middle row starts at %d, top row at %d", left[1], left[0]);
}

/* Every width and font id: no line wider than the width (a letter alone
 * excepted), every glyph inside the extent, Arabic words longer than the line
 * cut between letters, the same layout again from the cache without a new
 * rasterisation. */
static void rtl_wraps_within_width(void **state)
{
    (void)state;
    static const char *texts[] = {
        "مرحبا، هل يمكننا تأجيل الاجتماع إلى الغد؟",
        "שָׁלוֹם, אפשר לדחות את הפגישה למחר? תודה רבה!",
        "Noor said «نعم، بالتأكيد» and Dana said «בטח» at 10:30.",
        "الاجتماعاتالاجتماعاتالاجتماعاتالاجتماعات",
        "‏(1) ‮abc‬ ‭שלום‬ ⁧عربي⁩ done",
        "ב\nعربي\n\nEnglish 123 شكرا",
    };
    for (size_t s = 0; s < sizeof texts / sizeof texts[0]; s++)
        for (int f = 0; f < UI_F_COUNT; f++)
            for (int w = 30; w <= 500; w += 47) {
                const ui_layout *l = ui_text_layout(txt, (ui_font_id)f, texts[s], w, 0);
                if (l->w > w && l->w > 3 * l->line_h)
                    fail_msg("text %d font %d: %d px in %d", (int)s, f, l->w, w);
                for (int i = 0; i < l->n_glyphs; i++)
                    assert_true(l->g[i].x >= 0 && l->g[i].x <= l->w && l->g[i].y <= l->h);
            }
    const ui_layout *cut = ui_text_layout(txt, UI_F_BODY, texts[3], 60, 0);
    assert_true(cut->n_lines > 2);
    assert_true(cut->w <= 60);
    /* Cached, runs included. */
    const ui_layout *a = ui_text_layout(txt, UI_F_LINE, texts[0], 300, 0);
    ui_text_draw(txt, a, 0, 0, (SDL_Color){0, 0, 0, 255}, -1);
    long g0, l0, g1, l1;
    ui_text_stats(txt, &g0, &l0);
    for (int k = 0; k < 3; k++) {
        ui_text_frame(txt);
        const ui_layout *b = ui_text_layout(txt, UI_F_LINE, texts[0], 300, 0);
        assert_ptr_equal(a, b);
        ui_text_draw(txt, b, 0, 0, (SDL_Color){0, 0, 0, 255}, -1);
    }
    ui_text_stats(txt, &g1, &l1);
    assert_int_equal(g0, g1);
    assert_int_equal(l0, l1);
}

/* Random texts from pieces of every script, bidi controls, marks, digits and
 * newlines, at random widths, line limits and typewriter cuts: the rules of
 * tests/fuzz/fuzz_layout.c hold for each (a fixed seed: the same 400 texts
 * every run). */
static void random_mixed_texts(void **state)
{
    (void)state;
    static const char *pieces[] = {"مرحبا",
                                   "بالتأكيد",
                                   "، ",
                                   "؟",
                                   "لا",
                                   "ـ",
                                   "\xD9\x8E",
                                   "\xD9\x91",
                                   "١٢٣",
                                   "שלום",
                                   "ש\xD6\xB8",
                                   "תודה",
                                   "\xD7\xB3",
                                   "Hello",
                                   "world",
                                   "(",
                                   ")",
                                   "«",
                                   "»",
                                   "[",
                                   "]",
                                   " ",
                                   " ",
                                   "  ",
                                   "\n",
                                   "12",
                                   "3.5",
                                   "-",
                                   "%",
                                   "$",
                                   "我们",
                                   "，",
                                   "。",
                                   "ありがとう",
                                   "감사합니다",
                                   "\xE2\x80\x8E",
                                   "\xE2\x80\x8F",
                                   "\xE2\x80\xAB",
                                   "\xE2\x80\xAE",
                                   "\xE2\x80\xAC",
                                   "\xE2\x81\xA7",
                                   "\xE2\x81\xA9",
                                   "\xE2\x80\x8C",
                                   "\xE2\x80\x8D",
                                   "e\xCC\x81",
                                   "😀",
                                   "\xFF",
                                   "…",
                                   "\t"};
    size_t np = sizeof pieces / sizeof pieces[0];
    uint32_t seed = 0x2545F491u;
    char buf[600];
    for (int k = 0; k < 400; k++) {
        size_t len = 0;
        seed ^= seed << 13, seed ^= seed >> 17, seed ^= seed << 5;
        int parts = 1 + (int)(seed % 40);
        for (int p = 0; p < parts; p++) {
            seed ^= seed << 13, seed ^= seed >> 17, seed ^= seed << 5;
            const char *piece = pieces[seed % np];
            size_t pl = strlen(piece);
            if (len + pl >= sizeof buf) break;
            memcpy(buf + len, piece, pl);
            len += pl;
        }
        buf[len] = 0;
        seed ^= seed << 13, seed ^= seed >> 17, seed ^= seed << 5;
        ui_font_id f = (ui_font_id)(seed % UI_F_COUNT);
        int wrap = (seed >> 3) % 4 == 0 ? 0 : 8 + (int)((seed >> 5) % 600);
        int max_lines = (int)((seed >> 15) % 4);
        ui_text_frame(txt);
        const ui_layout *l = ui_text_layout(txt, f, buf, wrap, max_lines);
        if (max_lines) assert_true(l->n_lines <= max_lines);
        if (wrap && l->w > wrap && l->w > 3 * l->line_h)
            fail_msg("random text %d: %d px in %d", k, l->w, wrap);
        for (int i = 0; i < l->n_glyphs; i++)
            if (l->g[i].x < 0 || l->g[i].x > l->w || l->g[i].y < 0 || l->g[i].y > l->h)
                fail_msg("random text %d: glyph %d at %d,%d outside %dx%d", k, i, l->g[i].x,
                         l->g[i].y, l->w, l->h);
        ui_text_draw(txt, l, 0, 0, (SDL_Color){0, 0, 0, 255}, (int)((seed >> 20) % 64) - 1);
        long b0, b1;
        ui_text_stats(txt, NULL, &b0);
        assert_ptr_equal(ui_text_layout(txt, f, buf, wrap, max_lines), l);
        ui_text_stats(txt, NULL, &b1);
        assert_int_equal(b0, b1);
    }
}

/* The columns where two w x h pictures differ: a label's ink, with the
 * button drawn the same under both. False when they do not differ. */
static bool differ_cols(const Uint32 *a, const Uint32 *b, int w, int h, int *x0, int *x1)
{
    *x0 = w, *x1 = -1;
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
            if (a[y * w + x] != b[y * w + x]) {
                if (x < *x0) *x0 = x;
                if (x > *x1) *x1 = x;
            }
    return *x1 >= 0;
}

/* A button's label is centred whatever its direction: a right-to-left label,
 * laid out against the right of its wrap width, once sat at the button's
 * right end. The ink's gaps on the left and the right match within a few
 * pixels (a glyph's side bearings), and so does the text box recorded. */
static void button_labels_centred(void **state)
{
    (void)state;
    enum { W = 360, H = 40 };
    static Uint32 bare[W * H], px[W * H];
    static const char *labels[] = {"Continue", "متابعة", "המשך הלאה", "继续", "Noor: نعم"};
    ui_ctx cx = {.win = win, .ren = ren, .w = W, .h = H, .dpi = 1, .text = txt};
    cx.mouse_x = cx.mouse_y = -1;
    ui_theme_get(UI_THEME_LIGHT, &cx.th);
    SDL_Texture *tgt =
        SDL_CreateTexture(ren, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, W, H);
    assert_non_null(tgt);
    SDL_Rect r = {0, 0, W, H};
    for (size_t k = 0; k <= sizeof labels / sizeof labels[0]; k++) {
        const char *label = k == 0 ? "" : labels[k - 1];
        SDL_SetRenderTarget(ren, tgt);
        SDL_SetRenderDrawColor(ren, 255, 255, 255, 255);
        SDL_RenderClear(ren);
        ui_frame_clear(&cx.frame);
        ui_button(&cx, r, label, 1, 0, false);
        assert_int_equal(
            SDL_RenderReadPixels(ren, NULL, SDL_PIXELFORMAT_ARGB8888, k ? px : bare, W * 4), 0);
        SDL_SetRenderTarget(ren, NULL);
        if (k == 0) continue;
        int x0, x1;
        assert_true(differ_cols(bare, px, W, H, &x0, &x1));
        int left = x0, right = W - 1 - x1;
        if (abs(left - right) > 6)
            fail_msg("\"%s\": ink from %d to %d in a %d px button (gaps %d and %d)", label, x0, x1,
                     W, left, right);
        /* The text box: first box of the frame, centred too. */
        assert_true(cx.frame.n == 2 && cx.frame.v[0].kind == UI_BOX_TEXT);
        SDL_Rect tb = cx.frame.v[0].r;
        if (abs(tb.x - (W - tb.x - tb.w)) > 2)
            fail_msg("\"%s\": text box at %d, %d wide, in %d", label, tb.x, tb.w, W);
    }
    ui_frame_free(&cx.frame);
    SDL_DestroyTexture(tgt);
}

/* The columns of px (w x h, black on white) that are dark over at least
 * `tall` rows: the caret, where no letter of the text is that tall. */
static int tall_column(const Uint32 *px, int w, int h, int tall, int from)
{
    for (int x = from; x < w; x++) {
        int run = 0, best = 0;
        for (int y = 0; y < h; y++) {
            run = (px[y * w + x] & 0xFF) < 128 ? run + 1 : 0;
            if (run > best) best = run;
        }
        if (best >= tall) return x;
    }
    return -1;
}

/* The top row of the first run of `tall` dark pixels in column x, or -1. */
static int tall_top(const Uint32 *px, int w, int h, int tall, int x)
{
    for (int y = 0, run = 0; y < h; y++) {
        run = (px[y * w + x] & 0xFF) < 128 ? run + 1 : 0;
        if (run >= tall) return y - tall + 1;
    }
    return -1;
}

/* A context drawing black on a w x h target, which it returns (caller
 * destroys it, and frees cx->frame). */
static SDL_Texture *field_target(ui_ctx *cx, int w, int h)
{
    *cx = (ui_ctx){.win = win, .ren = ren, .w = w, .h = h, .dpi = 1, .text = txt};
    cx->mouse_x = cx->mouse_y = -1;
    ui_theme_get(UI_THEME_LIGHT, &cx->th);
    cx->th.text = (SDL_Color){0, 0, 0, 255};
    SDL_Texture *tgt =
        SDL_CreateTexture(ren, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, w, h);
    assert_non_null(tgt);
    return tgt;
}

/* Draws a field (black on white) into tgt and reads it back into px. */
static void field_pixels(ui_ctx *cx, SDL_Texture *tgt, Uint32 *px, const char *text, size_t caret,
                         const char *ime, SDL_Rect r, int lines)
{
    SDL_SetRenderTarget(ren, tgt);
    SDL_SetRenderDrawColor(ren, 255, 255, 255, 255);
    SDL_RenderClear(ren);
    ui_frame_clear(&cx->frame);
    ui_field fd = {.caret = caret, .anchor = caret};
    ui_field_draw(cx, UI_F_BODY, text, &fd, ime, r, lines);
    assert_int_equal(SDL_RenderReadPixels(ren, NULL, SDL_PIXELFORMAT_ARGB8888, px, cx->w * 4), 0);
    SDL_SetRenderTarget(ren, NULL);
}

/* A field draws its caret where the caret is: after English at the end,
 * before it at Home, on the left of Arabic at the end with the text against
 * the field's right; a composition shows at the caret, underlined. */
static void field_caret_drawn(void **state)
{
    (void)state;
    enum { W = 300, H = 40 };
    static Uint32 px[W * H];
    ui_ctx cx;
    SDL_Texture *tgt = field_target(&cx, W, H);
    SDL_Rect r = {10, 0, W - 20, H};
    int lh = ui_text_line_h(txt, UI_F_BODY), tall = lh * 4 / 5;
    static const struct {
        const char *text, *ime;
        size_t caret;
        int lo, hi; /* where the caret's column must be */
    } cases[] = {
        {"ace", NULL, 3, 10 + 20, 10 + 40},         /* after three small letters */
        {"ace", NULL, 0, 10, 10 + 3},               /* Home: at the field's left */
        {"نور", NULL, 6, W - 10 - 60, W - 10 - 15}, /* Arabic, at its end: left of it */
        {"نور", NULL, 0, W - 10 - 3, W - 10},       /* its start: the right end */
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        field_pixels(&cx, tgt, px, cases[k].text, cases[k].caret, cases[k].ime, r, 1);
        int col = tall_column(px, W, H, tall, 0);
        if (col < cases[k].lo || col > cases[k].hi)
            fail_msg("case %d: caret at column %d, want %d..%d", (int)k, col, cases[k].lo,
                     cases[k].hi);
        assert_int_equal(tall_column(px, W, H, tall, col + 3), -1); /* one caret */
    }
    /* A composition at the caret of "ab" (between a and b): drawn, underlined,
     * the caret after it. */
    SDL_SetRenderTarget(ren, tgt);
    SDL_SetRenderDrawColor(ren, 255, 255, 255, 255);
    SDL_RenderClear(ren);
    ui_field ab = {.caret = 1, .anchor = 1};
    int h = ui_field_draw(&cx, UI_F_BODY, "ab", &ab, "ccc", r, 1);
    assert_true(h >= lh);
    assert_int_equal(SDL_RenderReadPixels(ren, NULL, SDL_PIXELFORMAT_ARGB8888, px, W * 4), 0);
    SDL_SetRenderTarget(ren, NULL);
    const ui_layout *a = ui_text_layout(txt, UI_F_BODY, "a", 0, 0);
    const ui_layout *acc = ui_text_layout(txt, UI_F_BODY, "accc", 0, 0);
    int col = tall_column(px, W, H, tall, 0);
    assert_true(col >= 10 + acc->w - 2 && col <= 10 + acc->w + 2);
    int under = 0; /* a dark row under the composition, from after a to the caret */
    for (int y = 0; y < H; y++) {
        int run = 0;
        for (int x = 10 + a->w + 1; x < 10 + acc->w - 1; x++)
            run += (px[y * W + x] & 0xFF) < 128;
        if (run >= acc->w - a->w - 3) under++;
    }
    assert_true(under >= 1);
    ui_frame_free(&cx.frame);
    SDL_DestroyTexture(tgt);
}

/* A wrapped field (say it first: four lines) has no glyph for the space a
 * line breaks at, so glyph i is code point i only on the first line. The
 * caret stands before the letter it is before on any line, at the end of
 * its line on a break space, and a composition on a later line is
 * underlined where it shows (before, the caret went one letter further
 * right per break before it, and the underline fell past the glyphs). */
static void field_caret_wrapped(void **state)
{
    (void)state;
    enum { W = 300, H = 120 };
    static Uint32 px[W * H];
    ui_ctx cx;
    SDL_Texture *tgt = field_target(&cx, W, H);
    int lh = ui_text_line_h(txt, UI_F_BODY), tall = lh * 4 / 5;
    /* Wide enough for "aaaa c", not for "aaaa cccc": a word a line. */
    int wrap = ui_text_layout(txt, UI_F_BODY, "aaaa c", 0, 0)->w;
    SDL_Rect r = {10, 0, wrap, H};
    const char *text = "aaaa cccc eeee";
    const ui_layout *l = ui_text_layout(txt, UI_F_BODY, text, wrap, 4);
    assert_int_equal(l->n_lines, 3);
    assert_int_equal(l->n_glyphs, 12);
    static const struct {
        size_t caret;
        int line;
        const char *before; /* what its line shows before it */
    } cases[] = {
        {5, 1, ""},      /* before the first c */
        {7, 1, "cc"},    /* between the c's */
        {10, 2, ""},     /* before the first e, two breaks on */
        {4, 0, "aaaa"},  /* on the space the first line breaks at: its end */
        {9, 1, "cccc"},  /* the second's */
        {14, 2, "eeee"}, /* the end of the text */
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        field_pixels(&cx, tgt, px, text, cases[k].caret, NULL, r, 4);
        int x = ui_text_layout(txt, UI_F_BODY, cases[k].before, 0, 0)->w;
        int col = tall_column(px, W, H, tall, 0);
        int top = col >= 0 ? tall_top(px, W, H, tall, col) : -1;
        if (col < 10 + x - 2 || col > 10 + x + 3 || top / lh != cases[k].line)
            fail_msg("caret %d: column %d, row %d; want %d, line %d (row %d..)",
                     (int)cases[k].caret, col, top, 10 + x, cases[k].line, cases[k].line * lh);
        assert_int_equal(tall_column(px, W, H, tall, col + 3), -1); /* one caret */
    }
    /* A composition on the third line: "oo" typed after "aaaa cccc ". */
    field_pixels(&cx, tgt, px, "aaaa cccc ", 10, "oo", r, 4);
    int oo = ui_text_layout(txt, UI_F_BODY, "oo", 0, 0)->w, under = 0;
    for (int y = 2 * lh; y < 3 * lh && y < H; y++) {
        int run = 0;
        for (int x = 10 + 1; x < 10 + oo - 1; x++)
            run += (px[y * W + x] & 0xFF) < 128;
        if (run >= oo - 3) under++;
    }
    assert_true(under >= 1);
    ui_frame_free(&cx.frame);
    SDL_DestroyTexture(tgt);
}

/* Backspace takes the one code point before the caret, found by bytes: a
 * control the layout drops has no glyph index (before, "\x01\x01X" with the
 * caret at 2 became "\x01\x01XX", index 0 - 1 naming the end; a longer text
 * was written past its buffer). Typing leaves controls out. */
static void field_backspace_over_controls(void **state)
{
    (void)state;
    char buf[16] = "\x01\x01X";
    ui_field fd = {.caret = 2, .anchor = 2};
    assert_true(ui_field_key(txt, buf, sizeof buf, &fd, SDLK_BACKSPACE, 0));
    assert_string_equal(buf, "\x01X");
    assert_int_equal(fd.caret, 1);
    assert_true(ui_field_key(txt, buf, sizeof buf, &fd, SDLK_BACKSPACE, 0));
    assert_string_equal(buf, "X");
    assert_int_equal(fd.caret, 0);
    strcpy(buf, "a\xC3\xA9"); /* a, e acute (two bytes): one code point goes */
    fd.caret = fd.anchor = 3;
    assert_true(ui_field_key(txt, buf, sizeof buf, &fd, SDLK_BACKSPACE, 0));
    assert_string_equal(buf, "a");
    assert_int_equal(fd.caret, 1);
    assert_true(ui_field_insert(buf, sizeof buf, &fd, "b\r\n\tc\x7F"));
    assert_string_equal(buf, "abc");
    assert_int_equal(fd.caret, 3);
    /* What fits is counted without the controls. */
    assert_true(ui_field_insert(buf, 6, &fd, "\n\nde"));
    assert_string_equal(buf, "abcde");
    assert_false(ui_field_insert(buf, 6, &fd, "f"));
    ui_field_free(&fd); /* its undo history */
}

/* A layout says where its letters are: all of w for English, the right part
 * of a wrapped right-to-left line. */
static void layout_text_extent(void **state)
{
    (void)state;
    const ui_layout *en = ui_text_layout(txt, UI_F_BODY, "Hello there", 400, 0);
    assert_int_equal(en->text_x, 0);
    assert_int_equal(en->text_w, en->w);
    const ui_layout *ar0 = ui_text_layout(txt, UI_F_BODY, "مرحبا بكم", 0, 0);
    assert_int_equal(ar0->text_x, 0);
    assert_int_equal(ar0->text_w, ar0->w);
    const ui_layout *ar = ui_text_layout(txt, UI_F_BODY, "مرحبا بكم", 400, 0);
    assert_int_equal(ar->w, 400);
    assert_int_equal(ar->text_w, ar0->w);
    assert_int_equal(ar->text_x, 400 - ar0->w);
    int lo, hi;
    span(ar, 0, ar->n_glyphs, &lo, &hi);
    assert_true(lo >= ar->text_x && hi < ar->text_x + ar->text_w);
}

static void frame_boxes_clip_and_hit(void **state)
{
    (void)state;
    ui_frame f = {0};
    SDL_Rect a = {10, 10, 100, 20}, b = {50, 15, 30, 30};
    ui_frame_add(&f, a, UI_BOX_HIT, 1, 7);
    ui_frame_add(&f, b, UI_BOX_HIT, 2, 8);
    const ui_box *h = ui_frame_hit(&f, 60, 20);
    assert_non_null(h);
    assert_int_equal(h->action, 2); /* the later (top) box wins */
    assert_int_equal(ui_frame_hit(&f, 15, 15)->arg, 7);
    assert_null(ui_frame_hit(&f, 500, 500));
    f.clip[0] = (SDL_Rect){0, 0, 40, 40};
    f.n_clip = 1;
    ui_frame_add(&f, (SDL_Rect){30, 30, 50, 50}, UI_BOX_TEXT, 0, 0);
    assert_int_equal(f.v[f.n - 1].r.w, 10);
    int before = f.n;
    ui_frame_add(&f, (SDL_Rect){100, 100, 5, 5}, UI_BOX_TEXT, 0, 0); /* outside: dropped */
    assert_int_equal(f.n, before);
    ui_frame_free(&f);
}

static void themes_by_name(void **state)
{
    (void)state;
    ui_theme t;
    for (int i = 0; i < UI_THEME_COUNT; i++) {
        assert_int_equal(ui_theme_from_name(ui_theme_name((ui_theme_id)i)), i);
        ui_theme_get((ui_theme_id)i, &t);
        assert_true(t.text.r != t.bg.r || t.text.g != t.bg.g);
        /* The progress chart tells skills apart by colour: three different
         * ones, each away from the background, in every theme. */
        for (int a = 0; a < 3; a++) {
            SDL_Color x = t.series[a];
            assert_true(abs(x.r - t.bg.r) + abs(x.g - t.bg.g) + abs(x.b - t.bg.b) > 150);
            for (int b = a + 1; b < 3; b++) {
                SDL_Color y = t.series[b];
                assert_true(abs(x.r - y.r) + abs(x.g - y.g) + abs(x.b - y.b) > 150);
            }
        }
    }
    assert_int_equal(ui_theme_from_name("nonsense"), UI_THEME_LIGHT);
    ui_theme_get(UI_THEME_CONTRAST, &t);
    assert_int_equal(t.bg.r, 0);
    assert_int_equal(t.text.r, 255);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fallbacks_load_lazily), /* first: nothing loaded before it */
        cmocka_unit_test(utf8_decoding),
        cmocka_unit_test(wraps_within_width),
        cmocka_unit_test(max_lines_ends_with_ellipsis),
        cmocka_unit_test(absurd_text_is_clamped),
        cmocka_unit_test(empty_and_invalid_texts),
        cmocka_unit_test(other_scripts_draw_as_text),
        cmocka_unit_test(cjk_wraps_between_characters),
        cmocka_unit_test(rtl_runs_in_visual_order),
        cmocka_unit_test(rtl_paragraph_right_aligned),
        cmocka_unit_test(arabic_is_shaped),
        cmocka_unit_test(rtl_typewriter_caret_ellipsis),
        cmocka_unit_test(typewriter_by_clusters),
        cmocka_unit_test(brackets_not_mirrored_after_arabic),
        cmocka_unit_test(rtl_wraps_within_width),
        cmocka_unit_test(random_mixed_texts),
        cmocka_unit_test(layouts_and_glyphs_are_cached),
        cmocka_unit_test(button_labels_centred),
        cmocka_unit_test(layout_text_extent),
        cmocka_unit_test(field_caret_drawn),
        cmocka_unit_test(field_backspace_over_controls),
        cmocka_unit_test(field_caret_wrapped),
        cmocka_unit_test(frame_boxes_clip_and_hit),
        cmocka_unit_test(themes_by_name),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
