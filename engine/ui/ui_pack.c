/* ui_pack.c: exercise packs in the window (`rapport --pack FILE`,
 * docs/workshops.md). The pack screen stands in for the library: only the
 * pack's scenarios, in order, each with its place ("2 of 4"), mode and time
 * limit. Opening an entry applies its mode (practice or assessed) for that
 * session only and starts its clock; after its debrief come its discussion
 * prompts (the prompts screen), then the next entry. Sessions are recorded
 * to the player's progress as usual.
 *
 * The time limit is shown, not enforced: at zero the conversation says time
 * is up and goes on, so nobody loses a session mid-sentence; the facilitator
 * calls time. Each entry's clock starts when a player first opens it and
 * keeps running through retries (it is the exercise's slot, not a session's).
 *
 * The place (entries done, when each clock started) is the player's: it is
 * saved in its own file (app_pack_place_*, docs/pack-place.schema.json) each
 * time it changes and read back when the player is picked, so closing the
 * window, or a crash, neither resets the clocks nor forgets what was done.
 * Clocks are therefore wall-clock times, not SDL ticks. Without a player
 * (the presenter alone) nothing is kept.
 *
 * Depends on: engine/app's pack loader (app_pack_load: a core_pack, plain C
 * data) and place file (app_pack_place_*), and the library the window
 * scanned. */
#include "i18n.h"
#include "ui_local.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- loading ---- */

static void set_problems(ui_state *st, const core_diags *d, const char *fallback)
{
    size_t cap = 4096, used = 0;
    char *buf = malloc(cap);
    if (!buf) return;
    buf[0] = 0;
    int shown = 0;
    for (int i = 0; i < d->n && shown < 20; i++) {
        const core_diag *g = &d->v[i];
        if (g->severity != CORE_ERROR) continue;
        char line[700];
        int w = g->line > 0 ? snprintf(line, sizeof line, "line %d: ", g->line) : 0;
        snprintf(line + w, sizeof line - (size_t)w, "%s%s%s", g->path && *g->path ? g->path : "",
                 g->path && *g->path ? ": " : "", g->msg ? g->msg : "");
        int k = snprintf(buf + used, cap - used, "%s%s", used ? "\n" : "", line);
        if (k < 0 || (size_t)k >= cap - used) break;
        used += (size_t)k;
        shown++;
    }
    if (!used) snprintf(buf, cap, "%s", fallback);
    free(st->pack_problems);
    st->pack_problems = buf;
}

void ui_pack_load(ui_state *st, const char *file)
{
    core_diags d = {0};
    core_pack *p = app_pack_load(file, &st->lib, &d);
    /* The facilitator's terminal gets every problem, warnings included. */
    if (d.n) core_diags_print(&d, stderr);
    size_t n = p ? (size_t)(p->n_items > 0 ? p->n_items : 1) : 1;
    if (p) {
        st->pack_lib = malloc(sizeof *st->pack_lib * n);
        st->pack_why = calloc(n, sizeof *st->pack_why);
        st->pack_done = calloc(n, sizeof *st->pack_done);
        st->pack_clock = calloc(n, sizeof *st->pack_clock);
    }
    if (!p || !st->pack_lib || !st->pack_why || !st->pack_done || !st->pack_clock) {
        app_pack_free(p);
        ui_pack_free(st);
        set_problems(st, &d, _("The pack could not be loaded (out of memory)."));
        core_diags_free(&d);
        return;
    }
    st->pack = p;
    for (int i = 0; i < p->n_items; i++) {
        const core_pack_item *it = &p->items[i];
        int li = app_library_find(&st->lib, it->scenario);
        st->pack_lib[i] = li;
        char why[600] = "";
        if (li < 0) {
            snprintf(why, sizeof why, _("'%s' is not in the library."), it->scenario);
            for (int k = 0; k < d.n; k++) /* the loader's message has the "did you mean" */
                if (d.v[k].severity == CORE_ERROR && d.v[k].path && it->path &&
                    strcmp(d.v[k].path, it->path) == 0)
                    snprintf(why, sizeof why, "%s", d.v[k].msg);
        } else if (!st->lib.v[li].ok) {
            snprintf(why, sizeof why, _("This scenario has errors: %s"),
                     st->lib.v[li].error ? st->lib.v[li].error : _("run `rapport check` on it"));
            st->pack_lib[i] = -1;
        }
        if (why[0]) st->pack_why[i] = core_strdup(why);
    }
    core_diags_free(&d);
}

