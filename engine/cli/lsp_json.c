/* lsp_json.c: the JSON reader and writer of `rapport lsp` (lsp_local.h).
 *
 * A recursive-descent reader over one message at a time: messages are small
 * (a scenario is at most 16 MiB of text inside one string) and trusted no
 * more than any input, so depth is limited and every length is checked. */
#include "lsp_local.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEPTH_MAX 200

typedef struct rd {
    const char *p, *end;
    int depth;
} rd;

static void ws(rd *r)
{
    while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r'))
        r->p++;
}

static bool value(rd *r, lj *out);

static int hex4(const char *p)
{
    int v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= c - '0';
        else if (c >= 'a' && c <= 'f')
            v |= c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v |= c - 'A' + 10;
        else
            return -1;
    }
    return v;
}

/* Appends code point cp as UTF-8. */
static size_t put_utf8(char *o, unsigned cp)
{
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | (cp >> 6));
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18));
    o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* A string at r->p (at its opening quote): decoded into *s (owned), *n bytes. */
static bool string(rd *r, char **s, size_t *n)
{
    r->p++; /* the quote */
    const char *start = r->p;
    while (r->p < r->end && *r->p != '"') {
        if (*r->p == '\\') r->p++;
        r->p++;
    }
    if (r->p >= r->end) return false;
    /* Decoded text is never longer than the escaped text. */
    char *o = malloc((size_t)(r->p - start) + 1);
    if (!o) return false;
    size_t k = 0;
    for (const char *q = start; q < r->p; q++) {
        if ((unsigned char)*q < 0x20) goto bad;
        if (*q != '\\') {
            o[k++] = *q;
            continue;
        }
        q++;
        switch (*q) {
        case '"':
            o[k++] = '"';
            break;
        case '\\':
            o[k++] = '\\';
            break;
        case '/':
            o[k++] = '/';
            break;
        case 'b':
            o[k++] = '\b';
            break;
        case 'f':
            o[k++] = '\f';
            break;
        case 'n':
            o[k++] = '\n';
            break;
        case 'r':
            o[k++] = '\r';
            break;
        case 't':
            o[k++] = '\t';
            break;
        case 'u': {
            if (r->p - q < 5) goto bad;
            int cp = hex4(q + 1);
            if (cp < 0) goto bad;
            q += 4;
            /* A surrogate pair is one character; a lone half becomes U+FFFD. */
            if (cp >= 0xD800 && cp < 0xDC00 && r->p - q >= 7 && q[1] == '\\' && q[2] == 'u') {
                int lo = hex4(q + 3);
                if (lo >= 0xDC00 && lo < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    q += 6;
                }
            }
            if (cp >= 0xD800 && cp < 0xE000) cp = 0xFFFD;
            k += put_utf8(o + k, (unsigned)cp);
            break;
        }
        default:
            goto bad;
        }
    }
    o[k] = '\0';
    r->p++; /* the closing quote */
    *s = o;
    *n = k;
    return true;
bad:
    free(o);
    return false;
}

static bool literal(rd *r, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(r->end - r->p) < n || memcmp(r->p, word, n) != 0) return false;
    r->p += n;
    return true;
}

/* Appends a zeroed slot to out's kids (and keys); NULL when out of memory. */
static lj *grow(lj *out, bool keyed)
{
    lj *k = realloc(out->kids, sizeof *k * (size_t)(out->n + 1));
    if (!k) return NULL;
    out->kids = k;
    if (keyed) {
        char **ks = realloc(out->keys, sizeof *ks * (size_t)(out->n + 1));
        if (!ks) return NULL;
        out->keys = ks;
        ks[out->n] = NULL;
    }
    memset(&k[out->n], 0, sizeof *k);
    return &k[out->n++];
}

static bool container(rd *r, lj *out, bool obj)
{
    if (++r->depth > DEPTH_MAX) return false;
    out->type = obj ? LJ_OBJ : LJ_ARR;
    r->p++; /* { or [ */
    ws(r);
    if (r->p < r->end && *r->p == (obj ? '}' : ']')) {
        r->p++;
        r->depth--;
        return true;
    }
    for (;;) {
        ws(r);
        char *key = NULL;
        size_t kl;
        if (obj) {
            if (r->p >= r->end || *r->p != '"' || !string(r, &key, &kl)) return false;
            ws(r);
            if (r->p >= r->end || *r->p != ':') {
                free(key);
                return false;
            }
            r->p++;
        }
        lj *slot = grow(out, obj);
        if (!slot) {
            free(key);
            return false;
        }
        if (obj) out->keys[out->n - 1] = key;
        if (!value(r, slot)) return false;
        ws(r);
        if (r->p < r->end && *r->p == ',') {
            r->p++;
            continue;
        }
        if (r->p < r->end && *r->p == (obj ? '}' : ']')) {
            r->p++;
            r->depth--;
            return true;
        }
        return false;
    }
}

