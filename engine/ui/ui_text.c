/* ui_text.c: fonts, a glyph cache and a layout cache.
 *
 * Why lay out ourselves from cached glyphs rather than TTF_RenderUTF8_Wrapped:
 * SDL_ttf's wrapped rendering costs grow with the square of the line count and
 * a long line becomes a surface as wide as the text (../shared/recipes.md).
 * Here each code point is rasterised once per font into a small white texture
 * (tinted per draw with SDL_SetTextureColorMod), and each (font, width, text)
 * is wrapped once and kept until it has gone unused for a few frames. Drawing a
 * frame is then only texture copies; the typewriter effect draws a prefix.
 *
 * Code points the bundled DejaVu lacks (Chinese, Japanese, Korean) come from
 * the first font of a fallback chain that has them, at the same pixel size and
 * style: RAPPORT_FALLBACK_FONTS (a colon-separated list of files), then the
 * Debian paths in fallback_known. The chain is looked for, and each of its
 * fonts opened, only when a glyph is first missing, so text DejaVu covers
 * (English) costs nothing more.
 *
 * Scripts whose letters change with their neighbours (Arabic joins, marks sit
 * on letters) and right-to-left words are shaped by HarfBuzz through SDL_ttf:
 * each word of one font, script and direction becomes one run, measured with
 * TTF_SizeUTF8 and drawn as one texture (made on first draw, kept with the
 * layout), after TTF_SetFontDirection and TTF_SetFontScriptName. Latin, CJK
 * and the like stay glyph by glyph. Lines are broken on the logical text, then
 * each line is put in visual order by the Unicode bidirectional algorithm
 * (ui_bidi.c, GNU FriBidi); a right-to-left paragraph is right-aligned.
 * Glyph positions (ui_layout.g) stay in logical order, so the typewriter
 * reveals a text in reading order whatever its direction. Inside a run, each
 * code point is placed at the left edge of the HarfBuzz cluster that draws it
 * (ui_shape.c), and the typewriter shows a run by whole clusters.
 *
 * Depends on: SDL2, SDL2_ttf (built with HarfBuzz), ui_bidi.c (FriBidi),
 * ui_shape.c (HarfBuzz's clusters).
 * Configured by: the body pixel size, RAPPORT_FALLBACK_FONTS. */
#include "ui_gfx.h"
#include "ui_bidi.h"
#include "ui_shape.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define GLYPH_CAP 4096 /* open-addressing table size (power of two) */
#define LAYOUT_MAX 768 /* cached layouts before unused ones are evicted */
#define LAYOUT_KEEP 3  /* frames a layout survives without being used */
#define FALLBACK_MAX 6 /* fallback font files kept in the chain */
#define RUN_MAX 48     /* a longer shaped word is shaped in pieces of this... */
#define RUN_HARD 96    /* ...but not cut before a combining mark, up to this */

/* Where the fallback fonts are on Debian, in the order they are tried:
 * fonts-wqy-microhei (scripts/deps) covers Han, kana and Hangul; the others
 * are used when installed. DejaVu itself has the Hebrew and Arabic letters. */
static const char *const fallback_known[] = {
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
};

typedef struct glyph {
    uint32_t key;     /* font << 24 | code point; 0 = empty slot */
    SDL_Texture *tex; /* NULL for blank glyphs (spaces) */
    int w, h, dx;     /* texture size; dx: texture left edge relative to the pen */
    int dy;           /* texture top relative to the line top (baselines agree) */
    int advance;
    int face;   /* who drew it: 0 the bundled face, k a fallback, -1 nobody (U+FFFD) */
    bool drawn; /* rasterised (tex set if it has pixels): done on first draw */
} glyph;

/* A shaped run of a layout: code points l.g[g0..g1) (logical order) drawn as
 * one texture of HarfBuzz's glyphs, with its left edge at x. */
typedef struct run {
    int g0, g1;
    int x, y, w;
    int face; /* 0 the bundled face, k fallback k - 1 */
    bool rtl;
    uint32_t script;  /* ISO 15924 tag */
    int *cut;         /* owned, [g1 - g0 + 1] or NULL: ui_shape_clusters' edges */
    SDL_Texture *tex; /* owned; made on first draw */
    int tw, th, dy;
    bool tried;
} run;

typedef struct layout_entry {
    uint64_t hash;
    ui_font_id font;
    int wrap_w, max_lines;
    char *src; /* the (clamped) source bytes, to tell collisions apart */
    size_t src_len;
    unsigned long used; /* frame number of last use */
    ui_layout l;
    run *runs; /* owned, ordered by g0; NULL when nothing is shaped */
    int n_runs;
} layout_entry;

struct ui_text {
    SDL_Renderer *ren;
    char regular_path[1024], bold_path[1024];
    int px;
    TTF_Font *font[UI_F_COUNT];
    /* The fallback chain: files found on first need (fb_found), each opened
     * per font id on first need; fb_bad remembers files that would not open. */
    bool fb_found;
    int n_fb;
    char *fb_path[FALLBACK_MAX];            /* owned */
    TTF_Font *fb[FALLBACK_MAX][UI_F_COUNT]; /* owned; NULL until needed */
    bool fb_bad[FALLBACK_MAX][UI_F_COUNT];
    int fb_open;
    ui_shaper *shaper; /* owned; made on the first shaped run */
    glyph *glyphs;     /* [GLYPH_CAP] */
    int n_glyphs;
    layout_entry **lay; /* unordered array of owned entries */
    int n_lay, cap_lay;
    unsigned long frame;
    long stat_glyphs, stat_layouts;
};

/* ---- UTF-8 ---- */

int ui_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
    if (len == 0) {
        *cp = 0;
        return 1;
    }
    unsigned char c = s[0];
    int n;
    uint32_t v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        n = 2, v = c & 0x1Fu, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3, v = c & 0x0Fu, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4, v = c & 0x07u, min = 0x10000;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if ((size_t)n > len) {
        *cp = 0xFFFD;
        return 1;
    }
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (s[i] & 0x3Fu);
    }
    /* Overlong forms, surrogates and values past U+10FFFF are invalid. */
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) v = 0xFFFD;
    *cp = v;
    return n;
}

/* ---- fonts ---- */

