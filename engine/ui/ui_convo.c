/* ui_convo.c: the conversation screen.
 *
 *   +-------------------------------------------------------------+
 *   | title                                   [Rewind] [Library]  |  top bar
 *   +-----------+-------------------------------------------------+
 *   | portrait  | transcript (practice mode; scrolls)             |
 *   | name      | cue, in italics                                 |
 *   | role      | the line (typewriter)                           |
 *   |           +-------------------------------------------------+
 *   |           | countdown bar (timed nodes)                     |
 *   |           | 1. choice   2. choice ...   or the coach panel  |
 *   +-----------+-------------------------------------------------+
 *
 * The choices (or coach panel, or the ending's button) are pinned at the
 * bottom so they are always visible. In "say it first" (docs/practice.md)
 * a text field takes the choices' place until the player has typed what
 * they would say (or skipped); the choices then come with their words above
 * them, to pick the closest; the text above scrolls and sticks to
 * its end, where the current line is. Until the first choice, a strip over
 * the text may ask how confident the player feels (ui_ask.c): clicks and
 * Shift+1..5 only, so no key pressed to play is taken by it. Here scroll[UI_SCR_CONVO] counts
 * pixels up from that end. */
#include "ui_face.h"
#include "i18n.h"
#include "ui_local.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *speaker_name(const core_scenario *sc, int sp)
{
    if (sp == UI_SPEAKER_YOU) return _("You");
    if (sp >= 0 && sp < sc->n_cast)
        return sc->cast[sp].name[0] ? sc->cast[sp].name : sc->cast[sp].key;
    return NULL; /* narrator */
}

/* One said line: the speaker's name (bold, dim), the cue (italic) and the
 * text. The player's lines are indented. Returns the height. */
static int entry_ex(ui_state *st, int sp, bool named, const char *cue, const char *text, int x,
                    int y, int w, bool draw, ui_font_id font, int n_glyphs)
{
    ui_ctx *cx = st->cx;
    const core_scenario *sc = app_play_scenario(st->play);
    const char *name = named ? speaker_name(sc, sp) : NULL;
    int h = 0, p = ui_pad(cx);
    if (name) {
        const ui_layout *l = ui_text_layout(cx->text, UI_F_BOLD, name, w, 1);
        if (draw) {
            ui_text_draw(cx->text, l, x, y, sp == UI_SPEAKER_YOU ? cx->th.accent : cx->th.dim, -1);
            SDL_Rect r = {x, y, l->w, l->h};
            ui_frame_add(&cx->frame, r, UI_BOX_TEXT, 0, 0);
        }
        h += l->h + 2;
    }
    if (cue && *cue) {
        const ui_layout *l = ui_text_layout(cx->text, UI_F_ITALIC, cue, w, 0);
        if (draw) {
            ui_text_draw(cx->text, l, x, y + h, cx->th.dim, -1);
            SDL_Rect r = {x, y + h, l->w, l->h};
            ui_frame_add(&cx->frame, r, UI_BOX_TEXT, 0, 0);
        }
        h += l->h + p / 3;
    }
    int indent = sp == UI_SPEAKER_YOU ? p : 0;
    const ui_layout *l = ui_text_layout(cx->text, font, text, w - indent, 0);
    if (draw && l->n_glyphs) {
        /* The narrator's lines are scene-setting: dim, like the cues. */
        SDL_Color c = !speaker_name(sc, sp) ? cx->th.dim : cx->th.text;
        ui_text_draw(cx->text, l, x + indent, y + h, c, n_glyphs);
        SDL_Rect r = {x + indent, y + h, l->w, l->h};
        ui_frame_add(&cx->frame, r, UI_BOX_TEXT, 0, 0);
    }
    return h + l->h;
}

static int entry(ui_state *st, int sp, const char *cue, const char *text, int x, int y, int w,
                 bool draw, ui_font_id font, int n_glyphs)
{
    return entry_ex(st, sp, true, cue, text, x, y, w, draw, font, n_glyphs);
}

/* Who says a reply: the person who heard the choice (the speaker where it
 * was made), or the next line's speaker when that was the narrator. */
