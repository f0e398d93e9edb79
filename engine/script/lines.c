/* lines.c: a small Lua tokenizer that maps table paths to source lines. */
#include "lines.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { T_EOF, T_NAME, T_STRING, T_NUMBER, T_OP } tok_kind;

typedef struct tok {
    tok_kind kind;
    const char *s; /* start in the source */
    size_t n;      /* length; for strings, the contents between the quotes */
    int line;
} tok;

/* One recorded field. Its path lives in the arena (not NUL-terminated there),
 * so a 10,000-node file costs two growing buffers, not a malloc per field. */
typedef struct entry {
    size_t off;    /* into arena */
    unsigned len;  /* of the path */
    unsigned hash; /* FNV-1a of the path */
    int line;
} entry;

struct scr_lines {
    entry *v;
    int n, cap;
    char *arena;
    size_t alen, acap;
    int *slots;    /* open addressing over v: index + 1, 0 = empty */
    size_t nslots; /* a power of two, at least twice n */
};

#define PATH_MAX_LEN 1024

typedef struct lexer {
    const char *p, *end;
    int line;
    tok cur;
    scr_lines *out;
    int depth;               /* recursion guard for nested tables */
    char path[PATH_MAX_LEN]; /* the path being scanned, built in place */
    size_t plen;
} lexer;

/* Length of a long bracket opener "[==[" at p, or 0 when p is not one. */
static size_t long_open(const char *p, const char *end, int *level)
{
    if (p >= end || *p != '[') return 0;
    const char *q = p + 1;
    int lv = 0;
    while (q < end && *q == '=')
        q++, lv++;
    if (q < end && *q == '[') {
        *level = lv;
        return (size_t)(q - p + 1);
    }
    return 0;
}

/* Skips to just past the matching long bracket closer; counts lines. */
static void skip_long(lexer *lx, int level)
{
    while (lx->p < lx->end) {
        if (*lx->p == '\n') lx->line++;
        if (*lx->p == ']') {
            const char *q = lx->p + 1;
            int lv = 0;
            while (q < lx->end && *q == '=')
                q++, lv++;
            if (lv == level && q < lx->end && *q == ']') {
                lx->p = q + 1;
                return;
            }
        }
        lx->p++;
    }
}

static void next(lexer *lx)
{
    for (;;) {
        while (lx->p < lx->end && isspace((unsigned char)*lx->p)) {
            if (*lx->p == '\n') lx->line++;
            lx->p++;
        }
        if (lx->p + 1 < lx->end && lx->p[0] == '-' && lx->p[1] == '-') {
            lx->p += 2;
            int level;
            size_t k = long_open(lx->p, lx->end, &level);
            if (k) {
                lx->p += k;
                skip_long(lx, level);
            } else {
                while (lx->p < lx->end && *lx->p != '\n')
                    lx->p++;
            }
            continue;
        }
        break;
    }
    tok *t = &lx->cur;
    t->line = lx->line;
    t->s = lx->p;
    if (lx->p >= lx->end) {
        t->kind = T_EOF;
        t->n = 0;
        return;
    }
    char c = *lx->p;
    int level;
    size_t k;
    if (isalpha((unsigned char)c) || c == '_') {
        while (lx->p < lx->end && (isalnum((unsigned char)*lx->p) || *lx->p == '_'))
            lx->p++;
        t->kind = T_NAME;
    } else if (isdigit((unsigned char)c) ||
               (c == '.' && lx->p + 1 < lx->end && isdigit((unsigned char)lx->p[1]))) {
        while (lx->p < lx->end &&
               (isalnum((unsigned char)*lx->p) || *lx->p == '.' ||
                ((*lx->p == '-' || *lx->p == '+') &&
                 (lx->p[-1] == 'e' || lx->p[-1] == 'E' || lx->p[-1] == 'p' || lx->p[-1] == 'P'))))
            lx->p++;
        t->kind = T_NUMBER;
    } else if (c == '"' || c == '\'') {
        lx->p++;
        t->s = lx->p;
        while (lx->p < lx->end && *lx->p != c && *lx->p != '\n') {
            if (*lx->p == '\\' && lx->p + 1 < lx->end) {
                if (lx->p[1] == '\n') lx->line++;
                lx->p++;
            }
            lx->p++;
        }
        t->n = (size_t)(lx->p - t->s);
        if (lx->p < lx->end && *lx->p == c) lx->p++;
        t->kind = T_STRING;
        return;
    } else if ((k = long_open(lx->p, lx->end, &level)) != 0) {
        lx->p += k;
        t->s = lx->p;
        skip_long(lx, level);
        t->n = 0; /* long-string keys are not recorded */
        t->kind = T_STRING;
        return;
    } else {
        static const char *const ops[] = {
            "...", "..", "==", "~=", "<=", ">=", "//", "::", "<<", ">>"};
        t->kind = T_OP;
        size_t len = 1;
        for (size_t i = 0; i < sizeof ops / sizeof *ops; i++) {
            size_t ol = strlen(ops[i]);
            if ((size_t)(lx->end - lx->p) >= ol && memcmp(lx->p, ops[i], ol) == 0) {
                len = ol;
                break;
            }
        }
        lx->p += len;
    }
    t->n = (size_t)(lx->p - t->s);
}

