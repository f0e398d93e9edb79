/* ui_progress.c: the player's progress. A line chart of each skill's
 * accuracy (design.md: how close each choice was to the best one open at that
 * moment) over the finished sessions, each point labelled with its scenario
 * (a letter, named in the row of scenarios above the chart) and assessed
 * sessions shaded; picking a scenario in that row (click, or Left/Right)
 * shows only its attempts, labelled #1, #2 ... Drills (runs started at a
 * chosen moment) are parts of a conversation and never mix into these charts.
 * Under it, confidence (docs/practice.md): how confident the player said they
 * felt before and after each of the same sessions, 1 to 5, point for point
 * under the accuracy chart, when they were asked. Then sessions per week for
 * the last eight weeks, and the next recommendation. focus[UI_SCR_PROGRESS] is the scenario shown:
 * 0 all, else 1 + its place in the row. */
#include "i18n.h"
#include "ui_local.h"

#include <stdio.h>
#include <string.h>

#define MAX_POINTS 30 /* the latest sessions charted */
#define MAX_SCEN 52   /* scenarios in the row (letters A-Z, then AA-ZZ) */

static SDL_Color series(const ui_ctx *cx, int k)
{
    return cx->th.series[k % 3];
}

/* Days since 1970 for an ISO 8601 date (its day, in UTC), or -1. */
static long day_of(const char *iso)
{
    long long t = app_iso_seconds(iso);
    return t < 0 ? -1 : (long)(t / 86400);
}

/* Today, as days since 1970 (UTC). */
static long day_of_now(void)
{
    long long t = app_now_seconds();
    return t < 0 ? -1 : (long)(t / 86400);
}

/* A finished whole session (not a drill, not an abandoned run). */
static bool charted(const st_record *r)
{
    return r->outcome && !(r->kind && strcmp(r->kind, "drill") == 0);
}

/* What the chart shows this frame. */
typedef struct view {
    const char *scen[MAX_SCEN]; /* scenario ids in the order first played; borrowed */
    const char *title[MAX_SCEN];
    int n_scen;
    int pick;            /* -1 all, else the scenario shown */
    int idx[MAX_POINTS]; /* records charted, oldest first */
    int n;
    int drills; /* finished drills, left out */
} view;

static int scen_of(const view *v, const char *id)
{
    for (int i = 0; id && i < v->n_scen; i++)
        if (strcmp(v->scen[i], id) == 0) return i;
    return -1;
}

const char *ui_scenario_title(const ui_state *st, const char *id, const char *recorded)
{
    /* The library's title is the scenario's as it reads now, in the player's
     * language (the library loads each scenario translated); the recorded
     * one is in the language it was played in. */
    int e = id ? app_library_find(&st->lib, id) : -1;
    if (e >= 0 && st->lib.v[e].ok && st->lib.v[e].title[0]) return st->lib.v[e].title;
    return recorded && *recorded ? recorded : id ? id : "?";
}

static void collect(ui_state *st, view *v)
{
    const st_progress *pr = &st->progress;
    memset(v, 0, sizeof *v);
    for (int i = 0; i < pr->n_records; i++) {
        const st_record *r = &pr->records[i];
        if (r->outcome && !charted(r)) v->drills++;
        if (!charted(r) || !r->scenario || scen_of(v, r->scenario) >= 0 || v->n_scen == MAX_SCEN)
            continue;
        v->title[v->n_scen] = ui_scenario_title(st, r->scenario, r->title);
        v->scen[v->n_scen++] = r->scenario;
    }
    int *f = &st->focus[UI_SCR_PROGRESS];
    if (*f < 0 || *f > v->n_scen) *f = 0;
    v->pick = *f - 1;
    int tmp[MAX_POINTS], n = 0; /* newest first, then turned round */
    for (int i = pr->n_records - 1; i >= 0 && n < MAX_POINTS; i--) {
        const st_record *r = &pr->records[i];
        if (charted(r) && (v->pick < 0 || scen_of(v, r->scenario) == v->pick)) tmp[n++] = i;
    }
    for (int j = 0; j < n; j++)
        v->idx[j] = tmp[n - 1 - j];
    v->n = n;
}

