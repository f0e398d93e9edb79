/* ui_debrief.c: the debrief. It leads with accuracy per skill (design.md:
 * how close each choice was to the best one open at that moment), explained
 * in one sentence, with the points (raw, best, worst, percent) a smaller line
 * below each bar and the scenario's tip; then the route taken beside the best
 * route through the conversation (core_best_path, `when` ignored); then every
 * step with their side: what was said, what the other person was thinking
 * (node and choice `thought`, shown nowhere else), what the player answered
 * and what came straight back, what it earned and why, and what each
 * alternative would have earned. A scroll view between the top bar and a row
 * of buttons (in a pack the first one moves on to the discussion prompts or
 * the next entry), with the learning records' one-line note beside them.
 * Under the outcome, when the player is asked, a strip for how confident
 * they feel now (ui_ask.c). */
#include "i18n.h"
#include "ui_local.h"

#include <stdio.h>
#include <string.h>

static SDL_Color grade_color(const ui_ctx *cx, const char *grade)
{
    if (grade && strcmp(grade, "good") == 0) return cx->th.good;
    if (grade && strcmp(grade, "poor") == 0) return cx->th.poor;
    if (grade && strcmp(grade, "mixed") == 0) return cx->th.mixed;
    return cx->th.text;
}

/* The sentence that says what accuracy means, above the bars. */
#define ACCURACY_MEANS                                                                             \
    N_("Accuracy: how close each of your choices was to the best one available at that moment.")

static SDL_Color level_color(const ui_ctx *cx, double v)
{
    return v >= 70 ? cx->th.good : v >= 40 ? cx->th.mixed : cx->th.poor;
}

/* One skill: label and accuracy, its bar, the points one level down (a
 * smaller, dimmer line), and the tip. Returns its height. */
static int skill_bar(ui_state *st, const app_skill_result *r, const char *tip, int x, int y, int w)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx);
    char head[160];
    if (r->has_accuracy)
        snprintf(head, sizeof head, "%s · %.0f%%", _(core_skill_label(r->name)), r->accuracy);
    else
        snprintf(head, sizeof head, _("%s · no accuracy"), _(core_skill_label(r->name)));
    int h = ui_label(cx, UI_F_BOLD, head, x, y, w, cx->th.text) + p / 3;
    int bar_h = p;
    SDL_Rect bg = {x, y + h, w, bar_h};
    ui_fill_round(cx, bg, bar_h / 2, cx->th.bar_bg);
    SDL_Rect fg = {x, y + h, r->has_accuracy ? (int)(w * r->accuracy / 100.0) : 0, bar_h};
    if (fg.w > 0) ui_fill_round(cx, fg, bar_h / 2, level_color(cx, r->accuracy));
    h += bar_h + p / 3;
    if (!r->has_accuracy)
        h += ui_label(cx, UI_F_SMALL,
                      _("No step offered a better or a worse answer for this skill."), x, y + h, w,
                      cx->th.dim);
    char fig[200];
    snprintf(fig, sizeof fig, _("Points: %g of a possible %g (the worst %g), %.0f%% of that range"),
             r->raw, r->best, r->worst, r->percent);
    h += ui_label(cx, UI_F_SMALL, fig, x, y + h, w, cx->th.dim);
    if (tip && *tip) {
        h += p / 3;
        h += ui_label(cx, UI_F_SMALL, tip, x, y + h, w, cx->th.text);
    }
    return h + p;
}

/* What someone was thinking, in the replay's own voice: "Sam, thinking: ...". */
static int thought(ui_state *st, int who, const char *text, int x, int y, int w)
{
    if (!text || !*text) return 0;
    ui_ctx *cx = st->cx;
    const core_scenario *sc = app_play_scenario(st->play);
    char buf[1200];
    const char *name = who >= 0 && who < sc->n_cast
                           ? (sc->cast[who].name[0] ? sc->cast[who].name : sc->cast[who].key)
                           : _("They");
    snprintf(buf, sizeof buf, _("%s, thinking: %s"), name, text);
    return ui_label(cx, UI_F_ITALIC, buf, x, y, w, cx->th.accent) + ui_pad(cx) / 3;
}

static const char *cast_name(const core_scenario *sc, int sp);

