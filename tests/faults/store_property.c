/* store_property.c: a property test of the progress store (issue 14, "prove
 * the class is gone").
 *
 * Random sequences of what rapport does with a player's file (append a
 * session as `play` and the window do, load as `progress` does, save
 * settings as the window does, the window's start, which saves a new
 * player's file, the LRS queue's read of progress) run interleaved with
 * every kind of damage from outside (the file or its .bak truncated,
 * overwritten with garbage, emptied, given a wrong or a newer schema,
 * deleted, or replaced by an older copy of the file), the journal's fold off
 * the save path (st_fold: alone, under a fault, killed, and with appends,
 * settings, repairs and damage happening while it is being written) and with faults armed for one
 * operation through the LD_PRELOAD shim (disk full, EIO on fsync, EIO on read, a read-only folder,
 * memory running out above a size, and kill -9 at the Nth changing call of a child process doing
 * the operation).
 *
 * The promise checked after every step (store.h states it): a session the
 * store acknowledged (st_append returned ST_OK or ST_SET_ASIDE) is, as long
 * as no outside damage destroyed every copy of it, readable in the player's
 * file, its .bak or a file kept aside beside them. The model: `must` holds
 * the acknowledged sessions; before each damage, the sessions whose only
 * readable copies are in the file being damaged leave `must`. Also checked:
 *   - every file kept aside still exists, byte for byte, until the end;
 *   - a file kept aside as broken really is unreadable (a good file is never
 *     set aside, whatever the faults);
 *   - what st_load returns as ST_OK or ST_SET_ASIDE is on disk when it
 *     returns (the restore is written back, not left to a later save);
 *   - st_append numbers attempts: 1 + the sessions of the same scenario and
 *     kind before it in the file;
 *   - after a save that went in, no temporary file is left, not even one a
 *     killed save left before;
 *   - the LRS queue's read changes nothing in the folder.
 *
 *   store_property SHIM [STEPS] [SEED]
 * STEPS defaults to 10000 (RAPPORT_PROPERTY_STEPS overrides it, for longer
 * runs); SEED to 20261203 (RAPPORT_PROPERTY_SEED overrides it; "random" takes
 * one from the clock). The run is reproducible from its seed, which is
 * printed with every failure. It re-executes itself with the shim preloaded.
 * Every 125 steps it starts again in a fresh folder, after checking the
 * kept-aside files of the last one, so each step stays cheap. */
#define _GNU_SOURCE /* RTLD_DEFAULT */
#include "lrs_local.h"
#include "store.h"
#include "store_local.h" /* journal lines, read line by line by the checks */

#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define EPISODE 125
#define MAX_ASIDE 512
#define LOG_LINES 40

/* ---- the world the test keeps ---- */

typedef struct aside {
    char name[256];
    bool seen;     /* listed in the folder at the last look */
    uint64_t hash; /* of its bytes when first seen */
    size_t size;
    int *ids; /* the sessions readable in it */
    int n_ids;
} aside;

typedef struct world {
    uint64_t seed, rng;
    long step, steps;
    char root[256], dir[300], file[400], bak[420], journal[420];
    int episode;
    int next_id;
    unsigned char *acked, *must; /* by session id, this episode */
    int cap;
    aside asides[MAX_ASIDE];
    int n_asides;
    char log[LOG_LINES][200];
    long n_log;
    char *old_copy; /* the player's file as it was some steps ago */
    size_t old_len;
    long counts[32];
} world;

enum {
    C_ACK,
    C_NOT_SAVED,
    C_DAMAGE,
    C_LOST_TO_DAMAGE,
    C_KILLED,
    C_FAULT,
    C_ASIDE,
    C_RESTORED,
    C_JOURNAL,
    C_JOURNAL_ASIDE,
    C_FOLDED
};
static const char *count_names[] = {
    "sessions acknowledged",   "saves refused",       "damages",
    "sessions lost to damage", "children killed",     "operations under a fault",
    "files kept aside",        "loads that repaired", "checks with a journal",
    "journals kept aside",     "folds that went in"};

static void logf_(world *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void logf_(world *w, const char *fmt, ...)
{
    char *line = w->log[w->n_log++ % LOG_LINES];
    int k = snprintf(line, sizeof w->log[0], "%ld: ", w->step);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line + k, sizeof w->log[0] - (size_t)k, fmt, ap);
    va_end(ap);
}

static void fail(world *w, const char *fmt, ...) __attribute__((format(printf, 2, 3), noreturn));
static void fail(world *w, const char *fmt, ...)
{
    fprintf(stderr, "store_property: FAIL at step %ld (episode %d, folder %s): ", w->step,
            w->episode, w->dir);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nthe last steps:\n");
    for (long s = w->n_log - LOG_LINES; s < w->n_log; s++)
        if (s >= 0) fprintf(stderr, "  %s\n", w->log[s % LOG_LINES]);
    fprintf(stderr, "reproduce: RAPPORT_PROPERTY_SEED=%" PRIu64 " RAPPORT_PROPERTY_STEPS=%ld\n",
            w->seed, w->steps);
    fprintf(stderr, "(the folder is kept for a look)\n");
    exit(1);
}

