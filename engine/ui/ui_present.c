/* ui_present.c: the presenter view, for a facilitator with a projector
 * (`rapport present FILE`, or F3 in the window; docs/workshops.md).
 *
 * The conversation screen drawn large (text 1.5 times the learner's size) and
 * paced by the facilitator, in three beats per line:
 *
 *   1. the line and the numbered choices. At a node with `discuss = "..."`
 *      the question for the room is shown and the running scores are hidden,
 *      so nothing tips the argument; elsewhere the room's scores so far show.
 *   2. the facilitator types the room's choice (1-9, or clicks it); it is
 *      only marked, so the room may still change its mind.
 *   3. Enter reveals: the chosen answer, what it earned, the author's
 *      feedback, and what each other answer would have earned
 *      (app_choice_effect, kept in the step's snapshot). Enter moves on.
 *
 * Timed nodes run no clock here (the room is talking); T lets the moment pass
 * as the scenario's on_timeout says. The ending shows the outcome and the
 * room's percent per skill, then the debrief.
 *
 * The room may vote from their phones (R, or `present --room`; ui_room.c):
 * each choice card then shows its live count, the phones' leader is the pick
 * until the facilitator types another, the reveal shows how the phones
 * voted, and a join panel (QR code, address, code) takes the right.
 *
 * Where a scenario has the room write something (an email, line by line),
 * what it has written so far stays in view in a panel of its own. Every
 * number shown says what it means: points, accuracy, votes.
 *
 * Layout: top bar; a column that scrolls (the line, stuck to its end; or the
 * reveal or the ending, from their top);
 * a panel pinned at the bottom (choices and the reveal button, or Continue);
 * at the right, what the room has written (when it writes something) and,
 * with the room open, its join panel. */
#include "ui_face.h"
#include "i18n.h"
#include "ui_local.h"
#include "ui_room.h"

#include <stdio.h>
#include <string.h>

static const char *speaker(const core_scenario *sc, int sp)
{
    if (sp < 0 || sp >= sc->n_cast) return NULL;
    return sc->cast[sp].name[0] ? sc->cast[sp].name : sc->cast[sp].key;
}

static SDL_Color delta_color(const ui_ctx *cx, const core_scenario *sc, const double *d)
{
    double sum = 0;
    for (int k = 0; k < sc->n_skills; k++)
        sum += d[k];
    return sum > 0 ? cx->th.good : sum < 0 ? cx->th.poor : cx->th.dim;
}

/* A button of its natural width at x, y; returns its height. */
static int button(ui_ctx *cx, const char *label, int action, int x, int y, int max_w, bool focus)
{
    int p = ui_pad(cx);
    int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p;
    int bw = ui_text_layout(cx->text, UI_F_BOLD, label, 0, 1)->w + 2 * p;
    if (bw > max_w) bw = max_w;
    SDL_Rect r = {x, y, bw, bh};
    ui_button(cx, r, label, action, 0, focus);
    return bh;
}

/* ---- beat 1 and 2: the line, the question for the room, the choices ---- */

/* A label, or only its height when !draw. */
static int put(ui_ctx *cx, ui_font_id f, const char *s, int x, int y, int w, int lines, SDL_Color c,
               bool draw)
{
    if (draw) return ui_label_ex(cx, f, s, x, y, w, lines, c, -1);
    const ui_layout *l = ui_text_layout(cx->text, f, s, w, lines);
    return l->n_glyphs ? l->h : 0;
}

/* ---- what the room has built so far ----
 *
 * Some scenarios have the room write something, line by line: in
 * follow_up.within_48h each email line is a fact, and a `reply` function
 * (draft) answers every line with the whole draft so far, set out as a
 * heading ending in a colon, a blank line, then the text ("Your draft so
 * far:\n\n..."). A reply of that shape is what the room has built: the
 * presenter keeps the latest one in a panel at the right, through the reveal
 * and up to the ending, instead of above the next line, where it scrolled
 * away. Rewinding takes its lines out again, since it is read from the
 * session's replies each frame. */