static int font_px(int body, ui_font_id f)
{
    switch (f) {
    case UI_F_SMALL:
        return body * 4 / 5;
    case UI_F_LINE:
        return body * 9 / 8;
    case UI_F_TITLE:
        return body * 3 / 2;
    case UI_F_BODY:
    case UI_F_BOLD:
    case UI_F_ITALIC:
    case UI_F_COUNT:
    default:
        return body;
    }
}

static void close_fallbacks(ui_text *t)
{
    for (int k = 0; k < FALLBACK_MAX; k++)
        for (int i = 0; i < UI_F_COUNT; i++) {
            if (t->fb[k][i]) TTF_CloseFont(t->fb[k][i]);
            t->fb[k][i] = NULL;
            t->fb_bad[k][i] = false;
        }
    t->fb_open = 0;
}

static void close_fonts(ui_text *t)
{
    for (int i = 0; i < UI_F_COUNT; i++) {
        if (t->font[i]) TTF_CloseFont(t->font[i]);
        t->font[i] = NULL;
    }
    close_fallbacks(t);
}

static void add_fallback(ui_text *t, const char *path, size_t len)
{
    if (len == 0 || t->n_fb >= FALLBACK_MAX) return;
    char *p = malloc(len + 1);
    if (!p) return;
    memcpy(p, path, len);
    p[len] = 0;
    bool dup = false;
    for (int k = 0; k < t->n_fb; k++)
        dup = dup || strcmp(t->fb_path[k], p) == 0;
    if (dup || access(p, R_OK) != 0) {
        free(p);
        return;
    }
    t->fb_path[t->n_fb++] = p;
}

/* Looks for the chain's files once, on the first glyph the bundled face lacks. */
static void find_fallbacks(ui_text *t)
{
    if (t->fb_found) return;
    t->fb_found = true;
    const char *env = getenv("RAPPORT_FALLBACK_FONTS");
    while (env && *env) {
        const char *colon = strchr(env, ':');
        size_t len = colon ? (size_t)(colon - env) : strlen(env);
        add_fallback(t, env, len);
        env = colon ? colon + 1 : NULL;
    }
    for (size_t i = 0; i < sizeof fallback_known / sizeof fallback_known[0]; i++)
        add_fallback(t, fallback_known[i], strlen(fallback_known[i]));
}

static int font_style(ui_font_id f)
{
    if (f == UI_F_BOLD || f == UI_F_TITLE) return TTF_STYLE_BOLD;
    if (f == UI_F_ITALIC) return TTF_STYLE_ITALIC;
    return TTF_STYLE_NORMAL;
}

/* Fallback k (0-based) for font f, opened on first need at f's pixel size;
 * bold and italic are SDL_ttf's emboldened and slanted outlines, so a bold
 * name in Chinese is still bold. NULL when the file will not open. */
static TTF_Font *fallback_font(ui_text *t, int k, ui_font_id f)
{
    if (t->fb[k][f] || t->fb_bad[k][f]) return t->fb[k][f];
    int size = font_px(t->px, f);
    TTF_Font *font = TTF_OpenFont(t->fb_path[k], size < 6 ? 6 : size);
    if (!font) {
        t->fb_bad[k][f] = true;
        return NULL;
    }
    TTF_SetFontStyle(font, font_style(f));
    TTF_SetFontHinting(font, TTF_HINTING_LIGHT);
    t->fb[k][f] = font;
    t->fb_open++;
    return font;
}

/* Which face has cp for font f: 0 the bundled one, k + 1 fallback k, -1 none. */
static int resolve_face(ui_text *t, ui_font_id f, uint32_t cp)
{
    if (TTF_GlyphIsProvided32(t->font[f], cp)) return 0;
    find_fallbacks(t);
    for (int k = 0; k < t->n_fb; k++) {
        TTF_Font *font = fallback_font(t, k, f);
        if (font && TTF_GlyphIsProvided32(font, cp)) return k + 1;
    }
    return -1;
}

static bool open_fonts(ui_text *t, int px, char *err, size_t errlen)
{
    TTF_Font *nf[UI_F_COUNT] = {0};
    for (int i = 0; i < UI_F_COUNT; i++) {
        bool bold = i == UI_F_BOLD || i == UI_F_TITLE;
        int size = font_px(px, (ui_font_id)i);
        if (size < 6) size = 6;
        nf[i] = TTF_OpenFont(bold ? t->bold_path : t->regular_path, size);
        if (!nf[i]) {
            if (err)
                snprintf(err, errlen, "cannot open font %s: %s",
                         bold ? t->bold_path : t->regular_path, TTF_GetError());
            for (int j = 0; j < i; j++)
                TTF_CloseFont(nf[j]);
            return false;
        }
        /* DejaVu has no italic face in assets/: SDL_ttf slants the outline. */
        if (i == UI_F_ITALIC) TTF_SetFontStyle(nf[i], TTF_STYLE_ITALIC);
        TTF_SetFontHinting(nf[i], TTF_HINTING_LIGHT);
    }
    close_fonts(t);
    memcpy(t->font, nf, sizeof nf);
    t->px = px;
    return true;
}

static void drop_glyphs(ui_text *t)
{
    for (int i = 0; i < GLYPH_CAP; i++) {
        if (t->glyphs[i].tex) SDL_DestroyTexture(t->glyphs[i].tex);
        memset(&t->glyphs[i], 0, sizeof t->glyphs[i]);
    }
    t->n_glyphs = 0;
}

static void free_entry(layout_entry *e)
{
    if (!e) return;
    for (int i = 0; i < e->n_runs; i++) {
        if (e->runs[i].tex) SDL_DestroyTexture(e->runs[i].tex);
        free(e->runs[i].cut);
    }
    free(e->runs);
    free(e->src);
    free(e->l.g);
    free(e);
}

static void drop_layouts(ui_text *t)
{
    for (int i = 0; i < t->n_lay; i++)
        free_entry(t->lay[i]);
    t->n_lay = 0;
}

