/* ui_bidi.c: bidirectional levels and scripts for ui_text.c (ui_bidi.h).
 *
 * The Unicode bidirectional algorithm is GNU FriBidi's, not ours: it resolves
 * the levels per paragraph (rules P to I, with bracket pairs) and reorders a
 * line (L1 and L2). HarfBuzz's Unicode tables, which SDL_ttf loads anyway to
 * shape, say the script and the general category of each code point.
 *
 * Text with no right-to-left letter and no bidi control (English, Chinese...)
 * skips the algorithm: its levels are all 0, which is what it would resolve to.
 *
 * Depends on: fribidi, harfbuzz. */
#include "ui_bidi.h"

#include <fribidi.h>
#include <hb.h>
#include <stdlib.h>
#include <string.h>

void ui_bidi_free(ui_bidi *b)
{
    free(b->level);
    free(b->par_rtl);
    free(b->script);
    free(b->flags);
    free(b->types);
    free(b->scratch);
    memset(b, 0, sizeof *b);
}

/* Scripts drawn glyph by glyph, as they were before shaping: one code point is
 * one glyph and its neighbours do not change it. Others go through HarfBuzz. */
static bool simple_script(hb_script_t s)
{
    switch (s) {
    case HB_SCRIPT_COMMON:
    case HB_SCRIPT_INHERITED:
    case HB_SCRIPT_UNKNOWN:
    case HB_SCRIPT_LATIN:
    case HB_SCRIPT_GREEK:
    case HB_SCRIPT_CYRILLIC:
    case HB_SCRIPT_HAN:
    case HB_SCRIPT_HIRAGANA:
    case HB_SCRIPT_KATAKANA:
    case HB_SCRIPT_HANGUL:
    case HB_SCRIPT_BOPOMOFO:
        return true;
    default:
        return false;
    }
}

static bool mark(hb_unicode_general_category_t c)
{
    return c == HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK ||
           c == HB_UNICODE_GENERAL_CATEGORY_SPACING_MARK ||
           c == HB_UNICODE_GENERAL_CATEGORY_ENCLOSING_MARK;
}

static bool no_script(hb_script_t s)
{
    return s == HB_SCRIPT_COMMON || s == HB_SCRIPT_INHERITED || s == HB_SCRIPT_UNKNOWN;
}

/* Scripts of cp[a..e), one paragraph: punctuation, digits and marks (Common,
 * Inherited) take the script before them, or the one after at the start, so
 * "(مرحبا)" or "شكرا!" is shaped as one Arabic run. */
static void scripts(ui_bidi *b, const uint32_t *cp, int a, int e)
{
    hb_unicode_funcs_t *uf = hb_unicode_funcs_get_default();
    /* hb_script_t values are the ISO 15924 tags themselves. */
    uint32_t last = HB_SCRIPT_COMMON;
    for (int i = a; i < e; i++) {
        hb_script_t own = cp[i] < 0x41 ? HB_SCRIPT_COMMON : hb_unicode_script(uf, cp[i]);
        if (cp[i] >= 0x300 && mark(hb_unicode_general_category(uf, cp[i])))
            b->flags[i] |= UI_BIDI_MARK | UI_BIDI_SHAPE;
        if (!simple_script(own)) b->flags[i] |= UI_BIDI_SHAPE;
        if (b->level[i] & 1) b->flags[i] |= UI_BIDI_SHAPE;
        if (!no_script(own)) last = (uint32_t)own;
        b->script[i] = no_script(own) ? last : (uint32_t)own;
    }
    /* The start, before the first real script, takes the first one. */
    uint32_t first = HB_SCRIPT_COMMON;
    for (int i = a; i < e && first == HB_SCRIPT_COMMON; i++)
        first = b->script[i];
    for (int i = a; i < e && b->script[i] == HB_SCRIPT_COMMON; i++)
        b->script[i] = first;
}

/* Levels of one paragraph cp[a..e) by FriBidi, its base direction taken from
 * its first strong letter (left to right when it has none). */
static bool paragraph(ui_bidi *b, const uint32_t *cp, int a, int e)
{
    int n = e - a;
    if (n == 0) return true;
    FriBidiBracketType *br = malloc(sizeof *br * (size_t)n);
    if (!br) return false;
    fribidi_get_bracket_types(cp + a, n, b->types + a, br);
    FriBidiParType dir = FRIBIDI_PAR_ON;
    FriBidiLevel got = fribidi_get_par_embedding_levels_ex(b->types + a, br, n, &dir,
                                                           (FriBidiLevel *)b->scratch + a);
    free(br);
    bool rtl = got > 0 && FRIBIDI_IS_RTL(dir);
    for (int i = a; i < e; i++) {
        b->level[i] = got > 0 ? (uint8_t)b->scratch[i] : 0;
        b->par_rtl[i] = rtl;
    }
    return true;
}

bool ui_bidi_analyse(ui_bidi *b, const uint32_t *cp, int n)
{
    memset(b, 0, sizeof *b);
    size_t m = n > 0 ? (size_t)n : 1;
    b->level = calloc(m, 1);
    b->par_rtl = calloc(m, 1);
    b->script = calloc(m, sizeof *b->script);
    b->flags = calloc(m, 1);
    b->types = calloc(m, sizeof *b->types);
    b->scratch = calloc(m, sizeof *b->scratch);
    if (!b->level || !b->par_rtl || !b->script || !b->flags || !b->types || !b->scratch) {
        ui_bidi_free(b);
        return false;
    }
    b->n = n;
    fribidi_get_bidi_types(cp, n, b->types);
    for (int i = 0; i < n && !b->any_rtl; i++) {
        FriBidiCharType t = b->types[i];
        b->any_rtl = FRIBIDI_IS_RTL(t) || FRIBIDI_IS_ARABIC(t) || FRIBIDI_IS_EXPLICIT(t) ||
                     FRIBIDI_IS_ISOLATE(t);
    }
    int a = 0;
    for (int i = 0; i <= n; i++) {
        if (i < n && cp[i] != '\n') continue;
        if (b->any_rtl && !paragraph(b, cp, a, i)) {
            ui_bidi_free(b);
            return false;
        }
        scripts(b, cp, a, i);
        a = i + 1;
    }
    return true;
}

void ui_bidi_line(ui_bidi *b, int a, int e, int *order)
{
    int n = e - a;
    for (int k = 0; k < n; k++)
        order[k] = a + k;
    if (!b->any_rtl || n <= 0) return;
    /* L1 changes the levels of trailing spaces: work on a copy. */
    FriBidiLevel *lv = (FriBidiLevel *)b->scratch + a;
    for (int k = 0; k < n; k++)
        lv[k] = (FriBidiLevel)b->level[a + k];
    FriBidiParType dir = b->par_rtl[a] ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
    if (!fribidi_reorder_line(FRIBIDI_FLAGS_DEFAULT, b->types + a, n, 0, dir, lv, NULL, order))
        for (int k = 0; k < n; k++) /* failed (out of memory): logical order */
            order[k] = a + k;
}

void ui_bidi_script_name(uint32_t tag, char out[5])
{
    hb_tag_to_string(tag, out);
    out[4] = 0;
    if (!out[0] || tag == 0) memcpy(out, "Zyyy", 5);
}
