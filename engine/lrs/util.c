/* util.c: strings, strict JSON and ISO 8601 times for engine/lrs. */
#include "lrs_local.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

char *lrs_strdup(const char *s)
{
    if (!s) return NULL;
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

char *lrs_fmt(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return NULL;
    char *s = malloc((size_t)n + 1);
    if (!s) return NULL;
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

/* Well-formed UTF-8 only: no overlongs, no surrogates, nothing above U+10FFFF. */
static bool utf8_ok(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        size_t k;
        unsigned cp, min;
        if (c < 0x80) {
            i++;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            k = 1, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            k = 2, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            k = 3, cp = c & 0x07, min = 0x10000;
        } else {
            return false;
        }
        for (size_t j = 1; j <= k; j++) {
            if (i + j >= n || (s[i + j] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (s[i + j] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += k + 1;
    }
    return true;
}

/* cJSON keeps the first of two equal keys silently; a configuration where
 * "password" appears twice must be refused, not half-read. */
static const char *duplicate_key(const cJSON *n)
{
    for (; n; n = n->next) {
        if (cJSON_IsObject(n)) {
            for (const cJSON *a = n->child; a; a = a->next)
                for (const cJSON *b = a->next; b; b = b->next)
                    if (a->string && b->string && strcmp(a->string, b->string) == 0)
                        return a->string;
        }
        const char *d = duplicate_key(n->child);
        if (d) return d;
    }
    return NULL;
}

cJSON *lrs_json_parse(const char *buf, size_t len, char *why, size_t whylen)
{
    if (!utf8_ok((const unsigned char *)buf, len)) {
        snprintf(why, whylen, "it is not valid UTF-8");
        return NULL;
    }
    if (memchr(buf, '\0', len)) {
        snprintf(why, whylen, "it contains a NUL byte");
        return NULL;
    }
    const char *end = NULL;
    /* The length includes the terminating NUL so trailing text is refused. */
    cJSON *root = cJSON_ParseWithLengthOpts(buf, len + 1, &end, 1);
    if (!root) {
        size_t at = end && end >= buf ? (size_t)(end - buf) : 0;
        snprintf(why, whylen, "it is not valid JSON (near byte %zu)", at);
        return NULL;
    }
    const char *dup = duplicate_key(root);
    if (dup) {
        snprintf(why, whylen, "the key \"%.60s\" appears twice", dup);
        cJSON_Delete(root);
        return NULL;
    }
    return root;
}

const char *lrs_json_str(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

bool lrs_time_parse(const char *iso, double *secs)
{
    if (!iso) return false;
    int y, mo, d, h, mi, s, used = 0;
    if (sscanf(iso, "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &s, &used) != 6 ||
        used != 19)
        return false;
    double frac = 0;
    const char *p = iso + 19;
    if (*p == '.') {
        double scale = 0.1;
        p++;
        if (*p < '0' || *p > '9') return false;
        for (; *p >= '0' && *p <= '9'; p++, scale /= 10)
            frac += (*p - '0') * scale;
    }
    if (strcmp(p, "Z") != 0) return false;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return false;
    struct tm tm = {.tm_year = y - 1900,
                    .tm_mon = mo - 1,
                    .tm_mday = d,
                    .tm_hour = h,
                    .tm_min = mi,
                    .tm_sec = s};
    time_t t = timegm(&tm);
    if (t == (time_t)-1) return false;
    *secs = (double)t + frac;
    return true;
}

void lrs_time_format(double secs, char *buf, size_t n)
{
    double whole = floor(secs);
    long ms = lround((secs - whole) * 1000.0);
    if (ms >= 1000) {
        whole += 1;
        ms -= 1000;
    }
    time_t t = (time_t)whole;
    struct tm tm;
    gmtime_r(&t, &tm);
    char base[24];
    strftime(base, sizeof base, "%Y-%m-%dT%H:%M:%S", &tm);
    if (ms)
        snprintf(buf, n, "%s.%03ldZ", base, ms);
    else
        snprintf(buf, n, "%sZ", base);
}

double lrs_time_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void lrs_duration(double secs, char *buf, size_t n)
{
    /* xAPI keeps durations to 0.01 s; round there so the LRS stores what we sent. */
    long long cs = secs > 0 && isfinite(secs) ? llround(secs * 100.0) : 0;
    long long h = cs / 360000, m = cs / 6000 % 60, s = cs / 100 % 60, f = cs % 100;
    size_t k = (size_t)snprintf(buf, n, "PT");
    if (h && k < n) k += (size_t)snprintf(buf + k, n - k, "%lldH", h);
    if (m && k < n) k += (size_t)snprintf(buf + k, n - k, "%lldM", m);
    if (k < n) {
        if (f == 0)
            snprintf(buf + k, n - k, "%lldS", s);
        else if (f % 10 == 0)
            snprintf(buf + k, n - k, "%lld.%lldS", s, f / 10);
        else
            snprintf(buf + k, n - k, "%lld.%02lldS", s, f);
    }
}

void lrs_clean(const char *text, char *buf, size_t n)
{
    if (n == 0) return;
    size_t k = 0;
    for (const unsigned char *p = (const unsigned char *)(text ? text : ""); *p && k + 1 < n; p++)
        buf[k++] = *p < 0x20 || *p == 0x7F ? ' ' : (char)*p;
    /* When cut, do not end in the middle of a UTF-8 sequence. */
    size_t lead = k, cont = 0;
    while (lead > 0 && ((unsigned char)buf[lead - 1] & 0xC0) == 0x80)
        lead--, cont++;
    if (lead > 0 && (unsigned char)buf[lead - 1] >= 0xC0) {
        unsigned char c = (unsigned char)buf[lead - 1];
        size_t want = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
        if (cont < want) k = lead - 1;
    }
    buf[k] = '\0';
}