/* splitmix64: small, fast and the same everywhere. */
static uint64_t next(world *w)
{
    uint64_t z = (w->rng += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static int pick(world *w, int n)
{
    return (int)(next(w) % (uint64_t)n);
}

static uint64_t fnv(const char *b, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)b[i]) * 1099511628211ull;
    return h;
}

/* ---- reading the places a session may live (no faults are armed here) ---- */

/* The whole file, NUL-terminated (the test's own reads: no faults armed). */
static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, len = 0;
    char *b = malloc(cap + 1);
    size_t r;
    while (b && (r = fread(b + len, 1, cap - len, f)) > 0) {
        len += r;
        if (len == cap) {
            char *nb = realloc(b, (cap *= 2) + 1);
            if (!nb) free(b);
            b = nb;
        }
    }
    fclose(f);
    if (!b) return NULL;
    b[len] = '\0';
    *n = len;
    return b;
}

/* The session id a record carries in `started` ("id-N"); -1 if none. */
static int rec_id(const st_record *r)
{
    return r->started && strncmp(r->started, "id-", 3) == 0 ? atoi(r->started + 3) : -1;
}

/* Parses path strictly. A file made newer by the test's own damage (schema
 * 3) is read as the schema 2 it was: a newer rapport could read it, so its
 * sessions still live there. Returns ST_OK with *p filled, or the status. */
/* Set while the checks ask what the player's file holds without its journal
 * (before the journal is damaged: what else holds its sessions). */
static bool snapshot_only;

static bool ends_with(const char *s, const char *tail)
{
    size_t a = strlen(s), b = strlen(tail);
    return a >= b && strcmp(s + a - b, tail) == 0;
}

static st_status inspect(const char *path, st_progress *p)
{
    size_t n;
    char *b = slurp(path, &n);
    if (!b) return ST_MISSING;
    char why[300];
    /* The player's file is read with its journal, as rapport reads it. */
    const char *own = ends_with(path, "/pat.json") && !snapshot_only ? path : NULL;
    st_status st = st_parse_file(own, b, n, p, why, sizeof why);
    if (st == ST_NEWER) {
        char *s = strstr(b, "\"schema\":\t3");
        if (s) {
            s[10] = '2';
            st = st_parse(b, n, p, why, sizeof why);
        }
    }
    free(b);
    return st;
}

/* Marks in have[] the sessions readable in path. The player's file and
 * its .bak are read at every step; a parse is done only when their bytes
 * changed since the last one (a cache by content hash). */
typedef struct parsed {
    uint64_t hash;
    size_t size;
    bool valid;
    int *ids, n_ids;
    int *attempt;                  /* per session, as saved */
    char (*scen)[16], (*kind)[16]; /* scenario and kind, per session */
} parsed;

/* A few slots, found by content: after a save the .bak holds what the file
 * held a step before, so its parse is usually here already. */
#define CACHE_SLOTS 4
static parsed cache[CACHE_SLOTS];
static int cache_next;

static parsed *cached(uint64_t h, size_t n)
{
    for (int i = 0; i < CACHE_SLOTS; i++)
        if (cache[i].valid && cache[i].hash == h && cache[i].size == n) return &cache[i];
    return NULL;
}

/* Marks in have[] the sessions in the readable lines of a journal (the
 * player's or one kept aside); returns how many whole lines did not read. */
static int ids_in_lines(const char *path, unsigned char *have, int cap)
{
    size_t n;
    char *b = slurp(path, &n);
    if (!b) return 0;
    int bad = 0;
    for (char *at = b, *nl; (nl = memchr(at, '\n', (size_t)(b + n - at))); at = nl + 1) {
        st_jline l;
        char why[300];
        if (st_jline_parse(at, (size_t)(nl - at), &l, why, sizeof why) != ST_OK) {
            bad++;
            continue;
        }
        if (l.op == ST_JOP_SESSION || l.op == ST_JOP_SESSION_SET) {
            int id = rec_id(&l.one.records[0]);
            if (have && id >= 0 && id < cap) have[id] = 1;
        }
        st_jline_free(&l);
    }
    free(b);
    return bad;
}

