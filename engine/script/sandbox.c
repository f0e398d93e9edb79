/* sandbox.c: the Lua allow-list and limits.
 *
 * What a scenario gets: base (without dofile, loadfile, collectgarbage; `load`
 * only for text chunks in the sandbox; xpcall over pcall; setmetatable without
 * __gc), string, table, math, utf8: each behind a read-only proxy. No io, os,
 * package, require, debug, coroutine, string.dump.
 *
 * Limits: a capped allocator; an instruction count hook that, once tripped,
 * fires on every instruction so a pcall in the script cannot swallow it; and
 * size checks on the string functions that run in C where no hook fires. */
#include "sandbox.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define HOOK_EVERY 1000
#define REP_MAX (1u << 20)       /* bytes string.rep may produce */
#define PATTERN_MAX 256          /* bytes in a pattern */
#define PATTERN_COST 100000000.0 /* subject length ^ (unbounded quantifiers + 1) */

static const char *const KEY_SB = "rapport.sandbox";
static const char *const KEY_ENV = "rapport.env";

static void *l_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    sbx_state *sb = ud;
    if (!ptr) osize = 0;
    if (nsize == 0) {
        free(ptr);
        sb->used -= osize;
        return NULL;
    }
    if (nsize > osize && sb->used + (nsize - osize) > sb->limit) {
        sb->out_of_memory = true;
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (p) sb->used = sb->used - osize + nsize;
    return p;
}

static int l_panic(lua_State *L)
{
    /* Everything runs under lua_pcall; reaching here is a bug in rapport. */
    const char *msg = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?";
    fprintf(stderr, "rapport: internal Lua error outside a protected call: %s\n", msg);
    abort();
}

static sbx_state *get_sb(lua_State *L)
{
    lua_getfield(L, LUA_REGISTRYINDEX, KEY_SB);
    sbx_state *sb = lua_touserdata(L, -1);
    lua_pop(L, 1);
    return sb;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void count_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    sbx_state *sb = get_sb(L);
    if (!sb->tripped) {
        sb->budget -= HOOK_EVERY;
        sb->ran += HOOK_EVERY;
        bool late = now_s() > sb->deadline;
        if (sb->budget > 0 && !late) return;
        sb->tripped = true;
        sb->timed_out = late && sb->budget > 0;
        /* From now on every instruction fails, so `pcall` cannot resume the loop. */
        lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
    }
    luaL_error(L, "instruction limit reached");
}

/* ---- string functions that run in C ---- */

static int str_rep(lua_State *L)
{
    size_t l, lsep;
    luaL_checklstring(L, 1, &l);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &lsep);
    if (n > 0) {
        double total = (double)l * (double)n + (double)lsep * (double)(n - 1);
        if (total > REP_MAX) {
            char msg[128];
            snprintf(msg, sizeof msg, "string.rep would make %.0f bytes (the limit is %u)", total,
                     REP_MAX);
            return luaL_error(L, "%s", msg);
        }
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* Unbounded quantifiers drive the backtracking cost of Lua patterns. */
static int quantifiers(const char *p, size_t n, bool *special)
{
    int q = 0;
    *special = false;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '%') {
            *special = true;
            /* %b scans ahead for the balancing character from every start. */
            if (i + 1 < n && p[i + 1] == 'b') q++;
            i++;
            continue;
        }
        if (strchr("*+-", p[i])) q++;
        if (strchr("^$*+?.([-", p[i])) *special = true;
    }
    return q;
}

