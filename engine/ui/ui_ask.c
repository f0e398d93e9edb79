/* ui_ask.c: the window's questions about the player (docs/practice.md).
 *
 *   - Confidence, before and after a scenario, when the player's settings
 *     ask for it: one tap or key, 1 to 5, and Esc (or 0) skips. Before: the
 *     conversation opens behind it and starts when it is answered. After:
 *     between the ending and the debrief; the answer is added to the session
 *     already saved (app_session_note_save, under the store's lock).
 *   - The homework follow-up: when a player is picked, once per window, the
 *     latest session whose homework is due (app_homework_due: a real action
 *     needs time, so never in the same sitting) is asked about: did it,
 *     partly, not yet, then an optional note. "Not now" keeps "skipped", so
 *     it is asked once.
 *   - After a session is recorded: the words typed (say it first), the
 *     homework shown and the confidence given before it go with the session,
 *     in the player's file only (never in learning records: those were
 *     queued when the session was recorded).
 *
 * Depends on: engine/app (practice_ask.c), ui_state.c (screens, settings). */
#include "ui_local.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *ui_said(const ui_state *st, int i)
{
    return i >= 0 && i < st->said_cap ? st->said[i] : NULL;
}

void ui_ask_free(ui_state *st)
{
    for (int i = 0; i < st->said_cap; i++)
        free(st->said[i]);
    free(st->said);
    st->said = NULL;
    st->said_cap = 0;
}

static bool wants_confidence(const ui_state *st)
{
    /* Not for an author's run started part way (--from, --fact, --trust):
     * it is not saved as a session. */
    bool part_way = st->opt.scenario && (st->opt.from_node || st->opt.n_facts || st->opt.n_trust);
    return st->player && st->have_progress && st->progress.settings.ask_confidence && st->play &&
           !st->present && !part_way && !app_play_partial(st->play);
}

void ui_ask_on_open(ui_state *st)
{
    for (int i = 0; i < st->said_cap; i++) { /* a new session: no words yet */
        free(st->said[i]);
        st->said[i] = NULL;
    }
    st->say_buf[0] = 0;
    st->conf_before = 0;
    if (!wants_confidence(st)) return;
    st->ask_kind = UI_ASK_BEFORE;
    st->focus[UI_SCR_ASK] = 2; /* the middle of the scale */
    st->screen = UI_SCR_ASK;
    st->dirty = true;
}

bool ui_ask_before_debrief(ui_state *st)
{
    if (!wants_confidence(st) || !st->recorded) return false;
    st->ask_kind = UI_ASK_AFTER;
    st->focus[UI_SCR_ASK] = 2;
    st->screen = UI_SCR_ASK;
    st->dirty = true;
    return true;
}

/* Saves n with the player's session; a problem goes to the status line. */
static void note_save(ui_state *st, const app_session_note *n)
{
    char msg[1400];
    st_status s = app_session_note_save(st->player_file, st->player, n, msg, sizeof msg);
    if (s != ST_OK && s != ST_SET_ASIDE)
        snprintf(st->status, sizeof st->status, "Not kept with your progress: %.400s", msg);
    bool found;
    app_session_note_apply(&st->progress, n, &found); /* the copy on screen, too */
}

void ui_ask_on_record(ui_state *st)
{
    if (!st->play || !st->player) return;
    const core_scenario *sc = app_play_scenario(st->play);
    int steps = core_session_n_steps(app_play_session(st->play));
    bool words = false;
    for (int i = 0; i < steps && i < st->said_cap && !words; i++)
        words = st->said[i] != NULL;
    if (!words && !sc->homework && !st->conf_before) return;
    app_session_note n = {.scenario = sc->id,
                          .started = st->started,
                          .homework = sc->homework,
                          .said = (const char *const *)st->said,
                          .n_said = steps < st->said_cap ? steps : st->said_cap,
                          .confidence_before = st->conf_before};
    note_save(st, &n);
}

void ui_ask_on_player(ui_state *st)
{
    if (st->hw_asked || !st->player || !st->have_progress) return;
    st->hw_asked = true;
    st->hw_index = app_homework_due(&st->progress, app_now_seconds());
    if (st->hw_index < 0) return;
    st->ask_kind = UI_ASK_HOMEWORK;
    st->hw_answer = -1;
    st->hw_note[0] = 0;
    st->focus[UI_SCR_ASK] = 0;
    st->screen = UI_SCR_ASK;
    st->dirty = true;
}

/* ---- actions ---- */

