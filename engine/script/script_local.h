/* script_local.h: what the files of engine/script share. Not a public header. */
#ifndef RAPPORT_SCRIPT_LOCAL_H
#define RAPPORT_SCRIPT_LOCAL_H

#include "lines.h"
#include "sandbox.h"
#include "script.h"

struct scr_scenario {
    lua_State *L; /* owned */
    sbx_state sb; /* the state's limits; must not move while L lives */
    scr_limits limits;
    core_scenario *sc; /* owned */
    core_hooks hooks;
    char **fn_paths; /* table path of each author function, for messages; owned */
    int n_fns;
    const core_state *cur; /* the state being read during a call; borrowed */
    long step_left;        /* instructions left for the author calls of this step */
    double step_end;       /* CLOCK_MONOTONIC seconds when this step's calls must end */
};

/* Registry keys. */
#define SCR_KEY_FNS "rapport.fns"     /* array of author functions, by handle */
#define SCR_KEY_STATE "rapport.state" /* the read-only `state` proxy passed to them */
#define SCR_KEY_STATE_REAL "rapport.state_real" /* the table behind it */

/* Builds the `state` table and its read-only views (call.c). Runs protected. */
int scr_setup_state(lua_State *L);
/* Installs the hooks for s (call.c). */
void scr_init_hooks(scr_scenario *s);

#endif
