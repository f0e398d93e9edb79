/* ui_side.c: "Replay from Maya's side" (docs/practice.md, "Their side"): the
 * player's route again, one step at a time, from the other person's side:
 * what they said, what they were thinking as they said it (the node's
 * `thought`), what the player answered, what came straight back and what
 * they thought on hearing it (the chosen line's `thought`). Thoughts are
 * shown nowhere else while playing. Left/Right or the buttons move; Esc
 * goes back to the debrief.
 *
 * Depends on: engine/app (app_side_person, app_cast_name), ui_state.c (the
 * step views with the lines as they were shown), ui_face.c (the faces). */
#include "ui_face.h"
#include "i18n.h"
#include "ui_local.h"

#include <stdio.h>

void ui_act_side(ui_state *st, int arg)
{
    if (!st->play) return;
    int n = core_session_n_steps(app_play_session(st->play));
    st->side_step = arg < 0 ? 0 : arg >= n ? n - 1 : arg;
    if (st->side_step < 0) st->side_step = 0;
    st->screen = UI_SCR_SIDE;
    st->scroll[UI_SCR_SIDE] = 0;
    st->focus[UI_SCR_SIDE] = 1;
    st->dirty = true;
}

void ui_act_side_step(ui_state *st, int arg)
{
    if (!st->play) return;
    int n = core_session_n_steps(app_play_session(st->play));
    int to = st->side_step + arg;
    if (to >= n) { /* past the last step: the walk is over */
        st->screen = UI_SCR_DEBRIEF;
        st->dirty = true;
        return;
    }
    st->side_step = to < 0 ? 0 : to;
    st->scroll[UI_SCR_SIDE] = 0;
    st->dirty = true;
}

/* A thought in the person's voice, in a tinted box. Returns its height. */
static int thought_box(ui_state *st, const char *who, const char *what, const char *text, int x,
                       int y, int w)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx);
    char head[300];
    snprintf(head, sizeof head, _("%s, %s:"), who, what);
    const char *body = text && *text ? text : _("(no thought written for this moment)");
    const ui_layout *lh = ui_text_layout(cx->text, UI_F_SMALL, head, w - 2 * p, 2);
    const ui_layout *lb = ui_text_layout(cx->text, UI_F_ITALIC, body, w - 2 * p, 0);
    int h = p / 2 + lh->h + 2 + lb->h + p / 2;
    SDL_Rect r = {x, y, w, h};
    ui_fill_round(cx, r, p / 2, cx->th.accent);
    SDL_Rect in = {x + 3, y, w - 3, h};
    ui_fill_round(cx, in, p / 2, cx->th.panel_alt);
    ui_label_ex(cx, UI_F_SMALL, head, x + p, y + p / 2, w - 2 * p, 2, cx->th.accent, -1);
    ui_label(cx, UI_F_ITALIC, body, x + p, y + p / 2 + lh->h + 2, w - 2 * p,
             text && *text ? cx->th.text : cx->th.dim);
    return h;
}