void ui_pack_free(ui_state *st)
{
    if (st->pack && st->pack_why)
        for (int i = 0; i < st->pack->n_items; i++)
            free(st->pack_why[i]);
    app_pack_free(st->pack);
    free(st->pack_lib);
    free(st->pack_why);
    free(st->pack_done);
    free(st->pack_clock);
    free(st->pack_problems);
    st->pack = NULL;
    st->pack_lib = NULL;
    st->pack_why = NULL;
    st->pack_done = NULL;
    st->pack_clock = NULL;
    st->pack_problems = NULL;
    st->pack_item = -1;
}

/* UTC milliseconds since 1970: pack clocks outlive the window. */
static Uint64 wall_ms(void)
{
    return (Uint64)app_pack_place_now();
}

/* Saves the player's place; a failure is said on the status line (the
 * session itself is in the progress file either way). */
static void place_save(ui_state *st)
{
    if (!st->pack || !st->player) return;
    int n = st->pack->n_items;
    long long *started = calloc((size_t)(n > 0 ? n : 1), sizeof *started);
    char *file = app_pack_place_file(st->data_dir, st->player, st->pack->id);
    char msg[600];
    if (!started || !file) {
        ui_state_say(st, false, _("Your place in this pack was not saved: out of memory."));
    } else {
        for (int i = 0; i < n; i++)
            started[i] = (long long)st->pack_clock[i];
        if (!app_pack_place_save(file, st->pack, st->player, st->pack_done, started, msg,
                                 sizeof msg))
            ui_state_say(st, false, "%s", msg);
    }
    free(started);
    free(file);
}

void ui_pack_reset_player(ui_state *st)
{
    if (!st->pack) return;
    int n = st->pack->n_items;
    for (int i = 0; i < n; i++) {
        st->pack_done[i] = false;
        st->pack_clock[i] = 0;
    }
    if (!st->player) return;
    long long *started = calloc((size_t)(n > 0 ? n : 1), sizeof *started);
    char *file = app_pack_place_file(st->data_dir, st->player, st->pack->id);
    char msg[800];
    if (started && file) {
        app_place_status s = app_pack_place_load(file, st->pack, st->player, st->pack_done, started,
                                                 msg, sizeof msg);
        long long now = app_pack_place_now();
        for (int i = 0; i < n; i++) /* a clock set ahead of now starts now */
            st->pack_clock[i] = (Uint64)app_pack_place_clock(started[i], now);
        if (s == APP_PLACE_SET_ASIDE || s == APP_PLACE_FAILED) ui_state_say(st, false, "%s", msg);
    }
    free(started);
    free(file);
}

void ui_pack_mark_done(ui_state *st)
{
    if (!st->pack || st->pack_item < 0 || st->pack_done[st->pack_item]) return;
    st->pack_done[st->pack_item] = true;
    place_save(st);
}

/* ---- entries ---- */

static bool openable(const ui_state *st, int i)
{
    return st->pack && i >= 0 && i < st->pack->n_items && st->pack_lib[i] >= 0;
}

