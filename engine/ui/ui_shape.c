/* ui_shape.c: cluster edges of a shaped run (ui_shape.h).
 *
 * The run is shaped again here, with the same font file, direction and
 * script SDL_ttf shapes it with, to learn HarfBuzz's clusters: the glyphs
 * whose cluster value is below k are exactly those that draw code points
 * before k, and with HarfBuzz's default cluster level (monotone graphemes)
 * they sit together at the run's reading start. SDL_ttf's own advances
 * (hinted) may differ from these by a fraction of a pixel per glyph, so the
 * edges are scaled to the width SDL_ttf measured.
 *
 * Each font file is read once (HarfBuzz maps it) and kept with its hb_font
 * until ui_shaper_free.
 *
 * Depends on: HarfBuzz. */
#include "ui_shape.h"

#include <hb.h>
#include <stdlib.h>
#include <string.h>

#define SHAPE_FILES 10 /* the bundled regular and bold, the fallback chain */

typedef struct shape_file {
    char *path; /* owned */
    hb_font_t *font;
} shape_file;

struct ui_shaper {
    shape_file f[SHAPE_FILES];
    int n;
    hb_buffer_t *buf;
};

ui_shaper *ui_shaper_new(void)
{
    ui_shaper *sh = calloc(1, sizeof *sh);
    if (!sh) return NULL;
    sh->buf = hb_buffer_create();
    if (!hb_buffer_allocation_successful(sh->buf)) {
        hb_buffer_destroy(sh->buf);
        free(sh);
        return NULL;
    }
    return sh;
}

void ui_shaper_free(ui_shaper *sh)
{
    if (!sh) return;
    for (int i = 0; i < sh->n; i++) {
        hb_font_destroy(sh->f[i].font);
        free(sh->f[i].path);
    }
    hb_buffer_destroy(sh->buf);
    free(sh);
}

/* The hb_font of file, read on first need; NULL when it cannot be. */
static hb_font_t *font_of(ui_shaper *sh, const char *file)
{
    for (int i = 0; i < sh->n; i++)
        if (strcmp(sh->f[i].path, file) == 0) return sh->f[i].font;
    if (sh->n == SHAPE_FILES) return NULL;
    hb_blob_t *blob = hb_blob_create_from_file(file);
    if (hb_blob_get_length(blob) == 0) {
        hb_blob_destroy(blob);
        return NULL;
    }
    hb_face_t *face = hb_face_create(blob, 0);
    hb_blob_destroy(blob); /* the face keeps its own reference */
    hb_font_t *font = hb_font_create(face);
    hb_face_destroy(face); /* and the font its own */
    char *path = strdup(file);
    if (!path || font == hb_font_get_empty()) {
        free(path);
        hb_font_destroy(font);
        return NULL;
    }
    sh->f[sh->n++] = (shape_file){path, font};
    return font;
}

bool ui_shape_clusters(ui_shaper *sh, const char *file, int px, bool rtl, uint32_t script,
                       const uint32_t *cp, int n, int w, int *cut)
{
    hb_font_t *font = sh && file && n > 0 ? font_of(sh, file) : NULL;
    if (!font) return false;
    hb_font_set_scale(font, px * 64, px * 64);
    hb_buffer_t *b = sh->buf;
    hb_buffer_clear_contents(b);
    hb_buffer_add_utf32(b, cp, n, 0, n);
    hb_buffer_set_direction(b, rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_buffer_set_script(b, (hb_script_t)script);
    hb_buffer_guess_segment_properties(b); /* the language; the rest is set */
    hb_shape(font, b, NULL, 0);
    unsigned len = 0;
    hb_glyph_info_t *info = hb_buffer_get_glyph_infos(b, &len);
    hb_glyph_position_t *pos = hb_buffer_get_glyph_positions(b, &len);
    if (!info || !pos || len == 0) return false;
    /* adv[k]: the advance of the glyphs of the cluster that starts at k. */
    long *adv = calloc((size_t)n + 1, sizeof *adv);
    bool *starts = calloc((size_t)n + 1, sizeof *starts);
    if (!adv || !starts) {
        free(adv);
        free(starts);
        return false;
    }
    long total = 0;
    for (unsigned i = 0; i < len; i++) {
        unsigned c = info[i].cluster < (unsigned)n ? info[i].cluster : (unsigned)n - 1;
        starts[c] = true;
        adv[c] += pos[i].x_advance;
        total += pos[i].x_advance;
    }
    starts[0] = starts[n] = true;
    long before = 0;
    for (int k = 0; k <= n; k++) {
        if (!starts[k]) {
            cut[k] = -1;
            continue;
        }
        cut[k] = total > 0 ? (int)((before * w + total / 2) / total) : (int)((long)w * k / n);
        before += adv[k];
    }
    cut[n] = w;
    free(adv);
    free(starts);
    return true;
}
