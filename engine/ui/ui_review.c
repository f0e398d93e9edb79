/* ui_review.c: drills and spaced review in the window (issue 16,
 * docs/practice.md).
 *
 * "Practise this moment" under each debrief step that lost points starts a
 * drill (engine/app drill.c): the conversation screen plays it from that
 * moment, with the state the player had there, for APP_DRILL_DECISIONS
 * decisions; then the Review screen shows what changed and offers it again.
 * The Review screen also runs today's review round: the moments due
 * (review.c's SM-2 schedule), one after another, each with its choices
 * shuffled afresh. Every drill, from the debrief, a review or "again",
 * moves the moment's schedule (SM-2, app_drill_save_ex), and the screen
 * says when it comes back.
 * The library shows how many moments are due and the streak; Settings holds
 * the daily goal and the one switch that hides streak and goal.
 *
 * While a drill runs, st->drill owns st->play (ui_state_close_play closes
 * both), record_if_ended leaves it alone and ui_review_after_step saves it.
 *
 * Depends on: engine/app (drills, the review queue, goals), engine/store
 * (progress, settings), ui_state.c (sessions, transcript, settings). */
#include "i18n.h"
#include "ui_local.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- state ---- */

static void forget_round(ui_state *st)
{
    free(st->rv_due);
    free(st->rv_words);
    st->rv_due = NULL;
    st->rv_words = NULL;
    st->rv_n = st->rv_at = 0;
    st->rv_ready = false;
}

static void forget_hold(ui_state *st)
{
    if (st->have_hold) st_progress_free(&st->drill_hold);
    st->have_hold = false;
}

void ui_review_relang(ui_state *st)
{
    if (!st->play) forget_round(st); /* its words again on the next draw; none is being played */
}

void ui_review_free(ui_state *st)
{
    forget_round(st);
    forget_hold(st);
    free(st->drill_file);
    free(st->drill_node);
    st->drill_file = st->drill_node = NULL;
}

/* The player's progress read again (after a drill was saved), so the
 * library's count and the goal line are current. */
static void reload_progress(ui_state *st)
{
    if (!st->player || !st->player_file) return;
    st_progress p;
    char msg[400] = "";
    st_status s = st_load(st->player_file, st->player, &p, msg, sizeof msg);
    if (s == ST_OK || s == ST_SET_ASIDE) {
        if (st->have_progress) st_progress_free(&st->progress);
        st->progress = p;
        st->have_progress = true;
    } else {
        st_progress_free(&p);
    }
}

static unsigned long drill_seed(const ui_state *st, int k)
{
    if (st->opt.author_order) return APP_DRILL_AUTHOR_ORDER;
    if (st->opt.has_seed) return (st->opt.seed + (unsigned long)k) & 0xFFFFFFFFul;
    return app_new_seed(); /* each moment reshuffled */
}

/* Starts a drill of (file, node) from route's step (or its first visit of
 * node); the conversation screen plays it. False with st->status set. */
static bool start_drill(ui_state *st, const char *file, const char *node, const st_record *route,
                        int step, bool review, unsigned long seed)
{
    char msg[600];
    app_drill *d = app_drill_open(file, node, route, step, seed, msg, sizeof msg);
    if (!d) {
        ui_state_say(st, false, _("This moment cannot be practised: %s"), msg);
        return false;
    }
    ui_state_close_play(st);
    st->drill = d;
    st->play = app_drill_play(d);
    st->drill_review = review;
    st->drill_saved = false;
    st->drill_step = step;
    st->drill_text[0] = st->drill_next[0] = '\0';
    st->lib_index = -1;
    st->play_assessed = false; /* the coach comments: a drill is for practice */
    st->recorded = false;
    st->status[0] = '\0';
    st_now(st->started, sizeof st->started);
    ui_state_resync(st); /* the replayed route becomes the transcript above */
    if (app_drill_note(d)[0]) ui_state_say(st, true, "%s", app_drill_note(d));
    st->screen = UI_SCR_CONVO;
    st->scroll[UI_SCR_CONVO] = 0;
    st->dirty = true;
    return true;
}