static const parsed *ids_in(world *w, const char *path, unsigned char *have)
{
    if (ends_with(path, ".journal")) {
        ids_in_lines(path, have, w->cap);
        return NULL;
    }
    size_t n;
    char *b = slurp(path, &n);
    if (!b) return NULL;
    uint64_t h = fnv(b, n);
    free(b);
    if (strcmp(path, w->file) == 0 && snapshot_only) h = ~h;
    if (strcmp(path, w->file) == 0 && !snapshot_only) { /* its journal is part of what it holds */
        size_t jn;
        char *j = slurp(w->journal, &jn);
        if (j) h ^= fnv(j, jn) * 31u + jn;
        free(j);
    }
    parsed *c = cached(h, n);
    if (!c) {
        c = &cache[cache_next++ % CACHE_SLOTS];
        free(c->ids);
        free(c->attempt);
        free(c->scen);
        free(c->kind);
        memset(c, 0, sizeof *c);
        st_progress p;
        if (inspect(path, &p) == ST_OK) {
            size_t k = (size_t)p.n_records + 1;
            c->ids = calloc(k, sizeof *c->ids);
            c->attempt = calloc(k, sizeof *c->attempt);
            c->scen = calloc(k, sizeof *c->scen);
            c->kind = calloc(k, sizeof *c->kind);
            if (!c->ids || !c->attempt || !c->scen || !c->kind) fail(w, "out of memory");
            for (int i = 0; i < p.n_records; i++) {
                const st_record *r = &p.records[i];
                c->ids[i] = rec_id(r);
                c->attempt[i] = r->attempt;
                snprintf(c->scen[i], sizeof c->scen[i], "%s", r->scenario);
                snprintf(c->kind[i], sizeof c->kind[i], "%s", r->kind);
            }
            c->n_ids = p.n_records;
            st_progress_free(&p);
        }
        c->hash = h;
        c->size = n;
        c->valid = true;
    }
    for (int i = 0; i < c->n_ids; i++)
        if (c->ids[i] >= 0 && c->ids[i] < w->cap) have[c->ids[i]] = 1;
    return c;
}

static bool is_aside(const world *w, const char *name)
{
    const char *base = strrchr(w->file, '/') + 1;
    size_t k = strlen(base);
    bool aside_name = strstr(name, ".broken-") || strstr(name, ".kept-");
    return aside_name && ((strncmp(name, base, k) == 0 && name[k] == '.') ||
                          strncmp(name, "pat.journal.", 12) == 0);
}

/* Finds files kept aside since the last look; checks the new ones. */
static void scan_asides(world *w)
{
    for (int i = 0; i < w->n_asides; i++)
        w->asides[i].seen = false;
    DIR *d = opendir(w->dir);
    if (!d) fail(w, "cannot list %s: %s", w->dir, strerror(errno));
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!is_aside(w, e->d_name)) continue;
        bool known = false;
        for (int i = 0; i < w->n_asides && !known; i++)
            if (strcmp(w->asides[i].name, e->d_name) == 0) known = w->asides[i].seen = true;
        if (known) continue;
        if (w->n_asides == MAX_ASIDE) fail(w, "more than %d files kept aside", MAX_ASIDE);
        aside *a = &w->asides[w->n_asides++];
        memset(a, 0, sizeof *a);
        a->seen = true;
        snprintf(a->name, sizeof a->name, "%s", e->d_name);
        char path[700];
        snprintf(path, sizeof path, "%s/%s", w->dir, a->name);
        size_t n = 0;
        char *b = slurp(path, &n);
        a->hash = b ? fnv(b, n) : 0;
        a->size = n;
        free(b);
        st_progress p;
        if (strncmp(a->name, "pat.journal.", 12) == 0) { /* a journal: its lines */
            unsigned char *have = calloc((size_t)w->cap + 1, 1);
            if (!have) fail(w, "out of memory");
            int bad = ids_in_lines(path, have, w->cap);
            if (strstr(a->name, ".broken-") && bad == 0)
                fail(w, "%s was set aside as broken but every line reads", a->name);
            a->ids = calloc((size_t)w->cap + 1, sizeof *a->ids);
            for (int id = 0; id < w->cap && a->ids; id++)
                if (have[id]) a->ids[a->n_ids++] = id;
            free(have);
            w->counts[C_ASIDE]++;
            w->counts[C_JOURNAL_ASIDE]++;
            logf_(w, "kept aside: %s", a->name);
            continue;
        }
        st_status st = inspect(path, &p);
        if (st == ST_OK) {
            /* A good file is never set aside as broken: only a read that
             * found bytes it refused may do that, never a failed read. */
            if (strstr(a->name, ".broken-"))
                fail(w, "%s was set aside as broken but reads fine (%d sessions)", a->name,
                     p.n_records);
            a->ids = calloc((size_t)p.n_records + 1, sizeof *a->ids);
            for (int i = 0; i < p.n_records && a->ids; i++)
                a->ids[a->n_ids++] = rec_id(&p.records[i]);
            st_progress_free(&p);
        }
        w->counts[C_ASIDE]++;
        logf_(w, "kept aside: %s", a->name);
    }
    closedir(d);
}

/* The invariant, after every step. */
static void check(world *w)
{
    scan_asides(w);
    if (pick(w, 10) == 0) { /* now and then, remember the file as an "older copy" */
        size_t n;
        char *b = slurp(w->file, &n);
        if (b) {
            free(w->old_copy);
            w->old_copy = b;
            w->old_len = n;
        }
    }
    unsigned char *have = calloc((size_t)w->cap, 1);
    if (!have) fail(w, "out of memory");
    ids_in(w, w->file, have);
    ids_in(w, w->bak, have);
    ids_in(w, w->journal, have);
    if (access(w->journal, F_OK) == 0) w->counts[C_JOURNAL]++;
    for (int i = 0; i < w->n_asides; i++) {
        aside *a = &w->asides[i];
        if (!a->seen) fail(w, "%s, kept aside, is gone", a->name);
        for (int k = 0; k < a->n_ids; k++)
            if (a->ids[k] >= 0 && a->ids[k] < w->cap) have[a->ids[k]] = 1;
    }
    for (int id = 0; id < w->next_id; id++)
        if (w->must[id] && !have[id])
            fail(w, "session id-%d was acknowledged and is in none of the player's files", id);
    free(have);
}

