/* load.c: runs a scenario file in the sandbox and checks the table it returns
 * against format 1 (docs/authoring.md), building the core model as it goes.
 *
 * Every read of the author's tables is raw (lua_rawget, lua_next), so a
 * metatable in a hostile file never runs code outside the instruction budget.
 * All problems are collected, not only the first. */
#include "l10n.h"
#include "script_local.h"

#include <ctype.h>
#include <errno.h>
#include <lauxlib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define FILE_MAX (16u << 20) /* bytes of scenario source */
#define TEXT_WARN 4000       /* bytes of a line that a player can read on screen */
#define CHOICES_WARN 12

typedef struct ld {
    lua_State *L;
    scr_scenario *S;
    core_scenario *sc;
    core_diags *d;
    const char *file;
    scr_lines *lines;
    int fns; /* stack index of the function registry table */
} ld;

scr_limits scr_default_limits(void)
{
    return (scr_limits){
        .memory = 128u << 20, .load_instructions = 50000000, .call_instructions = 2000000};
}

/* Problems at a table path, on its line (scr_diag). */
#define ERR(x, path, code, ...) scr_diag(SCR_SRC(x), CORE_ERROR, path, code, NULL, __VA_ARGS__)
/* An error ending with "; did you mean 'guess'?" when guess is not NULL. */
#define ERR_GUESS(x, path, code, guess, ...)                                                       \
    scr_diag(SCR_SRC(x), CORE_ERROR, path, code, guess, __VA_ARGS__)
#define WARN(x, path, code, ...) scr_diag(SCR_SRC(x), CORE_WARNING, path, code, NULL, __VA_ARGS__)

/* ---- small helpers ---- */

static const char *nearest_node(const core_scenario *sc, const char *s)
{
    const char *best = NULL;
    int cap = (int)strlen(s) / 3 + 1;
    if (cap < 2) cap = 2;
    int bd = cap + 1;
    for (int i = 0; i < sc->n_nodes; i++) {
        int d = core_edit_distance(s, sc->nodes[i].id, cap);
        if (d < bd) {
            bd = d;
            best = sc->nodes[i].id;
        }
    }
    return best;
}

/* Names (ids, keys, tags, facts) end up in progress files and on screen:
 * refuses one that is not valid UTF-8 or holds a NUL. */
static bool name_ok(ld *x, const char *path, lua_State *L, int idx)
{
    size_t n;
    const char *s = lua_tolstring(L, idx, &n);
    long bad = core_utf8_invalid(s, n);
    if (bad < 0 && strlen(s) == n) return true;
    ERR(x, path, "bad-utf8", CORE_TR("a name here is not valid UTF-8 text (at byte %ld)"),
        bad >= 0 ? bad + 1 : (long)strlen(s) + 1);
    return false;
}

/* Reads an optional string field; copies it to *out. Returns false on a type error. */
static bool opt_string(ld *x, int t, const char *path, const char *key, char **out, bool required)
{
    lua_State *L = x->L;
    char sub[600];
    scr_join(sub, sizeof sub, path, key);
    int ty = scr_rawfield(L, t, key);
    bool ok = true;
    if (ty == LUA_TNIL) {
        if (required) {
            ERR(x, sub[0] ? path : sub, "missing-field",
                CORE_TR("the required field '%s' is missing"), key);
            ok = false;
        }
    } else if (ty != LUA_TSTRING) {
        ERR(x, sub, "wrong-type", CORE_TR("must be a string, not a %s"), lua_typename(L, ty));
        ok = false;
    } else {
        size_t n;
        const char *s = lua_tolstring(L, -1, &n);
        long bad = core_utf8_invalid(s, n);
        if (bad >= 0) {
            ERR(x, sub, "bad-utf8", CORE_TR("is not valid UTF-8 (at byte %ld)"), bad + 1);
            ok = false;
        } else if (out) {
            /* Format 1 allows it, but a blank title, name or choice is a
             * button or heading the learner cannot read. */
            if (required && strspn(s, " \t\r\n") == n)
                WARN(x, sub, "empty", CORE_TR("is empty; write the text to show"));
            free(*out);
            *out = core_strdup(s);
        }
    }
    lua_pop(L, 1);
    return ok;
}

/* Stores the function on top of the stack as an author function; returns its handle. */
static int add_fn(ld *x, const char *path)
{
    lua_State *L = x->L;
    scr_scenario *S = x->S;
    char **p = core_grow(S->fn_paths, S->n_fns, sizeof *p);
    if (!p) {
        lua_pop(L, 1);
        return CORE_NO_FN;
    }
    S->fn_paths = p;
    S->fn_paths[S->n_fns] = core_strdup(path);
    lua_rawseti(L, x->fns, S->n_fns + 1);
    return S->n_fns++;
}

/* A string-or-function field (`text`, `cue`). */
static void text_or_fn(ld *x, int t, const char *path, const char *key, char **out, int *fn,
                       bool required)
{
    lua_State *L = x->L;
    char sub[600];
    scr_join(sub, sizeof sub, path, key);
    int ty = scr_rawfield(L, t, key);
    if (ty == LUA_TFUNCTION) {
        *fn = add_fn(x, sub);
        return;
    }
    lua_pop(L, 1);
    if (ty != LUA_TNIL && ty != LUA_TSTRING) {
        ERR(x, sub, "wrong-type", CORE_TR("must be a string or a function(state), not a %s"),
            lua_typename(L, ty));
        return;
    }
    if (opt_string(x, t, path, key, out, required) && *out && strlen(*out) > TEXT_WARN)
        WARN(x, sub, "long-text", CORE_TR("is %zu bytes long; a player reads it on one screen"),
             strlen(*out));
}

