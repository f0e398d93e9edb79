/* call.c: calls into author functions (`text`, `cue`, `when`, `to`) during play.
 *
 * Each receives one argument, `state`, whose views (facts, trust, score,
 * visits) read the live core_state through C closures: nothing is copied per
 * call, and a script cannot write to them. `state.vars` is the author's own
 * table, new at every (re)start of a session. */
#include "l10n.h"
#include "script_local.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>
#include <time.h>

static scr_scenario *self(lua_State *L)
{
    return lua_touserdata(L, lua_upvalueindex(1));
}

/* A whole number as a Lua integer, so `"trust " .. state.trust.maya` reads
 * "trust 2", not "trust 2.0"; fractions stay floats. */
static void push_figure(lua_State *L, double d)
{
    if (d == floor(d) && fabs(d) < 9007199254740992.0)
        lua_pushinteger(L, (lua_Integer)d);
    else
        lua_pushnumber(L, d);
}

/* Keeps a read of view `which` with a key the scenario does not define, once
 * per key and function, with the line of the author code that read it. */
static void stray_read(lua_State *L, scr_scenario *S, int which, const char *k)
{
    for (int i = 0; i < S->n_stray; i++)
        if (S->stray[i].view == which && S->stray[i].fn == S->cur_fn &&
            strcmp(S->stray[i].key, k) == 0)
            return;
    if (S->n_stray >= SCR_STRAY_MAX || strlen(k) > 200) return;
    lua_Debug ar;
    int line = 0;
    /* Level 0 is this metamethod; level 1 the author code that indexed. */
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar) && ar.currentline > 0)
        line = ar.currentline;
    char *key = core_strdup(k);
    if (!key) return;
    S->stray[S->n_stray++] = (struct scr_stray_read){which, S->cur_fn, line, key};
}

/* __index of a view; upvalue 2 says which. A key the scenario does not
 * define reads as false (facts) or nil, and is kept for scr_state_findings. */
static int view_index(lua_State *L)
{
    scr_scenario *S = self(L);
    const core_state *st = S->cur;
    int which = (int)lua_tointeger(L, lua_upvalueindex(2));
    if (!st || lua_type(L, 2) != LUA_TSTRING) return 0;
    const char *k = lua_tostring(L, 2);
    const core_scenario *sc = S->sc;
    int i = which == 0   ? core_find_fact(sc, k)
            : which == 1 ? core_find_cast(sc, k)
            : which == 2 ? core_find_skill(sc, k)
                         : core_find_node(sc, k);
    if (i < 0) stray_read(L, S, which, k);
    switch (which) {
    case 0:
        lua_pushboolean(L, i >= 0 && st->facts[i]);
        return 1;
    case 1:
        if (i < 0) return 0;
        push_figure(L, st->trust[i]);
        return 1;
    case 2:
        if (i < 0) return 0;
        push_figure(L, st->score[i]);
        return 1;
    default:
        if (i < 0) return 0;
        lua_pushinteger(L, st->visits[i]);
        return 1;
    }
}

/* "reads state.VIEW.KEY, but no part of the scenario defines the WHAT 'KEY',
 * so it is always READS", a whole sentence per view so that it translates. */
static void stray_warning(core_diags *d, const core_scenario *sc, const char *path, int line,
                          int view, const char *key, const char *guess)
{
#define STRAY(fmt)                                                                                 \
    core_diag_add_guess(d, CORE_WARNING, sc->file, path, line, "unknown-state-key", guess, fmt,    \
                        key, key)
    switch (view) {
    case 0:
        STRAY(CORE_TR("reads state.facts.%s, but no part of the scenario defines the fact '%s', "
                      "so it is always false"));
        break;
    case 1:
        STRAY(CORE_TR("reads state.trust.%s, but no part of the scenario defines the cast key "
                      "'%s', so it is always nil"));
        break;
    case 2:
        STRAY(CORE_TR("reads state.score.%s, but no part of the scenario defines the skill '%s', "
                      "so it is always nil"));
        break;
    default:
        STRAY(CORE_TR("reads state.visits.%s, but no part of the scenario defines the node id "
                      "'%s', so it is always nil"));
        break;
    }
#undef STRAY
}

void scr_state_findings(const scr_scenario *S, core_diags *d)
{
    const core_scenario *sc = S->sc;
    for (int i = 0; i < S->n_stray; i++) {
        const struct scr_stray_read *r = &S->stray[i];
        int n = r->view == 0   ? sc->n_facts
                : r->view == 1 ? sc->n_cast
                : r->view == 2 ? sc->n_skills
                               : sc->n_nodes;
        const char **names = malloc(sizeof *names * (size_t)(n + 1));
        for (int j = 0; names && j < n; j++)
            names[j] = r->view == 0   ? sc->facts[j]
                       : r->view == 1 ? sc->cast[j].key
                       : r->view == 2 ? sc->skills[j]
                                      : sc->nodes[j].id;
        stray_warning(d, sc, S->fn_paths[r->fn], r->line, r->view, r->key,
                      names ? scr_nearest(r->key, names, n) : NULL);
        free(names);
    }
}