void ui_side_draw(ui_state *st)
{
    ui_ctx *cx = st->cx;
    if (!st->play) return;
    const core_scenario *sc = app_play_scenario(st->play);
    core_session *s = app_play_session(st->play);
    int n = core_session_n_steps(s), p = ui_pad(cx);
    int side = app_side_person(sc, s);
    const char *name = app_cast_name(sc, side);
    char title[300];
    snprintf(title, sizeof title, _("From %s's side · step %d of %d"), name,
             n ? st->side_step + 1 : 0, n);
    ui_bar_button bb[] = {{_("Debrief (Esc)"), UI_ACT_GO, UI_SCR_DEBRIEF}};
    int top = ui_top_bar(st, title, bb, 1);
    /* Buttons along the bottom: previous, next (or back to the debrief). */
    int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p, by = cx->h - bh - p;
    bool last = st->side_step + 1 >= n;
    const char *prev = _("Previous (Left)");
    const char *next = last ? _("Back to the debrief (Right)") : _("Next (Right)");
    int bw1 = ui_text_layout(cx->text, UI_F_BOLD, prev, 0, 1)->w + 2 * p;
    int bw2 = ui_text_layout(cx->text, UI_F_BOLD, next, 0, 1)->w + 2 * p;
    if (bw1 + bw2 + 3 * p > cx->w) { /* large text, narrow window: without the key hints */
        prev = _("Previous");
        next = last ? _("Debrief") : _("Next");
        bw1 = ui_text_layout(cx->text, UI_F_BOLD, prev, 0, 1)->w + 2 * p;
        bw2 = ui_text_layout(cx->text, UI_F_BOLD, next, 0, 1)->w + 2 * p;
    }
    if (bw1 + bw2 + 3 * p > cx->w) bw1 = bw2 = (cx->w - 3 * p) / 2;
    SDL_Rect b1 = {p, by, bw1, bh}, b2 = {cx->w - p - bw2, by, bw2, bh};
    if (st->side_step > 0)
        ui_button(cx, b1, prev, UI_ACT_SIDE_STEP, -1, st->focus[UI_SCR_SIDE] == 0);
    ui_button(cx, b2, next, UI_ACT_SIDE_STEP, 1, st->focus[UI_SCR_SIDE] == 1);
    SDL_Rect sep = {0, by - p / 2, cx->w, 1};
    ui_fill_rect(cx, sep, cx->th.border);
    SDL_Rect view = {0, top, cx->w, by - p - top};
    int y0 = ui_scroll_begin(st, view), y = y0 + p;
    if (n == 0 || st->side_step >= n) {
        y += ui_label(cx, UI_F_BODY, _("No steps to replay."), 2 * p, y, cx->w - 4 * p, cx->th.dim);
        ui_scroll_end(st, view, y - y0);
        return;
    }
    /* The person on the left, their side of the moment on the right. */
    int lw = cx->w / 5;
    if (lw < 10 * p) lw = 10 * p;
    int x = lw + 2 * p, w = cx->w - x - 2 * p;
    const core_step *cs = core_session_step(s, st->side_step);
    const core_node *node = &sc->nodes[cs->node];
    int who = node->speaker >= 0 ? node->speaker : side;
    SDL_Rect face = {p, y, lw, lw};
    /* The same face as in the conversation (ui_face.c), wearing the line's
     * mood; the session keeps no trust per step, so a line without a mood
     * shows the neutral face rather than the trust at the end. */
    ui_clip_push(cx, face); /* the portrait's shoulders stay inside its frame */
    if (who >= 0 && who < sc->n_cast)
        ui_face_person(st, face, who, node->speaker == who ? node->mood : NULL, 0, -1);
    ui_clip_pop(cx);
    ui_label(cx, UI_F_BOLD, app_cast_name(sc, who), p, y + lw + p / 2, lw, cx->th.text);
    const char *speaker = app_cast_name(sc, who);
    const ui_step_view *v = st->side_step < st->n_steps ? &st->steps[st->side_step] : NULL;
    const char *line = v && v->line ? v->line : node->text ? node->text : "";
    char buf[1400];
    snprintf(buf, sizeof buf, _("%s said"), node->speaker >= 0 ? speaker : _("The narrator"));
    int h = 0;
    h += ui_label(cx, UI_F_SMALL, buf, x, y + h, w, cx->th.dim) + 2;
    h += ui_label(cx, UI_F_BODY, line, x, y + h, w, cx->th.text) + p;
    h += thought_box(st, speaker, _("thinking"), node->thought, x, y + h, w) + p;
    const core_choice *c = cs->choice != CORE_NONE ? &node->choices[cs->choice] : NULL;
    h += ui_label(cx, UI_F_SMALL, _("You said"), x, y + h, w, cx->th.dim) + 2;
    h += ui_label(cx, UI_F_BOLD, c ? c->text : _("(nothing, in time)"), x, y + h, w, cx->th.text) +
         p;
    const char *reply = core_session_step_reply(s, st->side_step);
    if (reply && *reply) {
        snprintf(buf, sizeof buf, "%s: %s", speaker, reply);
        h += ui_label(cx, UI_F_BODY, buf, x, y + h, w, cx->th.text) + p;
    }
    if (c) h += thought_box(st, speaker, _("hearing it"), c->thought, x, y + h, w) + p;
    int left_h = lw + p / 2 + ui_text_line_h(cx->text, UI_F_BOLD);
    y += (h > left_h ? h : left_h) + p;
    ui_scroll_end(st, view, y - y0);
}

bool ui_side_key(ui_state *st, const SDL_KeyboardEvent *k)
{
    switch (k->keysym.sym) {
    case SDLK_LEFT:
        ui_state_act(st, UI_ACT_SIDE_STEP, -1);
        return true;
    case SDLK_RIGHT:
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
    case SDLK_SPACE:
        ui_state_act(st, UI_ACT_SIDE_STEP, 1);
        return true;
    case SDLK_DOWN:
    case SDLK_PAGEDOWN:
        ui_scroll_by(st, st->cx->h / 4);
        return true;
    case SDLK_UP:
    case SDLK_PAGEUP:
        ui_scroll_by(st, -(st->cx->h / 4));
        return true;
    default:
        return false;
    }
}