/* Keeps what "again" needs: the file, the node and a copy of the route. */
static bool keep_origin(ui_state *st, const char *file, const char *node, const st_record *route)
{
    char *f = core_strdup(file), *n = core_strdup(node);
    if (!f || !n) {
        free(f);
        free(n);
        return false;
    }
    free(st->drill_file);
    free(st->drill_node);
    st->drill_file = f;
    st->drill_node = n;
    forget_hold(st);
    if (route) {
        st_progress_init(&st->drill_hold, "route");
        st->have_hold = st_progress_add(&st->drill_hold, route);
        if (!st->have_hold) st_progress_free(&st->drill_hold);
    }
    return true;
}

static const st_record *held_route(const ui_state *st)
{
    return st->have_hold && st->drill_hold.n_records ? &st->drill_hold.records[0] : NULL;
}

/* ---- what a step lost ---- */

/* True when the player's choice at step i of s was below the best one shown
 * for some skill. */
static bool step_missed(core_session *s, int i, int n_skills)
{
    const core_step *cs = core_session_step(s, i);
    if (cs->n_options < 2) return false;
    for (int k = 0; k < n_skills; k++)
        if (cs->score[k] < cs->hi[k] - 1e-9) return true;
    return false;
}

void ui_act_drill(ui_state *st, int arg)
{
    if (!st->play || st->drill) return;
    core_session *s = app_play_session(st->play);
    const core_scenario *sc = app_play_scenario(st->play);
    int n = core_session_n_steps(s);
    for (int i = 0; arg < 0 && i < n; i++)
        if (step_missed(s, i, sc->n_skills)) arg = i;
    if (arg < 0 || arg >= n) return;
    const char *file = sc->file;
    if (!file && st->lib_index >= 0 && st->lib_index < st->lib.n)
        file = st->lib.v[st->lib_index].file;
    if (!file) return;
    st_record route;
    if (!app_play_record(st->play, "practice", st->started, &route)) {
        st_record_free(&route);
        return;
    }
    const char *node = sc->nodes[core_session_step(s, arg)->node].id;
    if (keep_origin(st, file, node, &route)) {
        forget_round(st); /* a drill from the debrief is not part of a review round */
        start_drill(st, st->drill_file, st->drill_node, held_route(st), arg, false,
                    drill_seed(st, 0));
    }
    st_record_free(&route);
}

/* ---- the review round ---- */

static void today(char *buf, size_t n)
{
    app_today(buf, n);
}

static void compute_round(ui_state *st)
{
    if (st->rv_ready) return;
    forget_round(st);
    st->rv_ready = true;
    if (!st->have_progress) return;
    char t[16];
    today(t, sizeof t);
    st->rv_n = app_review_due(&st->progress, t, &st->rv_due);
    /* Each moment in words, as its drill will show it: opened once here,
     * not on every frame (the list draws from these). */
    if (st->rv_n > 0) ui_state_need_lib(st);
    st->rv_words = st->rv_n > 0 ? calloc((size_t)st->rv_n, sizeof *st->rv_words) : NULL;
    for (int k = 0; st->rv_words && k < st->rv_n; k++) {
        app_review_describe(&st->progress, st->rv_due[k], &st->lib, NULL, 0, st->rv_words[k],
                            sizeof st->rv_words[k]);
    }
}

/* Plays the next due moment of the round; false when none is left. */
static bool next_moment(ui_state *st)
{
    ui_state_need_lib(st);
    while (st->rv_at < st->rv_n) {
        int k = st->rv_at++;
        const st_review *v = &st->progress.reviews[st->rv_due[k]];
        int e = app_library_find(&st->lib, v->scenario);
        if (e < 0 || !st->lib.v[e].ok) {
            ui_state_say(st, false,
                         _("Skipped a moment of '%s': that scenario is not in the library."),
                         v->scenario);
            continue;
        }
        const st_record *route = app_route_for(&st->progress, v->scenario, v->node);
        if (keep_origin(st, st->lib.v[e].file, v->node, route) &&
            start_drill(st, st->drill_file, st->drill_node, held_route(st), -1, true,
                        drill_seed(st, k)))
            return true;
    }
    return false;
}

