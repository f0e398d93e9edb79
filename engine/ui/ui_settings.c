/* ui_settings.c: text size, theme, text speed and mode, and (docs/practice.md)
 * say it first and the confidence questions. Every change applies
 * at once and is saved in the player's progress file (st_save_settings).
 * Keyboard: Up/Down pick a row, Left/Right change its value. */
#include "i18n.h"
#include "ui_local.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ROWS 8

typedef struct option {
    const char *label;
    ui_action a;
    int arg;
} option;

/* Labels are marked N_() here and translated where drawn (row). */
static const option themes[] = {{N_("Light"), UI_ACT_THEME, UI_THEME_LIGHT},
                                {N_("Dark"), UI_ACT_THEME, UI_THEME_DARK},
                                {N_("High contrast"), UI_ACT_THEME, UI_THEME_CONTRAST}};
static const option speeds[] = {{N_("Instant"), UI_ACT_SPEED, 0},
                                {N_("Fast"), UI_ACT_SPEED, 120},
                                {N_("Normal"), UI_ACT_SPEED, 60},
                                {N_("Slow"), UI_ACT_SPEED, 30}};
static const option modes[] = {{N_("Practice"), UI_ACT_MODE, 0}, {N_("Assessed"), UI_ACT_MODE, 1}};
/* docs/practice.md: say it first, and the confidence questions. */
static const option say_first[] = {{N_("Off"), UI_ACT_SAY_FIRST, 0},
                                   {N_("On"), UI_ACT_SAY_FIRST, 1}};
static const option ask_conf[] = {{N_("Don't ask"), UI_ACT_ASK_CONF, 0},
                                  {N_("Ask before and after"), UI_ACT_ASK_CONF, 1}};
/* docs/window.md "Reading aloud" (ui_voice.c) */
static const option voice[] = {{N_("Off"), UI_ACT_VOICE, 0}, {N_("On (V)"), UI_ACT_VOICE, 1}};
static const option sizes[] = {{N_("Smaller (Ctrl -)"), UI_ACT_SCALE, -1},
                               {N_("Reset (Ctrl 0)"), UI_ACT_SCALE, 0},
                               {N_("Larger (Ctrl +)"), UI_ACT_SCALE, 1}};
/* docs/translating.md: the window's language. Each language is named in
 * itself, so it is found whatever language the window is in. */
static const option languages[] = {{N_("Follow the system"), UI_ACT_LANGUAGE, 0},
                                   {"English", UI_ACT_LANGUAGE, 1},
                                   {"Français", UI_ACT_LANGUAGE, 2}};
static const char *const language_codes[] = {NULL, "en", "fr"}; /* by languages[].arg */

static int language_index(const ui_state *st)
{
    const char *l = st->progress.settings.language;
    for (int i = 1; l && i < 3; i++)
        if (strcmp(l, language_codes[i]) == 0) return i;
    return 0;
}

void ui_act_language(ui_state *st, int arg)
{
    if (arg < 0 || arg > 2) return;
    st_settings *s = &st->progress.settings;
    free(s->language);
    s->language = language_codes[arg] ? strdup(language_codes[arg]) : NULL;
    /* Per lookup: the window's words come from this language's catalog at
     * once, with no setenv or setlocale (worker threads may be reading the
     * environment and gettext meanwhile; engine/app/i18n.c). */
    app_i18n_set_language(s->language);
    ui_state_apply_settings(st, true); /* saves the settings, language included */
    /* Scenarios are translated as they load (docs/translating.md), so the
     * library's titles, summaries and families, and the screens' words from
     * scenarios (the review list, the homework question), are read again in
     * the new language. A conversation already loaded keeps its language to
     * its end, and says so. */
    ui_state_reread_lib(st);
    ui_review_relang(st);
    ui_ask_relang(st);
    if (st->play)
        ui_state_say(st, true, "%s",
                     _("The conversation under way stays in the language it began in; the next "
                       "one opens in the new language."));
}

static int selected(const ui_state *st, int row)
{
    switch (row) {
    case 1:
        return (int)st->theme;
    case 2:
        for (int i = 0; i < 4; i++)
            if (speeds[i].arg == st->text_speed) return i;
        return -1;
    case 3:
        return st->assessed ? 1 : 0;
    case 4:
        return st->progress.settings.say_first ? 1 : 0;
    case 5:
        return st->progress.settings.ask_confidence ? 1 : 0;
    case 6:
        return st->progress.settings.voice ? 1 : 0;
    case 7:
        return language_index(st);
    default:
        return -1;
    }
}