bool ui_pack_open(ui_state *st, int i)
{
    if (!openable(st, i)) return false;
    int li = st->pack_lib[i];
    if (!ui_state_open(st, st->lib.v[li].file, li)) return false;
    st->pack_item = i;
    st->play_assessed = st->pack->items[i].mode == CORE_PACK_ASSESSED;
    if (!st->pack_clock[i]) {
        st->pack_clock[i] = wall_ms();
        place_save(st);
    }
    st->pack_shown_s = -2;
    st->focus[UI_SCR_PACK] = i;
    return true;
}

int ui_pack_next(const ui_state *st)
{
    if (!st->pack || st->pack_item < 0) return -1;
    for (int i = st->pack_item + 1; i < st->pack->n_items; i++)
        if (openable(st, i)) return i;
    return -1;
}

int ui_pack_first_todo(const ui_state *st)
{
    if (!st->pack) return -1;
    for (int i = 0; i < st->pack->n_items; i++)
        if (openable(st, i) && !st->pack_done[i]) return i;
    for (int i = 0; i < st->pack->n_items; i++)
        if (openable(st, i)) return i;
    return -1;
}

double ui_pack_time_left(const ui_state *st, bool *limited)
{
    *limited = false;
    if (!st->pack || st->pack_item < 0) return 1e9;
    double limit = st->pack->items[st->pack_item].time_limit;
    if (limit <= 0 || !st->pack_clock[st->pack_item]) return 1e9;
    *limited = true;
    Uint64 now = wall_ms(), at = st->pack_clock[st->pack_item];
    return limit - (now > at ? (double)(now - at) : 0.0) / 1000.0;
}

void ui_pack_where(const ui_state *st, char *buf, size_t n)
{
    if (!st->pack || st->pack_item < 0)
        snprintf(buf, n, "%s", "");
    else
        snprintf(buf, n, _("%d of %d · "), st->pack_item + 1, st->pack->n_items);
}

void ui_pack_clock_text(ui_state *st, char *buf, size_t n)
{
    bool limited;
    double left = ui_pack_time_left(st, &limited);
    buf[0] = 0;
    if (!limited) return;
    int s = left <= 0 ? -1 : (int)(left + 0.999); /* 0.2 s left still shows 0:01 */
    st->pack_shown_s = s;
    if (s < 0)
        snprintf(buf, n, "time is up");
    else
        snprintf(buf, n, _("%d:%02d left"), s / 60, s % 60);
}

static void mode_line(const core_pack_item *it, char *buf, size_t n)
{
    double m = it->time_limit / 60.0;
    if (it->time_limit <= 0)
        snprintf(buf, n, _("%s · no time limit"), _(app_pack_mode_name(it->mode)));
    else if (m == (double)(int)m)
        snprintf(buf, n, P_("%s · %d minute", "%s · %d minutes", (int)m),
                 _(app_pack_mode_name(it->mode)), (int)m);
    else
        snprintf(buf, n, _("%s · %.1f minutes"), _(app_pack_mode_name(it->mode)), m);
}

/* ---- the pack screen ---- */

