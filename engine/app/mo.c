/* mo.c: GNU .mo catalogs read without gettext (app_mo.h).
 *
 * The format (GNU gettext manual, "The Format of GNU MO Files"): a header of
 * seven 32-bit words in the writer's byte order (magic 0x950412de, revision,
 * N messages, the offsets of the table of originals and of translations, the
 * hash table's size and offset), then two tables of N (length, offset) pairs
 * whose strings each end with a NUL that the length leaves out. A message
 * with plural forms keeps them NUL-separated in one string. msgfmt sorts the
 * originals by strcmp, which binary search needs; a file whose messages are
 * not in that order is refused rather than searched wrongly.
 *
 * Every number read from the file is checked against the file's size before
 * it is used, in 64-bit arithmetic, so no count or offset can make a read
 * leave the copy of the file this keeps. The plural expression is evaluated
 * by a small recursive-descent reader of gettext's C-like grammar with a
 * depth limit; one that does not read gives gettext's default rule.
 *
 * Depends on: the C library. */
#include "app_mo.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#define MO_MAGIC 0x950412deu
#define HEADER_WORDS 7
#define MAX_NPLURALS 32
#define MAX_DEPTH 64

typedef struct entry {
    const char *id;  /* borrowed from bytes: the msgid (its first form) */
    const char *str; /* borrowed from bytes: the translation, forms NUL-separated */
    uint32_t str_len;
} entry;

struct app_mo {
    char *bytes; /* owned: the file as read */
    entry *e;    /* owned: [n], in strcmp order of id */
    int n;
    const char *header; /* borrowed from bytes, or "" */
    char plural[200];   /* the Plural-Forms expression; "" for n != 1 */
    unsigned long nplurals;
};

static void say(char *err, size_t n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void say(char *err, size_t n, const char *fmt, ...)
{
    if (!err || n == 0) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, n, fmt, ap);
    va_end(ap);
}

static uint32_t word(const unsigned char *p, bool big)
{
    return big ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]
               : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

/* ---- the plural expression ---- */

typedef struct ev {
    const char *p;
    unsigned long n;
    int depth;
    bool bad;
} ev;

static unsigned long ternary(ev *e);

static bool eat(ev *e, const char *tok)
{
    e->p += strspn(e->p, " \t");
    size_t k = strlen(tok);
    if (strncmp(e->p, tok, k) != 0) return false;
    e->p += k;
    return true;
}

static unsigned long primary(ev *e)
{
    if (eat(e, "(")) {
        unsigned long v = ternary(e);
        if (!eat(e, ")")) e->bad = true;
        return v;
    }
    if (eat(e, "n")) return e->n;
    if (*e->p >= '0' && *e->p <= '9') {
        unsigned long v = 0;
        for (; *e->p >= '0' && *e->p <= '9'; e->p++) {
            if (v > 100000000ul) e->bad = true; /* no rule needs such numbers */
            v = v * 10 + (unsigned long)(*e->p - '0');
        }
        return v;
    }
    e->bad = true;
    return 0;
}

static unsigned long unary(ev *e)
{
    if (++e->depth > MAX_DEPTH) {
        e->bad = true;
        return 0;
    }
    unsigned long v;
    e->p += strspn(e->p, " \t");
    if (e->p[0] == '!' && e->p[1] != '=') {
        e->p++;
        v = !unary(e);
    } else {
        v = primary(e);
    }
    e->depth--;
    return v;
}

/* The binary operators by precedence, loosest first (C's, as gettext's
 * grammar); within a level, longer tokens before their prefixes. */
static const char *const levels[][5] = {
    {"||"}, {"&&"}, {"==", "!="}, {"<=", ">=", "<", ">"}, {"+", "-"}, {"*", "/", "%"}};
#define N_LEVELS (int)(sizeof levels / sizeof *levels)

static unsigned long apply(ev *e, const char *op, unsigned long a, unsigned long b)
{
    switch (op[0] == op[1] || op[1] == '=' ? op[0] * 256 + op[1] : op[0]) {
    case '|' * 256 + '|':
        return a || b;
    case '&' * 256 + '&':
        return a && b;
    case '=' * 256 + '=':
        return a == b;
    case '!' * 256 + '=':
        return a != b;
    case '<' * 256 + '=':
        return a <= b;
    case '>' * 256 + '=':
        return a >= b;
    case '<':
        return a < b;
    case '>':
        return a > b;
    case '+':
        return a + b;
    case '-':
        return a - b;
    case '*':
        return a * b;
    default:          /* '/' and '%' */
        if (b == 0) { /* gettext would raise SIGFPE; here: the default rule */
            e->bad = true;
            return 0;
        }
        return op[0] == '/' ? a / b : a % b;
    }
}

/* A chain of operators of level lvl and tighter. Both sides of || and &&
 * are read: the grammar has no side effects. */