/* "A" .. "Z", "AA" .. "ZZ": a scenario's letter. */
static void letter(int i, char *buf, size_t n)
{
    if (i < 26)
        snprintf(buf, n, "%c", 'A' + i);
    else
        snprintf(buf, n, "%c%c", 'A' + i / 26 - 1, 'A' + i % 26);
}

static bool assessed(const st_record *r)
{
    return r->mode && strcmp(r->mode, "assessed") == 0;
}

/* The row of scenarios: "All sessions", then "A  The coffee line" ... each a
 * button that shows that scenario alone. Returns its height. */
static int scen_row(ui_state *st, const view *v, int x, int y, int w)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx), bh = ui_text_line_h(cx->text, UI_F_SMALL) + p / 2;
    int bx = x, by = y;
    for (int i = -1; i < v->n_scen; i++) {
        char lab[200], l[8];
        letter(i < 0 ? 0 : i, l, sizeof l);
        if (i < 0)
            snprintf(lab, sizeof lab, _("All sessions"));
        else
            snprintf(lab, sizeof lab, "%s  %.60s", l, v->title[i]);
        int bw = ui_text_layout(cx->text, UI_F_SMALL, lab, 0, 1)->w + 2 * p;
        if (bw > w) bw = w;
        if (bx > x && bx + bw > x + w) { /* wrap */
            bx = x;
            by += bh + p / 2;
        }
        SDL_Rect r = {bx, by, bw, bh};
        bool on = v->pick == i;
        ui_fill_round(cx, r, p / 2, on ? cx->th.accent : cx->th.border);
        SDL_Rect in = {r.x + 1, r.y + 1, r.w - 2, r.h - 2};
        ui_fill_round(cx, in, p / 2,
                      on                  ? cx->th.accent
                      : ui_hovered(cx, r) ? cx->th.hover
                                          : cx->th.panel);
        const ui_layout *tl = ui_text_layout(cx->text, UI_F_SMALL, lab, bw - 2 * p, 1);
        ui_text_draw(cx->text, tl, r.x + p, r.y + (bh - tl->h) / 2,
                     on ? cx->th.on_accent : cx->th.text, -1);
        SDL_Rect tr = {r.x + p, r.y + (bh - tl->h) / 2, tl->w, tl->h};
        ui_frame_add(&cx->frame, tr, UI_BOX_TEXT, 0, 0);
        ui_frame_add(&cx->frame, r, UI_BOX_HIT, UI_ACT_FOCUS, i + 1);
        bx += bw + p / 2;
    }
    return by + bh - y;
}

/* The point's label under the chart: its scenario's letter, or in one
 * scenario's view its attempt number. */
static void point_label(const view *v, const st_record *r, char *buf, size_t n)
{
    if (v->pick >= 0) {
        if (r->attempt > 0)
            snprintf(buf, n, "#%d", r->attempt);
        else
            snprintf(buf, n, "?");
        return;
    }
    letter(scen_of(v, r->scenario), buf, n);
}