/* A list of fact names (`learn`): interned; indices in *out. */
static void fact_list(ld *x, int t, const char *path, int **out, int *n)
{
    lua_State *L = x->L;
    char sub[600];
    scr_join(sub, sizeof sub, path, "learn");
    int ty = scr_rawfield(L, t, "learn");
    if (ty == LUA_TSTRING) { /* a single fact is accepted as a one-item list */
        lua_newtable(L);
        lua_insert(L, -2);
        lua_rawseti(L, -2, 1);
        ty = LUA_TTABLE;
    }
    if (ty != LUA_TNIL && ty != LUA_TTABLE)
        ERR(x, sub, "wrong-type", CORE_TR("must be a list of fact names, not a %s"),
            lua_typename(L, ty));
    if (ty == LUA_TTABLE) {
        lua_Integer len = (lua_Integer)lua_rawlen(L, -1);
        for (lua_Integer i = 1; i <= len; i++) {
            char item[640];
            scr_index(item, sizeof item, sub, (long long)i);
            if (lua_rawgeti(L, -1, i) != LUA_TSTRING || lua_rawlen(L, -1) == 0) {
                ERR(x, item, "wrong-type",
                    CORE_TR("must be a fact name (a non-empty string), not a %s"),
                    scr_type_name(L, -1));
            } else {
                int f = name_ok(x, item, L, -1) ? core_intern_fact(x->sc, lua_tostring(L, -1)) : -1;
                int *v = f >= 0 ? core_grow(*out, *n, sizeof(int)) : NULL;
                if (v) {
                    *out = v;
                    v[(*n)++] = f;
                }
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

static bool finite_number(lua_State *L, int idx)
{
    return lua_type(L, idx) == LUA_TNUMBER && isfinite(lua_tonumber(L, idx));
}

/* The error for a value at the top of the stack that finite_number refused. */
static void not_finite(ld *x, const char *path)
{
    if (lua_type(x->L, -1) == LUA_TNUMBER)
        ERR(x, path, "wrong-type", CORE_TR("must be a finite number, not infinity or NaN"));
    else
        ERR(x, path, "wrong-type", CORE_TR("must be a finite number, not %s"),
            scr_type_name(x->L, -1));
}

/* `trust = { cast_key = delta }`. */
static void trust_table(ld *x, int t, const char *path, core_trust_delta **out, int *n)
{
    lua_State *L = x->L;
    char sub[600];
    scr_join(sub, sizeof sub, path, "trust");
    int ty = scr_rawfield(L, t, "trust");
    if (ty != LUA_TNIL && ty != LUA_TTABLE)
        ERR(x, sub, "wrong-type", CORE_TR("must be a table of {cast_key = number}, not a %s"),
            lua_typename(L, ty));
    if (ty == LUA_TTABLE) {
        int tt = lua_gettop(L);
        lua_pushnil(L);
        while (lua_next(L, tt)) {
            if (lua_type(L, -2) != LUA_TSTRING) {
                ERR(x, sub, "wrong-type", CORE_TR("keys must be cast keys (strings), not a %s"),
                    scr_type_name(L, -2));
                lua_pop(L, 1);
                continue;
            }
            const char *k = lua_tostring(L, -2);
            char item[700];
            scr_join(item, sizeof item, sub, k);
            int c = core_find_cast(x->sc, k);
            if (c < 0) {
                const char *names[64];
                int m = 0;
                for (int i = 0; i < x->sc->n_cast && m < 64; i++)
                    names[m++] = x->sc->cast[i].key;
                ERR_GUESS(x, item, "unknown-cast", scr_nearest(k, names, m),
                          CORE_TR("'%.100s' is not in the cast"), k);
            } else if (!finite_number(L, -1)) {
                not_finite(x, item);
            } else {
                core_trust_delta *v = core_grow(*out, *n, sizeof *v);
                if (v) {
                    *out = v;
                    v[(*n)++] = (core_trust_delta){c, lua_tonumber(L, -1)};
                }
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

/* Resolves a node id at the top of the stack (a string) for a reference at path. */
static int node_ref(ld *x, const char *path, const char *what)
{
    lua_State *L = x->L;
    if (lua_type(L, -1) != LUA_TSTRING) {
        ERR(x, path, "wrong-type", CORE_TR("must be a node id (a string), not a %s"),
            scr_type_name(L, -1));
        return CORE_NONE;
    }
    const char *id = lua_tostring(L, -1);
    int n = core_find_node(x->sc, id);
    if (n < 0) {
        /* what names the field ("target"): in the reader's words when shown */
        const char *guess = nearest_node(x->sc, id), *w = core_diag_tr(what);
        char msg[900], shown[900];
        if (guess) {
            snprintf(msg, sizeof msg, "%s '%.100s' names no node; did you mean '%s'?", what, id,
                     guess);
            snprintf(shown, sizeof shown,
                     core_diag_tr(CORE_TR("%s '%.100s' names no node; did you mean '%s'?")), w, id,
                     guess);
        } else {
            snprintf(msg, sizeof msg, "%s '%.100s' names no node", what, id);
            snprintf(shown, sizeof shown, core_diag_tr(CORE_TR("%s '%.100s' names no node")), w,
                     id);
        }
        core_diag_add_shown(x->d, CORE_ERROR, x->file, path, scr_lines_find(x->lines, path),
                            "unknown-node", shown, "%s", msg);
    }
    return n;
}

/* `when = "fact"`, `"!fact"` or a list of them (all must hold), on top of the stack. */
static void when_facts(ld *x, core_choice *c, const char *path)
{
    lua_State *L = x->L;
    bool list = lua_type(L, -1) == LUA_TTABLE;
    lua_Integer n = list ? (lua_Integer)lua_rawlen(L, -1) : 1;
    if (list && n == 0)
        ERR(x, path, "wrong-type", CORE_TR("is an empty list; leave `when` out instead"));
    c->when = calloc((size_t)n + 1, sizeof *c->when);
    for (lua_Integer i = 1; c->when && i <= n; i++) {
        char item[740];
        scr_index(item, sizeof item, path, (long long)i);
        if (list) lua_rawgeti(L, -1, i);
        const char *name = lua_type(L, -1) == LUA_TSTRING && name_ok(x, list ? item : path, L, -1)
                               ? lua_tostring(L, -1)
                               : NULL;
        bool negate = name && name[0] == '!';
        if (negate) name++;
        if (!name || !*name) {
            ERR(x, list ? item : path, "wrong-type",
                CORE_TR("must be a fact name, or \"!name\" for not heard"));
        } else {
            int f = core_intern_fact(x->sc, name);
            if (f >= 0) c->when[c->n_when++] = (core_fact_test){f, negate};
        }
        if (list) lua_pop(L, 1);
    }
}

/* ---- choices ---- */

/* A `{skill = number}` table (`score`, `timeout_score`): each key must be one
 * of the scenario's skills, each value a finite number. */
static void skill_table(ld *x, int t, const char *path, const char *key, double *out, bool *has)
{
    lua_State *L = x->L;
    core_scenario *sc = x->sc;
    char sub[700];
    scr_join(sub, sizeof sub, path, key);
    int ty = scr_rawfield(L, t, key);
    if (ty != LUA_TNIL && ty != LUA_TTABLE)
        ERR(x, sub, "wrong-type", CORE_TR("must be a table of {skill = number}, not a %s"),
            lua_typename(L, ty));
    if (ty == LUA_TTABLE) {
        int st = lua_gettop(L);
        lua_pushnil(L);
        while (lua_next(L, st)) {
            if (lua_type(L, -2) != LUA_TSTRING) {
                ERR(x, sub, "wrong-type", CORE_TR("keys must be skill names, not a %s"),
                    scr_type_name(L, -2));
                lua_pop(L, 1);
                continue;
            }
            const char *k = lua_tostring(L, -2);
            char item[760];
            scr_join(item, sizeof item, sub, k);
            int s = core_find_skill(sc, k);
            if (s < 0) {
                ERR_GUESS(x, item, "unknown-skill",
                          scr_nearest(k, (const char *const *)sc->skills, sc->n_skills),
                          CORE_TR("'%.100s' is not one of this scenario's skills"), k);
            } else if (!finite_number(L, -1)) {
                not_finite(x, item);
            } else {
                out[s] = lua_tonumber(L, -1);
                if (has) has[s] = true;
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

/* Each field with what a choice means without it (for misspelt-field). */
static const scr_field choice_fields[] = {
    {"text", CORE_TR("the choice has no text to show")},
    {"to", CORE_TR("the choice leads nowhere")},
    {"can_go", CORE_TR("a function `to` cannot be checked")},
    {"score", CORE_TR("this choice scores nothing")},
    {"feedback", CORE_TR("the coach says nothing about this choice")},
    {"tags", CORE_TR("this choice has no behaviour tags")},
    {"gives", CORE_TR("this choice banks no goodwill")},
    {"asks", CORE_TR("this choice is not an ask, so the value-before-asking rule ignores it")},
    {"trust", CORE_TR("picking this choice changes no trust")},
    {"learn", CORE_TR("picking this choice teaches no fact")},
    {"when", CORE_TR("this choice always shows")},
    {"id", CORE_TR("the choice's id is made from its text")},
    {"reply", CORE_TR("nobody answers this line before the next node's text")},
    {"thought", CORE_TR("their side shows no thought for this line")},
    {NULL, NULL}};

static void load_choice(ld *x, int node, int t, const char *path)
{
    lua_State *L = x->L;
    core_scenario *sc = x->sc;
    char sub[700];
    char *text = NULL;
    opt_string(x, t, path, "text", &text, true);
    int ci = core_add_choice(sc, node, text ? text : "");
    free(text);
    if (ci < 0) return;
    core_choice *c = &sc->nodes[node].choices[ci];
    c->line = scr_lines_find(x->lines, path);
    scr_check_fields(SCR_SRC(x), t, path, choice_fields, CORE_TR("format 1"));
    opt_string(x, t, path, "feedback", &c->feedback, false);
    opt_string(x, t, path, "id", &c->id, false);

    /* to / can_go */
    scr_join(sub, sizeof sub, path, "to");
    int ty = scr_rawfield(L, t, "to");
    if (ty == LUA_TNIL) {
        ERR(x, path, "missing-field", CORE_TR("the required field 'to' is missing"));
        lua_pop(L, 1);
    } else if (ty == LUA_TFUNCTION) {
        c->to_fn = add_fn(x, sub);
        char cg[700];
        scr_join(cg, sizeof cg, path, "can_go");
        int ct = scr_rawfield(L, t, "can_go");
        if (ct != LUA_TTABLE || lua_rawlen(L, -1) == 0) {
            ERR(x, ct == LUA_TNIL ? path : cg, "missing-can-go",
                CORE_TR("a function `to` needs `can_go = { node ids it may return }`, so the graph "
                        "stays "
                        "checkable"));
        } else {
            lua_Integer len = (lua_Integer)lua_rawlen(L, -1);
            c->can_go = malloc(sizeof(int) * (size_t)len);
            for (lua_Integer i = 1; c->can_go && i <= len; i++) {
                char item[740];
                scr_index(item, sizeof item, cg, (long long)i);
                lua_rawgeti(L, -1, i);
                int n = node_ref(x, item, CORE_TR("can_go entry"));
                if (n >= 0) c->can_go[c->n_can_go++] = n;
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
    } else {
        c->to = node_ref(x, sub, CORE_TR("target"));
        lua_pop(L, 1);
        if (scr_rawfield(L, t, "can_go") != LUA_TNIL) {
            scr_join(sub, sizeof sub, path, "can_go");
            WARN(x, sub, "unused-can-go", CORE_TR("is only read when `to` is a function"));
        }
        lua_pop(L, 1);
    }

    skill_table(x, t, path, "score", c->score, c->has_score);
    text_or_fn(x, t, path, "reply", &c->reply, &c->reply_fn, false);
    opt_string(x, t, path, "thought", &c->thought, false);

    /* tags */
    scr_join(sub, sizeof sub, path, "tags");
    ty = scr_rawfield(L, t, "tags");
    if (ty != LUA_TNIL && ty != LUA_TTABLE)
        ERR(x, sub, "wrong-type", CORE_TR("must be a list of strings, not a %s"),
            lua_typename(L, ty));
    if (ty == LUA_TTABLE) {
        lua_Integer len = (lua_Integer)lua_rawlen(L, -1);
        for (lua_Integer i = 1; i <= len; i++) {
            char item[740];
            scr_index(item, sizeof item, sub, (long long)i);
            if (lua_rawgeti(L, -1, i) != LUA_TSTRING) {
                ERR(x, item, "wrong-type", CORE_TR("must be a string, not a %s"),
                    scr_type_name(L, -1));
            } else {
                char **v = core_grow(c->tags, c->n_tags, sizeof *v);
                if (v) {
                    c->tags = v;
                    if (name_ok(x, item, L, -1) &&
                        (v[c->n_tags] = core_strdup(lua_tostring(L, -1))))
                        c->n_tags++;
                }
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);

    /* gives / asks */
    static const char *const flags[] = {"gives", "asks"};
    for (int i = 0; i < 2; i++) {
        scr_join(sub, sizeof sub, path, flags[i]);
        ty = scr_rawfield(L, t, flags[i]);
        if (ty != LUA_TNIL && ty != LUA_TBOOLEAN)
            ERR(x, sub, "wrong-type", CORE_TR("must be true or false, not a %s"),
                lua_typename(L, ty));
        else if (ty == LUA_TBOOLEAN)
            *(i == 0 ? &c->gives : &c->asks) = lua_toboolean(L, -1);
        lua_pop(L, 1);
    }

    trust_table(x, t, path, &c->trust, &c->n_trust);
    fact_list(x, t, path, &c->learn, &c->n_learn);

    /* when */
    scr_join(sub, sizeof sub, path, "when");
    ty = scr_rawfield(L, t, "when");
    if (ty == LUA_TFUNCTION) {
        c->when_fn = add_fn(x, sub);
    } else {
        if (ty == LUA_TSTRING || ty == LUA_TTABLE)
            when_facts(x, c, sub);
        else if (ty != LUA_TNIL)
            ERR(x, sub, "wrong-type",
                CORE_TR("must be a fact name (\"!name\" for not heard), a list of them, or a "
                        "function(state), not a %s"),
                lua_typename(L, ty));
        lua_pop(L, 1);
    }
}

/* ---- nodes ---- */

/* Each field with what a node means without it (for misspelt-field). */
static const scr_field node_fields[] = {
    {"speaker", CORE_TR("this node is spoken by the narrator")},
    {"text", CORE_TR("this node has no line")},
    {"choices", CORE_TR("this node offers no choices")},
    {"ending", CORE_TR("this node is not an ending")},
    {"learn", CORE_TR("the player learns nothing on arriving here")},
    {"trust", CORE_TR("arriving here changes no trust")},
    {"timeout", CORE_TR("this node is not timed")},
    {"on_timeout", CORE_TR("nothing happens when its time runs out")},
    {"cue", CORE_TR("no cue is shown before the line")},
    {"grade", CORE_TR("this ending has no grade")},
    {"discuss", CORE_TR("a workshop gets no question for the room here")},
    {"mood", CORE_TR("the speaker's expression is neutral")},
    {"thought", CORE_TR("their side shows no thought here")},
    {"order", CORE_TR("the choices are shuffled")},
    {"timeout_score", CORE_TR("letting the moment pass scores nothing")},
    {"timeout_feedback", CORE_TR("the coach says nothing when the moment passes")},
    {NULL, NULL}};

/* The second edition's node fields: mood, thought, order, timeout_score and
 * timeout_feedback (design.md). */
static void load_node_extras(ld *x, core_node *n, int t, const char *path)
{
    lua_State *L = x->L;
    char sub[700];
    opt_string(x, t, path, "thought", &n->thought, false);
    if (opt_string(x, t, path, "mood", &n->mood, false) && n->mood && !core_mood_valid(n->mood)) {
        const char *moods[16];
        int m = 0;
        for (const char *md; m < 16 && (md = core_mood_at(m));)
            moods[m++] = md;
        scr_join(sub, sizeof sub, path, "mood");
        ERR_GUESS(x, sub, "bad-mood", scr_nearest(n->mood, moods, m),
                  CORE_TR("'%.50s' is not a mood (neutral, warm, guarded, surprised, sad, "
                          "thinking, annoyed)"),
                  n->mood);
        free(n->mood);
        n->mood = NULL;
    }
    char *order = NULL;
    if (opt_string(x, t, path, "order", &order, false) && order) {
        scr_join(sub, sizeof sub, path, "order");
        if (strcmp(order, "fixed") == 0)
            n->order_fixed = true;
        else
            ERR(x, sub, "bad-order",
                CORE_TR("must be \"fixed\" (keep the author's order of choices), not \"%.50s\""),
                order);
    }
    free(order);
    skill_table(x, t, path, "timeout_score", n->timeout_score, NULL);
    opt_string(x, t, path, "timeout_feedback", &n->timeout_feedback, false);
    static const char *const timed_only[] = {"timeout_score", "timeout_feedback"};
    for (int i = 0; i < 2 && n->timeout <= 0; i++) {
        int ty = scr_rawfield(L, t, timed_only[i]);
        lua_pop(L, 1);
        if (ty == LUA_TNIL) continue;
        scr_join(sub, sizeof sub, path, timed_only[i]);
        WARN(x, sub, "untimed-timeout-field",
             CORE_TR("is only used when the node has `timeout`; this node is not timed"));
    }
}

static void load_node(ld *x, int ni, int t, const char *path)
{
    lua_State *L = x->L;
    core_scenario *sc = x->sc;
    core_node *n = &sc->nodes[ni];
    char sub[700];
    n->line = scr_lines_find(x->lines, path);
    scr_check_fields(SCR_SRC(x), t, path, node_fields, CORE_TR("format 1"));

    char *speaker = NULL;
    opt_string(x, t, path, "speaker", &speaker, false);
    if (speaker && strcmp(speaker, "narrator") != 0) {
        n->speaker = core_find_cast(sc, speaker);
        if (n->speaker < 0) {
            const char *names[65];
            int m = 0;
            for (int i = 0; i < sc->n_cast && m < 64; i++)
                names[m++] = sc->cast[i].key;
            names[m++] = "narrator";
            scr_join(sub, sizeof sub, path, "speaker");
            ERR_GUESS(x, sub, "unknown-speaker", scr_nearest(speaker, names, m),
                      CORE_TR("'%.100s' is not in the cast (nor \"narrator\")"), speaker);
            n->speaker = CORE_NONE;
        }
    }
    free(speaker);

    text_or_fn(x, t, path, "text", &n->text, &n->text_fn, false);
    text_or_fn(x, t, path, "cue", &n->cue, &n->cue_fn, false);
    opt_string(x, t, path, "discuss", &n->discuss, false);
    fact_list(x, t, path, &n->learn, &n->n_learn);
    trust_table(x, t, path, &n->trust, &n->n_trust);

    /* ending / grade */
    scr_join(sub, sizeof sub, path, "ending");
    int ty = scr_rawfield(L, t, "ending");
    bool ending_true = ty == LUA_TBOOLEAN && lua_toboolean(L, -1);
    lua_pop(L, 1);
    if (ending_true) /* `ending = true`: an ending labelled by its node id */
        n->ending = core_strdup(n->id);
    else if (ty != LUA_TBOOLEAN)
        opt_string(x, t, path, "ending", &n->ending, false);
    if (n->ending && !n->ending[0]) { /* labelled by its node id, like `ending = true` */
        WARN(x, sub, "empty", CORE_TR("is empty; the ending is labelled '%.100s' (its node id)"),
             n->id);
        free(n->ending);
        n->ending = core_strdup(n->id);
    }
    int text_ty = scr_rawfield(L, t, "text");
    lua_pop(L, 1);
    if (!n->ending && text_ty == LUA_TNIL)
        ERR(x, path, "missing-field", CORE_TR("the required field 'text' is missing"));
    if (opt_string(x, t, path, "grade", &n->grade, false) && n->grade) {
        scr_join(sub, sizeof sub, path, "grade");
        if (strcmp(n->grade, "good") && strcmp(n->grade, "mixed") && strcmp(n->grade, "poor"))
            ERR(x, sub, "bad-grade",
                CORE_TR("must be \"good\", \"mixed\" or \"poor\", not \"%.50s\""), n->grade);
        else if (!n->ending)
            WARN(x, sub, "grade-without-ending", CORE_TR("only endings have a grade"));
    }

    /* choices */
    scr_join(sub, sizeof sub, path, "choices");
    ty = scr_rawfield(L, t, "choices");
    if (ty != LUA_TNIL && ty != LUA_TTABLE) {
        ERR(x, sub, "wrong-type", CORE_TR("must be a list of choices, not a %s"),
            lua_typename(L, ty));
    } else if (ty == LUA_TTABLE) {
        int ct = lua_gettop(L);
        lua_Integer len = (lua_Integer)lua_rawlen(L, ct);
        if (n->ending && len > 0)
            ERR(x, sub, "ending-with-choices",
                CORE_TR("a node with `ending` has no choices (it ends the conversation)"));
        if (len == 0 && !n->ending)
            ERR(x, sub, "no-choices",
                CORE_TR("is empty; a node needs at least one choice or an `ending`"));
        if (len > CHOICES_WARN)
            WARN(x, sub, "many-choices",
                 CORE_TR("has %lld choices; more than %d is hard for a player to weigh"),
                 (long long)len, CHOICES_WARN);
        for (lua_Integer i = 1; i <= len && !n->ending; i++) {
            char item[740];
            scr_index(item, sizeof item, sub, (long long)i);
            if (lua_rawgeti(L, ct, i) != LUA_TTABLE)
                ERR(x, item, "wrong-type", CORE_TR("must be a choice table, not a %s"),
                    scr_type_name(L, -1));
            else
                load_choice(x, ni, lua_gettop(L), item);
            lua_pop(L, 1);
        }
    } else if (!n->ending) {
        ERR(x, path, "no-choices-or-ending", CORE_TR("has neither `choices` nor `ending`"));
    }
    lua_pop(L, 1);

    /* timeout / on_timeout */
    scr_join(sub, sizeof sub, path, "timeout");
    ty = scr_rawfield(L, t, "timeout");
    if (ty != LUA_TNIL) {
        if (!finite_number(L, -1) || lua_tonumber(L, -1) <= 0)
            ERR(x, sub, "wrong-type", CORE_TR("must be a positive number of seconds"));
        else
            n->timeout = lua_tonumber(L, -1);
    }
    lua_pop(L, 1);
    scr_join(sub, sizeof sub, path, "on_timeout");
    ty = scr_rawfield(L, t, "on_timeout");
    if (ty != LUA_TNIL) n->on_timeout = node_ref(x, sub, CORE_TR("on_timeout"));
    lua_pop(L, 1);
    if (n->timeout > 0 && ty == LUA_TNIL)
        ERR(x, path, "timeout-without-target", CORE_TR("has `timeout` but no `on_timeout` node"));
    if (n->timeout <= 0 && n->on_timeout != CORE_NONE)
        ERR(x, path, "target-without-timeout", CORE_TR("has `on_timeout` but no `timeout`"));
    if (n->ending && n->timeout > 0)
        WARN(x, path, "timed-ending",
             CORE_TR("an ending waits for nothing, so its `timeout` is ignored"));
    load_node_extras(x, n, t, path);
}

/* ---- the whole table ---- */

typedef struct node_key {
    char *id;
    int line;
} node_key;

static int cmp_node_key(const void *a, const void *b)
{
    const node_key *p = a, *q = b;
    int la = p->line ? p->line : 1 << 30, lb = q->line ? q->line : 1 << 30;
    if (la != lb) return la < lb ? -1 : 1;
    return strcmp(p->id, q->id);
}

/* Each field with what the scenario means without it (for misspelt-field). */
static const scr_field top_fields[] = {
    {"format", CORE_TR("the file cannot be read")},
    {"id", CORE_TR("the scenario has no id")},
    {"title", CORE_TR("the library shows the id instead of a title")},
    {"family", CORE_TR("the library files the scenario under 'other'")},
    {"summary", CORE_TR("the library shows no summary")},
    {"difficulty", CORE_TR("the difficulty is not set")},
    {"skills", CORE_TR("the scenario scores the three default skills")},
    {"cast", CORE_TR("the scenario has no cast")},
    {"start", CORE_TR("the conversation has no first node")},
    {"nodes", CORE_TR("the scenario has no nodes")},
    {"debrief", CORE_TR("the debrief shows no tips")},
    {"version", CORE_TR("the scenario's version is 1")},
    {"author", CORE_TR("no author is named")},
    {"homework", CORE_TR("the debrief ends without homework")},
    {NULL, NULL}};

/* The string keys of the table at index tbl, in the order the file lists
 * them (then by name), into *out (owned: free each id and the array). Other
 * keys are errors under where: keys must be strings, or node ids when nodes. */
static int sorted_keys(ld *x, int tbl, const char *where, bool nodes, node_key **out)
{
    lua_State *L = x->L;
    node_key *keys = NULL;
    int nk = 0;
    lua_pushnil(L);
    while (lua_next(L, tbl)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            if (nodes)
                ERR(x, where, "wrong-type",
                    CORE_TR("keys must be node ids (strings), not a %s; write nodes = { id = {...} "
                            "}"),
                    scr_type_name(L, -1));
            else
                ERR(x, where, "wrong-type", CORE_TR("keys must be strings, not a %s"),
                    scr_type_name(L, -1));
            continue;
        }
        node_key *v = core_grow(keys, nk, sizeof *v);
        if (!v) {
            lua_pop(L, 1); /* the key: lua_next is not resumed */
            break;
        }
        keys = v;
        char sub[600];
        scr_join(sub, sizeof sub, where, lua_tostring(L, -1));
        if (!name_ok(x, where, L, -1)) continue;
        keys[nk].id = core_strdup(lua_tostring(L, -1));
        keys[nk].line = scr_lines_find(x->lines, sub);
        if (keys[nk].id) nk++;
    }
    /* Authors' order when the scan found it, so output follows the file. */
    if (nk > 1) qsort(keys, (size_t)nk, sizeof *keys, cmp_node_key);
    *out = keys;
    return nk;
}

/* `format` must be the number 1; false (with the error) otherwise. */
static bool check_format(ld *x, int t)
{
    lua_State *L = x->L;
    int ty = scr_rawfield(L, t, "format");
    if (ty == LUA_TNIL) {
        ERR(x, "", "missing-field",
            CORE_TR("the required field 'format' is missing (write format = 1)"));
        return false;
    }
    if (ty != LUA_TNUMBER) {
        ERR(x, "format", "wrong-type", CORE_TR("must be the number 1 (format = 1), not a %s"),
            scr_type_name(L, -1));
        return false;
    }
    if (lua_tonumber(L, -1) != 1) { /* 1.0 is 1 */
        ERR(x, "format", "unknown-format",
            CORE_TR("this rapport reads format 1; this file says %s (a newer rapport may read it)"),
            lua_tostring(L, -1));
        return false;
    }
    lua_pop(L, 1);
    return true;
}

/* id, title, family, summary, homework, difficulty, version. */
static void load_header(ld *x, int t)
{
    lua_State *L = x->L;
    core_scenario *sc = x->sc;
    scr_check_fields(SCR_SRC(x), t, "", top_fields, CORE_TR("format 1"));

    if (opt_string(x, t, "", "id", &sc->id, true) && sc->id && !scr_valid_id(sc->id))
        ERR(x, "id", "bad-id", CORE_TR("'%.100s' may use only letters, digits, '.', '_' and '-'"),
            sc->id);
    opt_string(x, t, "", "title", &sc->title, false);
    opt_string(x, t, "", "family", &sc->family, false);
    opt_string(x, t, "", "summary", &sc->summary, false);
    opt_string(x, t, "", "homework", &sc->homework, false);
    if (!sc->title) {
        sc->title = core_strdup(sc->id ? sc->id : "untitled");
        WARN(x, "", "missing-title", CORE_TR("has no `title`; the library shows its id instead"));
    }
    if (!sc->family) sc->family = core_strdup("other");
    if (!sc->summary) sc->summary = core_strdup("");

    int ty = scr_rawfield(L, t, "difficulty");
    if (ty != LUA_TNIL) {
        if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 || lua_tointeger(L, -1) > 3)
            ERR(x, "difficulty", "wrong-type", CORE_TR("must be 1, 2 or 3"));
        else
            sc->difficulty = (int)lua_tointeger(L, -1);
    }
    lua_pop(L, 1);
    ty = scr_rawfield(L, t, "version");
    if (ty != LUA_TNIL) {
        if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 || lua_tointeger(L, -1) > 1000000)
            ERR(x, "version", "wrong-type", CORE_TR("must be a positive whole number"));
        else
            sc->version = (int)lua_tointeger(L, -1);
    }
    lua_pop(L, 1);
}

/* `skills`: the scenario's own list, or the three defaults. */
static void load_skills(ld *x, int t)
{
    lua_State *L = x->L;
    core_scenario *sc = x->sc;
    int ty = scr_rawfield(L, t, "skills");
    if (ty != LUA_TNIL && ty != LUA_TTABLE) {
        ERR(x, "skills", "wrong-type", CORE_TR("must be a list of skill names, not a %s"),
            lua_typename(L, ty));
    } else if (ty == LUA_TTABLE) {
        const char *names[CORE_MAX_SKILLS];
        int m = 0;
        lua_Integer len = (lua_Integer)lua_rawlen(L, -1);
        if (len == 0)
            ERR(x, "skills", "no-skills", CORE_TR("is empty; leave it out for the three defaults"));
        if (len > CORE_MAX_SKILLS)
            ERR(x, "skills", "too-many-skills", CORE_TR("lists %lld skills; at most %d"),
                (long long)len, CORE_MAX_SKILLS);
        for (lua_Integer i = 1; i <= len && i <= CORE_MAX_SKILLS; i++) {
            char item[64];
            snprintf(item, sizeof item, "skills[%lld]", (long long)i);
            if (lua_rawgeti(L, -1, i) != LUA_TSTRING || !scr_valid_id(lua_tostring(L, -1))) {
                ERR(x, item, "wrong-type", CORE_TR("must be a skill name (letters, digits, '_')"));
                lua_pop(L, 1);
                continue;
            }
            if (!name_ok(x, item, L, -1)) {
                lua_pop(L, 1);
                continue;
            }
            const char *s = lua_tostring(L, -1);
            bool dup = false;
            for (int j = 0; j < m; j++)
                dup |= strcmp(names[j], s) == 0;
            if (dup)
                ERR(x, item, "duplicate-skill", CORE_TR("'%s' is listed twice"), s);
            else
                names[m++] = s; /* kept alive by the skills table on the stack */
            lua_pop(L, 1);
        }
        if (m > 0) core_set_skills(sc, names, m);
    }
    lua_pop(L, 1);
}

/* `cast`: members in the order the file lists them. */
static void load_cast(ld *x, int t)
{
    lua_State *L = x->L;
    core_scenario *sc = x->sc;
    int ty = scr_rawfield(L, t, "cast");
    if (ty != LUA_TNIL && ty != LUA_TTABLE) {
        ERR(x, "cast", "wrong-type",
            CORE_TR("must be a table of {key = {name = ..., role = ...}}"));
    } else if (ty == LUA_TTABLE) {
        int ct = lua_gettop(L);
        node_key *keys = NULL;
        int nk = sorted_keys(x, ct, "cast", false, &keys);
        for (int i = 0; i < nk; i++) {
            char sub[600];
            scr_join(sub, sizeof sub, "cast", keys[i].id);
            if (strcmp(keys[i].id, "narrator") == 0)
                ERR(x, sub, "reserved-name",
                    CORE_TR("\"narrator\" is reserved for scene-setting lines"));
            lua_pushstring(L, keys[i].id);
            int vt = lua_rawget(L, ct);
            char *name = NULL, *role = NULL, *portrait = NULL;
            if (vt == LUA_TTABLE) {
                int mt = lua_gettop(L);
                opt_string(x, mt, sub, "name", &name, true);
                opt_string(x, mt, sub, "role", &role, false);
                opt_string(x, mt, sub, "portrait", &portrait, false);
                if (portrait && !core_portrait_valid(portrait)) {
                    const char *faces[64];
                    int m = 0;
                    while (m < 64 && core_portrait_at(m))
                        faces[m] = core_portrait_at(m), m++;
                    char psub[700];
                    scr_join(psub, sizeof psub, sub, "portrait");
                    ERR_GUESS(x, psub, "unknown-portrait", scr_nearest(portrait, faces, m),
                              CORE_TR("'%.100s' is not one of the faces in assets/portraits"),
                              portrait);
                }
                static const scr_field cast_fields[] = {
                    {"name", CORE_TR("the cast member has no name")},
                    {"role", CORE_TR("no role is shown beside their name")},
                    {"portrait", CORE_TR("a face is chosen from their name")},
                    {NULL, NULL}};
                scr_check_fields(SCR_SRC(x), mt, sub, cast_fields, CORE_TR("format 1"));
            } else if (vt == LUA_TSTRING) {
                name = core_strdup(lua_tostring(L, -1));
            } else {
                ERR(x, sub, "wrong-type",
                    CORE_TR("must be a table {name = ..., role = ...}, not a %s"),
                    lua_typename(L, vt));
            }
            lua_pop(L, 1);
            int ci = core_add_cast(sc, keys[i].id, name ? name : keys[i].id, role);
            if (ci >= 0 && portrait && core_portrait_valid(portrait))
                sc->cast[ci].portrait = portrait, portrait = NULL; /* the scenario owns it now */
            free(name);
            free(role);
            free(portrait);
            free(keys[i].id);
        }
        free(keys);
    }
    lua_pop(L, 1);
}

/* `nodes`: every id first, so references resolve in any order, then each node. */
static void load_nodes(ld *x, int t)
{
    lua_State *L = x->L;
    core_scenario *sc = x->sc;
    int ty = scr_rawfield(L, t, "nodes");
    if (ty == LUA_TNIL) {
        ERR(x, "", "missing-field", CORE_TR("the required field 'nodes' is missing"));
    } else if (ty != LUA_TTABLE) {
        ERR(x, "nodes", "wrong-type", CORE_TR("must be a table of {node_id = node}, not a %s"),
            lua_typename(L, ty));
    } else {
        int nt = lua_gettop(L);
        node_key *keys = NULL;
        int nk = sorted_keys(x, nt, "nodes", true, &keys);
        for (int i = 0; i < nk; i++) {
            core_add_node(sc, keys[i].id);
            free(keys[i].id);
        }
        free(keys);
        if (sc->n_nodes == 0) ERR(x, "nodes", "no-nodes", CORE_TR("is empty"));
        for (int i = 0; i < sc->n_nodes; i++) {
            char sub[600];
            scr_join(sub, sizeof sub, "nodes", sc->nodes[i].id);
            lua_pushstring(L, sc->nodes[i].id);
            if (lua_rawget(L, nt) != LUA_TTABLE)
                ERR(x, sub, "wrong-type", CORE_TR("must be a node table, not a %s"),
                    scr_type_name(L, -1));
            else
                load_node(x, i, lua_gettop(L), sub);
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

/* `start` and the per-skill `debrief` tips. */
static void load_start_debrief(ld *x, int t)
{
    lua_State *L = x->L;
    core_scenario *sc = x->sc;
    int ty = scr_rawfield(L, t, "start");
    if (ty == LUA_TNIL)
        ERR(x, "", "missing-field", CORE_TR("the required field 'start' is missing"));
    else
        sc->start = node_ref(x, "start", CORE_TR("start node"));
    lua_pop(L, 1);

    /* debrief */
    ty = scr_rawfield(L, t, "debrief");
    if (ty != LUA_TNIL && ty != LUA_TTABLE) {
        ERR(x, "debrief", "wrong-type", CORE_TR("must be a table of {skill = tip}"));
    } else if (ty == LUA_TTABLE) {
        int dt = lua_gettop(L);
        lua_pushnil(L);
        while (lua_next(L, dt)) {
            lua_pop(L, 1);
            if (lua_type(L, -1) != LUA_TSTRING) {
                ERR(x, "debrief", "wrong-type", CORE_TR("keys must be skill names"));
                continue;
            }
            const char *k = lua_tostring(L, -1);
            char sub[600];
            scr_join(sub, sizeof sub, "debrief", k);
            int s = core_find_skill(sc, k);
            if (s < 0) {
                ERR_GUESS(x, sub, "unknown-skill",
                          scr_nearest(k, (const char *const *)sc->skills, sc->n_skills),
                          CORE_TR("'%.100s' is not one of this scenario's skills"), k);
                continue;
            }
            opt_string(x, dt, "debrief", k, &sc->debrief[s], false);
        }
    }
    lua_pop(L, 1);
}

/* Checks the table at index 1 and fills x->sc, one part of the format after
 * another. Runs under lua_pcall. */
static int check_table(lua_State *L)
{
    ld *x = lua_touserdata(L, 2);
    const int t = 1;
    lua_settop(L, 2);
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, SCR_KEY_FNS);
    x->fns = lua_gettop(L);
    if (!check_format(x, t)) return 0;
    load_header(x, t);
    load_skills(x, t);
    load_cast(x, t);
    load_nodes(x, t);
    load_start_debrief(x, t);
    return 0;
}

/* Structural checks on the finished model: a start that can end, reachability,
 * choices without feedback. The authoring checks live in engine/app. */
static void check_graph(ld *x)
{
    core_scenario *sc = x->sc;
    if (sc->start < 0 || sc->n_nodes == 0) return;
    bool *seen = calloc((size_t)sc->n_nodes, sizeof(bool));
    bool *ends = calloc((size_t)sc->n_nodes, sizeof(bool));
    if (seen && ends && core_reachable(sc, seen) && core_can_end(sc, ends)) {
        if (!ends[sc->start])
            ERR(x, "start", "no-ending",
                CORE_TR(
                    "no ending can be reached from the start node '%.100s'; every path loops or "
                    "stops"),
                sc->nodes[sc->start].id);
        for (int i = 0; i < sc->n_nodes; i++) {
            char sub[600];
            scr_join(sub, sizeof sub, "nodes", sc->nodes[i].id);
            if (!seen[i])
                WARN(x, sub, "unreachable", CORE_TR("no path from the start reaches this node"));
            else if (!ends[i] && ends[sc->start])
                WARN(x, sub, "dead-end", CORE_TR("no ending can be reached from this node"));
        }
    }
    free(seen);
    free(ends);
    for (int i = 0; i < sc->n_nodes; i++) {
        const core_node *n = &sc->nodes[i];
        for (int j = 0; j < n->n_choices; j++) {
            if (n->choices[j].feedback && n->choices[j].feedback[0]) continue;
            char sub[700], node[600];
            scr_join(node, sizeof node, "nodes", n->id);
            snprintf(sub, sizeof sub, "%s.choices[%d]", node, j + 1);
            WARN(x, sub, "no-feedback",
                 CORE_TR("has no feedback; say why this choice helps or hurts"));
        }
    }
}

/* owned, when not NULL, is buf's allocation: it is freed as soon as Lua has
 * compiled the chunk, so a 10,000-node file is not held through its checks. */
static scr_scenario *load(const char *name, const char *buf, size_t len, char *owned,
                          const scr_limits *limits, core_diags *diags)
{
    scr_scenario *S = calloc(1, sizeof *S);
    ld x = {.S = S, .d = diags, .file = name};
    if (!S) goto oom;
    S->limits = limits ? *limits : scr_default_limits();
    S->sc = core_scenario_new();
    if (!S->sc) goto oom;
    S->sc->file = core_strdup(name);
    x.sc = S->sc;
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) { /* a UTF-8 byte order mark */
        buf += 3;
        len -= 3;
    }
    if (len >= 4 && memcmp(buf, LUA_SIGNATURE, 4) == 0) {
        core_diag_add(diags, CORE_ERROR, name, "", 0, "binary-chunk",
                      CORE_TR("is precompiled Lua; scenarios must be Lua source text"));
        goto fail;
    }
    S->L = sbx_new(&S->sb, S->limits.memory);
    if (!S->L) goto oom;
    lua_State *L = x.L = S->L;
    x.lines = scr_lines_scan(buf, len);

    char chunkname[1100];
    snprintf(chunkname, sizeof chunkname, "@%s", name);
    if (luaL_loadbufferx(L, buf, len, chunkname, "t") != LUA_OK) {
        scr_lua_failure_src(SCR_SRC(&x), CORE_TR("cannot be read as Lua"), lua_tostring(L, -1), buf,
                            len);
        goto fail;
    }
    free(owned);
    owned = NULL;
    sbx_push_env(L);
    lua_setupvalue(L, -2, 1);
    if (sbx_pcall(L, &S->sb, 0, 1, S->limits.load_instructions) != LUA_OK) {
        scr_lua_failure(SCR_SRC(&x), CORE_TR("failed while running"), lua_tostring(L, -1));
        goto fail;
    }
    if (lua_type(L, -1) != LUA_TTABLE) {
        core_diag_add(
            diags, CORE_ERROR, name, "", 0, "not-a-table",
            CORE_TR("must return a table (return { format = 1, ... }), but returned a %s"),
            scr_type_name(L, -1));
        goto fail;
    }
    /* The chunk is done with: collect it (its code and line info are a good
     * part of a large file's memory) before the checks build the model. */
    lua_gc(L, LUA_GCCOLLECT);
    /* The checks run protected with headroom: pushing keys may allocate. */
    S->sb.limit += 16u << 20;
    int before = diags->errors;
    if (!scr_run_checks(SCR_SRC(&x), check_table, &x)) goto fail;
    S->sb.limit -= 16u << 20;
    if (diags->errors > before) goto fail;
    check_graph(&x);
    if (diags->errors > before) goto fail;
    if (!core_assign_choice_ids(S->sc)) goto oom;
    lua_pushlightuserdata(L, S);
    lua_setfield(L, LUA_REGISTRYINDEX, "rapport.self");
    lua_pushcfunction(L, scr_setup_state);
    if (sbx_pcall(L, &S->sb, 0, 0, 100000) != LUA_OK) goto oom;
    scr_init_hooks(S);
    scr_lines_free(x.lines);
    return S;
oom:
    core_diag_add(diags, CORE_ERROR, name, "", 0, "memory", CORE_TR("out of memory while loading"));
fail:
    free(owned);
    scr_lines_free(x.lines);
    scr_free(S);
    return NULL;
}

scr_scenario *scr_load_buffer(const char *name, const char *buf, size_t len,
                              const scr_limits *limits, core_diags *diags)
{
    return load(name, buf, len, NULL, limits, diags);
}

scr_scenario *scr_load(const char *file, const scr_limits *limits, core_diags *diags)
{
    return scr_load_lang(file, limits, NULL, diags);
}

/* The file in the player's language (l10n.c): its NAME.LANG.po, when there is
 * one, replaces the model's strings once the model is checked and its choice
 * ids are made from the original text. */
scr_scenario *scr_load_lang(const char *file, const scr_limits *limits, const char *lang,
                            core_diags *diags)
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
    /* Read at the file's size (plus one byte to see growth), not in doubling
     * steps: the buffer is a good part of the peak for a large scenario. */
    struct stat st;
    size_t cap = 65536;
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 0)
        cap = (size_t)st.st_size < FILE_MAX ? (size_t)st.st_size + 1 : FILE_MAX + 1;
    char *buf = NULL;
    size_t len = 0;
    int read_errno = 0;
    for (;;) {
        if (len == cap || !buf) {
            if (buf) cap = cap * 2 > FILE_MAX + 1 ? FILE_MAX + 1 : cap * 2;
            char *p = realloc(buf, cap);
            if (!p) {
                read_errno = ENOMEM;
                break;
            }
            buf = p;
        }
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (got == 0 || len > FILE_MAX) break;
    }
    if (ferror(f) && !read_errno) read_errno = errno ? errno : EIO;
    fclose(f);
    if (read_errno || len > FILE_MAX) {
        if (len > FILE_MAX)
            core_diag_add(diags, CORE_ERROR, file, "", 0, "io",
                          CORE_TR("is larger than %u MiB; scenarios are text files"),
                          FILE_MAX >> 20);
        else {
            char msg[1024], shown[1024], en[256];
            CORE_DIAG_TWICE(msg, shown, CORE_TR("cannot be read: %s"),
                            (core_strerror_en(read_errno, en, sizeof en)), (strerror(read_errno)));
            core_diag_add_shown(diags, CORE_ERROR, file, "", 0, "io", shown, "%s", msg);
        }
        free(buf);
        return NULL;
    }
    scr_scenario *s = load(file, buf, len, buf, limits, diags);
    if (s && !(lang && !*lang)) scr_l10n_apply(s, file, lang, diags);
    return s;
}

void scr_free(scr_scenario *s)
{
    if (!s) return;
    scr_l10n_free(s);
    if (s->L) lua_close(s->L);
    core_scenario_free(s->sc);
    for (int i = 0; i < s->n_fns; i++)
        free(s->fn_paths[i]);
    for (int i = 0; i < s->n_stray; i++)
        free(s->stray[i].key);
    free(s->fn_paths);
    free(s);
}

const core_scenario *scr_model(const scr_scenario *s)
{
    return s->sc;
}

const core_hooks *scr_hooks(const scr_scenario *s)
{
    return &s->hooks;
}