static int reply_speaker(ui_state *st, int i)
{
    int sp = i > 0 && i - 1 < st->n_steps ? st->steps[i - 1].speaker : CORE_NONE;
    if (sp >= 0) return sp;
    return i < st->n_steps ? st->steps[i].speaker
                           : core_session_node(app_play_session(st->play))->speaker;
}

/* The reply to the choice before step i (i == n_steps: the current line),
 * then the line itself, without the name again when the same person goes on.
 * Returns the height. */
static int line_with_reply(ui_state *st, int i, const char *reply, int sp, const char *cue,
                           const char *line, int x, int y, int w, bool draw, ui_font_id font,
                           int n_glyphs)
{
    int h = 0;
    bool named = true;
    if (reply && *reply) {
        int rs = reply_speaker(st, i);
        h += entry(st, rs, NULL, reply, x, y, w, draw, UI_F_BODY, -1) + ui_pad(st->cx) / 2;
        named = rs != sp;
    }
    return h + entry_ex(st, sp, named, cue, line, x, y + h, w, draw, font, n_glyphs);
}

/* The scrolling column: transcript (practice) then the current cue and line. */
static int column(ui_state *st, int x, int y, int w, bool draw)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx), h = 0;
    const core_scenario *sc = app_play_scenario(st->play);
    bool show_history = !st->play_assessed;
    int from = show_history ? 0 : st->n_steps; /* assessed: only the current line */
    for (int i = from; i < st->n_steps; i++) {
        const ui_step_view *v = &st->steps[i];
        h += line_with_reply(st, i, v->reply, v->speaker, v->cue, v->line ? v->line : "", x, y + h,
                             w, draw, UI_F_BODY, -1) +
             p;
        const core_step *cs = core_session_step(app_play_session(st->play), i);
        const char *said = cs && cs->choice != CORE_NONE
                               ? sc->nodes[v->node].choices[cs->choice].text
                               : _("(You said nothing in time.)");
        h += entry(st, UI_SPEAKER_YOU, NULL, said, x, y + h, w, draw, UI_F_BODY, -1) + p;
    }
    if (st->coach) return h; /* the next line waits until the coach panel closes */
    if (show_history && st->n_steps > 0) {
        if (draw) {
            SDL_Rect sep = {x, y + h, w, 1};
            ui_fill_rect(cx, sep, cx->th.border);
        }
        h += p;
    }
    int sp = core_session_node(app_play_session(st->play))->speaker;
    const char *line = st->cur_line ? st->cur_line : "";
    int n = -1;
    if (!st->revealed) {
        double secs = (double)(ui_now_ms() - st->shown_at) / 1000.0;
        n = (int)(secs * st->text_speed);
    }
    h += line_with_reply(st, st->n_steps, st->cur_reply, sp, st->cur_cue, line, x, y + h, w, draw,
                         UI_F_LINE, n);
    return h;
}

/* Marks the typewriter done once the whole line is out. */
static void check_revealed(ui_state *st, int w)
{
    if (st->revealed || !st->cur_line) return;
    const ui_layout *l = ui_text_layout(st->cx->text, UI_F_LINE, st->cur_line, w, 0);
    double secs = (double)(ui_now_ms() - st->shown_at) / 1000.0;
    if (secs * st->text_speed >= l->n_glyphs) st->revealed = true;
}

void ui_choice_card(ui_ctx *cx, SDL_Rect r, int n, const ui_layout *l, int numw, int ring, bool hot,
                    ui_action action)
{
    int p = ui_pad(cx);
    if (ring > 0) {
        SDL_Rect o = {r.x - ring, r.y - ring, r.w + 2 * ring, r.h + 2 * ring};
        ui_fill_round(cx, o, p / 2 + ring, cx->th.focus);
    }
    ui_fill_round(cx, r, p / 2, cx->th.border);
    SDL_Rect in = {r.x + 1, r.y + 1, r.w - 2, r.h - 2};
    ui_fill_round(cx, in, p / 2, hot ? cx->th.hover : cx->th.panel);
    char num[16];
    snprintf(num, sizeof num, "%d.", n);
    ui_label(cx, UI_F_BOLD, num, r.x + p, r.y + p / 2, 0, cx->th.accent);
    ui_text_draw(cx->text, l, r.x + p + numw, r.y + p / 2, cx->th.text, -1);
    SDL_Rect tr = {r.x + p + numw, r.y + p / 2, l->w, l->h};
    ui_frame_add(&cx->frame, tr, UI_BOX_TEXT, 0, 0);
    ui_frame_add(&cx->frame, r, UI_BOX_HIT, action, n);
}