void ui_act_review(ui_state *st, int arg)
{
    switch (arg) {
    case 2: /* open the Review screen afresh */
        if (st->drill) ui_state_close_play(st);
        forget_round(st);
        st->drill_saved = false;
        st->screen = UI_SCR_REVIEW;
        st->scroll[UI_SCR_REVIEW] = 0;
        st->focus[UI_SCR_REVIEW] = 0;
        break;
    case 1: /* the same moment again: a drill, graded as any (app_drill_save_ex) */
        if (st->drill_file && st->drill_node)
            start_drill(st, st->drill_file, st->drill_node, held_route(st),
                        held_route(st) ? st->drill_step : -1, false, drill_seed(st, 0));
        break;
    default: /* the next moment of the round, or back to its start when done */
        compute_round(st);
        if (!next_moment(st)) {
            if (st->drill) ui_state_close_play(st);
            reload_progress(st);
            forget_round(st);
            st->drill_saved = false;
            st->screen = UI_SCR_REVIEW;
            st->scroll[UI_SCR_REVIEW] = 0;
        }
        break;
    }
    st->dirty = true;
}

void ui_review_after_step(ui_state *st)
{
    if (!st->drill || st->drill_saved || !app_drill_done(st->drill)) return;
    char t[16];
    today(t, sizeof t);
    app_drill_sum sum;
    app_drill_summary(st->drill, &sum);
    app_drill_sum_text(&sum, st->drill_text, sizeof st->drill_text);
    st->drill_next[0] = '\0';
    if (st->player && st->have_progress) {
        /* Every drill grades its moment (app_drill_save_ex): say what that did. */
        char msg[600];
        app_drill_saved sv;
        st_status rc = app_drill_save_ex(st->drill, st->player_file, st->player, t,
                                         st->drill_review, &sv, msg, sizeof msg);
        if (rc != ST_OK && rc != ST_SET_ASIDE) {
            ui_state_say(st, false, _("This drill was not saved: %s"), msg);
        } else {
            if (sv.held)
                snprintf(st->drill_next, sizeof st->drill_next,
                         _("Well done again. It still comes back on %s: the schedule moves on "
                           "once a day at most."),
                         sv.due);
            else if (sv.added)
                snprintf(st->drill_next, sizeof st->drill_next,
                         _("Missed again: it joins your review and comes back on %s."), sv.due);
            else if (sv.scheduled)
                snprintf(st->drill_next, sizeof st->drill_next, _("%s It comes back on %s."),
                         sum.quality >= 3 ? _("Well done.") : _("This one will come back soon."),
                         sv.due);
            reload_progress(st);
        }
    }
    st->drill_saved = true;
    st->recorded = true;
    st->coach = false;
    st->screen = UI_SCR_REVIEW;
    st->scroll[UI_SCR_REVIEW] = 0;
    st->focus[UI_SCR_REVIEW] = 0;
    st->dirty = true;
}

/* ---- the Review screen ---- */

/* The buttons along the bottom; returns how many. */
static int buttons(const ui_state *st, ui_bar_button *b)
{
    int k = 0;
    if (st->drill_saved) {
        if (st->drill_review)
            b[k++] = (ui_bar_button){st->rv_at < st->rv_n ? _("Next moment (Enter)")
                                                          : _("Finish (Enter)"),
                                     UI_ACT_REVIEW, 0};
        b[k++] = (ui_bar_button){st->drill_review ? _("Practise it again (A)") : _("Again (Enter)"),
                                 UI_ACT_REVIEW, 1};
    } else if (st->rv_n > 0) {
        b[k++] = (ui_bar_button){_("Start (Enter)"), UI_ACT_REVIEW, 0};
    }
    b[k++] = (ui_bar_button){_("Library (Esc)"), UI_ACT_GO, UI_SCR_LIBRARY};
    return k;
}

/* One step of the drill: what was said, the answer, what it earned, the
 * coach's line, and the best answer when it was not chosen. */
