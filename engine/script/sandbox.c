/* sandbox.c: the Lua allow-list and limits.
 *
 * What a scenario gets: base (without dofile, loadfile, collectgarbage; `load`
 * only for text chunks in the sandbox; xpcall over pcall; setmetatable without
 * __gc), string, table, math, utf8: each behind a read-only proxy. No io, os,
 * package, require, debug, coroutine, string.dump.
 *
 * Limits: a capped allocator; an instruction count hook that, once tripped,
 * fires on every instruction so a pcall in the script cannot swallow it; and,
 * because no hook fires inside a C function, a guard on every library function
 * whose work is not bounded by the memory it uses: the time limit (CPU time)
 * is checked before each call, loops driven by a count (table.concat, unpack,
 * insert, remove, move) are charged to the instruction budget, and work that
 * would grow faster than its input (patterns, string.rep of nothing, sort) is
 * refused up front. */
#include "sandbox.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define HOOK_EVERY 1000
#define REP_MAX (1u << 20) /* bytes string.rep may produce */
#define PATTERN_MAX 256    /* bytes in a pattern */
/* Worst-case matcher steps one pattern call may take (see pattern_cost): about
 * 4 ns each at worst here, so under a second. */
#define PATTERN_COST 2.5e8
/* Bytes a plain find may compare (memcmp at every start): well under a second. */
#define PLAIN_COST 2e9
/* Replacement bytes gsub may scan for %1..%9 escapes: one pass per match, and
 * an escape naming an empty capture writes nothing, so the output cannot bound it. */
#define REPL_COST 1e8
/* Elements table.sort may sort: with a comparator written in C (rawequal) or
 * elements made by C metamethods, no instruction runs while it compares. */
#define SORT_MAX (1 << 19)

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

/* The state's sbx_state lives in the state's extra space: the hook and every
 * guard read it, so it must be cheap to reach. */
static sbx_state *get_sb(lua_State *L)
{
    return *(sbx_state **)lua_getextraspace(L);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Whether the current call has used up its time. The limit is CPU time, so
 * that a loaded machine (tests run in parallel, a build next door) does not
 * stop a scenario that is doing nothing wrong. The thread's CPU clock is slow
 * to read (microseconds on some virtual machines), so the monotonic clock is
 * looked at first: a thread cannot use more CPU time than passes. Only when
 * that deadline has passed is the CPU clock read; time the thread spent
 * waiting for a core moves the deadline on. */
static bool out_of_time(sbx_state *sb)
{
    if (sb->deadline <= 0) return false;
    double now = now_s();
    if (now <= sb->deadline) return false;
    sb->mark_wall = now;
    sb->mark_cpu = cpu_s();
    double left = sb->seconds - (sb->mark_cpu - sb->cpu_start);
    if (left <= 0) return true;
    sb->deadline = now + left;
    return false;
}

static void count_hook(lua_State *L, lua_Debug *ar);

/* Stops the current call for good: from now on every instruction fails, so a
 * `pcall` in the script cannot resume the loop. Does not return. */
static int trip(lua_State *L, sbx_state *sb, bool late)
{
    sb->tripped = true;
    sb->timed_out = late;
    lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
    return luaL_error(L, late ? "time limit reached" : "instruction limit reached");
}

static void count_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    sbx_state *sb = get_sb(L);
    if (sb->tripped) luaL_error(L, "instruction limit reached");
    sb->budget -= HOOK_EVERY;
    sb->ran += HOOK_EVERY;
    bool late = out_of_time(sb);
    if (sb->budget > 0 && !late) return;
    trip(L, sb, late && sb->budget > 0);
}

/* Before a library function does bulk work in C: stops the call when it is past
 * its deadline (a loop of such calls runs few instructions, so the hook alone
 * would look at the clock too rarely), and charges `units` instructions for
 * work driven by a count rather than by memory. */
static void work(lua_State *L, double units)
{
    sbx_state *sb = get_sb(L);
    if (sb->tripped) trip(L, sb, sb->timed_out);
    if (out_of_time(sb)) trip(L, sb, true);
    if (units <= 0) return;
    if (units >= (double)sb->budget) {
        sb->ran += sb->budget;
        sb->budget = 0;
        trip(L, sb, false);
    }
    sb->budget -= (long)units;
    sb->ran += (long)units;
}

