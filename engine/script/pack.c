/* pack.c: loads an exercise pack (pack.h) in the scenario sandbox and checks it.
 *
 * The file runs under the same allow-list, memory cap and instruction budget
 * as a scenario (sandbox.h). Every read of the returned table is raw, so a
 * metatable in a hostile file runs no code outside the budget, and the checks
 * themselves run under lua_pcall, so running out of memory is a message. All
 * problems are collected, each with the table path and, through scr_lines,
 * the line where it was written. */
#include "pack.h"

#include "script_local.h"

#include <ctype.h>
#include <errno.h>
#include <lauxlib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PACK_FILE_MAX (1u << 20) /* bytes: a pack is a short list */
#define PACK_ITEMS_MAX 200       /* entries: a day of workshops is far fewer */
#define PROMPTS_MAX 20
#define SHORT_LIMIT 30 /* seconds: below this a time_limit was probably meant in minutes */

typedef struct pk {
    lua_State *L;
    core_pack *p;
    core_diags *d;
    const char *file;
    scr_lines *lines;
} pk;

/* Problems at a table path, on its line (scr_diag). */
#define ERR(x, path, code, ...) scr_diag(SCR_SRC(x), CORE_ERROR, path, code, NULL, __VA_ARGS__)
#define WARN(x, path, code, ...) scr_diag(SCR_SRC(x), CORE_WARNING, path, code, NULL, __VA_ARGS__)

const char *scr_pack_mode_name(core_pack_mode m)
{
    return m == CORE_PACK_ASSESSED ? "assessed" : "practice";
}

/* ---- small helpers (the scenario loader keeps its own copies static) ---- */

/* Copies the string on top of the stack into *out after checking it; pops nothing.
 * Returns false (with an error at path) when it is not a valid non-empty string. */
static bool take_string(pk *x, const char *path, char **out, const char *what)
{
    lua_State *L = x->L;
    if (lua_type(L, -1) != LUA_TSTRING) {
        /* what is marked CORE_TR where it is written: shown in the reader's words */
        char msg[900], shown[900];
        CORE_DIAG_TWICE(msg, shown, CORE_TR("must be %s (a string), not a %s"),
                        (what, scr_type_name(L, -1)), (core_diag_tr(what), scr_type_name(L, -1)));
        core_diag_add_shown(x->d, CORE_ERROR, x->file, path, scr_lines_find(x->lines, path),
                            "wrong-type", shown, "%s", msg);
        return false;
    }
    size_t n;
    const char *s = lua_tolstring(L, -1, &n);
    long bad = core_utf8_invalid(s, n);
    if (bad >= 0) {
        ERR(x, path, "bad-utf8", CORE_TR("is not valid UTF-8 (at byte %ld)"), bad + 1);
        return false;
    }
    if (strlen(s) != n) {
        ERR(x, path, "wrong-type", CORE_TR("contains a zero byte"));
        return false;
    }
    free(*out);
    *out = core_strdup(s);
    return *out != NULL;
}

/* An optional (or required) string field of the table at t. */
static bool opt_string(pk *x, int t, const char *path, const char *key, char **out, bool required,
                       const char *what)
{
    char sub[600];
    scr_join(sub, sizeof sub, path, key);
    int ty = scr_rawfield(x->L, t, key);
    bool ok = true;
    if (ty == LUA_TNIL) {
        if (required) {
            ERR(x, path, "missing-field", CORE_TR("the required field '%s' is missing"), key);
            ok = false;
        }
    } else {
        ok = take_string(x, sub, out, what);
    }
    lua_pop(x->L, 1);
    return ok;
}

/* ---- one entry of `scenarios` ---- */

static const char *const item_fields[] = {"id", "mode", "time_limit", "prompts", NULL};