static unsigned long binary(ev *e, int lvl)
{
    if (lvl == N_LEVELS) return unary(e);
    unsigned long v = binary(e, lvl + 1);
    while (!e->bad) {
        const char *op = NULL;
        for (int k = 0; !op && levels[lvl][k]; k++)
            if (eat(e, levels[lvl][k])) op = levels[lvl][k];
        if (!op) break;
        v = apply(e, op, v, binary(e, lvl + 1));
    }
    return v;
}

static unsigned long ternary(ev *e)
{
    if (++e->depth > MAX_DEPTH) {
        e->bad = true;
        return 0;
    }
    unsigned long c = binary(e, 0);
    if (!e->bad && eat(e, "?")) {
        unsigned long a = ternary(e);
        if (!eat(e, ":")) e->bad = true;
        unsigned long b = e->bad ? 0 : ternary(e);
        c = c ? a : b;
    }
    e->depth--;
    return c;
}

/* expr evaluated for n; false when it does not read (syntax, depth, a
 * division by zero). */
static bool evaluate(const char *expr, unsigned long n, unsigned long *out)
{
    ev e = {.p = expr, .n = n};
    unsigned long v = ternary(&e);
    e.p += strspn(e.p, " \t");
    if (e.bad || *e.p) return false;
    *out = v;
    return true;
}

/* ---- the header ---- */

/* The value of header field name ("Plural-Forms:") into out[n], up to the
 * end of its line; false when absent or too long. */
static bool field(const char *hdr, const char *name, char *out, size_t n)
{
    size_t k = strlen(name);
    for (const char *p = hdr; *p;) {
        size_t line = strcspn(p, "\n");
        if (line >= k && strncasecmp(p, name, k) == 0) {
            const char *v = p + k + strspn(p + k, " \t");
            size_t len = line - (size_t)(v - p);
            if (len >= n) return false;
            memcpy(out, v, len);
            out[len] = '\0';
            return true;
        }
        p += line;
        if (*p) p++;
    }
    return false;
}

/* Plural-Forms: "nplurals=2; plural=(n > 1);" into m when both parts read
 * (nplurals from 1 to MAX_NPLURALS, an expression of gettext's grammar);
 * else gettext's default, 2 forms and n != 1. */
static void read_plural(struct app_mo *m)
{
    char v[sizeof m->plural + 40];
    m->plural[0] = '\0';
    m->nplurals = 2;
    if (!field(m->header, "Plural-Forms:", v, sizeof v)) return;
    const char *np = strstr(v, "nplurals="), *pl = strstr(v, "plural=");
    if (!np || !pl) return;
    char *end;
    unsigned long count = strtoul(np + 9, &end, 10);
    if (end == np + 9 || count < 1 || count > MAX_NPLURALS) return;
    pl += 7;
    size_t len = strcspn(pl, ";");
    if (len == 0 || len >= sizeof m->plural) return;
    char expr[sizeof m->plural];
    memcpy(expr, pl, len);
    expr[len] = '\0';
    unsigned long probe;
    if (!evaluate(expr, 0, &probe)) return;
    memcpy(m->plural, expr, len + 1);
    m->nplurals = count;
}

/* A charset other than UTF-8 (or its subset ASCII) in Content-Type. */
static bool other_charset(const char *hdr, char *cs, size_t n)
{
    char v[200];
    if (!field(hdr, "Content-Type:", v, sizeof v)) return false;
    const char *c = strstr(v, "charset=");
    if (!c) return false;
    c += 8;
    size_t len = strcspn(c, " \t;");
    snprintf(cs, n, "%.*s", (int)len, c);
    return strcasecmp(cs, "UTF-8") != 0 && strcasecmp(cs, "UTF8") != 0 &&
           strcasecmp(cs, "ASCII") != 0 && strcasecmp(cs, "US-ASCII") != 0;
}

/* ---- reading ---- */

/* Entry i of the table at offset table: its string, checked to lie inside
 * the len bytes at b and to end with a NUL there. */
static bool string_at(const unsigned char *b, size_t len, uint64_t table, uint32_t i, bool big,
                      const char **s, uint32_t *slen, const char *what, char *err, size_t n)
{
    const unsigned char *at = b + table + (uint64_t)i * 8; /* the table fits: checked */
    uint32_t l = word(at, big), off = word(at + 4, big);
    if ((uint64_t)off + l >= len) {
        say(err, n,
            "message %u's %s (%u bytes at offset %u) runs past the end of the file (%zu bytes)", i,
            what, l, off, len);
        return false;
    }
    if (b[off + l] != '\0') {
        say(err, n, "message %u's %s is not ended by a NUL", i, what);
        return false;
    }
    *s = (const char *)b + off;
    *slen = l;
    return true;
}