static int chart(ui_state *st, const view *v, int x, int y, int w, int h)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx);
    const st_progress *pr = &st->progress;
    int lh = ui_text_line_h(cx->text, UI_F_SMALL);
    int axis_w = ui_text_layout(cx->text, UI_F_SMALL, "100%", 0, 1)->w + p / 2;
    /* A dot at 100% reaches above the plot: room for it under the legend. */
    SDL_Rect plot = {x + axis_w, y + p, w - axis_w - p, h - p - lh};
    ui_fill_rect(cx, plot, cx->th.panel);
    float span = (float)(plot.w - 2 * p);
    /* Assessed sessions: a shaded column behind the point. */
    float col = v->n > 1 ? span / (float)(v->n - 1) : span;
    int band = (int)(col * 0.6f);
    if (band < p) band = p;
    if (band > 4 * p) band = 4 * p;
    for (int j = 0; j < v->n; j++) {
        if (!assessed(&pr->records[v->idx[j]])) continue;
        float fx = v->n > 1 ? (float)j / (float)(v->n - 1) : 0.5f;
        int cxp = plot.x + p + (int)(fx * span);
        SDL_Rect b = {cxp - band / 2, plot.y, band, plot.h};
        if (b.x < plot.x) b.x = plot.x;
        if (b.x + b.w > plot.x + plot.w) b.w = plot.x + plot.w - b.x;
        ui_fill_rect(cx, b, cx->th.panel_alt);
    }
    for (int g = 0; g <= 4; g++) {
        int gy = plot.y + plot.h - plot.h * g / 4;
        SDL_Rect line = {plot.x, gy, plot.w, 1};
        ui_fill_rect(cx, line, cx->th.bar_bg);
        char lab[8];
        snprintf(lab, sizeof lab, "%d%%", g * 25);
        int ly = gy - lh / 2;
        if (g == 4) ly = gy; /* keep the top label inside the chart's area */
        if (g == 0) ly = gy - lh;
        ui_label(cx, UI_F_SMALL, lab, x, ly, 0, cx->th.dim);
    }
    if (v->n == 0) {
        ui_label(cx, UI_F_BODY, _("Finish a scenario to see your skills here."), plot.x + p,
                 plot.y + plot.h / 2 - p, plot.w - 2 * p, cx->th.dim);
        return h;
    }
    /* Labels under the points, skipped where the previous one is too close. */
    int last_end = plot.x - p;
    for (int j = 0; j < v->n; j++) {
        const st_record *r = &pr->records[v->idx[j]];
        char lab[16];
        point_label(v, r, lab, sizeof lab);
        float fx = v->n > 1 ? (float)j / (float)(v->n - 1) : 0.5f;
        int cxp = plot.x + p + (int)(fx * span);
        ui_font_id f = assessed(r) ? UI_F_BOLD : UI_F_SMALL;
        const ui_layout *l = ui_text_layout(cx->text, f, lab, 0, 1);
        int lx = cxp - l->w / 2;
        if (lx < last_end + p / 2 || lx + l->w > x + w) continue;
        ui_label(cx, f, lab, lx, plot.y + plot.h + 2, 0, assessed(r) ? cx->th.text : cx->th.dim);
        last_end = lx + l->w;
    }
    for (int k = 0; k < CORE_N_DEFAULT_SKILLS; k++) {
        SDL_FPoint pts[MAX_POINTS];
        int m = 0;
        for (int j = 0; j < v->n; j++) { /* oldest on the left */
            const st_record *r = &pr->records[v->idx[j]];
            for (int s = 0; s < r->n_skills; s++) {
                const st_skill *sk = &r->skills[s];
                /* No point where there is no accuracy (no step tested the
                 * skill, or a session saved before accuracy existed). */
                if (strcmp(sk->name, core_default_skills[k]) != 0 || !sk->has_accuracy) continue;
                float fx = v->n > 1 ? (float)j / (float)(v->n - 1) : 0.5f;
                pts[m].x = (float)plot.x + (float)p + fx * span;
                pts[m].y = (float)(plot.y + plot.h) - (float)(sk->accuracy / 100.0) * (float)plot.h;
                m++;
            }
        }
        /* Each skill a size thinner than the one before, so where two have
         * the same accuracy both still show, one inside the other. */
        float lw = (5.0f - 1.5f * (float)k) * cx->dpi, r = (7.0f - 2.0f * (float)k) * cx->dpi;
        if (m > 1) ui_polyline(cx, pts, m, lw, series(cx, k));
        for (int i = 0; i < m; i++)
            ui_fill_ellipse(cx, pts[i].x, pts[i].y, r, r, series(cx, k));
    }
    return h;
}

/* Confidence before (hollow, dim) and after (filled) each charted session,
 * 1 to 5, on the accuracy chart's x positions, joined by a line when both
 * were given. Returns the height used, 0 when no charted session has any. */
