/* ui_bidi.h: what ui_text.c needs to know about a text before it shapes and
 * orders it: the Unicode bidirectional levels (GNU FriBidi), the direction of
 * each paragraph, the script each code point is shaped with, and which code
 * points need shaping at all. Private to engine/ui (ui_text.c is the only user).
 *
 * Depends on: GNU FriBidi, HarfBuzz's Unicode tables (SDL_ttf already loads
 * HarfBuzz to shape). */
#ifndef RAPPORT_UI_BIDI_H
#define RAPPORT_UI_BIDI_H

#include <stdbool.h>
#include <stdint.h>

/* Per code point flags (ui_bidi.flags). */
enum {
    UI_BIDI_SHAPE = 1, /* needs HarfBuzz: a mark, a complex script, or right to left */
    UI_BIDI_MARK = 2,  /* a combining mark: never separated from what precedes it */
};

/* The analysis of n code points; every array has n entries and is owned by
 * the struct (ui_bidi_free). Paragraphs end at '\n'. */
typedef struct ui_bidi {
    int n;
    uint8_t *level;   /* resolved embedding level: odd is right to left */
    uint8_t *par_rtl; /* 1 when the paragraph the code point is in is right to left */
    uint32_t *script; /* ISO 15924 tag to shape with (Common and Inherited
                         resolved from the neighbours) */
    uint8_t *flags;   /* UI_BIDI_* */
    /* Work arrays for ui_bidi_line. */
    uint32_t *types;
    int8_t *scratch;
    bool any_rtl; /* false: every level is 0 and ui_bidi_line is the identity */
} ui_bidi;

/* Analyses cp[0..n). Returns false when out of memory (b is then empty and
 * safe to free). */
bool ui_bidi_analyse(ui_bidi *b, const uint32_t *cp, int n);
void ui_bidi_free(ui_bidi *b); /* frees the arrays, not b */
/* The visual order of the line cp[a..e) (within one paragraph), left to
 * right: order[k] is the logical index shown k-th. Trailing spaces take the
 * paragraph's direction (rule L1). order has e - a entries. */
void ui_bidi_line(ui_bidi *b, int a, int e, int *order);
/* The four-letter script name of an ISO 15924 tag, for TTF_SetFontScriptName. */
void ui_bidi_script_name(uint32_t tag, char out[5]);

#endif