static int drill_step(ui_state *st, int i, int x, int y, int w)
{
    ui_ctx *cx = st->cx;
    const core_scenario *sc = app_play_scenario(st->play);
    core_session *s = app_play_session(st->play);
    const core_step *cs = core_session_step(s, i);
    const core_node *node = &sc->nodes[cs->node];
    const ui_step_view *v = i < st->n_steps ? &st->steps[i] : NULL;
    int p = ui_pad(cx), h = 0;
    char buf[1200], d[256];
    const char *who = node->speaker >= 0 && node->speaker < sc->n_cast
                          ? (sc->cast[node->speaker].name[0] ? sc->cast[node->speaker].name
                                                             : sc->cast[node->speaker].key)
                          : _("Narrator");
    snprintf(buf, sizeof buf, "%s: %s", who, v && v->line ? v->line : "");
    h += ui_label_ex(cx, UI_F_SMALL, buf, x, y, w, 3, cx->th.dim, -1) + p / 3;
    const core_choice *c = cs->choice != CORE_NONE ? &node->choices[cs->choice] : NULL;
    snprintf(buf, sizeof buf, _("You: %s"), c ? c->text : _("(you let the moment pass)"));
    h += ui_label_ex(cx, UI_F_BOLD, buf, x, y + h, w, 3, cx->th.text, -1) + p / 3;
    ui_format_deltas(sc, cs->score, d, sizeof d);
    h += ui_label(cx, UI_F_SMALL, d, x + p, y + h, w - p, cx->th.dim) + p / 3;
    const char *fb = c ? c->feedback : node->timeout_feedback;
    if (fb && *fb) h += ui_label(cx, UI_F_BODY, fb, x + p, y + h, w - p, cx->th.text) + p / 3;
    if (v && v->n_alt > 1 && step_missed(s, i, sc->n_skills)) {
        int best = -1;
        double best_sum = 0;
        for (int a = 0; a < v->n_alt; a++) {
            double sum = 0;
            for (int k = 0; k < sc->n_skills; k++)
                sum += v->alt_eff[a][k];
            if (best < 0 || sum > best_sum) {
                best = a;
                best_sum = sum;
            }
        }
        if (best >= 0 && v->alt[best] != cs->choice) {
            ui_format_deltas(sc, v->alt_eff[best], d, sizeof d);
            snprintf(buf, sizeof buf, _("The strongest answer here: %s  (%s)"),
                     node->choices[v->alt[best]].text, d);
            h +=
                ui_label_ex(cx, UI_F_SMALL, buf, x + p, y + h, w - p, 4, cx->th.accent, -1) + p / 3;
        }
    }
    return h + p;
}

static int goals_line(ui_state *st, int x, int y, int w)
{
    if (!st->have_progress) return 0;
    char t[16], line[200];
    today(t, sizeof t);
    app_goals g;
    app_goals_get(&st->progress, t, &g);
    app_goals_line(&g, line, sizeof line);
    if (!line[0]) return 0;
    return ui_label(st->cx, UI_F_SMALL, line, x, y, w, st->cx->th.dim) + ui_pad(st->cx) / 2;
}