static int confidence_chart(ui_state *st, const view *v, int x, int y, int w)
{
    ui_ctx *cx = st->cx;
    const st_progress *pr = &st->progress;
    bool any = false;
    for (int j = 0; j < v->n && !any; j++) {
        const st_record *r = &pr->records[v->idx[j]];
        any = r->confidence_before || r->confidence_after;
    }
    if (!any) return 0;
    int p = ui_pad(cx), lh = ui_text_line_h(cx->text, UI_F_SMALL), h = 0;
    h += ui_label(cx, UI_F_BOLD, _("Confidence, before and after"), x, y, w, cx->th.text) + p / 3;
    h += ui_label(cx, UI_F_SMALL,
                  _("How confident you said you felt about a conversation like it, 1 to 5: a ring "
                    "before, a dot after."),
                  x, y + h, w, cx->th.dim) +
         p / 2;
    int axis_w = ui_text_layout(cx->text, UI_F_SMALL, "100%", 0, 1)->w + p / 2;
    int ph = 4 * lh + 2 * p; /* space for the five labels */
    SDL_Rect plot = {x + axis_w, y + h + lh / 2, w - axis_w - p, ph};
    ui_fill_rect(cx, plot, cx->th.panel);
    for (int g = 1; g <= 5; g++) {
        int gy = plot.y + plot.h - plot.h * (g - 1) / 4;
        SDL_Rect line = {plot.x, gy, plot.w, 1};
        ui_fill_rect(cx, line, cx->th.bar_bg);
        char lab[4];
        snprintf(lab, sizeof lab, "%d", g);
        ui_label(cx, UI_F_SMALL, lab, x, gy - lh / 2, 0, cx->th.dim);
    }
    float span = (float)(plot.w - 2 * p);
    float r = 5.0f * cx->dpi;
    for (int j = 0; j < v->n; j++) {
        const st_record *rec = &pr->records[v->idx[j]];
        float fx = v->n > 1 ? (float)j / (float)(v->n - 1) : 0.5f;
        float px = (float)plot.x + (float)p + fx * span;
        float yb =
            (float)(plot.y + plot.h) - (float)(rec->confidence_before - 1) / 4.0f * (float)plot.h;
        float ya =
            (float)(plot.y + plot.h) - (float)(rec->confidence_after - 1) / 4.0f * (float)plot.h;
        if (rec->confidence_before && rec->confidence_after) {
            SDL_FPoint seg[2] = {{px, yb}, {px, ya}};
            ui_polyline(cx, seg, 2, 2.0f * cx->dpi, cx->th.border);
        }
        if (rec->confidence_before) {
            ui_fill_ellipse(cx, px, yb, r, r, cx->th.dim);
            ui_fill_ellipse(cx, px, yb, r - 2.0f * cx->dpi, r - 2.0f * cx->dpi, cx->th.panel);
        }
        if (rec->confidence_after) ui_fill_ellipse(cx, px, ya, r, r, cx->th.accent);
    }
    return h + ph + lh;
}

/* The skills' colours, and what a shaded column means. */
static int legend(ui_state *st, int x, int y, int w)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx), bx = x, lh = ui_text_line_h(cx->text, UI_F_SMALL);
    for (int k = 0; k <= CORE_N_DEFAULT_SKILLS; k++) {
        const char *name = k < CORE_N_DEFAULT_SKILLS ? _(core_skill_label(core_default_skills[k]))
                                                     : _("Assessed (shaded)");
        const ui_layout *l = ui_text_layout(cx->text, UI_F_SMALL, name, 0, 1);
        if (bx + l->w + 2 * p > x + w) break;
        if (k < CORE_N_DEFAULT_SKILLS) {
            SDL_Rect sw = {bx, y + lh / 2 - 3, p, 6};
            ui_fill_round(cx, sw, 3, series(cx, k));
        } else {
            SDL_Rect sw = {bx, y, p, lh};
            ui_fill_rect(cx, sw, cx->th.panel_alt);
            ui_rect_outline(cx, sw, cx->th.border, 1);
        }
        ui_label(cx, UI_F_SMALL, name, bx + p + p / 2, y, 0, cx->th.text);
        bx += l->w + 3 * p;
    }
    return lh;
}

void ui_progress_weeks(const ui_state *st, int count[8])
{
    /* Today by the clock that stamps sessions (app_now_seconds: st_now's), so
     * a test that injects $RAPPORT_NOW sees the bars it expects any day. */
    long today = day_of_now();
    for (int i = 0; i < 8; i++)
        count[i] = 0;
    for (int i = 0; i < st->progress.n_records; i++) {
        if (!charted(&st->progress.records[i])) continue;
        long d = day_of(st->progress.records[i].started);
        if (d < 0) continue;
        long wk = (today - d) / 7;
        if (wk >= 0 && wk < 8) count[7 - wk]++;
    }
}