/* Leaves the question for where the player was going. */
static void ask_done(ui_state *st)
{
    if (st->ask_kind == UI_ASK_BEFORE && st->play) {
        st->screen = UI_SCR_CONVO;
        st->shown_at = ui_now_ms(); /* the first line (and any clock) starts now */
        st->revealed = st->text_speed == 0;
    } else if (st->ask_kind == UI_ASK_AFTER && st->play) {
        st->screen = UI_SCR_DEBRIEF;
        st->scroll[UI_SCR_DEBRIEF] = 0;
    } else {
        st->screen = ui_state_home(st);
    }
    st->dirty = true;
}

void ui_act_confidence(ui_state *st, int arg)
{
    if (st->screen != UI_SCR_ASK || st->ask_kind == UI_ASK_HOMEWORK) return;
    int v = arg >= 1 && arg <= 5 ? arg : 0;
    if (st->ask_kind == UI_ASK_BEFORE) {
        st->conf_before = v; /* saved with the session when it is recorded */
    } else if (v && st->play) {
        const core_scenario *sc = app_play_scenario(st->play);
        app_session_note n = {.scenario = sc->id, .started = st->started, .confidence_after = v};
        note_save(st, &n);
    }
    ask_done(st);
}

static void hw_keep(ui_state *st, app_hw_answer a, const char *note)
{
    if (st->hw_index < 0 || st->hw_index >= st->progress.n_records) return;
    const st_record *r = &st->progress.records[st->hw_index];
    char *scen = core_strdup(r->scenario), *started = core_strdup(r->started);
    if (scen && started) {
        app_session_note n = {.scenario = scen,
                              .started = started,
                              .hw_answer = app_hw_answer_name(a),
                              .hw_note = note};
        note_save(st, &n);
    }
    free(scen);
    free(started);
    st->hw_index = -1;
}

void ui_act_homework(ui_state *st, int arg)
{
    if (st->screen != UI_SCR_ASK || st->ask_kind != UI_ASK_HOMEWORK) return;
    if (arg < 0 || arg >= APP_HW_N || arg == APP_HW_SKIPPED) { /* not now: asked once */
        hw_keep(st, APP_HW_SKIPPED, NULL);
        ask_done(st);
        return;
    }
    st->hw_answer = arg; /* then the optional note */
    st->focus[UI_SCR_ASK] = arg;
}

void ui_act_hw_save(ui_state *st, int arg)
{
    (void)arg;
    if (st->screen != UI_SCR_ASK || st->ask_kind != UI_ASK_HOMEWORK || st->hw_answer < 0) return;
    hw_keep(st, (app_hw_answer)st->hw_answer, st->hw_note);
    snprintf(st->status, sizeof st->status, "Kept with your progress.");
    ask_done(st);
}

/* The two settings (ui_settings.c's rows), saved with the others. */
void ui_act_say_first(ui_state *st, int arg)
{
    st->progress.settings.say_first = arg != 0;
    ui_state_apply_settings(st, true);
}

void ui_act_ask_conf(ui_state *st, int arg)
{
    st->progress.settings.ask_confidence = arg != 0;
    ui_state_apply_settings(st, true);
}

/* ---- drawing ---- */

/* A row of equal buttons centred in w; returns its height. */
static int button_row(ui_state *st, const char *const *labels, int n, ui_action a, int first_arg,
                      int focus, int x, int y, int w)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx), bh = ui_text_line_h(cx->text, UI_F_BOLD) + p, bw = 0;
    for (int i = 0; i < n; i++) {
        int lw = ui_text_layout(cx->text, UI_F_BOLD, labels[i], 0, 1)->w + 2 * p;
        if (lw > bw) bw = lw;
    }
    if (n * (bw + p) - p > w) bw = (w + p) / n - p;
    int bx = x + (w - (n * (bw + p) - p)) / 2;
    for (int i = 0; i < n; i++) {
        SDL_Rect r = {bx + i * (bw + p), y, bw, bh};
        ui_button(cx, r, labels[i], a, first_arg + i, focus == i);
    }
    return bh;
}

