/* lines.c: a small Lua tokenizer that maps table paths to source lines. */
#include "lines.h"

#include <stdbool.h>
#include <stdint.h>
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

/* One recorded field: the 64-bit FNV-1a hash of its path, not the path. A
 * 10,000-node file records about 260,000 fields; as strings they took 33 MiB,
 * as hashes they take 4. Two paths with the same hash would share a line;
 * among a million paths the odds are about 1 in 30 million. */
typedef struct entry {
    uint64_t hash;
    int line;
} entry;

struct scr_lines {
    entry *v; /* sorted by hash, then line, after the scan; one per hash */
    size_t n, cap;
};

typedef struct lexer {
    const char *p, *end;
    int line;
    tok cur;
    scr_lines *out;
    int depth; /* recursion guard for nested tables */
} lexer;

/* Character classes of the C locale, inline: the <ctype.h> ones cost a call
 * per byte, and this scan reads every byte of a possibly 16 MiB file. */
static bool is_space(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool is_alnum(char c)
{
    return is_alpha(c) || is_digit(c);
}

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
        while (lx->p < lx->end && is_space(*lx->p)) {
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
    if (is_alpha(c)) {
        while (lx->p < lx->end && (is_alnum(*lx->p)))
            lx->p++;
        t->kind = T_NAME;
    } else if (is_digit(c) || (c == '.' && lx->p + 1 < lx->end && is_digit(lx->p[1]))) {
        while (lx->p < lx->end &&
               (is_alnum(*lx->p) || *lx->p == '.' ||
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
        /* Multi-character operators: "...", "..", "==", "~=", "<=", ">=", "//",
         * "::", "<<", ">>". Only their length matters to the scan. */
        t->kind = T_OP;
        size_t len = 1, left = (size_t)(lx->end - lx->p);
        char d = left > 1 ? lx->p[1] : 0;
        if (c == '.' && d == '.')
            len = left > 2 && lx->p[2] == '.' ? 3 : 2;
        else if ((d == '=' && (c == '=' || c == '~' || c == '<' || c == '>')) ||
                 (c == d && (c == '/' || c == ':' || c == '<' || c == '>')))
            len = 2;
        lx->p += len;
    }
    t->n = (size_t)(lx->p - t->s);
}

static bool is(const tok *t, tok_kind k, const char *text)
{
    return t->kind == k && strlen(text) == t->n && memcmp(t->s, text, t->n) == 0;
}

/* The one-character operator c (the scan asks this for every token). */
static bool op(const tok *t, char c)
{
    return t->kind == T_OP && t->n == 1 && t->s[0] == c;
}

#define FNV_BASIS 14695981039346656037ull

/* Continues the FNV-1a hash h over s[0..n): the hash of a path is built from
 * its parent's as the scan descends, and equals that of the whole string. */
static uint64_t fnv(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

static void record(lexer *lx, uint64_t h, int line)
{
    scr_lines *l = lx->out;
    if (l->n == l->cap) {
        size_t nc = l->cap ? l->cap * 2 : 1024;
        entry *v = realloc(l->v, sizeof *v * nc);
        if (!v) return;
        l->v = v;
        l->cap = nc;
    }
    l->v[l->n++] = (entry){h, line};
}

/* The hash of parent + ".name" (or "name" at the top). */
static uint64_t hash_name(uint64_t parent, bool top, const char *s, size_t n)
{
    return fnv(top ? parent : fnv(parent, ".", 1), s, n);
}

/* The hash of parent + "[i]". */
static uint64_t hash_index(uint64_t parent, int i)
{
    char num[16];
    size_t k = sizeof num;
    unsigned u = (unsigned)i;
    do {
        num[--k] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    return fnv(fnv(fnv(parent, "[", 1), num + k, sizeof num - k), "]", 1);
}

/* Block keywords that open something an `end` (or `until`) closes. */
static int block_delta(const tok *t)
{
    if (t->kind != T_NAME || t->n < 2 || t->n > 8) return 0;
    char c = t->s[0]; /* most names are not keywords: rule them out by the first letter */
    if (c != 'f' && c != 'i' && c != 'd' && c != 'r' && c != 'e' && c != 'u') return 0;
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
        if (depth == 0 && (op(t, ',') || op(t, ';') || op(t, '}'))) return;
        if (op(t, '(') || op(t, '[') || op(t, '{')) depth++;
        if (op(t, ')') || op(t, ']') || op(t, '}')) depth--;
        depth += block_delta(t);
        if (depth < 0) return;
        next(lx);
    }
}

static bool plain_name(const char *s, size_t n)
{
    if (n == 0 || !is_alpha(s[0])) return false;
    for (size_t i = 1; i < n; i++)
        if (!is_alnum(s[i])) return false;
    return true;
}

/* Parses a table constructor at the current `{`, recording its fields under
 * the path whose hash is base (top: the returned table itself; have_path
 * false: under no known path). */
static void table(lexer *lx, uint64_t base, bool top, bool have_path)
{
    if (++lx->depth > 64) {
        skip_expr(lx);
        lx->depth--;
        return;
    }
    next(lx); /* past '{' */
    int index = 0;
    while (lx->cur.kind != T_EOF && !op(&lx->cur, '}')) {
        int line = lx->cur.line;
        bool have_key = have_path;
        uint64_t h = 0;
        tok first = lx->cur;
        if (first.kind == T_NAME) {
            const char *save_p = lx->p;
            int save_line = lx->line;
            next(lx);
            if (op(&lx->cur, '=')) {
                h = hash_name(base, top, first.s, first.n);
                next(lx);
            } else { /* a positional value starting with a name: rewind */
                lx->p = save_p;
                lx->line = save_line;
                lx->cur = first;
                h = hash_index(base, ++index);
            }
        } else if (op(&first, '[')) {
            next(lx);
            tok key = lx->cur;
            skip_expr(lx); /* stops at ']' via depth < 0 */
            if (key.kind == T_STRING && plain_name(key.s, key.n))
                h = hash_name(base, top, key.s, key.n);
            else if (key.kind == T_STRING)
                h = fnv(fnv(fnv(base, "[\"", 2), key.s, key.n), "\"]", 2);
            else if (key.kind == T_NUMBER)
                h = fnv(fnv(fnv(base, "[", 1), key.s, key.n), "]", 1);
            else
                have_key = false;
            if (op(&lx->cur, ']')) next(lx);
            if (op(&lx->cur, '=')) next(lx);
        } else {
            h = hash_index(base, ++index);
        }
        if (have_key) record(lx, h, line);
        if (op(&lx->cur, '{'))
            table(lx, h, false, have_key);
        else
            skip_expr(lx);
        if (op(&lx->cur, ',') || op(&lx->cur, ';'))
            next(lx);
        else if (!op(&lx->cur, '}'))
            next(lx); /* malformed: keep moving */
    }
    if (op(&lx->cur, '}')) next(lx);
    lx->depth--;
}

/* Sorts v by hash, keeping the file order of equal hashes: an LSD radix sort,
 * a byte per pass. qsort was a tenth of loading a 10,000-node file. Returns
 * false (v unchanged) when out of memory. */
static bool sort_by_hash(entry *v, size_t n)
{
    entry *tmp = malloc(sizeof *tmp * n);
    if (!tmp) return false;
    entry *from = v, *to = tmp;
    for (int shift = 0; shift < 64; shift += 8) {
        size_t count[257] = {0};
        for (size_t i = 0; i < n; i++)
            count[((from[i].hash >> shift) & 0xff) + 1]++;
        if (count[((from[0].hash >> shift) & 0xff) + 1] == n) continue; /* one bucket: no-op */
        for (int b = 0; b < 256; b++)
            count[b + 1] += count[b];
        for (size_t i = 0; i < n; i++)
            to[count[(from[i].hash >> shift) & 0xff]++] = from[i];
        entry *x = from;
        from = to;
        to = x;
    }
    if (from != v) memcpy(v, from, sizeof *v * n);
    free(tmp);
    return true;
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
            if (op(&lx.cur, '{')) {
                table(&lx, FNV_BASIS, true, true);
                continue;
            }
            continue;
        }
        next(&lx);
    }
    /* Sort for lookups, and keep one entry per path: the first in the file,
     * which is where an author would look (the sort keeps file order). */
    if (l->n > 1 && !sort_by_hash(l->v, l->n)) l->n = 0; /* no lines, rather than wrong ones */
    size_t k = 0;
    for (size_t i = 0; i < l->n; i++)
        if (k == 0 || l->v[k - 1].hash != l->v[i].hash) l->v[k++] = l->v[i];
    l->n = k;
    if (k && k < l->cap) { /* give the growth slack back */
        entry *v = realloc(l->v, sizeof *v * k);
        if (v) l->v = v;
        l->cap = k;
    }
    return l;
}

void scr_lines_free(scr_lines *l)
{
    if (!l) return;
    free(l->v);
    free(l);
}

static const entry *lookup(const scr_lines *l, uint64_t h)
{
    size_t lo = 0, hi = l->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (l->v[mid].hash < h)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < l->n && l->v[lo].hash == h ? &l->v[lo] : NULL;
}

int scr_lines_find(const scr_lines *l, const char *path)
{
    if (!l || l->n == 0) return 0;
    size_t n = strlen(path);
    for (;;) {
        const entry *e = lookup(l, fnv(FNV_BASIS, path, n));
        if (e) return e->line;
        /* Walk up to the parent: drop the last ".name" or "[i]". */
        size_t cut = n;
        while (cut > 0 && path[cut - 1] != '.' && path[cut - 1] != '[')
            cut--;
        if (cut <= 1) return 0;
        n = cut - 1;
    }
}