/* ---- say it first (docs/practice.md) ---- */

bool ui_say_pending(const ui_state *st)
{
    if (!st->play || st->coach || st->present) return false;
    if (!st->opt.say_first && !(st->have_progress && st->progress.settings.say_first)) return false;
    core_session *s = app_play_session(st->play);
    if (core_session_status(s) != CORE_PLAYING) return false;
    /* A timed moment asks for a quick answer: its choices come at once. */
    const core_node *n = core_session_node(s);
    if (n->timeout > 0 && n->on_timeout != CORE_NONE) return false;
    return st->say_gen != st->choices_gen;
}

void ui_act_say(ui_state *st, int arg)
{
    if (!ui_say_pending(st)) return;
    int i = core_session_n_steps(app_play_session(st->play));
    if (i >= st->said_cap) {
        int nc = st->said_cap ? st->said_cap * 2 : 16;
        while (nc <= i)
            nc *= 2;
        char **v = realloc(st->said, sizeof *v * (size_t)nc);
        if (!v) return;
        for (int k = st->said_cap; k < nc; k++)
            v[k] = NULL;
        st->said = v;
        st->said_cap = nc;
    }
    free(st->said[i]);
    st->said[i] = arg == 0 && st->say_buf[0] ? core_strdup(st->say_buf) : NULL;
    st->say_buf[0] = 0;
    ui_field_free(&st->say_field); /* the next words start with no undo */
    /* The choices appear now: a new view, so a key pressed with the words
     * (a second Enter) does not pick one unseen (UI_PICK_GUARD_MS). */
    st->say_gen = ++st->choices_gen;
    st->revealed = true;
    st->focus[UI_SCR_CONVO] = 0;
}

void ui_convo_text(ui_state *st, const char *utf8)
{
    if (st->eat_text) { /* the digit that picked a choice */
        st->eat_text = false;
        return;
    }
    if (!ui_say_pending(st)) return;
    ui_field_insert(st->say_buf, sizeof st->say_buf, &st->say_field, utf8);
}

/* The field for the player's own words, in the choices' place. Returns the
 * height used (or needed, when !draw). */
static int say_panel(ui_state *st, int x, int y, int w, bool draw)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx), h = 0;
    const char *ask = _("What would you say? Type it in your own words.");
    const ui_layout *la = ui_text_layout(cx->text, UI_F_BOLD, ask, w, 3);
    if (draw) ui_label_ex(cx, UI_F_BOLD, ask, x, y, w, 3, cx->th.accent, -1);
    h += la->h + p / 2;
    const ui_layout *lt = ui_text_layout(cx->text, UI_F_BODY, st->say_buf, w - 2 * p, 4);
    int lh = ui_text_line_h(cx->text, UI_F_BODY);
    int fh = (lt->h > lh ? lt->h : lh) + p;
    if (draw) {
        SDL_Rect field = {x, y + h, w, fh};
        ui_fill_round(cx, field, p / 2, cx->th.focus);
        SDL_Rect in = {field.x + 2, field.y + 2, field.w - 4, field.h - 4};
        ui_fill_round(cx, in, p / 2, cx->th.panel);
        SDL_Rect text = {x + p, y + h + p / 2, w - 2 * p, fh - p};
        ui_frame_add(&cx->frame, field, UI_BOX_HIT, UI_ACT_FIELD, 0); /* the mouse edits it */
        ui_field_draw(cx, UI_F_BODY, st->say_buf, &st->say_field, st->ime, text, 4);
    }
    h += fh + p / 2;
    int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p;
    const char *b1 = _("Show the choices (Enter)"), *b2 = _("Skip (Tab)");
    int w1 = ui_text_layout(cx->text, UI_F_BOLD, b1, 0, 1)->w + 2 * p;
    int w2 = ui_text_layout(cx->text, UI_F_BOLD, b2, 0, 1)->w + 2 * p;
    if (w1 > w) w1 = w;
    if (w2 > w) w2 = w;
    bool below = w1 + p + w2 > w; /* large text in a narrow window: one under the other */
    if (draw) {
        SDL_Rect r1 = {x, y + h, w1, bh};
        SDL_Rect r2 = {below ? x : x + w1 + p, below ? y + h + bh + p / 2 : y + h, w2, bh};
        ui_button(cx, r1, b1, UI_ACT_SAY, 0, st->say_buf[0] != 0);
        ui_button(cx, r2, b2, UI_ACT_SAY, 1, false);
    }
    return h + bh + (below ? bh + p / 2 : 0);
}