static int confidence_body(ui_state *st, int x, int y, int w)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx), h = 0;
    const core_scenario *sc = st->play ? app_play_scenario(st->play) : NULL;
    const char *q = st->ask_kind == UI_ASK_BEFORE
                        ? "How confident do you feel about a conversation like this?"
                        : "And now: how confident do you feel about a conversation like this?";
    if (sc) h += ui_label(cx, UI_F_SMALL, sc->summary, x, y + h, w, cx->th.dim) + p;
    h += ui_label(cx, UI_F_TITLE, q, x, y + h, w, cx->th.text) + p;
    static const char *const nums[] = {"1", "2", "3", "4", "5"};
    h += button_row(st, nums, 5, UI_ACT_CONFIDENCE, 1, st->focus[UI_SCR_ASK], x, y + h, w) + p / 2;
    int lw = w;
    ui_label(cx, UI_F_SMALL, "1: not at all", x, y + h, lw, cx->th.dim);
    const ui_layout *l = ui_text_layout(cx->text, UI_F_SMALL, "5: very", 0, 1);
    h += ui_label(cx, UI_F_SMALL, "5: very", x + w - l->w, y + h, 0, cx->th.dim) + 2 * p;
    h += ui_label(cx, UI_F_SMALL,
                  "Press 1 to 5, or tap. There is no right answer: it is for you to see how this "
                  "changes as you practise.",
                  x, y + h, w, cx->th.dim) +
         p;
    int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p;
    const char *skip = "Skip (Esc)";
    int bw = ui_text_layout(cx->text, UI_F_BOLD, skip, 0, 1)->w + 2 * p;
    SDL_Rect b = {x + (w - bw) / 2, y + h, bw, bh};
    ui_button(cx, b, skip, UI_ACT_CONFIDENCE, 0, false);
    return h + bh;
}

static int homework_body(ui_state *st, int x, int y, int w)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx), h = 0;
    if (st->hw_index < 0 || st->hw_index >= st->progress.n_records) return 0;
    const st_record *r = &st->progress.records[st->hw_index];
    char buf[1200];
    snprintf(buf, sizeof buf, "Last time, after %s, you planned to try this for real:",
             r->title && *r->title ? r->title : r->scenario);
    h += ui_label(cx, UI_F_BODY, buf, x, y + h, w, cx->th.dim) + p / 2;
    h += ui_label(cx, UI_F_TITLE, r->homework, x, y + h, w, cx->th.text) + p;
    h += ui_label(cx, UI_F_BOLD, "How did it go?", x, y + h, w, cx->th.text) + p / 2;
    const char *labels[3] = {"1. I did it", "2. Partly", "3. Not yet"};
    h += button_row(st, labels, 3, UI_ACT_HOMEWORK, 0,
                    st->hw_answer >= 0 ? st->hw_answer : st->focus[UI_SCR_ASK], x, y + h, w) +
         p;
    int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p;
    if (st->hw_answer < 0) {
        const char *later = "Not now (Esc): you will not be asked again";
        int bw = ui_text_layout(cx->text, UI_F_BOLD, later, 0, 1)->w + 2 * p;
        if (bw > w) bw = w;
        SDL_Rect b = {x + (w - bw) / 2, y + h, bw, bh};
        ui_button(cx, b, later, UI_ACT_HOMEWORK, APP_HW_SKIPPED, false);
        return h + bh;
    }
    snprintf(buf, sizeof buf, "%s. A note for yourself, if you like (what happened, what to try):",
             app_hw_answer_label((app_hw_answer)st->hw_answer));
    h += ui_label(cx, UI_F_BODY, buf, x, y + h, w, cx->th.text) + p / 2;
    /* The note field, as the player screen's name field. */
    SDL_Rect field = {x, y + h, w, bh};
    ui_fill_round(cx, field, p / 2, cx->th.focus);
    SDL_Rect in = {field.x + 2, field.y + 2, field.w - 4, field.h - 4};
    ui_fill_round(cx, in, p / 2, cx->th.panel);
    char shown[sizeof st->hw_note + 4];
    snprintf(shown, sizeof shown, "%s|", st->hw_note);
    const ui_layout *l = ui_text_layout(cx->text, UI_F_BODY, shown, 0, 1);
    int tx = field.x + p;
    if (l->w > field.w - 2 * p) tx = field.x + field.w - p - l->w; /* keep the end in view */
    SDL_Rect clip = {field.x + 2, field.y, field.w - 4, field.h};
    ui_clip_push(cx, clip);
    ui_text_draw(cx->text, l, tx, field.y + (bh - l->h) / 2, cx->th.text, -1);
    SDL_Rect tr = {tx, field.y + (bh - l->h) / 2, l->w, l->h};
    ui_frame_add(&cx->frame, tr, UI_BOX_TEXT, 0, 0);
    ui_clip_pop(cx);
    h += bh + p;
    const char *keep = "Keep it (Enter)";
    int bw = ui_text_layout(cx->text, UI_F_BOLD, keep, 0, 1)->w + 2 * p;
    SDL_Rect b = {x + (w - bw) / 2, y + h, bw, bh};
    ui_button(cx, b, keep, UI_ACT_HW_SAVE, 0, true);
    return h + bh;
}

