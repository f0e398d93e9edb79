/* ui_shape.h: where the clusters of a shaped run are, for ui_text.c. SDL_ttf
 * shapes and draws a run with HarfBuzz but says nothing of which letters
 * ended up where; the typewriter and the caret need that to stop only between
 * whole clusters (a letter with its marks, a ligature such as lam-alef), never
 * through one. Private to engine/ui (ui_text.c is the only user).
 *
 * Depends on: HarfBuzz (which SDL_ttf loads anyway). */
#ifndef RAPPORT_UI_SHAPE_H
#define RAPPORT_UI_SHAPE_H

#include <stdbool.h>
#include <stdint.h>

/* The font files read so far, each once (opaque). */
typedef struct ui_shaper ui_shaper;

ui_shaper *ui_shaper_new(void);     /* NULL when out of memory */
void ui_shaper_free(ui_shaper *sh); /* NULL is fine */

/* Shapes cp[0..n) as one run with the font file (face 0 of it) at px pixels
 * per em, right to left when rtl, in script (ISO 15924 tag), and fills
 * cut[0..n]: where a cluster starts at code point k (and at k = n), the
 * advance of code points [0, k) measured from the run's reading start (its
 * left for left to right, its right for right to left), scaled so the whole
 * run is w wide; -1 where k is inside a cluster. cut[0] is 0 and cut[n] is w.
 * Returns false (cut untouched) when the file cannot be read or shaping
 * fails. */
bool ui_shape_clusters(ui_shaper *sh, const char *file, int px, bool rtl, uint32_t script,
                       const uint32_t *cp, int n, int w, int *cut);

#endif