/* Above the choices, in say it first: the player's words, to match. */
static int said_header(ui_state *st, int x, int y, int w, bool draw)
{
    if (!st->opt.say_first && !(st->have_progress && st->progress.settings.say_first)) return 0;
    const char *said = ui_said(st, core_session_n_steps(app_play_session(st->play)));
    if (!said || st->say_gen != st->choices_gen) return 0;
    ui_ctx *cx = st->cx;
    char buf[sizeof st->say_buf + 80];
    snprintf(buf, sizeof buf, _("You said: \u201c%s\u201d. Which line is closest?"), said);
    const ui_layout *l = ui_text_layout(cx->text, UI_F_BODY, buf, w, 3);
    if (draw) ui_label_ex(cx, UI_F_BODY, buf, x, y, w, 3, cx->th.accent, -1);
    return l->h + ui_pad(cx) / 2;
}

/* The numbered choices; returns the height used (or needed, when !draw). */
static int choices(ui_state *st, int x, int y, int w, int max_lines, bool draw)
{
    ui_ctx *cx = st->cx;
    core_session *s = app_play_session(st->play);
    const core_node *node = core_session_node(s);
    int p = ui_pad(cx), h = said_header(st, x, y, w, draw);
    int n = core_session_n_visible(s);
    int numw = ui_text_layout(cx->text, UI_F_BOLD, "9.", 0, 1)->w + p;
    for (int i = 0; i < n; i++) {
        const core_choice *c = &node->choices[core_session_visible(s, i)];
        const ui_layout *l =
            ui_text_layout(cx->text, UI_F_BODY, c->text, w - numw - 2 * p, max_lines);
        int bh = l->h + p;
        if (draw) {
            SDL_Rect r = {x, y + h, w, bh};
            ui_choice_card(cx, r, i + 1, l, numw, st->focus[UI_SCR_CONVO] == i ? 2 : 0,
                           ui_hovered(cx, r), UI_ACT_CHOOSE);
        }
        h += bh + p / 2;
    }
    return h;
}