void ui_review_draw(ui_state *st)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx);
    ui_state_need_lib(st);
    if (!st->drill_saved) compute_round(st);
    char title[300];
    if (st->drill_saved && st->play)
        /* TRANSLATORS: the drill's title bar: "Practise this moment: The coffee line" */
        snprintf(title, sizeof title, _("%s: %s"),
                 st->drill_review ? _("Review") : _("Practise this moment"),
                 app_play_scenario(st->play)->title);
    else
        snprintf(title, sizeof title, _("Review"));
    int top = ui_top_bar(st, title, NULL, 0);
    ui_bar_button btn[3];
    int nb = buttons(st, btn);
    int by = ui_bottom_bar(st, btn, nb, st->focus[UI_SCR_REVIEW], NULL);
    SDL_Rect sep = {0, by - p / 2, cx->w, 1};
    ui_fill_rect(cx, sep, cx->th.border);
    SDL_Rect view = {0, top, cx->w, by - p - top};
    int y0 = ui_scroll_begin(st, view), y = y0 + p;
    int w = cx->w - 4 * p;
    if (w > 60 * p) w = 60 * p;
    int x = (cx->w - w) / 2;
    if (st->status[0])
        y += ui_label(cx, UI_F_SMALL, st->status, x, y, w, ui_status_colour(st)) + p / 2;
    if (st->drill_saved && st->play) {
        y += ui_label(cx, UI_F_TITLE, _("What changed"), x, y, w, cx->th.text) + p / 2;
        y += ui_label(cx, UI_F_BODY, st->drill_text, x, y, w, cx->th.text) + p / 2;
        if (st->drill_next[0])
            y += ui_label(cx, UI_F_BOLD, st->drill_next, x, y, w, cx->th.accent) + p / 2;
        if (st->drill_review && st->rv_n > 0) {
            char where[80];
            snprintf(where, sizeof where, _("Moment %d of %d today."), st->rv_at, st->rv_n);
            y += ui_label(cx, UI_F_SMALL, where, x, y, w, cx->th.dim) + p / 2;
        }
        y += goals_line(st, x, y, w) + p / 2;
        y += ui_label(cx, UI_F_BOLD, _("Step by step"), x, y, w, cx->th.text) + p / 2;
        core_session *s = app_play_session(st->play);
        for (int i = app_drill_first(st->drill); i < core_session_n_steps(s); i++)
            y += drill_step(st, i, x, y, w);
    } else {
        y += goals_line(st, x, y, w);
        char head[120];
        if (st->rv_n > 0)
            snprintf(head, sizeof head,
                     P_("%d moment to review today", "%d moments to review today", st->rv_n),
                     st->rv_n);
        else
            snprintf(head, sizeof head, _("Nothing to review today"));
        y += ui_label(cx, UI_F_TITLE, head, x, y, w, cx->th.text) + p / 2;
        y += ui_label(cx, UI_F_SMALL,
                      _("Each is a moment where a stronger answer was open to you. You meet it "
                        "again with what you knew then, the answers in a new order. One you "
                        "answer well comes back later; one you miss comes back sooner."),
                      x, y, w, cx->th.dim) +
             p;
        for (int k = 0; k < st->rv_n; k++) {
            const st_review *v = &st->progress.reviews[st->rv_due[k]];
            char node[160], line[400];
            /* the moment's line; its node's name only when it cannot be opened */
            if (st->rv_words && st->rv_words[k][0])
                snprintf(node, sizeof node, "%s", st->rv_words[k]);
            else
                ui_humanize(v->node, node, sizeof node);
            snprintf(line, sizeof line, "%d. %s · %s%s", k + 1,
                     ui_scenario_title(st, v->scenario, NULL), node, v->reviews ? "" : _(" (new)"));
            y += ui_label(cx, UI_F_BODY, line, x, y, w, cx->th.text) + p / 3;
        }
        if (st->rv_n == 0 && st->have_progress && st->progress.n_reviews > 0) {
            const char *next = NULL;
            for (int i = 0; i < st->progress.n_reviews; i++)
                if (!next || strcmp(st->progress.reviews[i].due, next) < 0)
                    next = st->progress.reviews[i].due;
            char line[120];
            snprintf(line, sizeof line, _("The next moment is due on %s."), next);
            y += ui_label(cx, UI_F_BODY, line, x, y, w, cx->th.dim) + p / 3;
        } else if (st->rv_n == 0) {
            y += ui_label(cx, UI_F_BODY,
                          _("When a conversation has a moment where a stronger answer was open, "
                            "it comes here the next day."),
                          x, y, w, cx->th.dim) +
                 p / 3;
        }
    }
    ui_scroll_end(st, view, y - y0 + p);
}

bool ui_review_key(ui_state *st, const SDL_KeyboardEvent *k)
{
    ui_bar_button btn[3];
    int nb = buttons(st, btn), *f = &st->focus[UI_SCR_REVIEW];
    if (*f >= nb) *f = 0;
    switch (k->keysym.sym) {
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        ui_state_act(st, btn[*f].action, btn[*f].arg);
        return true;
    case SDLK_a:
        if (st->drill_saved) ui_state_act(st, UI_ACT_REVIEW, 1);
        return true;
    case SDLK_LEFT:
        if (*f > 0) (*f)--;
        return true;
    case SDLK_RIGHT:
    case SDLK_TAB:
        *f = (*f + 1) % nb;
        return true;
    case SDLK_UP:
        ui_scroll_by(st, -(st->cx->h / 10));
        return true;
    case SDLK_DOWN:
        ui_scroll_by(st, st->cx->h / 10);
        return true;
    default:
        return false;
    }
}

/* ---- pieces of other screens ---- */

int ui_review_debrief_button(ui_state *st, int i, int x, int y, int w)
{
    if (!st->play || st->drill || !st->player) return 0;
    core_session *s = app_play_session(st->play);
    const core_scenario *sc = app_play_scenario(st->play);
    if (!step_missed(s, i, sc->n_skills)) return 0;
    bool first = true; /* D practises the first such step */
    for (int j = 0; j < i && first; j++)
        first = !step_missed(s, j, sc->n_skills);
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx);
    const char *label = first ? _("Practise this moment (D)") : _("Practise this moment");
    int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p;
    int bw = ui_text_layout(cx->text, UI_F_BOLD, label, 0, 1)->w + 2 * p;
    if (bw > w) bw = w;
    SDL_Rect r = {x, y, bw, bh};
    ui_button(cx, r, label, UI_ACT_DRILL, i, false);
    return bh + p / 2;
}

