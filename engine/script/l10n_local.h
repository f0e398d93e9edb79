/* l10n_local.h: what l10n.c and l10n_extract.c share. Not a public header. */
#ifndef RAPPORT_SCRIPT_L10N_LOCAL_H
#define RAPPORT_SCRIPT_L10N_LOCAL_H

#include "l10n.h"
#include "script_local.h"

/* Called for each player-visible string field of a model: its key (ctx), its
 * table path (for the line), the field itself (the apply step may replace
 * it: free the old string, store a malloc'ed one) and a note for translators
 * (borrowed, may be NULL). Fields that are NULL or empty are skipped. */
typedef void (*scr_l10n_visit)(void *ud, const char *ctx, const char *path, char **field,
                               const char *note);
void scr_l10n_walk(core_scenario *sc, scr_l10n_visit fn, void *ud);

/* The key of author-code literals (l10n.h). */
#define SCR_L10N_FUNCTION "function"
/* The key of an ending is "endings.LABEL"; its msgid the label as words. */
#define SCR_L10N_ENDINGS "endings"

#endif
