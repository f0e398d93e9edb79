/* ui_ask.c: the window's questions about the player (docs/practice.md).
 *
 *   - Confidence, before and after a scenario, when the player's settings
 *     ask for it (new players start with it on): never a screen of its own
 *     and never a key the player presses to play. Before: a slim strip at
 *     the top of the conversation's opening, five buttons (1 to 5) and "Not
 *     now", answered with a click or Shift+1 to Shift+5; the digits alone
 *     still pick choices, and the strip is gone at the first choice. After:
 *     the same strip at the top of the debrief; its answer is added to the
 *     session already saved (app_session_note_save, under the store's lock).
 *   - The homework follow-up: when a player is picked, once per window, the
 *     latest session whose homework is due (app_homework_due: a real action
 *     needs time, so never in the same sitting) is asked about: did it,
 *     partly, not yet, then an optional note. "Not now" keeps "skipped", so
 *     it is asked once.
 *   - When a session is recorded: the words typed (say it first), the
 *     homework shown and the confidence given before it go into the same
 *     save (app_record_req), in the player's file only (never in learning
 *     records).
 *
 * Depends on: engine/app (practice_ask.c, record.c), ui_state.c (screens,
 * settings). */
#include "i18n.h"
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
    ui_field_free(&st->say_field); /* their undo histories */
    ui_field_free(&st->hw_field);
    free(st->hw_title);
    free(st->hw_text);
    st->hw_title = st->hw_text = NULL;
}

static bool wants_confidence(const ui_state *st)
{
    /* Not for an author's run started part way (--from, --fact, --trust):
     * it is not saved as a session. Nor for a drill, the presenter view or
     * a reload past an edit. */
    bool part_way = st->opt.scenario && (st->opt.from_node || st->opt.n_facts || st->opt.n_trust);
    return st->player && st->have_progress && st->progress.settings.ask_confidence && st->play &&
           !st->drill && !st->present && !part_way && !app_play_partial(st->play);
}

bool ui_ask_conf_open(const ui_state *st, bool after)
{
    if (!wants_confidence(st)) return false;
    core_session *s = app_play_session(st->play);
    if (after) return st->recorded && st->conf_after == 0 && core_session_status(s) == CORE_ENDED;
    /* Before: only while nothing is said yet; the first choice ends it. */
    return st->conf_before == 0 && !st->coach && core_session_n_steps(s) == 0 &&
           core_session_status(s) == CORE_PLAYING;
}

void ui_ask_on_open(ui_state *st)
{
    for (int i = 0; i < st->said_cap; i++) { /* a new session: no words yet */
        free(st->said[i]);
        st->said[i] = NULL;
    }
    st->say_buf[0] = 0;
    ui_field_free(&st->say_field); /* nothing to undo into the new session's words */
    st->conf_before = st->conf_after = 0;
}

/* Saves n with the player's session; a problem goes to the status line. */
static void note_save(ui_state *st, const app_session_note *n)
{
    char msg[1400];
    st_status s = app_session_note_save(st->player_file, st->player, n, msg, sizeof msg);
    if (s != ST_OK && s != ST_SET_ASIDE)
        snprintf(st->status, sizeof st->status, _("Not kept with your progress: %.400s"), msg);
    bool found;
    app_session_note_apply(&st->progress, n, &found); /* the copy on screen, too */
}

void ui_ask_fill_req(const ui_state *st, app_record_req *q)
{
    if (!st->play) return;
    int steps = core_session_n_steps(app_play_session(st->play));
    q->homework = app_play_scenario(st->play)->homework;
    q->said = (const char *const *)st->said;
    q->n_said = steps < st->said_cap ? steps : st->said_cap;
    q->confidence_before = st->conf_before > 0 ? st->conf_before : 0;
}

/* The asked session's title and homework, saved as the scenario said them
 * then, in today's language (app_saved_words). */
static void hw_words(ui_state *st)
{
    free(st->hw_title);
    free(st->hw_text);
    st->hw_title = st->hw_text = NULL;
    if (st->hw_index < 0 || st->hw_index >= st->progress.n_records) return;
    const st_record *r = &st->progress.records[st->hw_index];
    ui_state_need_lib(st);
    app_saved_words(&st->lib, r->scenario, r->title, r->homework, &st->hw_title, &st->hw_text);
}

