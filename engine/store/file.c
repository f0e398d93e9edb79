/* file.c: where progress files live; loading with repair, saving generations.
 *
 * Depends on store_file.h (reading, durable writes, locks, setting aside) and
 * json.c (st_parse, st_print). The promise it keeps is in store.h: a session
 * the player was told is saved always lives in the player's file, its .bak,
 * or a file kept aside beside them. */
#include "store.h"
#include "store_file.h"

#include <ctype.h>
#include <stdarg.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define FILE_MAX (64u << 20)
#define LOCK_WAIT_MS 2000 /* a save takes milliseconds; this is a stuck instance */

static char *fmt_path(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 2;
    char *p = malloc(n);
    if (p) snprintf(p, n, "%s%s", a, b);
    return p;
}

char *st_data_dir(const char *dir_override)
{
    if (dir_override && *dir_override) return fmt_path(dir_override, "");
    const char *x = getenv("XDG_DATA_HOME");
    if (x && *x == '/') return fmt_path(x, "/rapport");
    const char *h = getenv("HOME");
    return fmt_path(h && *h ? h : ".", "/.local/share/rapport");
}

/* A file name from a player's name: lower-case letters, digits, '-' and '_';
 * other bytes become '_' and a short hash keeps different names apart. */
char *st_player_file(const char *data_dir, const char *player)
{
    char slug[80];
    size_t k = 0;
    bool changed = false;
    unsigned h = 2166136261u;
    for (const char *p = player; *p; p++)
        h = (h ^ (unsigned char)*p) * 16777619u;
    for (const char *p = player; *p && k < 48; p++) {
        unsigned char c = (unsigned char)*p;
        if (isalnum(c) || c == '-' || c == '_') {
            slug[k++] = (char)tolower(c);
            changed |= isupper(c) != 0;
        } else {
            slug[k++] = '_';
            changed = true;
        }
    }
    if (k == 0) slug[k++] = 'p';
    if (changed || strlen(player) > 48)
        snprintf(slug + k, sizeof slug - k, "-%08x", h);
    else
        slug[k] = '\0';
    size_t n = strlen(data_dir) + strlen(slug) + 8;
    char *out = malloc(n);
    if (out) snprintf(out, n, "%s/%s.json", data_dir, slug);
    return out;
}

/* One generation on disk (the player's file or its .bak), read and parsed. */
typedef enum gen_state { GEN_MISSING, GEN_OK, GEN_BROKEN, GEN_NEWER, GEN_IO } gen_state;

typedef struct gen {
    gen_state state;
    st_progress p; /* GEN_OK: the content; owned */
    char *bytes;   /* GEN_OK: the file's bytes, when asked for; owned */
    size_t len;
    int err;       /* GEN_IO: errno */
    char why[300]; /* GEN_BROKEN, GEN_NEWER: why it cannot be read */
} gen;

static void gen_free(gen *g)
{
    if (g->state == GEN_OK) st_progress_free(&g->p);
    free(g->bytes);
    g->bytes = NULL;
}

/* Reads and parses path. A read error or a failed allocation is GEN_IO, never
 * GEN_BROKEN: only bytes that were read whole and refused make a file broken. */
static gen_state read_gen(const char *path, gen *g, bool keep_bytes)
{
    memset(g, 0, sizeof *g);
    char *buf;
    size_t len;
    int r = st_file_read_all(path, FILE_MAX, &buf, &len);
    if (r == 1) return g->state = GEN_MISSING;
    if (r < 0 && errno == EFBIG) {
        snprintf(g->why, sizeof g->why, "it is larger than %u MiB", FILE_MAX >> 20);
        return g->state = GEN_BROKEN;
    }
    if (r < 0) {
        g->err = errno;
        return g->state = GEN_IO;
    }
    st_status st = st_parse(buf, len, &g->p, g->why, sizeof g->why);
    if (st == ST_OK) {
        g->state = GEN_OK;
        if (keep_bytes) {
            g->bytes = buf;
            g->len = len;
            buf = NULL;
        }
    } else if (st == ST_NEWER) {
        g->state = GEN_NEWER;
    } else if (st == ST_SET_ASIDE) {
        g->state = GEN_BROKEN;
    } else {
        g->state = GEN_IO;
        g->err = ENOMEM;
    }
    free(buf);
    return g->state;
}

static bool same_str(const char *a, const char *b)
{
    return a && b ? strcmp(a, b) == 0 : a == b;
}