/* The byte-for-byte check of every file kept aside, at the end of an episode. */
static void check_asides_intact(world *w)
{
    for (int i = 0; i < w->n_asides; i++) {
        char path[700];
        snprintf(path, sizeof path, "%s/%s", w->dir, w->asides[i].name);
        size_t n = 0;
        char *b = slurp(path, &n);
        if (!b || n != w->asides[i].size || fnv(b, n) != w->asides[i].hash)
            fail(w, "%s, kept aside, is gone or changed", w->asides[i].name);
        free(b);
    }
}

/* ---- faults for one operation (the shim reads them at every call) ---- */

typedef enum fault { F_NONE, F_ENOSPC, F_FSYNC, F_READ, F_READONLY, F_ALLOC, F_COUNT } fault;
static const char *fault_names[] = {"",
                                    " [disk full]",
                                    " [EIO on fsync]",
                                    " [EIO on read]",
                                    " [read-only folder]",
                                    " [out of memory]"};

/* The shim's limit on allocations, set in the process (malloc is too hot
 * for it to read the environment each time). */
static void alloc_over(long long n)
{
    static void (*set)(long long);
    if (!set) *(void **)&set = dlsym(RTLD_DEFAULT, "rapport_fault_alloc_over");
    if (set) set(n);
}

static void arm(world *w, fault f)
{
    char v[64];
    snprintf(v, sizeof v, "0.%ld", w->step); /* a new value restarts the shim's count */
    switch (f) {
    case F_ENOSPC:
        setenv("RAPPORT_FAULT_WRITE_AFTER", v, 1);
        break;
    case F_FSYNC:
        setenv("RAPPORT_FAULT_FSYNC_AFTER", v, 1);
        break;
    case F_READ:
        setenv("RAPPORT_FAULT_READ_AFTER", v, 1);
        break;
    case F_READONLY:
        setenv("RAPPORT_FAULT_READONLY", "1", 1);
        break;
    case F_ALLOC: {
        static const long long sizes[] = {64, 200, 1000, 5000};
        alloc_over(sizes[pick(w, 4)]);
        break;
    }
    case F_NONE:
    case F_COUNT:
        break;
    }
}

static void disarm(void)
{
    alloc_over(-1); /* first: the rest may allocate */
    unsetenv("RAPPORT_FAULT_WRITE_AFTER");
    unsetenv("RAPPORT_FAULT_FSYNC_AFTER");
    unsetenv("RAPPORT_FAULT_READ_AFTER");
    unsetenv("RAPPORT_FAULT_READONLY");
}

/* ---- what rapport does ---- */

static const char *scenarios[] = {"s.alpha", "s.beta", "s.gamma"};

/* A session as play records it, with every schema 2 field. Static storage:
 * st_append copies it. */
static st_record make_record(world *w, int id, char *started, size_t n)
{
    static char *path[] = {"arrive", "middle", "end"};
    static char *order[] = {"c2", "c1", "c3"};
    static st_choice ch[2];
    snprintf(started, n, "id-%d", id);
    ch[0] = (st_choice){.node = "arrive",
                        .choice = "c1",
                        .pressed = 2,
                        .ms = 1500,
                        .text = "How did you get here?",
                        .shown_ids = order,
                        .n_shown_ids = 3,
                        .reply = "By the long road."};
    ch[1] = (st_choice){.node = "middle", .choice = "timeout", .ms = 9000};
    st_record r = {.scenario = (char *)scenarios[pick(w, 3)],
                   .kind = pick(w, 8) == 0 ? "drill" : "session",
                   .version = 1,
                   .title = "A title",
                   .family = "s",
                   .mode = "practice",
                   .started = started,
                   .ended = "2026-01-01T00:05:00Z",
                   .outcome = "done",
                   .grade = "good",
                   .path = path,
                   .n_path = 3,
                   .choices = ch,
                   .n_choices = 2,
                   .n_skills = 1,
                   .has_seed = pick(w, 2) == 0,
                   .seed = (unsigned long)(next(w) & 0xffffffffu),
                   .confidence_before = 1 + pick(w, 5)};
    r.skills[0] = (st_skill){.name = "listening",
                             .raw = 1,
                             .best = 2,
                             .worst = -1,
                             .percent = 66.6667,
                             .accuracy = 75,
                             .has_accuracy = true};
    return r;
}

static void grow(world *w, int id)
{
    if (id < w->cap) return;
    int cap = w->cap * 2 > id + 1 ? w->cap * 2 : id + 1;
    unsigned char *a = realloc(w->acked, (size_t)cap), *m = realloc(w->must, (size_t)cap);
    if (!a || !m) fail(w, "out of memory");
    memset(a + w->cap, 0, (size_t)(cap - w->cap));
    memset(m + w->cap, 0, (size_t)(cap - w->cap));
    w->acked = a;
    w->must = m;
    w->cap = cap;
}