/* The iterator behind pairs(view): walks the scenario's names in order. */
static int view_next(lua_State *L)
{
    scr_scenario *S = self(L);
    const core_state *st = S->cur;
    int which = (int)lua_tointeger(L, lua_upvalueindex(2));
    const core_scenario *sc = S->sc;
    int n = which == 0   ? sc->n_facts
            : which == 1 ? sc->n_cast
            : which == 2 ? sc->n_skills
                         : sc->n_nodes;
    int i = 0;
    if (!lua_isnil(L, 2)) {
        const char *k = lua_tostring(L, 2);
        i = which == 0   ? core_find_fact(sc, k)
            : which == 1 ? core_find_cast(sc, k)
            : which == 2 ? core_find_skill(sc, k)
                         : core_find_node(sc, k);
        i++;
    }
    for (; st && i < n; i++) {
        switch (which) {
        case 0:
            if (!st->facts[i]) continue;
            lua_pushstring(L, sc->facts[i]);
            lua_pushboolean(L, 1);
            return 2;
        case 1:
            lua_pushstring(L, sc->cast[i].key);
            push_figure(L, st->trust[i]);
            return 2;
        case 2:
            lua_pushstring(L, sc->skills[i]);
            push_figure(L, st->score[i]);
            return 2;
        default:
            if (!st->visits[i]) continue;
            lua_pushstring(L, sc->nodes[i].id);
            lua_pushinteger(L, st->visits[i]);
            return 2;
        }
    }
    return 0;
}

static int view_pairs(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_pushcclosure(L, view_next, 2);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

static int view_newindex(lua_State *L)
{
    const char *what = lua_tostring(L, lua_upvalueindex(1));
    if (strcmp(what, "state") == 0)
        return luaL_error(L, "state is read-only; keep your own values in state.vars");
    return luaL_error(L, "state.%s is read-only; keep your own values in state.vars", what);
}

int scr_setup_state(lua_State *L)
{
    /* upvalue-free: the scenario pointer is in the registry under this key */
    lua_getfield(L, LUA_REGISTRYINDEX, "rapport.self");
    void *S = lua_touserdata(L, -1);
    lua_pop(L, 1);
    static const char *const names[] = {"facts", "trust", "score", "visits"};
    lua_newtable(L); /* state */
    for (int i = 0; i < 4; i++) {
        lua_newtable(L); /* view */
        lua_newtable(L); /* its metatable */
        lua_pushlightuserdata(L, S);
        lua_pushinteger(L, i);
        lua_pushcclosure(L, view_index, 2);
        lua_setfield(L, -2, "__index");
        lua_pushlightuserdata(L, S);
        lua_pushinteger(L, i);
        lua_pushcclosure(L, view_pairs, 2);
        lua_setfield(L, -2, "__pairs");
        lua_pushstring(L, names[i]);
        lua_pushcclosure(L, view_newindex, 1);
        lua_setfield(L, -2, "__newindex");
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
        lua_pushboolean(L, 1); /* the sandbox's rawset refuses these */
        lua_setfield(L, -2, "__rapport_readonly");
        lua_setmetatable(L, -2);
        lua_setfield(L, -2, names[i]);
    }
    lua_newtable(L);
    lua_setfield(L, -2, "vars");
    /* Scripts get a read-only proxy of it, so `state.facts = {...}` or a rawset
     * cannot change what the next call sees. */
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, SCR_KEY_STATE_REAL);
    lua_newtable(L); /* proxy */
    lua_newtable(L); /* its metatable */
    lua_pushvalue(L, -3);
    lua_setfield(L, -2, "__index");
    lua_pushliteral(L, "state");
    lua_pushcclosure(L, view_newindex, 1);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pushboolean(L, 1);
    lua_setfield(L, -2, "__rapport_readonly");
    lua_setmetatable(L, -2);
    lua_setfield(L, LUA_REGISTRYINDEX, SCR_KEY_STATE);
    return 0;
}

static int reset_vars(lua_State *L)
{
    lua_getfield(L, LUA_REGISTRYINDEX, SCR_KEY_STATE_REAL);
    lua_newtable(L);
    lua_setfield(L, -2, "vars");
    return 0;
}

static int h_reset(void *ud, char *err, size_t errlen)
{
    scr_scenario *S = ud;
    lua_State *L = S->L;
    lua_pushcfunction(L, reset_vars);
    if (sbx_pcall(L, &S->sb, 0, 0, 10000) != LUA_OK) {
        snprintf(err, errlen, "%s: %s", S->sc->file, lua_tostring(L, -1));
        lua_pop(L, 1);
        return -1;
    }
    sbx_reseed(L, &S->sb);
    lua_settop(L, 0);
    return 0;
}

#define STEP_INSTRUCTIONS 20000000 /* all author calls of one step together */
#define STEP_SECONDS 2.0           /* of CPU time, all author calls of one step together */
#define CALL_SECONDS 1.0