static int step_block(ui_state *st, int i, int x, int y, int w)
{
    ui_ctx *cx = st->cx;
    const core_scenario *sc = app_play_scenario(st->play);
    core_session *s = app_play_session(st->play);
    const core_step *cs = core_session_step(s, i);
    const ui_step_view *v = i < st->n_steps ? &st->steps[i] : NULL;
    int p = ui_pad(cx), h = 0;
    const core_node *node = &sc->nodes[cs->node];
    char buf[1024];
    const char *who = cast_name(sc, node->speaker);
    snprintf(buf, sizeof buf, "%d. %s: %s", i + 1, who, v && v->line ? v->line : "");
    h += ui_label_ex(cx, UI_F_SMALL, buf, x, y, w, 2, cx->th.dim, -1) + p / 3;
    h += thought(st, node->speaker, node->thought, x + p, y + h, w - p);
    const core_choice *c = cs->choice != CORE_NONE ? &node->choices[cs->choice] : NULL;
    snprintf(buf, sizeof buf, _("You: %s"), c ? c->text : _("(time ran out)"));
    h += ui_label_ex(cx, UI_F_BOLD, buf, x, y + h, w, 3, cx->th.text, -1) + p / 3;
    if (ui_said(st, i)) { /* say it first: their own words, beside the feedback below */
        snprintf(buf, sizeof buf, _("Your own words first: \u201c%s\u201d"), ui_said(st, i));
        h += ui_label_ex(cx, UI_F_ITALIC, buf, x + p, y + h, w - p, 6, cx->th.accent, -1) + p / 3;
    }
    const char *reply = core_session_step_reply(s, i);
    if (reply && *reply) {
        snprintf(buf, sizeof buf, "%s: %s", who, reply);
        h += ui_label_ex(cx, UI_F_SMALL, buf, x, y + h, w, 3, cx->th.text, -1) + p / 3;
    }
    if (c) h += thought(st, node->speaker, c->thought, x + p, y + h, w - p);
    char d[256];
    ui_format_deltas(sc, cs->score, d, sizeof d);
    double sum = 0;
    for (int k = 0; k < sc->n_skills; k++)
        sum += cs->score[k];
    h += ui_label(cx, UI_F_SMALL, d, x + p, y + h, w - p,
                  sum > 0   ? cx->th.good
                  : sum < 0 ? cx->th.poor
                            : cx->th.dim) +
         p / 3;
    const char *fb = c ? c->feedback : node->timeout_feedback; /* the coach's line either way */
    if (fb && *fb) h += ui_label(cx, UI_F_BODY, fb, x + p, y + h, w - p, cx->th.text) + p / 3;
    h += ui_review_debrief_button(st, i, x + p, y + h, w - p); /* lost points: practise it */
    if (v && v->n_alt > 1) {
        h += ui_label(cx, UI_F_SMALL, _("Other answers you could have given:"), x + p, y + h, w - p,
                      cx->th.dim) +
             2;
        for (int a = 0; a < v->n_alt; a++) {
            if (v->alt[a] == cs->choice) continue;
            const core_choice *alt = &node->choices[v->alt[a]];
            ui_format_deltas(sc, v->alt_eff[a], d, sizeof d);
            snprintf(buf, sizeof buf, "• %s  →  %s", alt->text, d);
            h += ui_label_ex(cx, UI_F_SMALL, buf, x + 2 * p, y + h, w - 2 * p, 3, cx->th.text, -1) +
                 2;
        }
    } else if (v && v->n_alt < 0) {
        h += ui_label(cx, UI_F_SMALL, _("(alternatives not known: the scenario was reloaded)"),
                      x + p, y + h, w - p, cx->th.dim);
    }
    return h + p;
}

/* ---- your route beside the best route ---- */

#define ROUTE_MAX_ROWS 60 /* a longer route ends in "... and N more steps" */

static const char *cast_name(const core_scenario *sc, int sp)
{
    if (sp < 0 || sp >= sc->n_cast) return _("Narrator");
    return sc->cast[sp].name[0] ? sc->cast[sp].name : sc->cast[sp].key;
}

/* One step of a route: who said what (dim), the answer, what it earned.
 * same: both routes make this choice here (a check mark, drawn quietly);
 * otherwise an accent bar on the left marks where the routes part. Returns
 * the height; draws only when draw. */
