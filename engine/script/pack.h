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
 * result is plain C data, a core_pack (core.h: the model front ends read
 * through engine/app), and the Lua state is closed before the loader returns.
 *
 * Ownership: the core_pack owns every string and array in it; free it with
 * scr_pack_free. */
#ifndef RAPPORT_SCRIPT_PACK_H
#define RAPPORT_SCRIPT_PACK_H

#include "diag.h"
#include "script.h"

#include <stdbool.h>
#include <stddef.h>

/* Loads and validates a pack file in the sandbox. Every problem found is
 * appended to diags (errors and warnings, each with file, table path such as
 * scenarios[2].mode, and line). Returns the pack when it has no errors, NULL
 * otherwise. limits may be NULL for scr_default_limits(). Free with scr_pack_free. */
core_pack *scr_pack_load(const char *file, const scr_limits *limits, core_diags *diags);
/* As scr_pack_load, from a buffer in memory; name is used in messages. */
core_pack *scr_pack_load_buffer(const char *name, const char *buf, size_t len,
                                const scr_limits *limits, core_diags *diags);
void scr_pack_free(core_pack *p); /* NULL is fine */

/* Checks that every scenario the pack names is among the n known ids (for
 * instance the library's), adding an "unknown-scenario" error with the entry's
 * line and a "did you mean" for each that is not. Returns true when all are known. */
bool scr_pack_check_ids(const core_pack *p, const char *const *ids, int n, core_diags *diags);

/* "practice" or "assessed". */
const char *scr_pack_mode_name(core_pack_mode m);

#endif
