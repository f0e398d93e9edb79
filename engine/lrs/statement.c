/* statement.c: one recorded session -> xAPI 1.0.3 statements.
 *
 * What goes out is listed field by field in docs/organisations.md; keep the
 * two in step. Only identifiers, numbers, times, the player's name (or a
 * pseudonym) and the scenario's title leave the machine: never what the
 * player said, never feedback text. */
#include "lrs_local.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define VERBS "http://adlnet.gov/expapi/verbs/"
#define ACT_TYPES "http://adlnet.gov/expapi/activities/"

/* IRI path segment: unreserved characters stay, every other byte is %XX. */
static char *segment(const char *s)
{
    size_t n = strlen(s);
    char *out = malloc(3 * n + 1);
    if (!out) return NULL;
    size_t k = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            *p == '-' || *p == '.' || *p == '_' || *p == '~') {
            out[k++] = (char)*p;
        } else {
            snprintf(out + k, 4, "%%%02X", *p);
            k += 3;
        }
    }
    out[k] = '\0';
    return out;
}

static double tidy(double x)
{
    return round(x * 10000.0) / 10000.0;
}

typedef struct ctx {
    const lrs_config *c;
    const st_record *r;
    const char *pack;
    char *base;     /* iri_base without a trailing '/' */
    char *activity; /* the scenario's IRI */
    char *account;  /* the actor's account name: the player's or a pseudonym */
    bool named;     /* the actor carries the player's name */
    const char *player;
    int occurrence;
    const char *bad_verb; /* test hook, see verb() */
    bool oom;
} ctx;

/* cJSON's Add* calls return NULL when memory runs out; these note it, so a
 * statement is never queued with a part silently missing. */
static void put_str(ctx *x, cJSON *o, const char *k, const char *v)
{
    if (!o || !v || !cJSON_AddStringToObject(o, k, v)) x->oom = true;
}

static void put_num(ctx *x, cJSON *o, const char *k, double v)
{
    if (!o || !cJSON_AddNumberToObject(o, k, v)) x->oom = true;
}

static void put_bool(ctx *x, cJSON *o, const char *k, bool v)
{
    if (!o || !cJSON_AddBoolToObject(o, k, v)) x->oom = true;
}

static cJSON *put_obj(ctx *x, cJSON *o, const char *k)
{
    cJSON *c = o ? cJSON_AddObjectToObject(o, k) : NULL;
    if (!c) x->oom = true;
    return c;
}

static cJSON *put_arr(ctx *x, cJSON *o, const char *k)
{
    cJSON *c = o ? cJSON_AddArrayToObject(o, k) : NULL;
    if (!c) x->oom = true;
    return c;
}

/* Adds item under k (or to an array when k is NULL); takes ownership. */
static void put_item(ctx *x, cJSON *o, const char *k, cJSON *item)
{
    bool ok = o && item && (k ? cJSON_AddItemToObject(o, k, item) : cJSON_AddItemToArray(o, item));
    if (!ok) {
        cJSON_Delete(item);
        x->oom = true;
    }
}

static cJSON *new_obj(ctx *x)
{
    cJSON *o = cJSON_CreateObject();
    if (!o) x->oom = true;
    return o;
}

static cJSON *actor(ctx *x)
{
    cJSON *a = new_obj(x);
    put_str(x, a, "objectType", "Agent");
    if (x->named) put_str(x, a, "name", x->player);
    cJSON *acc = put_obj(x, a, "account");
    put_str(x, acc, "homePage", x->base);
    put_str(x, acc, "name", x->account);
    return a;
}

static cJSON *verb(ctx *x, const char *name)
{
    cJSON *v = new_obj(x);
    char *id = lrs_fmt(VERBS "%s", name);
    /* Test-only hook (tests/lrs): RAPPORT_TEST_XAPI_BAD_VERB=completed makes
     * that verb's id invalid so a real LRS rejects the statement. */
    if (x->bad_verb && strcmp(x->bad_verb, name) == 0) {
        free(id);
        id = lrs_strdup("not a verb iri");
    }
    put_str(x, v, "id", id ? id : "");
    free(id);
    cJSON *d = put_obj(x, v, "display");
    put_str(x, d, "en-US", name);
    return v;
}

