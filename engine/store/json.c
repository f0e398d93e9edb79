/* json.c: progress documents to and from JSON text with cJSON, strictly.
 * cJSON accepts duplicate keys, raw invalid UTF-8 and case-insensitive
 * lookups; progress is parsed with those holes closed (docs/progress.md). */
#include "store.h"
#include "core.h"
#include "diag.h"
#include "store_local.h"

#include <cjson/cJSON.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/random.h>
#include <time.h>

static char *dup(const char *s)
{
    if (!s) return NULL;
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

/* $RAPPORT_NOW as a time, when it is a real UTC instant written exactly
 * "YYYY-MM-DDTHH:MM:SSZ" (a day or second that does not exist, such as
 * 2026-02-30, is refused: timegm would move it silently). */
static bool env_now(time_t *out)
{
    const char *s = getenv("RAPPORT_NOW");
    static const char shape[] = "0000-00-00T00:00:00Z"; /* 0: a digit */
    if (!s || strlen(s) != sizeof shape - 1) return false;
    for (size_t i = 0; shape[i]; i++)
        if (shape[i] == '0' ? s[i] < '0' || s[i] > '9' : s[i] != shape[i]) return false;
    int y, mo, d, h, mi, sec;
    if (sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2dZ", &y, &mo, &d, &h, &mi, &sec) != 6) return false;
    struct tm tm = {.tm_year = y - 1900,
                    .tm_mon = mo - 1,
                    .tm_mday = d,
                    .tm_hour = h,
                    .tm_min = mi,
                    .tm_sec = sec};
    time_t t = timegm(&tm); /* normalises tm: the same fields back mean a real instant */
    if (t == (time_t)-1 || tm.tm_year != y - 1900 || tm.tm_mon != mo - 1 || tm.tm_mday != d ||
        tm.tm_hour != h || tm.tm_min != mi || tm.tm_sec != sec)
        return false;
    *out = t;
    return true;
}

void st_now(char *buf, size_t n)
{
    /* Tests inject the instant as they inject the calendar day
     * ($RAPPORT_TODAY, engine/app/review.c): sessions stamped by the real
     * clock next to an injected day disagree around midnight. */
    time_t t;
    if (!env_now(&t)) t = time(NULL);
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

static void free_strv(char **v, int n)
{
    for (int i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

void st_record_free(st_record *r)
{
    free(r->scenario);
    free(r->kind);
    free(r->title);
    free(r->family);
    free(r->pack);
    free(r->mode);
    free(r->started);
    free(r->ended);
    free(r->outcome);
    free(r->grade);
    free_strv(r->path, r->n_path);
    for (int i = 0; i < r->n_choices; i++) {
        free(r->choices[i].node);
        free(r->choices[i].choice);
        free(r->choices[i].text);
        free(r->choices[i].reply);
        free(r->choices[i].said);
        free(r->choices[i].room_votes);
        free_strv(r->choices[i].shown_ids, r->choices[i].n_shown_ids);
    }
    free(r->choices);
    for (int i = 0; i < r->n_skills; i++)
        free(r->skills[i].name);
    for (int i = 0; i < r->n_tags; i++)
        free(r->tags[i].name);
    free(r->tags);
    free(r->homework);
    free(r->homework_answer);
    free(r->homework_note);
    free(r->homework_answered);
    memset(r, 0, sizeof *r);
}

void st_progress_free(st_progress *p)
{
    free(p->player);
    free(p->created);
    free(p->settings.theme);
    free(p->settings.mode);
    free(p->settings.language);
    for (int i = 0; i < p->n_records; i++)
        st_record_free(&p->records[i]);
    free(p->records);
    for (int i = 0; i < p->n_reviews; i++)
        st_review_free(&p->reviews[i]);
    free(p->reviews);
    memset(p, 0, sizeof *p);
}

/* ---- review items (issue 16) ---- */

void st_review_free(st_review *r)
{
    free(r->scenario);
    free(r->node);
    free(r->added);
    free(r->due);
    free(r->last);
    memset(r, 0, sizeof *r);
}

int st_review_find(const st_progress *p, const char *scenario, const char *node)
{
    for (int i = 0; i < p->n_reviews; i++)
        if (strcmp(p->reviews[i].scenario, scenario) == 0 && strcmp(p->reviews[i].node, node) == 0)
            return i;
    return -1;
}

/* A deep copy of s into d; false (d freed) when out of memory. */
static bool copy_review(st_review *d, const st_review *s)
{
    *d = *s;
    d->scenario = dup(s->scenario);
    d->node = dup(s->node);
    d->added = dup(s->added);
    d->due = dup(s->due);
    d->last = dup(s->last);
    if (!d->scenario || !d->node || !d->added || !d->due || (s->last && !d->last)) {
        st_review_free(d);
        return false;
    }
    return true;
}

bool st_review_add(st_progress *p, const st_review *r)
{
    st_review *v = realloc(p->reviews, sizeof *v * (size_t)(p->n_reviews + 1));
    if (!v) return false;
    p->reviews = v;
    if (!copy_review(&v[p->n_reviews], r)) return false;
    p->n_reviews++;
    return true;
}

bool st_review_set(st_progress *p, int i, const st_review *r)
{
    st_review c;
    if (i < 0 || i >= p->n_reviews || !copy_review(&c, r)) return false;
    st_review_free(&p->reviews[i]);
    p->reviews[i] = c;
    return true;
}

/* dup() that clears *ok when memory runs out, so a copy is whole or refused. */
static char *cp(bool *ok, const char *s)
{
    char *d = dup(s);
    if (s && !d) *ok = false;
    return d;
}

static bool copy_record(st_record *d, const st_record *s)
{
    bool ok = true;
    memset(d, 0, sizeof *d);
    d->scenario = cp(&ok, s->scenario);
    d->kind = cp(&ok, s->kind);
    d->attempt = s->attempt;
    d->has_seed = s->has_seed;
    d->seed = s->seed;
    d->confidence_before = s->confidence_before;
    d->confidence_after = s->confidence_after;
    d->version = s->version;
    d->title = cp(&ok, s->title);
    d->family = cp(&ok, s->family);
    d->pack = cp(&ok, s->pack);
    d->mode = cp(&ok, s->mode);
    d->started = cp(&ok, s->started);
    d->ended = cp(&ok, s->ended);
    d->outcome = cp(&ok, s->outcome);
    d->grade = cp(&ok, s->grade);
    d->homework = cp(&ok, s->homework);
    d->homework_answer = cp(&ok, s->homework_answer);
    d->homework_note = cp(&ok, s->homework_note);
    d->homework_answered = cp(&ok, s->homework_answered);
    d->path = calloc((size_t)s->n_path + 1, sizeof *d->path);
    d->choices = calloc((size_t)s->n_choices + 1, sizeof *d->choices);
    d->tags = calloc((size_t)s->n_tags + 1, sizeof *d->tags);
    if (!ok || !d->path || !d->choices || !d->tags) return false;
    for (int i = 0; i < s->n_path; i++)
        d->path[d->n_path++] = cp(&ok, s->path[i]);
    for (int i = 0; i < s->n_choices; i++) {
        const st_choice *sc = &s->choices[i];
        st_choice *c = &d->choices[d->n_choices++];
        c->node = cp(&ok, sc->node);
        c->choice = cp(&ok, sc->choice);
        c->text = cp(&ok, sc->text);
        c->reply = cp(&ok, sc->reply);
        c->said = cp(&ok, sc->said);
        c->pressed = sc->pressed;
        c->ms = sc->ms;
        if (sc->n_shown_ids > 0) {
            c->shown_ids = calloc((size_t)sc->n_shown_ids, sizeof *c->shown_ids);
            if (!c->shown_ids) return false;
            for (int k = 0; k < sc->n_shown_ids; k++)
                c->shown_ids[c->n_shown_ids++] = cp(&ok, sc->shown_ids[k]);
        }
        if (sc->n_room_votes > 0) {
            c->room_votes = malloc(sizeof *c->room_votes * (size_t)sc->n_room_votes);
            if (!c->room_votes) return false;
            memcpy(c->room_votes, sc->room_votes, sizeof *c->room_votes * (size_t)sc->n_room_votes);
            c->n_room_votes = sc->n_room_votes;
            c->room_phones = sc->room_phones;
        }
    }
    for (int i = 0; i < s->n_skills && i < ST_MAX_SKILLS; i++) {
        d->skills[i] = s->skills[i];
        d->skills[i].name = cp(&ok, s->skills[i].name);
        d->n_skills++;
    }
    for (int i = 0; i < s->n_tags; i++) {
        d->tags[i].name = cp(&ok, s->tags[i].name);
        d->tags[i].count = s->tags[i].count;
        d->n_tags++;
    }
    return ok;
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

/* Fills in the attempts a file did not record (schema 1): 1 + the sessions
 * before it in the file with the same scenario and kind. */
static void number_attempts(st_progress *p)
{
    for (int i = 0; i < p->n_records; i++) {
        st_record *r = &p->records[i];
        if (r->attempt > 0) continue;
        const char *kind = r->kind ? r->kind : "session";
        r->attempt = 1;
        for (int j = 0; j < i; j++) {
            const st_record *o = &p->records[j];
            const char *ok = o->kind ? o->kind : "session";
            if (o->scenario && r->scenario && strcmp(o->scenario, r->scenario) == 0 &&
                strcmp(ok, kind) == 0)
                r->attempt++;
        }
    }
}

/* ---- printing ---- */

/* The tree being built; any failed allocation makes the whole print fail,
 * so a document with parts missing is never written. */
typedef struct pr {
    bool ok;
} pr;

static cJSON *put(pr *w, cJSON *parent, const char *key, cJSON *item)
{
    if (!item || !parent) {
        cJSON_Delete(item);
        w->ok = false;
        return NULL;
    }
    bool done = key ? cJSON_AddItemToObject(parent, key, item) : cJSON_AddItemToArray(parent, item);
    if (!done) {
        cJSON_Delete(item);
        w->ok = false;
        return NULL;
    }
    return item;
}

static void put_str(pr *w, cJSON *o, const char *k, const char *v)
{
    if (v) put(w, o, k, cJSON_CreateString(v));
}

static void put_num(pr *w, cJSON *o, const char *k, double v)
{
    put(w, o, k, cJSON_CreateNumber(v));
}

/* Rounds to 4 decimals so files stay readable and stable. */
static double tidy(double x)
{
    /* Past 1e11 four decimals are below a double's precision anyway, and
     * scaling would overflow to infinity, which JSON cannot hold. */
    if (!(fabs(x) < 1e11)) return x;
    return round(x * 10000.0) / 10000.0;
}

static void print_record(pr *w, cJSON *sessions, const st_progress *p, int i)
{
    const st_record *r = &p->records[i];
    cJSON *o = put(w, sessions, NULL, cJSON_CreateObject());
    if (!o) return;
    const char *kind = r->kind ? r->kind : "session";
    int attempt = r->attempt;
    if (attempt <= 0) { /* not numbered yet: as a schema 1 file would be */
        attempt = 1;
        for (int j = 0; j < i; j++) {
            const st_record *q = &p->records[j];
            if (q->scenario && r->scenario && strcmp(q->scenario, r->scenario) == 0 &&
                strcmp(q->kind ? q->kind : "session", kind) == 0)
                attempt++;
        }
    }
    put_str(w, o, "scenario", r->scenario);
    put_num(w, o, "scenario_version", r->version);
    put_str(w, o, "kind", kind);
    put_num(w, o, "attempt", attempt);
    put_str(w, o, "title", r->title);
    put_str(w, o, "family", r->family);
    put_str(w, o, "pack", r->pack);
    put_str(w, o, "mode", r->mode);
    put_str(w, o, "started", r->started);
    put_str(w, o, "ended", r->ended);
    put(w, o, "seed", r->has_seed ? cJSON_CreateNumber((double)r->seed) : cJSON_CreateNull());
    if (r->confidence_before) put_num(w, o, "confidence_before", r->confidence_before);
    if (r->confidence_after) put_num(w, o, "confidence_after", r->confidence_after);
    put(w, o, "outcome", r->outcome ? cJSON_CreateString(r->outcome) : cJSON_CreateNull());
    put_str(w, o, "grade", r->grade);
    cJSON *path = put(w, o, "path", cJSON_CreateArray());
    for (int j = 0; j < r->n_path; j++)
        put(w, path, NULL, cJSON_CreateString(r->path[j]));
    cJSON *ch = put(w, o, "choices", cJSON_CreateArray());
    for (int j = 0; j < r->n_choices; j++) {
        const st_choice *c = &r->choices[j];
        cJSON *co = put(w, ch, NULL, cJSON_CreateObject());
        put_str(w, co, "node", c->node);
        put_str(w, co, "choice", c->choice);
        put_num(w, co, "pressed", c->pressed);
        if (c->n_shown_ids > 0) {
            cJSON *sh = put(w, co, "shown", cJSON_CreateArray());
            for (int k = 0; k < c->n_shown_ids; k++)
                put(w, sh, NULL, cJSON_CreateString(c->shown_ids[k]));
        }
        put_num(w, co, "ms", round(c->ms));
        put_str(w, co, "text", c->text);
        put_str(w, co, "reply", c->reply);
        put_str(w, co, "said", c->said);
        if (c->n_room_votes > 0) { /* only when the room voted at this step */
            cJSON *ro = put(w, co, "room", cJSON_CreateObject());
            cJSON *vo = put(w, ro, "votes", cJSON_CreateArray());
            for (int k = 0; k < c->n_room_votes; k++)
                put(w, vo, NULL, cJSON_CreateNumber(c->room_votes[k]));
            put_num(w, ro, "phones", c->room_phones);
        }
    }
    cJSON *sk = put(w, o, "skills", cJSON_CreateObject());
    for (int j = 0; j < r->n_skills; j++) {
        const st_skill *s = &r->skills[j];
        cJSON *so = put(w, sk, s->name, cJSON_CreateObject());
        put_num(w, so, "raw", tidy(s->raw));
        put_num(w, so, "best", tidy(s->best));
        put_num(w, so, "worst", tidy(s->worst));
        put_num(w, so, "percent", tidy(s->percent));
        put(w, so, "accuracy",
            s->has_accuracy ? cJSON_CreateNumber(tidy(s->accuracy)) : cJSON_CreateNull());
    }
    cJSON *tg = put(w, o, "tags", cJSON_CreateObject());
    for (int j = 0; j < r->n_tags; j++)
        put_num(w, tg, r->tags[j].name, r->tags[j].count);
    if (r->homework) { /* docs/practice.md, "Homework" */
        cJSON *hw = put(w, o, "homework", cJSON_CreateObject());
        put_str(w, hw, "text", r->homework);
        put_str(w, hw, "answer", r->homework_answer);
        put_str(w, hw, "note", r->homework_note);
        put_str(w, hw, "answered", r->homework_answered);
    }
}

static void put_settings(pr *w, cJSON *set, const st_settings *s)
{
    put_num(w, set, "text_scale", tidy(s->text_scale));
    put_str(w, set, "theme", s->theme);
    put_num(w, set, "text_speed", s->text_speed);
    put_str(w, set, "mode", s->mode);
    if (s->say_first) put(w, set, "say_first", cJSON_CreateTrue());
    if (s->ask_confidence) put(w, set, "ask_confidence", cJSON_CreateTrue());
    if (s->voice) put(w, set, "voice", cJSON_CreateTrue()); /* reading aloud */
    if (s->daily_goal > 0) put_num(w, set, "daily_goal", s->daily_goal);
    if (s->goals_off) put(w, set, "goals", cJSON_CreateFalse());
    if (s->language) put_str(w, set, "language", s->language);
}

static void put_review(pr *w, cJSON *o, const st_review *r)
{
    put_str(w, o, "scenario", r->scenario);
    put_str(w, o, "node", r->node);
    put_str(w, o, "added", r->added);
    put_str(w, o, "due", r->due);
    put(w, o, "last", r->last ? cJSON_CreateString(r->last) : cJSON_CreateNull());
    put_num(w, o, "interval", r->interval);
    put_num(w, o, "ease", tidy(r->ease));
    put_num(w, o, "reps", r->reps);
    put_num(w, o, "lapses", r->lapses);
    put_num(w, o, "reviews", r->reviews);
}

/* Everything but the sessions: schema, player, created, settings, review. */
static cJSON *head_json(pr *w, const st_progress *p)
{
    cJSON *root = cJSON_CreateObject();
    if (!root) {
        w->ok = false;
        return NULL;
    }
    put_num(w, root, "schema", ST_SCHEMA);
    put_str(w, root, "player", p->player);
    put_str(w, root, "created", p->created);
    put_settings(w, put(w, root, "settings", cJSON_CreateObject()), &p->settings);
    return root;
}

static void put_reviews(pr *w, cJSON *root, const st_progress *p)
{
    if (p->n_reviews <= 0) return; /* the review schedule (issue 16); absent when empty */
    cJSON *rv = put(w, root, "review", cJSON_CreateArray());
    for (int i = 0; i < p->n_reviews && w->ok; i++)
        put_review(w, put(w, rv, NULL, cJSON_CreateObject()), &p->reviews[i]);
}

char *st_print(const st_progress *p)
{
    pr w = {true};
    cJSON *root = head_json(&w, p);
    if (!root) return NULL;
    cJSON *sessions = put(&w, root, "sessions", cJSON_CreateArray());
    for (int i = 0; i < p->n_records && w.ok; i++)
        print_record(&w, sessions, p, i);
    put_reviews(&w, root, p);
    char *out = w.ok ? cJSON_Print(root) : NULL;
    cJSON_Delete(root);
    return out;
}

/* ---- the journal layout and journal lines (store_local.h) ---- */

void st_jmeta_free(st_jmeta *m)
{
    for (int i = 0; i < m->n_counts; i++)
        free(m->counts[i].scenario);
    free(m->counts);
    memset(m, 0, sizeof *m);
}

static bool is_drill_kind(const char *kind)
{
    return kind && strcmp(kind, "drill") == 0;
}

int st_jmeta_get(const st_jmeta *m, const char *scenario, const char *kind)
{
    for (int i = 0; scenario && i < m->n_counts; i++)
        if (strcmp(m->counts[i].scenario, scenario) == 0)
            return is_drill_kind(kind) ? m->counts[i].drill : m->counts[i].session;
    return 0;
}

bool st_jmeta_add(st_jmeta *m, const char *scenario, const char *kind)
{
    if (!scenario) return true;
    int i = 0;
    while (i < m->n_counts && strcmp(m->counts[i].scenario, scenario) != 0)
        i++;
    if (i == m->n_counts) {
        st_count *v = realloc(m->counts, sizeof *v * (size_t)(m->n_counts + 1));
        if (!v) return false;
        m->counts = v;
        if (!(v[i].scenario = dup(scenario))) return false;
        v[i].session = v[i].drill = 0;
        m->n_counts++;
    }
    if (is_drill_kind(kind))
        m->counts[i].drill++;
    else
        m->counts[i].session++;
    return true;
}

bool st_jmeta_count(st_jmeta *m, const st_progress *p)
{
    for (int i = 0; i < m->n_counts; i++)
        free(m->counts[i].scenario);
    free(m->counts);
    m->counts = NULL;
    m->n_counts = 0;
    m->sessions = p->n_records;
    for (int i = 0; i < p->n_records; i++)
        if (!st_jmeta_add(m, p->records[i].scenario, p->records[i].kind)) return false;
    return true;
}

/* Prints item with cJSON_PrintUnformatted and deletes it. */
static char *print_line(pr *w, cJSON *item)
{
    char *out = w->ok && item ? cJSON_PrintUnformatted(item) : NULL;
    cJSON_Delete(item);
    return out;
}

/* One session as its own object (print_record builds it inside a list). */
static cJSON *session_json(pr *w, const st_progress *p, int i)
{
    cJSON *list = cJSON_CreateArray();
    if (!list) {
        w->ok = false;
        return NULL;
    }
    print_record(w, list, p, i);
    cJSON *o = w->ok ? cJSON_DetachItemFromArray(list, 0) : NULL;
    cJSON_Delete(list);
    if (!o) w->ok = false;
    return o;
}

char *st_print_session_line(const st_progress *p, int i)
{
    pr w = {true};
    return print_line(&w, session_json(&w, p, i));
}

char *st_print_settings_line(const st_settings *s)
{
    pr w = {true};
    cJSON *o = cJSON_CreateObject();
    if (!o) return NULL;
    put_settings(&w, o, s);
    return print_line(&w, o);
}

char *st_print_review_line(const st_review *r)
{
    pr w = {true};
    cJSON *o = cJSON_CreateObject();
    if (!o) return NULL;
    put_review(&w, o, r);
    return print_line(&w, o);
}

/* A growing text; any failed allocation makes it NULL for good. */
typedef struct sbuf {
    char *s;
    size_t n, cap;
    bool ok;
} sbuf;

static void sb_add(sbuf *b, const char *t, size_t len)
{
    if (!b->ok || !t) {
        b->ok = false;
        return;
    }
    if (b->n + len + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->n + len + 1)
            cap *= 2;
        char *s = realloc(b->s, cap);
        if (!s) {
            b->ok = false;
            return;
        }
        b->s = s;
        b->cap = cap;
    }
    memcpy(b->s + b->n, t, len);
    b->n += len;
    b->s[b->n] = '\0';
}

static void sb_str(sbuf *b, const char *t)
{
    sb_add(b, t, t ? strlen(t) : 0);
    if (!t) b->ok = false;
}

static cJSON *jmeta_json(pr *w, const st_jmeta *m)
{
    cJSON *o = cJSON_CreateObject();
    if (!o) {
        w->ok = false;
        return NULL;
    }
    if (m->id[0]) put_str(w, o, "id", m->id);
    put_num(w, o, "folded", (double)m->folded);
    put_num(w, o, "sessions", m->sessions);
    cJSON *at = put(w, o, "attempts", cJSON_CreateObject());
    for (int i = 0; i < m->n_counts && w->ok; i++) {
        cJSON *c = put(w, at, m->counts[i].scenario, cJSON_CreateObject());
        if (m->counts[i].session) put_num(w, c, "session", m->counts[i].session);
        if (m->counts[i].drill) put_num(w, c, "drill", m->counts[i].drill);
    }
    return o;
}

char *st_print_layout(const st_progress *p, const st_jmeta *m)
{
    pr w = {true};
    cJSON *root = head_json(&w, p);
    if (!root) return NULL;
    put_reviews(&w, root, p);
    put(&w, root, "journal", jmeta_json(&w, m));
    char *head = print_line(&w, root);
    sbuf b = {NULL, 0, 0, true};
    if (head) {
        size_t k = strlen(head); /* "{...}": drop the closing brace */
        sb_add(&b, head, k - 1);
        sb_str(&b, ",\n\"sessions\":[\n");
    } else {
        b.ok = false;
    }
    free(head);
    for (int i = 0; i < p->n_records && b.ok; i++) {
        char *line = st_print_session_line(p, i);
        sb_str(&b, line);
        sb_str(&b, i + 1 < p->n_records ? ",\n" : "\n");
        free(line);
    }
    sb_str(&b, "]}\n");
    if (!b.ok) {
        free(b.s);
        return NULL;
    }
    return b.s;
}

static char *jline_finish(pr *w, cJSON *o)
{
    char *t = print_line(w, o);
    if (!t) return NULL;
    size_t k = strlen(t);
    char *nl = realloc(t, k + 2);
    if (!nl) {
        free(t);
        return NULL;
    }
    nl[k] = '\n';
    nl[k + 1] = '\0';
    return nl;
}

static cJSON *jline_start(pr *w, long long seq, const char *op)
{
    cJSON *o = cJSON_CreateObject();
    if (!o) {
        w->ok = false;
        return NULL;
    }
    put_num(w, o, "seq", (double)seq);
    put_str(w, o, "op", op);
    return o;
}

char *st_jline_session(long long seq, const st_progress *p, int i, int index)
{
    pr w = {true};
    cJSON *o = jline_start(&w, seq, index < 0 ? "session" : "session_set");
    if (index >= 0) put_num(&w, o, "index", index);
    put(&w, o, "session", session_json(&w, p, i));
    return jline_finish(&w, o);
}

char *st_jline_settings(long long seq, const st_settings *s)
{
    pr w = {true};
    cJSON *o = jline_start(&w, seq, "settings");
    cJSON *set = put(&w, o, "settings", cJSON_CreateObject());
    if (set) put_settings(&w, set, s);
    return jline_finish(&w, o);
}

char *st_jline_header(char *id)
{
    unsigned char b[8];
    if (getrandom(b, sizeof b, GRND_NONBLOCK) != (ssize_t)sizeof b) {
        /* No entropy: the clock and the process still differ per journal. */
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        unsigned long long v = (unsigned long long)ts.tv_nsec * 6364136223846793005ULL ^
                               (unsigned long long)ts.tv_sec ^
                               (unsigned long long)(uintptr_t)b << 16;
        memcpy(b, &v, sizeof b);
    }
    for (int i = 0; i < 8; i++)
        snprintf(id + 2 * i, 3, "%02x", b[i]);
    pr w = {true};
    cJSON *o = cJSON_CreateObject();
    if (!o) return NULL;
    put_str(&w, o, "journal", id);
    return jline_finish(&w, o);
}

char *st_jline_review(long long seq, const st_review *r)
{
    pr w = {true};
    cJSON *o = jline_start(&w, seq, "review");
    cJSON *rv = put(&w, o, "review", cJSON_CreateObject());
    if (rv) put_review(&w, rv, r);
    return jline_finish(&w, o);
}

/* ---- strict parsing ---- */

/* Whether text is JSON that cJSON would accept, without allocating. Used only
 * after cJSON has failed, to tell a failed allocation (a good file: an I/O
 * error) from bad bytes (set aside). It is never more lenient than cJSON:
 * strict numbers and whitespace, surrogate pairs checked as cJSON does, and a
 * lower nesting limit. */
typedef struct syn {
    const char *s, *end;
} syn;

static void syn_ws(syn *y)
{
    while (y->s < y->end && (*y->s == ' ' || *y->s == '\t' || *y->s == '\n' || *y->s == '\r'))
        y->s++;
}

static int syn_hex4(const char *s)
{
    int v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

static bool syn_string(syn *y)
{
    y->s++; /* the opening quote */
    while (y->s < y->end && *y->s != '"') {
        unsigned char c = (unsigned char)*y->s;
        if (c < 0x20) return false;
        if (c != '\\') {
            y->s++;
            continue;
        }
        if (y->end - y->s < 2) return false;
        char e = y->s[1];
        if (strchr("\"\\/bfnrt", e) && e) {
            y->s += 2;
            continue;
        }
        if (e != 'u' || y->end - y->s < 6) return false;
        int u = syn_hex4(y->s + 2);
        if (u < 0 || (u >= 0xDC00 && u <= 0xDFFF)) return false;
        y->s += 6;
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (y->end - y->s < 6 || y->s[0] != '\\' || y->s[1] != 'u') return false;
            int lo = syn_hex4(y->s + 2);
            if (lo < 0xDC00 || lo > 0xDFFF) return false;
            y->s += 6;
        }
    }
    if (y->s >= y->end) return false;
    y->s++;
    return true;
}

static bool syn_digits(syn *y)
{
    const char *a = y->s;
    while (y->s < y->end && *y->s >= '0' && *y->s <= '9')
        y->s++;
    return y->s > a;
}

static bool syn_number(syn *y)
{
    if (*y->s == '-') y->s++;
    if (y->s < y->end && *y->s == '0')
        y->s++;
    else if (!syn_digits(y))
        return false;
    if (y->s < y->end && *y->s == '.') {
        y->s++;
        if (!syn_digits(y)) return false;
    }
    if (y->s < y->end && (*y->s == 'e' || *y->s == 'E')) {
        y->s++;
        if (y->s < y->end && (*y->s == '+' || *y->s == '-')) y->s++;
        if (!syn_digits(y)) return false;
    }
    return true;
}

static bool syn_value(syn *y, int depth)
{
    syn_ws(y);
    if (y->s >= y->end || depth > 500) return false;
    const char *lit[] = {"null", "true", "false"};
    for (int i = 0; i < 3; i++) {
        size_t n = strlen(lit[i]);
        if ((size_t)(y->end - y->s) >= n && memcmp(y->s, lit[i], n) == 0) {
            y->s += n;
            return true;
        }
    }
    char c = *y->s;
    if (c == '"') return syn_string(y);
    if (c == '-' || (c >= '0' && c <= '9')) return syn_number(y);
    if (c != '{' && c != '[') return false;
    char close = c == '{' ? '}' : ']';
    y->s++;
    syn_ws(y);
    if (y->s < y->end && *y->s == close) {
        y->s++;
        return true;
    }
    for (;;) {
        if (c == '{') {
            syn_ws(y);
            if (y->s >= y->end || *y->s != '"' || !syn_string(y)) return false;
            syn_ws(y);
            if (y->s >= y->end || *y->s != ':') return false;
            y->s++;
        }
        if (!syn_value(y, depth + 1)) return false;
        syn_ws(y);
        if (y->s >= y->end) return false;
        if (*y->s == close) {
            y->s++;
            return true;
        }
        if (*y->s != ',') return false;
        y->s++;
    }
}

static bool json_syntax_ok(const char *s, size_t len)
{
    syn y = {s, s + len};
    if (!syn_value(&y, 0)) return false;
    syn_ws(&y);
    return y.s == y.end;
}

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
    char *shown; /* err in the reader's language (core_diag_tr); NULL: not wanted */
    size_t shownlen;
    bool bad;    /* the document is refused; err says why */
    bool oom;    /* memory ran out: the document may be good */
    int version; /* the schema being read: 1 or 2 */
} rd;

void st_why_v(char *err, size_t errlen, char *shown, size_t shownlen, const char *fmt, va_list ap)
{
    char scratch[1];
    /* core's formatter, which the checker's messages use too */
    if (!core_diag_format(err, errlen, shown ? shown : scratch, shown ? shownlen : 0, fmt, ap) &&
        shown)
        snprintf(shown, shownlen, "%s", err);
}

void st_why(char *err, size_t errlen, char *shown, size_t shownlen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    st_why_v(err, errlen, shown, shownlen, fmt, ap);
    va_end(ap);
}

static void bad(rd *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void bad(rd *r, const char *fmt, ...)
{
    if (!r->bad) {
        va_list ap;
        va_start(ap, fmt);
        st_why_v(r->err, r->errlen, r->shown, r->shownlen, fmt, ap);
        va_end(ap);
    }
    r->bad = true;
}

static char *rd_dup(rd *r, const char *s)
{
    char *d = dup(s);
    if (s && !d) r->oom = true;
    return d;
}

static void *rd_calloc(rd *r, size_t n, size_t size)
{
    void *p = calloc(n, size);
    if (!p) r->oom = true;
    return p;
}

static const cJSON *get(const cJSON *o, const char *k)
{
    return cJSON_GetObjectItemCaseSensitive(o, k);
}

static char *get_str(rd *r, const cJSON *o, const char *k, bool required)
{
    const cJSON *v = get(o, k);
    if (!v || cJSON_IsNull(v)) {
        if (required) bad(r, CORE_TR("the field \"%s\" is missing"), k);
        return NULL;
    }
    if (!cJSON_IsString(v)) {
        bad(r, CORE_TR("the field \"%s\" is not a string"), k);
        return NULL;
    }
    return rd_dup(r, v->valuestring);
}

static double get_num(rd *r, const cJSON *o, const char *k, double dflt, bool required)
{
    const cJSON *v = get(o, k);
    if (!v) {
        if (required) bad(r, CORE_TR("the field \"%s\" is missing"), k);
        return dflt;
    }
    if (!cJSON_IsNumber(v) || !isfinite(v->valuedouble)) {
        bad(r, CORE_TR("the field \"%s\" is not a number"), k);
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
        bad(r, CORE_TR("the field \"%s\" is not a whole number in range"), k);
        return dflt;
    }
    return (int)v;
}

/* An optional whole number in lo..hi; absent gives dflt. */
static int get_range(rd *r, const cJSON *o, const char *k, int lo, int hi, int dflt)
{
    if (!get(o, k)) return dflt;
    int v = get_int(r, o, k, dflt);
    if (v < lo || v > hi) {
        bad(r, CORE_TR("the field \"%s\" is not between %d and %d"), k, lo, hi);
        return dflt;
    }
    return v;
}

/* A list of strings (node ids, choice ids) into *v, *n. */
static void get_strv(rd *r, const cJSON *arr, const char *what, char ***v, int *n)
{
    *v = rd_calloc(r, (size_t)cJSON_GetArraySize(arr) + 1, sizeof **v);
    const cJSON *it;
    cJSON_ArrayForEach(it, arr)
    {
        if (!cJSON_IsString(it)) {
            bad(r, CORE_TR("a session's \"%s\" holds something that is not an id"), what);
            return;
        }
        if (*v) (*v)[(*n)++] = rd_dup(r, it->valuestring);
    }
}

/* A choice's "room" (the room vote): {"votes": [whole numbers >= 0, one per
 * shown choice], "phones": whole number >= their sum}. */
static void read_room(rd *r, const cJSON *it, st_choice *c)
{
    const cJSON *ro = get(it, "room");
    if (!ro) return;
    const cJSON *vo = cJSON_IsObject(ro) ? get(ro, "votes") : NULL;
    int n = cJSON_GetArraySize(vo);
    if (!cJSON_IsArray(vo) || n < 1) {
        bad(r, CORE_TR("a choice's \"room\" has no list of \"votes\""));
        return;
    }
    if (c->n_shown_ids > 0 && n != c->n_shown_ids) {
        bad(r, CORE_TR("a choice's room \"votes\" do not match its \"shown\" choices"));
        return;
    }
    if (!get(ro, "phones")) {
        bad(r, CORE_TR("a choice's \"room\" has no \"phones\""));
        return;
    }
    c->room_phones = get_range(r, ro, "phones", 0, INT_MAX, 0);
    c->room_votes = rd_calloc(r, (size_t)n, sizeof *c->room_votes);
    if (!c->room_votes) return;
    long long sum = 0;
    const cJSON *v;
    cJSON_ArrayForEach(v, vo)
    {
        double x = cJSON_IsNumber(v) ? v->valuedouble : -1;
        if (!(x >= 0 && x <= INT_MAX) || x != floor(x)) {
            bad(r, CORE_TR("a choice's room \"votes\" holds something that is not a count"));
            return;
        }
        c->room_votes[c->n_room_votes++] = (int)x;
        sum += (int)x;
    }
    if (sum > c->room_phones)
        bad(r, CORE_TR("a choice's room \"votes\" add up to more than its \"phones\""));
}

static void read_choice(rd *r, const cJSON *it, st_choice *c)
{
    c->node = get_str(r, it, "node", true);
    c->choice = get_str(r, it, "choice", true);
    c->text = get_str(r, it, "text", false);
    c->reply = get_str(r, it, "reply", false);
    c->said = get_str(r, it, "said", false);
    c->ms = get_num(r, it, "ms", 0, false);
    if (r->version == 1) { /* schema 1 kept only the number pressed, as "shown" */
        c->pressed = get_int(r, it, "shown", 0);
        return;
    }
    c->pressed = get_int(r, it, "pressed", 0);
    const cJSON *sh = get(it, "shown");
    if (sh && !cJSON_IsArray(sh)) {
        bad(r, CORE_TR("a choice's \"shown\" is not a list of choice ids"));
        return;
    }
    if (sh) get_strv(r, sh, "shown", &c->shown_ids, &c->n_shown_ids);
    read_room(r, it, c); /* after "shown": its votes follow that order */
}

static void read_skill(rd *r, const cJSON *it, st_skill *s)
{
    s->name = rd_dup(r, it->string);
    s->raw = get_num(r, it, "raw", 0, true);
    s->best = get_num(r, it, "best", 0, true);
    s->worst = get_num(r, it, "worst", 0, true);
    s->percent = get_num(r, it, "percent", 0, true);
    const cJSON *a = get(it, "accuracy");
    if (!a || cJSON_IsNull(a)) return;
    s->accuracy = get_num(r, it, "accuracy", 0, false);
    if (!(s->accuracy >= 0 && s->accuracy <= 100))
        bad(r, CORE_TR("a skill's \"accuracy\" is not between 0 and 100"));
    s->has_accuracy = true;
}

/* A session's "homework" object (docs/practice.md): the text, and the
 * answer once asked. */
static void read_homework(rd *r, const cJSON *o, st_record *rec)
{
    const cJSON *hw = get(o, "homework");
    if (!hw) return;
    if (!cJSON_IsObject(hw)) {
        bad(r, CORE_TR("a session's \"homework\" is not an object"));
        return;
    }
    rec->homework = get_str(r, hw, "text", true);
    rec->homework_answer = get_str(r, hw, "answer", false);
    rec->homework_note = get_str(r, hw, "note", false);
    rec->homework_answered = get_str(r, hw, "answered", false);
    const char *a = rec->homework_answer;
    if (a && strcmp(a, "did") != 0 && strcmp(a, "partly") != 0 && strcmp(a, "not_yet") != 0 &&
        strcmp(a, "skipped") != 0)
        bad(r, CORE_TR(
                   "a homework \"answer\" is not \"did\", \"partly\", \"not_yet\" or \"skipped\""));
}

/* An optional true/false setting. */
static bool get_bool(rd *r, const cJSON *o, const char *k)
{
    const cJSON *v = get(o, k);
    if (!v) return false;
    if (!cJSON_IsBool(v)) bad(r, CORE_TR("the field \"%s\" is not true or false"), k);
    return cJSON_IsTrue(v);
}

static void read_record(rd *r, const cJSON *o, st_record *rec)
{
    memset(rec, 0, sizeof *rec);
    if (!cJSON_IsObject(o)) {
        bad(r, CORE_TR("a session is not an object"));
        return;
    }
    rec->scenario = get_str(r, o, "scenario", true);
    rec->version = get_int(r, o, "scenario_version", 1);
    rec->kind = get_str(r, o, "kind", false);
    if (!rec->kind)
        rec->kind = rd_dup(r, "session");
    else if (strcmp(rec->kind, "session") != 0 && strcmp(rec->kind, "drill") != 0)
        bad(r, CORE_TR("a session's \"kind\" is neither \"session\" nor \"drill\""));
    rec->attempt = get_range(r, o, "attempt", 1, INT_MAX, 0);
    const cJSON *seed = get(o, "seed");
    if (seed && !cJSON_IsNull(seed)) {
        double v = get_num(r, o, "seed", 0, false);
        if (!(v >= 0 && v <= 4294967295.0) || v != floor(v))
            bad(r, CORE_TR("a session's \"seed\" is not a whole number from 0 to 4294967295"));
        else {
            rec->has_seed = true;
            rec->seed = (unsigned long)v;
        }
    }
    rec->confidence_before = get_range(r, o, "confidence_before", 1, 5, 0);
    rec->confidence_after = get_range(r, o, "confidence_after", 1, 5, 0);
    rec->title = get_str(r, o, "title", false);
    rec->family = get_str(r, o, "family", false);
    rec->pack = get_str(r, o, "pack", false);
    rec->mode = get_str(r, o, "mode", false);
    rec->started = get_str(r, o, "started", true);
    rec->ended = get_str(r, o, "ended", false);
    rec->outcome = get_str(r, o, "outcome", false);
    rec->grade = get_str(r, o, "grade", false);
    const cJSON *path = get(o, "path");
    if (path && !cJSON_IsArray(path)) bad(r, CORE_TR("a session's \"path\" is not a list"));
    get_strv(r, path, "path", &rec->path, &rec->n_path);
    const cJSON *ch = get(o, "choices");
    if (ch && !cJSON_IsArray(ch)) bad(r, CORE_TR("a session's \"choices\" is not a list"));
    rec->choices = rd_calloc(r, (size_t)cJSON_GetArraySize(ch) + 1, sizeof *rec->choices);
    const cJSON *it;
    cJSON_ArrayForEach(it, ch)
    {
        if (!cJSON_IsObject(it)) {
            bad(r, CORE_TR("a choice is not an object"));
            break;
        }
        if (!rec->choices) break;
        read_choice(r, it, &rec->choices[rec->n_choices++]);
    }
    const cJSON *sk = get(o, "skills");
    if (sk && !cJSON_IsObject(sk)) bad(r, CORE_TR("a session's \"skills\" is not an object"));
    cJSON_ArrayForEach(it, sk)
    {
        if (rec->n_skills >= ST_MAX_SKILLS) {
            bad(r, CORE_TR("a session has too many skills"));
            break;
        }
        if (!cJSON_IsObject(it)) {
            bad(r, CORE_TR("a skill result is not an object"));
            break;
        }
        read_skill(r, it, &rec->skills[rec->n_skills++]);
    }
    const cJSON *tg = get(o, "tags");
    if (tg && !cJSON_IsObject(tg)) bad(r, CORE_TR("a session's \"tags\" is not an object"));
    rec->tags = rd_calloc(r, (size_t)cJSON_GetArraySize(tg) + 1, sizeof *rec->tags);
    cJSON_ArrayForEach(it, tg)
    {
        if (!cJSON_IsNumber(it)) {
            bad(r, CORE_TR("a tag count is not a number"));
            break;
        }
        if (!rec->tags) break;
        rec->tags[rec->n_tags].name = rd_dup(r, it->string);
        rec->tags[rec->n_tags++].count = it->valueint;
    }
    read_homework(r, o, rec);
}

static void read_settings(rd *r, const cJSON *root, st_progress *out)
{
    const cJSON *set = get(root, "settings");
    out->settings.text_scale = 1.0;
    out->settings.text_speed = 60;
    if (set && !cJSON_IsObject(set)) bad(r, CORE_TR("\"settings\" is not an object"));
    if (cJSON_IsObject(set)) {
        out->settings.text_scale = get_num(r, set, "text_scale", 1.0, false);
        out->settings.text_speed = get_int(r, set, "text_speed", 60);
        out->settings.theme = get_str(r, set, "theme", false);
        out->settings.mode = get_str(r, set, "mode", false);
        out->settings.say_first = get_bool(r, set, "say_first");
        out->settings.ask_confidence = get_bool(r, set, "ask_confidence");
        out->settings.voice = get_bool(r, set, "voice");
        out->settings.daily_goal = get_range(r, set, "daily_goal", 1, ST_DAILY_GOAL_MAX, 0);
        const cJSON *g = get(set, "goals");
        if (g && !cJSON_IsBool(g)) bad(r, CORE_TR("the setting \"goals\" is not true or false"));
        out->settings.goals_off = cJSON_IsFalse(g);
        out->settings.language = get_str(r, set, "language", false); /* NULL: the system's */
    }
    if (!out->settings.theme) out->settings.theme = rd_dup(r, "light");
    if (!out->settings.mode) out->settings.mode = rd_dup(r, "practice");
    if (out->settings.text_scale < 0.5 || out->settings.text_scale > 4)
        out->settings.text_scale = 1.0;
}

/* A "YYYY-MM-DD" date, as the review schedule writes them. */
static bool is_day(const char *s)
{
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-') return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return false;
    return true;
}

static void read_review_item(rd *r, const cJSON *it, st_review *v);

/* The optional "review" list (issue 16): moments to review and their SM-2
 * schedule. Absent in schema 1 files and in files that never missed one. */
static void read_reviews(rd *r, const cJSON *root, st_progress *out)
{
    const cJSON *rv = get(root, "review");
    if (!rv) return;
    if (!cJSON_IsArray(rv)) {
        bad(r, CORE_TR("\"review\" is not a list"));
        return;
    }
    out->reviews = rd_calloc(r, (size_t)cJSON_GetArraySize(rv) + 1, sizeof *out->reviews);
    const cJSON *it;
    cJSON_ArrayForEach(it, rv)
    {
        if (!out->reviews || r->bad || r->oom) return;
        if (!cJSON_IsObject(it)) {
            bad(r, CORE_TR("a review item is not an object"));
            return;
        }
        st_review *v = &out->reviews[out->n_reviews++];
        read_review_item(r, it, v);
        if (r->bad || r->oom) return;
        if (st_review_find(out, v->scenario, v->node) < out->n_reviews - 1)
            bad(r, CORE_TR("a moment is listed twice in \"review\""));
    }
}

/* One review item's fields and their checks. */
static void read_review_item(rd *r, const cJSON *it, st_review *v)
{
    {
        v->scenario = get_str(r, it, "scenario", true);
        v->node = get_str(r, it, "node", true);
        v->added = get_str(r, it, "added", true);
        v->due = get_str(r, it, "due", true);
        v->last = get_str(r, it, "last", false);
        v->interval = get_range(r, it, "interval", 0, 100000, 0);
        v->ease = get_num(r, it, "ease", 2.5, false);
        v->reps = get_range(r, it, "reps", 0, INT_MAX, 0);
        v->lapses = get_range(r, it, "lapses", 0, INT_MAX, 0);
        v->reviews = get_range(r, it, "reviews", 0, INT_MAX, 0);
        if (r->bad || r->oom) return;
        if (!is_day(v->added) || !is_day(v->due) || (v->last && !is_day(v->last)))
            bad(r, CORE_TR("a review item's date is not YYYY-MM-DD"));
        else if (!(v->ease >= 1.3 && v->ease <= 10))
            bad(r, CORE_TR("a review item's \"ease\" is not between 1.3 and 10"));
    }
}

/* Checks and parses text into *root: valid UTF-8, JSON without trailing
 * garbage, an object without duplicate keys. ST_OK (*root to delete),
 * ST_SET_ASIDE (err says why) or ST_IO_ERROR (memory ran out). */
static st_status parse_object(const char *buf, size_t len, cJSON **root, char *err, size_t errlen,
                              char *shown, size_t shownlen)
{
    *root = NULL;
    long u = core_utf8_invalid(buf, len);
    if (u >= 0) {
        st_why(err, errlen, shown, shownlen, CORE_TR("it is not valid UTF-8 (byte %ld)"), u + 1);
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
    cJSON *r = cJSON_ParseWithLengthOpts(z, len + 1, &end, 1);
    if (!r) {
        /* cJSON says the same for bad bytes and for memory running out. */
        bool oom = json_syntax_ok(z, len);
        size_t at = end && end >= z ? (size_t)(end - z) : 0;
        int line = 1;
        for (size_t i = 0; i < at && i < len; i++)
            line += z[i] == '\n';
        free(z);
        if (oom) {
            snprintf(err, errlen, "out of memory");
            return ST_IO_ERROR;
        }
        st_why(err, errlen, shown, shownlen, CORE_TR("it is not valid JSON (line %d)"), line);
        return ST_SET_ASIDE;
    }
    free(z);
    const char *dk;
    if (!cJSON_IsObject(r)) {
        st_why(err, errlen, shown, shownlen, CORE_TR("it is not a JSON object"));
        cJSON_Delete(r);
        return ST_SET_ASIDE;
    }
    if ((dk = duplicate_key(r, 0))) {
        st_why(err, errlen, shown, shownlen, CORE_TR("the key \"%s\" appears twice in one object"),
               dk);
        cJSON_Delete(r);
        return ST_SET_ASIDE;
    }
    *root = r;
    return ST_OK;
}

/* The snapshot's optional "journal" object (store_local.h). */
static void read_jmeta(rd *r, const cJSON *root, st_jmeta *m)
{
    const cJSON *j = get(root, "journal");
    if (!j) return;
    if (!cJSON_IsObject(j)) {
        bad(r, CORE_TR("\"journal\" is not an object"));
        return;
    }
    m->present = true;
    char *id = get_str(r, j, "id", false);
    if (id && (strlen(id) != 16 || strspn(id, "0123456789abcdef") != 16))
        bad(r, CORE_TR("the journal's \"id\" is not 16 hexadecimal digits"));
    else if (id)
        memcpy(m->id, id, 17);
    free(id);
    double f = get_num(r, j, "folded", 0, true);
    if (!(f >= 0 && f <= 9007199254740991.0) || f != floor(f))
        bad(r, CORE_TR("the journal's \"folded\" is not a whole number from 0"));
    else
        m->folded = (long long)f;
    m->sessions = get_range(r, j, "sessions", 0, INT_MAX, 0);
    const cJSON *at = get(j, "attempts");
    if (at && !cJSON_IsObject(at)) bad(r, CORE_TR("the journal's \"attempts\" is not an object"));
    const cJSON *it;
    cJSON_ArrayForEach(it, at)
    {
        if (!cJSON_IsObject(it)) {
            bad(r, CORE_TR("the journal's \"attempts\" holds something that is not an object"));
            return;
        }
        int ns = get_range(r, it, "session", 0, INT_MAX, 0);
        int nd = get_range(r, it, "drill", 0, INT_MAX, 0);
        if (r->bad) return;
        st_count *v = realloc(m->counts, sizeof *v * (size_t)(m->n_counts + 1));
        if (!v) {
            r->oom = true;
            return;
        }
        m->counts = v;
        v[m->n_counts] = (st_count){rd_dup(r, it->string), ns, nd};
        if (v[m->n_counts].scenario) m->n_counts++;
    }
}

st_status st_parse(const char *buf, size_t len, st_progress *out, char *err, size_t errlen)
{
    return st_parse_meta(buf, len, out, NULL, err, errlen);
}

st_status st_parse_meta(const char *buf, size_t len, st_progress *out, st_jmeta *meta, char *err,
                        size_t errlen)
{
    return st_parse_meta_shown(buf, len, out, meta, err, errlen, NULL, 0);
}

st_status st_parse_meta_shown(const char *buf, size_t len, st_progress *out, st_jmeta *meta,
                              char *err, size_t errlen, char *shown, size_t shownlen)
{
    memset(out, 0, sizeof *out);
    st_jmeta scratch;
    st_jmeta *m = meta ? meta : &scratch;
    memset(m, 0, sizeof *m);
    cJSON *root;
    st_status ps = parse_object(buf, len, &root, err, errlen, shown, shownlen);
    if (ps != ST_OK) return ps;
    rd r = {err, errlen, shown, shownlen, false, false, ST_SCHEMA};
    {
        const cJSON *schema = get(root, "schema");
        if (!cJSON_IsNumber(schema)) {
            bad(&r, CORE_TR("it has no \"schema\" number"));
        } else if (schema->valuedouble > ST_SCHEMA) {
            st_why(err, errlen, shown, shownlen,
                   CORE_TR("it was written by a newer rapport (schema %.0f; this one reads up "
                           "to %d)"),
                   fmin(schema->valuedouble, 1e9), ST_SCHEMA);
            cJSON_Delete(root);
            return ST_NEWER;
        } else if (schema->valuedouble != 1 && schema->valuedouble != 2) {
            bad(&r, CORE_TR("its \"schema\" is not a version this rapport knows"));
        } else {
            r.version = (int)schema->valuedouble;
        }
        out->schema = ST_SCHEMA; /* what it is in memory now, and what a save writes */
        out->player = get_str(&r, root, "player", true);
        out->created = get_str(&r, root, "created", false);
        read_settings(&r, root, out);
        const cJSON *ss = get(root, "sessions");
        if (!cJSON_IsArray(ss)) bad(&r, CORE_TR("it has no \"sessions\" list"));
        out->records = rd_calloc(&r, (size_t)cJSON_GetArraySize(ss) + 1, sizeof *out->records);
        const cJSON *it;
        cJSON_ArrayForEach(it, ss)
        {
            if (!out->records || r.bad || r.oom) break;
            read_record(&r, it, &out->records[out->n_records++]);
        }
        number_attempts(out);
        read_reviews(&r, root, out);
        read_jmeta(&r, root, m);
    }
    cJSON_Delete(root);
    if (!meta || r.bad || r.oom) st_jmeta_free(m);
    if (r.oom && !r.bad) {
        st_progress_free(out);
        snprintf(err, errlen, "out of memory");
        return ST_IO_ERROR;
    }
    if (r.bad || r.oom) {
        st_progress_free(out);
        return ST_SET_ASIDE;
    }
    return ST_OK;
}

/* ---- journal lines (docs/journal.schema.json) ---- */

void st_jline_free(st_jline *l)
{
    st_progress_free(&l->one);
    memset(l, 0, sizeof *l);
}

st_status st_jline_parse(const char *buf, size_t len, st_jline *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    cJSON *root;
    st_status ps = parse_object(buf, len, &root, err, errlen, NULL, 0);
    if (ps != ST_OK) return ps;
    rd r = {err, errlen, NULL, 0, false, false, ST_SCHEMA};
    const cJSON *hdr = get(root, "journal");
    if (hdr) { /* the first line: {"journal": "<16 hex digits>"} and nothing else */
        const char *v = cJSON_IsString(hdr) ? hdr->valuestring : "";
        if (!root->child || root->child->next || strlen(v) != 16 ||
            strspn(v, "0123456789abcdef") != 16) {
            snprintf(err, errlen, "%s", "its \"journal\" id is not 16 hexadecimal digits alone");
            cJSON_Delete(root);
            return ST_SET_ASIDE;
        }
        out->op = ST_JOP_HEADER;
        memcpy(out->id, v, 17);
        cJSON_Delete(root);
        return ST_OK;
    }
    const cJSON *seq = get(root, "seq");
    const cJSON *op = get(root, "op");
    double sv = cJSON_IsNumber(seq) ? seq->valuedouble : -1;
    if (!(sv >= 1 && sv <= 9007199254740991.0) || sv != floor(sv)) {
        bad(&r, CORE_TR("it has no \"seq\" number from 1"));
    } else if (!cJSON_IsString(op)) {
        bad(&r, CORE_TR("it has no \"op\""));
    } else {
        out->seq = (long long)sv;
        const char *o = op->valuestring;
        if (strcmp(o, "session") == 0 || strcmp(o, "session_set") == 0) {
            out->op = o[7] ? ST_JOP_SESSION_SET : ST_JOP_SESSION;
            if (out->op == ST_JOP_SESSION_SET) {
                if (!get(root, "index")) bad(&r, CORE_TR("a \"session_set\" has no \"index\""));
                out->index = get_range(&r, root, "index", 0, INT_MAX, 0);
            }
            const cJSON *ss = get(root, "session");
            out->one.records = rd_calloc(&r, 1, sizeof *out->one.records);
            if (!cJSON_IsObject(ss))
                bad(&r, CORE_TR("it has no \"session\" object"));
            else if (out->one.records) {
                out->one.n_records = 1;
                read_record(&r, ss, &out->one.records[0]);
                if (!r.bad && out->one.records[0].attempt < 1)
                    bad(&r, CORE_TR("its session has no \"attempt\""));
            }
        } else if (strcmp(o, "settings") == 0) {
            out->op = ST_JOP_SETTINGS;
            if (!cJSON_IsObject(get(root, "settings")))
                bad(&r, CORE_TR("it has no \"settings\" object"));
            else
                read_settings(&r, root, &out->one);
        } else if (strcmp(o, "review") == 0) {
            out->op = ST_JOP_REVIEW;
            const cJSON *rv = get(root, "review");
            out->one.reviews = rd_calloc(&r, 1, sizeof *out->one.reviews);
            if (!cJSON_IsObject(rv))
                bad(&r, CORE_TR("it has no \"review\" object"));
            else if (out->one.reviews) {
                out->one.n_reviews = 1;
                read_review_item(&r, rv, &out->one.reviews[0]);
            }
        } else {
            snprintf(err, errlen, "it holds an operation \"%.40s\" this rapport does not know", o);
            cJSON_Delete(root);
            st_jline_free(out);
            return ST_NEWER;
        }
    }
    cJSON_Delete(root);
    if (r.oom && !r.bad) {
        st_jline_free(out);
        snprintf(err, errlen, "out of memory");
        return ST_IO_ERROR;
    }
    if (r.bad || r.oom) {
        st_jline_free(out);
        return ST_SET_ASIDE;
    }
    return ST_OK;
}
