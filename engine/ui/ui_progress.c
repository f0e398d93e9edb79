/* ui_progress.c: the player's progress. A line chart of each skill's percent
 * over the finished sessions (the latest 30), sessions per week for the last
 * eight weeks, and the next recommendation. */
#include "ui_local.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#define MAX_POINTS 30
static const char *const skills[3] = {"listening", "empathy", "value_first"};

static SDL_Color series(const ui_ctx *cx, int k)
{
    return cx->th.series[k % 3];
}

/* Days since 1970 for an ISO 8601 date, or -1. */
static long day_of(const char *iso)
{
    int y, m, d;
    if (!iso || sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3) return -1;
    /* Days from civil (Howard Hinnant's algorithm): no timezone functions. */
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static int chart(ui_state *st, int x, int y, int w, int h)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx);
    const st_progress *pr = &st->progress;
    int idx[MAX_POINTS], n = 0;
    for (int i = pr->n_records - 1; i >= 0 && n < MAX_POINTS; i--)
        if (pr->records[i].outcome) idx[n++] = i;
    int axis_w = ui_text_layout(cx->text, UI_F_SMALL, "100%", 0, 1)->w + p / 2;
    SDL_Rect plot = {x + axis_w, y + p / 2, w - axis_w - p, h - p};
    ui_fill_rect(cx, plot, cx->th.panel);
    for (int g = 0; g <= 4; g++) {
        int gy = plot.y + plot.h - plot.h * g / 4;
        SDL_Rect line = {plot.x, gy, plot.w, 1};
        ui_fill_rect(cx, line, cx->th.bar_bg);
        char lab[8];
        snprintf(lab, sizeof lab, "%d%%", g * 25);
        int lh = ui_text_line_h(cx->text, UI_F_SMALL);
        int ly = gy - lh / 2;
        if (g == 4) ly = gy; /* keep the top label inside the chart's area */
        if (g == 0) ly = gy - lh;
        ui_label(cx, UI_F_SMALL, lab, x, ly, 0, cx->th.dim);
    }
    if (n == 0) {
        ui_label(cx, UI_F_BODY, "Finish a scenario to see your skills here.", plot.x + p,
                 plot.y + plot.h / 2 - p, plot.w - 2 * p, cx->th.dim);
        return h;
    }
    for (int k = 0; k < 3; k++) {
        SDL_FPoint pts[MAX_POINTS];
        int m = 0;
        for (int j = n - 1; j >= 0; j--) { /* oldest on the left */
            const st_record *r = &pr->records[idx[j]];
            for (int s = 0; s < r->n_skills; s++) {
                if (strcmp(r->skills[s].name, skills[k]) != 0) continue;
                float fx = n > 1 ? (float)(n - 1 - j) / (float)(n - 1) : 0.5f;
                pts[m].x = (float)plot.x + (float)p + fx * (float)(plot.w - 2 * p);
                pts[m].y = (float)(plot.y + plot.h) -
                           (float)(r->skills[s].percent / 100.0) * (float)plot.h;
                m++;
            }
        }
        /* Each skill a size thinner than the one before, so where two have
         * the same percent both still show, one inside the other. */
        float lw = (5.0f - 1.5f * (float)k) * cx->dpi, r = (7.0f - 2.0f * (float)k) * cx->dpi;
        if (m > 1) ui_polyline(cx, pts, m, lw, series(cx, k));
        for (int i = 0; i < m; i++)
            ui_fill_ellipse(cx, pts[i].x, pts[i].y, r, r, series(cx, k));
    }
    return h;
}

static int legend(ui_state *st, int x, int y, int w)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx), bx = x, lh = ui_text_line_h(cx->text, UI_F_SMALL);
    for (int k = 0; k < 3; k++) {
        const ui_layout *l = ui_text_layout(cx->text, UI_F_SMALL, ui_skill_label(skills[k]), 0, 1);
        if (bx + l->w + 2 * p > x + w) break;
        SDL_Rect sw = {bx, y + lh / 2 - 3, p, 6};
        ui_fill_round(cx, sw, 3, series(cx, k));
        ui_label(cx, UI_F_SMALL, ui_skill_label(skills[k]), bx + p + p / 2, y, 0, cx->th.text);
        bx += l->w + 3 * p;
    }
    return lh;
}