static int route_item(ui_state *st, int node, int choice, const char *line, const double *eff,
                      bool mine, bool same, int x, int y, int w, bool draw)
{
    ui_ctx *cx = st->cx;
    const core_scenario *sc = app_play_scenario(st->play);
    const core_node *n = &sc->nodes[node];
    int p = ui_pad(cx), bar = same ? 0 : 3, ix = x + bar + (bar ? p / 2 : 0), iw = w - (ix - x);
    char said[600], ans[700], d[256];
    snprintf(said, sizeof said, "%s: %s", cast_name(sc, n->speaker), line);
    const char *text = choice != CORE_NONE ? n->choices[choice].text
                       : mine              ? _("(time ran out)")
                                           : _("(let the clock run out)");
    snprintf(ans, sizeof ans, "%s%s", same ? "✓ " : "→ ", text);
    ui_format_deltas(sc, eff, d, sizeof d);
    const ui_layout *l1 = ui_text_layout(cx->text, UI_F_SMALL, said, iw, 2);
    const ui_layout *l2 = ui_text_layout(cx->text, UI_F_BODY, ans, iw, 3);
    const ui_layout *l3 = ui_text_layout(cx->text, UI_F_SMALL, d, iw, 2);
    int h = l1->h + 2 + l2->h + 2 + l3->h;
    if (!draw) return h;
    if (bar) {
        SDL_Rect r = {x, y, bar, h};
        ui_fill_rect(cx, r, cx->th.accent);
    }
    double sum = 0;
    for (int k = 0; k < sc->n_skills; k++)
        sum += eff[k];
    int yy = y;
    yy += ui_label_ex(cx, UI_F_SMALL, said, ix, yy, iw, 2, cx->th.dim, -1) + 2;
    yy += ui_label_ex(cx, UI_F_BODY, ans, ix, yy, iw, 3, same ? cx->th.dim : cx->th.text, -1) + 2;
    ui_label_ex(cx, UI_F_SMALL, d, ix, yy, iw, 2,
                sum > 0   ? cx->th.good
                : sum < 0 ? cx->th.poor
                          : cx->th.dim,
                -1);
    return h;
}

void ui_ending_label(const ui_state *st, const char *label, char *buf, size_t n)
{
    const char *t = app_play_ending(st->play, label);
    if (t)
        snprintf(buf, n, "%s", t);
    else
        ui_humanize(label, buf, n);
}

/* "Ending: Connected (good)" in the grade's colour. */
static int route_end(ui_state *st, int node, int x, int y, int w, bool draw)
{
    ui_ctx *cx = st->cx;
    const core_node *n = &app_play_scenario(st->play)->nodes[node];
    char label[200], buf[300];
    if (n->ending) {
        ui_ending_label(st, n->ending, label, sizeof label);
        snprintf(buf, sizeof buf, _("Ending: %s%s%s%s"), label, n->grade ? " (" : "",
                 n->grade ? app_grade_label(n->grade) : "", n->grade ? ")" : "");
    } else {
        snprintf(buf, sizeof buf, _("Not finished."));
    }
    if (!draw) return ui_text_layout(cx->text, UI_F_BOLD, buf, w, 2)->h;
    return ui_label_ex(cx, UI_F_BOLD, buf, x, y, w, 2, grade_color(cx, n->grade), -1);
}

/* Step i of either route, through route_item. */
static int route_row(ui_state *st, bool mine, int i, int x, int y, int w, bool draw)
{
    const core_scenario *sc = app_play_scenario(st->play);
    core_session *s = app_play_session(st->play);
    int n_mine = core_session_n_steps(s);
    const core_step *cs = i < n_mine ? core_session_step(s, i) : NULL;
    const core_path_step *b = i < st->n_best ? &st->best[i] : NULL;
    /* Both routes make the same choice at the same point: a quiet check mark. */
    bool same = cs && b && cs->node == b->node && cs->choice == b->choice;
    if (mine) {
        const ui_step_view *v = i < st->n_steps ? &st->steps[i] : NULL;
        const char *line = v && v->line ? v->line : "";
        return route_item(st, cs->node, cs->choice, line, cs->score, true, same, x, y, w, draw);
    }
    const core_node *n = &sc->nodes[b->node];
    const char *line = n->text;
    /* A line written as a function: the words you saw, if you were there. */
    for (int j = 0; !line && j < st->n_steps; j++)
        if (st->steps[j].node == b->node) line = st->steps[j].line;
    if (!line) line = _("(a line that depends on the conversation)");
    return route_item(st, b->node, b->choice, line, st->best_eff[i], false, same, x, y, w, draw);
}