/* The text of a reply shaped "Heading:\n\ntext", or NULL. */
static const char *built_body(const char *reply)
{
    const char *nl = reply ? strchr(reply, '\n') : NULL;
    if (!nl || nl == reply || nl - reply > 80 || nl[-1] != ':' || nl[1] != '\n') return NULL;
    return nl[2] && nl[2] != '\n' ? nl + 2 : NULL;
}

/* The latest built text in the session (borrowed from it), or NULL. */
static const char *built_text(const ui_state *st)
{
    if (!st->play) return NULL;
    core_session *s = app_play_session(st->play);
    for (int i = core_session_n_steps(s) - 1; i >= 0; i--) {
        const char *b = built_body(core_session_step_reply(s, i));
        if (b) return b;
    }
    return NULL;
}

/* The panel at the right: a heading and the text, in the largest of two
 * sizes that fits r, else its start in the smaller size. */
static void built_panel(ui_state *st, SDL_Rect r, const char *text)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx), iw = r.w - p, y = r.y + p / 2;
    ui_fill_round(cx, r, p / 2, cx->th.panel);
    y += ui_label_ex(cx, UI_F_BOLD, _("Written so far"), r.x + p / 2, y, iw, 2, cx->th.accent, -1) +
         p / 3;
    int room = r.y + r.h - p / 2 - y;
    ui_font_id f = UI_F_BODY;
    if (ui_text_layout(cx->text, f, text, iw, 0)->h > room) f = UI_F_SMALL;
    int lines = room / ui_text_line_h(cx->text, f);
    if (lines > 0) ui_label_ex(cx, f, text, r.x + p / 2, y, iw, lines, cx->th.text, -1);
}

/* Who speaks, (outside discussion beats) the room's scores so far, the reply
 * to the room's last answer, the cue and the line. Returns the height; draws
 * only when draw. */
static int line_column(ui_state *st, int x, int y, int w, bool draw)
{
    ui_ctx *cx = st->cx;
    const core_scenario *sc = app_play_scenario(st->play);
    core_session *s = app_play_session(st->play);
    const core_node *n = core_session_node(s);
    int p = ui_pad(cx), h = 0;
    const char *name = speaker(sc, n->speaker);
    if (name) {
        /* The speaker's face (ui_face.h) beside the name, three lines high,
         * with the line's mood; left out when the column is narrow. */
        int fs = 3 * ui_text_line_h(cx->text, UI_F_BOLD), tx = x + fs + p, tw = w - fs - p;
        if (tw < w / 2) fs = 0, tx = x, tw = w;
        if (draw && fs > 0) {
            SDL_Rect fr = {x, y, fs, fs};
            ui_clip_push(cx, fr);
            ui_face_speaker(st, fr, n->speaker, n->mood, 1);
            ui_clip_pop(cx);
        }
        int nh = put(cx, UI_F_BOLD, name, tx, y + h, tw, 1, cx->th.accent, draw) + 2;
        const char *role = sc->cast[n->speaker].role;
        if (role && *role) nh += put(cx, UI_F_SMALL, role, tx, y + h + nh, tw, 2, cx->th.dim, draw);
        h += (nh > fs ? nh : fs) + p / 2;
    }
    /* The room's scores so far, under the name: the column ends with what is
     * newest (the reply, the cue, the line), the end that stays in view. */
    if (core_session_status(s) == CORE_PLAYING && (!n->discuss || !*n->discuss)) {
        char d[256], buf[340]; /* at a discussion beat no scores show */
        ui_format_deltas(sc, core_session_state(s)->score, d, sizeof d);
        snprintf(buf, sizeof buf, _("Points the room's answers have earned so far: %s"), d);
        h += put(cx, UI_F_SMALL, buf, x, y + h, w, 0, cx->th.dim, draw) + p / 2;
    }
    /* What was said straight back to the room's last answer, before the line. */
    if (st->cur_reply && *st->cur_reply && !built_body(st->cur_reply)) /* else at the right */
        h += put(cx, UI_F_LINE, st->cur_reply, x, y + h, w, 0, name ? cx->th.text : cx->th.dim,
                 draw) +
             p / 2;
    if (st->cur_cue && *st->cur_cue)
        h += put(cx, UI_F_ITALIC, st->cur_cue, x, y + h, w, 0, cx->th.dim, draw) + p / 2;
    h += put(cx, UI_F_LINE, st->cur_line ? st->cur_line : "", x, y + h, w, 0,
             name ? cx->th.text : cx->th.dim, draw) +
         p;
    return h;
}