static void acknowledged(world *w, int id)
{
    w->acked[id] = w->must[id] = 1;
    w->counts[C_ACK]++;
}

/* st_append's attempt: 1 + the sessions before it in the file with the same
 * scenario and kind. */
/* After a save that went in, no temporary file is left: not its own, nor
 * one a killed save left earlier (the save removes those under the lock). */
static void check_no_named(world *w, const char *part)
{
    DIR *d = opendir(w->dir);
    if (!d) fail(w, "cannot list %s: %s", w->dir, strerror(errno));
    struct dirent *e;
    while ((e = readdir(d)))
        if (strstr(e->d_name, part)) fail(w, "a temporary file is left: %s", e->d_name);
    closedir(d);
}

static void check_no_temps(world *w)
{
    check_no_named(w, ".tmp-");
}

static void check_attempt(world *w, int id)
{
    check_no_temps(w);
    unsigned char *have = calloc((size_t)w->cap, 1);
    if (!have) fail(w, "out of memory");
    const parsed *c = ids_in(w, w->file, have);
    free(have);
    if (!c) fail(w, "id-%d was acknowledged but the player's file is missing", id);
    int at = -1;
    for (int i = 0; i < c->n_ids; i++)
        if (c->ids[i] == id) at = i;
    if (at < 0) fail(w, "id-%d was acknowledged but is not in the player's file", id);
    int want = 1;
    for (int i = 0; i < at; i++)
        if (strcmp(c->scen[i], c->scen[at]) == 0 && strcmp(c->kind[i], c->kind[at]) == 0) want++;
    if (c->attempt[at] != want)
        fail(w, "id-%d saved as attempt %d, want %d", id, c->attempt[at], want);
}

static void op_append(world *w, fault f)
{
    int id = w->next_id++;
    grow(w, id);
    char started[32], msg[1600];
    st_record r = make_record(w, id, started, sizeof started);
    arm(w, f);
    st_status st = st_append(w->file, "pat", &r, msg, sizeof msg);
    disarm();
    logf_(w, "append id-%d%s -> %d %.120s", id, fault_names[f], st, msg);
    if (st == ST_OK || st == ST_SET_ASIDE) {
        acknowledged(w, id);
        check_attempt(w, id);
    } else {
        w->counts[C_NOT_SAVED]++;
    }
}

/* What st_load returned as the player's history is on disk now. */
static void check_shown_on_disk(world *w, const st_progress *p)
{
    if (p->n_records == 0) return;
    unsigned char *have = calloc((size_t)w->cap, 1);
    if (!have) fail(w, "out of memory");
    ids_in(w, w->file, have);
    ids_in(w, w->journal, have); /* with no file and no .bak, the journal is the history */
    for (int i = 0; i < p->n_records; i++) {
        int id = rec_id(&p->records[i]);
        if (id >= 0 && id < w->cap && !have[id])
            fail(w, "st_load showed id-%d, which is not in the player's file", id);
    }
    free(have);
}

static void op_load(world *w, fault f, bool window)
{
    st_progress p;
    char msg[1600];
    arm(w, f);
    st_status st = st_load(w->file, "pat", &p, msg, sizeof msg);
    disarm();
    logf_(w, "%s%s -> %d (%d sessions) %.120s", window ? "window start" : "load", fault_names[f],
          st, p.n_records, msg);
    if (st == ST_SET_ASIDE) w->counts[C_RESTORED]++;
    if (st == ST_OK || st == ST_SET_ASIDE) check_shown_on_disk(w, &p);
    if (window && st == ST_MISSING) { /* a new player gets a file at once */
        arm(w, f);
        st_status s2 = st_save(w->file, &p, msg, sizeof msg);
        disarm();
        logf_(w, "window start: new file%s -> %d %.120s", fault_names[f], s2, msg);
    }
    st_progress_free(&p);
}

static void op_settings(world *w, fault f)
{
    static const char *themes[] = {"light", "dark", "contrast"};
    st_settings s = {.text_scale = 1 + pick(w, 3) * 0.25,
                     .theme = (char *)themes[pick(w, 3)],
                     .text_speed = 30 * pick(w, 4),
                     .mode = "practice"};
    char msg[1600];
    arm(w, f);
    st_status st = st_save_settings(w->file, "pat", &s, msg, sizeof msg);
    disarm();
    logf_(w, "settings%s -> %d %.120s", fault_names[f], st, msg);
}

/* The folder's names and sizes, to see that a read changed nothing. */
static uint64_t folder_print(world *w)
{
    DIR *d = opendir(w->dir);
    if (!d) return 0;
    uint64_t h = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        char path[700];
        snprintf(path, sizeof path, "%s/%s", w->dir, e->d_name);
        struct stat sb;
        if (stat(path, &sb) != 0) continue;
        /* Order-free: a sum of per-entry hashes. */
        h += fnv(e->d_name, strlen(e->d_name)) ^ ((uint64_t)sb.st_size * 31u) ^
             ((uint64_t)sb.st_ino << 20) ^ (uint64_t)sb.st_mtim.tv_nsec;
    }
    closedir(d);
    return h;
}