/* The coach panel: what the last choice did and why. */
static int coach(ui_state *st, int x, int y, int w, bool draw)
{
    ui_ctx *cx = st->cx;
    const core_scenario *sc = app_play_scenario(st->play);
    core_session *s = app_play_session(st->play);
    int p = ui_pad(cx), h = p;
    int last = core_session_n_steps(s) - 1;
    const core_step *cs = last >= 0 ? core_session_step(s, last) : NULL;
    const char *fb = "";
    char deltas[256] = "no change";
    if (cs) {
        const core_choice *c =
            cs->choice != CORE_NONE ? &sc->nodes[cs->node].choices[cs->choice] : NULL;
        const char *passed = sc->nodes[cs->node].timeout_feedback;
        fb = c        ? (c->feedback ? c->feedback : "")
             : passed ? passed
                      : _("Time ran out. Under pressure a short, honest answer beats silence.");
        ui_format_deltas(sc, cs->score, deltas, sizeof deltas);
    }
    int iw = w - 2 * p;
    const ui_layout *t = ui_text_layout(cx->text, UI_F_BOLD, _("Coach"), iw, 1);
    const ui_layout *d = ui_text_layout(cx->text, UI_F_SMALL, deltas, iw, 2);
    const ui_layout *f = ui_text_layout(cx->text, UI_F_BODY, fb, iw, 8);
    const char *btn = _("Continue (Enter)");
    int bw = ui_text_layout(cx->text, UI_F_BOLD, btn, 0, 1)->w + 2 * p;
    int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p;
    int inner = t->h + p / 2 + d->h + p / 2 + (f->n_glyphs ? f->h + p : 0) + bh;
    if (draw) {
        SDL_Rect r = {x, y, w, inner + 2 * p};
        ui_fill_round(cx, r, p, cx->th.accent);
        SDL_Rect in = {x + 3, y, w - 3, inner + 2 * p};
        ui_fill_round(cx, in, p, cx->th.panel_alt);
        int yy = y + p;
        ui_label(cx, UI_F_BOLD, _("Coach"), x + p, yy, iw, cx->th.accent);
        yy += t->h + p / 2;
        ui_label_ex(cx, UI_F_SMALL, deltas, x + p, yy, iw, 2, cx->th.dim, -1);
        yy += d->h + p / 2;
        if (f->n_glyphs) {
            ui_label_ex(cx, UI_F_BODY, fb, x + p, yy, iw, 8, cx->th.text, -1);
            yy += f->h + p;
        }
        SDL_Rect b = {x + w - p - bw, yy, bw, bh};
        ui_button(cx, b, btn, UI_ACT_CONTINUE, 0, true);
    }
    return h + inner + p;
}

/* The ending: outcome and the way to the debrief. */
static int ending(ui_state *st, int x, int y, int w, bool draw)
{
    ui_ctx *cx = st->cx;
    core_session *s = app_play_session(st->play);
    int p = ui_pad(cx);
    int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p;
    char msg[1100]; /* the session's error is up to 1000 bytes */
    SDL_Color c = cx->th.text;
    if (core_session_status(s) == CORE_FAILED) {
        snprintf(msg, sizeof msg, _("The scenario stopped: %s"), core_session_error(s));
        c = cx->th.poor;
    } else {
        const core_node *n = core_session_node(s);
        char label[200];
        ui_ending_label(st, n->ending, label, sizeof label);
        snprintf(msg, sizeof msg, _("Outcome: %s"), label);
        if (n->grade && strcmp(n->grade, "good") == 0) c = cx->th.good;
        if (n->grade && strcmp(n->grade, "mixed") == 0) c = cx->th.mixed;
        if (n->grade && strcmp(n->grade, "poor") == 0) c = cx->th.poor;
    }
    /* No line limit: an author's error must be read to its last word. */
    const ui_layout *l = ui_text_layout(cx->text, UI_F_BOLD, msg, w, 0);
    if (draw) {
        ui_label_ex(cx, UI_F_BOLD, msg, x, y, w, 0, c, -1);
        const char *btn = core_session_status(s) == CORE_FAILED ? _("Back to the library (Esc)")
                                                                : _("See the debrief (Enter)");
        int bw = ui_text_layout(cx->text, UI_F_BOLD, btn, 0, 1)->w + 2 * p;
        if (bw > w) bw = w;
        SDL_Rect b = {x, y + l->h + p, bw, bh};
        ui_button(cx, b, btn, core_session_status(s) == CORE_FAILED ? UI_ACT_BACK : UI_ACT_DEBRIEF,
                  0, true);
    }
    return l->h + p + bh + p;
}

/* The font for a name under a face w pixels wide: bold, unless a word of it
 * is wider than the column (French "Narrateur" at 150% text), which bold
 * would break inside the word; then the smaller caption font. */
static ui_font_id name_font(ui_ctx *cx, const char *name, int w)
{
    char word[128];
    for (const char *p = name; *p;) {
        while (*p == ' ')
            p++;
        size_t n = strcspn(p, " ");
        if (n == 0) break;
        if (n >= sizeof word) n = sizeof word - 1; /* a long word: its start decides */
        memcpy(word, p, n);
        word[n] = '\0';
        if (ui_text_layout(cx->text, UI_F_BOLD, word, 0, 1)->w > w) return UI_F_SMALL;
        p += strcspn(p, " ");
    }
    return UI_F_BOLD;
}

