/* app_local.h: what the files of engine/app share. Not a public header. */
#ifndef RAPPORT_APP_LOCAL_H
#define RAPPORT_APP_LOCAL_H

#include "app.h"
#include "script.h"

/* What app_check_text found: the scenario it loaded (the text itself, or the
 * NAME.lua beside a NAME.test.lua), for names, definitions and hovers. */
struct app_checked {
    scr_scenario *scr; /* owned; NULL when none loaded */
};

/* Loads the NAME.lua beside test file `file` (NAME.test.lua) and checks the
 * names ex's cases use against it (app_expects_check). Returns that scenario
 * (free with scr_free), or NULL after a warning (no-scenario) when it cannot
 * be loaded. */
scr_scenario *app_expects_check_beside(const app_expects *ex, const char *file, core_diags *d);
/* As app_expects_load, from text in memory; file names it in messages. */
app_expects *app_expects_load_text(const char *file, const char *buf, size_t len, core_diags *d);
/* Loads scenario file for a player, in app_l10n_language's language (l10n.c):
 * the window's setting when set, else the environment's. As scr_load
 * otherwise; free with scr_free. */
scr_scenario *app_load_for_player(const char *file, core_diags *d);
/* As app_play_ending, for a scenario s loaded by app_load_for_player (NULL:
 * the program's words only): an ending label's words in the player's
 * language, or NULL to show the label as before. Borrowed or static. */
const char *app_ending_words(const scr_scenario *s, const char *label);

#endif