static bool is(const tok *t, tok_kind k, const char *text)
{
    return t->kind == k && strlen(text) == t->n && memcmp(t->s, text, t->n) == 0;
}

static unsigned path_hash(const char *s, size_t n)
{
    unsigned h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* The slot holding path, or the empty slot where it would go. */
static size_t slot_of(const scr_lines *l, const char *s, size_t n, unsigned h)
{
    size_t mask = l->nslots - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        int k = l->slots[i];
        if (k == 0) return i;
        const entry *e = &l->v[k - 1];
        if (e->hash == h && e->len == n && memcmp(l->arena + e->off, s, n) == 0) return i;
    }
}

static bool rehash(scr_lines *l)
{
    size_t ns = l->nslots ? l->nslots * 2 : 1024;
    int *sl = calloc(ns, sizeof *sl);
    if (!sl) return false;
    free(l->slots);
    l->slots = sl;
    l->nslots = ns;
    for (int k = 0; k < l->n; k++) {
        const entry *e = &l->v[k];
        l->slots[slot_of(l, l->arena + e->off, e->len, e->hash)] = k + 1;
    }
    return true;
}

/* Records the current path at line; the first record of a path wins, as the
 * first one is where an author would look. */
static void record(lexer *lx, int line)
{
    scr_lines *l = lx->out;
    const char *s = lx->path;
    size_t n = lx->plen;
    if ((size_t)l->n * 2 >= l->nslots && !rehash(l)) return;
    unsigned h = path_hash(s, n);
    size_t at = slot_of(l, s, n, h);
    if (l->slots[at]) return;
    if (l->n == l->cap) {
        int nc = l->cap ? l->cap * 2 : 256;
        entry *v = realloc(l->v, sizeof *v * (size_t)nc);
        if (!v) return;
        l->v = v;
        l->cap = nc;
    }
    if (l->alen + n > l->acap) {
        size_t nc = l->acap ? l->acap * 2 : 16384;
        while (nc < l->alen + n)
            nc *= 2;
        char *a = realloc(l->arena, nc);
        if (!a) return;
        l->arena = a;
        l->acap = nc;
    }
    memcpy(l->arena + l->alen, s, n);
    l->v[l->n] = (entry){l->alen, (unsigned)n, h, line};
    l->alen += n;
    l->slots[at] = ++l->n;
}

/* Appends to the path being built; false (path unchanged) when it would not fit. */
static bool path_add(lexer *lx, const char *a, size_t an, const char *b, size_t bn, const char *c,
                     size_t cn)
{
    if (lx->plen + an + bn + cn >= PATH_MAX_LEN) return false;
    char *p = lx->path + lx->plen;
    memcpy(p, a, an);
    memcpy(p + an, b, bn);
    memcpy(p + an + bn, c, cn);
    lx->plen += an + bn + cn;
    return true;
}

/* ".name" (or "name" at the top), "[i]", "[\"key\"]". */
static bool path_name(lexer *lx, const char *s, size_t n)
{
    return path_add(lx, ".", lx->plen ? 1 : 0, s, n, "", 0);
}

static bool path_index(lexer *lx, long long i)
{
    char num[24];
    int k = snprintf(num, sizeof num, "%lld", i);
    return path_add(lx, "[", 1, num, (size_t)k, "]", 1);
}

/* Block keywords that open something an `end` (or `until`) closes. */
static int block_delta(const tok *t)
{
    if (t->kind != T_NAME) return 0;
    if (is(t, T_NAME, "function") || is(t, T_NAME, "if") || is(t, T_NAME, "do") ||
        is(t, T_NAME, "repeat"))
        return 1;
    if (is(t, T_NAME, "end") || is(t, T_NAME, "until")) return -1;
    return 0;
}

