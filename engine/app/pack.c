/* pack.c: exercise packs for the front ends (docs/workshops.md). engine/script
 * loads a pack file into a core_pack; this checks the scenarios it names
 * against a library, so the window and `rapport check` read packs without
 * reaching engine/script.
 *
 * It also keeps a player's place in a pack (what is done, when each clock
 * started) in a file of its own, so the window can be closed and reopened.
 *
 * Depends on: engine/script (the pack loader), engine/core (the model),
 * engine/store (durable whole-file writes, the player's file name). */
#include "app.h"
#include "i18n.h"
#include "pack.h"
#include "store_file.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

core_pack *app_pack_load(const char *file, const app_library *lib, core_diags *d)
{
    core_pack *p = scr_pack_load(file, NULL, d);
    if (!p || !lib) return p;
    const char **ids = malloc(sizeof *ids * (size_t)(lib->n + 1));
    int n = 0;
    for (int i = 0; ids && i < lib->n; i++)
        if (lib->v[i].id && lib->v[i].id[0]) ids[n++] = lib->v[i].id;
    if (ids) scr_pack_check_ids(p, ids, n, d);
    free(ids);
    return p;
}

void app_pack_free(core_pack *p)
{
    scr_pack_free(p);
}

const char *app_pack_mode_name(core_pack_mode m)
{
    return scr_pack_mode_name(m);
}

/* ---- a player's place in a pack (docs/pack-place.schema.json) ----
 *
 * The window keeps, per player and pack, which entries were finished and when
 * each entry's clock started, in a small JSON file of its own beside the
 * progress files (packs/<player>.<pack>.place.json), so closing the window
 * and opening it again finds the pack where the group left it. It is written
 * the durable way (store_file.h: temp file, fsync, rename) and never mixed
 * into the progress file, whose format is engine/store's. engine/app has no
 * cJSON (docs/architecture.md), so this file's one small shape is read by
 * the strict reader below: anything else is kept aside, never guessed at. */

#define PLACE_MAX (256 * 1024) /* far more than a 100-entry pack needs */

/* A JSON value of the reader below; strings NUL-terminated, owned. */
typedef struct jv {
    enum { JV_NULL, JV_BOOL, JV_NUM, JV_STR, JV_ARR, JV_OBJ } t;
    bool b;
    double num;
    char *s;      /* JV_STR */
    struct jv *v; /* JV_ARR, JV_OBJ: the values */
    char **keys;  /* JV_OBJ: the keys, one per value */
    int n;
} jv;

typedef struct jrd {
    const char *p, *end;
    int depth;
} jrd;

static void jv_free(jv *x)
{
    if (!x) return;
    free(x->s);
    for (int i = 0; i < x->n; i++) {
        jv_free(&x->v[i]);
        if (x->keys) free(x->keys[i]);
    }
    free(x->v);
    free(x->keys);
    memset(x, 0, sizeof *x);
}

static void j_ws(jrd *r)
{
    while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r'))
        r->p++;
}

/* Appends code point c as UTF-8 to b (room for 4 more bytes assumed). */
static size_t put_utf8(char *b, size_t k, unsigned long c)
{
    if (c < 0x80) {
        b[k++] = (char)c;
    } else if (c < 0x800) {
        b[k++] = (char)(0xC0 | (c >> 6));
        b[k++] = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        b[k++] = (char)(0xE0 | (c >> 12));
        b[k++] = (char)(0x80 | ((c >> 6) & 0x3F));
        b[k++] = (char)(0x80 | (c & 0x3F));
    } else {
        b[k++] = (char)(0xF0 | (c >> 18));
        b[k++] = (char)(0x80 | ((c >> 12) & 0x3F));
        b[k++] = (char)(0x80 | ((c >> 6) & 0x3F));
        b[k++] = (char)(0x80 | (c & 0x3F));
    }
    return k;
}

static bool j_hex4(jrd *r, unsigned long *out)
{
    if (r->end - r->p < 4) return false;
    unsigned long c = 0;
    for (int i = 0; i < 4; i++) {
        char h = *r->p++;
        c <<= 4;
        if (h >= '0' && h <= '9')
            c |= (unsigned long)(h - '0');
        else if (h >= 'a' && h <= 'f')
            c |= (unsigned long)(h - 'a' + 10);
        else if (h >= 'A' && h <= 'F')
            c |= (unsigned long)(h - 'A' + 10);
        else
            return false;
    }
    *out = c;
    return true;
}

/* A string after its opening quote; the result is malloc'ed, or NULL. Control
 * characters and a lone surrogate are refused. (Raw bytes are taken as they
 * are: what this file holds came from the window, ids and a player's name.) */