/* Two records for the same session: every field but `attempt`, which is
 * derived from the file (a schema 1 file numbers it on reading). */
static bool same_record(const st_record *a, const st_record *b)
{
    if (!same_str(a->scenario, b->scenario) || a->version != b->version ||
        !same_str(a->title, b->title) || !same_str(a->family, b->family) ||
        !same_str(a->mode, b->mode) || !same_str(a->started, b->started) ||
        !same_str(a->ended, b->ended) || !same_str(a->outcome, b->outcome) ||
        !same_str(a->grade, b->grade) || !same_str(a->kind, b->kind) ||
        a->has_seed != b->has_seed || (a->has_seed && a->seed != b->seed) ||
        a->confidence_before != b->confidence_before ||
        a->confidence_after != b->confidence_after || a->n_path != b->n_path ||
        a->n_choices != b->n_choices || a->n_skills != b->n_skills || a->n_tags != b->n_tags)
        return false;
    for (int i = 0; i < a->n_path; i++)
        if (!same_str(a->path[i], b->path[i])) return false;
    for (int i = 0; i < a->n_choices; i++) {
        const st_choice *x = &a->choices[i], *y = &b->choices[i];
        if (!same_str(x->node, y->node) || !same_str(x->choice, y->choice) ||
            !same_str(x->text, y->text) || !same_str(x->reply, y->reply) ||
            x->pressed != y->pressed || x->ms != y->ms || x->n_shown_ids != y->n_shown_ids)
            return false;
        for (int k = 0; k < x->n_shown_ids; k++)
            if (!same_str(x->shown_ids[k], y->shown_ids[k])) return false;
    }
    for (int i = 0; i < a->n_skills; i++) {
        const st_skill *x = &a->skills[i], *y = &b->skills[i];
        if (!same_str(x->name, y->name) || x->raw != y->raw || x->best != y->best ||
            x->worst != y->worst || x->percent != y->percent ||
            x->has_accuracy != y->has_accuracy || (x->has_accuracy && x->accuracy != y->accuracy))
            return false;
    }
    for (int i = 0; i < a->n_tags; i++)
        if (!same_str(a->tags[i].name, b->tags[i].name) || a->tags[i].count != b->tags[i].count)
            return false;
    return true;
}

/* True when every session of old is also in cur (as many times): then old,
 * the .bak, may be replaced by cur without losing anything. Generations grow
 * by appending, so the first test is whether old is a prefix of cur. Returns
 * -1 when out of memory. */
static int contained(const st_progress *old, const st_progress *cur)
{
    if (old->n_records > cur->n_records) return 0;
    int i = 0;
    while (i < old->n_records && same_record(&old->records[i], &cur->records[i]))
        i++;
    if (i == old->n_records) return 1;
    bool *used = calloc((size_t)cur->n_records + 1, sizeof *used);
    if (!used) return -1;
    int ok = 1;
    for (int a = i; a < old->n_records && ok; a++) {
        ok = 0;
        for (int b = i; b < cur->n_records; b++)
            if (!used[b] && same_record(&old->records[a], &cur->records[b])) {
                used[b] = true;
                ok = 1;
                break;
            }
    }
    free(used);
    return ok;
}

/* Appends a sentence to msg, after what is there. */
static void note(char *msg, size_t msglen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void note(char *msg, size_t msglen, const char *fmt, ...)
{
    size_t k = strlen(msg);
    if (k && k + 2 < msglen) {
        memcpy(msg + k, "; ", 3);
        k += 2;
    }
    if (k >= msglen) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg + k, msglen - k, fmt, ap);
    va_end(ap);
}

static char *bak_name(const char *file)
{
    return fmt_path(file, ".bak");
}

/* The repair, with the lock held: the player's file is unreadable (set it
 * aside) or missing while a .bak exists. A readable .bak is written back as
 * the player's file before anything is returned, so what the player is shown
 * is on disk: nothing they were told is saved depends on a later save. An
 * unreadable .bak is left for the next save, which keeps it aside. */