static void left_column(ui_state *st, SDL_Rect r)
{
    ui_ctx *cx = st->cx;
    const core_scenario *sc = app_play_scenario(st->play);
    core_session *s = app_play_session(st->play);
    int p = ui_pad(cx);
    /* While the coach speaks, the face is still the person who heard you. */
    int sp = st->coach && st->n_steps > 0 ? st->steps[st->n_steps - 1].speaker
                                          : core_session_node(s)->speaker;
    int size = r.w - 2 * p;
    if (size > r.h / 2) size = r.h / 2;
    SDL_Rect face = {r.x + p, r.y + p, size, size};
    const char *name = _("Narrator"), *role = "";
    /* The speaker's face with the line's mood (else their trust); the
     * narrator has none: a scene icon (ui_face.h). */
    ui_clip_push(cx, face);
    const char *mood = sp == core_session_node(s)->speaker ? core_session_node(s)->mood : NULL;
    ui_face_speaker(st, face, sp, mood, 0);
    ui_clip_pop(cx);
    if (sp >= 0 && sp < sc->n_cast) {
        name = sc->cast[sp].name[0] ? sc->cast[sp].name : sc->cast[sp].key;
        role = sc->cast[sp].role;
    }
    int y = face.y + size + p;
    y += ui_label_ex(cx, name_font(cx, name, r.w - 2 * p), name, r.x + p, y, r.w - 2 * p, 2,
                     cx->th.text, -1) +
         2;
    if (role && *role)
        ui_label_ex(cx, UI_F_SMALL, role, r.x + p, y, r.w - 2 * p, 3, cx->th.dim, -1);
}

static void countdown(ui_state *st, int x, int y, int w)
{
    ui_ctx *cx = st->cx;
    double left = ui_state_time_left(st);
    double total = core_session_node(app_play_session(st->play))->timeout;
    char buf[96];
    if (!ui_state_clock_running(st)) { /* announced before it starts */
        snprintf(buf, sizeof buf, _("A timed moment: %.0f s once the line is out"), total);
        ui_label_ex(cx, UI_F_BOLD, buf, x, y, w, 1, cx->th.accent, -1);
        return;
    }
    snprintf(buf, sizeof buf, "%.0f s", left + 0.49);
    const ui_layout *l = ui_text_layout(cx->text, UI_F_BOLD, buf, 0, 1);
    int bw = w - l->w - ui_pad(cx);
    SDL_Rect bg = {x, y + l->h / 2 - 3, bw, 6};
    ui_fill_round(cx, bg, 3, cx->th.bar_bg);
    SDL_Rect fg = {x, bg.y, (int)(bw * (total > 0 ? left / total : 0)), 6};
    ui_fill_round(cx, fg, 3, left < 3 ? cx->th.poor : cx->th.accent);
    ui_label(cx, UI_F_BOLD, buf, x + bw + ui_pad(cx), y, 0, left < 3 ? cx->th.poor : cx->th.text);
}

static void convo(ui_state *st);

void ui_convo_draw(ui_state *st)
{
    ui_ctx *cx = st->cx;
    if (!st->play) return;
    if (st->present) {
        ui_present_draw(st);
        return;
    }
    if (!st->author) {
        convo(st);
        return;
    }
    /* The author view takes the right third; the conversation reflows into
     * the rest, so its choices stay visible and clickable. */
    int full = cx->w, aw = ui_author_width(cx);
    cx->w = full - aw;
    convo(st);
    cx->w = full;
    ui_author_draw(st);
}