static char *j_str(jrd *r)
{
    size_t cap = (size_t)(r->end - r->p) + 1, k = 0;
    char *b = malloc(cap + 4);
    if (!b) return NULL;
    while (r->p < r->end && *r->p != '"') {
        unsigned char c = (unsigned char)*r->p++;
        if (c < 0x20) goto fail;
        if (c != '\\') {
            b[k++] = (char)c;
            continue;
        }
        if (r->p >= r->end) goto fail;
        char e = *r->p++;
        const char *simple = strchr("\"\\/bfnrt", e);
        if (e && simple) {
            b[k++] = "\"\\/\b\f\n\r\t"[simple - "\"\\/bfnrt"];
        } else if (e == 'u') {
            unsigned long u, lo;
            if (!j_hex4(r, &u)) goto fail;
            if (u >= 0xDC00 && u <= 0xDFFF) goto fail;
            if (u >= 0xD800 && u <= 0xDBFF) {
                if (r->end - r->p < 6 || r->p[0] != '\\' || r->p[1] != 'u') goto fail;
                r->p += 2;
                if (!j_hex4(r, &lo) || lo < 0xDC00 || lo > 0xDFFF) goto fail;
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            }
            if (u == 0) goto fail; /* a NUL would cut the string short */
            k = put_utf8(b, k, u);
        } else {
            goto fail;
        }
    }
    if (r->p >= r->end) goto fail;
    r->p++; /* the closing quote */
    b[k] = 0;
    return b;
fail:
    free(b);
    return NULL;
}

static bool j_val(jrd *r, jv *out);

/* An array or object after its opening bracket. */
static bool j_items(jrd *r, jv *out, bool obj)
{
    char close = obj ? '}' : ']';
    out->t = obj ? JV_OBJ : JV_ARR;
    j_ws(r);
    if (r->p < r->end && *r->p == close) {
        r->p++;
        return true;
    }
    for (;;) {
        jv *v = realloc(out->v, sizeof *v * (size_t)(out->n + 1));
        if (!v) return false;
        out->v = v;
        memset(&v[out->n], 0, sizeof *v);
        if (obj) {
            char **k = realloc(out->keys, sizeof *k * (size_t)(out->n + 1));
            if (!k) return false;
            out->keys = k;
            k[out->n] = NULL;
            j_ws(r);
            if (r->p >= r->end || *r->p != '"') return false;
            r->p++;
            if (!(k[out->n] = j_str(r))) return false;
            for (int i = 0; i < out->n; i++) /* duplicate keys are refused */
                if (strcmp(k[i], k[out->n]) == 0) {
                    free(k[out->n]);
                    k[out->n] = NULL;
                    return false;
                }
            j_ws(r);
            if (r->p >= r->end || *r->p != ':') {
                out->n++; /* so the key is freed */
                return false;
            }
            r->p++;
        }
        out->n++;
        if (!j_val(r, &v[out->n - 1])) return false;
        j_ws(r);
        if (r->p < r->end && *r->p == ',') {
            r->p++;
            continue;
        }
        if (r->p < r->end && *r->p == close) {
            r->p++;
            return true;
        }
        return false;
    }
}

static bool j_val(jrd *r, jv *out)
{
    j_ws(r);
    if (r->p >= r->end || ++r->depth > 16) return false;
    bool ok = false;
    char c = *r->p;
    size_t left = (size_t)(r->end - r->p);
    if (c == '{' || c == '[') {
        r->p++;
        ok = j_items(r, out, c == '{');
    } else if (c == '"') {
        r->p++;
        out->t = JV_STR;
        ok = (out->s = j_str(r)) != NULL;
    } else if (left >= 4 && memcmp(r->p, "true", 4) == 0) {
        out->t = JV_BOOL;
        out->b = true;
        r->p += 4;
        ok = true;
    } else if (left >= 5 && memcmp(r->p, "false", 5) == 0) {
        out->t = JV_BOOL;
        r->p += 5;
        ok = true;
    } else if (left >= 4 && memcmp(r->p, "null", 4) == 0) {
        out->t = JV_NULL;
        r->p += 4;
        ok = true;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
        /* strtod reads more forms than JSON has (hex, inf); check the shape first */
        const char *q = r->p + (c == '-');
        if (q >= r->end || *q < '0' || *q > '9') return false;
        while (q < r->end && ((*q >= '0' && *q <= '9') || *q == '.' || *q == 'e' || *q == 'E' ||
                              *q == '+' || *q == '-'))
            q++;
        char num[64];
        if ((size_t)(q - r->p) >= sizeof num) return false;
        memcpy(num, r->p, (size_t)(q - r->p));
        num[q - r->p] = 0;
        char *e;
        out->t = JV_NUM;
        out->num = strtod(num, &e);
        ok = *e == 0;
        r->p = q;
    }
    r->depth--;
    return ok;
}

