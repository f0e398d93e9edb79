/* expect.c: loads NAME.test.lua expectation files (see expect.h). */
#include "expect.h"
#include "script_local.h"

#include <lauxlib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct ex {
    const char *file;
    core_diags *d;
    scr_lines *lines;
    scr_expects *out;
} ex;

/* msg is marked CORE_TR where it is written: shown in the reader's language. */
static void err(ex *x, const char *path, const char *msg)
{
    core_diag_add_shown(x->d, CORE_ERROR, x->file, path, scr_lines_find(x->lines, path), "bad-test",
                        core_diag_tr(msg), "%s", msg);
}

static char *str_field(lua_State *L, int t, const char *k)
{
    lua_pushstring(L, k);
    char *s = lua_rawget(L, t) == LUA_TSTRING ? core_strdup(lua_tostring(L, -1)) : NULL;
    lua_pop(L, 1);
    return s;
}

/* `choices` as "1,2,t" or { 1, 2, "t" }. */
static char *choices_field(ex *x, lua_State *L, int t, const char *path)
{
    lua_pushstring(L, "choices");
    int ty = lua_rawget(L, t);
    char *out = NULL;
    if (ty == LUA_TSTRING) {
        out = core_strdup(lua_tostring(L, -1));
    } else if (ty == LUA_TTABLE) {
        char buf[4096];
        size_t k = 0;
        buf[0] = '\0';
        lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
        for (lua_Integer i = 1; i <= n && k < sizeof buf; i++) {
            lua_rawgeti(L, -1, i);
            if (lua_isinteger(L, -1))
                k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%lld", i > 1 ? "," : "",
                                      (long long)lua_tointeger(L, -1));
            else if (lua_type(L, -1) == LUA_TSTRING)
                k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%s", i > 1 ? "," : "",
                                      lua_tostring(L, -1));
            lua_pop(L, 1);
        }
        out = core_strdup(buf);
    } else if (ty != LUA_TNIL) {
        char p[300];
        snprintf(p, sizeof p, "%s.choices", path);
        err(x, p, CORE_TR("must be a string like \"1,2,t\" or a list of numbers"));
    }
    lua_pop(L, 1);
    return out ? out : core_strdup("");
}