void ui_ask_draw(ui_state *st)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx);
    const char *title = st->ask_kind == UI_ASK_HOMEWORK ? "Trying it for real"
                        : st->play                      ? app_play_scenario(st->play)->title
                                                        : "Before you start";
    int top = ui_top_bar(st, title, NULL, 0);
    SDL_Rect view = {0, top, cx->w, cx->h - top};
    int y0 = ui_scroll_begin(st, view), y = y0 + 3 * p;
    int w = cx->w - 4 * p;
    if (w > 50 * p) w = 50 * p;
    int x = (cx->w - w) / 2;
    if (st->ask_kind == UI_ASK_HOMEWORK)
        y += homework_body(st, x, y, w);
    else
        y += confidence_body(st, x, y, w);
    y += p;
    if (st->status[0]) y += ui_label(cx, UI_F_SMALL, st->status, x, y, w, cx->th.poor) + p;
    ui_scroll_end(st, view, y - y0);
}

/* ---- input: this screen has a text field (the note), so it gets every key
 * first; it passes on only the ones it does not use. ---- */

void ui_ask_text(ui_state *st, const char *utf8)
{
    if (st->eat_text) { /* the digit that picked the answer */
        st->eat_text = false;
        return;
    }
    if (st->ask_kind != UI_ASK_HOMEWORK || st->hw_answer < 0) return;
    size_t have = strlen(st->hw_note), add = strlen(utf8);
    if (have + add < sizeof st->hw_note) memcpy(st->hw_note + have, utf8, add + 1);
}

bool ui_ask_key(ui_state *st, const SDL_KeyboardEvent *k)
{
    SDL_Keycode c = k->keysym.sym;
    int *f = &st->focus[UI_SCR_ASK];
    bool typing = st->ask_kind == UI_ASK_HOMEWORK && st->hw_answer >= 0;
    st->eat_text = false;
    if (c == SDLK_ESCAPE) {
        if (typing) st->hw_note[0] = 0; /* the answer is kept, without a note */
        if (st->ask_kind == UI_ASK_HOMEWORK)
            ui_state_act(st, typing ? UI_ACT_HW_SAVE : UI_ACT_HOMEWORK, APP_HW_SKIPPED);
        else
            ui_state_act(st, UI_ACT_CONFIDENCE, 0);
        return true;
    }
    if (typing) {
        if (c == SDLK_BACKSPACE) {
            size_t n = strlen(st->hw_note);
            while (n > 0 && (st->hw_note[n - 1] & 0xC0) == 0x80) /* one whole character */
                n--;
            if (n > 0) n--;
            st->hw_note[n] = 0;
            return true;
        }
        if (c == SDLK_RETURN || c == SDLK_KP_ENTER) {
            ui_state_act(st, UI_ACT_HW_SAVE, 0);
            return true;
        }
        /* Letters are typed (SDL_TEXTINPUT), not shortcuts, while the note is open. */
        return c >= SDLK_SPACE && c < SDLK_DELETE && !(k->keysym.mod & KMOD_CTRL);
    }
    int n = st->ask_kind == UI_ASK_HOMEWORK ? 3 : 5;
    if (c >= SDLK_1 && c < SDLK_1 + n) {
        int v = (int)(c - SDLK_1);
        st->eat_text = true;
        if (st->ask_kind == UI_ASK_HOMEWORK)
            ui_state_act(st, UI_ACT_HOMEWORK, v);
        else
            ui_state_act(st, UI_ACT_CONFIDENCE, v + 1);
        return true;
    }
    if (c >= SDLK_KP_1 && c < SDLK_KP_1 + n) {
        int v = (int)(c - SDLK_KP_1);
        if (st->ask_kind == UI_ASK_HOMEWORK)
            ui_state_act(st, UI_ACT_HOMEWORK, v);
        else
            ui_state_act(st, UI_ACT_CONFIDENCE, v + 1);
        return true;
    }
    switch (c) {
    case SDLK_0:
    case SDLK_KP_0:
        if (st->ask_kind != UI_ASK_HOMEWORK) ui_state_act(st, UI_ACT_CONFIDENCE, 0);
        return true;
    case SDLK_LEFT:
        if (*f > 0) (*f)--;
        return true;
    case SDLK_RIGHT:
    case SDLK_TAB:
        if (*f < n - 1) (*f)++;
        return true;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        if (st->ask_kind == UI_ASK_HOMEWORK)
            ui_state_act(st, UI_ACT_HOMEWORK, *f);
        else
            ui_state_act(st, UI_ACT_CONFIDENCE, *f + 1);
        return true;
    default:
        return false;
    }
}