app_mo *app_mo_parse(const void *data, size_t len, char *err, size_t n)
{
    const unsigned char *in = data;
    if (!in || len < HEADER_WORDS * 4) {
        say(err, n, "too short for a .mo file (%zu bytes; its header alone takes 28)", len);
        return NULL;
    }
    if (len > APP_MO_MAX_BYTES) {
        say(err, n, "too large for a catalog (%zu bytes; at most %u are read)", len,
            APP_MO_MAX_BYTES);
        return NULL;
    }
    bool big;
    if (word(in, false) == MO_MAGIC)
        big = false;
    else if (word(in, true) == MO_MAGIC)
        big = true;
    else {
        say(err, n, "not a .mo file (magic number 0x%08x, not 0x950412de)", word(in, false));
        return NULL;
    }
    uint32_t rev = word(in + 4, big), count = word(in + 8, big);
    uint64_t orig = word(in + 12, big), trans = word(in + 16, big);
    if (rev >> 16 > 1) {
        say(err, n, "revision %u.%u of the format, which this reader does not know", rev >> 16,
            rev & 0xffff);
        return NULL;
    }
    if (orig + (uint64_t)count * 8 > len || trans + (uint64_t)count * 8 > len) {
        say(err, n,
            "its %u messages' tables (at offsets %llu and %llu) run past the end of the "
            "file (%zu bytes)",
            count, (unsigned long long)orig, (unsigned long long)trans, len);
        return NULL;
    }
    struct app_mo *m = calloc(1, sizeof *m);
    unsigned char *b = malloc(len);
    entry *e = calloc(count ? count : 1, sizeof *e); /* count <= len / 8: checked above */
    if (!m || !b || !e) {
        say(err, n, "out of memory");
        goto fail;
    }
    memcpy(b, in, len);
    m->bytes = (char *)b;
    m->e = e;
    m->header = "";
    for (uint32_t i = 0; i < count; i++) {
        uint32_t id_len;
        if (!string_at(b, len, orig, i, big, &e[i].id, &id_len, "original", err, n) ||
            !string_at(b, len, trans, i, big, &e[i].str, &e[i].str_len, "translation", err, n))
            goto fail;
        if (i > 0 && strcmp(e[i - 1].id, e[i].id) >= 0) {
            say(err, n, "message %u is out of order (msgfmt sorts them); the file is damaged", i);
            goto fail;
        }
        if (!e[i].id[0]) m->header = e[i].str;
    }
    m->n = (int)count;
    char cs[64];
    if (other_charset(m->header, cs, sizeof cs)) {
        say(err, n, "its charset is %s; only UTF-8 catalogs are read", cs);
        goto fail;
    }
    read_plural(m);
    return m;
fail:
    free(b);
    free(e);
    free(m);
    return NULL;
}

app_mo *app_mo_open(const char *path, char *err, size_t n)
{
    /* O_NONBLOCK: a FIFO put where the catalog should be must not hang the
     * program; it is refused below as not a regular file. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        say(err, n, "cannot be opened (%s)", strerror(errno));
        return NULL;
    }
    struct stat sb;
    app_mo *m = NULL;
    unsigned char *buf = NULL;
    if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
        say(err, n, "is not a regular file");
        goto done;
    }
    if (sb.st_size > (off_t)APP_MO_MAX_BYTES) {
        say(err, n, "too large for a catalog (%lld bytes; at most %u are read)",
            (long long)sb.st_size, APP_MO_MAX_BYTES);
        goto done;
    }
    size_t size = (size_t)sb.st_size, got = 0;
    buf = malloc(size ? size : 1);
    if (!buf) {
        say(err, n, "out of memory");
        goto done;
    }
    while (got < size) {
        ssize_t r = read(fd, buf + got, size - got);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break; /* shorter than fstat said: parsed as it is */
        got += (size_t)r;
    }
    m = app_mo_parse(buf, got, err, n);
done:
    free(buf);
    close(fd);
    return m;
}

void app_mo_free(app_mo *m)
{
    if (!m) return;
    free(m->bytes);
    free(m->e);
    free(m);
}

int app_mo_count(const app_mo *m)
{
    return m ? m->n : 0;
}

static const entry *find(const app_mo *m, const char *key)
{
    if (!m || !key) return NULL;
    int lo = 0, hi = m->n - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2, c = strcmp(key, m->e[mid].id);
        if (c == 0) return &m->e[mid];
        if (c < 0)
            hi = mid - 1;
        else
            lo = mid + 1;
    }
    return NULL;
}

/* Form k of e's translation, NULL when it has fewer forms or that one is empty. */
static const char *form(const entry *e, unsigned long k)
{
    const char *p = e->str, *end = e->str + e->str_len;
    for (; k > 0; k--) {
        const char *z = memchr(p, '\0', (size_t)(end - p));
        if (!z) return NULL;
        p = z + 1;
    }
    return *p ? p : NULL; /* p <= end, and *end is the string's NUL */
}

const char *app_mo_get(const app_mo *m, const char *key)
{
    const entry *e = find(m, key);
    return e ? form(e, 0) : NULL;
}

const char *app_mo_plural(const app_mo *m, const char *key, unsigned long n)
{
    const entry *e = find(m, key);
    if (!e) return NULL;
    unsigned long k;
    if (!m->plural[0] || !evaluate(m->plural, n, &k)) k = n != 1;
    if (k >= m->nplurals) k = 0; /* as gettext */
    return form(e, k);
}

const char *app_mo_header(const app_mo *m)
{
    return m ? m->header : "";
}