static int read_all(lua_State *L)
{
    ex *x = lua_touserdata(L, 2);
    if (!lua_istable(L, 1)) {
        err(x, "", CORE_TR("must return a list of test cases"));
        return 0;
    }
    lua_Integer n = (lua_Integer)lua_rawlen(L, 1);
    x->out->v = calloc((size_t)n + 1, sizeof *x->out->v);
    if (!x->out->v) return 0;
    for (lua_Integer i = 1; i <= n; i++) {
        char path[64];
        snprintf(path, sizeof path, "[%lld]", (long long)i);
        if (lua_rawgeti(L, 1, i) != LUA_TTABLE) {
            err(x, path, CORE_TR("must be a test case table"));
            lua_pop(L, 1);
            continue;
        }
        int t = lua_gettop(L);
        /* A misspelt `outcom` would leave the case checking less than it says. */
        static const scr_field case_fields[] = {
            {"name", CORE_TR("the case is called 'case N'")},
            {"choices", CORE_TR("the case makes no choices")},
            {"from", CORE_TR("the case starts at the scenario's start")},
            {"facts", CORE_TR("the case starts with no facts heard")},
            {"trust", CORE_TR("the case starts with every trust at 0")},
            {"outcome", CORE_TR("the case does not check where the conversation ends")},
            {"error", CORE_TR("the case expects no error")},
            {"skills", CORE_TR("the case checks no scores")},
            {"bots", CORE_TR("the case plays no bots")},
            {NULL, NULL}};
        scr_check_fields(&(scr_src){x->file, x->d, x->lines, L}, t, path, case_fields,
                         CORE_TR("a test case"));
        scr_expect *e = &x->out->v[x->out->n++];
        e->line = scr_lines_find(x->lines, path);
        e->name = str_field(L, t, "name");
        if (!e->name) {
            char nm[40];
            snprintf(nm, sizeof nm, "case %lld", (long long)i);
            e->name = core_strdup(nm);
        }
        e->choices = choices_field(x, L, t, path);
        e->from = str_field(L, t, "from");
        e->outcome = str_field(L, t, "outcome");
        e->error = str_field(L, t, "error");
        lua_pushstring(L, "facts");
        if (lua_rawget(L, t) == LUA_TTABLE) {
            lua_Integer m = (lua_Integer)lua_rawlen(L, -1);
            e->facts = calloc((size_t)m + 1, sizeof(char *));
            for (lua_Integer j = 1; e->facts && j <= m; j++) {
                if (lua_rawgeti(L, -1, j) == LUA_TSTRING)
                    e->facts[e->n_facts++] = core_strdup(lua_tostring(L, -1));
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
        lua_pushstring(L, "trust");
        if (lua_rawget(L, t) == LUA_TTABLE) {
            int tt = lua_gettop(L);
            e->trust_keys = calloc(64, sizeof(char *));
            e->trust = calloc(64, sizeof(double));
            lua_pushnil(L);
            while (e->trust && e->trust_keys && lua_next(L, tt) && e->n_trust < 64) {
                if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TNUMBER) {
                    e->trust_keys[e->n_trust] = core_strdup(lua_tostring(L, -2));
                    e->trust[e->n_trust++] = lua_tonumber(L, -1);
                }
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
        lua_pushstring(L, "skills");
        if (lua_rawget(L, t) == LUA_TTABLE) {
            int st = lua_gettop(L);
            lua_pushnil(L);
            while (lua_next(L, st)) {
                if (lua_type(L, -2) == LUA_TSTRING && lua_istable(L, -1) && e->n_skills < 8) {
                    scr_expect_skill *k = &e->skills[e->n_skills++];
                    k->name = core_strdup(lua_tostring(L, -2));
                    lua_pushstring(L, "raw");
                    if (lua_rawget(L, -2) == LUA_TNUMBER) {
                        k->has_raw = true;
                        k->raw = lua_tonumber(L, -1);
                    }
                    lua_pop(L, 1);
                    lua_pushstring(L, "percent");
                    if (lua_rawget(L, -2) == LUA_TNUMBER) {
                        k->has_percent = true;
                        k->percent = lua_tonumber(L, -1);
                    }
                    lua_pop(L, 1);
                }
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
        lua_pushstring(L, "bots");
        int bt = lua_rawget(L, t);
        if (bt == LUA_TTABLE) {
            e->has_bots = true;
            lua_pushstring(L, "max_good");
            if (lua_rawget(L, -2) == LUA_TNUMBER) e->bots_max_good = lua_tonumber(L, -1);
            lua_pop(L, 1);
            lua_pushstring(L, "runs");
            if (lua_rawget(L, -2) == LUA_TNUMBER) e->bots_runs = (long)lua_tointeger(L, -1);
            lua_pop(L, 1);
            if (e->bots_max_good < 0 || e->bots_max_good > 100 || e->bots_runs < 0 ||
                e->bots_runs > 100000)
                err(x, path, CORE_TR("bots: max_good is a percent (0..100), runs at most 100000"));
        } else if (bt != LUA_TNIL) {
            err(x, path, CORE_TR("bots must be a table such as { max_good = 10 }"));
        }
        lua_pop(L, 1);
        if (!e->outcome && !e->error && e->n_skills == 0 && !e->has_bots)
            err(x, path, CORE_TR("checks nothing: give it an outcome, skills, an error or bots"));
        lua_pop(L, 1);
    }
    return 0;
}

bool scr_load_expects_buffer(const char *file, const char *buf, size_t len, scr_expects *out,
                             core_diags *d)
{
    memset(out, 0, sizeof *out);
    int before = d->errors;
    sbx_state sb;
    lua_State *L = sbx_new(&sb, 32u << 20);
    if (!L) return false;
    ex x = {file, d, scr_lines_scan(buf, len), out};
    char chunk[1100];
    snprintf(chunk, sizeof chunk, "@%s", file);
    if (luaL_loadbufferx(L, buf, len, chunk, "t") != LUA_OK) {
        core_diag_add(d, CORE_ERROR, file, "", 0, "lua", "%s", lua_tostring(L, -1));
    } else {
        sbx_push_env(L);
        lua_setupvalue(L, -2, 1);
        if (sbx_pcall(L, &sb, 0, 1, 10000000) != LUA_OK) {
            core_diag_add(d, CORE_ERROR, file, "", 0, "lua", "%s", lua_tostring(L, -1));
        } else {
            lua_pushcfunction(L, read_all);
            lua_insert(L, -2);
            lua_pushlightuserdata(L, &x);
            if (lua_pcall(L, 2, 0, 0) != LUA_OK)
                core_diag_add(d, CORE_ERROR, file, "", 0, "lua", CORE_TR("could not be read"));
        }
    }
    scr_lines_free(x.lines);
    lua_close(L);
    return d->errors == before;
}

bool scr_load_expects(const char *file, scr_expects *out, core_diags *d)
{
    memset(out, 0, sizeof *out);
    FILE *f = fopen(file, "rb");
    if (!f) {
        core_diag_add(d, CORE_ERROR, file, "", 0, "io", CORE_TR("cannot be opened"));
        return false;
    }
    size_t cap = 1u << 20; /* expectation files are small; larger ones are cut */
    char *buf = malloc(cap);
    size_t len = buf ? fread(buf, 1, cap, f) : 0;
    fclose(f);
    bool ok = buf && scr_load_expects_buffer(file, buf, len, out, d);
    free(buf);
    return ok;
}

void scr_expects_free(scr_expects *e)
{
    for (int i = 0; i < e->n; i++) {
        scr_expect *x = &e->v[i];
        free(x->name);
        free(x->choices);
        free(x->from);
        free(x->outcome);
        free(x->error);
        for (int j = 0; j < x->n_facts; j++)
            free(x->facts[j]);
        free(x->facts);
        for (int j = 0; j < x->n_trust; j++)
            free(x->trust_keys[j]);
        free(x->trust_keys);
        free(x->trust);
        for (int j = 0; j < x->n_skills; j++)
            free(x->skills[j].name);
    }
    free(e->v);
    memset(e, 0, sizeof *e);
}