static int routes(ui_state *st, int x, int y, int w)
{
    ui_ctx *cx = st->cx;
    const core_scenario *sc = app_play_scenario(st->play);
    core_session *s = app_play_session(st->play);
    int p = ui_pad(cx), h = 0;
    int nb = ui_state_best_route(st);
    h += ui_label(cx, UI_F_BOLD, _("Your route beside the best route through the conversation"), x,
                  y, w, cx->th.text) +
         p / 3;
    if (nb <= 0) {
        h += ui_label(cx, UI_F_SMALL, _("No best route could be worked out for this scenario."), x,
                      y + h, w, cx->th.dim);
        return h + p;
    }
    double mine = 0, best = 0;
    int n_mine = core_session_n_steps(s);
    for (int i = 0; i < n_mine; i++)
        for (int k = 0; k < sc->n_skills; k++)
            mine += core_session_step(s, i)->score[k];
    for (int i = 0; i < nb; i++)
        for (int k = 0; k < sc->n_skills; k++)
            best += st->best_eff[i][k];
    bool same_route = n_mine == nb;
    for (int i = 0; i < nb && same_route; i++)
        same_route = core_session_step(s, i)->node == st->best[i].node &&
                     core_session_step(s, i)->choice == st->best[i].choice;
    if (same_route)
        h += ui_label(cx, UI_F_BOLD, _("You took the best route."), x, y + h, w, cx->th.good) + 2;
    char cap[600];
    snprintf(cap, sizeof cap,
             _("The best route earns the most points over all skills: %g, where you earned %g. It "
               "ignores the conditions on when an answer is offered, so it may use an answer that "
               "was not open to you. ✓ marks a step where both routes say the same."),
             best, mine);
    h += ui_label(cx, UI_F_SMALL, cap, x, y + h, w, cx->th.dim) + p;
    int rows = n_mine > nb ? n_mine : nb;
    int shown = rows > ROUTE_MAX_ROWS ? ROUTE_MAX_ROWS : rows;
    int end_mine = core_session_state(s)->node, end_best = st->best[nb - 1].to;
    bool two = w >= 50 * p; /* side by side when each column has room */
    if (two) {
        int cw = (w - 2 * p) / 2, x2 = x + cw + 2 * p;
        ui_label(cx, UI_F_BOLD, _("Your route"), x, y + h, cw, cx->th.accent);
        h += ui_label(cx, UI_F_BOLD, _("Best route"), x2, y + h, cw, cx->th.accent) + p / 2;
        for (int i = 0; i < shown; i++) { /* rows aligned: step i beside step i */
            int ha = i < n_mine ? route_row(st, true, i, x, 0, cw, false) : 0;
            int hb = i < nb ? route_row(st, false, i, x2, 0, cw, false) : 0;
            if (i < n_mine) route_row(st, true, i, x, y + h, cw, true);
            if (i < nb) route_row(st, false, i, x2, y + h, cw, true);
            h += (ha > hb ? ha : hb) + p;
        }
        if (rows > shown) {
            char more[80];
            snprintf(more, sizeof more,
                     P_("... and %d more steps", "... and %d more steps", rows - shown),
                     rows - shown);
            h += ui_label(cx, UI_F_SMALL, more, x, y + h, w, cx->th.dim) + p / 2;
        }
        int ea = route_end(st, end_mine, x, y + h, cw, true);
        int eb = route_end(st, end_best, x2, y + h, cw, true);
        return h + (ea > eb ? ea : eb) + 2 * p;
    }
    for (int col = 0; col < 2; col++) { /* narrow: yours, then the best */
        bool m = col == 0;
        h += ui_label(cx, UI_F_BOLD, m ? _("Your route") : _("Best route"), x, y + h, w,
                      cx->th.accent) +
             p / 2;
        int n = m ? n_mine : nb;
        for (int i = 0; i < n && i < ROUTE_MAX_ROWS; i++)
            h += route_row(st, m, i, x, y + h, w, true) + p;
        if (n > ROUTE_MAX_ROWS) {
            char more[80];
            snprintf(more, sizeof more,
                     P_("... and %d more steps", "... and %d more steps", n - ROUTE_MAX_ROWS),
                     n - ROUTE_MAX_ROWS);
            h += ui_label(cx, UI_F_SMALL, more, x, y + h, w, cx->th.dim) + p / 2;
        }
        h += route_end(st, m ? end_mine : end_best, x, y + h, w, true) + 2 * p;
    }
    return h;
}

