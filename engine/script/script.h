/* script.h: scenarios written in Lua 5.4, loaded in a sandbox into the core model.
 *
 * Depends on: engine/core and Lua 5.4. The only part of rapport that includes Lua.
 * Each scenario gets its own lua_State with an allow-list of libraries and limits
 * on memory, instructions per call into author code and the C string functions
 * no hook can stop (see docs/security.md). */
#ifndef RAPPORT_SCRIPT_H
#define RAPPORT_SCRIPT_H

#include "core.h"
#include "diag.h"

typedef struct scr_scenario scr_scenario; /* opaque: a Lua state plus its core model */

typedef struct scr_limits {
    size_t memory;          /* bytes the Lua state may hold */
    long load_instructions; /* for running the file's top level */
    long call_instructions; /* for each call into an author function */
} scr_limits;

/* The limits used when none are given. */
scr_limits scr_default_limits(void);

/* Loads and validates a scenario file. Every problem found is appended to diags
 * (errors and warnings, each with file, table path and line where known).
 * Returns the scenario when it has no errors, NULL otherwise. limits may be NULL.
 * Free with scr_free. */
scr_scenario *scr_load(const char *file, const scr_limits *limits, core_diags *diags);
/* As scr_load, from a buffer in memory; name is used in messages. */
scr_scenario *scr_load_buffer(const char *name, const char *buf, size_t len,
                              const scr_limits *limits, core_diags *diags);
void scr_free(scr_scenario *s); /* NULL is fine */

/* The model, owned by s. */
const core_scenario *scr_model(const scr_scenario *s);
/* Hooks that run this scenario's author functions; valid while s lives. */
const core_hooks *scr_hooks(const scr_scenario *s);
/* Appends to d a warning (unknown-state-key) for each key an author function
 * has read from state.facts, .trust, .score or .visits that no part of the
 * scenario defines, with the function, the line and the nearest real key:
 * such a read is silently false or nil, so a misspelt name never shows in
 * play. Reads are recorded while the functions run (rapport test plays them
 * all); each is reported once. */
void scr_state_findings(const scr_scenario *s, core_diags *d);
/* The name of names[0..n) nearest to s for a "did you mean": a slip or two
 * away, or the one s begins (a fact typed without its tail: "rotterdam" for
 * "rotterdam_friday"); NULL when none is close. Borrowed from names. */
const char *scr_nearest(const char *s, const char *const *names, int n);

#endif