/* The discussion beat: the question for the room in a panel, pinned above
 * the choices so it stays in view; the question takes at most q_lines lines.
 * Returns the height (0 at nodes without `discuss`); draws only when draw. */
static int discuss_panel(ui_state *st, int x, int y, int w, int q_lines, bool draw)
{
    ui_ctx *cx = st->cx;
    const core_node *n = core_session_node(app_play_session(st->play));
    if (!n->discuss || !*n->discuss) return 0;
    int p = ui_pad(cx), iw = w - 2 * p;
    const char *head = _("Discuss with the room");
    const char *note = _("Scores stay hidden until you reveal the room's choice.");
    const ui_layout *t = ui_text_layout(cx->text, UI_F_BOLD, head, iw, 1);
    const ui_layout *q = ui_text_layout(cx->text, UI_F_LINE, n->discuss, iw, q_lines);
    const ui_layout *nl = ui_text_layout(cx->text, UI_F_SMALL, note, iw, 2);
    int ph = p / 2 + t->h + 2 + q->h + 2 + nl->h + p / 2;
    if (!draw) return ph + p / 2;
    SDL_Rect r = {x, y, w, ph};
    ui_fill_round(cx, r, p / 2, cx->th.accent);
    SDL_Rect in = {x + 4, y, w - 4, ph};
    ui_fill_round(cx, in, p / 2, cx->th.panel_alt);
    int yy = y + p / 2;
    yy += ui_label_ex(cx, UI_F_BOLD, head, x + p, yy, iw, 1, cx->th.accent, -1) + 2;
    yy += ui_label_ex(cx, UI_F_LINE, n->discuss, x + p, yy, iw, q_lines, cx->th.text, -1) + 2;
    ui_label_ex(cx, UI_F_SMALL, note, x + p, yy, iw, 2, cx->th.dim, -1);
    return ph + p / 2;
}

/* The numbered choices, the picked one marked; height used (or needed). */
static int choices(ui_state *st, int x, int y, int w, int max_lines, bool draw)
{
    ui_ctx *cx = st->cx;
    core_session *s = app_play_session(st->play);
    const core_node *node = core_session_node(s);
    int p = ui_pad(cx), h = 0;
    int numw = ui_text_layout(cx->text, UI_F_BOLD, "9.", 0, 1)->w + p;
    int votes_w = ui_room_count_w(st); /* the room's live count at the card's right */
    for (int i = 0; i < core_session_n_visible(s); i++) {
        const core_choice *c = &node->choices[core_session_visible(s, i)];
        const ui_layout *l =
            ui_text_layout(cx->text, UI_F_BODY, c->text, w - numw - 2 * p - votes_w, max_lines);
        int bh = l->h + p;
        if (draw) {
            SDL_Rect r = {x, y + h, w, bh};
            bool picked = st->present_pick == i + 1; /* a thicker ring: seen from the back */
            ui_choice_card(cx, r, i + 1, l, numw, picked ? 3 : 0, picked || ui_hovered(cx, r),
                           UI_ACT_PICK);
            ui_room_card(st, r, i + 1);
        }
        h += bh + p / 2;
    }
    return h;
}

