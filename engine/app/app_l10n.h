/* app_l10n.h: scenario translation for the front ends (issue 17; the rules
 * are in engine/script/l10n.h and docs/translating.md). Scenarios opened
 * through app are translated when they are loaded, into the language
 * app_l10n_language names; this header adds what an author's tool needs.
 * Depends on: engine/core (diagnostics). */
#ifndef RAPPORT_APP_L10N_H
#define RAPPORT_APP_L10N_H

#include "diag.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Writes the PO template of the scenario `file` (its player-visible strings,
 * keyed and referenced) to out. False, with the problems in d, when the
 * scenario does not load or memory runs out. */
bool app_l10n_extract(const char *file, FILE *out, core_diags *d);
/* The language scenarios are translated into when loaded: the window's
 * language setting when one is set (app_i18n_setting, "en" for the file as
 * written), else the environment's (LANGUAGE, then LC_ALL, LC_MESSAGES,
 * LANG) as GNU gettext reads it for the program's own strings, after those
 * have been set up (app_i18n_init), whatever was loaded first: a code list
 * such as "fr_CA" or "de:fr", the first with a .po beside the scenario
 * winning; "" for none. Every scenario app opens for a
 * player (play, drill, review, the library, the class report) loads in it. */
void app_l10n_language(char *out, size_t n);

#endif