static void op_lrs_read(world *w, fault f)
{
    uint64_t before = folder_print(w);
    st_progress p;
    char msg[600];
    arm(w, f);
    bool ok = lrs_read_progress(w->file, &p, msg, sizeof msg);
    disarm();
    logf_(w, "lrs read%s -> %d", fault_names[f], ok);
    if (ok) st_progress_free(&p);
    if (folder_print(w) != before) fail(w, "the LRS queue's read of progress changed the folder");
}

/* The fold off the save path (st_fold), as the window's worker and the
 * command line's detached process run it, under a fault. Afterwards none of
 * its own temporary files is left, nor, without a fault, a killed fold's (a
 * fold that went in also removed a killed save's); every session is where
 * it was (check). */
static void op_fold(world *w, fault f)
{
    char msg[1600];
    bool folded = false;
    arm(w, f);
    st_status st = st_fold(w->file, "pat", NULL, NULL, &folded, msg, sizeof msg);
    disarm();
    logf_(w, "fold%s -> %d%s %.120s", fault_names[f], st, folded ? " folded" : "", msg);
    /* Its own, never; a killed fold's, unless a fault kept it from even
     * looking (a read-only folder, no memory to list it). */
    char own[40];
    snprintf(own, sizeof own, ".fold-%ld-", (long)getpid());
    check_no_named(w, own);
    if (f == F_NONE) check_no_named(w, ".fold-");
    if (folded) check_no_temps(w);
    w->counts[C_FOLDED] += folded;
}

static void op_damage(world *w);

/* What happens between the fold's steps while it is being written: other
 * saves (appends acknowledged as any), settings, loads that repair, damage
 * from outside; now and then the window closing (the fold asked to stop). */
typedef struct fold_ctx {
    world *w;
    int calls, at, n;
} fold_ctx;

static bool during_fold(void *arg)
{
    fold_ctx *c = arg;
    if (c->calls++ != c->at) return false;
    logf_(c->w, "while the fold is written (step %d):", c->at);
    for (int i = 0; i < c->n; i++) {
        int r = pick(c->w, 10);
        if (r < 5)
            op_append(c->w, F_NONE);
        else if (r < 7)
            op_settings(c->w, F_NONE);
        else if (r < 8)
            op_load(c->w, F_NONE, false);
        else
            op_damage(c->w);
    }
    return pick(c->w, 8) == 0;
}

static void op_fold_meanwhile(world *w)
{
    fold_ctx c = {.w = w, .at = pick(w, 3), .n = 1 + pick(w, 3)};
    char msg[1600];
    bool folded = false;
    st_status st = st_fold(w->file, "pat", during_fold, &c, &folded, msg, sizeof msg);
    logf_(w, "fold with saves meanwhile -> %d%s %.120s", st, folded ? " folded" : "", msg);
    check_no_named(w, ".fold-");
    w->counts[C_FOLDED] += folded;
}

/* A child does one operation and is killed at its kth changing call (write,
 * fsync, rename, link, unlink), or finishes when it makes fewer. */
static void op_killed(world *w)
{
    int what = pick(w, 12), k = pick(w, 16);
    int id = w->next_id++;
    grow(w, id);
    char started[32];
    st_record r = make_record(w, id, started, sizeof started);
    static const char *themes[] = {"light", "dark"};
    st_settings s = {.text_scale = 1, .theme = (char *)themes[pick(w, 2)], .mode = "practice"};
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) fail(w, "fork: %s", strerror(errno));
    if (pid == 0) {
        char v[64], msg[1600];
        snprintf(v, sizeof v, "%d.%ld", k, w->step);
        setenv("RAPPORT_FAULT_KILL_AFTER", v, 1);
        st_status st;
        if (what < 6) {
            st = st_append(w->file, "pat", &r, msg, sizeof msg);
        } else if (what < 8) {
            st_progress p;
            st = st_load(w->file, "pat", &p, msg, sizeof msg);
            st = st == ST_OK ? ST_IO_ERROR : st; /* only an append acknowledges */
        } else if (what < 10) {
            st = st_save_settings(w->file, "pat", &s, msg, sizeof msg);
            st = st == ST_OK ? ST_IO_ERROR : st;
        } else {
            st = st_fold(w->file, "pat", NULL, NULL, NULL, msg, sizeof msg);
            st = st == ST_OK ? ST_IO_ERROR : st;
        }
        _exit(st == ST_OK || (what < 6 && st == ST_SET_ASIDE) ? 0 : 1);
    }
    int ws;
    while (waitpid(pid, &ws, 0) < 0 && errno == EINTR) {
    }
    const char *names[] = {"append", "load", "settings", "fold"};
    const char *n = names[what < 6 ? 0 : what < 8 ? 1 : what < 10 ? 2 : 3];
    if (WIFSIGNALED(ws) && WTERMSIG(ws) == SIGKILL) {
        w->counts[C_KILLED]++;
        logf_(w, "%s id-%d killed at call %d", n, id, k);
    } else if (WIFEXITED(ws)) {
        logf_(w, "%s id-%d in a child (not killed: fewer than %d calls) -> exit %d", n, id, k,
              WEXITSTATUS(ws));
        if (what < 6 && WEXITSTATUS(ws) == 0) {
            acknowledged(w, id);
            check_attempt(w, id);
        }
    } else {
        fail(w, "the child ended strangely (status %d)", ws);
    }
}