/* Under the choices: what to do next, and the buttons for it. */
static int choice_actions(ui_state *st, int x, int y, int w, bool draw)
{
    ui_ctx *cx = st->cx;
    core_session *s = app_play_session(st->play);
    int p = ui_pad(cx);
    int n = core_session_n_visible(s);
    bool timed = core_session_node(s)->timeout > 0;
    char hint[160];
    if (st->present_pick && ui_room_picked(st))
        snprintf(hint, sizeof hint, _("Most phones chose %d; type a number to choose another."),
                 st->present_pick);
    else if (st->present_pick)
        snprintf(hint, sizeof hint, _("The room chose %d."), st->present_pick);
    else
        snprintf(hint, sizeof hint, _("Type the room's choice (1-%d), then Enter to reveal.%s"), n,
                 ui_room_open(st) ? "" : _(" R: the room votes from their phones."));
    const ui_layout *hl = ui_text_layout(cx->text, UI_F_SMALL, hint, w, 2);
    int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p;
    int h = (st->present_pick || timed) ? bh : hl->h;
    if (!draw) return h;
    int bx = x;
    if (st->present_pick) {
        const char *rv = _("Reveal (Enter)");
        button(cx, rv, UI_ACT_REVEAL, bx, y, w, true);
        bx += ui_text_layout(cx->text, UI_F_BOLD, rv, 0, 1)->w + 3 * p;
    }
    if (timed) {
        const char *t = _("Let the moment pass (T)");
        button(cx, t, UI_ACT_TIMEOUT, bx, y, x + w - bx, false);
        bx += ui_text_layout(cx->text, UI_F_BOLD, t, 0, 1)->w + 3 * p;
    }
    if (!st->present_pick && !timed) {
        ui_label_ex(cx, UI_F_SMALL, hint, x, y, w, 2, cx->th.dim, -1);
    } else if (bx < x + w) {
        const ui_layout *l = ui_text_layout(cx->text, UI_F_SMALL, hint, x + w - bx, 1);
        if (l->n_glyphs && !l->clamped)
            ui_label_ex(cx, UI_F_SMALL, hint, bx, y + (bh - l->h) / 2, x + w - bx, 1, cx->th.dim,
                        -1);
    }
    return h;
}

/* ---- beat 3: the reveal ---- */

static int reveal_column(ui_state *st, int x, int y, int w)
{
    ui_ctx *cx = st->cx;
    const core_scenario *sc = app_play_scenario(st->play);
    core_session *s = app_play_session(st->play);
    int p = ui_pad(cx), h = 0;
    int last = core_session_n_steps(s) - 1;
    if (last < 0) return 0;
    const core_step *cs = core_session_step(s, last);
    const ui_step_view *v = last < st->n_steps ? &st->steps[last] : NULL;
    const core_node *node = &sc->nodes[cs->node];
    char buf[1200], d[256];
    const char *name = speaker(sc, node->speaker);
    snprintf(buf, sizeof buf, "%s%s%s", name ? name : "", name ? ": " : "",
             v && v->line ? v->line : "");
    h += ui_label_ex(cx, UI_F_SMALL, buf, x, y + h, w, 3, cx->th.dim, -1) + p / 2;
    const core_choice *c = cs->choice != CORE_NONE ? &node->choices[cs->choice] : NULL;
    h += ui_label(cx, UI_F_SMALL, c ? _("The room said:") : _("The room let the moment pass."), x,
                  y + h, w, cx->th.dim) +
         2;
    if (c) h += ui_label(cx, UI_F_LINE, c->text, x, y + h, w, cx->th.text) + p / 3;
    h += ui_room_result(st, x, y + h, w); /* how the phones voted, when the room is open */
    ui_format_deltas(sc, cs->score, d, sizeof d);
    snprintf(buf, sizeof buf, _("Points for this answer: %s"), d);
    h += ui_label(cx, UI_F_BOLD, buf, x, y + h, w, delta_color(cx, sc, cs->score)) + p / 3;
    const char *fb = c ? c->feedback
                     : node->timeout_feedback
                         ? node->timeout_feedback
                         : _("Under pressure a short, honest answer beats silence.");
    if (fb && *fb) h += ui_label(cx, UI_F_BODY, fb, x, y + h, w, cx->th.text) + p;
    if (v && v->n_alt > 1) {
        h += ui_label(cx, UI_F_SMALL, _("The points each other answer would have earned:"), x,
                      y + h, w, cx->th.dim) +
             p / 3;
        for (int a = 0; a < v->n_alt; a++) {
            if (v->alt[a] == cs->choice) continue;
            const core_choice *alt = &node->choices[v->alt[a]];
            snprintf(buf, sizeof buf, "%d. %s", a + 1, alt->text);
            h += ui_label(cx, UI_F_BODY, buf, x + p, y + h, w - p, cx->th.text) + 2;
            ui_format_deltas(sc, v->alt_eff[a], d, sizeof d);
            h += ui_label(cx, UI_F_SMALL, d, x + 2 * p, y + h, w - 2 * p,
                          delta_color(cx, sc, v->alt_eff[a])) +
                 p / 2;
        }
    }
    return h;
}

