/* util.c: small pieces the loaders of scenarios and packs share. */
#include "script_local.h"

#include <ctype.h>
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool plain_name(const char *s)
{
    if (!(isalpha((unsigned char)s[0]) || s[0] == '_')) return false;
    for (const char *p = s + 1; *p; p++)
        if (!(isalnum((unsigned char)*p) || *p == '_')) return false;
    return true;
}

/* Appends s[0..len) to out at *at, truncating at n - 1 bytes. */
static void put(char *out, size_t n, size_t *at, const char *s, size_t len)
{
    if (*at + len >= n) len = *at < n - 1 ? n - 1 - *at : 0;
    memcpy(out + *at, s, len);
    *at += len;
}

void scr_join(char *out, size_t n, const char *path, const char *key)
{
    /* Called for every field of every node while checking, so no snprintf:
     * that was a fifth of loading a 10,000-node scenario. */
    if (n == 0) return;
    size_t at = 0, pl = strlen(path);
    if (out != path)
        put(out, n, &at, path, pl);
    else
        at = pl < n ? pl : n - 1;
    if (plain_name(key)) {
        if (pl) put(out, n, &at, ".", 1);
        put(out, n, &at, key, strlen(key));
    } else {
        size_t kl = strlen(key);
        put(out, n, &at, "[\"", 2);
        put(out, n, &at, key, kl > 200 ? 200 : kl);
        put(out, n, &at, "\"]", 2);
    }
    out[at] = '\0';
}

void scr_index(char *out, size_t n, const char *path, long long i)
{
    if (n == 0) return;
    char num[24];
    size_t k = sizeof num;
    unsigned long long u = i < 0 ? 0ull - (unsigned long long)i : (unsigned long long)i;
    do {
        num[--k] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (i < 0) num[--k] = '-';
    size_t at = 0;
    if (out != path)
        put(out, n, &at, path, strlen(path));
    else
        at = strlen(path) < n ? strlen(path) : n - 1;
    put(out, n, &at, "[", 1);
    put(out, n, &at, num + k, sizeof num - k);
    put(out, n, &at, "]", 1);
    out[at] = '\0';
}

const char *scr_type_name(lua_State *L, int idx)
{
    return lua_typename(L, lua_type(L, idx));
}

int scr_rawfield(lua_State *L, int idx, const char *key)
{
    idx = lua_absindex(L, idx);
    lua_pushstring(L, key);
    return lua_rawget(L, idx);
}

bool scr_valid_id(const char *s)
{
    if (!*s) return false;
    for (; *s; s++)
        if (!(isalnum((unsigned char)*s) || *s == '.' || *s == '_' || *s == '-')) return false;
    return true;
}

const char *scr_nearest(const char *s, const char *const *names, int n)
{
    const char *best = NULL;
    int cap = (int)strlen(s) / 3 + 1;
    if (cap < 2) cap = 2;
    int bd = cap + 1;
    for (int i = 0; i < n; i++) {
        int d = core_edit_distance(s, names[i], cap);
        if (d < bd) {
            bd = d;
            best = names[i];
        }
    }
    return best;
}

void scr_did_you_mean(char *buf, size_t n, const char *guess)
{
    if (guess)
        snprintf(buf, n, "; did you mean '%s'?", guess);
    else
        buf[0] = '\0';
}

void scr_unknown_keys(const scr_src *x, int idx, const char *path, const char *const *known,
                      const char *what)
{
    int n = 0;
    while (known[n])
        n++;
    lua_State *L = x->L;
    idx = lua_absindex(L, idx);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1); /* the value; the key stays for lua_next */
        if (lua_type(L, -1) != LUA_TSTRING) {
            core_diag_add(x->d, CORE_WARNING, x->file, path, scr_lines_find(x->lines, path),
                          "unknown-field", "has a %s; only named fields mean anything here",
                          lua_isinteger(L, -1) ? "list entry" : scr_type_name(L, -1));
            continue;
        }
        const char *k = lua_tostring(L, -1);
        bool ok = false;
        for (int i = 0; i < n && !ok; i++)
            ok = strcmp(k, known[i]) == 0;
        if (ok) continue;
        char dym[200], sub[600];
        scr_did_you_mean(dym, sizeof dym, scr_nearest(k, known, n));
        scr_join(sub, sizeof sub, path, k);
        core_diag_add(x->d, CORE_WARNING, x->file, sub, scr_lines_find(x->lines, sub),
                      "unknown-field", "'%.100s' is not a field %s knows, so it is ignored%s", k,
                      what, dym);
    }
}

void scr_lua_failure(const scr_src *x, const char *what, const char *msg)
{
    int line = 0;
    const char *rest = msg ? msg : "?";
    size_t fl = strlen(x->file);
    if (strncmp(rest, x->file, fl) == 0 && rest[fl] == ':') {
        char *end;
        long l = strtol(rest + fl + 1, &end, 10);
        if (end != rest + fl + 1 && *end == ':') {
            line = (int)l;
            rest = end + 1;
            while (*rest == ' ')
                rest++;
        }
    }
    core_diag_add(x->d, CORE_ERROR, x->file, "", line, "lua", "%s: %s", what, rest);
}