/* ---- damage from outside ---- */

static void write_bytes(world *w, const char *path, const char *b, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(b, 1, n, f) != n || fclose(f) != 0)
        fail(w, "cannot damage %s: %s", path, strerror(errno));
}

/* Before damaging path: the sessions whose only readable copy is there are
 * lost to the damage, not to rapport. */
static void forget_only_in(world *w, const char *path)
{
    unsigned char *elsewhere = calloc((size_t)w->cap, 1), *here = calloc((size_t)w->cap, 1);
    if (!elsewhere || !here) fail(w, "out of memory");
    ids_in(w, path, here);
    snapshot_only = strcmp(path, w->journal) == 0;
    if (strcmp(path, w->file) != 0) ids_in(w, w->file, elsewhere);
    snapshot_only = false;
    if (strcmp(path, w->bak) != 0) ids_in(w, w->bak, elsewhere);
    if (strcmp(path, w->journal) != 0) ids_in(w, w->journal, elsewhere);
    for (int i = 0; i < w->n_asides; i++)
        for (int k = 0; k < w->asides[i].n_ids; k++) {
            int id = w->asides[i].ids[k];
            if (id >= 0 && id < w->cap) elsewhere[id] = 1;
        }
    for (int id = 0; id < w->next_id; id++)
        if (w->must[id] && here[id] && !elsewhere[id]) {
            w->must[id] = 0;
            w->counts[C_LOST_TO_DAMAGE]++;
        }
    free(here);
    free(elsewhere);
}

static void op_damage(world *w)
{
    int where = pick(w, 20);
    const char *path = where < 13 ? w->file : where < 17 ? w->bak : w->journal;
    size_t n = 0;
    char *b = slurp(path, &n);
    int kind = pick(w, 7);
    static const char *kinds[] = {"truncated",
                                  "garbage",
                                  "emptied",
                                  "wrong schema",
                                  "newer schema",
                                  "deleted",
                                  "replaced by an older copy"};
    if (kind == 6 && !w->old_copy) kind = 5;
    if (!b && kind != 1 && kind != 6) { /* nothing there to damage in place */
        logf_(w, "damage: %s is missing already", path);
        return;
    }
    forget_only_in(w, path);
    w->counts[C_DAMAGE]++;
    switch (kind) {
    case 0:
        write_bytes(w, path, b, n ? (size_t)pick(w, (int)n) : 0);
        break;
    case 1: {
        char g[512];
        size_t len = 1 + (size_t)pick(w, (int)sizeof g);
        for (size_t i = 0; i < len; i++)
            g[i] = (char)next(w);
        write_bytes(w, path, g, len);
        break;
    }
    case 2:
        write_bytes(w, path, "", 0);
        break;
    case 3:
    case 4: {
        char *s = strstr(b, "\"schema\":\t");
        if (!s || (size_t)(s - b) + 11 > n) {
            write_bytes(w, path, "{\"schema\":0}", 12); /* broken already: make it plainly so */
            break;
        }
        /* Keep every other byte: the sessions are there, the version is not. */
        size_t at = (size_t)(s - b) + 10;
        char *c = malloc(n + 8);
        if (!c) fail(w, "out of memory");
        memcpy(c, b, at);
        const char *v = kind == 3 ? "\"two\"" : "3";
        size_t vl = strlen(v);
        memcpy(c + at, v, vl);
        memcpy(c + at + vl, b + at + 1, n - at - 1);
        write_bytes(w, path, c, n - 1 + vl);
        free(c);
        break;
    }
    case 5:
        unlink(path);
        break;
    case 6: /* a copy from a backup or a sync conflict: readable, and older */
        write_bytes(w, path, w->old_copy, w->old_len);
        break;
    }
    free(b);
    logf_(w, "damage: %s %s", path, kinds[kind]);
}

/* A newer rapport rewrote a file this one left alone: schema 3 back to 2,
 * else the run would stay stuck on ST_NEWER. Not damage: nothing is lost. */
static void op_newer_rapport(world *w)
{
    const char *paths[] = {w->file, w->bak};
    for (int i = 0; i < 2; i++) {
        size_t n;
        char *b = slurp(paths[i], &n);
        char *s = b ? strstr(b, "\"schema\":\t3") : NULL;
        if (s) {
            s[10] = '2';
            write_bytes(w, paths[i], b, n);
            logf_(w, "a newer rapport rewrote %s", paths[i]);
        }
        free(b);
    }
}

/* ---- the run ---- */