ui_text *ui_text_new(SDL_Renderer *ren, const char *font_dir, int px, char *err, size_t errlen)
{
    ui_text *t = calloc(1, sizeof *t);
    if (!t) goto fail;
    t->glyphs = calloc(GLYPH_CAP, sizeof *t->glyphs);
    if (!t->glyphs) goto fail;
    t->ren = ren;
    snprintf(t->regular_path, sizeof t->regular_path, "%s/DejaVuSans.ttf", font_dir);
    snprintf(t->bold_path, sizeof t->bold_path, "%s/DejaVuSans-Bold.ttf", font_dir);
    if (!open_fonts(t, px, err, errlen)) {
        free(t->glyphs);
        free(t);
        return NULL;
    }
    return t;
fail:
    if (err) snprintf(err, errlen, "out of memory");
    free(t);
    return NULL;
}

void ui_text_free(ui_text *t)
{
    if (!t) return;
    drop_glyphs(t);
    drop_layouts(t);
    free(t->lay);
    free(t->glyphs);
    ui_shaper_free(t->shaper);
    close_fonts(t);
    for (int k = 0; k < t->n_fb; k++)
        free(t->fb_path[k]);
    free(t);
}

bool ui_text_set_size(ui_text *t, int px)
{
    if (px == t->px) return true;
    if (!open_fonts(t, px, NULL, 0)) return false;
    drop_glyphs(t);
    drop_layouts(t);
    return true;
}

int ui_text_size(const ui_text *t)
{
    return t->px;
}

int ui_text_line_h(const ui_text *t, ui_font_id f)
{
    return TTF_FontLineSkip(t->font[f]);
}

void ui_text_stats(const ui_text *t, long *glyphs_rendered, long *layouts_built)
{
    if (glyphs_rendered) *glyphs_rendered = t->stat_glyphs;
    if (layouts_built) *layouts_built = t->stat_layouts;
}

int ui_text_face_count(ui_text *t)
{
    find_fallbacks(t);
    return 1 + t->n_fb;
}

const char *ui_text_face_file(const ui_text *t, int face)
{
    return face >= 1 && face <= t->n_fb ? t->fb_path[face - 1] : NULL;
}

int ui_text_fallbacks_open(const ui_text *t)
{
    return t->fb_open;
}

/* ---- glyph cache ---- */

/* Bidi controls and zero-width characters: they steer the order or the
 * joining and have no ink; drawn alone they would be boxes. */
static bool invisible(uint32_t c)
{
    return c == 0x061C || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

/* The font of face (0 the bundled one, k fallback k - 1) for font id f. */
static TTF_Font *face_font(ui_text *t, int face, ui_font_id f)
{
    return face > 0 ? fallback_font(t, face - 1, f) : t->font[f];
}

/* The glyph's metrics and face; its pixels come on first draw (glyph_tex), so
 * measuring a text, or shaping it as runs, rasterises nothing. */
static glyph *get_glyph(ui_text *t, ui_font_id f, uint32_t cp)
{
    uint32_t key = ((uint32_t)f + 1u) << 24 | (cp & 0xFFFFFFu);
    uint32_t h = (key * 2654435761u) & (GLYPH_CAP - 1);
    for (;;) {
        glyph *g = &t->glyphs[h];
        if (g->key == key) return g;
        if (g->key == 0) break;
        h = (h + 1) & (GLYPH_CAP - 1);
    }
    if (t->n_glyphs >= GLYPH_CAP * 3 / 4) {
        /* A text in many scripts filled the table: start again rather than grow
         * without bound. Layout positions stay valid (they hold no textures). */
        drop_glyphs(t);
        return get_glyph(t, f, cp);
    }
    glyph *g = &t->glyphs[h];
    g->key = key;
    t->n_glyphs++;
    if (invisible(cp)) {
        g->drawn = true; /* face 0, no advance, nothing to draw */
        return g;
    }
    /* The face is settled once per (font, code point) and kept with the glyph,
     * so layout and drawing agree and the chain is searched once. A code point
     * no face has renders as the bundled face's replacement glyph, so it shows
     * as a mark rather than nothing. */
    int face = resolve_face(t, f, cp);
    TTF_Font *font = face > 0 ? t->fb[face - 1][f] : t->font[f];
    uint32_t draw_cp = face < 0 ? 0xFFFD : cp;
    g->face = face;
    int minx = 0, maxx = 0, miny = 0, maxy = 0, adv = 0;
    if (TTF_GlyphMetrics32(font, draw_cp, &minx, &maxx, &miny, &maxy, &adv) == 0) g->advance = adv;
    /* The rendered surface starts at the pen, or at minx when the glyph
     * reaches left of it (SDL_ttf's own single-glyph layout). */
    g->dx = minx < 0 ? minx : 0;
    /* A surface puts its baseline at its font's ascent: shift a fallback's
     * glyph so its baseline meets the bundled face's. */
    g->dy = TTF_FontAscent(t->font[f]) - TTF_FontAscent(font);
    g->drawn = cp == ' ' || cp == 0xA0;
    return g;
}

/* The glyph's texture, rasterised on first need; NULL for blank glyphs. */
static SDL_Texture *glyph_tex(ui_text *t, ui_font_id f, glyph *g)
{
    if (g->drawn) return g->tex;
    g->drawn = true;
    uint32_t cp = g->key & 0xFFFFFFu;
    TTF_Font *font = face_font(t, g->face, f);
    if (!font) return NULL;
    /* SDL_ttf draws a lone glyph through its text path, which shapes with the
     * font's direction and script: put back what a run may have left there,
     * or a '(' comes out mirrored. */
    TTF_SetFontDirection(font, TTF_DIRECTION_LTR);
    TTF_SetFontScriptName(font, "Zzzz");
    SDL_Color white = {255, 255, 255, 255};
    SDL_Surface *s = TTF_RenderGlyph32_Blended(font, g->face < 0 ? 0xFFFD : cp, white);
    if (!s) return NULL; /* SDL_ttf returns NULL for blank glyphs: normal */
    g->tex = SDL_CreateTextureFromSurface(t->ren, s);
    g->w = s->w;
    g->h = s->h;
    SDL_FreeSurface(s);
    if (g->tex) SDL_SetTextureBlendMode(g->tex, SDL_BLENDMODE_BLEND);
    t->stat_glyphs++;
    return g->tex;
}

int ui_text_glyph_face(ui_text *t, ui_font_id f, uint32_t cp)
{
    return get_glyph(t, f, cp)->face;
}

/* ---- layout ---- */

static uint64_t fnv1a(const char *s, size_t n, uint64_t h)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= UINT64_C(1099511628211);
    }
    return h;
}