/* One entry's card; returns its height. */
static int card(ui_state *st, int i, int x, int y, int w, bool focus, int todo)
{
    ui_ctx *cx = st->cx;
    const core_pack_item *it = &st->pack->items[i];
    int li = st->pack_lib[i];
    bool ok = li >= 0;
    int p = ui_pad(cx), iw = w - 2 * p;
    char where[64], mode[96];
    snprintf(where, sizeof where, "%d of %d", i + 1, st->pack->n_items);
    mode_line(it, mode, sizeof mode);
    const char *badge = st->pack_done[i] ? _("✓ Done") : i == todo ? _("Next") : "";
    const char *title = ok && st->lib.v[li].title[0] ? st->lib.v[li].title : it->scenario;
    const char *sub = ok ? st->lib.v[li].summary : st->pack_why[i];
    const ui_layout *wl = ui_text_layout(cx->text, UI_F_SMALL, where, 0, 1);
    const ui_layout *bl = ui_text_layout(cx->text, UI_F_SMALL, badge, 0, 1);
    const ui_layout *tl = ui_text_layout(cx->text, UI_F_BOLD, title, iw, 2);
    const ui_layout *ml = ui_text_layout(cx->text, UI_F_SMALL, mode, iw, 1);
    const ui_layout *sl = ui_text_layout(cx->text, UI_F_BODY, sub ? sub : "", iw, 3);
    int h = p + wl->h + 2 + tl->h + 2 + ml->h + (sl->n_glyphs ? p / 3 + sl->h : 0) + p;
    SDL_Rect r = {x, y, w, h};
    if (focus) {
        SDL_Rect ring = {x - 3, y - 3, w + 6, h + 6};
        ui_fill_round(cx, ring, p / 2 + 3, cx->th.focus);
    }
    ui_fill_round(cx, r, p / 2, cx->th.border);
    SDL_Rect in = {x + 1, y + 1, w - 2, h - 2};
    ui_fill_round(cx, in, p / 2, ui_hovered(cx, r) && ok ? cx->th.hover : cx->th.panel);
    int yy = y + p;
    ui_label(cx, UI_F_SMALL, where, x + p, yy, 0, cx->th.accent);
    if (bl->n_glyphs && x + p + wl->w + p < x + w - p - bl->w)
        ui_label(cx, UI_F_SMALL, badge, x + w - p - bl->w, yy, 0,
                 st->pack_done[i] ? cx->th.good : cx->th.accent);
    yy += wl->h + 2;
    yy +=
        ui_label_ex(cx, UI_F_BOLD, title, x + p, yy, iw, 2, ok ? cx->th.text : cx->th.poor, -1) + 2;
    yy += ui_label_ex(cx, UI_F_SMALL, mode, x + p, yy, iw, 1, cx->th.dim, -1);
    if (sl->n_glyphs) {
        yy += p / 3;
        ui_label_ex(cx, UI_F_BODY, sub, x + p, yy, iw, 3, ok ? cx->th.dim : cx->th.poor, -1);
    }
    if (ok) ui_frame_add(&cx->frame, r, UI_BOX_HIT, UI_ACT_PACK_OPEN, i);
    return h;
}

/* The pack did not load: what is wrong, and the way out. Returns the height. */
static int problems(ui_state *st, int x, int y, int w)
{
    int y_start = y;
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx);
    y += ui_label(cx, UI_F_TITLE, _("This pack cannot be used"), x, y, w, cx->th.poor) + p / 2;
    y += ui_label(cx, UI_F_SMALL, st->opt.pack ? st->opt.pack : "", x, y, w, cx->th.dim) + p / 2;
    y += ui_label_ex(cx, UI_F_BODY, st->pack_problems, x, y, w, 12, cx->th.text, -1) + p;
    y += ui_label(cx, UI_F_SMALL,
                  _("Fix the file and open it again (the terminal lists every problem), or "
                    "practise with the whole library for now."),
                  x, y, w, cx->th.dim) +
         p;
    const char *btn = _("Open the library instead (Enter)");
    int bw = ui_text_layout(cx->text, UI_F_BOLD, btn, 0, 1)->w + 2 * p;
    if (bw > w) bw = w;
    SDL_Rect b = {x, y, bw, ui_text_line_h(cx->text, UI_F_BOLD) + p};
    ui_button(cx, b, btn, UI_ACT_LIBRARY, 0, true);
    return y + b.h - y_start;
}