/* Calls the real library function (upvalue 1) with this call's arguments. */
static int call_real(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* ---- string functions that run in C ---- */

/* A library function that walks its input or output in C: the clock is
 * checked before each call (upvalue 1 is the real function). */
static int guarded(lua_State *L)
{
    work(L, 0);
    return call_real(L);
}

static int str_rep(lua_State *L)
{
    work(L, 0);
    size_t l, lsep;
    luaL_checklstring(L, 1, &l);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &lsep);
    /* Nothing repeated n times is nothing: the library would still count to n
     * (string.rep("", 3e9) took 17 s), and the byte limit cannot see it. */
    if (l + lsep == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
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

enum { PAT_FIND, PAT_MATCH, PAT_GMATCH, PAT_GSUB };

/* What drives the backtracking of Lua's matcher in a pattern. */
typedef struct pat_shape {
    int open;      /* items that may try every position: * + - %b and %1..%9 */
    int optional;  /* items tried both ways: ? */
    bool anchored; /* starts with ^: one start instead of one per position */
    bool special;  /* has a magic character at all (else find uses memcmp) */
} pat_shape;

/* Index just past the set that starts at p[i] == '['. */
static size_t set_end(const char *p, size_t n, size_t i)
{
    i++;
    if (i < n && p[i] == '^') i++;
    do { /* the first character after [ or [^ is always a member, even ] */
        if (i >= n) return n;
        if (p[i++] == '%' && i < n) i++;
    } while (i < n && p[i] != ']');
    return i + 1;
}

static pat_shape pattern_shape(const char *p, size_t n)
{
    pat_shape sh = {0, 0, false, false};
    for (size_t i = 0; i < n; i++)
        if (strchr("^$*+?.([%-", p[i]) && p[i]) sh.special = true;
    size_t i = 0;
    if (n > 0 && p[0] == '^') {
        sh.anchored = true;
        i = 1;
    }
    while (i < n) {
        char c = p[i];
        if (c == '(' || c == ')' || (c == '$' && i + 1 == n)) {
            i++;
            continue; /* captures and the end anchor repeat nothing */
        }
        if (c == '%' && i + 1 < n && p[i + 1] == 'b') {
            sh.open++; /* scans ahead for the balancing character */
            i += 4;
            continue;
        }
        if (c == '%' && i + 1 < n && p[i + 1] == 'f') {
            i += 2;
            if (i < n && p[i] == '[') i = set_end(p, n, i);
            continue;
        }
        if (c == '%' && i + 1 < n && p[i + 1] >= '0' && p[i + 1] <= '9') {
            sh.open++; /* compares a capture as long as the subject */
            i += 2;
            continue;
        }
        if (c == '[')
            i = set_end(p, n, i);
        else
            i += c == '%' ? 2 : 1;
        if (i < n && strchr("*+-", p[i])) {
            sh.open++;
            i++;
        } else if (i < n && p[i] == '?') {
            sh.optional++;
            i++;
        }
    }
    return sh;
}

/* Matcher steps at worst: every start, times every position each open item may
 * try, times both ways of each optional item, times a walk of the pattern. */
static double pattern_cost(size_t ls, size_t lp, pat_shape sh, bool anchor_counts)
{
    double pos = (double)ls + 1;
    double cost = sh.anchored && anchor_counts ? 1 : pos;
    for (int k = 0; k < sh.open && cost <= PATTERN_COST; k++)
        cost *= pos;
    for (int k = 0; k < sh.optional && cost <= PATTERN_COST; k++)
        cost *= 2;
    return cost * (double)(lp ? lp : 1);
}

/* find / match / gmatch / gsub (upvalue 2 says which): refuses what could run
 * for minutes in C before calling the real function (upvalue 1). */
static int str_pattern(lua_State *L)
{
    work(L, 0);
    size_t ls, lp;
    luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    int kind = (int)lua_tointeger(L, lua_upvalueindex(2));
    pat_shape sh = pattern_shape(p, lp);
    if (kind == PAT_FIND && (lua_toboolean(L, 4) || !sh.special)) {
        /* A plain search compares the whole needle at every start. */
        if ((double)(ls + 1) * (double)lp > PLAIN_COST)
            return luaL_error(L,
                              "searching %d bytes for a string of %d bytes could run for "
                              "minutes; use a shorter subject or a shorter string",
                              (int)ls, (int)lp);
    } else {
        if (sh.special && lp > PATTERN_MAX)
            return luaL_error(L, "pattern of %d bytes is too long (limit %d)", (int)lp,
                              PATTERN_MAX);
        /* gmatch does not anchor at ^ in Lua 5.4: each call starts anew. */
        if (pattern_cost(ls, lp, sh, kind != PAT_GMATCH) > PATTERN_COST)
            return luaL_error(L,
                              "pattern matching on %d bytes with %d open-ended and %d optional "
                              "repetitions could run for minutes; use a shorter subject or a "
                              "simpler pattern",
                              (int)ls, sh.open, sh.optional);
    }
    size_t lr;
    const char *r =
        kind == PAT_GSUB && lua_type(L, 3) == LUA_TSTRING ? lua_tolstring(L, 3, &lr) : NULL;
    if (r && memchr(r, '%', lr)) {
        /* The replacement is read once per match; %0 or %1 of an empty match
         * adds nothing, so the output does not bound this either. */
        double matches = (double)ls + 1;
        if (lua_isinteger(L, 4) && lua_tointeger(L, 4) >= 0 &&
            (double)lua_tointeger(L, 4) < matches)
            matches = (double)lua_tointeger(L, 4);
        if (matches * (double)lr > REPL_COST) {
            char msg[160];
            snprintf(msg, sizeof msg,
                     "gsub would read its %zu-byte replacement for each of up to %.0f matches; "
                     "use a function or a shorter subject",
                     lr, matches);
            return luaL_error(L, "%s", msg);
        }
    }
    return call_real(L);
}

/* utf8.codes: its iterator walks the subject in C too. */
static int utf8_codes(lua_State *L)
{
    int n = guarded(L); /* iterator, subject, 0 */
    lua_pushvalue(L, 1);
    lua_pushcclosure(L, guarded, 1);
    lua_replace(L, 1);
    return n;
}

/* ---- table functions that loop in C ---- */

/* table.move(a1, f, e, t [, a2]) loops in C; moving nils allocates nothing,
 * so neither the hook nor the memory cap would stop a range of 1e15. */
#define MOVE_MAX 10000000
static int tab_move(lua_State *L)
{
    lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
    if (e >= f && (e - f >= MOVE_MAX || e - f < 0))
        return luaL_error(L, "table.move of more than %d elements", MOVE_MAX);
    work(L, e >= f ? (double)(e - f) + 1 : 0);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* table.concat(t, sep, i, j) and table.unpack(t, i, j): one step per index from
 * i to j, and with a metamethod written in C (__index = rawlen) an element is
 * made without an instruction and may add nothing to the output. The count is
 * charged to the budget. When j is left out it is #t, taken here once and
 * passed on, so a __len metamethod still runs once. Upvalue 2: where i is. */
#define UNPACK_MAX 1000000 /* LUAI_MAXSTACK: more is refused by unpack itself */
static int tab_range(lua_State *L)
{
    int ai = (int)lua_tointeger(L, lua_upvalueindex(2));
    if (ai == 3) luaL_checktype(L, 1, LUA_TTABLE); /* concat's own first check */
    lua_Integer i = luaL_optinteger(L, ai, 1), j;
    if (lua_isnoneornil(L, ai + 1)) {
        j = luaL_len(L, 1);
        lua_settop(L, ai + 1);
        lua_pushinteger(L, j);
        lua_replace(L, ai + 1);
    } else {
        j = luaL_checkinteger(L, ai + 1);
    }
    double count = j >= i ? (double)j - (double)i + 1 : 0;
    work(L, ai == 2 && count > UNPACK_MAX ? 0 : count);
    return call_real(L);
}

/* table.sort compares in C: n log n steps with no instruction between them
 * when the comparator is a C function or there is none. A table with a __len
 * metamethod has it called here and again by the sort. */
static int tab_sort(lua_State *L)
{
    work(L, 0);
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer n = luaL_len(L, 1);
    if (n > SORT_MAX)
        return luaL_error(L, "table.sort of %I elements (the limit is %d)", (LUAI_UACINT)n,
                          SORT_MAX);
    return call_real(L);
}

/* table.insert and table.remove as in Lua 5.4, with the elements they move
 * charged to the budget first: #t comes from __len, which may say 2^50, and
 * moving nils allocates nothing. */
static int tab_insert(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer e = (lua_Integer)((lua_Unsigned)luaL_len(L, 1) + 1u); /* first free slot */
    lua_Integer pos = e;
    switch (lua_gettop(L)) {
    case 2:
        break;
    case 3:
        pos = luaL_checkinteger(L, 2);
        luaL_argcheck(L, (lua_Unsigned)pos - 1u < (lua_Unsigned)e, 2, "position out of bounds");
        work(L, (double)(e - pos));
        for (lua_Integer k = e; k > pos; k--) { /* t[k] = t[k - 1] */
            lua_geti(L, 1, k - 1);
            lua_seti(L, 1, k);
        }
        break;
    default:
        return luaL_error(L, "wrong number of arguments to 'insert'");
    }
    lua_seti(L, 1, pos); /* t[pos] = the value on top */
    return 0;
}

static int tab_remove(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer size = luaL_len(L, 1);
    lua_Integer pos = luaL_optinteger(L, 2, size);
    if (pos != size)
        luaL_argcheck(L, (lua_Unsigned)pos - 1u <= (lua_Unsigned)size, 2, "position out of bounds");
    work(L, pos < size ? (double)size - (double)pos : 0);
    lua_geti(L, 1, pos);        /* the result */
    for (; pos < size; pos++) { /* t[pos] = t[pos + 1] */
        lua_geti(L, 1, pos + 1);
        lua_seti(L, 1, pos);
    }
    lua_pushnil(L);
    lua_seti(L, 1, pos); /* the last one goes */
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
    work(L, 0); /* compiling runs in C */
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

/* Replaces t[name] with a closure of f over the real function and, when
 * extra >= 0, that number. */
static void wrap_field(lua_State *L, int t, const char *name, lua_CFunction f, int extra)
{
    lua_getfield(L, t, name);
    if (extra >= 0) lua_pushinteger(L, extra);
    lua_pushcclosure(L, f, extra >= 0 ? 2 : 1);
    lua_setfield(L, t, name);
}

/* The library functions that get a guard (see the banner); math's are all
 * O(1). What is not listed runs in time bounded by the memory it touches. */
typedef struct guard {
    const char *lib, *name;
    lua_CFunction f;
    int extra;
} guard;
static const guard guards[] = {{"string", "rep", str_rep, -1},
                               {"string", "find", str_pattern, PAT_FIND},
                               {"string", "match", str_pattern, PAT_MATCH},
                               {"string", "gmatch", str_pattern, PAT_GMATCH},
                               {"string", "gsub", str_pattern, PAT_GSUB},
                               {"string", "upper", guarded, -1},
                               {"string", "lower", guarded, -1},
                               {"string", "reverse", guarded, -1},
                               {"string", "format", guarded, -1},
                               {"string", "byte", guarded, -1},
                               {"string", "char", guarded, -1},
                               {"string", "len", guarded, -1},
                               {"string", "sub", guarded, -1},
                               {"string", "pack", guarded, -1},
                               {"string", "packsize", guarded, -1},
                               {"string", "unpack", guarded, -1},
                               {"table", "move", tab_move, -1},
                               {"table", "sort", tab_sort, -1},
                               {"table", "concat", tab_range, 3},
                               {"table", "unpack", tab_range, 2},
                               {"table", "insert", tab_insert, -1},
                               {"table", "remove", tab_remove, -1},
                               {"table", "pack", guarded, -1},
                               {"utf8", "char", guarded, -1},
                               {"utf8", "codepoint", guarded, -1},
                               {"utf8", "len", guarded, -1},
                               {"utf8", "offset", guarded, -1},
                               {"utf8", "codes", utf8_codes, -1},
                               {"_G", "tonumber", guarded, -1},
                               {"_G", "rawequal", guarded, -1},
                               {NULL, NULL, NULL, 0}};

/* Wraps the guarded functions of library lib in the table at t. */
static void guard_lib(lua_State *L, int t, const char *lib)
{
    for (const guard *g = guards; g->lib; g++)
        if (strcmp(g->lib, lib) == 0) wrap_field(L, t, g->name, g->f, g->extra);
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
    guard_lib(L, env, "_G");
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
    guard_lib(L, str, "string");
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
        guard_lib(L, lua_gettop(L), *n);
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
    *(sbx_state **)lua_getextraspace(L) = sb;
    /* Slow tools (valgrind, callgrind) may stretch the clock limits. Read once
     * here: every call into the sandbox uses it. */
    const char *scale = getenv("RAPPORT_TIME_LIMIT_SCALE");
    double k = scale ? atof(scale) : 1.0;
    sb->time_scale = k > 0 ? k : 1.0;
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
    sb->seconds = seconds * sb->time_scale;
    /* The CPU clock is read at most ten times a second: counting from the last
     * reading charges the call at most 0.1 s it did not use. */
    double now = now_s();
    if (now - sb->mark_wall > 0.1) {
        sb->mark_wall = now;
        sb->mark_cpu = cpu_s();
    }
    sb->cpu_start = sb->mark_cpu;
    sb->deadline = now + sb->seconds;
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