static st_status repair_locked(const char *file, const char *player, st_progress *out, char *msg,
                               size_t msglen, bool *on_disk)
{
    gen f, b = {0};
    char *aside = NULL, *bak = NULL;
    st_status st = ST_IO_ERROR;
    st_progress_init(out, player);
    switch (read_gen(file, &f, false)) {
    case GEN_OK: /* someone else repaired it meanwhile */
        st_progress_free(out);
        *out = f.p;
        *on_disk = true;
        return ST_OK;
    case GEN_NEWER:
        snprintf(msg, msglen,
                 "%s was written by a newer rapport; it is left untouched and this session "
                 "will not be saved (%s)",
                 file, f.why);
        return ST_NEWER;
    case GEN_IO:
        snprintf(msg, msglen, "cannot read %s: %s", file, strerror(f.err));
        return ST_IO_ERROR;
    case GEN_BROKEN:
        aside = st_file_set_aside(file, "broken");
        if (!aside) {
            snprintf(msg, msglen,
                     "progress file %s could not be read (%s) and cannot be kept aside (%s)", file,
                     f.why, strerror(errno));
            return ST_IO_ERROR;
        }
        snprintf(msg, msglen, "progress file %s could not be read (%s); kept it as %s and ", file,
                 f.why, aside);
        break;
    case GEN_MISSING:
        snprintf(msg, msglen, "progress file %s was missing; ", file);
        break;
    }
    size_t k = strlen(msg);
    bak = bak_name(file);
    if (!bak) {
        snprintf(msg + k, msglen - k, "ran out of memory");
        goto done;
    }
    switch (read_gen(bak, &b, true)) {
    case GEN_OK:
        if (st_file_write_atomic(file, b.bytes, b.len, 0600, false) != ST_FILE_DONE) {
            snprintf(msg + k, msglen - k,
                     "cannot restore the previous save from %s (%s); it is left as it is", bak,
                     strerror(errno));
            goto done;
        }
        snprintf(msg + k, msglen - k, "restored the previous save from %s (%d session%s)", bak,
                 b.p.n_records, b.p.n_records == 1 ? "" : "s");
        st_progress_free(out);
        *out = b.p;
        b.state = GEN_MISSING; /* *out owns the content now */
        *on_disk = true;
        st = ST_SET_ASIDE;
        break;
    case GEN_IO:
        snprintf(msg + k, msglen - k, "cannot read the previous save %s: %s", bak, strerror(b.err));
        break;
    case GEN_MISSING:
    case GEN_BROKEN:
    case GEN_NEWER:
        if (!aside) { /* nothing to say: the player starts afresh */
            msg[0] = '\0';
            st = ST_MISSING;
            break;
        }
        if (b.state == GEN_MISSING)
            snprintf(msg + k, msglen - k, "started a new one");
        else
            snprintf(msg + k, msglen - k,
                     "started a new one (the previous save %s cannot be read either: %s)", bak,
                     b.why);
        st = ST_SET_ASIDE;
        break;
    }
done:
    gen_free(&b);
    free(aside);
    free(bak);
    return st;
}

/* st_load; with the lock already held when locked. *on_disk tells whether
 * *out is exactly what the player's file holds now. */
static st_status load(const char *file, const char *player, st_progress *out, char *msg,
                      size_t msglen, bool locked, bool *on_disk)
{
    msg[0] = '\0';
    *on_disk = false;
    gen f;
    read_gen(file, &f, false);
    switch (f.state) {
    case GEN_OK:
        *out = f.p;
        *on_disk = true;
        return ST_OK;
    case GEN_NEWER:
        snprintf(msg, msglen,
                 "%s was written by a newer rapport; it is left untouched and this session "
                 "will not be saved (%s)",
                 file, f.why);
        st_progress_init(out, player);
        return ST_NEWER;
    case GEN_IO:
        /* A read that failed says nothing about the file: never set it aside. */
        snprintf(msg, msglen, "cannot read %s: %s", file, strerror(f.err));
        st_progress_init(out, player);
        return ST_IO_ERROR;
    case GEN_MISSING: {
        char *bak = bak_name(file);
        struct stat sb;
        bool have_bak = bak && lstat(bak, &sb) == 0;
        free(bak);
        if (!have_bak) {
            st_progress_init(out, player);
            return ST_MISSING;
        }
        break;
    }
    case GEN_BROKEN:
        break;
    }
    if (locked) return repair_locked(file, player, out, msg, msglen, on_disk);
    int fd = st_file_lock(file, "lock", LOCK_WAIT_MS);
    if (fd < 0) {
        if (fd == -2)
            snprintf(msg, msglen, "another rapport is saving %s's progress; try again in a moment",
                     player);
        else
            snprintf(msg, msglen, "cannot repair %s's progress: cannot create %s.lock: %s", player,
                     file, strerror(errno));
        st_progress_init(out, player);
        return fd == -2 ? ST_LOCKED : ST_IO_ERROR;
    }
    st_status st = repair_locked(file, player, out, msg, msglen, on_disk);
    st_file_unlock(fd);
    return st;
}