static const jv *jv_get(const jv *o, const char *key)
{
    if (!o || o->t != JV_OBJ) return NULL;
    for (int i = 0; i < o->n; i++)
        if (strcmp(o->keys[i], key) == 0) return &o->v[i];
    return NULL;
}

char *app_pack_place_file(const char *data_dir, const char *player, const char *pack_id)
{
    if (!data_dir || !player || !pack_id) return NULL;
    size_t n = strlen(data_dir) + 8;
    char *dir = malloc(n);
    if (!dir) return NULL;
    snprintf(dir, n, "%s/packs", data_dir);
    char *pf = st_player_file(dir, player); /* <dir>/<name>.json: a safe name per player */
    free(dir);
    if (!pf) return NULL;
    size_t l = strlen(pf);
    if (l > 5) pf[l - 5] = 0; /* drop ".json" */
    n = strlen(pf) + strlen(pack_id) + 16;
    char *out = malloc(n);
    if (out) snprintf(out, n, "%s.%s.place.json", pf, pack_id);
    free(pf);
    return out;
}

static void put_raw(char **b, size_t *k, size_t *cap, const char *s, size_t n)
{
    if (!*b) return;
    if (*k + n + 1 > *cap) {
        size_t nc = (*k + n + 1) * 2;
        char *nb = realloc(*b, nc);
        if (!nb) {
            free(*b);
            *b = NULL;
            return;
        }
        *b = nb;
        *cap = nc;
    }
    memcpy(*b + *k, s, n);
    *k += n;
    (*b)[*k] = 0;
}

static void put_lit(char **b, size_t *k, size_t *cap, const char *s)
{
    put_raw(b, k, cap, s, strlen(s));
}

/* Appends s as a JSON string. */
static void put_str(char **b, size_t *k, size_t *cap, const char *s)
{
    put_raw(b, k, cap, "\"", 1);
    for (const char *c = s; *c; c++) {
        unsigned char u = (unsigned char)*c;
        char e[8];
        if (u == '"' || u == '\\') {
            e[0] = '\\';
            e[1] = (char)u;
            put_raw(b, k, cap, e, 2);
        } else if (u < 0x20) {
            snprintf(e, sizeof e, "\\u%04x", u);
            put_raw(b, k, cap, e, 6);
        } else {
            put_raw(b, k, cap, c, 1);
        }
    }
    put_raw(b, k, cap, "\"", 1);
}

/* Why a parsed file is not a place of this player in this pack, or NULL when
 * it is one; fills done and started. */
static const char *place_read(const jv *root, const core_pack *p, const char *player, bool *done,
                              long long *started)
{
    const jv *f = jv_get(root, "format"), *kind = jv_get(root, "kind"), *pk = jv_get(root, "pack"),
             *pl = jv_get(root, "player"), *es = jv_get(root, "entries");
    if (!root || root->t != JV_OBJ) return "it is not a JSON object";
    if (!kind || kind->t != JV_STR || strcmp(kind->s, "pack-place") != 0)
        return "it has no \"kind\": \"pack-place\"";
    if (!f || f->t != JV_NUM || f->num != 1) return "its \"format\" is not 1";
    if (!pk || pk->t != JV_STR || strcmp(pk->s, p->id) != 0) return "it is another pack's";
    if (!pl || pl->t != JV_STR || strcmp(pl->s, player) != 0) return "it is another player's";
    if (!es || es->t != JV_ARR) return "it has no \"entries\" list";
    for (int j = 0; j < es->n; j++) {
        const jv *e = &es->v[j], *sc = jv_get(e, "scenario"), *d = jv_get(e, "done"),
                 *s = jv_get(e, "started");
        if (e->t != JV_OBJ || !sc || sc->t != JV_STR || !d || d->t != JV_BOOL || !s ||
            !(s->t == JV_NULL || (s->t == JV_NUM && s->num >= 0 && s->num < 9e15 &&
                                  s->num == (double)(long long)s->num)))
            return "an entry is not {\"scenario\", \"done\", \"started\"}";
    }
    /* Entries are matched by scenario id and its occurrence (the second
     * "uitest.tiny" with the pack's second), so a pack edited between
     * sessions keeps the place of the entries it still has. */
    for (int j = 0; j < es->n; j++) {
        const jv *e = &es->v[j];
        const char *id = jv_get(e, "scenario")->s;
        int occ = 0;
        for (int i = 0; i < j; i++)
            occ += strcmp(jv_get(&es->v[i], "scenario")->s, id) == 0;
        for (int i = 0; i < p->n_items; i++) {
            if (strcmp(p->items[i].scenario, id) != 0) continue;
            if (occ-- > 0) continue;
            const jv *s = jv_get(e, "started");
            done[i] = jv_get(e, "done")->b;
            started[i] = s->t == JV_NUM ? (long long)s->num : 0;
            break;
        }
    }
    return NULL;
}