static int weeks(ui_state *st, int x, int y, int w, int h)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx), count[8] = {0}, max = 1;
    long today = (long)(time(NULL) / 86400);
    for (int i = 0; i < st->progress.n_records; i++) {
        long d = day_of(st->progress.records[i].started);
        if (d < 0) continue;
        long wk = (today - d) / 7;
        if (wk >= 0 && wk < 8) count[7 - wk]++;
    }
    for (int i = 0; i < 8; i++)
        if (count[i] > max) max = count[i];
    int lh = ui_text_line_h(cx->text, UI_F_SMALL);
    int bw = (w - 7 * p / 2) / 8, plot_h = h - 2 * lh;
    for (int i = 0; i < 8; i++) {
        int bx = x + i * (bw + p / 2);
        int bh = plot_h * count[i] / max;
        SDL_Rect bg = {bx, y + lh, bw, plot_h};
        ui_fill_rect(cx, bg, cx->th.panel);
        SDL_Rect b = {bx, y + lh + plot_h - bh, bw, bh};
        ui_fill_rect(cx, b, cx->th.accent);
        char num[16];
        snprintf(num, sizeof num, "%d", count[i]);
        int nw = ui_text_layout(cx->text, UI_F_SMALL, num, 0, 1)->w;
        ui_label(cx, UI_F_SMALL, num, bx + (bw - nw) / 2, y, 0, cx->th.text);
        const char *lab = i == 7 ? "now" : NULL;
        char wl[16];
        if (!lab) {
            snprintf(wl, sizeof wl, "-%dw", 7 - i);
            lab = wl;
        }
        int lw = ui_text_layout(cx->text, UI_F_SMALL, lab, 0, 1)->w;
        if (lw <= bw)
            ui_label(cx, UI_F_SMALL, lab, bx + (bw - lw) / 2, y + lh + plot_h, 0, cx->th.dim);
    }
    return h;
}

void ui_progress_draw(ui_state *st)
{
    ui_ctx *cx = st->cx;
    ui_state_need_lib(st); /* for the recommendation */
    int p = ui_pad(cx);
    char title[200];
    snprintf(title, sizeof title, "Progress · %s", st->player ? st->player : "");
    ui_bar_button bb[] = {{"Back (Esc)", UI_ACT_BACK, 0}};
    int top = ui_top_bar(st, title, bb, 1);
    SDL_Rect view = {0, top, cx->w, cx->h - top};
    int y0 = ui_scroll_begin(st, view), y = y0 + p;
    int x = 2 * p, w = cx->w - 4 * p;
    int finished = 0;
    for (int i = 0; i < st->progress.n_records; i++)
        finished += st->progress.records[i].outcome != NULL;
    char buf[400];
    snprintf(buf, sizeof buf, "%d finished session%s.", finished, finished == 1 ? "" : "s");
    y += ui_label(cx, UI_F_BOLD, "Skills over your sessions (percent of the best possible)", x, y,
                  w, cx->th.text) +
         p / 2;
    y += legend(st, x, y, w) + p / 2;
    int ch = (cx->h - top) * 2 / 5;
    if (ch < 8 * p) ch = 8 * p;
    y += chart(st, x, y, w, ch) + p;
    y += ui_label(cx, UI_F_SMALL, buf, x, y, w, cx->th.dim) + p;
    y += ui_label(cx, UI_F_BOLD, "Sessions per week", x, y, w, cx->th.text) + p / 2;
    y += weeks(st, x, y, w, 7 * p) + p;
    if (st->recommend >= 0 && st->recommend < st->lib.n) {
        snprintf(buf, sizeof buf, "Next: %s", st->lib.v[st->recommend].title);
        y += ui_label(cx, UI_F_BOLD, buf, x, y, w, cx->th.accent) + p / 3;
        y += ui_label(cx, UI_F_SMALL, st->reason, x, y, w, cx->th.dim) + p / 2;
        int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p;
        const char *btn = "Start it (Enter)";
        int bw = ui_text_layout(cx->text, UI_F_BOLD, btn, 0, 1)->w + 2 * p;
        SDL_Rect b = {x, y, bw, bh};
        ui_button(cx, b, btn, UI_ACT_OPEN, st->recommend, true);
        y += bh + p;
    }
    ui_scroll_end(st, view, y - y0);
}

bool ui_progress_key(ui_state *st, const SDL_KeyboardEvent *k)
{
    switch (k->keysym.sym) {
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        if (st->recommend >= 0) ui_state_act(st, UI_ACT_OPEN, st->recommend);
        return true;
    case SDLK_DOWN:
    case SDLK_PAGEDOWN:
        st->scroll[UI_SCR_PROGRESS] += st->cx->h / 4;
        return true;
    case SDLK_UP:
    case SDLK_PAGEUP:
        st->scroll[UI_SCR_PROGRESS] -= st->cx->h / 4;
        if (st->scroll[UI_SCR_PROGRESS] < 0) st->scroll[UI_SCR_PROGRESS] = 0;
        return true;
    default:
        return false;
    }
}