st_status st_load(const char *file, const char *player, st_progress *out, char *msg, size_t msglen)
{
    bool on_disk;
    return load(file, player, out, msg, msglen, false, &on_disk);
}

/* Sets path aside under label, saying so in msg. False when it could not be. */
static bool aside_noted(const char *path, const char *label, const char *what, char *msg,
                        size_t msglen)
{
    char *aside = st_file_set_aside(path, label);
    if (!aside) return false;
    note(msg, msglen, "kept %s as %s", what, aside);
    free(aside);
    return true;
}

/* Removes temporary files a killed save left beside the player's file
 * (<slug>.json.tmp-*, <slug>.json.bak.tmp-*). Only with the lock held: every
 * save of progress takes it, so no temporary file is being written now. What
 * they hold was never acknowledged: the rename that would have made it the
 * player's file never happened. */
static void remove_stale_temps(const char *file)
{
    char *dir = st_file_parent(file);
    const char *base = strrchr(file, '/');
    base = base ? base + 1 : file;
    DIR *d = dir ? opendir(dir) : NULL;
    size_t k = strlen(base);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        const char *rest = e->d_name + k;
        if (strncmp(e->d_name, base, k) != 0 ||
            (strncmp(rest, ".tmp-", 5) != 0 && strncmp(rest, ".bak.tmp-", 9) != 0))
            continue;
        char *path = fmt_path(dir, "/");
        char *full = path ? fmt_path(path, e->d_name) : NULL;
        if (full) unlink(full);
        free(full);
        free(path);
    }
    if (d) closedir(d);
    free(dir);
}

/* The save, with the lock held. The player's file becomes the new .bak; the
 * .bak it displaces is dropped only when every one of its sessions is in
 * that file, else it is kept aside. So a session the player was told is
 * saved always lives in the file, the .bak or a file kept aside. Returns
 * ST_OK, ST_SET_ASIDE (saved; msg says what was kept aside), ST_NEWER or
 * ST_IO_ERROR (nothing saved; msg says why).
 * file_records >= 0 says the caller read the player's file under this lock
 * and it holds exactly p's first file_records sessions (one parse saved);
 * -1: read it. */