app_place_status app_pack_place_load(const char *file, const core_pack *p, const char *player,
                                     bool *done, long long *started, char *msg, size_t n)
{
    msg[0] = 0;
    for (int i = 0; p && i < p->n_items; i++) {
        done[i] = false;
        started[i] = 0;
    }
    if (!file || !p || !player) return APP_PLACE_NONE;
    char *buf = NULL;
    size_t len = 0;
    int rc = st_file_read_all(file, PLACE_MAX, &buf, &len);
    if (rc == 1) return APP_PLACE_NONE;
    const char *why = NULL;
    char whybuf[100];
    if (rc < 0 && errno != EFBIG) {
        snprintf(msg, n, _("Your place in this pack could not be read (%s): %s"), file,
                 strerror(errno));
        return APP_PLACE_FAILED;
    }
    jv root = {0};
    if (rc < 0) {
        why = "it is too large";
    } else {
        jrd r = {buf, buf + len, 0};
        bool ok = j_val(&r, &root);
        j_ws(&r);
        if (!ok || r.p != r.end) {
            snprintf(whybuf, sizeof whybuf, "it is not valid JSON (byte %ld)", (long)(r.p - buf));
            why = whybuf;
        } else {
            why = place_read(&root, p, player, done, started);
        }
    }
    jv_free(&root);
    free(buf);
    if (!why) return APP_PLACE_READ;
    for (int i = 0; i < p->n_items; i++) { /* nothing half-read */
        done[i] = false;
        started[i] = 0;
    }
    char *aside = st_file_set_aside(file, "broken");
    if (!aside) {
        snprintf(msg, n,
                 _("Your place in this pack (%s) is damaged (%s) and could not be kept aside: %s"),
                 file, why, strerror(errno));
        return APP_PLACE_FAILED;
    }
    snprintf(
        msg, n,
        _("Your place in this pack was damaged (%s); it is kept as %s and the pack starts afresh."),
        why, aside);
    free(aside);
    return APP_PLACE_SET_ASIDE;
}

long long app_pack_place_now(void)
{
    struct timespec ts;
    if (timespec_get(&ts, TIME_UTC) != TIME_UTC) return 1;
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

long long app_pack_place_clock(long long started, long long now)
{
    return started <= 0 ? 0 : started > now ? now : started;
}

bool app_pack_place_save(const char *file, const core_pack *p, const char *player, const bool *done,
                         const long long *started, char *msg, size_t n)
{
    msg[0] = 0;
    if (!file || !p || !player) return false;
    size_t k = 0, cap = 1024;
    char *b = malloc(cap), when[40], num[96];
    if (b) b[0] = 0;
    st_now(when, sizeof when);
    put_lit(&b, &k, &cap, "{\n  \"format\": 1,\n  \"kind\": \"pack-place\",\n  \"pack\": ");
    put_str(&b, &k, &cap, p->id);
    put_lit(&b, &k, &cap, ",\n  \"player\": ");
    put_str(&b, &k, &cap, player);
    put_lit(&b, &k, &cap, ",\n  \"saved\": ");
    put_str(&b, &k, &cap, when);
    put_lit(&b, &k, &cap, ",\n  \"entries\": [");
    for (int i = 0; i < p->n_items; i++) {
        put_lit(&b, &k, &cap, i ? ",\n    {\"scenario\": " : "\n    {\"scenario\": ");
        put_str(&b, &k, &cap, p->items[i].scenario);
        if (started[i] > 0)
            snprintf(num, sizeof num, ", \"done\": %s, \"started\": %lld}",
                     done[i] ? "true" : "false", started[i]);
        else
            snprintf(num, sizeof num, ", \"done\": %s, \"started\": null}",
                     done[i] ? "true" : "false");
        put_raw(&b, &k, &cap, num, strlen(num));
    }
    put_lit(&b, &k, &cap, "\n  ]\n}\n");
    if (!b) {
        snprintf(msg, n, "%s", _("Your place in this pack was not saved: out of memory."));
        return false;
    }
    st_file_err e = st_file_write_atomic(file, b, k, 0600, false);
    free(b);
    if (e != ST_FILE_DONE) {
        snprintf(msg, n, _("Your place in this pack was not saved (%s): %s"), file,
                 strerror(errno));
        return false;
    }
    return true;
}