static int weeks(ui_state *st, int x, int y, int w, int h)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx), count[8], max = 1;
    ui_progress_weeks(st, count);
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
        const char *lab = i == 7 ? _("now") : NULL;
        char wl[16];
        if (!lab) {
            /* TRANSLATORS: weeks ago, under the weekly bars: -3w */
            snprintf(wl, sizeof wl, _("-%dw"), 7 - i);
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
    snprintf(title, sizeof title, _("Progress · %s"), st->player ? st->player : "");
    ui_bar_button bb[] = {{_("Back (Esc)"), UI_ACT_BACK, 0}};
    int top = ui_top_bar(st, title, bb, 1);
    view v;
    collect(st, &v);
    SDL_Rect view_r = {0, top, cx->w, cx->h - top};
    int y0 = ui_scroll_begin(st, view_r), y = y0 + p;
    int x = 2 * p, w = cx->w - 4 * p;
    char buf[400];
    if (v.pick >= 0)
        snprintf(buf, sizeof buf, _("Accuracy over your attempts at %s"), v.title[v.pick]);
    else
        snprintf(buf, sizeof buf, _("Accuracy over your sessions"));
    y += ui_label(cx, UI_F_BOLD, buf, x, y, w, cx->th.text) + p / 3;
    y += ui_label(cx, UI_F_SMALL,
                  _("How close each of your choices was to the best one available at that moment. "
                    "Pick a scenario to see its attempts (Left, Right)."),
                  x, y, w, cx->th.dim) +
         p / 2;
    if (v.n_scen > 0) y += scen_row(st, &v, x, y, w) + p / 2;
    y += legend(st, x, y, w) + p / 2;
    int ch = (cx->h - top) * 2 / 5;
    if (ch < 8 * p) ch = 8 * p;
    /* Room for the five percent labels apart, however large the text. */
    int lab_h = ui_text_line_h(cx->text, UI_F_SMALL);
    if (ch < 7 * lab_h + 2 * p) ch = 7 * lab_h + 2 * p;
    y += chart(st, &v, x, y, w, ch) + p;
    int conf_h = confidence_chart(st, &v, x, y, w);
    if (conf_h) y += conf_h + p;
    int finished = 0;
    for (int i = 0; i < st->progress.n_records; i++)
        finished += charted(&st->progress.records[i]);
    int len = snprintf(buf, sizeof buf, P_("%d finished session", "%d finished sessions", finished),
                       finished);
    if (v.drills > 0 && len > 0 && (size_t)len < sizeof buf)
        snprintf(
            buf + len, sizeof buf - (size_t)len,
            P_("; %d drill, not in these charts", "; %d drills, not in these charts", v.drills),
            v.drills);
    strncat(buf, ".", sizeof buf - strlen(buf) - 1);
    y += ui_label(cx, UI_F_SMALL, buf, x, y, w, cx->th.dim) + p;
    y += ui_label(cx, UI_F_BOLD, _("Sessions per week"), x, y, w, cx->th.text) + p / 2;
    y += weeks(st, x, y, w, 7 * p) + p;
    if (st->recommend >= 0 && st->recommend < st->lib.n) {
        snprintf(buf, sizeof buf, _("Next: %s"), st->lib.v[st->recommend].title);
        y += ui_label(cx, UI_F_BOLD, buf, x, y, w, cx->th.accent) + p / 3;
        y += ui_label(cx, UI_F_SMALL, st->reason, x, y, w, cx->th.dim) + p / 2;
        int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p;
        const char *btn = _("Start it (Enter)");
        int bw = ui_text_layout(cx->text, UI_F_BOLD, btn, 0, 1)->w + 2 * p;
        SDL_Rect b = {x, y, bw, bh};
        ui_button(cx, b, btn, UI_ACT_OPEN, st->recommend, true);
        y += bh + p;
    }
    ui_scroll_end(st, view_r, y - y0);
}

bool ui_progress_key(ui_state *st, const SDL_KeyboardEvent *k)
{
    int *f = &st->focus[UI_SCR_PROGRESS];
    switch (k->keysym.sym) {
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        if (st->recommend >= 0) ui_state_act(st, UI_ACT_OPEN, st->recommend);
        return true;
    case SDLK_LEFT: /* the scenario shown; the next draw brings it into range */
        if (*f > 0) (*f)--;
        return true;
    case SDLK_RIGHT:
        (*f)++;
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