void ui_pack_draw(ui_state *st)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx);
    char title[300];
    snprintf(title, sizeof title, "%s%s%s%s", st->pack ? st->pack->title : "rapport",
             st->player ? " · " : "", st->player ? st->player : "",
             st->present ? _(" · presenter view") : "");
    ui_bar_button bb[] = {{_("Progress (P)"), UI_ACT_GO, UI_SCR_PROGRESS},
                          {_("Settings (S)"), UI_ACT_GO, UI_SCR_SETTINGS},
                          {_("Player (Esc)"), UI_ACT_BACK, 0}};
    /* The presenter without a player has no progress or settings to show. */
    int top = st->player ? ui_top_bar(st, title, bb, 3) : ui_top_bar(st, title, bb + 2, 1);
    int w = cx->w - 4 * p;
    if (w > 60 * p) w = 60 * p;
    int x = (cx->w - w) / 2;
    int foot = ui_lrs_footer(st, x, w); /* the learning records' note, when there is one */
    SDL_Rect view = {0, top, cx->w, cx->h - top - foot};
    int y0 = ui_scroll_begin(st, view), y = y0 + p;
    if (!st->pack) {
        int h = problems(st, x, y, w);
        ui_scroll_end(st, view, y - y0 + h + p);
        return;
    }
    if (st->status[0]) y += ui_label(cx, UI_F_SMALL, st->status, x, y, w, ui_status_colour(st)) + p;
    if (st->pack->summary[0])
        y += ui_label(cx, UI_F_BODY, st->pack->summary, x, y, w, cx->th.dim) + p / 2;
    char hint[200];
    snprintf(hint, sizeof hint,
             P_("%d scenario, in this order. Up/Down and Enter, or 1-9, open one.%s",
                "%d scenarios, in this order. Up/Down and Enter, or 1-9, open one.%s",
                st->pack->n_items),
             st->pack->n_items, st->player ? "" : _(" Nothing is recorded without a player."));
    y += ui_label(cx, UI_F_SMALL, hint, x, y, w, cx->th.dim) + p;
    int todo = ui_pack_first_todo(st);
    int focus = st->focus[UI_SCR_PACK], focus_y = 0, focus_h = 0;
    for (int i = 0; i < st->pack->n_items; i++) {
        if (i == focus) focus_y = y - y0;
        int h = card(st, i, x, y, w, i == focus, todo);
        if (i == focus) focus_h = h;
        y += h + p;
    }
    ui_scroll_end(st, view, y - y0 + p);
    if (focus_h > 0 && st->scroll_max[UI_SCR_PACK] > 0 && st->pack_followed != focus) {
        int before = st->scroll[UI_SCR_PACK];
        ui_scroll_to(st, view, focus_y, focus_h);
        if (st->scroll[UI_SCR_PACK] != before) st->dirty = true;
    }
    st->pack_followed = focus;
}

bool ui_pack_key(ui_state *st, const SDL_KeyboardEvent *k)
{
    SDL_Keycode c = k->keysym.sym;
    int *f = &st->focus[UI_SCR_PACK];
    if (!st->pack) {
        if (c == SDLK_RETURN || c == SDLK_KP_ENTER) ui_state_act(st, UI_ACT_LIBRARY, 0);
        return c == SDLK_RETURN || c == SDLK_KP_ENTER;
    }
    int n = st->pack->n_items;
    if (c >= SDLK_1 && c <= SDLK_9) {
        ui_state_act(st, UI_ACT_PACK_OPEN, (int)(c - SDLK_1));
        return true;
    }
    switch (c) {
    case SDLK_UP:
        if (*f > 0) (*f)--;
        return true;
    case SDLK_DOWN:
    case SDLK_TAB:
        if (*f < n - 1) (*f)++;
        return true;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        ui_state_act(st, UI_ACT_PACK_OPEN, *f);
        return true;
    case SDLK_p:
        if (st->player) ui_state_act(st, UI_ACT_GO, UI_SCR_PROGRESS);
        return true;
    case SDLK_s:
        if (st->player) ui_state_act(st, UI_ACT_GO, UI_SCR_SETTINGS);
        return true;
    default:
        return ui_scroll_page_key(st, c);
    }
}

/* ---- the discussion prompts after an entry ---- */