static cJSON *scenario_object(ctx *x)
{
    cJSON *o = new_obj(x);
    put_str(x, o, "objectType", "Activity");
    put_str(x, o, "id", x->activity);
    cJSON *d = put_obj(x, o, "definition");
    cJSON *nm = put_obj(x, d, "name");
    put_str(x, nm, "en", x->r->title ? x->r->title : x->r->scenario);
    put_str(x, d, "type", ACT_TYPES "simulation");
    return o;
}

static cJSON *context(ctx *x, bool with_parent)
{
    const st_record *r = x->r;
    cJSON *c = new_obj(x);
    if (x->c->registration) put_str(x, c, "registration", x->c->registration);
    put_str(x, c, "platform", "rapport");
    cJSON *ca = NULL;
    if (with_parent) {
        ca = put_obj(x, c, "contextActivities");
        cJSON *par = put_arr(x, ca, "parent");
        cJSON *p = new_obj(x);
        put_str(x, p, "objectType", "Activity");
        put_str(x, p, "id", x->activity);
        put_item(x, par, NULL, p);
    }
    if (r->family && *r->family) {
        char *fam = segment(r->family);
        char *id = fam ? lrs_fmt("%s/families/%s", x->base, fam) : NULL;
        if (id) {
            if (!ca) ca = put_obj(x, c, "contextActivities");
            cJSON *g = put_arr(x, ca, "grouping");
            cJSON *a = new_obj(x);
            put_str(x, a, "objectType", "Activity");
            put_str(x, a, "id", id);
            put_item(x, g, NULL, a);
        }
        free(id);
        free(fam);
    }
    cJSON *e = put_obj(x, c, "extensions");
    put_str(x, e, LRS_EXT "rapport-version", RAPPORT_VERSION);
    put_num(x, e, LRS_EXT "scenario-version", r->version);
    if (r->mode) put_str(x, e, LRS_EXT "mode", r->mode);
    if (x->pack && *x->pack) put_str(x, e, LRS_EXT "pack", x->pack);
    /* Schema 2: which attempt of this scenario, what kind of run, and the
     * seed of its shuffled order (absent when the author's order was shown). */
    if (r->attempt > 0) put_num(x, e, LRS_EXT "attempt", r->attempt);
    if (r->kind) put_str(x, e, LRS_EXT "kind", r->kind);
    if (r->has_seed) put_num(x, e, LRS_EXT "seed", (double)r->seed);
    return c;
}

/* A statement with its deterministic id: the same session, verb and index
 * always give the same id, so the LRS stores a resend only once. */
static cJSON *statement(ctx *x, const char *vname, int index, cJSON *object, const char *timestamp)
{
    char *name = lrs_fmt("%s\n%s\n%s\n%s\n%d\n%s\n%d", x->base, x->account, x->r->scenario,
                         x->r->started ? x->r->started : "", x->occurrence, vname, index);
    char id[37];
    lrs_uuid5(name ? name : "", id);
    free(name);
    cJSON *s = new_obj(x);
    put_str(x, s, "id", id);
    put_item(x, s, "actor", actor(x));
    put_item(x, s, "verb", verb(x, vname));
    put_item(x, s, "object", object);
    if (timestamp) put_str(x, s, "timestamp", timestamp);
    return s;
}