/* Checks subject and pattern before calling the real function (upvalue 1). */
static int str_pattern(lua_State *L)
{
    size_t ls, lp;
    luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    bool plain = lua_toboolean(L, 4) && lua_toboolean(L, lua_upvalueindex(2));
    if (!plain) {
        bool special;
        int q = quantifiers(p, lp, &special);
        if (lp > PATTERN_MAX)
            return luaL_error(L, "pattern of %d bytes is too long (limit %d)", (int)lp,
                              PATTERN_MAX);
        double cost = 1;
        for (int i = 0; i <= q; i++)
            cost *= (double)ls;
        if (special && cost > PATTERN_COST)
            return luaL_error(L,
                              "pattern matching on %d bytes with %d open-ended repetitions could "
                              "run for minutes; use a shorter subject or a simpler pattern",
                              (int)ls, q);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* Library functions that do bulk work in C (sort with strcoll, upper over a
 * megabyte) count as one instruction each; this trampoline checks the clock
 * before each call so a loop of them stops at the deadline too. */
static int timed_cfn(lua_State *L)
{
    sbx_state *sb = get_sb(L);
    if (sb->deadline > 0 && now_s() > sb->deadline) {
        sb->tripped = sb->timed_out = true;
        return luaL_error(L, "time limit reached");
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* table.move(a1, f, e, t [, a2]) loops in C; moving nils allocates nothing,
 * so neither the hook nor the memory cap would stop a range of 1e15. */
#define MOVE_MAX 10000000
static int tab_move(lua_State *L)
{
    lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
    if (e >= f && (e - f >= MOVE_MAX || e - f < 0))
        return luaL_error(L, "table.move of more than %d elements", MOVE_MAX);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* ---- base library replacements ---- */

static int refuse(lua_State *L)
{
    return luaL_error(L, "%s is not available in scenarios", lua_tostring(L, lua_upvalueindex(1)));
}

static int b_setmetatable(lua_State *L)
{
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_getfield(L, 2, "__gc");
        bool gc = !lua_isnil(L, -1);
        lua_pop(L, 1);
        if (gc) return luaL_error(L, "__gc metamethods are not allowed in scenarios");
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int b_rawset(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    if (lua_getmetatable(L, 1)) {
        lua_getfield(L, -1, "__rapport_readonly");
        bool ro = lua_toboolean(L, -1);
        lua_pop(L, 2);
        if (ro) return luaL_error(L, "library tables are read-only in scenarios");
    }
    luaL_checkany(L, 2);
    luaL_checkany(L, 3);
    lua_settop(L, 3);
    lua_rawset(L, 1);
    return 1;
}

/* load(chunk [, name [, mode [, env]]]): text chunks only, in the sandbox. */
static int b_load(lua_State *L)
{
    size_t l;
    const char *s = luaL_checklstring(L, 1, &l);
    const char *name = luaL_optstring(L, 2, "=(load)");
    int status = luaL_loadbufferx(L, s, l, name, "t");
    if (status != LUA_OK) {
        luaL_pushfail(L);
        lua_insert(L, -2);
        return 2;
    }
    if (!lua_isnoneornil(L, 4))
        lua_pushvalue(L, 4);
    else
        sbx_push_env(L);
    if (!lua_setupvalue(L, -2, 1)) lua_pop(L, 1);
    return 1;
}

static int ro_newindex(lua_State *L)
{
    return luaL_error(L, "library tables are read-only in scenarios");
}

static int ro_pairs(lua_State *L)
{
    lua_getglobal(L, "next"); /* the real one, from the host globals */
    lua_getmetatable(L, 1);
    lua_getfield(L, -1, "__index");
    lua_remove(L, -2);
    lua_pushnil(L);
    return 3;
}

/* Replaces the table on top of the stack with a read-only proxy of it. */
static void make_readonly(lua_State *L)
{
    lua_newtable(L); /* proxy */
    lua_newtable(L); /* proxy metatable */
    lua_pushvalue(L, -3);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, ro_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushcfunction(L, ro_pairs);
    lua_setfield(L, -2, "__pairs");
    lua_pushboolean(L, 1);
    lua_setfield(L, -2, "__rapport_readonly");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_remove(L, -2); /* leave only the proxy */
}

/* Copies every field of the table at idx into a new table on top of the stack. */
static void copy_table(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_settable(L, -4);
    }
}

static void wrap_field(lua_State *L, int t, const char *name, lua_CFunction f, int extra)
{
    lua_getfield(L, t, name);
    if (extra >= 0) lua_pushboolean(L, extra);
    lua_pushcclosure(L, f, extra >= 0 ? 2 : 1);
    lua_setfield(L, t, name);
}

/* Lua source run once with the real globals to build what is easier in Lua. */
static const char xpcall_src[] = "local pcall, pack, unpack = ...\n"
                                 "return function(f, handler, ...)\n"
                                 "  local r = pack(pcall(f, ...))\n"
                                 "  if r[1] then return unpack(r, 1, r.n) end\n"
                                 "  return false, handler(r[2])\n"
                                 "end\n";

static int setup(lua_State *L)
{
    static const luaL_Reg libs[] = {
        {LUA_GNAME, luaopen_base},       {LUA_STRLIBNAME, luaopen_string},
        {LUA_TABLIBNAME, luaopen_table}, {LUA_MATHLIBNAME, luaopen_math},
        {LUA_UTF8LIBNAME, luaopen_utf8}, {NULL, NULL}};
    for (const luaL_Reg *l = libs; l->func; l++) {
        luaL_requiref(L, l->name, l->func, 1);
        lua_pop(L, 1);
    }
    lua_newtable(L); /* env */
    int env = lua_gettop(L);
    static const char *const base_ok[] = {
        "assert", "error",  "getmetatable", "ipairs",   "next",     "pairs", "pcall",    "rawequal",
        "rawget", "rawlen", "select",       "tonumber", "tostring", "type",  "_VERSION", NULL};
    for (const char *const *n = base_ok; *n; n++) {
        lua_getglobal(L, *n);
        lua_setfield(L, env, *n);
    }
    lua_getglobal(L, "setmetatable");
    lua_pushcclosure(L, b_setmetatable, 1);
    lua_setfield(L, env, "setmetatable");
    lua_pushcfunction(L, b_rawset);
    lua_setfield(L, env, "rawset");
    lua_pushcfunction(L, b_load);
    lua_setfield(L, env, "load");
    static const char *const refused[] = {"dofile",         "loadfile", "require",
                                          "collectgarbage", "print",    NULL};
    for (const char *const *n = refused; *n; n++) {
        lua_pushfstring(L, "%s()", *n);
        lua_pushcclosure(L, refuse, 1);
        lua_setfield(L, env, *n);
    }
    /* xpcall over pcall: a message handler would otherwise run with hooks off. */
    if (luaL_loadbufferx(L, xpcall_src, sizeof xpcall_src - 1, "=xpcall", "t") != LUA_OK)
        return lua_error(L);
    lua_getglobal(L, "pcall");
    lua_getglobal(L, "table");
    lua_getfield(L, -1, "pack");
    lua_getfield(L, -2, "unpack");
    lua_remove(L, -3);
    lua_call(L, 3, 1);
    lua_setfield(L, env, "xpcall");

    /* string: a copy with guarded C functions, no dump; it also serves the
     * string metatable, which is then hidden from scripts. */
    lua_getglobal(L, "string");
    copy_table(L, -1);
    int str = lua_gettop(L);
    lua_pushnil(L);
    lua_setfield(L, str, "dump");
    wrap_field(L, str, "rep", str_rep, -1);
    wrap_field(L, str, "find", str_pattern, 1);
    wrap_field(L, str, "match", str_pattern, 0);
    wrap_field(L, str, "gmatch", str_pattern, 0);
    wrap_field(L, str, "gsub", str_pattern, 0);
    static const char *const bulk[] = {"upper", "lower", "reverse", "format", "byte", "char",
                                       "len",   "sub",   "pack",    "unpack", NULL};
    for (const char *const *b = bulk; *b; b++)
        wrap_field(L, str, *b, timed_cfn, -1);
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushvalue(L, str);
    lua_setfield(L, -2, "__index");
    lua_pushliteral(L, "string");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);
    lua_pushvalue(L, str);
    make_readonly(L);
    lua_setfield(L, env, "string");
    lua_pop(L, 2); /* copy, real string */

    static const char *const others[] = {"table", "math", "utf8", NULL};
    for (const char *const *n = others; *n; n++) {
        lua_getglobal(L, *n);
        copy_table(L, -1);
        if (strcmp(*n, "table") == 0) {
            wrap_field(L, lua_gettop(L), "move", tab_move, -1);
            wrap_field(L, lua_gettop(L), "sort", timed_cfn, -1);
            wrap_field(L, lua_gettop(L), "concat", timed_cfn, -1);
        }
        make_readonly(L);
        lua_setfield(L, env, *n);
        lua_pop(L, 1);
    }
    lua_pushvalue(L, env);
    lua_setfield(L, env, "_G");
    lua_setfield(L, LUA_REGISTRYINDEX, KEY_ENV);
    return 0;
}

lua_State *sbx_new(sbx_state *sb, size_t memory_limit)
{
    memset(sb, 0, sizeof *sb);
    sb->limit = memory_limit;
    lua_State *L = lua_newstate(l_alloc, sb);
    if (!L) return NULL;
    lua_atpanic(L, l_panic);
    lua_pushlightuserdata(L, sb);
    lua_setfield(L, LUA_REGISTRYINDEX, KEY_SB);
    lua_pushcfunction(L, setup);
    if (lua_pcall(L, 0, 0, 0) != LUA_OK) {
        if (getenv("RAPPORT_DEBUG")) fprintf(stderr, "sandbox: %s\n", lua_tostring(L, -1));
        lua_close(L);
        return NULL;
    }
    return L;
}

void sbx_push_env(lua_State *L)
{
    lua_getfield(L, LUA_REGISTRYINDEX, KEY_ENV);
}

/* Message handler: keeps only string errors, so a hostile error object's
 * __tostring never runs outside the budget. */
static int msgh(lua_State *L)
{
    if (lua_type(L, 1) != LUA_TSTRING) lua_pushliteral(L, "error object is not a string");
    return 1;
}

int sbx_pcall(lua_State *L, sbx_state *sb, int nargs, int nresults, long instructions)
{
    return sbx_pcall_timed(L, sb, nargs, nresults, instructions, 2.0);
}

int sbx_pcall_timed(lua_State *L, sbx_state *sb, int nargs, int nresults, long instructions,
                    double seconds)
{
    sb->budget = instructions;
    sb->ran = 0;
    /* Slow tools (valgrind, callgrind) may stretch the clock limit. */
    const char *scale = getenv("RAPPORT_TIME_LIMIT_SCALE");
    double k = scale ? atof(scale) : 1.0;
    sb->deadline = now_s() + seconds * (k > 0 ? k : 1.0);
    sb->timed_out = false;
    sb->tripped = false;
    sb->out_of_memory = false;
    lua_sethook(L, count_hook, LUA_MASKCOUNT, HOOK_EVERY);
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, msgh);
    lua_insert(L, base);
    int st = lua_pcall(L, nargs, nresults, base);
    lua_sethook(L, NULL, 0, 0);
    lua_remove(L, base);
    if (st != LUA_OK) {
        /* Headroom, so building the message cannot itself run out of memory. */
        sb->limit += 1u << 20;
        const char *m = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "unknown error";
        if (sb->tripped && sb->timed_out)
            lua_pushfstring(L,
                            "stopped after %d ms (the time limit for one call): it may loop "
                            "forever",
                            (int)(seconds * 1000));
        else if (sb->tripped)
            lua_pushfstring(L,
                            "stopped after %d instructions (the instruction limit for one "
                            "call): it may loop forever",
                            (int)instructions);
        else if (st == LUA_ERRMEM || sb->out_of_memory)
            lua_pushfstring(L, "ran out of memory (the limit is %d MiB)",
                            (int)((sb->limit - (1u << 20)) >> 20)); /* without the headroom */
        else
            lua_pushstring(L, m);
        lua_remove(L, -2);
        sb->limit -= 1u << 20;
    }
    return st;
}

void sbx_reseed(lua_State *L, sbx_state *sb)
{
    lua_getglobal(L, "math");
    lua_getfield(L, -1, "randomseed");
    lua_remove(L, -2);
    lua_pushinteger(L, 0x5eed);
    sbx_pcall(L, sb, 1, 0, 1000);
}