/* ---- the ending ---- */

static int ending_column(ui_state *st, int x, int y, int w)
{
    ui_ctx *cx = st->cx;
    core_session *s = app_play_session(st->play);
    int p = ui_pad(cx), h = 0;
    const core_node *n = core_session_node(s);
    char buf[600];
    SDL_Color c = cx->th.text;
    if (core_session_status(s) == CORE_FAILED) {
        snprintf(buf, sizeof buf, _("The scenario stopped: %s"), core_session_error(s));
        return ui_label(cx, UI_F_BODY, buf, x, y, w, cx->th.poor);
    }
    if (st->cur_line && *st->cur_line)
        h += ui_label(cx, UI_F_LINE, st->cur_line, x, y + h, w, cx->th.dim) + p;
    char label[200];
    ui_ending_label(st, n->ending, label, sizeof label);
    snprintf(buf, sizeof buf, _("Outcome: %s"), label);
    if (n->grade && strcmp(n->grade, "good") == 0) c = cx->th.good;
    if (n->grade && strcmp(n->grade, "mixed") == 0) c = cx->th.mixed;
    if (n->grade && strcmp(n->grade, "poor") == 0) c = cx->th.poor;
    h += ui_label(cx, UI_F_TITLE, buf, x, y + h, w, c) + p;
    app_result r;
    app_play_result(st->play, &r);
    /* Accuracy first (how close each answer was to the best one open then),
     * the points one level down, as in the debrief; the percent says what it
     * means once, above them, for a room that never saw a debrief. */
    h += ui_label(cx, UI_F_SMALL,
                  _("Accuracy: how close the room's answers came to the best answer open at each "
                    "moment (100% = always the best, 0% = always the worst)."),
                  x, y + h, w, cx->th.dim) +
         p / 3;
    for (int k = 0; k < r.n_skills; k++) {
        const app_skill_result *sk = &r.skills[k];
        char acc[64];
        if (sk->has_accuracy)
            snprintf(acc, sizeof acc, _("accuracy %.0f%%"), sk->accuracy);
        else
            snprintf(acc, sizeof acc, _("no answer tested it"));
        snprintf(buf, sizeof buf, "%s: %s", _(core_skill_label(sk->name)), acc);
        h += ui_label(cx, UI_F_BODY, buf, x, y + h, w, cx->th.text) + 2;
        snprintf(buf, sizeof buf, _("the room scored %g of a possible %g points"), sk->raw,
                 sk->best);
        h += ui_label(cx, UI_F_SMALL, buf, x + p, y + h, w - p, cx->th.dim) + p / 3;
    }
    if (!st->player)
        h += p / 2 +
             ui_label(cx, UI_F_SMALL,
                      _("Not recorded: start with --player NAME to keep the room's sessions."), x,
                      y + h + p / 2, w, cx->th.dim);
    return h + p;
}