/* result for completed / passed / failed: the whole session's scores. */
static cJSON *session_result(ctx *x, int success)
{
    const st_record *r = x->r;
    cJSON *res = new_obj(x);
    if (success >= 0) put_bool(x, res, "success", success == 1);
    put_bool(x, res, "completion", true);
    double t0, t1;
    if (lrs_time_parse(r->started, &t0) && lrs_time_parse(r->ended, &t1)) {
        char d[40];
        lrs_duration(t1 - t0, d, sizeof d);
        put_str(x, res, "duration", d);
    }
    if (r->n_skills > 0) {
        double raw = 0, best = 0, worst = 0, pct = 0;
        for (int i = 0; i < r->n_skills; i++) {
            raw += r->skills[i].raw;
            best += r->skills[i].best;
            worst += r->skills[i].worst;
            pct += r->skills[i].percent;
        }
        cJSON *sc = put_obj(x, res, "score");
        put_num(x, sc, "scaled", tidy(pct / r->n_skills / 100.0));
        put_num(x, sc, "raw", tidy(raw));
        /* xAPI wants min < max and raw between them; with loops best and
         * worst are bounds a raw total can pass, so then they are left out. */
        if (worst < best && raw >= worst && raw <= best) {
            put_num(x, sc, "min", tidy(worst));
            put_num(x, sc, "max", tidy(best));
        }
    }
    cJSON *e = put_obj(x, res, "extensions");
    cJSON *sk = put_obj(x, e, LRS_EXT "skills");
    for (int i = 0; i < r->n_skills; i++) {
        const st_skill *s = &r->skills[i];
        cJSON *o = put_obj(x, sk, s->name);
        put_num(x, o, "scaled", tidy(s->percent / 100.0));
        put_num(x, o, "raw", tidy(s->raw));
        put_num(x, o, "best", tidy(s->best));
        put_num(x, o, "worst", tidy(s->worst));
        /* Accuracy (design.md): null when no step offered a difference. */
        if (s->has_accuracy)
            put_num(x, o, "accuracy", tidy(s->accuracy));
        else
            put_item(x, o, "accuracy", cJSON_CreateNull());
    }
    if (r->outcome) put_str(x, e, LRS_EXT "outcome", r->outcome);
    if (r->grade) put_str(x, e, LRS_EXT "grade", r->grade);
    if (r->n_tags > 0) {
        cJSON *tg = put_obj(x, e, LRS_EXT "tags");
        for (int i = 0; i < r->n_tags; i++)
            put_num(x, tg, r->tags[i].name, r->tags[i].count);
    }
    return res;
}

/* One choice as "answered": the node is an interaction activity inside the
 * scenario; the response is the choice's stable id, never its text. */
static cJSON *answered(ctx *x, int i, double *clock, bool have_clock, double end)
{
    const st_choice *ch = &x->r->choices[i];
    char *node = segment(ch->node ? ch->node : "");
    char *id = node ? lrs_fmt("%s/nodes/%s", x->activity, node) : NULL;
    free(node);
    if (!id) return NULL;
    cJSON *o = new_obj(x);
    put_str(x, o, "objectType", "Activity");
    put_str(x, o, "id", id);
    free(id);
    cJSON *d = put_obj(x, o, "definition");
    put_str(x, d, "type", ACT_TYPES "cmi.interaction");
    put_str(x, d, "interactionType", "choice");
    char ts[40];
    const char *tsp = NULL;
    double ms = ch->ms > 0 && isfinite(ch->ms) ? ch->ms : 0;
    if (have_clock) {
        /* The record keeps how long each choice took, not when it was made:
         * the start plus the time spent so far, never after the end. */
        *clock += ms / 1000.0;
        lrs_time_format(*clock < end ? *clock : end, ts, sizeof ts);
        tsp = ts;
    }
    cJSON *s = statement(x, "answered", i, o, tsp);
    cJSON *res = put_obj(x, s, "result");
    put_str(x, res, "response", ch->choice ? ch->choice : "");
    char dur[40];
    lrs_duration(ms / 1000.0, dur, sizeof dur);
    put_str(x, res, "duration", dur);
    if (ch->n_shown_ids > 0) { /* the order the choices were shown in: ids, never texts */
        cJSON *re = put_obj(x, res, "extensions");
        cJSON *order = put_arr(x, re, LRS_EXT "shown");
        for (int k = 0; k < ch->n_shown_ids; k++)
            put_item(x, order, NULL, cJSON_CreateString(ch->shown_ids[k] ? ch->shown_ids[k] : ""));
    }
    put_item(x, s, "context", context(x, true));
    return s;
}

