/* json.c: progress documents to and from JSON text with cJSON, strictly.
 * cJSON accepts duplicate keys, raw invalid UTF-8 and case-insensitive
 * lookups; progress is parsed with those holes closed (docs/progress.md). */
#include "store.h"
#include "core.h"

#include <cjson/cJSON.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static char *dup(const char *s)
{
    if (!s) return NULL;
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

void st_now(char *buf, size_t n)
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void st_progress_init(st_progress *p, const char *player)
{
    memset(p, 0, sizeof *p);
    p->schema = ST_SCHEMA;
    p->player = dup(player ? player : "player");
    char now[32];
    st_now(now, sizeof now);
    p->created = dup(now);
    p->settings.text_scale = 1.0;
    p->settings.theme = dup("light");
    p->settings.text_speed = 60;
    p->settings.mode = dup("practice");
}

void st_record_free(st_record *r)
{
    free(r->scenario);
    free(r->title);
    free(r->family);
    free(r->mode);
    free(r->started);
    free(r->ended);
    free(r->outcome);
    free(r->grade);
    for (int i = 0; i < r->n_path; i++)
        free(r->path[i]);
    free(r->path);
    for (int i = 0; i < r->n_choices; i++) {
        free(r->choices[i].node);
        free(r->choices[i].choice);
        free(r->choices[i].text);
    }
    free(r->choices);
    for (int i = 0; i < r->n_skills; i++)
        free(r->skills[i].name);
    for (int i = 0; i < r->n_tags; i++)
        free(r->tags[i].name);
    free(r->tags);
    memset(r, 0, sizeof *r);
}

void st_progress_free(st_progress *p)
{
    free(p->player);
    free(p->created);
    free(p->settings.theme);
    free(p->settings.mode);
    for (int i = 0; i < p->n_records; i++)
        st_record_free(&p->records[i]);
    free(p->records);
    memset(p, 0, sizeof *p);
}

static bool copy_record(st_record *d, const st_record *s)
{
    memset(d, 0, sizeof *d);
    d->scenario = dup(s->scenario);
    d->version = s->version;
    d->title = dup(s->title);
    d->family = dup(s->family);
    d->mode = dup(s->mode);
    d->started = dup(s->started);
    d->ended = dup(s->ended);
    d->outcome = dup(s->outcome);
    d->grade = dup(s->grade);
    d->path = calloc((size_t)s->n_path + 1, sizeof *d->path);
    d->choices = calloc((size_t)s->n_choices + 1, sizeof *d->choices);
    d->tags = calloc((size_t)s->n_tags + 1, sizeof *d->tags);
    if (!d->path || !d->choices || !d->tags) return false;
    for (int i = 0; i < s->n_path; i++)
        d->path[d->n_path++] = dup(s->path[i]);
    for (int i = 0; i < s->n_choices; i++) {
        st_choice *c = &d->choices[d->n_choices++];
        c->node = dup(s->choices[i].node);
        c->choice = dup(s->choices[i].choice);
        c->text = dup(s->choices[i].text);
        c->shown = s->choices[i].shown;
        c->ms = s->choices[i].ms;
    }
    for (int i = 0; i < s->n_skills; i++) {
        d->skills[i] = s->skills[i];
        d->skills[i].name = dup(s->skills[i].name);
        d->n_skills++;
    }
    for (int i = 0; i < s->n_tags; i++) {
        d->tags[i].name = dup(s->tags[i].name);
        d->tags[i].count = s->tags[i].count;
        d->n_tags++;
    }
    return true;
}

bool st_progress_add(st_progress *p, const st_record *r)
{
    st_record *v = realloc(p->records, sizeof *v * (size_t)(p->n_records + 1));
    if (!v) return false;
    p->records = v;
    if (!copy_record(&v[p->n_records], r)) {
        st_record_free(&v[p->n_records]);
        return false;
    }
    p->n_records++;
    return true;
}

/* ---- printing ---- */

static void add_str(cJSON *o, const char *k, const char *v)
{
    if (v) cJSON_AddStringToObject(o, k, v);
}

/* Rounds to 4 decimals so files stay readable and stable. */
static double tidy(double x)
{
    /* Past 1e11 four decimals are below a double's precision anyway, and
     * scaling would overflow to infinity, which JSON cannot hold. */
    if (!(fabs(x) < 1e11)) return x;
    return round(x * 10000.0) / 10000.0;
}

char *st_print(const st_progress *p)
{
    cJSON *root = cJSON_CreateObject();
    if (!root) return NULL;
    cJSON_AddNumberToObject(root, "schema", p->schema);
    add_str(root, "player", p->player);
    add_str(root, "created", p->created);
    cJSON *set = cJSON_AddObjectToObject(root, "settings");
    cJSON_AddNumberToObject(set, "text_scale", tidy(p->settings.text_scale));
    add_str(set, "theme", p->settings.theme);
    cJSON_AddNumberToObject(set, "text_speed", p->settings.text_speed);
    add_str(set, "mode", p->settings.mode);
    cJSON *sessions = cJSON_AddArrayToObject(root, "sessions");
    for (int i = 0; i < p->n_records; i++) {
        const st_record *r = &p->records[i];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddItemToArray(sessions, o);
        add_str(o, "scenario", r->scenario);
        cJSON_AddNumberToObject(o, "scenario_version", r->version);
        add_str(o, "title", r->title);
        add_str(o, "family", r->family);
        add_str(o, "mode", r->mode);
        add_str(o, "started", r->started);
        add_str(o, "ended", r->ended);
        if (r->outcome)
            add_str(o, "outcome", r->outcome);
        else
            cJSON_AddNullToObject(o, "outcome");
        if (r->grade) add_str(o, "grade", r->grade);
        cJSON *path = cJSON_AddArrayToObject(o, "path");
        for (int j = 0; j < r->n_path; j++)
            cJSON_AddItemToArray(path, cJSON_CreateString(r->path[j]));
        cJSON *ch = cJSON_AddArrayToObject(o, "choices");
        for (int j = 0; j < r->n_choices; j++) {
            const st_choice *c = &r->choices[j];
            cJSON *co = cJSON_CreateObject();
            cJSON_AddItemToArray(ch, co);
            add_str(co, "node", c->node);
            add_str(co, "choice", c->choice);
            cJSON_AddNumberToObject(co, "shown", c->shown);
            cJSON_AddNumberToObject(co, "ms", round(c->ms));
            if (c->text) add_str(co, "text", c->text);
        }
        cJSON *sk = cJSON_AddObjectToObject(o, "skills");
        for (int j = 0; j < r->n_skills; j++) {
            const st_skill *s = &r->skills[j];
            cJSON *so = cJSON_AddObjectToObject(sk, s->name);
            cJSON_AddNumberToObject(so, "raw", tidy(s->raw));
            cJSON_AddNumberToObject(so, "best", tidy(s->best));
            cJSON_AddNumberToObject(so, "worst", tidy(s->worst));
            cJSON_AddNumberToObject(so, "percent", tidy(s->percent));
        }
        cJSON *tg = cJSON_AddObjectToObject(o, "tags");
        for (int j = 0; j < r->n_tags; j++)
            cJSON_AddNumberToObject(tg, r->tags[j].name, r->tags[j].count);
    }
    char *out = cJSON_Print(root);
    cJSON_Delete(root);
    return out;
}

/* ---- strict parsing ---- */

/* Refuses objects with two members of the same name, anywhere in the tree. */
static const char *duplicate_key(const cJSON *node, int depth)
{
    if (depth > 64) return "(nested too deeply)";
    for (const cJSON *a = node ? node->child : NULL; a; a = a->next) {
        if (cJSON_IsObject(node))
            for (const cJSON *b = a->next; b; b = b->next)
                if (a->string && b->string && strcmp(a->string, b->string) == 0) return a->string;
        const char *d = duplicate_key(a, depth + 1);
        if (d) return d;
    }
    return NULL;
}

typedef struct rd {
    char *err;
    size_t errlen;
    bool bad;
} rd;

static void bad(rd *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void bad(rd *r, const char *fmt, ...)
{
    if (!r->bad) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(r->err, r->errlen, fmt, ap);
        va_end(ap);
    }
    r->bad = true;
}

static const cJSON *get(const cJSON *o, const char *k)
{
    return cJSON_GetObjectItemCaseSensitive(o, k);
}

static char *get_str(rd *r, const cJSON *o, const char *k, bool required)
{
    const cJSON *v = get(o, k);
    if (!v || cJSON_IsNull(v)) {
        if (required) bad(r, "the field \"%s\" is missing", k);
        return NULL;
    }
    if (!cJSON_IsString(v)) {
        bad(r, "the field \"%s\" is not a string", k);
        return NULL;
    }
    return dup(v->valuestring);
}

static double get_num(rd *r, const cJSON *o, const char *k, double dflt, bool required)
{
    const cJSON *v = get(o, k);
    if (!v) {
        if (required) bad(r, "the field \"%s\" is missing", k);
        return dflt;
    }
    if (!cJSON_IsNumber(v) || !isfinite(v->valuedouble)) {
        bad(r, "the field \"%s\" is not a number", k);
        return dflt;
    }
    return v->valuedouble;
}

/* An integer field; a number outside int (hand-edited or damaged) is refused,
 * not cast, since the cast would be undefined. */
static int get_int(rd *r, const cJSON *o, const char *k, int dflt)
{
    double v = get_num(r, o, k, dflt, false);
    if (v < INT_MIN || v > INT_MAX || v != floor(v)) {
        bad(r, "the field \"%s\" is not a whole number in range", k);
        return dflt;
    }
    return (int)v;
}

static void read_record(rd *r, const cJSON *o, st_record *rec)
{
    memset(rec, 0, sizeof *rec);
    if (!cJSON_IsObject(o)) {
        bad(r, "%s", "a session is not an object");
        return;
    }
    rec->scenario = get_str(r, o, "scenario", true);
    rec->version = get_int(r, o, "scenario_version", 1);
    rec->title = get_str(r, o, "title", false);
    rec->family = get_str(r, o, "family", false);
    rec->mode = get_str(r, o, "mode", false);
    rec->started = get_str(r, o, "started", true);
    rec->ended = get_str(r, o, "ended", false);
    rec->outcome = get_str(r, o, "outcome", false);
    rec->grade = get_str(r, o, "grade", false);
    const cJSON *path = get(o, "path");
    if (path && !cJSON_IsArray(path)) bad(r, "%s", "a session's \"path\" is not a list");
    int n = cJSON_GetArraySize(path);
    rec->path = calloc((size_t)n + 1, sizeof *rec->path);
    const cJSON *it;
    cJSON_ArrayForEach(it, path)
    {
        if (!cJSON_IsString(it)) {
            bad(r, "%s", "a session's \"path\" holds something that is not a node id");
            break;
        }
        if (rec->path) rec->path[rec->n_path++] = dup(it->valuestring);
    }
    const cJSON *ch = get(o, "choices");
    if (ch && !cJSON_IsArray(ch)) bad(r, "%s", "a session's \"choices\" is not a list");
    n = cJSON_GetArraySize(ch);
    rec->choices = calloc((size_t)n + 1, sizeof *rec->choices);
    cJSON_ArrayForEach(it, ch)
    {
        if (!cJSON_IsObject(it) || !rec->choices) {
            bad(r, "%s", "a choice is not an object");
            break;
        }
        st_choice *c = &rec->choices[rec->n_choices++];
        c->node = get_str(r, it, "node", true);
        c->choice = get_str(r, it, "choice", true);
        c->text = get_str(r, it, "text", false);
        c->shown = get_int(r, it, "shown", 0);
        c->ms = get_num(r, it, "ms", 0, false);
    }
    const cJSON *sk = get(o, "skills");
    if (sk && !cJSON_IsObject(sk)) bad(r, "%s", "a session's \"skills\" is not an object");
    cJSON_ArrayForEach(it, sk)
    {
        if (rec->n_skills >= ST_MAX_SKILLS) {
            bad(r, "%s", "a session has too many skills");
            break;
        }
        if (!cJSON_IsObject(it)) {
            bad(r, "%s", "a skill result is not an object");
            break;
        }
        st_skill *s = &rec->skills[rec->n_skills++];
        s->name = dup(it->string);
        s->raw = get_num(r, it, "raw", 0, true);
        s->best = get_num(r, it, "best", 0, true);
        s->worst = get_num(r, it, "worst", 0, true);
        s->percent = get_num(r, it, "percent", 0, true);
    }
    const cJSON *tg = get(o, "tags");
    if (tg && !cJSON_IsObject(tg)) bad(r, "%s", "a session's \"tags\" is not an object");
    n = cJSON_GetArraySize(tg);
    rec->tags = calloc((size_t)n + 1, sizeof *rec->tags);
    cJSON_ArrayForEach(it, tg)
    {
        if (!cJSON_IsNumber(it) || !rec->tags) {
            bad(r, "%s", "a tag count is not a number");
            break;
        }
        rec->tags[rec->n_tags].name = dup(it->string);
        rec->tags[rec->n_tags++].count = it->valueint;
    }
}

st_status st_parse(const char *buf, size_t len, st_progress *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    long u = core_utf8_invalid(buf, len);
    if (u >= 0) {
        snprintf(err, errlen, "it is not valid UTF-8 (byte %ld)", u + 1);
        return ST_SET_ASIDE;
    }
    char *z = malloc(len + 1);
    if (!z) {
        snprintf(err, errlen, "out of memory");
        return ST_IO_ERROR;
    }
    memcpy(z, buf, len);
    z[len] = '\0';
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(z, len + 1, &end, 1);
    if (!root) {
        size_t at = end && end >= z ? (size_t)(end - z) : 0;
        int line = 1;
        for (size_t i = 0; i < at && i < len; i++)
            line += z[i] == '\n';
        snprintf(err, errlen, "it is not valid JSON (line %d)", line);
        free(z);
        return ST_SET_ASIDE;
    }
    free(z);
    st_status st = ST_OK;
    rd r = {err, errlen, false};
    const char *dk;
    if (!cJSON_IsObject(root)) {
        bad(&r, "%s", "it is not a JSON object");
    } else if ((dk = duplicate_key(root, 0))) {
        bad(&r, "the key \"%s\" appears twice in one object", dk);
    } else {
        const cJSON *schema = get(root, "schema");
        if (!cJSON_IsNumber(schema)) {
            bad(&r, "%s", "it has no \"schema\" number");
        } else if (schema->valuedouble > ST_SCHEMA) {
            snprintf(err, errlen,
                     "it was written by a newer rapport (schema %d; this one reads %d)",
                     schema->valueint, ST_SCHEMA);
            cJSON_Delete(root);
            return ST_NEWER;
        } else if (schema->valuedouble != ST_SCHEMA) {
            bad(&r, "%s", "its \"schema\" is not a version this rapport knows");
        }
        out->schema = ST_SCHEMA;
        out->player = get_str(&r, root, "player", true);
        out->created = get_str(&r, root, "created", false);
        const cJSON *set = get(root, "settings");
        out->settings.text_scale = 1.0;
        out->settings.text_speed = 60;
        if (set && !cJSON_IsObject(set)) bad(&r, "%s", "\"settings\" is not an object");
        if (cJSON_IsObject(set)) {
            out->settings.text_scale = get_num(&r, set, "text_scale", 1.0, false);
            out->settings.text_speed = get_int(&r, set, "text_speed", 60);
            out->settings.theme = get_str(&r, set, "theme", false);
            out->settings.mode = get_str(&r, set, "mode", false);
        }
        if (!out->settings.theme) out->settings.theme = dup("light");
        if (!out->settings.mode) out->settings.mode = dup("practice");
        if (out->settings.text_scale < 0.5 || out->settings.text_scale > 4)
            out->settings.text_scale = 1.0;
        const cJSON *ss = get(root, "sessions");
        if (!cJSON_IsArray(ss)) bad(&r, "%s", "it has no \"sessions\" list");
        int n = cJSON_GetArraySize(ss);
        out->records = calloc((size_t)n + 1, sizeof *out->records);
        const cJSON *it;
        cJSON_ArrayForEach(it, ss)
        {
            if (!out->records || r.bad) break;
            read_record(&r, it, &out->records[out->n_records++]);
        }
    }
    cJSON_Delete(root);
    if (r.bad) {
        st_progress_free(out);
        st = ST_SET_ASIDE;
    }
    return st;
}
