/* util.c: small pieces the loaders of scenarios and packs share. */
#include "script_local.h"

#include <ctype.h>
#include <lauxlib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void scr_diag(const scr_src *x, core_severity sev, const char *path, const char *code,
              const char *guess, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    core_diag_vadd_guess(x->d, sev, x->file, path, scr_lines_find(x->lines, path), code, guess, fmt,
                         ap);
    va_end(ap);
}

bool scr_run_checks(const scr_src *x, lua_CFunction check, void *ctx)
{
    lua_State *L = x->L;
    lua_pushcfunction(L, check);
    lua_insert(L, -2); /* check, table */
    lua_pushlightuserdata(L, ctx);
    if (lua_pcall(L, 2, 0, 0) == LUA_OK) return true;
    core_diag_add(x->d, CORE_ERROR, x->file, "", 0, "internal", CORE_TR("could not be checked: %s"),
                  lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "out of memory");
    lua_pop(L, 1); /* the error */
    return false;
}

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
    if (best) return best;
    /* Nothing a slip away: a name s begins, up to a word ("rotterdam" for
     * "rotterdam_friday"), the shortest such. */
    size_t ls = strlen(s);
    for (int i = 0; ls >= 3 && i < n; i++) {
        size_t ln = strlen(names[i]);
        if (ln > ls && strncmp(names[i], s, ls) == 0 && strchr("_.-", names[i][ls]) &&
            (!best || ln < strlen(best)))
            best = names[i];
    }
    return best;
}

/* Edit distance with adjacent transpositions counting one ("tetx" is one
 * slip from "text"), capped: returns cap + 1 when the distance is larger. */
static int slip_distance(const char *a, const char *b, int cap)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64 || (la > lb ? la - lb : lb - la) > (size_t)cap) return cap + 1;
    int d[65][65];
    for (size_t i = 0; i <= la; i++)
        d[i][0] = (int)i;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = (int)j;
    for (size_t i = 1; i <= la; i++)
        for (size_t j = 1; j <= lb; j++) {
            int v = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < v) v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v) v = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < v)
                v = d[i - 2][j - 2] + 1;
            d[i][j] = v;
        }
    return d[la][lb] > cap ? cap + 1 : d[la][lb];
}

/* The known field k is probably what the author meant: one slip away, or two
 * from a name of five letters or more (two slips from "to" is "tip", a word
 * of its own). */
static bool misspelt(const char *k, const char *known)
{
    int d = slip_distance(k, known, 2);
    return d == 1 || (d == 2 && strlen(known) >= 5);
}

/* The shared walk of scr_unknown_keys and scr_check_fields. */
static void check_keys(const scr_src *x, int idx, const char *path, const char *const *names,
                       const char *const *without, int n, const char *what)
{
    lua_State *L = x->L;
    idx = lua_absindex(L, idx);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1); /* the value; the key stays for lua_next */
        if (lua_type(L, -1) != LUA_TSTRING) {
            int at = scr_lines_find(x->lines, path);
            if (lua_isinteger(L, -1))
                core_diag_add(x->d, CORE_WARNING, x->file, path, at, "unknown-field",
                              CORE_TR("has a list entry; only named fields mean anything here"));
            else
                core_diag_add(x->d, CORE_WARNING, x->file, path, at, "unknown-field",
                              CORE_TR("has a %s; only named fields mean anything here"),
                              scr_type_name(L, -1));
            continue;
        }
        const char *k = lua_tostring(L, -1);
        bool ok = false;
        for (int i = 0; i < n && !ok; i++)
            ok = strcmp(k, names[i]) == 0;
        if (ok) continue;
        char sub[600];
        scr_join(sub, sizeof sub, path, k);
        int line = scr_lines_find(x->lines, sub);
        /* A slip of a field the table lacks changes what the scenario does
         * without a sound (no speaker: the narrator speaks), so it refuses
         * the file; next to the real field it only adds nothing. */
        int meant = -1;
        for (int i = 0; without && i < n && meant < 0; i++) {
            if (!misspelt(k, names[i])) continue;
            int ty = scr_rawfield(L, idx, names[i]);
            lua_pop(L, 1);
            if (ty == LUA_TNIL) meant = i;
        }
        /* The English for tools, and the same in the reader's words: without[]
         * and what are marked CORE_TR where they are written. */
        char msg[900], shown[900];
        if (meant >= 0) {
            const char *no = without[meant] ? without[meant] : CORE_TR("that field is not set");
            CORE_DIAG_TWICE(msg, shown, CORE_TR("unknown field; did you mean '%s'? Without it, %s"),
                            (names[meant], no), (names[meant], core_diag_tr(no)));
            core_diag_add_shown(x->d, CORE_ERROR, x->file, sub, line, "misspelt-field", shown, "%s",
                                msg);
            continue;
        }
        CORE_DIAG_TWICE(msg, shown, CORE_TR("'%.100s' is not a field %s knows, so it is ignored"),
                        (k, what), (k, core_diag_tr(what)));
        core_diag_append_guess(msg, sizeof msg, shown, sizeof shown, scr_nearest(k, names, n));
        core_diag_add_shown(x->d, CORE_WARNING, x->file, sub, line, "unknown-field", shown, "%s",
                            msg);
    }
}

