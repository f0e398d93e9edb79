/* ui_draw.c: shapes and the portrait, built from triangles with
 * SDL_RenderGeometry so no image files are needed and everything scales with
 * the window. Depends on: SDL2 (2.0.18+ for SDL_RenderGeometry). */
#include "ui_gfx.h"

#include <math.h>

#define PI_F 3.14159265f
#define MAX_VERTS 512

static SDL_Vertex vtx(float x, float y, SDL_Color c)
{
    SDL_Vertex v = {{x, y}, c, {0, 0}};
    return v;
}

void ui_fill_rect(ui_ctx *cx, SDL_Rect r, SDL_Color c)
{
    SDL_SetRenderDrawBlendMode(cx->ren, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(cx->ren, c.r, c.g, c.b, c.a);
    SDL_RenderFillRect(cx->ren, &r);
}

void ui_rect_outline(ui_ctx *cx, SDL_Rect r, SDL_Color c, int t)
{
    SDL_Rect e[4] = {{r.x, r.y, r.w, t},
                     {r.x, r.y + r.h - t, r.w, t},
                     {r.x, r.y, t, r.h},
                     {r.x + r.w - t, r.y, t, r.h}};
    for (int i = 0; i < 4; i++)
        ui_fill_rect(cx, e[i], c);
}

/* A triangle fan around (x, y) through n points given in p. */
static void fan(ui_ctx *cx, float x, float y, const SDL_FPoint *p, int n, SDL_Color c)
{
    SDL_Vertex v[MAX_VERTS * 3];
    int k = 0;
    for (int i = 0; i < n && k + 3 <= MAX_VERTS * 3; i++) {
        const SDL_FPoint *a = &p[i], *b = &p[(i + 1) % n];
        v[k++] = vtx(x, y, c);
        v[k++] = vtx(a->x, a->y, c);
        v[k++] = vtx(b->x, b->y, c);
    }
    SDL_RenderGeometry(cx->ren, NULL, v, k, NULL, 0);
}

void ui_fill_round(ui_ctx *cx, SDL_Rect r, int radius, SDL_Color c)
{
    int rad = radius;
    if (rad * 2 > r.w) rad = r.w / 2;
    if (rad * 2 > r.h) rad = r.h / 2;
    if (rad <= 1) {
        ui_fill_rect(cx, r, c);
        return;
    }
    /* Corner arcs of 6 segments each around the centre: a convex fan. */
    SDL_FPoint p[4 * 7];
    int n = 0;
    float fr = (float)rad;
    float cxs[4] = {(float)(r.x + r.w - rad), (float)(r.x + rad), (float)(r.x + rad),
                    (float)(r.x + r.w - rad)};
    float cys[4] = {(float)(r.y + rad), (float)(r.y + rad), (float)(r.y + r.h - rad),
                    (float)(r.y + r.h - rad)};
    for (int q = 0; q < 4; q++)
        for (int s = 0; s <= 6; s++) {
            float a = (float)q * PI_F / 2 + (float)s * PI_F / 12;
            p[n].x = cxs[q] + cosf(a) * fr;
            p[n].y = cys[q] - sinf(a) * fr;
            n++;
        }
    fan(cx, (float)r.x + (float)r.w / 2, (float)r.y + (float)r.h / 2, p, n, c);
}

void ui_fill_ellipse(ui_ctx *cx, float x, float y, float rx, float ry, SDL_Color c)
{
    SDL_FPoint p[48];
    for (int i = 0; i < 48; i++) {
        float a = (float)i * 2 * PI_F / 48;
        p[i].x = x + cosf(a) * rx;
        p[i].y = y + sinf(a) * ry;
    }
    fan(cx, x, y, p, 48, c);
}

void ui_polyline(ui_ctx *cx, const SDL_FPoint *p, int n, float width, SDL_Color c)
{
    SDL_Vertex v[MAX_VERTS];
    int k = 0;
    float hw = width / 2;
    for (int i = 0; i + 1 < n && k + 6 <= MAX_VERTS; i++) {
        float dx = p[i + 1].x - p[i].x, dy = p[i + 1].y - p[i].y;
        float len = sqrtf(dx * dx + dy * dy);
        if (len < 0.01f) continue;
        float nx = -dy / len * hw, ny = dx / len * hw;
        SDL_Vertex a = vtx(p[i].x + nx, p[i].y + ny, c), b = vtx(p[i].x - nx, p[i].y - ny, c);
        SDL_Vertex d = vtx(p[i + 1].x + nx, p[i + 1].y + ny, c);
        SDL_Vertex e = vtx(p[i + 1].x - nx, p[i + 1].y - ny, c);
        v[k++] = a, v[k++] = b, v[k++] = d;
        v[k++] = b, v[k++] = e, v[k++] = d;
    }
    if (k > 0) SDL_RenderGeometry(cx->ren, NULL, v, k, NULL, 0);
    /* Round joints so thick lines have no notches at the corners. */
    for (int i = 0; i < n; i++)
        ui_fill_ellipse(cx, p[i].x, p[i].y, hw, hw, c);
}

static SDL_Color mix(SDL_Color a, SDL_Color b, float t)
{
    SDL_Color c = {(Uint8)((float)a.r + ((float)b.r - (float)a.r) * t),
                   (Uint8)((float)a.g + ((float)b.g - (float)a.g) * t),
                   (Uint8)((float)a.b + ((float)b.b - (float)a.b) * t), 255};
    return c;
}

/* A quadratic curve from a through control c to b, as a thick line. */
static void curve(ui_ctx *cx, SDL_FPoint a, SDL_FPoint c, SDL_FPoint b, float w, SDL_Color col)
{
    SDL_FPoint p[13];
    for (int i = 0; i <= 12; i++) {
        float t = (float)i / 12, u = 1 - t;
        p[i].x = u * u * a.x + 2 * u * t * c.x + t * t * b.x;
        p[i].y = u * u * a.y + 2 * u * t * c.y + t * t * b.y;
    }
    ui_polyline(cx, p, 13, w, col);
}

void ui_portrait(ui_ctx *cx, SDL_Rect r, double trust, int palette, bool dim)
{
    const ui_theme *th = &cx->th;
    int pal = (palette % 4 + 4) % 4;
    /* Expression: e in -1 (guarded, displeased) .. +1 (warm, open). */
    float e = (float)(trust / 3.0);
    if (e > 1) e = 1;
    if (e < -1) e = -1;
    float s = (float)(r.w < r.h ? r.w : r.h);
    float x0 = (float)r.x + (float)r.w / 2, y0 = (float)r.y + (float)r.h / 2;
    SDL_Color skin = th->skin[pal], hair = th->hair[pal], ink = {40, 30, 30, 255};
    SDL_Color bgc = mix(th->panel_alt, e >= 0 ? th->good : th->poor, 0.18f * fabsf(e));
    if (dim) {
        skin = mix(skin, th->panel, 0.5f);
        hair = mix(hair, th->panel, 0.5f);
        ink = mix(ink, th->panel, 0.5f);
    }
    ui_fill_round(cx, r, (int)(s * 0.12f), bgc);
    /* Shoulders, then neck, head and hair. */
    SDL_Color shirt = mix(th->accent, th->panel, 0.35f);
    ui_fill_ellipse(cx, x0, y0 + s * 0.52f, s * 0.36f, s * 0.22f, shirt);
    ui_fill_ellipse(cx, x0, y0 + s * 0.18f, s * 0.09f, s * 0.14f, skin);
    ui_fill_ellipse(cx, x0, y0 - s * 0.12f, s * 0.27f, s * 0.30f, hair);
    ui_fill_ellipse(cx, x0, y0 - s * 0.04f, s * 0.23f, s * 0.27f, skin);
    ui_fill_ellipse(cx, x0, y0 - s * 0.26f, s * 0.22f, s * 0.08f, hair);
    /* Eyes open a little wider with trust; brows lift and relax. */
    float ey = y0 - s * 0.07f, ex = s * 0.09f;
    float eh = s * (0.022f + 0.008f * e);
    ui_fill_ellipse(cx, x0 - ex, ey, s * 0.026f, eh, ink);
    ui_fill_ellipse(cx, x0 + ex, ey, s * 0.026f, eh, ink);
    float by = ey - s * 0.055f - s * 0.015f * e;
    float tilt = s * 0.025f * (e < 0 ? -e : 0); /* frowning brows slope inwards */
    SDL_FPoint bl[2] = {{x0 - ex - s * 0.05f, by}, {x0 - ex + s * 0.045f, by + tilt}};
    SDL_FPoint br[2] = {{x0 + ex - s * 0.045f, by + tilt}, {x0 + ex + s * 0.05f, by}};
    ui_polyline(cx, bl, 2, s * 0.018f, hair);
    ui_polyline(cx, br, 2, s * 0.018f, hair);
    /* Mouth: a curve whose middle drops for a smile and rises for a frown. */
    float my = y0 + s * 0.09f, mw = s * (0.075f + 0.02f * (e > 0 ? e : 0));
    SDL_FPoint ma = {x0 - mw, my}, mb = {x0 + mw, my}, mc = {x0, my + s * 0.07f * e};
    curve(cx, ma, mc, mb, s * 0.02f, mix(ink, skin, 0.25f));
}