static void new_episode(world *w)
{
    for (int i = 0; i < w->n_asides; i++)
        free(w->asides[i].ids);
    w->n_asides = 0;
    w->episode++;
    snprintf(w->dir, sizeof w->dir, "%s/e%d", w->root, w->episode);
    if (mkdir(w->dir, 0700) != 0) fail(w, "mkdir %s: %s", w->dir, strerror(errno));
    snprintf(w->file, sizeof w->file, "%s/pat.json", w->dir);
    snprintf(w->bak, sizeof w->bak, "%s.bak", w->file);
    snprintf(w->journal, sizeof w->journal, "%s/pat.journal", w->dir);
    free(w->old_copy);
    w->old_copy = NULL;
    memset(w->acked, 0, (size_t)w->cap);
    memset(w->must, 0, (size_t)w->cap);
    w->next_id = 0;
    /* The shim touches only this folder. */
    setenv("RAPPORT_FAULT_DIR", w->dir, 1);
}

static void end_episode(world *w)
{
    check(w);
    check_asides_intact(w);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", w->dir);
    if (system(cmd) != 0) fail(w, "cannot remove %s", w->dir);
}

static void one_step(world *w)
{
    int r = pick(w, 108);
    fault f = pick(w, 100) < 15 ? (fault)(1 + pick(w, F_COUNT - 1)) : F_NONE;
    if (f != F_NONE) w->counts[C_FAULT]++;
    if (r < 35)
        op_append(w, f);
    else if (r < 50)
        op_load(w, f, false);
    else if (r < 57)
        op_load(w, f, true);
    else if (r < 64)
        op_settings(w, f);
    else if (r < 69)
        op_lrs_read(w, f);
    else if (r < 80)
        op_killed(w);
    else if (r < 92)
        op_damage(w);
    else if (r < 100)
        op_newer_rapport(w);
    else if (r < 104)
        op_fold(w, f);
    else
        op_fold_meanwhile(w);
    check(w);
}

/* Runs again with the shim preloaded (and ASan told not to mind it). */
static void reexec(char **argv, const char *shim)
{
    if (getenv("RAPPORT_PROPERTY_CHILD")) return;
    setenv("RAPPORT_PROPERTY_CHILD", "1", 1);
    setenv("LD_PRELOAD", shim, 1);
    const char *a = getenv("ASAN_OPTIONS");
    char opts[1024];
    snprintf(opts, sizeof opts, "%s%sverify_asan_link_order=0", a ? a : "", a && *a ? ":" : "");
    setenv("ASAN_OPTIONS", opts, 1);
    execv("/proc/self/exe", argv);
    fprintf(stderr, "store_property: cannot run again with the shim: %s\n", strerror(errno));
    exit(2);
}

/* The shim must be there, or the faults would silently not happen. */
static void check_shim(world *w)
{
    char path[400];
    snprintf(path, sizeof path, "%s/shim-probe", w->root);
    setenv("RAPPORT_FAULT_DIR", w->root, 1);
    setenv("RAPPORT_FAULT_WRITE_AFTER", "0.probe", 1);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ssize_t n = fd >= 0 ? write(fd, "x", 1) : 0;
    int e = errno;
    disarm();
    if (fd >= 0) close(fd);
    unlink(path);
    if (n != -1 || e != ENOSPC || !dlsym(RTLD_DEFAULT, "rapport_fault_alloc_over"))
        fail(w, "the fault shim is not active (LD_PRELOAD)");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: store_property SHIM [STEPS] [SEED]\n");
        return 2;
    }
    reexec(argv, argv[1]);
    static world w;
    w.steps = argc > 2 ? atol(argv[2]) : 10000;
    w.seed = argc > 3 ? strtoull(argv[3], NULL, 10) : 20261203u;
    const char *e = getenv("RAPPORT_PROPERTY_STEPS");
    if (e && *e) w.steps = atol(e);
    e = getenv("RAPPORT_PROPERTY_SEED");
    if (e && strcmp(e, "random") == 0)
        w.seed = (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32);
    else if (e && *e)
        w.seed = strtoull(e, NULL, 10);
    w.rng = w.seed;
    /* tmpfs when there is one: the promise is about what rapport does, not
     * about the disk, and fsync there costs nothing. */
    const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    snprintf(w.root, sizeof w.root, "%s/rapport-property-XXXXXX", base);
    if (!mkdtemp(w.root)) {
        fprintf(stderr, "store_property: mkdtemp: %s\n", strerror(errno));
        return 2;
    }
    char real[256];
    if (realpath(w.root, real)) snprintf(w.root, sizeof w.root, "%s", real);
    check_shim(&w);
    grow(&w, 64);
    new_episode(&w);
    for (w.step = 0; w.step < w.steps; w.step++) {
        if (w.step > 0 && w.step % EPISODE == 0) {
            end_episode(&w);
            new_episode(&w);
        }
        one_step(&w);
    }
    end_episode(&w);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", w.root);
    if (system(cmd) != 0) fprintf(stderr, "store_property: cannot remove %s\n", w.root);
    printf("store_property: %ld steps passed (seed %" PRIu64 ", %d folders):", w.steps, w.seed,
           w.episode);
    for (int i = 0; i <= C_FOLDED; i++)
        printf("%s %ld %s", i ? "," : "", w.counts[i], count_names[i]);
    printf("\n");
    free(w.old_copy);
    free(w.acked);
    free(w.must);
    return 0;
}