void scr_unknown_keys(const scr_src *x, int idx, const char *path, const char *const *known,
                      const char *what)
{
    int n = 0;
    while (known[n])
        n++;
    check_keys(x, idx, path, known, NULL, n, what);
}

void scr_check_fields(const scr_src *x, int idx, const char *path, const scr_field *fields,
                      const char *what)
{
    const char *names[64], *without[64];
    int n = 0;
    for (; fields[n].name && n < 64; n++) {
        names[n] = fields[n].name;
        without[n] = fields[n].without;
    }
    check_keys(x, idx, path, names, without, n, what);
}

/* Start of line `line` (1-based) in src[0..len), or NULL. */
static const char *line_start(const char *src, size_t len, int line)
{
    const char *p = src, *end = src + len;
    for (int l = 1; l < line && p; l++) {
        p = memchr(p, '\n', (size_t)(end - p));
        if (p) p++;
    }
    return p && p <= end ? p : NULL;
}

/* The last byte of code on the line at p (before a `--` comment and trailing
 * blanks), or 0 when the line holds no code. Quotes are followed so a "--"
 * inside a string is not taken for a comment. */
static char last_code_char(const char *p, const char *end)
{
    char last = 0, quote = 0;
    for (; p < end && *p != '\n'; p++) {
        if (quote) {
            if (*p == '\\' && p + 1 < end)
                p++;
            else if (*p == quote)
                quote = 0;
            last = *p;
            continue;
        }
        if (*p == '-' && p + 1 < end && p[1] == '-') break;
        if (*p == '"' || *p == '\'') quote = *p;
        if (*p != ' ' && *p != '\t' && *p != '\r') last = *p;
    }
    return last;
}

/* Lua says "'}' expected ... near 'title'" where a comma is missing between
 * two fields, on the line of the second. Says where the comma goes: the end
 * of the previous line of code when 'title' starts its line, else before
 * 'title'. Returns the line the finding belongs on (0: no hint). */
static int comma_hint(const char *src, size_t len, int line, const char *rest, char *hint, size_t n,
                      bool tr)
{
    const char *near = strstr(rest, "' expected");
    const char *tok = strstr(rest, " near ");
    if (!src || line <= 0 || !near || near - rest != 2 || rest[1] != '}' || !tok) return 0;
    tok += 6;
    size_t tl = strlen(tok);
    if (tl > 2 && (tok[0] == '\'' || tok[0] == '"')) tok++, tl -= 2; /* Lua quotes the token */
    if (tl == 0 || strncmp(tok, "<eof>", 5) == 0) return 0;
    const char *end = src + len, *ls = line_start(src, len, line);
    if (!ls) return 0;
    const char *code = ls;
    while (code < end && (*code == ' ' || *code == '\t'))
        code++;
    bool first = (size_t)(end - code) >= tl && memcmp(code, tok, tl) == 0;
    if (!first) {
        snprintf(hint, n,
                 tr ? core_diag_tr(CORE_TR("; a comma is probably missing before '%.*s'"))
                    : "; a comma is probably missing before '%.*s'",
                 (int)(tl > 40 ? 40 : tl), tok);
        return line;
    }
    for (int l = line - 1; l >= 1; l--) {
        char c = last_code_char(line_start(src, len, l), end);
        if (!c) continue; /* blank or comment only */
        if (c == ',' || c == ';' || c == '{') return 0;
        snprintf(hint, n,
                 tr ? core_diag_tr(
                          CORE_TR(" (line %d); a comma is probably missing at the end of line %d"))
                    : " (line %d); a comma is probably missing at the end of line %d",
                 line, l);
        return l;
    }
    return 0;
}

void scr_lua_failure_src(const scr_src *x, const char *what, const char *msg, const char *src,
                         size_t len)
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
    /* Lua's own words stay as Lua says them; ours around them are shown in
     * the reader's language (core_diag_tr), the English kept for tools. */
    char hint[160] = "", hint_tr[320] = "", shown[1200];
    int at = comma_hint(src, len, line, rest, hint, sizeof hint, false);
    comma_hint(src, len, line, rest, hint_tr, sizeof hint_tr, true);
    snprintf(shown, sizeof shown, "%s: %s%s", core_diag_tr(what), rest, hint_tr);
    core_diag_add_shown(x->d, CORE_ERROR, x->file, "", at ? at : line, "lua", shown, "%s: %s%s",
                        what, rest, hint);
}

void scr_lua_failure(const scr_src *x, const char *what, const char *msg)
{
    scr_lua_failure_src(x, what, msg, NULL, 0);
}