static void convo(ui_state *st)
{
    ui_ctx *cx = st->cx;
    const core_scenario *sc = app_play_scenario(st->play);
    core_session *s = app_play_session(st->play);
    int p = ui_pad(cx);
    bool playing = core_session_status(s) == CORE_PLAYING;
    ui_bar_button bb[3];
    int nb = 0;
    if (!st->play_assessed && st->n_steps > 0 && !st->recorded)
        bb[nb++] = (ui_bar_button){_("Rewind (Bksp)"), UI_ACT_REWIND, 0};
    bb[nb++] = (ui_bar_button){st->pack ? _("Pack (Esc)") : _("Library (Esc)"), UI_ACT_BACK, 0};
    char title[400], where[64], clock[64];
    ui_pack_where(st, where, sizeof where);
    ui_pack_clock_text(st, clock, sizeof clock);
    /* Place and clock first: a long title is cut at its end, they must stay. */
    snprintf(title, sizeof title, "%s%s%s%s · %s", where, clock, clock[0] ? " · " : "", sc->title,
             st->play_assessed ? _("assessed") : _("practice"));
    int top = ui_top_bar(st, title, bb, nb);
    if (st->status[0]) {
        top += ui_label_ex(cx, UI_F_SMALL, st->status, p, top + p / 2, cx->w - 2 * p, 4,
                           ui_status_colour(st), -1) +
               p / 2;
    }
    if (strcmp(clock, "time is up") == 0 && playing) /* shown, not enforced: ui_pack.c */
        top += ui_label_ex(cx, UI_F_SMALL,
                           _("Time is up for this scenario: finish your answer, then move on."), p,
                           top + p / 2, cx->w - 2 * p, 2, cx->th.poor, -1) +
               p / 2;
    /* The left column grows with the text size so names and roles wrap at
     * spaces, not inside words. */
    int lw = cx->w / 5;
    if (lw < 13 * p) lw = 13 * p;
    if (lw > 30 * p) lw = 30 * p;
    if (lw > cx->w / 3) lw = cx->w / 3;
    SDL_Rect left = {0, top, lw, cx->h - top};
    left_column(st, left);
    int x = lw + p, w = cx->w - lw - 2 * p;
    int bottom = cx->h - p;
    /* Bottom panel first: it must fit; shorten choices when space is short. */
    int panel_h, max_lines = 4;
    int room = (cx->h - top) * 3 / 5;
    bool say = ui_say_pending(st);
    if (st->coach) {
        panel_h = coach(st, x, 0, w, false);
    } else if (say) {
        panel_h = say_panel(st, x, 0, w, false);
    } else if (playing) {
        while ((panel_h = choices(st, x, 0, w, max_lines, false)) > room && max_lines > 1)
            max_lines--;
    } else {
        panel_h = ending(st, x, 0, w, false);
    }
    double left_s = ui_state_time_left(st);
    int clock_h = left_s >= 0 ? ui_text_line_h(cx->text, UI_F_BOLD) + p / 2 : 0;
    int panel_y = bottom - panel_h;
    if (panel_y < top + p) panel_y = top + p;
    /* Confidence before (ui_ask.c): a strip over the text, never over the
     * choices, shown only while the text keeps room for a few lines. */
    int text_room = panel_y - clock_h - p - (top + p) - 3 * ui_text_line_h(cx->text, UI_F_BODY);
    if (text_room > 0) top += ui_ask_conf_strip(st, x, top + p / 2, w, text_room, true);
    if (clock_h) countdown(st, x, panel_y - clock_h, w);
    if (st->coach)
        coach(st, x, panel_y, w, true);
    else if (say)
        say_panel(st, x, panel_y, w, true);
    else if (playing)
        choices(st, x, panel_y, w, max_lines, true);
    else
        ending(st, x, panel_y, w, true);
    /* The text column above, stuck to its end. */
    check_revealed(st, w);
    SDL_Rect view = {x, top + p, w + p, panel_y - clock_h - p - (top + p)};
    if (view.h < 0) view.h = 0;
    /* A line taller than the view skips the typewriter: the column sticks to
     * its end, which would stay blank until the typing reached it. */
    if (!st->revealed && !st->coach &&
        line_with_reply(st, st->n_steps, st->cur_reply, core_session_node(s)->speaker, st->cur_cue,
                        st->cur_line ? st->cur_line : "", x, 0, w - p, false, UI_F_LINE,
                        -1) > view.h)
        st->revealed = true;
    int content = column(st, x, 0, w - p, false);
    int max = content - view.h;
    if (max < 0) max = 0;
    int *sc_up = &st->scroll[UI_SCR_CONVO];
    if (*sc_up > max) *sc_up = max;
    if (*sc_up < 0) *sc_up = 0;
    int y0 = content <= view.h ? view.y : view.y + view.h - content + *sc_up;
    ui_clip_push(cx, view);
    column(st, x, y0, w - p, true);
    ui_clip_pop(cx);
    st->scroll_max[UI_SCR_CONVO] = max;
    if (max > 0) {
        int th = view.h * view.h / content;
        int ty = view.y + (view.h - th) * (max - *sc_up) / max;
        SDL_Rect ind = {view.x + view.w - 4, ty, 3, th};
        ui_fill_rect(cx, ind, cx->th.border);
    }
}

