/* ui_frame.c: the boxes a frame lays out, clipping for scroll views, and the
 * two widgets every screen uses (labels and buttons).
 *
 * Why record boxes: one list serves hit testing (a click goes to the box
 * under it, exactly where it was drawn) and the layout tests (every text
 * inside the window, no overlaps, every choice clickable). */
#include "ui_gfx.h"

#include <stdlib.h>

void ui_frame_clear(ui_frame *f)
{
    f->n = 0;
    f->n_clip = 0;
}

void ui_frame_free(ui_frame *f)
{
    free(f->v);
    f->v = NULL;
    f->n = f->cap = f->n_clip = 0;
}

void ui_frame_add(ui_frame *f, SDL_Rect r, ui_box_kind kind, int action, int arg)
{
    if (f->n_clip > 0) {
        SDL_Rect out;
        if (!SDL_IntersectRect(&r, &f->clip[f->n_clip - 1], &out)) return;
        r = out;
    }
    if (r.w <= 0 || r.h <= 0) return;
    if (f->n == f->cap) {
        int nc = f->cap ? f->cap * 2 : 128;
        ui_box *nv = realloc(f->v, sizeof *nv * (size_t)nc);
        if (!nv) return;
        f->v = nv;
        f->cap = nc;
    }
    ui_box b = {r, kind, action, arg};
    f->v[f->n++] = b;
}

const ui_box *ui_frame_hit(const ui_frame *f, int x, int y)
{
    SDL_Point p = {x, y};
    for (int i = f->n - 1; i >= 0; i--) /* later boxes are drawn on top */
        if (f->v[i].kind == UI_BOX_HIT && SDL_PointInRect(&p, &f->v[i].r)) return &f->v[i];
    return NULL;
}

int ui_pad(const ui_ctx *cx)
{
    int p = ui_text_size(cx->text) / 2;
    return p < 4 ? 4 : p;
}

void ui_clip_push(ui_ctx *cx, SDL_Rect r)
{
    ui_frame *f = &cx->frame;
    if (f->n_clip > 0) {
        SDL_Rect out;
        if (!SDL_IntersectRect(&r, &f->clip[f->n_clip - 1], &out)) out.w = out.h = 0;
        r = out;
    }
    if (f->n_clip < UI_MAX_CLIP) f->clip[f->n_clip++] = r;
    SDL_RenderSetClipRect(cx->ren, &r);
}

void ui_clip_pop(ui_ctx *cx)
{
    ui_frame *f = &cx->frame;
    if (f->n_clip > 0) f->n_clip--;
    SDL_RenderSetClipRect(cx->ren, f->n_clip > 0 ? &f->clip[f->n_clip - 1] : NULL);
}

int ui_label_ex(ui_ctx *cx, ui_font_id f, const char *s, int x, int y, int w, int max_lines,
                SDL_Color c, int n_glyphs)
{
    const ui_layout *l = ui_text_layout(cx->text, f, s, w, max_lines);
    if (l->n_glyphs == 0) return 0;
    ui_text_draw(cx->text, l, x, y, c, n_glyphs);
    SDL_Rect r = {x, y, l->w, l->h};
    ui_frame_add(&cx->frame, r, UI_BOX_TEXT, 0, 0);
    return l->h;
}

int ui_label(ui_ctx *cx, ui_font_id f, const char *s, int x, int y, int w, SDL_Color c)
{
    return ui_label_ex(cx, f, s, x, y, w, 0, c, -1);
}

bool ui_hovered(const ui_ctx *cx, SDL_Rect r)
{
    SDL_Point p = {cx->mouse_x, cx->mouse_y};
    return SDL_PointInRect(&p, &r);
}

void ui_button(ui_ctx *cx, SDL_Rect r, const char *label, int action, int arg, bool focus)
{
    const ui_theme *th = &cx->th;
    int rad = ui_pad(cx) / 2;
    bool hot = ui_hovered(cx, r);
    if (focus) {
        SDL_Rect ring = {r.x - 3, r.y - 3, r.w + 6, r.h + 6};
        ui_fill_round(cx, ring, rad + 3, th->focus);
    }
    ui_fill_round(cx, r, rad, th->border);
    SDL_Rect in = {r.x + 1, r.y + 1, r.w - 2, r.h - 2};
    ui_fill_round(cx, in, rad, hot ? th->hover : th->panel);
    const ui_layout *l = ui_text_layout(cx->text, UI_F_BOLD, label, r.w - 2 * ui_pad(cx) / 2, 1);
    /* Centred by its letters: a right-to-left label is laid out against the
     * right of its wrap width, so l->w would push it to the right. */
    int tx = r.x + (r.w - l->text_w) / 2 - l->text_x, ty = r.y + (r.h - l->h) / 2;
    ui_text_draw(cx->text, l, tx, ty, th->text, -1);
    SDL_Rect tr = {tx + l->text_x, ty, l->text_w, l->h};
    ui_frame_add(&cx->frame, tr, UI_BOX_TEXT, 0, 0);
    ui_frame_add(&cx->frame, r, UI_BOX_HIT, action, arg);
}