/* The buttons under the debrief; in a pack the first one moves on (to the
 * entry's discussion prompts, or the next entry). Returns how many. */
static int buttons(const ui_state *st, ui_bar_button *b, char *next, size_t n)
{
    int k = 0;
    if (st->pack && st->pack_item >= 0) {
        if (st->pack->items[st->pack_item].n_prompts > 0) {
            b[k++] = (ui_bar_button){_("Discuss (Enter)"), UI_ACT_PROMPTS, 0};
        } else {
            int nx = ui_pack_next(st);
            if (nx >= 0)
                snprintf(next, n, _("Next: %d of %d (Enter)"), nx + 1, st->pack->n_items);
            else
                snprintf(next, n, _("Finish (Enter)"));
            b[k++] = (ui_bar_button){next, UI_ACT_NEXT, 0};
        }
    } else if (st->play && st->recommend >= 0 && st->recommend < st->lib.n &&
               strcmp(st->lib.v[st->recommend].id, app_play_scenario(st->play)->id) != 0) {
        /* Outside a pack, "next" is the library's recommendation (the weakest
         * skill, or the family left longest), unless it is this one again. */
        snprintf(next, n, _("Next: %.40s%s (N)"), st->lib.v[st->recommend].title,
                 strlen(st->lib.v[st->recommend].title) > 40 ? "..." : "");
        b[k++] = (ui_bar_button){next, UI_ACT_OPEN, st->recommend};
    }
    b[k++] = (ui_bar_button){_("Retry (R)"), UI_ACT_RETRY, 0};
    b[k++] = (ui_bar_button){st->pack ? _("Pack (Esc)") : _("Library (Esc)"), UI_ACT_GO,
                             st->pack ? UI_SCR_PACK : UI_SCR_LIBRARY};
    if (st->player) b[k++] = (ui_bar_button){_("Progress (P)"), UI_ACT_GO, UI_SCR_PROGRESS};
    return k;
}