/* Skips one expression: up to a `,` `;` or `}` that is not nested. */
static void skip_expr(lexer *lx)
{
    int depth = 0;
    while (lx->cur.kind != T_EOF) {
        const tok *t = &lx->cur;
        if (depth == 0 && (is(t, T_OP, ",") || is(t, T_OP, ";") || is(t, T_OP, "}"))) return;
        if (is(t, T_OP, "(") || is(t, T_OP, "[") || is(t, T_OP, "{")) depth++;
        if (is(t, T_OP, ")") || is(t, T_OP, "]") || is(t, T_OP, "}")) depth--;
        depth += block_delta(t);
        if (depth < 0) return;
        next(lx);
    }
}

static bool plain_name(const char *s, size_t n)
{
    if (n == 0 || !(isalpha((unsigned char)s[0]) || s[0] == '_')) return false;
    for (size_t i = 1; i < n; i++)
        if (!(isalnum((unsigned char)s[i]) || s[i] == '_')) return false;
    return true;
}

/* Parses a table constructor at the current `{`, recording its fields under
 * the path in lx->path (have_path false: under no path, when it did not fit). */
static void table(lexer *lx, bool have_path)
{
    if (++lx->depth > 64) {
        skip_expr(lx);
        lx->depth--;
        return;
    }
    next(lx); /* past '{' */
    size_t base = lx->plen;
    int index = 0;
    while (lx->cur.kind != T_EOF && !is(&lx->cur, T_OP, "}")) {
        int line = lx->cur.line;
        bool have_key = have_path;
        lx->plen = base;
        tok first = lx->cur;
        if (first.kind == T_NAME) {
            const char *save_p = lx->p;
            int save_line = lx->line;
            next(lx);
            if (is(&lx->cur, T_OP, "=")) {
                have_key = have_key && path_name(lx, first.s, first.n);
                next(lx);
            } else { /* a positional value starting with a name: rewind */
                lx->p = save_p;
                lx->line = save_line;
                lx->cur = first;
                have_key = have_key && path_index(lx, ++index);
            }
        } else if (is(&first, T_OP, "[")) {
            next(lx);
            tok key = lx->cur;
            skip_expr(lx); /* stops at ']' via depth < 0 */
            if (key.kind == T_STRING && plain_name(key.s, key.n))
                have_key = have_key && path_name(lx, key.s, key.n);
            else if (key.kind == T_STRING)
                have_key = have_key && path_add(lx, "[\"", 2, key.s, key.n, "\"]", 2);
            else if (key.kind == T_NUMBER)
                have_key = have_key && path_add(lx, "[", 1, key.s, key.n, "]", 1);
            else
                have_key = false;
            if (is(&lx->cur, T_OP, "]")) next(lx);
            if (is(&lx->cur, T_OP, "=")) next(lx);
        } else {
            ++index;
            have_key = have_key && path_index(lx, index);
        }
        if (have_key) record(lx, line);
        if (is(&lx->cur, T_OP, "{"))
            table(lx, have_key);
        else
            skip_expr(lx);
        if (is(&lx->cur, T_OP, ",") || is(&lx->cur, T_OP, ";"))
            next(lx);
        else if (!is(&lx->cur, T_OP, "}"))
            next(lx); /* malformed: keep moving */
    }
    lx->plen = base;
    if (is(&lx->cur, T_OP, "}")) next(lx);
    lx->depth--;
}

scr_lines *scr_lines_scan(const char *src, size_t len)
{
    scr_lines *l = calloc(1, sizeof *l);
    if (!l) return NULL;
    lexer lx = {.p = src, .end = src + len, .line = 1, .out = l};
    next(&lx);
    int block = 0;
    while (lx.cur.kind != T_EOF) {
        block += block_delta(&lx.cur);
        if (block == 0 && is(&lx.cur, T_NAME, "return")) {
            next(&lx);
            if (is(&lx.cur, T_OP, "{")) {
                lx.plen = 0;
                table(&lx, true);
                continue;
            }
            continue;
        }
        next(&lx);
    }
    return l;
}

void scr_lines_free(scr_lines *l)
{
    if (!l) return;
    free(l->v);
    free(l->arena);
    free(l->slots);
    free(l);
}

int scr_lines_find(const scr_lines *l, const char *path)
{
    if (!l || l->n == 0) return 0;
    size_t n = strlen(path);
    for (;;) {
        int k = l->slots[slot_of(l, path, n, path_hash(path, n))];
        if (k) return l->v[k - 1].line;
        /* Walk up to the parent: drop the last ".name" or "[i]". */
        size_t cut = n;
        while (cut > 0 && path[cut - 1] != '.' && path[cut - 1] != '[')
            cut--;
        if (cut <= 1) return 0;
        n = cut - 1;
    }
}