void ui_ask_relang(ui_state *st)
{
    if (st->hw_asked && st->hw_index >= 0) hw_words(st); /* a question not yet answered */
}

void ui_ask_on_player(ui_state *st)
{
    if (st->hw_asked || !st->player || !st->have_progress) return;
    st->hw_asked = true;
    st->hw_index = app_homework_due(&st->progress, app_now_seconds());
    if (st->hw_index < 0) return;
    hw_words(st);
    st->ask_kind = UI_ASK_HOMEWORK;
    st->hw_answer = -1;
    st->hw_note[0] = 0;
    ui_field_free(&st->hw_field); /* a new note: no undo into another */
    st->focus[UI_SCR_ASK] = 0;
    st->screen = UI_SCR_ASK;
    st->dirty = true;
}

/* ---- actions ---- */

/* Leaves the question for where the player was going. */
static void ask_done(ui_state *st)
{
    st->screen = ui_state_home(st);
    st->dirty = true;
}

void ui_act_confidence(ui_state *st, int arg)
{
    int v = arg >= 1 && arg <= 5 ? arg : -1; /* -1: not now */
    if (st->screen == UI_SCR_CONVO && ui_ask_conf_open(st, false)) {
        st->conf_before = v; /* saved with the session when it is recorded */
    } else if (st->screen == UI_SCR_DEBRIEF && ui_ask_conf_open(st, true)) {
        st->conf_after = v;
        if (v > 0) {
            const core_scenario *sc = app_play_scenario(st->play);
            app_session_note n = {
                .scenario = sc->id, .started = st->started, .confidence_after = v};
            note_save(st, &n);
        }
    }
    st->dirty = true;
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
    snprintf(st->status, sizeof st->status, _("Kept with your progress."));
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

/* ---- confidence: a strip on the conversation's opening and the debrief ---- */

/* The strip in one of two forms: full (the question, the labelled scale,
 * how to answer) or compact (a short question and the numbers). */
static int conf_strip_form(ui_state *st, bool after, bool compact, int x, int y, int w, bool draw)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx);
    const char *q = compact ? _("How confident do you feel about this, 1 to 5?")
                    : after
                        ? _("And now: how confident do you feel about a conversation like this?")
                        : _("Before you start: how confident do you feel about a conversation "
                            "like this?");
    const char *hint =
        compact ? "" : _("Click, or Shift+1 to 5. The digits alone still pick answers.");
    int iw = w - 2 * p;
    const ui_layout *lq = ui_text_layout(cx->text, UI_F_BOLD, q, iw, 3);
    const ui_layout *lh = ui_text_layout(cx->text, UI_F_SMALL, hint, iw, 2);
    /* N_: translated where drawn (the digits alone are not in the catalog) */
    static const char *const full[] = {N_("1 not at all"), "2",          "3", "4",
                                       N_("5 very"),       N_("Not now")};
    static const char *const brief[] = {"1", "2", "3", "4", "5", N_("Not now")};
    const char *const *labels = compact ? brief : full;
    int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p / 2, bw[6];
    for (int i = 0; i < 6; i++)
        bw[i] = ui_text_layout(cx->text, UI_F_BOLD, _(labels[i]), 0, 1)->w + p;
    /* The buttons wrap onto more rows in a narrow window or large text. */
    int rows = 1, bx = 0;
    for (int i = 0; i < 6; i++) {
        if (bw[i] > iw) bw[i] = iw;
        if (bx > 0 && bx + bw[i] > iw) {
            rows++;
            bx = 0;
        }
        bx += bw[i] + p / 2;
    }
    int inner = lq->h + p / 3 + rows * bh + (rows - 1) * (p / 3);
    if (lh->n_glyphs) inner += p / 3 + lh->h;
    if (draw) {
        SDL_Rect r = {x, y, w, inner + p};
        ui_fill_round(cx, r, p / 2, cx->th.border);
        SDL_Rect in = {x + 1, y + 1, w - 2, inner + p - 2};
        ui_fill_round(cx, in, p / 2, cx->th.panel_alt);
        int yy = y + p / 2;
        ui_label_ex(cx, UI_F_BOLD, q, x + p, yy, iw, 3, cx->th.text, -1);
        yy += lq->h + p / 3;
        bx = 0;
        for (int i = 0; i < 6; i++) {
            if (bx > 0 && bx + bw[i] > iw) {
                yy += bh + p / 3;
                bx = 0;
            }
            SDL_Rect b = {x + p + bx, yy, bw[i], bh};
            ui_button(cx, b, _(labels[i]), UI_ACT_CONFIDENCE, i < 5 ? i + 1 : 0, false);
            bx += bw[i] + p / 2;
        }
        yy += bh + p / 3;
        if (lh->n_glyphs) ui_label_ex(cx, UI_F_SMALL, hint, x + p, yy, iw, 2, cx->th.dim, -1);
    }
    return inner + p + p / 2;
}