static bool value(rd *r, lj *out)
{
    ws(r);
    if (r->p >= r->end) return false;
    const char *start = r->p;
    bool ok;
    char c = *r->p;
    if (c == '{' || c == '[') {
        ok = container(r, out, c == '{');
    } else if (c == '"') {
        out->type = LJ_STR;
        ok = string(r, &out->str, &out->len);
    } else if (c == 't' || c == 'f') {
        out->type = LJ_BOOL;
        out->b = c == 't';
        ok = literal(r, c == 't' ? "true" : "false");
    } else if (c == 'n') {
        out->type = LJ_NULL;
        ok = literal(r, "null");
    } else {
        char buf[64];
        size_t n = 0;
        while (r->p < r->end && n < sizeof buf - 1 && strchr("+-0123456789.eE", *r->p))
            buf[n++] = *r->p++;
        buf[n] = '\0';
        char *endp;
        out->type = LJ_NUM;
        out->num = strtod(buf, &endp);
        ok = n > 0 && *endp == '\0';
    }
    out->raw = start;
    out->raw_len = (size_t)(r->p - start);
    return ok;
}

static void clear(lj *v)
{
    for (int i = 0; i < v->n; i++) {
        clear(&v->kids[i]);
        if (v->keys) free(v->keys[i]);
    }
    free(v->kids);
    free(v->keys);
    free(v->str);
}

lj *lj_parse(const char *text, size_t n)
{
    lj *v = calloc(1, sizeof *v);
    if (!v) return NULL;
    rd r = {text, text + n, 0};
    bool ok = value(&r, v);
    ws(&r);
    if (!ok || r.p != r.end) {
        lj_free(v);
        return NULL;
    }
    return v;
}

void lj_free(lj *v)
{
    if (!v) return;
    clear(v);
    free(v);
}

const lj *lj_get(const lj *o, const char *key)
{
    if (!o || o->type != LJ_OBJ) return NULL;
    for (int i = 0; i < o->n; i++)
        if (o->keys[i] && strcmp(o->keys[i], key) == 0) return &o->kids[i];
    return NULL;
}

const lj *lj_path(const lj *o, ...)
{
    va_list ap;
    va_start(ap, o);
    for (const char *k; o && (k = va_arg(ap, const char *));)
        o = lj_get(o, k);
    va_end(ap);
    return o;
}

const char *lj_str(const lj *v)
{
    return v && v->type == LJ_STR ? v->str : NULL;
}

double lj_num(const lj *v, double dflt)
{
    return v && v->type == LJ_NUM ? v->num : dflt;
}

/* ---- writing ---- */

void lsb_put(lsb *b, const char *s, size_t n)
{
    if (b->failed) return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 1024;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *p = realloc(b->s, cap);
        if (!p) {
            b->failed = true;
            return;
        }
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
}

void lsb_puts(lsb *b, const char *s)
{
    lsb_put(b, s, strlen(s));
}

void lsb_printf(lsb *b, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    lsb_put(b, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

void lsb_str(lsb *b, const char *s, size_t n)
{
    lsb_put(b, "\"", 1);
    size_t run = 0; /* bytes copied as they are, written in one go */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\') {
            run++;
            continue;
        }
        lsb_put(b, s + i - run, run);
        run = 0;
        if (c == '"')
            lsb_put(b, "\\\"", 2);
        else if (c == '\\')
            lsb_put(b, "\\\\", 2);
        else if (c == '\n')
            lsb_put(b, "\\n", 2);
        else if (c == '\t')
            lsb_put(b, "\\t", 2);
        else if (c == '\r')
            lsb_put(b, "\\r", 2);
        else
            lsb_printf(b, "\\u%04x", c);
    }
    lsb_put(b, s + n - run, run);
    lsb_put(b, "\"", 1);
}

void lsb_free(lsb *b)
{
    free(b->s);
    memset(b, 0, sizeof *b);
}