static st_status save_locked(const char *file, const st_progress *p, int file_records, char *msg,
                             size_t msglen)
{
    st_status st = ST_IO_ERROR;
    char *text = st_print(p);
    char *bak = bak_name(file);
    gen f = {0}, b = {0};
    msg[0] = '\0';
    if (!text || !bak) {
        snprintf(msg, msglen, "out of memory while saving");
        goto done;
    }
    {
        /* Never write what the next load would refuse and set aside: that
         * would cost the player this session and hide the ones before it. */
        st_progress check;
        char why[256];
        st_status c = st_parse(text, strlen(text), &check, why, sizeof why);
        if (c != ST_OK) {
            snprintf(msg, msglen, "progress not saved: it would not read back (%s)",
                     c == ST_IO_ERROR ? "out of memory" : why);
            goto done;
        }
        st_progress_free(&check);
    }
    if (file_records >= 0) {
        f.state = GEN_OK;
        f.p = *p;
        f.p.n_records = file_records; /* a view: f.p owns nothing here */
    } else {
        read_gen(file, &f, false);
    }
    switch (f.state) {
    case GEN_IO:
        snprintf(msg, msglen,
                 "cannot save progress (cannot read %s: %s); the previous save is kept", file,
                 strerror(f.err));
        goto done;
    case GEN_NEWER:
        snprintf(msg, msglen, "%s was written by a newer rapport; it is left untouched (%s)", file,
                 f.why);
        st = ST_NEWER;
        goto done;
    case GEN_BROKEN:
        if (!aside_noted(file, "broken", "the unreadable progress file", msg, msglen)) {
            snprintf(msg, msglen, "cannot save progress: %s cannot be read (%s) or kept aside (%s)",
                     file, f.why, strerror(errno));
            goto done;
        }
        break;
    case GEN_MISSING:
    case GEN_OK:
        break;
    }
    if (f.state == GEN_OK) {
        /* The .bak is about to become the player's file as it is now. */
        int in = 1;
        switch (read_gen(bak, &b, false)) {
        case GEN_IO:
            snprintf(msg, msglen,
                     "cannot save progress (cannot read %s: %s); the previous save is kept", bak,
                     strerror(b.err));
            goto done;
        case GEN_OK:
            in = contained(&b.p, &f.p);
            if (in < 0) {
                snprintf(msg, msglen, "out of memory while saving");
                goto done;
            }
            if (!in && !aside_noted(bak, "kept", "an older save with sessions the file lacked", msg,
                                    msglen))
                in = -1;
            break;
        case GEN_BROKEN:
            if (!aside_noted(bak, "broken", "the unreadable previous save", msg, msglen)) in = -1;
            break;
        case GEN_NEWER:
            if (!aside_noted(bak, "kept", "a previous save from a newer rapport", msg, msglen))
                in = -1;
            break;
        case GEN_MISSING:
            break;
        }
        if (in < 0) {
            snprintf(msg, msglen, "cannot save progress: cannot keep %s aside (%s)", bak,
                     strerror(errno));
            goto done;
        }
    }
    remove_stale_temps(file);
    bool noted = msg[0] != '\0';
    switch (st_file_write_atomic(file, text, strlen(text), 0600, f.state == GEN_OK)) {
    case ST_FILE_DONE:
        st = noted ? ST_SET_ASIDE : ST_OK;
        break;
    case ST_FILE_NO_FOLDER: {
        char *dir = st_file_parent(file);
        snprintf(msg, msglen, "cannot create the folder %s: %s", dir ? dir : file, strerror(errno));
        free(dir);
        break;
    }
    case ST_FILE_NO_MEMORY:
        snprintf(msg, msglen, "out of memory while saving");
        break;
    case ST_FILE_NOT_WRITTEN:
        snprintf(msg, msglen, "cannot save progress (%s); the previous save is kept",
                 strerror(errno));
        break;
    }
done:
    if (file_records < 0) gen_free(&f);
    gen_free(&b);
    free(bak);
    free(text);
    return st;
}

static st_status lock_or_say(const char *file, const char *player, int *fd, char *msg,
                             size_t msglen)
{
    *fd = st_file_lock(file, "lock", LOCK_WAIT_MS);
    if (*fd >= 0) return ST_OK;
    if (*fd == -2) {
        snprintf(msg, msglen, "another rapport is saving %s's progress; try again in a moment",
                 player);
        return ST_LOCKED;
    }
    snprintf(msg, msglen, "cannot save %s's progress: cannot create %s.lock: %s", player, file,
             strerror(errno));
    return ST_IO_ERROR;
}

st_status st_save(const char *file, const st_progress *p, char *msg, size_t msglen)
{
    msg[0] = '\0';
    int fd;
    st_status st = lock_or_say(file, p->player ? p->player : "the player", &fd, msg, msglen);
    if (st != ST_OK) return st;
    st = save_locked(file, p, -1, msg, msglen);
    st_file_unlock(fd);
    return st;
}

typedef bool (*update_fn)(st_progress *p, void *arg);

static st_status locked_update(const char *file, const char *player, update_fn fn, void *arg,
                               char *msg, size_t msglen)
{
    int fd;
    st_status st = lock_or_say(file, player, &fd, msg, msglen);
    if (st != ST_OK) return st;
    st_progress p;
    char lmsg[1200] = "";
    bool on_disk;
    st = load(file, player, &p, lmsg, sizeof lmsg, true, &on_disk);
    int file_records = on_disk ? p.n_records : -1;
    if (st == ST_NEWER || st == ST_IO_ERROR || st == ST_LOCKED) {
        snprintf(msg, msglen, "%s", lmsg);
        st_progress_free(&p);
        st_file_unlock(fd);
        return st;
    }
    if (!fn(&p, arg)) {
        snprintf(msg, msglen, "out of memory while saving");
        st = ST_IO_ERROR;
    } else {
        char smsg[1200];
        st_status s2 = save_locked(file, &p, file_records, smsg, sizeof smsg);
        if (s2 != ST_OK && s2 != ST_SET_ASIDE) {
            st = s2;
            snprintf(msg, msglen, "%s", smsg);
        } else if (st == ST_SET_ASIDE || s2 == ST_SET_ASIDE) {
            /* saved, but say what was set aside or restored */
            snprintf(msg, msglen, "%s", lmsg);
            if (s2 == ST_SET_ASIDE) note(msg, msglen, "%s", smsg);
            st = ST_SET_ASIDE;
        } else {
            st = ST_OK;
        }
    }
    st_progress_free(&p);
    st_file_unlock(fd);
    return st;
}