/* The calling thread's CPU time. The step's limit counts CPU time, as each
 * call's does (sandbox.c), not time passing: a window draws frames between
 * a step's start and the calls it makes later (a reply shown at a reveal),
 * and a loaded machine or valgrind stretches the wall clock; either ran a
 * wall-clock step budget out with no author code running at all. */
static double cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A new step: a fresh budget shared by the calls it makes (text, cue, each
 * `when`), so ten thousand choices with costly conditions still end soon. */
static void h_step(void *ud)
{
    scr_scenario *S = ud;
    S->step_left = STEP_INSTRUCTIONS;
    S->step_cpu_left = STEP_SECONDS;
}

/* Calls author function fn with `state`; leaves one result on the stack. */
static int call(scr_scenario *S, int fn, const core_state *st, char *err, size_t errlen)
{
    lua_State *L = S->L;
    lua_settop(L, 0);
    S->cur = st;
    S->cur_fn = fn;
    lua_getfield(L, LUA_REGISTRYINDEX, SCR_KEY_FNS);
    lua_rawgeti(L, -1, fn + 1);
    lua_remove(L, -2);
    lua_getfield(L, LUA_REGISTRYINDEX, SCR_KEY_STATE_REAL);
    lua_pushstring(L, S->sc->nodes[st->node].id);
    lua_setfield(L, -2, "node");
    lua_pop(L, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, SCR_KEY_STATE);
    long budget = S->limits.call_instructions;
    if (S->step_left < budget) budget = S->step_left;
    double seconds = S->step_cpu_left;
    if (seconds > CALL_SECONDS) seconds = CALL_SECONDS;
    if (budget <= 0 || seconds <= 0) {
        snprintf(err, errlen,
                 "%s: %s: not run: the author functions of this step used up their limit (%d "
                 "instructions, %.0f s together)",
                 S->sc->file, S->fn_paths[fn], STEP_INSTRUCTIONS, STEP_SECONDS);
        lua_settop(L, 0);
        S->cur = NULL;
        return -1;
    }
    double cpu0 = cpu_s();
    int rc = sbx_pcall_timed(L, &S->sb, 1, 1, budget, seconds);
    double used = cpu_s() - cpu0; /* scaled like the call's own limit (valgrind) */
    if (used > 0) S->step_cpu_left -= used / S->sb.time_scale;
    S->step_left -= S->sb.ran;
    S->cur = NULL;
    if (rc != LUA_OK) {
        snprintf(err, errlen, "%s: %s: the author function failed: %s", S->sc->file,
                 S->fn_paths[fn], lua_tostring(L, -1));
        lua_settop(L, 0);
        return -1;
    }
    return 0;
}

static int h_text(void *ud, int fn, const core_state *st, char **out, char *err, size_t errlen)
{
    scr_scenario *S = ud;
    if (call(S, fn, st, err, errlen) != 0) return -1;
    lua_State *L = S->L;
    int ty = lua_type(S->L, -1);
    if (ty != LUA_TSTRING && ty != LUA_TNUMBER) {
        snprintf(err, errlen, "%s: %s: the function returned a %s; it must return a string",
                 S->sc->file, S->fn_paths[fn], lua_typename(L, ty));
        lua_settop(L, 0);
        return -1;
    }
    size_t len;
    const char *text = lua_tolstring(L, -1, &len);
    long bad = core_utf8_invalid(text, len);
    if (bad >= 0 || strlen(text) != len) {
        snprintf(err, errlen,
                 "%s: %s: the function returned text that is not valid UTF-8 (byte %ld)",
                 S->sc->file, S->fn_paths[fn], bad >= 0 ? bad + 1 : (long)strlen(text) + 1);
        lua_settop(L, 0);
        return -1;
    }
    /* A string of the scenario's translation, whole or in pieces (l10n.h). */
    *out = S->l10n ? scr_l10n_result(S, text) : NULL;
    if (!*out) *out = core_strdup(text);
    lua_settop(L, 0);
    return *out ? 0 : -1;
}

static int h_when(void *ud, int fn, const core_state *st, bool *out, char *err, size_t errlen)
{
    scr_scenario *S = ud;
    if (call(S, fn, st, err, errlen) != 0) return -1;
    *out = lua_toboolean(S->L, -1);
    lua_settop(S->L, 0);
    return 0;
}

static int h_route(void *ud, int fn, const core_state *st, char **out, char *err, size_t errlen)
{
    scr_scenario *S = ud;
    if (call(S, fn, st, err, errlen) != 0) return -1;
    lua_State *L = S->L;
    if (lua_type(L, -1) != LUA_TSTRING) {
        snprintf(err, errlen, "%s: %s: the function returned a %s; it must return a node id",
                 S->sc->file, S->fn_paths[fn], lua_typename(L, lua_type(L, -1)));
        lua_settop(L, 0);
        return -1;
    }
    *out = core_strdup(lua_tostring(L, -1));
    lua_settop(L, 0);
    return *out ? 0 : -1;
}

void scr_init_hooks(scr_scenario *s)
{
    s->hooks = (core_hooks){.ud = s,
                            .reset = h_reset,
                            .text = h_text,
                            .when = h_when,
                            .route = h_route,
                            .step = h_step};
}
