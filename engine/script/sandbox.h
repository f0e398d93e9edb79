/* sandbox.h: a fresh, limited Lua state for one scenario. Internal to engine/script. */
#ifndef RAPPORT_SCRIPT_SANDBOX_H
#define RAPPORT_SCRIPT_SANDBOX_H

#include <lua.h>
#include <stdbool.h>
#include <stddef.h>

/* Limits and accounting of one sandboxed state; lives as long as the state. */
typedef struct sbx_state {
    size_t used, limit;         /* bytes held by the state, and the cap */
    long budget;                /* instructions left in the current call */
    long ran;                   /* instructions the last call ran (about, in steps of 1000) */
    double seconds;             /* CPU seconds the current call may use (after time_scale) */
    double cpu_start;           /* this thread's CPU clock at or a little before the call began */
    double mark_wall, mark_cpu; /* the monotonic and CPU clocks when last read together */
    double deadline;    /* CLOCK_MONOTONIC seconds when the current call may be out of time */
    double time_scale;  /* RAPPORT_TIME_LIMIT_SCALE, read once when the state is made */
    bool timed_out;     /* the call used up its time (C functions doing bulk work) */
    bool tripped;       /* the instruction limit was hit in this call */
    bool out_of_memory; /* an allocation was refused in this call */
} sbx_state;

/* Creates the state with the allow-listed libraries and the sandbox environment
 * stored in the registry (see sbx_push_env). Returns NULL when out of memory.
 * The caller owns both; close with lua_close, then free sb. */
lua_State *sbx_new(sbx_state *sb, size_t memory_limit);
/* Pushes the sandbox's global table. */
void sbx_push_env(lua_State *L);
/* Runs the function below nargs arguments on the stack under lua_pcall with an
 * instruction budget. On failure returns the Lua status and leaves a message on
 * the stack that is always a string, rewritten to name the limit hit. */
int sbx_pcall(lua_State *L, sbx_state *sb, int nargs, int nresults, long instructions);
/* The same with a time limit too: library functions written in C (string
 * concatenation, upper, sort) do bulk work that counts as one instruction, so
 * the count alone cannot bound time. The limit is on this thread's CPU time,
 * so a busy machine does not stop a scenario early. */
int sbx_pcall_timed(lua_State *L, sbx_state *sb, int nargs, int nresults, long instructions,
                    double seconds);
/* Reseeds math.random with a fixed seed, so replays are exact. */
void sbx_reseed(lua_State *L, sbx_state *sb);

#endif