/* The label of the button that moves on from an entry. */
static void next_label(const ui_state *st, char *buf, size_t n)
{
    int next = ui_pack_next(st);
    if (next >= 0) {
        int li = st->pack_lib[next];
        snprintf(buf, n, _("Next: %d of %d, %s (Enter)"), next + 1, st->pack->n_items,
                 st->lib.v[li].title);
    } else {
        snprintf(buf, n, _("Back to the pack (Enter)"));
    }
}

void ui_prompts_draw(ui_state *st)
{
    ui_ctx *cx = st->cx;
    if (!st->play || !st->pack || st->pack_item < 0) return;
    const core_pack_item *it = &st->pack->items[st->pack_item];
    const core_scenario *sc = app_play_scenario(st->play);
    int p = ui_pad(cx);
    char title[300], where[64];
    ui_pack_where(st, where, sizeof where);
    snprintf(title, sizeof title, _("Discussion · %s%s"), where, sc->title);
    ui_bar_button bb[] = {{_("Debrief (D)"), UI_ACT_GO, UI_SCR_DEBRIEF},
                          {_("Pack (Esc)"), UI_ACT_BACK, 0}};
    int top = ui_top_bar(st, title, bb, 2);
    /* The way on, pinned at the bottom. */
    char btn[300];
    next_label(st, btn, sizeof btn);
    int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p;
    int bw = ui_text_layout(cx->text, UI_F_BOLD, btn, 0, 1)->w + 2 * p;
    if (bw > cx->w - 2 * p) bw = cx->w - 2 * p;
    int by = cx->h - bh - p;
    SDL_Rect b = {p, by, bw, bh};
    ui_button(cx, b, btn, UI_ACT_NEXT, 0, true);
    SDL_Rect sep = {0, by - p / 2, cx->w, 1};
    ui_fill_rect(cx, sep, cx->th.border);
    SDL_Rect view = {0, top, cx->w, by - p - top};
    int y0 = ui_scroll_begin(st, view), y = y0 + p;
    int w = cx->w - 4 * p;
    if (w > 60 * p) w = 60 * p;
    int x = (cx->w - w) / 2;
    y += ui_label(cx, UI_F_TITLE, _("Talk it over"), x, y, w, cx->th.text) + p / 3;
    y += ui_label(cx, UI_F_SMALL, _("Questions for the group about this scenario."), x, y, w,
                  cx->th.dim) +
         p;
    if (it->n_prompts == 0)
        y += ui_label(cx, UI_F_LINE, _("What would you say differently next time, and why?"), x, y,
                      w, cx->th.text) +
             p;
    int numw = ui_text_layout(cx->text, UI_F_BOLD, "9.", 0, 1)->w + p;
    for (int i = 0; i < it->n_prompts; i++) {
        char num[16];
        snprintf(num, sizeof num, "%d.", i + 1);
        ui_label(cx, UI_F_BOLD, num, x, y + 2, 0, cx->th.accent);
        y += ui_label(cx, UI_F_LINE, it->prompts[i], x + numw, y, w - numw, cx->th.text) + p;
    }
    ui_scroll_end(st, view, y - y0);
}

bool ui_prompts_key(ui_state *st, const SDL_KeyboardEvent *k)
{
    switch (k->keysym.sym) {
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        ui_state_act(st, UI_ACT_NEXT, 0);
        return true;
    case SDLK_d:
        ui_state_act(st, UI_ACT_GO, UI_SCR_DEBRIEF);
        return true;
    case SDLK_DOWN:
    case SDLK_PAGEDOWN:
        st->scroll[UI_SCR_PROMPTS] += st->cx->h / 4;
        return true;
    case SDLK_UP:
    case SDLK_PAGEUP:
        st->scroll[UI_SCR_PROMPTS] -= st->cx->h / 4;
        if (st->scroll[UI_SCR_PROMPTS] < 0) st->scroll[UI_SCR_PROMPTS] = 0;
        return true;
    default:
        return false;
    }
}
