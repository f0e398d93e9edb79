/* lsp_json.c: the JSON of `rapport lsp` (lsp_local.h): messages read with
 * cJSON, answers written into a growing buffer with cJSON writing every
 * string and echoed value, so no JSON is parsed or escaped by hand here.
 *
 * cJSON's quirks (docs: recipes): it accepts trailing text unless asked not
 * to, and its plain lookup ignores case; both are closed off below. */
#include "lsp_local.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- reading ---- */

lj *lj_parse(const char *text, size_t n)
{
    /* The length includes the NUL, so anything after the value is refused. */
    return cJSON_ParseWithLengthOpts(text, n + 1, NULL, 1);
}

void lj_free(lj *v)
{
    cJSON_Delete(v);
}

const lj *lj_get(const lj *o, const char *key)
{
    return cJSON_IsObject(o) ? cJSON_GetObjectItemCaseSensitive(o, key) : NULL;
}

const lj *lj_path(const lj *o, ...)
{
    va_list ap;
    va_start(ap, o);
    const char *k;
    while (o && (k = va_arg(ap, const char *)) != NULL)
        o = lj_get(o, k);
    va_end(ap);
    return o;
}

const char *lj_str(const lj *v)
{
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

double lj_num(const lj *v, double dflt)
{
    return cJSON_IsNumber(v) ? v->valuedouble : dflt;
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

/* Writes cJSON's text for v; out of memory fails the buffer. */
static void put_printed(lsb *b, cJSON *owned, bool delete_it)
{
    char *t = owned ? cJSON_PrintUnformatted(owned) : NULL;
    if (t)
        lsb_puts(b, t);
    else
        b->failed = true;
    cJSON_free(t);
    if (delete_it) cJSON_Delete(owned);
}

void lsb_str(lsb *b, const char *s, size_t n)
{
    char *z = malloc(n + 1); /* cJSON takes a NUL-terminated string */
    if (!z) {
        b->failed = true;
        return;
    }
    memcpy(z, s, n);
    z[n] = '\0';
    put_printed(b, cJSON_CreateString(z), true);
    free(z);
}

void lsb_json(lsb *b, const lj *v)
{
    if (!v) {
        lsb_puts(b, "null");
        return;
    }
    put_printed(b, (cJSON *)v, false); /* printing does not change v */
}

void lsb_free(lsb *b)
{
    free(b->s);
    memset(b, 0, sizeof *b);
}