/* Decoded input: code points plus, for each, the advance and kerning before it. */
typedef struct cps {
    uint32_t *cp;
    int n;
    bool clamped;
} cps;

/* The layout keeps every code point but '\r' and controls other than '\n'
 * and '\t' (drawn as a space): they have no glyph. */
static bool kept(uint32_t c)
{
    return c >= 0x20 || c == '\n' || c == '\t';
}

int ui_text_index(const char *s, size_t byte)
{
    int n = 0;
    for (size_t i = 0; i < byte && s[i];) {
        uint32_t c;
        i += (size_t)ui_utf8_decode((const unsigned char *)s + i, byte - i, &c);
        n += kept(c);
    }
    return n;
}

size_t ui_text_byte(const char *s, int idx)
{
    size_t len = strlen(s), i = 0;
    for (int n = 0; i < len;) {
        uint32_t c;
        int k = ui_utf8_decode((const unsigned char *)s + i, len - i, &c);
        if (kept(c) && n++ == idx) break;
        i += (size_t)k;
    }
    return i;
}

void ui_text_caret(const ui_layout *l, int i, int *x, int *y)
{
    *x = *y = 0;
    if (l->n_glyphs <= 0) return;
    if (i < 0) i = 0;
    const ui_glyph_pos *g = &l->g[i < l->n_glyphs ? i : l->n_glyphs - 1];
    bool right = i < l->n_glyphs ? g->rtl : !g->rtl; /* which edge */
    *x = right ? g->x + g->w : g->x;
    *y = g->y;
}

int ui_text_glyph_at(const ui_layout *l, int k)
{
    /* The sources increase along g, but for an ellipsis (-1), which can only
     * be the last glyph: a binary search over the rest. */
    int lo = 0, hi = l->n_glyphs;
    if (hi > 0 && l->g[hi - 1].src < 0) hi--;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (l->g[mid].src < k)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < l->n_glyphs && l->g[lo].src >= 0 ? lo : l->n_glyphs;
}

int ui_text_caret_at(const ui_layout *l, int k, int *x, int *y)
{
    *x = *y = 0;
    if (l->n_glyphs <= 0) return -1;
    int i = ui_text_glyph_at(l, k), p = i - 1;
    /* k drawn, or nothing before it (a text that starts with a newline). */
    if (p < 0 || (i < l->n_glyphs && (l->g[i].src == k || l->g[i].y == l->g[p].y))) {
        ui_text_caret(l, i, x, y);
        return -1;
    }
    /* k has no glyph and the next glyph is on another line, or there is none:
     * the end of the line it was dropped from, where a caret after the
     * line's last letter stands. */
    *x = l->g[p].rtl ? l->g[p].x : l->g[p].x + l->g[p].w;
    *y = l->g[p].y;
    return p;
}

static bool decode(const char *s, size_t len, cps *out)
{
    out->cp = malloc(sizeof(uint32_t) * (UI_TEXT_MAX_CP + 2));
    out->n = 0;
    out->clamped = false;
    if (!out->cp) return false;
    size_t i = 0;
    while (i < len) {
        uint32_t c;
        i += (size_t)ui_utf8_decode((const unsigned char *)s + i, len - i, &c);
        if (!kept(c)) continue;
        if (c == '\t') c = ' ';
        if (out->n >= UI_TEXT_MAX_CP) {
            out->clamped = true;
            break;
        }
        out->cp[out->n++] = c;
    }
    return true;
}

static int kern(ui_text *t, ui_font_id f, uint32_t prev, uint32_t c)
{
    if (!prev || prev == '\n') return 0;
    /* Kerning pairs belong to one face: none across a change of face. */
    if (get_glyph(t, f, prev)->face != 0 || get_glyph(t, f, c)->face != 0) return 0;
    int k = TTF_GetFontKerningSizeGlyphs32(t->font[f], prev, c);
    return k > -64 && k < 64 ? k : 0; /* guard against broken kerning tables */
}

/* ---- shaped runs ---- */

