/* ui_debrief.c: the debrief. Per-skill bars (raw, best, percent) with the
 * scenario's tip, then every step: what was said, what the player answered,
 * what it earned and why, and what each alternative would have earned.
 * A scroll view between the top bar and a row of buttons. */
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

/* One skill: label, bar, figures and tip. Returns its height. */
static int skill_bar(ui_state *st, const app_skill_result *r, const char *tip, int x, int y, int w)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx);
    int h = ui_label(cx, UI_F_BOLD, ui_skill_label(r->name), x, y, w, cx->th.text) + p / 3;
    int bar_h = p;
    SDL_Rect bg = {x, y + h, w, bar_h};
    ui_fill_round(cx, bg, bar_h / 2, cx->th.bar_bg);
    SDL_Rect fg = {x, y + h, (int)(w * r->percent / 100.0), bar_h};
    SDL_Color c = r->percent >= 70 ? cx->th.good : r->percent >= 40 ? cx->th.mixed : cx->th.poor;
    if (fg.w > 0) ui_fill_round(cx, fg, bar_h / 2, c);
    h += bar_h + p / 3;
    char fig[160];
    snprintf(fig, sizeof fig, "%.0f%% · you scored %g; the best possible was %g (the worst %g)",
             r->percent, r->raw, r->best, r->worst);
    h += ui_label(cx, UI_F_SMALL, fig, x, y + h, w, cx->th.dim);
    if (tip && *tip) {
        h += p / 3;
        h += ui_label(cx, UI_F_SMALL, tip, x, y + h, w, cx->th.text);
    }
    return h + p;
}

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
    const char *who = node->speaker >= 0 ? sc->cast[node->speaker].name : "Narrator";
    snprintf(buf, sizeof buf, "%d. %s: %s", i + 1, who, v && v->line ? v->line : "");
    h += ui_label_ex(cx, UI_F_SMALL, buf, x, y, w, 2, cx->th.dim, -1) + p / 3;
    const core_choice *c = cs->choice != CORE_NONE ? &node->choices[cs->choice] : NULL;
    snprintf(buf, sizeof buf, "You: %s", c ? c->text : "(time ran out)");
    h += ui_label_ex(cx, UI_F_BOLD, buf, x, y + h, w, 3, cx->th.text, -1) + p / 3;
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
    if (c && c->feedback)
        h += ui_label(cx, UI_F_BODY, c->feedback, x + p, y + h, w - p, cx->th.text) + p / 3;
    if (v && v->n_alt > 1) {
        h += ui_label(cx, UI_F_SMALL, "Other answers you could have given:", x + p, y + h, w - p,
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
        h += ui_label(cx, UI_F_SMALL, "(alternatives not known: the scenario was reloaded)", x + p,
                      y + h, w - p, cx->th.dim);
    }
    return h + p;
}

void ui_debrief_draw(ui_state *st)
{
    ui_ctx *cx = st->cx;
    if (!st->play) return;
    const core_scenario *sc = app_play_scenario(st->play);
    core_session *s = app_play_session(st->play);
    int p = ui_pad(cx);
    char title[300];
    snprintf(title, sizeof title, "Debrief: %s", sc->title);
    int top = ui_top_bar(st, title, NULL, 0);
    /* Buttons along the bottom. */
    static const struct {
        const char *label;
        ui_action a;
        int arg;
    } btn[] = {{"Retry (R)", UI_ACT_RETRY, 0},
               {"Library (Esc)", UI_ACT_GO, UI_SCR_LIBRARY},
               {"Progress (P)", UI_ACT_GO, UI_SCR_PROGRESS}};
    int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p;
    int by = cx->h - bh - p, bx = p;
    for (int i = 0; i < 3; i++) {
        int bw = ui_text_layout(cx->text, UI_F_BOLD, btn[i].label, 0, 1)->w + 2 * p;
        SDL_Rect r = {bx, by, bw, bh};
        ui_button(cx, r, btn[i].label, btn[i].a, btn[i].arg, st->focus[UI_SCR_DEBRIEF] == i);
        bx += bw + p;
    }
    SDL_Rect sep = {0, by - p / 2, cx->w, 1};
    ui_fill_rect(cx, sep, cx->th.border);
    SDL_Rect view = {0, top, cx->w, by - p - top};
    int y0 = ui_scroll_begin(st, view), y = y0 + p;
    int x = 2 * p, w = cx->w - 4 * p;
    const core_node *end = core_session_node(s);
    char buf[512];
    char label[200];
    ui_humanize(end->ending, label, sizeof label);
    if (core_session_status(s) == CORE_ENDED)
        snprintf(buf, sizeof buf, "Outcome: %s%s%s%s", label, end->grade ? " (" : "",
                 end->grade ? end->grade : "", end->grade ? ")" : "");
    else
        snprintf(buf, sizeof buf, "Not finished.");
    y += ui_label(cx, UI_F_TITLE, buf, x, y, w, grade_color(cx, end->grade)) + p;
    app_result res;
    app_play_result(st->play, &res);
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
        y += ui_label(cx, UI_F_SMALL, "This scenario has loops: best and worst are bounds.", x, y,
                      w, cx->th.dim) +
             p;
    y += ui_label(cx, UI_F_BOLD, "Your conversation, step by step", x, y, w, cx->th.text) + p;
    for (int i = 0; i < core_session_n_steps(s); i++)
        y += step_block(st, i, x, y, w);
    ui_scroll_end(st, view, y - y0);
}

bool ui_debrief_key(ui_state *st, const SDL_KeyboardEvent *k)
{
    int *f = &st->focus[UI_SCR_DEBRIEF];
    switch (k->keysym.sym) {
    case SDLK_r:
        ui_state_act(st, UI_ACT_RETRY, 0);
        return true;
    case SDLK_p:
        ui_state_act(st, UI_ACT_GO, UI_SCR_PROGRESS);
        return true;
    case SDLK_LEFT:
        if (*f > 0) (*f)--;
        return true;
    case SDLK_RIGHT:
    case SDLK_TAB:
        *f = (*f + 1) % 3;
        return true;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        if (*f == 0) ui_state_act(st, UI_ACT_RETRY, 0);
        if (*f == 1) ui_state_act(st, UI_ACT_GO, UI_SCR_LIBRARY);
        if (*f == 2) ui_state_act(st, UI_ACT_GO, UI_SCR_PROGRESS);
        return true;
    case SDLK_UP:
        st->scroll[UI_SCR_DEBRIEF] -= st->cx->h / 10;
        if (st->scroll[UI_SCR_DEBRIEF] < 0) st->scroll[UI_SCR_DEBRIEF] = 0;
        return true;
    case SDLK_DOWN:
        st->scroll[UI_SCR_DEBRIEF] += st->cx->h / 10;
        return true;
    case SDLK_PAGEUP:
        st->scroll[UI_SCR_DEBRIEF] -= st->cx->h * 2 / 3;
        if (st->scroll[UI_SCR_DEBRIEF] < 0) st->scroll[UI_SCR_DEBRIEF] = 0;
        return true;
    case SDLK_PAGEDOWN:
        st->scroll[UI_SCR_DEBRIEF] += st->cx->h * 2 / 3;
        return true;
    default:
        return false;
    }
}