static bool do_append(st_progress *p, void *arg)
{
    st_record *r = arg;
    const char *kind = r->kind ? r->kind : "session";
    int attempt = 1;
    for (int i = 0; i < p->n_records; i++) {
        const st_record *o = &p->records[i];
        if (same_str(o->scenario, r->scenario) && strcmp(o->kind ? o->kind : "session", kind) == 0)
            attempt++;
    }
    if (!st_progress_add(p, r)) return false;
    st_record *added = &p->records[p->n_records - 1];
    added->attempt = attempt;
    if (!added->kind && !(added->kind = strdup("session"))) return false;
    r->attempt = attempt;
    return true;
}

st_status st_append(const char *file, const char *player, st_record *r, char *msg, size_t msglen)
{
    msg[0] = '\0';
    return locked_update(file, player, do_append, r, msg, msglen);
}

static bool do_settings(st_progress *p, void *arg)
{
    const st_settings *s = arg;
    char *theme = s->theme ? strdup(s->theme) : NULL;
    char *mode = s->mode ? strdup(s->mode) : NULL;
    char *language = s->language ? strdup(s->language) : NULL; /* NULL: follow the system */
    if ((s->theme && !theme) || (s->mode && !mode) || (s->language && !language)) {
        free(theme);
        free(mode);
        free(language);
        return false;
    }
    free(p->settings.language);
    p->settings.language = language;
    p->settings.text_scale = s->text_scale;
    p->settings.text_speed = s->text_speed;
    p->settings.daily_goal = s->daily_goal; /* practice goals (issue 16) */
    p->settings.goals_off = s->goals_off;
    if (theme) {
        free(p->settings.theme);
        p->settings.theme = theme;
    }
    if (mode) {
        free(p->settings.mode);
        p->settings.mode = mode;
    }
    p->settings.say_first = s->say_first;
    p->settings.ask_confidence = s->ask_confidence;
    p->settings.voice = s->voice; /* reading aloud */
    return true;
}

st_status st_save_settings(const char *file, const char *player, const st_settings *s, char *msg,
                           size_t msglen)
{
    msg[0] = '\0';
    st_settings copy = *s;
    return locked_update(file, player, do_settings, &copy, msg, msglen);
}

/* Any change under the lock (issue 16: the review schedule). */
st_status st_update(const char *file, const char *player, bool (*fn)(st_progress *p, void *arg),
                    void *arg, char *msg, size_t msglen)
{
    msg[0] = '\0';
    return locked_update(file, player, fn, arg, msg, msglen);
}

typedef struct append_with {
    st_record *r;
    bool (*fn)(st_progress *p, void *arg);
    void *arg;
} append_with;

static bool do_append_with(st_progress *p, void *arg)
{
    append_with *a = arg;
    return do_append(p, a->r) && (!a->fn || a->fn(p, a->arg));
}

st_status st_append_with(const char *file, const char *player, st_record *r,
                         bool (*fn)(st_progress *p, void *arg), void *arg, char *msg,
                         size_t msglen)
{
    msg[0] = '\0';
    append_with a = {r, fn, arg};
    return locked_update(file, player, do_append_with, &a, msg, msglen);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int st_list_players(const char *data_dir, char ***names)
{
    *names = NULL;
    DIR *d = opendir(data_dir);
    if (!d) return 0;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l < 6 || strcmp(e->d_name + l - 5, ".json") != 0) continue;
        char *path = fmt_path(data_dir, "/");
        char *full = path ? fmt_path(path, e->d_name) : NULL;
        free(path);
        if (!full) continue;
        char *buf;
        size_t len;
        st_progress p;
        char why[200];
        if (st_file_read_all(full, FILE_MAX, &buf, &len) == 0 &&
            st_parse(buf, len, &p, why, sizeof why) == ST_OK) {
            char **v = realloc(*names, sizeof *v * (size_t)(n + 1));
            if (v) {
                *names = v;
                v[n++] = p.player ? strdup(p.player) : strdup(e->d_name);
            }
            st_progress_free(&p);
        }
        free(buf);
        free(full);
    }
    closedir(d);
    if (n > 1) qsort(*names, (size_t)n, sizeof **names, cmp_str);
    return n;
}