static int utf8_put(uint32_t c, char *o)
{
    if (c < 0x80) {
        o[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (char)(0xC0 | c >> 6);
        o[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (char)(0xE0 | c >> 12);
        o[1] = (char)(0x80 | (c >> 6 & 0x3F));
        o[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | c >> 18);
    o[1] = (char)(0x80 | (c >> 12 & 0x3F));
    o[2] = (char)(0x80 | (c >> 6 & 0x3F));
    o[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* The font of a run, set up to shape it: HarfBuzz needs the script (Arabic
 * letters join only in the Arabic shaper) and the direction (a right-to-left
 * run comes out in visual order, mirrored brackets included). The fonts are
 * this cache's own, so setting them per call disturbs nobody. */
static TTF_Font *shaping_font(ui_text *t, ui_font_id f, int face, bool rtl, uint32_t script)
{
    TTF_Font *font = face_font(t, face, f);
    if (!font) return NULL;
    char name[5];
    ui_bidi_script_name(script, name);
    TTF_SetFontDirection(font, rtl ? TTF_DIRECTION_RTL : TTF_DIRECTION_LTR);
    TTF_SetFontScriptName(font, name);
    return font;
}

/* UTF-8 of cp[0..n), n <= RUN_HARD, into buf[RUN_HARD * 4 + 1]. */
static void run_text(const uint32_t *cp, int n, char *buf)
{
    int o = 0;
    for (int i = 0; i < n && i < RUN_HARD; i++)
        o += utf8_put(cp[i], buf + o);
    buf[o] = 0;
}

/* The width of cp[0..n) shaped as one run: what its texture will be. */
static int shaped_w(ui_text *t, ui_font_id f, int face, bool rtl, uint32_t script,
                    const uint32_t *cp, int n)
{
    char buf[RUN_HARD * 4 + 1];
    /* Italic is the regular face slanted by SDL_ttf, which widens the run by
     * the slant: measured slanted, each word of an italic cue would push the
     * next one off by that much. The regular face at the same size gives the
     * advance; the slanted ink leans into the space after it, as it does for
     * italic glyphs drawn one by one. */
    ui_font_id mf = f == UI_F_ITALIC ? UI_F_BODY : f;
    TTF_Font *font = n > 0 ? shaping_font(t, mf, face, rtl, script) : NULL;
    if (!font) return 0;
    run_text(cp, n, buf);
    int w = 0, h = 0;
    return TTF_SizeUTF8(font, buf, &w, &h) == 0 && w > 0 ? w : 0;
}

/* ---- layout ---- */

/* What lines are made of: one code point drawn as a glyph, or a word of one
 * face, script and level shaped as one run. */
typedef struct unit {
    int a, b; /* code points [a, b) */
    int w;    /* advance; a glyph's includes the kerning before it... */
    int k;    /* ...which is this, and is dropped at a line's start */
    int face;
    bool shaped, rtl;
    uint32_t script;
    int x; /* placed: left edge in its line, -1 before */
} unit;

/* A line, remembered until the layout's width is known (right alignment). */
typedef struct line_rec {
    int g0, g1, r0, r1, w;
    bool rtl;
} line_rec;

/* Everything one build works on. Arrays of n are per code point. */
typedef struct lay {
    ui_text *t;
    ui_font_id f;
    const uint32_t *cp;
    int n;
    ui_bidi bd;
    unit *u;    /* [n] the units of the whole text */
    int *uof;   /* [n] the unit of each code point */
    unit *p;    /* [n] the current line's pieces of units */
    int *pof;   /* [n] the piece of each code point of the current line */
    int *order; /* [n] the current line's visual order */
    ui_glyph_pos *g;
    int n_g, cap_g; /* n + 2: every code point and one ellipsis fit */
    run *runs;
    int n_runs, cap_runs;
    int *cut; /* [n + 2] the current run's cluster edges */
    line_rec *lines;
    int n_lines, cap_lines;
} lay;

/* Adds a glyph drawing code point src (-1: the ellipsis). */
static void put(lay *L, int src, int x, int y, int w, bool rtl, bool join)
{
    if (L->n_g >= L->cap_g) return; /* cannot happen: sized for every code point */
    uint32_t cp = src >= 0 ? L->cp[src] : 0x2026;
    L->g[L->n_g++] = (ui_glyph_pos){cp, src, x, y, w, rtl, join};
}

/* May code point j continue the run that starts at i? */
static bool joins_run(lay *L, int i, int j)
{
    uint32_t c = L->cp[j];
    bool zw = c == 0x200C || c == 0x200D; /* (non-)joiners steer the shaping */
    if (c == '\n' || c == ' ' || (invisible(c) && !zw)) return false;
    if (L->bd.level[j] != L->bd.level[i] || L->bd.script[j] != L->bd.script[i]) return false;
    if (!zw && get_glyph(L->t, L->f, c)->face != get_glyph(L->t, L->f, L->cp[i])->face)
        return false;
    int len = j - i;
    return len < RUN_MAX || ((L->bd.flags[j] & UI_BIDI_MARK) && len < RUN_HARD);
}

static void make_units(lay *L)
{
    int nu = 0;
    for (int i = 0; i < L->n;) {
        uint32_t c = L->cp[i];
        unit *u = &L->u[nu];
        memset(u, 0, sizeof *u);
        u->a = i;
        u->x = -1;
        u->face = c == '\n' ? 0 : get_glyph(L->t, L->f, c)->face;
        u->rtl = L->bd.level[i] & 1;
        u->script = L->bd.script[i];
        /* A run starts where shaping is needed, or on a letter a mark follows. */
        bool starts =
            c != '\n' && c != ' ' && !invisible(c) && u->face >= 0 &&
            ((L->bd.flags[i] & UI_BIDI_SHAPE) ||
             (i + 1 < L->n && (L->bd.flags[i + 1] & UI_BIDI_MARK) && joins_run(L, i, i + 1)));
        int j = i + 1;
        if (starts) {
            while (j < L->n && joins_run(L, i, j))
                j++;
            u->shaped = true;
            u->w = shaped_w(L->t, L->f, u->face, u->rtl, u->script, L->cp + i, j - i);
        } else if (c != '\n') {
            /* Kerning only between glyphs side by side left to right. */
            bool pair =
                nu > 0 && !L->u[nu - 1].shaped && !u->rtl && L->bd.level[i - 1] == L->bd.level[i];
            u->k = pair ? kern(L->t, L->f, L->cp[i - 1], c) : 0; /* first: it may refill */
            u->w = get_glyph(L->t, L->f, c)->advance + u->k;
        }
        u->b = j;
        for (int k = i; k < j; k++)
            L->uof[k] = nu;
        nu++;
        i = j;
    }
}

/* The advance of code points [a, b) of unit u on a line that starts at ls. */
static int piece_w(lay *L, const unit *u, int a, int b, int ls)
{
    if (!u->shaped) return a == ls ? u->w - u->k : u->w;
    if (a == u->a && b == u->b) return u->w;
    return shaped_w(L->t, L->f, u->face, u->rtl, u->script, L->cp + a, b - a);
}

/* A word wider than the line is cut: how many of its code points from i fit
 * in wrap pixels, at least its first letter with the marks on it. */
static int fit(lay *L, const unit *u, int i, int wrap)
{
    int m = 1;
    while (i + m < u->b && (L->bd.flags[i + m] & UI_BIDI_MARK))
        m++;
    for (int k = m + 1; i + k < u->b; k++) {
        if (L->bd.flags[i + k] & UI_BIDI_MARK) continue; /* never cut before a mark */
        if (shaped_w(L->t, L->f, u->face, u->rtl, u->script, L->cp + i, k) > wrap) break;
        m = k;
    }
    return m;
}

/* Shortens the line cp[ls..end) until an ellipsis fits after it in wrap_w
 * (a shaped word goes whole); returns the new end. */
static int trim(lay *L, int ls, int end, int ell_w, int wrap_w)
{
    if (wrap_w <= 0) return end;
    int w = 0;
    for (int i = ls; i < end;) {
        const unit *u = &L->u[L->uof[i]];
        int b = u->b < end ? u->b : end;
        w += piece_w(L, u, i, b, ls);
        i = b;
    }
    while (end > ls && w + ell_w > wrap_w) {
        const unit *u = &L->u[L->uof[end - 1]];
        int a = u->a > ls ? u->a : ls;
        w -= piece_w(L, u, a, end, ls);
        end = a;
    }
    return end;
}

/* The file a face's font id is read from (borrowed), for ui_shape_clusters:
 * italic is the regular face slanted, as shaped_w measures it. */
static const char *face_file(const ui_text *t, int face, ui_font_id f)
{
    if (face > 0) return face - 1 < t->n_fb ? t->fb_path[face - 1] : NULL;
    return f == UI_F_BOLD || f == UI_F_TITLE ? t->bold_path : t->regular_path;
}

/* The cluster edges of piece p into L->cut[0..len] (ui_shape.h). When
 * HarfBuzz cannot tell (the file will not read), each code point but a mark
 * gets an equal share, as before: the marks at least stay on their letter. */
static void clusters(lay *L, const unit *p)
{
    ui_text *t = L->t;
    int len = p->b - p->a;
    if (!t->shaper) t->shaper = ui_shaper_new();
    int px = font_px(t->px, L->f);
    if (ui_shape_clusters(t->shaper, face_file(t, p->face, L->f), px < 6 ? 6 : px, p->rtl,
                          p->script, L->cp + p->a, len, p->w, L->cut))
        return;
    for (int k = 0; k <= len; k++)
        L->cut[k] =
            k == 0 || k == len || !(L->bd.flags[p->a + k] & UI_BIDI_MARK) ? p->w * k / len : -1;
}

static void add_run(lay *L, const unit *p, int y)
{
    if (L->n_runs == L->cap_runs) {
        int nc = L->cap_runs ? L->cap_runs * 2 : 16;
        run *nr = realloc(L->runs, sizeof *nr * (size_t)nc);
        if (!nr) return; /* out of memory: its letters are drawn one by one */
        L->runs = nr;
        L->cap_runs = nc;
    }
    L->runs[L->n_runs++] = (run){.g0 = L->n_g,
                                 .g1 = L->n_g + p->b - p->a,
                                 .x = p->x,
                                 .y = y,
                                 .w = p->w,
                                 .face = p->face,
                                 .rtl = p->rtl,
                                 .script = p->script};
    int len = p->b - p->a;
    int *cut = malloc(sizeof *cut * (size_t)(len + 1));
    if (cut) memcpy(cut, L->cut, sizeof *cut * (size_t)(len + 1));
    L->runs[L->n_runs - 1].cut = cut; /* NULL: the typewriter cuts by shares */
}

/* Places the line cp[ls..end) at y in visual order (FriBidi's), then the
 * ellipsis if asked (at the line's end in its paragraph's direction): adds
 * the glyphs in logical order and the runs. Returns the line's width. */
static int place_line(lay *L, int ls, int end, bool ell, int ell_w, int y)
{
    int np = 0;
    for (int i = ls; i < end;) {
        const unit *u = &L->u[L->uof[i]];
        int b = u->b < end ? u->b : end;
        unit *p = &L->p[np];
        *p = *u;
        p->a = i;
        p->b = b;
        p->w = piece_w(L, u, i, b, ls);
        if (i == ls) p->k = 0;
        p->x = -1;
        for (int k = i; k < b; k++)
            L->pof[k] = np;
        np++;
        i = b;
    }
    bool rtl = end > ls && L->bd.par_rtl[ls];
    int x = ell && rtl ? ell_w : 0;
    if (end > ls) ui_bidi_line(&L->bd, ls, end, L->order);
    for (int v = 0; v < end - ls; v++) {
        unit *p = &L->p[L->pof[L->order[v]]];
        if (p->x >= 0) continue; /* a piece is placed where its first code point shows */
        p->x = x;
        x += p->w;
    }
    int g0 = L->n_g, r0 = L->n_runs;
    for (int i = ls; i < end; i++) {
        const unit *p = &L->p[L->pof[i]];
        int gx = p->x + p->k, gw = p->w - p->k;
        bool join = false;
        if (p->shaped) {
            /* Inside a run, a code point is placed at the left edge of the
             * cluster that draws it (HarfBuzz's), so marks and ligatures
             * share their letter's place and the caret stops between whole
             * clusters. */
            int len = p->b - p->a, k = i - p->a;
            if (k == 0) {
                clusters(L, p);
                add_run(L, p, y);
            }
            int s = k, e = k + 1;
            while (s > 0 && L->cut[s] < 0)
                s--;
            while (e < len && L->cut[e] < 0)
                e++;
            gx = p->x + (p->rtl ? p->w - L->cut[e] : L->cut[s]);
            gw = L->cut[e] - L->cut[s];
            join = s < k;
        }
        put(L, i, gx, y, gw, (L->bd.level[i] & 1) != 0, join);
    }
    int w = x;
    if (ell) {
        put(L, -1, rtl ? 0 : x, y, ell_w, rtl, false);
        if (!rtl) w += ell_w;
    }
    if (L->n_lines == L->cap_lines) {
        int nc = L->cap_lines ? L->cap_lines * 2 : 16;
        line_rec *nl = realloc(L->lines, sizeof *nl * (size_t)nc);
        if (!nl) return w; /* out of memory: this line stays left-aligned */
        L->lines = nl;
        L->cap_lines = nc;
    }
    L->lines[L->n_lines++] = (line_rec){g0, L->n_g, r0, L->n_runs, w, rtl};
    return w;
}

/* Chinese and Japanese are written without spaces: a line may break next to
 * any ideograph, kana or full-width sign (Korean breaks at its spaces), but not
 * before closing punctuation or small kana, nor after an opening bracket (the
 * usual kinsoku rules, short form). */
static bool cjk_wide(uint32_t c)
{
    return (c >= 0x2E80 && c <= 0x31FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0x20000 && c <= 0x3FFFF);
}

static bool in_list(uint32_t c, const char *list)
{
    size_t n = strlen(list);
    for (size_t i = 0; i < n;) {
        uint32_t d;
        i += (size_t)ui_utf8_decode((const unsigned char *)list + i, n - i, &d);
        if (c == d) return true;
    }
    return false;
}

static bool may_break_before(const uint32_t *cp, int k)
{
    uint32_t a = cp[k - 1], b = cp[k];
    if (!cjk_wide(a) && !cjk_wide(b)) return false;
    if (a == ' ' || b == ' ') return false; /* spaces are break points already */
    if (in_list(b, "、。，．：；？！）」』】〕〉》〙〗ー々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュ"
                   "ョヮヵヶ・"
                   "!),.:;?]}’”…"))
        return false;
    return !in_list(a, "（「『【〔〈《〘〖([{‘“");
}

static void lay_free(lay *L)
{
    ui_bidi_free(&L->bd);
    free(L->u);
    free(L->uof);
    free(L->p);
    free(L->pof);
    free(L->order);
    free(L->g);
    free(L->runs);
    free(L->cut);
    free(L->lines);
}

/* Lays out in into e: lines broken on the logical text (at spaces, between
 * CJK characters, inside a word only when it alone is wider than the line),
 * then each line put in visual order and, in a right-to-left paragraph,
 * right-aligned (to wrap_w, or to the widest line when there is no wrapping). */
static void build(ui_text *t, ui_font_id f, const cps *in, int wrap_w, int max_lines,
                  layout_entry *e)
{
    ui_layout *out = &e->l;
    int lh = TTF_FontLineSkip(t->font[f]);
    int fh = TTF_FontHeight(t->font[f]);
    out->font = f;
    out->line_h = lh;
    const uint32_t *cp = in->cp;
    int n = in->n;
    size_t m = (size_t)n + 2;
    lay L = {.t = t, .f = f, .cp = cp, .n = n};
    L.u = malloc(sizeof *L.u * m);
    L.uof = malloc(sizeof *L.uof * m);
    L.p = malloc(sizeof *L.p * m);
    L.pof = malloc(sizeof *L.pof * m);
    L.order = malloc(sizeof *L.order * m);
    L.g = malloc(sizeof *L.g * m);
    L.cut = malloc(sizeof *L.cut * m);
    L.cap_g = (int)m;
    if (!L.u || !L.uof || !L.p || !L.pof || !L.order || !L.g || !L.cut ||
        !ui_bidi_analyse(&L.bd, cp, n)) {
        lay_free(&L); /* out of memory: an empty layout */
        return;
    }
    make_units(&L);
    int ell_w = get_glyph(t, f, 0x2026)->advance;
    int line = 0, maxw = 0;
    bool cut = in->clamped;
    int i = 0;
    while (n > 0 && i <= n) {
        /* Find the end of this line: a hard newline, the end, or the last
         * space (or CJK break) that keeps it inside wrap_w. */
        int ls = i, end = i, last_space = -1, last_cjk = -1, w = 0;
        bool forced = false;
        while (end < n && cp[end] != '\n') {
            const unit *u = &L.u[L.uof[end]];
            int uw = piece_w(&L, u, end, u->b, ls);
            if (wrap_w > 0 && w + uw > wrap_w) {
                if (end > ls) break;
                if (u->shaped && u->b - end > 1) {
                    int k = fit(&L, u, end, wrap_w);
                    if (end + k < u->b) { /* the word alone is too wide: cut it */
                        end += k;
                        forced = true;
                        break;
                    }
                }
            }
            if (cp[end] == ' ') last_space = end;
            if (end > ls && may_break_before(cp, end)) last_cjk = end;
            w += uw;
            end = u->b;
        }
        int next;
        if (end < n && cp[end] != '\n') { /* wrapped */
            if (forced) {
                next = end;
            } else if (last_cjk > last_space) {
                next = end = last_cjk; /* between ideographs: nothing to skip */
            } else if (last_space > ls) {
                next = last_space + 1;
                end = last_space;
            } else {
                next = end;
            }
        } else {
            next = end + 1; /* skip the newline, or step past the end */
        }
        /* More text follows but no more lines are allowed, or the input was
         * clamped and this is its end: the line ends with an ellipsis that
         * fits in the width like any other glyph (fuzz_layout found it could
         * stick out by its own width). */
        bool last_allowed = max_lines > 0 && line == max_lines - 1 && next <= n;
        bool ell = last_allowed || (cut && next > n);
        if (ell) end = trim(&L, ls, end, ell_w, wrap_w);
        int lw = place_line(&L, ls, end, ell, ell_w, line * lh);
        if (lw > maxw) maxw = lw;
        line++;
        if (last_allowed) {
            cut = true;
            break;
        }
        i = next;
        if (i > n) break;
        if (i == n && (n == 0 || cp[n - 1] != '\n')) break;
    }
    /* Right-to-left paragraphs end at the right edge. */
    int right = wrap_w > 0 ? wrap_w : maxw;
    bool any_rtl = false;
    int text_x0 = 1 << 30, text_x1 = 0;
    for (int k = 0; k < L.n_lines; k++) {
        const line_rec *r = &L.lines[k];
        int shift = right - r->w;
        if (shift < 0 || !r->rtl) shift = 0;
        if (r->w > 0 && shift < text_x0) text_x0 = shift;
        if (r->w > 0 && shift + r->w > text_x1) text_x1 = shift + r->w;
        if (!r->rtl) continue;
        any_rtl = true;
        for (int j = r->g0; shift > 0 && j < r->g1; j++)
            L.g[j].x += shift;
        for (int j = r->r0; shift > 0 && j < r->r1; j++)
            L.runs[j].x += shift;
    }
    out->g = L.g;
    out->n_glyphs = L.n_g;
    out->n_lines = line;
    out->w = any_rtl && right > maxw ? right : maxw;
    out->text_x = text_x0 < text_x1 ? text_x0 : 0;
    out->text_w = text_x0 < text_x1 ? text_x1 - text_x0 : out->w;
    out->rtl = n > 0 && L.bd.par_rtl[0];
    out->h = line > 0 ? (line - 1) * lh + fh : 0;
    out->clamped = cut;
    e->runs = L.runs;
    e->n_runs = L.n_runs;
    L.g = NULL;
    L.runs = NULL;
    lay_free(&L);
}

void ui_text_frame(ui_text *t)
{
    t->frame++;
    if (t->n_lay < LAYOUT_MAX) return;
    int k = 0;
    for (int i = 0; i < t->n_lay; i++) {
        if (t->frame - t->lay[i]->used > LAYOUT_KEEP)
            free_entry(t->lay[i]);
        else
            t->lay[k++] = t->lay[i];
    }
    t->n_lay = k;
}

const ui_layout *ui_text_layout(ui_text *t, ui_font_id f, const char *text, int wrap_w,
                                int max_lines)
{
    static const ui_layout empty = {0};
    if (!text) text = "";
    if (wrap_w < 0) wrap_w = 0;
    /* Only the bytes that can matter are hashed: at most 4 per code point kept. */
    size_t len = strnlen(text, (size_t)UI_TEXT_MAX_CP * 4 + 4);
    uint64_t h = fnv1a(text, len, UINT64_C(1469598103934665603));
    uint64_t salt = (uint64_t)(unsigned)f * UINT64_C(0x9E3779B97F4A7C15);
    salt ^= (uint64_t)(unsigned)wrap_w << 32 ^ (uint64_t)(unsigned)max_lines;
    h ^= salt;
    for (int i = 0; i < t->n_lay; i++) {
        layout_entry *e = t->lay[i];
        if (e->hash == h && e->font == f && e->wrap_w == wrap_w && e->max_lines == max_lines &&
            e->src_len == len && memcmp(e->src, text, len) == 0) {
            e->used = t->frame;
            return &e->l;
        }
    }
    layout_entry *e = calloc(1, sizeof *e);
    cps in = {0};
    if (!e || !(e->src = malloc(len + 1)) || !decode(text, len, &in)) goto oom;
    if (t->n_lay == t->cap_lay) {
        int nc = t->cap_lay ? t->cap_lay * 2 : 128;
        layout_entry **nl = realloc(t->lay, sizeof *nl * (size_t)nc);
        if (!nl) goto oom;
        t->lay = nl;
        t->cap_lay = nc;
    }
    memcpy(e->src, text, len);
    e->src[len] = 0;
    e->src_len = len;
    e->hash = h;
    e->font = f;
    e->wrap_w = wrap_w;
    e->max_lines = max_lines;
    e->used = t->frame;
    build(t, f, &in, wrap_w, max_lines, e);
    free(in.cp);
    t->lay[t->n_lay++] = e;
    t->stat_layouts++;
    return &e->l;
oom:
    free(in.cp);
    free_entry(e);
    return &empty;
}

/* A run's texture, shaped and rasterised on its first draw. */
static SDL_Texture *run_tex(ui_text *t, ui_font_id f, const ui_layout *l, run *r)
{
    if (r->tried) return r->tex;
    r->tried = true;
    uint32_t cp[RUN_HARD];
    int n = r->g1 - r->g0;
    if (n > RUN_HARD) n = RUN_HARD;
    for (int i = 0; i < n; i++)
        cp[i] = l->g[r->g0 + i].cp;
    char buf[RUN_HARD * 4 + 1];
    run_text(cp, n, buf);
    TTF_Font *font = shaping_font(t, f, r->face, r->rtl, r->script);
    SDL_Surface *s =
        font ? TTF_RenderUTF8_Blended(font, buf, (SDL_Color){255, 255, 255, 255}) : NULL;
    if (!s) return NULL; /* nothing visible (marks alone, zero width) */
    r->tex = SDL_CreateTextureFromSurface(t->ren, s);
    r->tw = s->w;
    r->th = s->h;
    r->dy = TTF_FontAscent(t->font[f]) - TTF_FontAscent(font);
    SDL_FreeSurface(s);
    if (r->tex) SDL_SetTextureBlendMode(r->tex, SDL_BLENDMODE_BLEND);
    t->stat_glyphs++;
    return r->tex;
}

/* Draws the first `shown` code points of run r: the whole texture, or for the
 * typewriter the part that holds them (the right part of a right-to-left run),
 * by whole clusters: a letter shows with its marks, a ligature whole, and the
 * cut falls where one joined letter meets the next, never through one. */
static void draw_run(ui_text *t, const ui_layout *l, run *r, int x, int y, SDL_Color c, int shown)
{
    SDL_Texture *tex = run_tex(t, l->font, l, r);
    int n = r->g1 - r->g0;
    int k = shown < n ? shown : n;
    while (r->cut && k > 0 && k < n && r->cut[k] < 0)
        k--;
    if (!tex || n <= 0 || k <= 0) return;
    int vw = k >= n ? r->tw : r->cut && r->w > 0 ? r->cut[k] * r->tw / r->w : r->tw * k / n;
    SDL_Rect src = {r->rtl ? r->tw - vw : 0, 0, vw, r->th};
    SDL_Rect d = {x + r->x + src.x, y + r->y + r->dy, vw, r->th};
    SDL_SetTextureColorMod(tex, c.r, c.g, c.b);
    SDL_SetTextureAlphaMod(tex, c.a);
    SDL_RenderCopy(t->ren, tex, &src, &d);
}

void ui_text_draw(ui_text *t, const ui_layout *l, int x, int y, SDL_Color c, int n_glyphs)
{
    if (l->n_glyphs <= 0) return;
    /* Every layout with glyphs lives in a cache entry, which also holds its runs. */
    layout_entry *e = (layout_entry *)(void *)((char *)(uintptr_t)l - offsetof(layout_entry, l));
    ui_font_id f = l->font;
    int n = n_glyphs < 0 || n_glyphs > l->n_glyphs ? l->n_glyphs : n_glyphs;
    /* Skip lines outside the clip area: a long text in a scroll view costs
     * only what is visible. */
    SDL_Rect clip;
    SDL_RenderGetClipRect(t->ren, &clip);
    bool culled = !SDL_RectEmpty(&clip);
    int r = 0;
    for (int i = 0; i < n; i++) {
        int gy = y + l->g[i].y;
        bool out = culled && (gy + l->line_h < clip.y || gy > clip.y + clip.h);
        if (r < e->n_runs && e->runs[r].g0 == i) {
            run *ru = &e->runs[r++];
            if (!out) draw_run(t, l, ru, x, y, c, (n < ru->g1 ? n : ru->g1) - ru->g0);
            i = ru->g1 - 1;
            continue;
        }
        if (out) continue;
        glyph *g = get_glyph(t, f, l->g[i].cp);
        SDL_Texture *tex = glyph_tex(t, f, g);
        if (!tex) continue;
        SDL_Rect d = {x + l->g[i].x + g->dx, y + l->g[i].y + g->dy, g->w, g->h};
        SDL_SetTextureColorMod(tex, c.r, c.g, c.b);
        SDL_SetTextureAlphaMod(tex, c.a);
        SDL_RenderCopy(t->ren, tex, NULL, &d);
    }
}