/* ---- the screen ---- */

void ui_present_draw(ui_state *st)
{
    ui_ctx *cx = st->cx;
    const core_scenario *sc = app_play_scenario(st->play);
    core_session *s = app_play_session(st->play);
    int p = ui_pad(cx);
    bool playing = core_session_status(s) == CORE_PLAYING;
    char title[400], where[64], clock[64];
    ui_pack_where(st, where, sizeof where);
    ui_pack_clock_text(st, clock, sizeof clock);
    /* Place and clock first: a long title is cut at its end, they must stay. */
    snprintf(title, sizeof title, "%s%s%s%s", where, clock, clock[0] ? " · " : "", sc->title);
    ui_bar_button bb[] = {{_("Learner view (F3)"), UI_ACT_PRESENT, 0},
                          {st->pack ? _("Pack (Esc)") : _("Library (Esc)"), UI_ACT_BACK, 0}};
    int top = ui_top_bar(st, title, bb, 2);
    if (st->status[0])
        top += ui_label_ex(cx, UI_F_SMALL, st->status, p, top + p / 2, cx->w - 2 * p, 2,
                           ui_status_colour(st), -1) +
               p / 2;
    int x = 2 * p, w = cx->w - 4 * p, bottom = cx->h - p;
    int room_w = ui_room_panel_w(st); /* the room's join panel takes the right */
    w -= room_w;
    const char *built = built_text(st); /* then what the room wrote, left of it */
    int built_w = built ? w * 2 / 5 : 0;
    w -= built_w;
    /* The pinned panel first, shortened until it takes at most 3/5 of the height. */
    /* The panel may take what the line above does not need, at least 3/5 of
     * the height. When the question and the choices still do not fit, the
     * choices shorten to two lines, then the panel may take 4/5 (the line
     * above scrolls), then choices and question shorten to one line. */
    int avail = bottom - top - p;
    int room = avail - line_column(st, x, 0, w, false) - p;
    if (room < avail * 3 / 5) room = avail * 3 / 5;
    int panel_h = 0, max_lines = 4, q_lines = 4, disc = 0;
    int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p;
    if (st->coach || !playing) {
        panel_h = bh;
    } else {
        static const struct {
            int choice_lines, question_lines, fifths; /* fifths 0: room as above */
        } tries[] = {{4, 4, 0}, {3, 4, 0}, {2, 4, 0}, {2, 4, 4},
                     {1, 4, 4}, {1, 3, 4}, {1, 2, 4}, {1, 1, 4}};
        int act = choice_actions(st, x, 0, w, false);
        for (size_t i = 0; i < sizeof tries / sizeof *tries; i++) {
            max_lines = tries[i].choice_lines;
            q_lines = tries[i].question_lines;
            int r = tries[i].fifths ? avail * tries[i].fifths / 5 : room;
            if (r < room) r = room;
            disc = discuss_panel(st, x, 0, w, q_lines, false);
            panel_h = disc + choices(st, x, 0, w, max_lines, false) + act;
            if (panel_h <= r) break;
        }
    }
    int panel_y = bottom - panel_h;
    if (panel_y < top + p) panel_y = top + p;
    if (st->coach) {
        button(cx, _("Continue (Enter)"), UI_ACT_CONTINUE, x, panel_y, w, true);
    } else if (!playing) {
        bool failed = core_session_status(s) == CORE_FAILED;
        const char *b = failed ? _("Back (Esc)") : _("See the debrief (Enter)");
        button(cx, b, failed ? UI_ACT_BACK : UI_ACT_DEBRIEF, x, panel_y, w, true);
    } else {
        discuss_panel(st, x, panel_y, w, q_lines, true);
        int ch = choices(st, x, panel_y + disc, w, max_lines, true);
        choice_actions(st, x, panel_y + disc + ch, w, true);
    }
    /* The column above; it scrolls when long. The reveal and the ending read
     * from their top. The line sticks to its end, as the conversation does, so
     * the cue and the line the room answers stay in view and the speaker's
     * name scrolls out first (at 800x600 and 150% text they fell below the
     * fold): there scroll counts pixels up from the end, turned into
     * ui_scroll_begin's count from the top for this one frame. */
    SDL_Rect view = {0, top + p / 2, cx->w, panel_y - p - (top + p / 2)};
    if (view.h < 0) view.h = 0;
    int *up_px = &st->scroll[UI_SCR_CONVO], max = 0;
    bool up = ui_present_from_end(st);
    if (up) {
        max = line_column(st, x, 0, w, false) + p / 2 - view.h;
        if (max < 0) max = 0;
        if (*up_px > max) *up_px = max;
        if (*up_px < 0) *up_px = 0;
        *up_px = max - *up_px;
    }
    int y0 = ui_scroll_begin(st, view), h;
    if (st->coach)
        h = reveal_column(st, x, y0 + p / 2, w);
    else if (!playing)
        h = ending_column(st, x, y0 + p / 2, w);
    else
        h = line_column(st, x, y0 + p / 2, w, true);
    ui_scroll_end(st, view, h + p / 2);
    if (up) *up_px = max - *up_px; /* back to pixels up from the end */
    if (built_w)
        built_panel(st, (SDL_Rect){x + w + p, top + p / 2, built_w - p, bottom - top - p}, built);
    if (room_w)
        ui_room_panel(st,
                      (SDL_Rect){x + w + built_w + p, top + p / 2, room_w - p, bottom - top - p});
}

