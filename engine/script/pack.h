/* pack.h: exercise packs for workshops. A pack is a Lua file that lists
 * scenarios in the order a group plays them, each with a mode, an optional
 * time limit and discussion prompts (docs/workshops.md):
 *
 *   return {
 *     format = 1, kind = "pack",
 *     id = "workshop.first", title = "First networking workshop",
 *     summary = "optional: one or two sentences for the start screen",
 *     scenarios = {
 *       { id = "networking.coffee_line", mode = "practice", time_limit = 600,
 *         prompts = { "What did Maya's two cups tell you?" } },
 *       "mentor.one_question",          -- shorthand for { id = "..." }
 *     },
 *   }
 *
 * Depends on: engine/core (diagnostics, strdup) and the engine/script sandbox.
 * The file runs in the same sandbox, with the same limits, as a scenario; the
 * result is plain C data and the Lua state is closed before the loader returns.
 *
 * Ownership: a scr_pack owns every string and array in it; free it with
 * scr_pack_free. */
#ifndef RAPPORT_SCRIPT_PACK_H
#define RAPPORT_SCRIPT_PACK_H

#include "diag.h"
#include "script.h"

#include <stdbool.h>
#include <stddef.h>

typedef enum scr_pack_mode {
    SCR_PACK_PRACTICE, /* feedback after every choice, going back allowed */
    SCR_PACK_ASSESSED  /* no feedback until the debrief, no going back */
} scr_pack_mode;

typedef struct scr_pack_item {
    char *scenario;     /* scenario id, as in the scenario's `id`; owned */
    scr_pack_mode mode; /* SCR_PACK_PRACTICE when the author gave none */
    double time_limit;  /* seconds for the whole scenario; 0 when there is none */
    char **prompts;     /* discussion prompts for after the scenario; owned */
    int n_prompts;
    char *path; /* table path of the entry, e.g. scenarios[2], for messages; owned */
    int line;   /* line of the entry in the pack file, 0 when unknown */
} scr_pack_item;

typedef struct scr_pack {
    char *file;           /* path it was loaded from; owned, may be NULL */
    char *id;             /* owned */
    char *title;          /* owned; the id when the author gave none (with a warning) */
    char *summary;        /* owned; "" when none */
    scr_pack_item *items; /* in the order the group plays them; owned */
    int n_items;
} scr_pack;

/* Loads and validates a pack file in the sandbox. Every problem found is
 * appended to diags (errors and warnings, each with file, table path such as
 * scenarios[2].mode, and line). Returns the pack when it has no errors, NULL
 * otherwise. limits may be NULL for scr_default_limits(). Free with scr_pack_free. */
scr_pack *scr_pack_load(const char *file, const scr_limits *limits, core_diags *diags);
/* As scr_pack_load, from a buffer in memory; name is used in messages. */
scr_pack *scr_pack_load_buffer(const char *name, const char *buf, size_t len,
                               const scr_limits *limits, core_diags *diags);
void scr_pack_free(scr_pack *p); /* NULL is fine */

/* Checks that every scenario the pack names is among the n known ids (for
 * instance the library's), adding an "unknown-scenario" error with the entry's
 * line and a "did you mean" for each that is not. Returns true when all are known. */
bool scr_pack_check_ids(const scr_pack *p, const char *const *ids, int n, core_diags *diags);

/* "practice" or "assessed". */
const char *scr_pack_mode_name(scr_pack_mode m);

#endif