void ui_debrief_draw(ui_state *st)
{
    ui_ctx *cx = st->cx;
    if (!st->play) return;
    const core_scenario *sc = app_play_scenario(st->play);
    core_session *s = app_play_session(st->play);
    int p = ui_pad(cx);
    char title[300];
    snprintf(title, sizeof title, _("Debrief: %s"), sc->title);
    int top = ui_top_bar(st, title, NULL, 0);
    ui_state_need_lib(st); /* for the recommended next scenario */
    /* Buttons along the bottom. */
    char next[96];
    ui_bar_button btn[4];
    int nb = buttons(st, btn, next, sizeof next);
    int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p, bx;
    int by = ui_bottom_bar(st, btn, nb, st->focus[UI_SCR_DEBRIEF], &bx);
    /* The learning records' note (ui_lrs.c): beside the buttons when it fits
     * whole, else on its own line above them. */
    int lift = 0, nh = ui_lrs_note_h(st);
    if (nh) {
        int room = cx->w - bx - p;
        if (ui_text_layout(cx->text, UI_F_SMALL, st->lrs_note, 0, 1)->w <= room) {
            SDL_Rect r = {bx, by, room, bh};
            ui_lrs_note_draw(st, r);
        } else {
            lift = nh + p / 2;
            SDL_Rect r = {p, by - p / 2 - nh, cx->w - 2 * p, nh};
            ui_lrs_note_draw(st, r);
        }
    }
    SDL_Rect sep = {0, by - p / 2 - lift, cx->w, 1};
    ui_fill_rect(cx, sep, cx->th.border);
    SDL_Rect view = {0, top, cx->w, by - p - lift - top};
    int y0 = ui_scroll_begin(st, view), y = y0 + p;
    int x = 2 * p, w = cx->w - 4 * p;
    const core_node *end = core_session_node(s);
    char buf[512];
    char label[200];
    ui_ending_label(st, end->ending, label, sizeof label);
    if (core_session_status(s) == CORE_ENDED)
        snprintf(buf, sizeof buf, _("Outcome: %s%s%s%s"), label, end->grade ? " (" : "",
                 end->grade ? app_grade_label(end->grade) : "", end->grade ? ")" : "");
    else
        snprintf(buf, sizeof buf, _("Not finished."));
    y += ui_label(cx, UI_F_TITLE, buf, x, y, w, grade_color(cx, end->grade)) + p;
    /* How confident now (ui_ask.c): a strip, answered or not, nothing waits on it. */
    int strip = ui_ask_conf_strip(st, x, y, w, 0, true);
    if (strip) y += strip + p / 2;
    app_result res;
    app_play_result(st->play, &res);
    y += ui_label(cx, UI_F_BODY, _(ACCURACY_MEANS), x, y, w, cx->th.text) + p;
    /* Two columns of bars on wide windows, one on narrow ones. */
    int cols = w >= 1000 ? res.n_skills : 1;
    if (cols < 1) cols = 1;
    int cw = (w - (cols - 1) * 2 * p) / cols, rowh = 0;
    for (int k = 0; k < res.n_skills; k++) {
        int col = k % cols;
        int hh = skill_bar(st, &res.skills[k], sc->debrief[k], x + col * (cw + 2 * p), y, cw);
        if (hh > rowh) rowh = hh;
        if (col == cols - 1 || k == res.n_skills - 1) {
            y += rowh;
            rowh = 0;
        }
    }
    if (!res.exact)
        y += ui_label(cx, UI_F_SMALL, _("This scenario has loops: best and worst are bounds."), x,
                      y, w, cx->th.dim) +
             p;
    y += routes(st, x, y, w);
    y += ui_label(cx, UI_F_BOLD, _("Your conversation step by step, and their side"), x, y, w,
                  cx->th.text) +
         p;
    if (core_session_n_steps(s) > 0) { /* their side, one step at a time (ui_side.c) */
        char side[200];
        snprintf(side, sizeof side, _("Replay from %s's side (T)"),
                 app_cast_name(sc, app_side_person(sc, s)));
        int sbh = ui_text_line_h(cx->text, UI_F_BOLD) + p;
        int sbw = ui_text_layout(cx->text, UI_F_BOLD, side, 0, 1)->w + 2 * p;
        if (sbw > w) sbw = w;
        SDL_Rect sb = {x, y, sbw, sbh};
        ui_button(cx, sb, side, UI_ACT_SIDE, 0, false);
        y += sbh + p;
    }
    for (int i = 0; i < core_session_n_steps(s); i++)
        y += step_block(st, i, x, y, w);
    ui_scroll_end(st, view, y - y0);
}

bool ui_debrief_key(ui_state *st, const SDL_KeyboardEvent *k)
{
    int *f = &st->focus[UI_SCR_DEBRIEF];
    char next[96];
    ui_bar_button btn[4];
    ui_state_need_lib(st);
    int nb = buttons(st, btn, next, sizeof next);
    if (*f >= nb) *f = 0;
    if (ui_ask_conf_key(st, k)) return true; /* Shift+1..5: how confident now */
    switch (k->keysym.sym) {
    case SDLK_n:
        for (int i = 0; i < nb; i++)
            if (btn[i].action == UI_ACT_OPEN || btn[i].action == UI_ACT_NEXT) {
                ui_state_act(st, btn[i].action, btn[i].arg);
                break;
            }
        return true;
    case SDLK_r:
        ui_state_act(st, UI_ACT_RETRY, 0);
        return true;
    case SDLK_p:
        if (st->player) ui_state_act(st, UI_ACT_GO, UI_SCR_PROGRESS);
        return true;
    case SDLK_d: /* practise the first moment that lost points (ui_review.c) */
        ui_state_act(st, UI_ACT_DRILL, -1);
        return true;
    case SDLK_t: /* their side (ui_side.c) */
        ui_state_act(st, UI_ACT_SIDE, 0);
        return true;
    case SDLK_LEFT:
        if (*f > 0) (*f)--;
        return true;
    case SDLK_RIGHT:
    case SDLK_TAB:
        *f = (*f + 1) % nb;
        return true;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        ui_state_act(st, btn[*f].action, btn[*f].arg);
        return true;
    case SDLK_UP:
        ui_scroll_by(st, -(st->cx->h / 10));
        return true;
    case SDLK_DOWN:
        ui_scroll_by(st, st->cx->h / 10);
        return true;
    default:
        return ui_scroll_page_key(st, k->keysym.sym);
    }
}