bool ui_present_from_end(const ui_state *st)
{
    return st->present && st->play && !st->coach &&
           core_session_status(app_play_session(st->play)) == CORE_PLAYING;
}

bool ui_present_key(ui_state *st, const SDL_KeyboardEvent *k)
{
    core_session *s = app_play_session(st->play);
    SDL_Keycode c = k->keysym.sym;
    int n = core_session_n_visible(s);
    bool choosing = core_session_status(s) == CORE_PLAYING && !st->coach;
    int *sc = &st->scroll[UI_SCR_CONVO];
    if (c >= SDLK_1 && c <= SDLK_9) {
        if (choosing) ui_state_act(st, UI_ACT_PICK, (int)(c - SDLK_0));
        return true;
    }
    if (c >= SDLK_KP_1 && c <= SDLK_KP_9) {
        if (choosing) ui_state_act(st, UI_ACT_PICK, (int)(c - SDLK_KP_1) + 1);
        return true;
    }
    switch (c) {
    case SDLK_UP:
        if (choosing && st->present_pick > 1) st->present_pick--;
        return true;
    case SDLK_DOWN:
        if (choosing && st->present_pick < n) st->present_pick++;
        return true;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        if (choosing)
            ui_state_act(st, UI_ACT_REVEAL, 0);
        else
            ui_state_act(st, UI_ACT_CONTINUE, 0);
        return true;
    case SDLK_SPACE:
        if (!choosing) ui_state_act(st, UI_ACT_CONTINUE, 0);
        return true;
    case SDLK_t:
        if (choosing) ui_state_act(st, UI_ACT_TIMEOUT, 0);
        return true;
    case SDLK_r: /* the room votes from their phones (ui_room.c) */
        ui_room_toggle(st);
        return true;
    case SDLK_BACKSPACE:
        ui_state_rewind(st);
        return true;
    case SDLK_PAGEUP:
    case SDLK_PAGEDOWN: { /* clamped when next drawn */
        int d = (c == SDLK_PAGEUP) == ui_present_from_end(st) ? st->cx->h / 3 : -st->cx->h / 3;
        *sc += d;
        if (*sc < 0) *sc = 0;
        return true;
    }
    default:
        return false;
    }
}