cJSON *lrs_build(const lrs_config *c, const char *key, const char *player, const st_record *r,
                 const char *pack, int occurrence)
{
    ctx x = {.c = c,
             .r = r,
             .pack = pack,
             .player = player,
             .occurrence = occurrence,
             .bad_verb = getenv("RAPPORT_TEST_XAPI_BAD_VERB")};
    cJSON *arr = NULL;
    if (!r->scenario || !player) return NULL;
    x.base = lrs_strdup(c->iri_base && *c->iri_base ? c->iri_base : LRS_DEFAULT_IRI_BASE);
    if (!x.base) goto done;
    for (size_t n = strlen(x.base); n > 0 && x.base[n - 1] == '/'; n--)
        x.base[n - 1] = '\0';
    char *sid = segment(r->scenario);
    x.activity = sid ? lrs_fmt("%s/scenarios/%s", x.base, sid) : NULL;
    free(sid);
    if (!x.activity) goto done;
    if (c->anonymise) {
        if (!key) goto done;
        char pseudo[32];
        lrs_pseudonym(key, player, pseudo, sizeof pseudo);
        x.account = lrs_strdup(pseudo);
    } else {
        x.account = lrs_strdup(player);
        x.named = true;
    }
    if (!x.account) goto done;
    arr = cJSON_CreateArray();
    if (!arr) goto done;
    double t0 = 0, t1 = 0;
    bool times = lrs_time_parse(r->started, &t0) && lrs_time_parse(r->ended, &t1);

    cJSON *s = statement(&x, "attempted", 0, scenario_object(&x), r->started);
    put_item(&x, s, "context", context(&x, false));
    put_item(&x, arr, NULL, s);

    if (c->send_choices) {
        double clock = t0;
        for (int i = 0; i < r->n_choices; i++) {
            cJSON *a = answered(&x, i, &clock, times, t1);
            if (!a) goto fail;
            put_item(&x, arr, NULL, a);
        }
    }

    /* good -> passed, poor -> failed; mixed (or no grade) is completed only. */
    const char *g = r->grade ? r->grade : "";
    int success = strcmp(g, "good") == 0 ? 1 : strcmp(g, "poor") == 0 ? 0 : -1;
    const char *ts = r->ended ? r->ended : r->started;
    s = statement(&x, "completed", 0, scenario_object(&x), ts);
    put_item(&x, s, "result", session_result(&x, success));
    put_item(&x, s, "context", context(&x, false));
    put_item(&x, arr, NULL, s);
    if (success >= 0) {
        s = statement(&x, success ? "passed" : "failed", 0, scenario_object(&x), ts);
        put_item(&x, s, "result", session_result(&x, success));
        put_item(&x, s, "context", context(&x, false));
        put_item(&x, arr, NULL, s);
    }
    if (x.oom) goto fail;
    goto done;
fail:
    cJSON_Delete(arr);
    arr = NULL;
done:
    free(x.account);
    free(x.activity);
    free(x.base);
    return arr;
}

char *lrs_statements_json(const lrs_config *c, const char *player, const st_record *r,
                          const char *pack, int occurrence, char *msg, size_t msglen)
{
    char *key = NULL;
    if (c->anonymise && !(key = lrs_pseudonym_key(c, msg, msglen))) return NULL;
    cJSON *arr = lrs_build(c, key, player, r, pack, occurrence);
    free(key);
    char *text = arr ? cJSON_PrintUnformatted(arr) : NULL;
    cJSON_Delete(arr);
    if (!text) snprintf(msg, msglen, "cannot build the statements (out of memory)");
    return text;
}