bool ui_convo_key(ui_state *st, const SDL_KeyboardEvent *k)
{
    if (!st->play) return false;
    if (st->present) return ui_present_key(st, k);
    core_session *s = app_play_session(st->play);
    SDL_Keycode c = k->keysym.sym;
    int n = core_session_n_visible(s);
    int *focus = &st->focus[UI_SCR_CONVO];
    bool playing = core_session_status(s) == CORE_PLAYING && !st->coach;
    st->eat_text = false;
    /* Shift+1..5 answers the confidence strip; the digits alone pick choices. */
    if (!ui_say_pending(st) && ui_ask_conf_key(st, k)) return true;
    if (ui_say_pending(st)) { /* typing the words: keys are letters here */
        if (ui_field_key(st->cx->text, st->say_buf, sizeof st->say_buf, &st->say_field, c,
                         k->keysym.mod))
            return true;
        switch (c) {
        case SDLK_BACKSPACE:
        case SDLK_DELETE:
            return true; /* with Alt: nothing, and never the conversation's rewind */
        case SDLK_RETURN:
        case SDLK_KP_ENTER:
            if (st->say_buf[0])
                ui_state_act(st, UI_ACT_SAY, 0);
            else
                st->revealed = true; /* nothing typed yet: Enter finishes the line */
            return true;
        case SDLK_TAB:
            ui_state_act(st, UI_ACT_SAY, 1);
            return true;
        case SDLK_PAGEUP:
        case SDLK_PAGEDOWN:
            break; /* scrolling, below */
        default:
            /* Letters are typed (SDL_TEXTINPUT); Esc and F-keys go on. */
            return c >= SDLK_SPACE && c < SDLK_DELETE && !(k->keysym.mod & KMOD_CTRL);
        }
    }
    if (c >= SDLK_1 && c <= SDLK_9) {
        st->eat_text = true; /* its text event is not the start of the next words */
        if (playing) ui_state_pick(st, (int)(c - SDLK_0));
        return true;
    }
    if (c >= SDLK_KP_1 && c <= SDLK_KP_9) {
        if (playing) ui_state_pick(st, (int)(c - SDLK_KP_1) + 1);
        return true;
    }
    switch (c) {
    case SDLK_UP:
        if (playing && *focus > 0) (*focus)--;
        return true;
    case SDLK_DOWN:
        if (playing && *focus < n - 1) (*focus)++;
        return true;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        if (playing && st->revealed)
            ui_state_pick(st, *focus + 1);
        else
            ui_state_act(st, UI_ACT_CONTINUE, 0);
        return true;
    case SDLK_SPACE:
        st->eat_text = true; /* not a space before the next words */
        ui_state_act(st, UI_ACT_CONTINUE, 0);
        return true;
    case SDLK_BACKSPACE:
        ui_state_rewind(st);
        return true;
    case SDLK_PAGEUP:
        st->scroll[UI_SCR_CONVO] += st->cx->h / 3;
        return true;
    case SDLK_PAGEDOWN:
        st->scroll[UI_SCR_CONVO] -= st->cx->h / 3;
        return true;
    default:
        return false;
    }
}
