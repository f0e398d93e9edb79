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

#endif