/* A row of option buttons that wrap onto more lines in narrow windows. */
static int row(ui_state *st, int r, const char *title, const char *note, const option *o, int n,
               int x, int y, int w)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx), h = 0;
    h += ui_label(cx, UI_F_BOLD, title, x, y, w,
                  st->focus[UI_SCR_SETTINGS] == r ? cx->th.accent : cx->th.text) +
         p / 3;
    if (note) h += ui_label(cx, UI_F_SMALL, note, x, y + h, w, cx->th.dim) + p / 3;
    int bh = ui_text_line_h(cx->text, UI_F_BOLD) + p, bx = x, sel = selected(st, r);
    for (int i = 0; i < n; i++) {
        const char *label = _(o[i].label);
        int bw = ui_text_layout(cx->text, UI_F_BOLD, label, 0, 1)->w + 2 * p;
        if (bx + bw > x + w && bx > x) {
            bx = x;
            h += bh + p / 2;
        }
        SDL_Rect b = {bx, y + h, bw, bh};
        if (i == sel) {
            SDL_Rect mark = {b.x, b.y + b.h + 2, b.w, 3};
            ui_fill_rect(cx, mark, cx->th.accent);
        }
        ui_button(cx, b, label, o[i].a, o[i].arg, i == sel && st->focus[UI_SCR_SETTINGS] == r);
        bx += bw + p / 2;
    }
    return h + bh + 2 * p;
}

void ui_settings_draw(ui_state *st)
{
    ui_ctx *cx = st->cx;
    int p = ui_pad(cx);
    ui_bar_button bb[] = {{_("Back (Esc)"), UI_ACT_BACK, 0}};
    int top = ui_top_bar(st, _("Settings"), bb, 1);
    SDL_Rect view = {0, top, cx->w, cx->h - top};
    int y0 = ui_scroll_begin(st, view), y = y0 + 2 * p;
    int w = cx->w - 4 * p;
    if (w > 50 * p) w = 50 * p;
    int x = (cx->w - w) / 2;
    char note[96];
    snprintf(note, sizeof note, _("Now %.0f%% of normal."), st->text_scale * 100);
    y += row(st, 0, _("Text size"), note, sizes, 3, x, y, w);
    y += row(st, 1, _("Theme"), NULL, themes, 3, x, y, w);
    y += row(st, 2, _("Text speed"), _("How fast lines appear; Instant shows them at once."),
             speeds, 4, x, y, w);
    y += row(st, 3, _("Mode"),
             _("Practice: a coach comments after each choice and you can rewind. Assessed: you "
               "see only the current line and the feedback waits for the debrief."),
             modes, 2, x, y, w);
    y += row(st, 4, _("Say it first"),
             _("At each moment, type what you would say before the choices appear, then pick the "
               "closest. Your words stay in your progress file on this machine."),
             say_first, 2, x, y, w);
    y += row(st, 5, _("Confidence"),
             _("Before and after each scenario, a strip asks how confident you feel, 1 to 5: a "
               "click or Shift+1 to 5, never in the way of your answers. On for new players."),
             ask_conf, 2, x, y, w);
    y += row(st, 6, _("Read aloud"),
             _("Each line, its cue and the choices are spoken, a voice for each person. V turns "
               "it on and off on any screen; Esc or a choice stops the speech."),
             voice, 2, x, y, w);
    y += row(st, 7, _("Language"),
             _("The window's language. Follow the system uses LANGUAGE or LANG, as the terminal "
               "does."),
             languages, 3, x, y, w);
    y += ui_review_settings_draw(st, x, y, w); /* daily goal, streak on/off (ui_review.c) */
    if (st->status[0]) y += ui_label(cx, UI_F_SMALL, st->status, x, y, w, ui_status_colour(st));
    ui_scroll_end(st, view, y - y0);
}

bool ui_settings_key(ui_state *st, const SDL_KeyboardEvent *k)
{
    if (ui_review_settings_key(st, k)) return true; /* G, - and + (ui_review.c) */
    int *f = &st->focus[UI_SCR_SETTINGS];
    int d = 0;
    switch (k->keysym.sym) {
    case SDLK_UP:
        if (*f > 0) (*f)--;
        return true;
    case SDLK_DOWN:
    case SDLK_TAB:
        if (*f < ROWS - 1) (*f)++;
        return true;
    case SDLK_LEFT:
        d = -1;
        break;
    case SDLK_RIGHT:
        d = 1;
        break;
    default:
        return false;
    }
    switch (*f) {
    case 0:
        ui_state_act(st, UI_ACT_SCALE, d);
        break;
    case 1:
        ui_state_act(st, UI_ACT_THEME, ((int)st->theme + d + UI_THEME_COUNT) % UI_THEME_COUNT);
        break;
    case 2: {
        int i = selected(st, 2) + d;
        if (i < 0) i = 0;
        if (i > 3) i = 3;
        ui_state_act(st, UI_ACT_SPEED, speeds[i].arg);
        break;
    }
    case 4:
        ui_state_act(st, UI_ACT_SAY_FIRST, d > 0);
        break;
    case 5:
        ui_state_act(st, UI_ACT_ASK_CONF, d > 0);
        break;
    case 6:
        ui_state_act(st, UI_ACT_VOICE, d > 0);
        break;
    case 7:
        ui_state_act(st, UI_ACT_LANGUAGE, (language_index(st) + d + 3) % 3);
        break;
    default:
        ui_state_act(st, UI_ACT_MODE, d > 0);
        break;
    }
    return true;
}