static void load_prompts(pk *x, int t, const char *path, core_pack_item *it)
{
    lua_State *L = x->L;
    char sub[640];
    scr_join(sub, sizeof sub, path, "prompts");
    int ty = scr_rawfield(L, t, "prompts");
    if (ty == LUA_TSTRING) { /* one prompt is accepted as a one-item list */
        lua_newtable(L);
        lua_insert(L, -2);
        lua_rawseti(L, -2, 1);
        ty = LUA_TTABLE;
    }
    if (ty != LUA_TNIL && ty != LUA_TTABLE)
        ERR(x, sub, "wrong-type",
            CORE_TR("must be a list of discussion prompts (strings), not a %s"),
            lua_typename(L, ty));
    if (ty == LUA_TTABLE) {
        lua_Integer len = (lua_Integer)lua_rawlen(L, -1);
        if (len > PROMPTS_MAX)
            ERR(x, sub, "too-many-prompts", CORE_TR("lists %lld prompts; at most %d fit a debrief"),
                (long long)len, PROMPTS_MAX);
        it->prompts = calloc((size_t)(len > 0 ? len : 1), sizeof *it->prompts);
        for (lua_Integer i = 1; it->prompts && i <= len && i <= PROMPTS_MAX; i++) {
            char item[680];
            scr_index(item, sizeof item, sub, (long long)i);
            lua_rawgeti(L, -1, i);
            char *s = NULL;
            if (take_string(x, item, &s, CORE_TR("a discussion prompt"))) {
                if (!s[strspn(s, " \t\r\n")]) {
                    ERR(x, item, "empty-prompt",
                        CORE_TR("is empty; leave it out or write the question"));
                    free(s);
                } else {
                    it->prompts[it->n_prompts++] = s;
                }
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

static void load_item(pk *x, int t, const char *path, core_pack_item *it)
{
    lua_State *L = x->L;
    char sub[640];
    it->mode = CORE_PACK_PRACTICE;
    it->path = core_strdup(path);
    it->line = scr_lines_find(x->lines, path);
    if (lua_type(L, t) == LUA_TSTRING) { /* "networking.coffee_line" shorthand */
        lua_pushvalue(L, t);
        if (take_string(x, path, &it->scenario, CORE_TR("a scenario id")) &&
            !scr_valid_id(it->scenario))
            ERR(x, path, "bad-id",
                CORE_TR("'%.100s' is not a scenario id (letters, digits, '.', '_', '-')"),
                it->scenario);
        lua_pop(L, 1);
        return;
    }
    scr_unknown_keys(SCR_SRC(x), t, path, item_fields, CORE_TR("a pack"));
    scr_join(sub, sizeof sub, path, "id");
    if (opt_string(x, t, path, "id", &it->scenario, true, CORE_TR("a scenario id")) &&
        !scr_valid_id(it->scenario))
        ERR(x, sub, "bad-id",
            CORE_TR("'%.100s' is not a scenario id (letters, digits, '.', '_', '-')"),
            it->scenario);

    /* mode */
    scr_join(sub, sizeof sub, path, "mode");
    char *mode = NULL;
    if (opt_string(x, t, path, "mode", &mode, false, CORE_TR("\"practice\" or \"assessed\"")) &&
        mode) {
        static const char *const modes[] = {"practice", "assessed"};
        if (strcmp(mode, "assessed") == 0) {
            it->mode = CORE_PACK_ASSESSED;
        } else if (strcmp(mode, "practice") != 0) {
            scr_diag(SCR_SRC(x), CORE_ERROR, sub, "bad-mode", scr_nearest(mode, modes, 2),
                     CORE_TR("must be \"practice\" or \"assessed\", not \"%.50s\""), mode);
        }
    }
    free(mode);

    /* time_limit, in seconds */
    scr_join(sub, sizeof sub, path, "time_limit");
    int ty = scr_rawfield(L, t, "time_limit");
    if (ty != LUA_TNIL) {
        double v = lua_tonumber(L, -1);
        if (ty != LUA_TNUMBER || !isfinite(v) || v <= 0) {
            ERR(x, sub, "wrong-type", CORE_TR("must be a positive number of seconds, not %s"),
                ty == LUA_TNUMBER ? lua_tostring(L, -1) : scr_type_name(L, -1));
        } else {
            it->time_limit = v;
            if (v < SHORT_LIMIT)
                WARN(x, sub, "short-time-limit",
                     CORE_TR("is %g seconds; the limit is in seconds, so for %g minutes write %g"),
                     v, v, v * 60);
        }
    }
    lua_pop(L, 1);
    load_prompts(x, t, path, it);
}

/* ---- the whole table ---- */

static const char *const top_fields[] = {"format",  "kind",      "id",     "title",
                                         "summary", "scenarios", "author", NULL};

/* Checks the table at index 1 and fills x->p. Runs under lua_pcall. */
static int check_pack(lua_State *L)
{
    pk *x = lua_touserdata(L, 2);
    core_pack *p = x->p;
    const int t = 1;
    lua_settop(L, 2);

    int ty = scr_rawfield(L, t, "format");
    if (ty == LUA_TNIL) {
        ERR(x, "", "missing-field",
            CORE_TR("the required field 'format' is missing (write format = 1)"));
        return 0;
    }
    if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) != 1) {
        ERR(x, "format", "unknown-format",
            CORE_TR("this rapport reads packs of format 1; this file says %s (a newer rapport may "
                    "read it)"),
            ty == LUA_TSTRING || ty == LUA_TNUMBER ? lua_tostring(L, -1) : scr_type_name(L, -1));
        return 0;
    }
    lua_pop(L, 1);

    ty = scr_rawfield(L, t, "kind");
    char kind[64] = "";
    if (ty == LUA_TSTRING) snprintf(kind, sizeof kind, "%s", lua_tostring(L, -1));
    bool is_pack = ty == LUA_TSTRING && strcmp(kind, "pack") == 0;
    lua_pop(L, 1);
    if (!is_pack) {
        bool scenario_like = scr_rawfield(L, t, "nodes") != LUA_TNIL;
        lua_pop(L, 1);
        if (scenario_like)
            ERR(x, ty == LUA_TNIL ? "" : "kind", "not-a-pack",
                CORE_TR("this is a scenario (it has `nodes`), not an exercise pack; a pack lists "
                        "scenarios by id"));
        else if (ty == LUA_TNIL)
            ERR(x, "", "missing-field",
                CORE_TR("the required field 'kind' is missing (write kind = \"pack\")"));
        else if (ty == LUA_TSTRING)
            ERR(x, "kind", "not-a-pack",
                CORE_TR("must be \"pack\" in an exercise pack, not \"%.50s\""), kind);
        else
            ERR(x, "kind", "not-a-pack", CORE_TR("must be the string \"pack\", not a %s"),
                lua_typename(L, ty));
        return 0;
    }
    scr_unknown_keys(SCR_SRC(x), t, "", top_fields, CORE_TR("a pack"));

    if (opt_string(x, t, "", "id", &p->id, true, CORE_TR("an id")) && p->id && !scr_valid_id(p->id))
        ERR(x, "id", "bad-id", CORE_TR("'%.100s' may use only letters, digits, '.', '_' and '-'"),
            p->id);
    opt_string(x, t, "", "title", &p->title, false, CORE_TR("a title"));
    opt_string(x, t, "", "summary", &p->summary, false, CORE_TR("a summary"));
    if (!p->title) {
        p->title = core_strdup(p->id ? p->id : "untitled");
        WARN(x, "", "missing-title", CORE_TR("has no `title`; learners see its id instead"));
    }
    if (!p->summary) p->summary = core_strdup("");

    ty = scr_rawfield(L, t, "scenarios");
    if (ty == LUA_TNIL) {
        ERR(x, "", "missing-field",
            CORE_TR(
                "the required field 'scenarios' is missing (a list of scenario ids or entries)"));
    } else if (ty != LUA_TTABLE) {
        ERR(x, "scenarios", "wrong-type", CORE_TR("must be a list of entries, not a %s"),
            lua_typename(L, ty));
    } else {
        int st = lua_gettop(L);
        lua_Integer len = (lua_Integer)lua_rawlen(L, st);
        /* Keys other than 1..len mean the author wrote a map, whose order Lua forgets. */
        lua_pushnil(L);
        while (lua_next(L, st)) {
            lua_pop(L, 1);
            if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 || lua_tointeger(L, -1) > len) {
                if (lua_type(L, -1) == LUA_TSTRING)
                    ERR(x, "scenarios", "not-a-list",
                        CORE_TR("must be a list in playing order ({ {...}, {...} }); a named key "
                                "such as '%s' has no order"),
                        lua_tostring(L, -1));
                else
                    ERR(x, "scenarios", "not-a-list",
                        CORE_TR("must be a list in playing order ({ {...}, {...} }); a named key "
                                "such as this has no order"));
                lua_pop(L, 1);
                break;
            }
        }
        if (len == 0)
            ERR(x, "scenarios", "no-scenarios", CORE_TR("is empty; list at least one scenario"));
        if (len > PACK_ITEMS_MAX)
            ERR(x, "scenarios", "too-many-scenarios", CORE_TR("lists %lld scenarios; at most %d"),
                (long long)len, PACK_ITEMS_MAX);
        if (len > 0 && len <= PACK_ITEMS_MAX) {
            p->items = calloc((size_t)len, sizeof *p->items);
            if (!p->items) return luaL_error(L, "out of memory");
            for (lua_Integer i = 1; i <= len; i++) {
                char item[64];
                snprintf(item, sizeof item, "scenarios[%lld]", (long long)i);
                core_pack_item *it = &p->items[p->n_items++];
                int et = lua_rawgeti(L, st, i);
                if (et == LUA_TTABLE || et == LUA_TSTRING)
                    load_item(x, lua_gettop(L), item, it);
                else {
                    it->path = core_strdup(item);
                    it->line = scr_lines_find(x->lines, item);
                    ERR(x, item, "wrong-type",
                        CORE_TR(
                            "must be a scenario id or { id = ..., mode = ..., time_limit = ..., "
                            "prompts = {...} }, not a %s"),
                        lua_typename(L, et));
                }
                lua_pop(L, 1);
            }
        }
    }
    lua_pop(L, 1);
    return 0;
}

core_pack *scr_pack_load_buffer(const char *name, const char *buf, size_t len,
                                const scr_limits *limits, core_diags *diags)
{
    scr_limits lim = limits ? *limits : scr_default_limits();
    sbx_state sb; /* lives on this frame: L is closed before we return */
    lua_State *L = NULL;
    core_pack *p = calloc(1, sizeof *p);
    pk x = {.p = p, .d = diags, .file = name};
    int before = diags->errors;
    if (!p) goto oom;
    p->file = core_strdup(name);
    if (len >= 4 && memcmp(buf, LUA_SIGNATURE, 4) == 0) {
        core_diag_add(diags, CORE_ERROR, name, "", 0, "binary-chunk",
                      CORE_TR("is precompiled Lua; packs must be Lua source text"));
        goto fail;
    }
    L = x.L = sbx_new(&sb, lim.memory);
    if (!L) goto oom;
    x.lines = scr_lines_scan(buf, len);

    char chunkname[1100];
    snprintf(chunkname, sizeof chunkname, "@%s", name);
    if (luaL_loadbufferx(L, buf, len, chunkname, "t") != LUA_OK) {
        scr_lua_failure(SCR_SRC(&x), CORE_TR("cannot be read as Lua"), lua_tostring(L, -1));
        goto fail;
    }
    sbx_push_env(L);
    lua_setupvalue(L, -2, 1);
    if (sbx_pcall(L, &sb, 0, 1, lim.load_instructions) != LUA_OK) {
        scr_lua_failure(SCR_SRC(&x), CORE_TR("failed while running"), lua_tostring(L, -1));
        goto fail;
    }
    if (lua_type(L, -1) != LUA_TTABLE) {
        core_diag_add(
            diags, CORE_ERROR, name, "", 0, "not-a-table",
            CORE_TR("must return a table (return { format = 1, kind = \"pack\", ... }), but "
                    "returned a %s"),
            scr_type_name(L, -1));
        goto fail;
    }
    /* The checks run protected, with headroom: pushing keys may allocate. */
    sb.limit += 4u << 20;
    if (!scr_run_checks(SCR_SRC(&x), check_pack, &x)) goto fail;
    if (diags->errors > before) goto fail;
    lua_close(L);
    scr_lines_free(x.lines);
    return p;
oom:
    core_diag_add(diags, CORE_ERROR, name, "", 0, "memory", CORE_TR("out of memory while loading"));
fail:
    if (L) lua_close(L);
    scr_lines_free(x.lines);
    scr_pack_free(p);
    return NULL;
}

core_pack *scr_pack_load(const char *file, const scr_limits *limits, core_diags *diags)
{
    FILE *f = fopen(file, "rb");
    if (!f) {
        int e = errno;
        char msg[1024], shown[1024], en[256];
        CORE_DIAG_TWICE(msg, shown, CORE_TR("cannot be opened: %s"),
                        (core_strerror_en(e, en, sizeof en)), (strerror(e)));
        core_diag_add_shown(diags, CORE_ERROR, file, "", 0, "io", shown, "%s", msg);
        return NULL;
    }
    char *buf = malloc(PACK_FILE_MAX + 1);
    size_t len = buf ? fread(buf, 1, PACK_FILE_MAX + 1, f) : 0;
    bool err = ferror(f) != 0;
    fclose(f);
    if (!buf || err || len > PACK_FILE_MAX) {
        if (!buf)
            core_diag_add(diags, CORE_ERROR, file, "", 0, "io",
                          CORE_TR("cannot be read: out of memory"));
        else if (err)
            core_diag_add(diags, CORE_ERROR, file, "", 0, "io", CORE_TR("cannot be read"));
        else
            core_diag_add(diags, CORE_ERROR, file, "", 0, "io",
                          CORE_TR("is larger than 1 MiB; a pack is a short list of scenarios"));
        free(buf);
        return NULL;
    }
    core_pack *p = scr_pack_load_buffer(file, buf, len, limits, diags);
    free(buf);
    return p;
}

void scr_pack_free(core_pack *p)
{
    if (!p) return;
    for (int i = 0; i < p->n_items; i++) {
        core_pack_item *it = &p->items[i];
        free(it->scenario);
        for (int k = 0; k < it->n_prompts; k++)
            free(it->prompts[k]);
        free(it->prompts);
        free(it->path);
    }
    free(p->items);
    free(p->file);
    free(p->id);
    free(p->title);
    free(p->summary);
    free(p);
}

bool scr_pack_check_ids(const core_pack *p, const char *const *ids, int n, core_diags *diags)
{
    bool ok = true;
    for (int i = 0; i < p->n_items; i++) {
        const core_pack_item *it = &p->items[i];
        if (!it->scenario) continue;
        bool found = false;
        for (int k = 0; k < n && !found; k++)
            found = strcmp(ids[k], it->scenario) == 0;
        if (found) continue;
        ok = false;
        core_diag_add_guess(diags, CORE_ERROR, p->file, it->path ? it->path : "", it->line,
                            "unknown-scenario", scr_nearest(it->scenario, ids, n),
                            CORE_TR("'%.100s' is not a scenario in the library"), it->scenario);
    }
    return ok;
}
