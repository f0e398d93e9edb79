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

typedef struct entry {
    char *path;
    int line;
} entry;

struct scr_lines {
    entry *v;
    int n, cap;
    bool sorted;
};

typedef struct lexer {
    const char *p, *end;
    int line;
    tok cur;
    scr_lines *out;
    int depth; /* recursion guard for nested tables */
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

static void record(lexer *lx, const char *path, int line)
{
    scr_lines *l = lx->out;
    if (l->n == l->cap) {
        int nc = l->cap ? l->cap * 2 : 256;
        entry *v = realloc(l->v, sizeof *v * (size_t)nc);
        if (!v) return;
        l->v = v;
        l->cap = nc;
    }
    char *p = strdup(path);
    if (!p) return;
    l->v[l->n++] = (entry){p, line};
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

/* Parses a table constructor at the current `{`, recording its fields under path. */
static void table(lexer *lx, const char *path)
{
    if (++lx->depth > 64) {
        skip_expr(lx);
        lx->depth--;
        return;
    }
    next(lx); /* past '{' */
    int index = 0;
    while (lx->cur.kind != T_EOF && !is(&lx->cur, T_OP, "}")) {
        char sub[1024];
        int line = lx->cur.line;
        bool have_key = true;
        tok first = lx->cur;
        if (first.kind == T_NAME) {
            const char *save_p = lx->p;
            int save_line = lx->line;
            next(lx);
            if (is(&lx->cur, T_OP, "=")) {
                snprintf(sub, sizeof sub, "%s%s%.*s", path, path[0] ? "." : "", (int)first.n,
                         first.s);
                next(lx);
            } else { /* a positional value starting with a name: rewind */
                lx->p = save_p;
                lx->line = save_line;
                lx->cur = first;
                snprintf(sub, sizeof sub, "%s[%d]", path, ++index);
            }
        } else if (is(&first, T_OP, "[")) {
            next(lx);
            tok key = lx->cur;
            skip_expr(lx); /* stops at ']' via depth < 0 */
            if (key.kind == T_STRING && plain_name(key.s, key.n))
                snprintf(sub, sizeof sub, "%s%s%.*s", path, path[0] ? "." : "", (int)key.n, key.s);
            else if (key.kind == T_STRING)
                snprintf(sub, sizeof sub, "%s[\"%.*s\"]", path, (int)key.n, key.s);
            else if (key.kind == T_NUMBER)
                snprintf(sub, sizeof sub, "%s[%.*s]", path, (int)key.n, key.s);
            else
                have_key = false;
            if (is(&lx->cur, T_OP, "]")) next(lx);
            if (is(&lx->cur, T_OP, "=")) next(lx);
        } else {
            snprintf(sub, sizeof sub, "%s[%d]", path, ++index);
        }
        if (have_key) record(lx, sub, line);
        if (is(&lx->cur, T_OP, "{"))
            table(lx, have_key ? sub : "?");
        else
            skip_expr(lx);
        if (is(&lx->cur, T_OP, ",") || is(&lx->cur, T_OP, ";"))
            next(lx);
        else if (!is(&lx->cur, T_OP, "}"))
            next(lx); /* malformed: keep moving */
    }
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
                table(&lx, "");
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
    for (int i = 0; i < l->n; i++)
        free(l->v[i].path);
    free(l->v);
    free(l);
}

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const entry *)a)->path, ((const entry *)b)->path);
}

int scr_lines_find(const scr_lines *cl, const char *path)
{
    scr_lines *l = (scr_lines *)cl; /* sorting lazily is a cache, not a change */
    if (!l) return 0;
    if (!l->sorted) {
        /* Keep the first record of a path when the scan saw it twice. */
        qsort(l->v, (size_t)l->n, sizeof *l->v, cmp_entry);
        l->sorted = true;
    }
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", path);
    for (;;) {
        entry key = {buf, 0};
        entry *e = bsearch(&key, l->v, (size_t)l->n, sizeof *l->v, cmp_entry);
        if (e) return e->line;
        /* Walk up to the parent: strip the last ".name" or "[i]". */
        char *dot = strrchr(buf, '.'), *br = strrchr(buf, '[');
        char *cut = dot > br ? dot : br;
        if (!cut || cut == buf) return 0;
        *cut = '\0';
    }
}