int ui_ask_conf_strip(ui_state *st, int x, int y, int w, int room, bool draw)
{
    bool after = st->screen == UI_SCR_DEBRIEF;
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx);
    if (after && st->conf_after > 0 && st->conf_before >= 0 && wants_confidence(st)) {
        /* Answered: one quiet line with both, so the change is seen. */
        char buf[160];
        if (st->conf_before > 0)
            snprintf(buf, sizeof buf,
                     _("Your confidence: %d before, %d now (1 to 5). Kept with your progress."),
                     st->conf_before, st->conf_after);
        else
            snprintf(buf, sizeof buf,
                     _("Your confidence now: %d (1 to 5). Kept with your progress."),
                     st->conf_after);
        const ui_layout *l = ui_text_layout(cx->text, UI_F_SMALL, buf, w, 2);
        if (draw) ui_label_ex(cx, UI_F_SMALL, buf, x, y, w, 2, cx->th.dim, -1);
        return l->h + p / 2;
    }
    if (!ui_ask_conf_open(st, after)) return 0;
    bool compact = false;
    int h = conf_strip_form(st, after, false, x, y, w, false);
    if (room > 0 && h > room) {
        compact = true;
        h = conf_strip_form(st, after, true, x, y, w, false);
        if (h > room) return 0; /* no room: Shift+1..5 still answers */
    }
    if (draw) conf_strip_form(st, after, compact, x, y, w, true);
    return h;
}

bool ui_ask_conf_key(ui_state *st, const SDL_KeyboardEvent *k)
{
    SDL_Keycode c = k->keysym.sym;
    if (!(k->keysym.mod & KMOD_SHIFT) || (k->keysym.mod & (KMOD_CTRL | KMOD_ALT))) return false;
    if (c < SDLK_1 || c > SDLK_5 || !wants_confidence(st)) return false;
    st->eat_text = true; /* its text event ("!") is not typed anywhere */
    /* Taken even once the strip is gone, so a late answer never picks a choice. */
    if (ui_ask_conf_open(st, st->screen == UI_SCR_DEBRIEF))
        ui_state_act(st, UI_ACT_CONFIDENCE, (int)(c - SDLK_0));
    return true;
}