int ui_review_library_line(ui_state *st, int x, int y, int w)
{
    if (!st->player || !st->have_progress) return 0;
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx), h = 0;
    char t[16], line[200];
    today(t, sizeof t);
    app_goals g;
    app_goals_get(&st->progress, t, &g);
    if (g.due > 0) {
        char label[120];
        snprintf(label, sizeof label,
                 P_("%d moment to review today · Review (R)",
                    "%d moments to review today · Review (R)", g.due),
                 g.due);
        int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p;
        int bw = ui_text_layout(cx->text, UI_F_BOLD, label, 0, 1)->w + 2 * p;
        if (bw > w) bw = w;
        SDL_Rect r = {x, y, bw, bh};
        ui_button(cx, r, label, UI_ACT_REVIEW, 2, false);
        h += bh + p / 2;
    }
    app_goals_line(&g, line, sizeof line);
    if (line[0]) h += ui_label(cx, UI_F_SMALL, line, x, y + h, w, cx->th.dim) + p / 2;
    return h ? h + p / 2 : 0;
}

/* ---- settings: the daily goal, and streak and goal on or off ---- */

static void save_goals(ui_state *st)
{
    if (!st->player || !st->have_progress) return;
    char msg[400] = "";
    if (st_save_settings(st->player_file, st->player, &st->progress.settings, msg, sizeof msg) !=
        ST_OK)
        ui_state_say(st, false, _("Settings not saved: %s"), msg);
}

void ui_act_goal(ui_state *st, int arg)
{
    if (!st->have_progress) return;
    st_settings *s = &st->progress.settings;
    if (arg == 0) {
        s->goals_off = !s->goals_off;
    } else {
        int g = (s->daily_goal > 0 ? s->daily_goal : ST_DAILY_GOAL) + (arg > 0 ? 1 : -1);
        if (g < 1) g = 1;
        if (g > ST_DAILY_GOAL_MAX) g = ST_DAILY_GOAL_MAX;
        s->daily_goal = g;
    }
    save_goals(st);
    st->dirty = true;
}

int ui_review_settings_draw(ui_state *st, int x, int y, int w)
{
    if (!st->have_progress) return 0;
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx), h = 0;
    const st_settings *s = &st->progress.settings;
    int goal = s->daily_goal > 0 ? s->daily_goal : ST_DAILY_GOAL;
    h += ui_label(cx, UI_F_BOLD, _("Streak and daily goal"), x, y, w, cx->th.text) + p / 3;
    char note[300];
    snprintf(note, sizeof note,
             _("Days in a row with a conversation or a review, and a goal of %d a day "
               "(conversations, drills and reviewed moments). %s"),
             goal, s->goals_off ? _("Now hidden.") : _("Now shown in the library and in Review."));
    h += ui_label(cx, UI_F_SMALL, note, x, y + h, w, cx->th.dim) + p / 3;
    const struct {
        const char *label;
        int arg;
    } b[] = {{s->goals_off ? _("Show them (G)") : _("Hide them (G)"), 0},
             {_("Fewer a day (-)"), -1},
             {_("More a day (+)"), 1}};
    int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p, bx = x;
    for (int i = 0; i < 3; i++) {
        int bw = ui_text_layout(cx->text, UI_F_BOLD, b[i].label, 0, 1)->w + 2 * p;
        if (bx + bw > x + w && bx > x) {
            bx = x;
            h += bh + p / 2;
        }
        SDL_Rect r = {bx, y + h, bw, bh};
        ui_button(cx, r, b[i].label, UI_ACT_GOAL, b[i].arg, false);
        bx += bw + p / 2;
    }
    return h + bh + 2 * p;
}

bool ui_review_settings_key(ui_state *st, const SDL_KeyboardEvent *k)
{
    if (k->keysym.mod & KMOD_CTRL) return false; /* Ctrl - and + are the text size */
    switch (k->keysym.sym) {
    case SDLK_g:
        ui_state_act(st, UI_ACT_GOAL, 0);
        return true;
    case SDLK_MINUS:
    case SDLK_KP_MINUS:
        ui_state_act(st, UI_ACT_GOAL, -1);
        return true;
    case SDLK_PLUS:
    case SDLK_EQUALS:
    case SDLK_KP_PLUS:
        ui_state_act(st, UI_ACT_GOAL, 1);
        return true;
    default:
        return false;
    }
}