static int homework_body(ui_state *st, int x, int y, int w)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx), h = 0;
    if (st->hw_index < 0 || st->hw_index >= st->progress.n_records) return 0;
    const st_record *r = &st->progress.records[st->hw_index];
    char buf[1200];
    snprintf(buf, sizeof buf, _("Last time, after %s, you planned to try this for real:"),
             st->hw_title            ? st->hw_title
             : r->title && *r->title ? r->title
                                     : r->scenario);
    h += ui_label(cx, UI_F_BODY, buf, x, y + h, w, cx->th.dim) + p / 2;
    h += ui_label(cx, UI_F_TITLE, st->hw_text ? st->hw_text : r->homework, x, y + h, w,
                  cx->th.text) +
         p;
    h += ui_label(cx, UI_F_BOLD, _("How did it go?"), x, y + h, w, cx->th.text) + p / 2;
    const char *labels[3] = {_("1. I did it"), _("2. Partly"), _("3. Not yet")};
    h += button_row(st, labels, 3, UI_ACT_HOMEWORK, 0,
                    st->hw_answer >= 0 ? st->hw_answer : st->focus[UI_SCR_ASK], x, y + h, w) +
         p;
    int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p;
    if (st->hw_answer < 0) {
        const char *later = _("Not now (Esc): you will not be asked again");
        int bw = ui_text_layout(cx->text, UI_F_BOLD, later, 0, 1)->w + 2 * p;
        if (bw > w) bw = w;
        SDL_Rect b = {x + (w - bw) / 2, y + h, bw, bh};
        ui_button(cx, b, later, UI_ACT_HOMEWORK, APP_HW_SKIPPED, false);
        return h + bh;
    }
    snprintf(buf, sizeof buf,
             _("%s. A note for yourself, if you like (what happened, what to try):"),
             _(app_hw_answer_label((app_hw_answer)st->hw_answer)));
    h += ui_label(cx, UI_F_BODY, buf, x, y + h, w, cx->th.text) + p / 2;
    /* The note field, as the player screen's name field. */
    SDL_Rect field = {x, y + h, w, bh};
    ui_fill_round(cx, field, p / 2, cx->th.focus);
    SDL_Rect in = {field.x + 2, field.y + 2, field.w - 4, field.h - 4};
    ui_fill_round(cx, in, p / 2, cx->th.panel);
    SDL_Rect text = {field.x + p, field.y, field.w - 2 * p, bh};
    ui_frame_add(&cx->frame, field, UI_BOX_HIT, UI_ACT_FIELD, 0); /* the mouse edits it */
    ui_field_draw(cx, UI_F_BODY, st->hw_note, &st->hw_field, st->ime, text, 1);
    h += bh + p;
    const char *keep = _("Keep it (Enter)");
    int bw = ui_text_layout(cx->text, UI_F_BOLD, keep, 0, 1)->w + 2 * p;
    SDL_Rect b = {x + (w - bw) / 2, y + h, bw, bh};
    ui_button(cx, b, keep, UI_ACT_HW_SAVE, 0, true);
    return h + bh;
}

void ui_ask_draw(ui_state *st)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx);
    int top = ui_top_bar(st, _("Trying it for real"), NULL, 0);
    SDL_Rect view = {0, top, cx->w, cx->h - top};
    int y0 = ui_scroll_begin(st, view), y = y0 + 3 * p;
    int w = cx->w - 4 * p;
    if (w > 50 * p) w = 50 * p;
    int x = (cx->w - w) / 2;
    y += homework_body(st, x, y, w);
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
    if (st->hw_answer < 0) return;
    ui_field_insert(st->hw_note, sizeof st->hw_note, &st->hw_field, utf8);
}

bool ui_ask_key(ui_state *st, const SDL_KeyboardEvent *k)
{
    SDL_Keycode c = k->keysym.sym;
    int *f = &st->focus[UI_SCR_ASK];
    bool typing = st->hw_answer >= 0; /* the screen asks only about homework */
    st->eat_text = false;
    if (c == SDLK_ESCAPE) {
        if (typing) st->hw_note[0] = 0; /* the answer is kept, without a note */
        ui_state_act(st, typing ? UI_ACT_HW_SAVE : UI_ACT_HOMEWORK, APP_HW_SKIPPED);
        return true;
    }
    if (typing) {
        if (ui_field_key(st->cx->text, st->hw_note, sizeof st->hw_note, &st->hw_field, c,
                         k->keysym.mod))
            return true;
        if (c == SDLK_RETURN || c == SDLK_KP_ENTER) {
            ui_state_act(st, UI_ACT_HW_SAVE, 0);
            return true;
        }
        /* Letters are typed (SDL_TEXTINPUT), not shortcuts, while the note is open. */
        return c >= SDLK_SPACE && c < SDLK_DELETE && !(k->keysym.mod & KMOD_CTRL);
    }
    enum { N = 3 }; /* did it, partly, not yet */
    if (c >= SDLK_1 && c < SDLK_1 + N) {
        st->eat_text = true;
        ui_state_act(st, UI_ACT_HOMEWORK, (int)(c - SDLK_1));
        return true;
    }
    if (c >= SDLK_KP_1 && c < SDLK_KP_1 + N) {
        ui_state_act(st, UI_ACT_HOMEWORK, (int)(c - SDLK_KP_1));
        return true;
    }
    switch (c) {
    case SDLK_LEFT:
        if (*f > 0) (*f)--;
        return true;
    case SDLK_RIGHT:
    case SDLK_TAB:
        if (*f < N - 1) (*f)++;
        return true;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        ui_state_act(st, UI_ACT_HOMEWORK, *f);
        return true;
    default:
        return false;
    }
}
