/* file.c: where progress files live; loading with repair, saving generations.
 *
 * Depends on store_file.h (reading, durable writes, locks, setting aside) and
 * json.c (st_parse, st_print). The promise it keeps is in store.h: a session
 * the player was told is saved always lives in the player's file, its .bak,
 * or a file kept aside beside them. */
#include "store.h"
#include "store_file.h"
#include "store_local.h"
#include "diag.h"

#include <ctype.h>
#include <stdarg.h>
#include <dirent.h>
#include <signal.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* Far above any real history (10,000 sessions are about 20 MiB): a file this
 * large is not one rapport wrote. */
#define FILE_MAX (512u << 20)
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
    int err;         /* GEN_IO: errno */
    char why[500];   /* GEN_BROKEN, GEN_NEWER: why it cannot be read */
    st_jmeta m;      /* GEN_OK: the snapshot's "journal" object (zero when absent); owned */
    size_t size;     /* GEN_OK: the snapshot's bytes */
    bool fresh;      /* GEN_OK from read_current: no snapshot, only a journal */
    bool io_journal; /* GEN_IO from read_current: the journal could not be read */
} gen;

static void gen_free(gen *g)
{
    if (g->state == GEN_OK) st_progress_free(&g->p);
    st_jmeta_free(&g->m);
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
    st_status st = st_parse_meta(buf, len, &g->p, &g->m, g->why, sizeof g->why);
    if (st == ST_OK) {
        g->state = GEN_OK;
        g->size = len;
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
        snprintf(msg, msglen, "cannot read %s: %s", file, st_file_why(f.err));
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
        snprintf(msg + k, msglen - k, "cannot read the previous save %s: %s", bak,
                 st_file_why(b.err));
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

/* The player's file with its journal applied (docs/progress.md, "Large
 * histories: the journal"). The journal is opened before the snapshot is
 * read: a save that folds it writes the new snapshot before unlinking it, so
 * what is read is either the old snapshot with the lines it lacks or the new
 * one, which holds them all (they are skipped by their seq). A missing
 * snapshot with a journal and no .bak starts from a fresh progress (fresh).
 * jr says what the journal held; a damaged line leaves f GEN_OK with
 * jr->damaged set (what came before it applied). */
static void read_current(const char *file, const char *player, gen *f, st_jread *jr,
                         bool ignore_bak)
{
    memset(jr, 0, sizeof *jr);
    char *jname = st_journal_name(file);
    int jfd = jname ? st_file_open_read(jname) : -1;
    int je = jname ? errno : ENOMEM;
    read_gen(file, f, false);
    if (jfd < 0 && je != ENOENT && f->state != GEN_IO) {
        gen_free(f);
        memset(f, 0, sizeof *f);
        f->state = GEN_IO;
        f->err = je;
        f->io_journal = true;
    }
    if (jfd >= 0 && f->state == GEN_MISSING) {
        char *bak = bak_name(file);
        struct stat sb;
        bool have_bak = !ignore_bak && (!bak || lstat(bak, &sb) == 0);
        free(bak);
        if (!have_bak) { /* only the journal is left: what it holds is the history */
            st_progress_init(&f->p, player);
            f->state = GEN_OK;
            f->fresh = true;
        }
    }
    if (jfd >= 0 && f->state == GEN_OK) {
        if (!st_journal_apply(jfd, jname, &f->p, &f->m, -1, jr)) {
            int e = errno;
            gen_free(f);
            memset(f, 0, sizeof *f);
            f->state = GEN_IO;
            f->err = e;
        } else if (jr->newer) {
            gen_free(f);
            memset(f, 0, sizeof *f);
            f->state = GEN_NEWER;
            snprintf(f->why, sizeof f->why, "its journal %s", jr->why);
        }
    }
    if (jfd >= 0) close(jfd);
    free(jname);
}

static st_status save_locked(const char *file, const st_progress *p, int file_records,
                             const char *given, bool read_back, char *msg, size_t msglen);

/* The journal beside file cannot be read past some line (jr->why says where;
 * f holds the snapshot and every line before it). With the lock held: the
 * readable part is written into the snapshot first, then the journal is kept
 * aside (never overwritten), so a crash between the two leaves the lines
 * either still in the journal or in the snapshot, never in neither. */
static st_status repair_journal_locked(const char *file, gen *f, const st_jread *jr, char *msg,
                                       size_t msglen)
{
    char *jname = st_journal_name(file);
    if (!jname) {
        snprintf(msg, msglen, "out of memory");
        return ST_IO_ERROR;
    }
    st_jmeta m = {0};
    m.present = true;
    memcpy(m.id, jr->id, sizeof m.id); /* this journal's lines up to the damage */
    m.folded = jr->last;
    char *text = NULL;
    st_status st = ST_IO_ERROR;
    char smsg[1200] = "";
    if (!st_jmeta_count(&m, &f->p) || !(text = st_print_layout(&f->p, &m))) {
        snprintf(msg, msglen, "out of memory");
        goto done;
    }
    st = save_locked(file, &f->p, -1, text, true, smsg, sizeof smsg);
    if (st != ST_OK && st != ST_SET_ASIDE) {
        snprintf(msg, msglen, "the progress journal %s cannot be read (%s) and %s", jname, jr->why,
                 smsg);
        goto done;
    }
    char *aside = st_file_set_aside(jname, "broken");
    if (!aside) {
        snprintf(msg, msglen,
                 "the progress journal %s cannot be read (%s) and cannot be kept aside (%s)", jname,
                 jr->why, strerror(errno));
        st = ST_IO_ERROR;
        goto done;
    }
    snprintf(msg, msglen,
             "the progress journal %s cannot be read (%s); the %d session%s and changes before "
             "that place are in %s now, and the journal is kept as %s",
             jname, jr->why, f->p.n_records, f->p.n_records == 1 ? "" : "s", file, aside);
    if (smsg[0]) note(msg, msglen, "%s", smsg);
    free(aside);
    st = ST_SET_ASIDE;
done:
    free(text);
    free(jname);
    st_jmeta_free(&m);
    return st;
}

/* What a load learnt beside the content: for a save that follows it. */
typedef struct loaded {
    st_jmeta m;   /* the snapshot's "journal" object */
    st_jread jr;  /* the journal */
    size_t size;  /* the snapshot's bytes */
    bool on_disk; /* the content is exactly what the player's file (and journal) hold */
} loaded;

/* st_load; with the lock already held when locked. */
static st_status load(const char *file, const char *player, st_progress *out, char *msg,
                      size_t msglen, bool locked, loaded *ld)
{
    msg[0] = '\0';
    memset(ld, 0, sizeof *ld);
    st_status result = ST_OK;
    int fd = -1;
    bool bak_unusable = false; /* a repair found the .bak unreadable and restored nothing */
    for (int round = 0;; round++) {
        gen f;
        st_jread jr;
        read_current(file, player, &f, &jr, bak_unusable);
        st_status st = ST_OK;
        bool repair = false;
        switch (f.state) {
        case GEN_OK:
            if (!jr.damaged) {
                *out = f.p;
                ld->m = f.m;
                ld->jr = jr;
                ld->size = f.size;
                ld->on_disk = !f.fresh;
                st_file_unlock(fd);
                return result;
            }
            repair = true;
            break;
        case GEN_NEWER:
            snprintf(msg, msglen,
                     "%s was written by a newer rapport; it is left untouched and this session "
                     "will not be saved (%s)",
                     file, f.why);
            st = ST_NEWER;
            break;
        case GEN_IO:
            /* A read that failed says nothing about the file: never set it aside. */
            if (f.io_journal) {
                char *jn = st_journal_name(file);
                snprintf(msg, msglen, "cannot read %s: %s", jn ? jn : file, st_file_why(f.err));
                free(jn);
            } else {
                snprintf(msg, msglen, "cannot read %s: %s", file, st_file_why(f.err));
            }
            st = ST_IO_ERROR;
            break;
        case GEN_MISSING: {
            char *bak = bak_name(file);
            struct stat sb;
            bool have_bak = !bak_unusable && bak && lstat(bak, &sb) == 0;
            free(bak);
            if (!have_bak) {
                st_progress_init(out, player);
                st_file_unlock(fd);
                return result == ST_OK ? ST_MISSING : result;
            }
            break;
        }
        case GEN_BROKEN:
            break;
        }
        if (st != ST_OK || round >= 3) {
            gen_free(&f);
            st_progress_init(out, player);
            st_file_unlock(fd);
            if (st == ST_OK) {
                snprintf(msg, msglen, "cannot repair %s: it keeps changing", file);
                st = ST_IO_ERROR;
            }
            return st;
        }
        if (!locked && fd < 0) {
            fd = st_file_lock(file, "lock", LOCK_WAIT_MS);
            if (fd < 0) {
                if (fd == -2)
                    snprintf(msg, msglen,
                             "another rapport is saving %s's progress; try again in a moment",
                             player);
                else
                    snprintf(msg, msglen, "cannot repair %s's progress: cannot create %s.lock: %s",
                             player, file, strerror(errno));
                gen_free(&f);
                st_progress_init(out, player);
                return fd == -2 ? ST_LOCKED : ST_IO_ERROR;
            }
            gen_free(&f);
            continue; /* read again under the lock: another instance may have repaired it */
        }
        char rmsg[1400] = "";
        if (repair) {
            st = repair_journal_locked(file, &f, &jr, rmsg, sizeof rmsg);
            gen_free(&f);
        } else {
            gen_free(&f);
            bool on_disk = false;
            st_progress tmp;
            st = repair_locked(file, player, &tmp, rmsg, sizeof rmsg, &on_disk);
            st_progress_free(&tmp);
            /* Nothing written back (no readable .bak): the next read starts
             * afresh, with the journal when there is one, as a load always did. */
            if (!on_disk) bak_unusable = true;
        }
        if (rmsg[0]) note(msg, msglen, "%s", rmsg);
        if (st != ST_OK && st != ST_SET_ASIDE && st != ST_MISSING) {
            st_progress_init(out, player);
            st_file_unlock(fd);
            return st;
        }
        if (st == ST_SET_ASIDE) result = ST_SET_ASIDE;
    }
}

/* The folder of file (into dir, n bytes: "." or "/" when it has none) and
 * its name within it (*base, borrowed from file). False when the folder's
 * name is too long for dir (no such folder could be opened anyway). */
static bool folder_of(const char *file, char *dir, size_t n, const char **base)
{
    const char *slash = strrchr(file, '/');
    size_t dl = slash ? (size_t)(slash - file) : 1;
    if (dl >= n || n < 2) return false;
    if (slash)
        memcpy(dir, file, dl);
    else
        dir[0] = '.';
    dir[dl] = '\0';
    if (slash && dl == 0) memcpy(dir, "/", 2);
    *base = slash ? slash + 1 : file;
    return true;
}

/* What folds in the background kept aside (st_fold_later wrote each to a
 * <slug>.json.notice-* file of its own, having nobody to tell): added to msg
 * and removed, so the next front end to read the history says it once. Each
 * notice file appears whole (written under another name, then linked in),
 * so removing one after reading it can never take a notice written
 * meanwhile. <slug>.json.notice, one file several folds appended to, is
 * read too (an earlier rapport wrote it). True when there was one. */
static bool take_notice(const char *file, char *msg, size_t msglen)
{
    char dir[4096];
    const char *base;
    if (!folder_of(file, dir, sizeof dir, &base)) return false;
    DIR *d = opendir(dir);
    if (!d) return false;
    size_t k = strlen(base);
    bool got = false;
    struct dirent *e;
    while ((e = readdir(d))) {
        const char *rest = e->d_name + k;
        if (strncmp(e->d_name, base, k) != 0 || strncmp(rest, ".notice", 7) != 0 ||
            (rest[7] != '\0' && rest[7] != '-'))
            continue;
        char full[4400];
        if ((size_t)snprintf(full, sizeof full, "%s/%s", dir, e->d_name) >= sizeof full) continue;
        char *buf = NULL;
        size_t len = 0;
        if (st_file_read_all(full, 65536, &buf, &len) == 0) {
            while (len && (buf[len - 1] == '\n' || buf[len - 1] == ' '))
                len--;
            for (size_t i = 0; i < len; i++) /* lines of several folds: one message */
                if (buf[i] == '\n') buf[i] = ' ';
            if (len) {
                note(msg, msglen, "%.*s", (int)len, buf);
                got = true;
            }
            unlink(full);
        }
        free(buf);
    }
    closedir(d);
    return got;
}

st_status st_load(const char *file, const char *player, st_progress *out, char *msg, size_t msglen)
{
    loaded ld;
    st_status st = load(file, player, out, msg, msglen, false, &ld);
    st_jmeta_free(&ld.m);
    if ((st == ST_OK || st == ST_SET_ASIDE) && take_notice(file, msg, msglen)) st = ST_SET_ASIDE;
    return st;
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
 * player's file never happened. A killed fold's files (<slug>.json.fold-*,
 * <slug>.json.bak.fold-*) go too when the fold lock is free (no fold is
 * writing them), so they do not wait for the next fold, which may be weeks
 * away; a fold running now (in this process or another) keeps its own.
 * So does a notice a killed background fold was writing (<slug>.json.notice.tmp-PID). */
static bool remove_stale_temps(const char *file)
{
    char dir[4096];
    const char *base;
    if (!folder_of(file, dir, sizeof dir, &base)) return true; /* cannot be opened anyway */
    /* Without the listing the save cannot keep its word that no temporary
     * file is left, so it is refused (memory ran out: nothing is written). */
    DIR *d = opendir(dir);
    if (!d) return errno == ENOENT;
    size_t k = strlen(base);
    /* The journal's name less its folder: <slug>.journal.tmp-* is a journal
     * a fold was shortening (st_fold, with this lock held). */
    char *jname = st_journal_name(base);
    if (!jname) {
        closedir(d);
        errno = ENOMEM;
        return false;
    }
    size_t jk = strlen(jname);
    int fold_fd = -3; /* the fold lock: -3 until a fold's file is seen */
    struct dirent *e;
    while ((e = readdir(d))) {
        const char *rest = e->d_name + k;
        bool ours = strncmp(e->d_name, base, k) == 0;
        bool journal_tmp =
            strncmp(e->d_name, jname, jk) == 0 && strncmp(e->d_name + jk, ".tmp-", 5) == 0;
        bool fold_tmp =
            ours && (strncmp(rest, ".fold-", 6) == 0 || strncmp(rest, ".bak.fold-", 10) == 0);
        /* A notice a fold was writing (fold.c): its process is gone. */
        if (ours && strncmp(rest, ".notice.tmp-", 12) == 0) {
            long pid = strtol(rest + 12, NULL, 10);
            if (pid <= 0 || (kill((pid_t)pid, 0) != 0 && errno == ESRCH)) {
                char full[4400];
                if ((size_t)snprintf(full, sizeof full, "%s/%s", dir, e->d_name) < sizeof full)
                    unlink(full);
            }
            continue;
        }
        if (!journal_tmp && !fold_tmp &&
            (!ours || (strncmp(rest, ".tmp-", 5) != 0 && strncmp(rest, ".bak.tmp-", 9) != 0)))
            continue;
        if (fold_tmp) {
            if (fold_fd == -3) fold_fd = st_file_lock(file, "foldlock", 0);
            if (fold_fd < 0) continue; /* a fold is writing it, or no lock: left for later */
        }
        char full[4400];
        if ((size_t)snprintf(full, sizeof full, "%s/%s", dir, e->d_name) < sizeof full)
            unlink(full);
    }
    closedir(d);
    free(jname);
    st_file_unlock(fold_fd); /* ignores fd < 0 */
    return true;
}

/* The save, with the lock held. The player's file becomes the new .bak; the
 * .bak it displaces is dropped only when every one of its sessions is in
 * that file, else it is kept aside. So a session the player was told is
 * saved always lives in the file, the .bak or a file kept aside. Returns
 * ST_OK, ST_SET_ASIDE (saved; msg says what was kept aside), ST_NEWER or
 * ST_IO_ERROR (nothing saved; msg says why).
 * file_records >= 0 says the caller read the player's file under this lock
 * and it holds exactly p's first file_records sessions (one parse saved);
 * -1: read it. given: the text to write (st_print_layout's); NULL: st_print(p). */
static st_status save_locked(const char *file, const st_progress *p, int file_records,
                             const char *given, bool read_back, char *msg, size_t msglen)
{
    st_status st = ST_IO_ERROR;
    char *owned = given ? NULL : st_print(p);
    const char *text = given ? given : owned;
    char *bak = bak_name(file);
    gen f = {0}, b = {0};
    msg[0] = '\0';
    if (!text || !bak) {
        snprintf(msg, msglen, "out of memory while saving");
        goto done;
    }
    if (!read_back) {
        /* Never write what the next load would refuse and set aside: that
         * would cost the player this session and hide the ones before it.
         * (read_back: p was itself just read from these files, as in a fold,
         * so this second parse of a long history is spared.) */
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
                 st_file_why(f.err));
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
                     st_file_why(b.err));
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
    if (!remove_stale_temps(file)) {
        snprintf(msg, msglen, "cannot save progress (cannot list the folder of %s: %s)", file,
                 strerror(errno));
        goto done;
    }
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
    free(owned);
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

/* The journal grows to this many bytes before it is due to be folded into the
 * snapshot: a quarter of the snapshot, between ST_JOURNAL_FROM and 1 MiB.
 * Each save reads the whole journal, so it stays small; each fold rewrites
 * the snapshot, so it happens once per a few hundred saves of a long history
 * (docs/performance.md, "Progress files", has the figures). */
static size_t fold_at(size_t snapshot)
{
    size_t q = snapshot / 4, lo = st_journal_from();
    return q < lo ? lo : q > (1u << 20) ? (1u << 20) : q;
}

/* A save folds the journal itself, on its own path, only when it has grown
 * to 4 MiB, four times the most fold_at asks: the front ends fold it off
 * the save path (st_fold) long before, so this is the backstop for a caller
 * that never does (each save reads the whole journal, so it must not grow
 * for ever). Not scaled by RAPPORT_STORE_JOURNAL_FROM: in the tests, saves
 * never fold. */
#define FOLD_BACKSTOP (4u << 20)

bool st_fold_due(const char *file)
{
    struct stat fs, js;
    char *jname = st_journal_name(file);
    bool due = jname && stat(file, &fs) == 0 && stat(jname, &js) == 0 &&
               (size_t)js.st_size >= fold_at((size_t)fs.st_size);
    free(jname);
    return due;
}

/* Removes the folded journal and makes that durable; what it held is in the
 * snapshot now (and a leftover is harmless: its lines are skipped). */
static void drop_journal(const char *file)
{
    char *jname = st_journal_name(file);
    if (jname && unlink(jname) == 0) {
        char *dir = st_file_parent(file);
        if (dir) st_file_sync_dir(dir);
        free(dir);
    }
    free(jname);
}

/* Writes p as the player's file, with the lock held, after a load that
 * filled ld. A small history with no journal is written as it always was (one
 * indented document); otherwise p is written in the journal layout with
 * every journal line folded in, and the journal is removed. When
 * keep_journal, the journal is kept aside instead of removed (st_save with a
 * progress that lacks some of its sessions). file_records as save_locked's. */
static st_status write_full(const char *file, const st_progress *p, const loaded *ld,
                            bool keep_journal, int file_records, bool read_back, char *msg,
                            size_t msglen)
{
    bool layout = ld->jr.exists || ld->m.present || ld->size >= st_journal_from();
    if (!layout) {
        char *text = st_print(p);
        if (!text) {
            snprintf(msg, msglen, "out of memory while saving");
            return ST_IO_ERROR;
        }
        if (strlen(text) < st_journal_from()) {
            st_status st = save_locked(file, p, file_records, text, read_back, msg, msglen);
            free(text);
            return st;
        }
        free(text);
    }
    st_jmeta m = {0};
    m.present = true;
    /* Every line of the journal now is in p: the file says so by its id. */
    memcpy(m.id, ld->jr.id, sizeof m.id);
    m.folded = ld->jr.id[0] ? ld->jr.last : 0;
    if (ld->jr.id[0] && strcmp(ld->jr.id, ld->m.id) == 0 && ld->m.folded > m.folded)
        m.folded = ld->m.folded;
    char *text = NULL;
    if (!st_jmeta_count(&m, p) || !(text = st_print_layout(p, &m))) {
        st_jmeta_free(&m);
        free(text);
        snprintf(msg, msglen, "out of memory while saving");
        return ST_IO_ERROR;
    }
    st_status st = save_locked(file, p, -1, text, read_back, msg, msglen);
    free(text);
    st_jmeta_free(&m);
    if ((st == ST_OK || st == ST_SET_ASIDE) && ld->jr.exists) {
        char *jname = keep_journal ? st_journal_name(file) : NULL;
        char *aside = jname ? st_file_set_aside(jname, "kept") : NULL;
        if (aside) {
            note(msg, msglen, "kept the journal with sessions the saved progress lacked as %s",
                 aside);
            st = ST_SET_ASIDE;
        } else if (!keep_journal) {
            drop_journal(file);
        }
        free(aside);
        free(jname);
    }
    return st;
}

st_status st_save(const char *file, const st_progress *p, char *msg, size_t msglen)
{
    msg[0] = '\0';
    int fd;
    st_status st = lock_or_say(file, p->player ? p->player : "the player", &fd, msg, msglen);
    if (st != ST_OK) return st;
    /* What is there now decides the layout, and whether the journal's
     * sessions are all in p (else the journal is kept aside, not dropped). */
    st_progress cur;
    loaded ld;
    char lmsg[1200];
    st_status ls = load(file, p->player, &cur, lmsg, sizeof lmsg, true, &ld);
    if (ls == ST_NEWER || ls == ST_IO_ERROR || ls == ST_LOCKED) {
        snprintf(msg, msglen, "%s", lmsg);
        st_progress_free(&cur);
        st_jmeta_free(&ld.m);
        st_file_unlock(fd);
        return ls;
    }
    bool keep = false;
    if (ld.jr.applied > 0) {
        int in = contained(&cur, p);
        keep = in != 1;
    }
    ld.on_disk = false; /* p is not what the file holds */
    st = write_full(file, p, &ld, keep, -1, false, msg, msglen);
    if (ls == ST_SET_ASIDE && (st == ST_OK || st == ST_SET_ASIDE)) {
        char both[1200];
        snprintf(both, sizeof both, "%s", lmsg);
        if (msg[0]) note(both, sizeof both, "%s", msg);
        snprintf(msg, msglen, "%s", both);
        st = ST_SET_ASIDE;
    }
    st_progress_free(&cur);
    st_jmeta_free(&ld.m);
    st_file_unlock(fd);
    return st;
}

typedef bool (*update_fn)(st_progress *p, void *arg);

/* ---- quick updates: a few journal lines instead of a rewrite ---- */

/* A deep copy of p's sessions, settings and review list (a view is small). */
static bool copy_view(st_progress *d, const st_progress *s)
{
    memset(d, 0, sizeof *d);
    bool ok = true;
    for (int i = 0; ok && i < s->n_records; i++)
        ok = st_progress_add(d, &s->records[i]);
    for (int i = 0; ok && i < s->n_reviews; i++)
        ok = st_review_add(d, &s->reviews[i]);
    if (!ok) st_progress_free(d);
    return ok;
}

static bool same_text(char *a, char *b)
{
    bool same = a && b && strcmp(a, b) == 0;
    free(a);
    free(b);
    return same;
}

/* Appends a journal line (owned) to the batch; false when out of memory. */
static bool batch_add(char **batch, size_t *len, char *line)
{
    if (!line) return false;
    size_t k = strlen(line);
    char *v = realloc(*batch, *len + k + 1);
    if (!v) {
        free(line);
        return false;
    }
    memcpy(v + *len, line, k + 1);
    *batch = v;
    *len += k;
    free(line);
    return true;
}

typedef enum view_result { VIEW_DONE, VIEW_FULL } view_result;

/* The quick update, with the lock held: fn runs on the snapshot's head and
 * newest sessions with the journal applied (a view: p->n_records counts only
 * those), and what it changed is appended to the journal as lines: sessions
 * added, sessions replaced, the settings, review items. VIEW_FULL (nothing
 * written) when the file is not in the journal layout, the journal needs
 * repair, fn changed something a line cannot say (removed a session or a
 * review item, renamed the player), or fn changed nothing while older
 * sessions were left out of its view (it may have been looking for one).
 * Sessions fn adds are numbered here, as the store numbers every session:
 * 1 + those of the same scenario and kind before it; *first_attempt gets the
 * first one's. */
static view_result view_update(const char *file, update_fn fn, void *arg, st_status *st, char *msg,
                               size_t msglen, int *first_attempt, bool *fold)
{
    int sfd = st_file_open_read(file);
    if (sfd < 0) return VIEW_FULL;
    st_progress v;
    st_jmeta m;
    int got = st_snapshot_recent(sfd, &v, &m);
    close(sfd);
    if (got != 1) return VIEW_FULL;
    view_result res = VIEW_FULL;
    st_progress before = {0};
    char *batch = NULL, *jname = st_journal_name(file);
    size_t blen = 0;
    st_jread jr = {0};
    int base = m.sessions - v.n_records;
    if (!jname) goto done;
    int jfd = st_file_open_read(jname);
    if (jfd < 0 && errno != ENOENT) goto done;
    if (jfd >= 0) {
        bool ok = st_journal_apply(jfd, jname, &v, &m, base, &jr);
        close(jfd);
        if (!ok || jr.damaged || jr.newer) goto done;
    }
    if (!copy_view(&before, &v)) goto done;
    char *pl = v.player ? strdup(v.player) : NULL, *cr = v.created ? strdup(v.created) : NULL;
    char *set0 = st_print_settings_line(&v.settings);
    if (!fn(&v, arg)) {
        free(pl);
        free(cr);
        free(set0);
        snprintf(msg, msglen, "out of memory while saving");
        *st = ST_IO_ERROR;
        res = VIEW_DONE;
        goto done;
    }
    bool same_head = v.player && pl && strcmp(pl, v.player) == 0 &&
                     ((!cr && !v.created) || (cr && v.created && strcmp(cr, v.created) == 0));
    free(pl);
    free(cr);
    if (!set0 || !same_head || v.n_records < before.n_records || v.n_reviews < before.n_reviews) {
        free(set0);
        goto done;
    }
    char jid[20] = "";
    if (!jr.id[0] || jr.good == 0) { /* a new journal (or only a torn first line) */
        jr.good = 0;
        if (!batch_add(&batch, &blen, st_jline_header(jid))) {
            snprintf(msg, msglen, "out of memory while saving");
            *st = ST_IO_ERROR;
            res = VIEW_DONE;
            goto done;
        }
    }
    /* After the lines this journal has, and after those of it the file
     * holds (a fold killed before removing it leaves them in both). */
    long long seq = 1;
    if (jr.id[0] && jr.good > 0) {
        seq = jr.last + 1;
        if (strcmp(jr.id, m.id) == 0 && m.folded >= seq) seq = m.folded + 1;
    }
    size_t header_len = blen;
    bool ok = true;
    for (int i = 0; ok && i < before.n_records; i++)
        if (!same_text(st_print_session_line(&before, i), st_print_session_line(&v, i)))
            ok = batch_add(&batch, &blen, st_jline_session(seq++, &v, i, base + i));
    *first_attempt = 0;
    for (int i = before.n_records; ok && i < v.n_records; i++) {
        st_record *r = &v.records[i];
        if (!r->kind && !(r->kind = strdup("session"))) ok = false;
        if (!ok) break;
        r->attempt = st_jmeta_get(&m, r->scenario, r->kind) + 1;
        if (!*first_attempt) *first_attempt = r->attempt;
        ok = st_jmeta_add(&m, r->scenario, r->kind) &&
             batch_add(&batch, &blen, st_jline_session(seq++, &v, i, -1));
    }
    if (ok && !same_text(set0, st_print_settings_line(&v.settings)))
        ok = batch_add(&batch, &blen, st_jline_settings(seq++, &v.settings));
    for (int i = 0; ok && i < before.n_reviews; i++) /* none removed */
        if (st_review_find(&v, before.reviews[i].scenario, before.reviews[i].node) < 0) goto done;
    for (int i = 0; ok && i < v.n_reviews; i++) {
        int j = st_review_find(&before, v.reviews[i].scenario, v.reviews[i].node);
        if (j < 0 || !same_text(st_print_review_line(&before.reviews[j]),
                                st_print_review_line(&v.reviews[i])))
            ok = batch_add(&batch, &blen, st_jline_review(seq++, &v.reviews[i]));
    }
    if (!ok) {
        snprintf(msg, msglen, "out of memory while saving");
        *st = ST_IO_ERROR;
        res = VIEW_DONE;
        goto done;
    }
    if (blen == header_len) {
        /* Nothing changed. With every session in view that is the answer;
         * otherwise fn may have looked for an older one: ask the whole history. */
        if (base == 0) {
            *st = ST_OK;
            res = VIEW_DONE;
        }
        goto done;
    }
    res = VIEW_DONE;
    if (!remove_stale_temps(file)) { /* a killed fold's; this save's word is that none is left */
        snprintf(msg, msglen, "cannot save progress (cannot list the folder of %s: %s)", file,
                 strerror(errno));
        *st = ST_IO_ERROR;
        goto done;
    }
    for (char *at = batch, *nl; (nl = strchr(at, '\n')); at = nl + 1) {
        /* Never write a line the next read would refuse (and keep aside). */
        st_jline l;
        char why[300];
        st_status c = st_jline_parse(at, (size_t)(nl - at), &l, why, sizeof why);
        if (c != ST_OK) {
            snprintf(msg, msglen, "progress not saved: it would not read back (%s)",
                     c == ST_IO_ERROR ? "out of memory" : why);
            *st = ST_IO_ERROR;
            goto done;
        }
        st_jline_free(&l);
    }
    if (!st_journal_append(jname, jr.exists ? jr.good : 0, batch, blen)) {
        snprintf(msg, msglen,
                 "cannot save progress (cannot write %s: %s); the previous save is kept", jname,
                 strerror(errno));
        *st = ST_IO_ERROR;
        goto done;
    }
    *st = ST_OK;
    /* The fold that keeps the journal small runs off this path (st_fold,
     * after the save returns). Only a journal far past its size, which no
     * front end folded (a caller that never calls st_fold), is folded here. */
    *fold = jr.size + blen >= FOLD_BACKSTOP;
done:
    st_progress_free(&before);
    st_progress_free(&v);
    st_jmeta_free(&m);
    free(batch);
    free(jname);
    return res;
}

/* Folds the journal into the snapshot, with the lock held: the whole history
 * read, written in the journal layout, the journal removed. A failure here
 * loses nothing (the journal stays); msg says what happened. */
static st_status fold_locked(const char *file, const char *player, char *msg, size_t msglen)
{
    st_progress p;
    loaded ld;
    st_status st = load(file, player, &p, msg, msglen, true, &ld);
    if (st == ST_OK || st == ST_SET_ASIDE) {
        char wmsg[1200] = "";
        st_status w = write_full(file, &p, &ld, false, -1, true, wmsg, sizeof wmsg);
        if (wmsg[0]) note(msg, msglen, "%s", wmsg);
        if (w != ST_OK) st = w;
    }
    st_progress_free(&p);
    st_jmeta_free(&ld.m);
    return st;
}

/* ---- the fold off the save path (st_fold) ---- */

/* What names a version of a file: a save replaces the player's file and its
 * .bak by rename, never in place, so the same inode, size and time mean the
 * same bytes. */
typedef struct ident {
    bool exists;
    dev_t dev;
    ino_t ino;
    off_t size;
    struct timespec mtim;
} ident;

static ident ident_of(const char *path)
{
    ident d;
    struct stat sb;
    memset(&d, 0, sizeof d);
    if (stat(path, &sb) == 0) {
        d.exists = true;
        d.dev = sb.st_dev;
        d.ino = sb.st_ino;
        d.size = sb.st_size;
        d.mtim = sb.st_mtim;
    }
    return d;
}

static bool same_ident(const ident *a, const ident *b)
{
    if (!a->exists || !b->exists) return a->exists == b->exists;
    return a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
           a->mtim.tv_sec == b->mtim.tv_sec && a->mtim.tv_nsec == b->mtim.tv_nsec;
}

/* Writes data to a new <path>.fold-<pid>-<n> beside path, whole and
 * fsync'ed; its name to *tmp (malloc'ed). No folder is created: a fold that
 * finds its folder gone has nothing to do. False with errno set. */
static bool fold_temp(const char *path, const char *data, size_t len, char **tmp)
{
    size_t n = strlen(path) + 48;
    int fd = -1, e = 0;
    if (!(*tmp = malloc(n))) return errno = ENOMEM, false;
    for (int i = 0; fd < 0 && i < 100; i++) {
        snprintf(*tmp, n, "%s.fold-%ld-%d", path, (long)getpid(), i);
        fd = open(*tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST) break;
    }
    bool ok = fd >= 0 && fchmod(fd, 0600) == 0;
    for (size_t done = 0; ok && done < len;) {
        ssize_t w = write(fd, data + done, len - done);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) {
            if (w == 0) errno = ENOSPC;
            ok = false;
        } else {
            done += (size_t)w;
        }
    }
    ok = ok && fsync(fd) == 0;
    e = errno;
    if (fd >= 0 && close(fd) != 0 && ok) {
        ok = false;
        e = errno;
    }
    if (!ok) {
        if (fd >= 0) unlink(*tmp);
        free(*tmp);
        *tmp = NULL;
        errno = e;
    }
    return ok;
}

/* Removes what a killed fold left (<slug>.json.fold-*, <slug>.json.bak.fold-*);
 * only with the fold lock held, so no fold is writing them now. */
static void remove_fold_temps(const char *file)
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
            (strncmp(rest, ".fold-", 6) != 0 && strncmp(rest, ".bak.fold-", 10) != 0))
            continue;
        char full[4400];
        if ((size_t)snprintf(full, sizeof full, "%s/%s", dir, e->d_name) < sizeof full)
            unlink(full);
    }
    if (d) closedir(d);
    free(dir);
}

/* After the fold's new file is in place, with the lock held: the journal
 * keeps only what was appended while the fold was being written (lines after
 * good, under its own first line, so its id and numbering go on), or goes
 * when there is none. A failure here is harmless (the lines the file now
 * holds are skipped by their seq), so it only shortens less. */
static void shorten_journal(const char *file, size_t good)
{
    char *jname = st_journal_name(file), *buf = NULL;
    size_t len = 0;
    if (!jname || st_file_read_all(jname, FILE_MAX, &buf, &len) != 0 || len < good) goto done;
    char *first = memchr(buf, '\n', len);
    char *last = NULL; /* the end of the last whole line appended meanwhile */
    for (size_t i = len; i > good && !last; i--)
        if (buf[i - 1] == '\n') last = buf + i - 1;
    if (!first || (size_t)(first - buf) >= good) goto done;
    if (!last) { /* nothing appended meanwhile (a torn tail was never acknowledged) */
        drop_journal(file);
        goto done;
    }
    size_t head = (size_t)(first - buf) + 1, tail = (size_t)(last - (buf + good)) + 1;
    memmove(buf + head, buf + good, tail);
    st_file_write_atomic(jname, buf, head + tail, 0600, false);
done:
    free(buf);
    free(jname);
}

static bool stop_now(bool (*stop)(void *arg), void *arg)
{
    return stop && stop(arg);
}

st_status st_fold(const char *file, const char *player, bool (*stop)(void *arg), void *arg,
                  bool *folded, char *msg, size_t msglen)
{
    msg[0] = '\0';
    if (folded) *folded = false;
    int fl = st_file_lock(file, "foldlock", 0), lk = -1, jfd = -1;
    if (fl == -2) return ST_OK; /* another rapport is folding it */
    if (fl < 0) {
        snprintf(msg, msglen, "cannot fold %s's progress journal: cannot create %s.foldlock: %s",
                 player, file, strerror(errno));
        return ST_IO_ERROR;
    }
    st_status st = ST_OK;
    gen f, b;
    memset(&f, 0, sizeof f);
    memset(&b, 0, sizeof b);
    st_jread jr;
    memset(&jr, 0, sizeof jr);
    st_jmeta m = {0};
    char *jname = st_journal_name(file), *bak = bak_name(file);
    char *text = NULL, *t1 = NULL, *t2 = NULL;
    const char *gave_up = NULL;
    const char *bak_label = NULL, *bak_what = NULL;
    if (!jname || !bak) {
        snprintf(msg, msglen, "out of memory while folding");
        st = ST_IO_ERROR;
        goto done;
    }
    remove_fold_temps(file);           /* a killed fold's: none is being written now */
    if (!st_fold_due(file)) goto done; /* folded meanwhile, or nothing to fold */
    /* 1. Without the lock: read the file and the journal as they are now
     * (the journal opened first, as every read does), and note which
     * versions were read. Saves go on appending meanwhile. */
    ident s0 = ident_of(file), b0 = ident_of(bak);
    struct stat j0;
    jfd = st_file_open_read(jname);
    if (jfd < 0 || fstat(jfd, &j0) != 0) {
        if (errno != ENOENT) {
            snprintf(msg, msglen, "cannot fold %s: cannot read %s: %s", file, jname,
                     st_file_why(errno));
            st = ST_IO_ERROR;
        }
        goto done;
    }
    read_gen(file, &f, true);
    ident s1 = ident_of(file);
    if (f.state != GEN_OK || !same_ident(&s0, &s1)) {
        gave_up = "the progress file changed while it was read, or cannot be read now";
        goto done;
    }
    if (!st_journal_apply(jfd, jname, &f.p, &f.m, -1, &jr)) {
        snprintf(msg, msglen, "cannot fold %s: cannot read %s: %s", file, jname,
                 st_file_why(errno));
        st = ST_IO_ERROR;
        goto done;
    }
    if (jr.newer) {
        gave_up = "the journal has lines from a newer rapport, which this one leaves alone";
        goto done;
    }
    if (jr.damaged || !jr.id[0] || jr.good == 0) {
        gave_up = "the journal needs a repair, which the next load or save does";
        goto done;
    }
    if (stop_now(stop, arg)) goto done;
    /* 2. Still without the lock: the new file, in the journal layout, saying
     * it holds this journal's lines up to the last one read. */
    m.present = true;
    memcpy(m.id, jr.id, sizeof m.id);
    m.folded = jr.last;
    if (strcmp(jr.id, f.m.id) == 0 && f.m.folded > m.folded) m.folded = f.m.folded;
    if (!st_jmeta_count(&m, &f.p) || !(text = st_print_layout(&f.p, &m))) {
        snprintf(msg, msglen, "out of memory while folding");
        st = ST_IO_ERROR;
        goto done;
    }
    if (stop_now(stop, arg)) goto done;
    if (!fold_temp(file, text, strlen(text), &t1)) {
        snprintf(msg, msglen, "cannot fold %s: cannot write beside it: %s", file, strerror(errno));
        st = ST_IO_ERROR;
        goto done;
    }
    free(text);
    text = NULL;
    /* The file as it is becomes the .bak, as at every save; the .bak it
     * displaces goes only when all its sessions are in the new file, else
     * it is kept aside (store.h's promise). */
    switch (read_gen(bak, &b, false)) {
    case GEN_IO:
        snprintf(msg, msglen, "cannot fold %s: cannot read %s: %s", file, bak, st_file_why(b.err));
        st = ST_IO_ERROR;
        goto done;
    case GEN_OK: {
        int in = contained(&b.p, &f.p);
        if (in < 0) {
            snprintf(msg, msglen, "out of memory while folding");
            st = ST_IO_ERROR;
            goto done;
        }
        if (!in) {
            bak_label = "kept";
            bak_what = "an older save with sessions the file lacked";
        }
        break;
    }
    case GEN_BROKEN:
        bak_label = "broken";
        bak_what = "the unreadable previous save";
        break;
    case GEN_NEWER:
        bak_label = "kept";
        bak_what = "a previous save from a newer rapport";
        break;
    case GEN_MISSING:
        break;
    }
    ident b1 = ident_of(bak);
    if (!same_ident(&b0, &b1)) {
        gave_up = "the previous save changed while it was read";
        goto done;
    }
    if (!fold_temp(bak, f.bytes, f.len, &t2)) {
        snprintf(msg, msglen, "cannot fold %s: cannot write beside it: %s", file, strerror(errno));
        st = ST_IO_ERROR;
        goto done;
    }
    if (stop_now(stop, arg)) goto done;
    /* 3. With the lock, for a few renames: only if no save rewrote the file
     * or the .bak, or started another journal, since they were read. Lines
     * appended meanwhile stay in the journal, after the ones folded. */
    st = lock_or_say(file, player, &lk, msg, msglen);
    if (st != ST_OK) goto done;
    ident s2 = ident_of(file), b2 = ident_of(bak);
    struct stat j2;
    if (!same_ident(&s0, &s2) || !same_ident(&b0, &b2) || stat(jname, &j2) != 0 ||
        j2.st_dev != j0.st_dev || j2.st_ino != j0.st_ino || (size_t)j2.st_size < jr.good) {
        gave_up = "a save rewrote the files while the fold was being written";
        goto done;
    }
    if (!remove_stale_temps(file)) {
        snprintf(msg, msglen, "cannot fold %s (cannot list its folder: %s)", file, strerror(errno));
        st = ST_IO_ERROR;
        goto done;
    }
    if (bak_label && !aside_noted(bak, bak_label, bak_what, msg, msglen)) {
        snprintf(msg, msglen, "cannot fold %s: cannot keep %s aside (%s)", file, bak,
                 strerror(errno));
        st = ST_IO_ERROR;
        goto done;
    }
    /* The .bak first: a crash between the two renames leaves the file as it
     * was and its copy as the .bak. */
    char **tmps[2] = {&t2, &t1};
    const char *dest[2] = {bak, file};
    for (int i = 0; i < 2; i++) {
        if (rename(*tmps[i], dest[i]) != 0) {
            snprintf(msg, msglen, "cannot fold %s: %s", file, strerror(errno));
            st = ST_IO_ERROR;
            goto done;
        }
        free(*tmps[i]);
        *tmps[i] = NULL;
    }
    char *dir = st_file_parent(file);
    if (dir) st_file_sync_dir(dir);
    free(dir);
    shorten_journal(file, jr.good);
    if (folded) *folded = true;
    st = bak_label ? ST_SET_ASIDE : ST_OK;
done:
    if (gave_up) snprintf(msg, msglen, "folding %s's journal given up for now: %s", file, gave_up);
    st_file_unlock(lk);
    if (jfd >= 0) close(jfd);
    if (t1) unlink(t1);
    if (t2) unlink(t2);
    free(t1);
    free(t2);
    free(text);
    gen_free(&f);
    gen_free(&b);
    st_jmeta_free(&m);
    free(jname);
    free(bak);
    st_file_unlock(fl);
    return st;
}

static st_status locked_update(const char *file, const char *player, update_fn fn, void *arg,
                               char *msg, size_t msglen, int *first_attempt)
{
    int fd;
    st_status st = lock_or_say(file, player, &fd, msg, msglen);
    if (st != ST_OK) return st;
    int attempt = 0;
    bool fold = false;
    st_status vst = ST_IO_ERROR;
    if (view_update(file, fn, arg, &vst, msg, msglen, &attempt, &fold) == VIEW_DONE) {
        if (vst == ST_OK && fold) { /* saved; nobody folded this journal for long */
            char fmsg[1200] = "";
            st_status f = fold_locked(file, player, fmsg, sizeof fmsg);
            /* The session is saved either way; a fold that kept something
             * aside says so, one that failed is tried again next time. */
            if (f == ST_SET_ASIDE) {
                snprintf(msg, msglen, "%s", fmsg);
                vst = ST_SET_ASIDE;
            }
        }
        if (first_attempt && (vst == ST_OK || vst == ST_SET_ASIDE)) *first_attempt = attempt;
        st_file_unlock(fd);
        return vst;
    }
    msg[0] = '\0';
    st_progress p;
    char lmsg[1200] = "";
    loaded ld;
    st = load(file, player, &p, lmsg, sizeof lmsg, true, &ld);
    if (st == ST_NEWER || st == ST_IO_ERROR || st == ST_LOCKED) {
        snprintf(msg, msglen, "%s", lmsg);
        st_progress_free(&p);
        st_jmeta_free(&ld.m);
        st_file_unlock(fd);
        return st;
    }
    int n0 = p.n_records;
    if (!fn(&p, arg)) {
        snprintf(msg, msglen, "out of memory while saving");
        st = ST_IO_ERROR;
    } else {
        if (first_attempt && p.n_records > n0) *first_attempt = p.records[n0].attempt;
        char smsg[1200] = "";
        int file_records = ld.on_disk && !ld.jr.exists ? n0 : -1;
        st_status s2 = write_full(file, &p, &ld, false, file_records, false, smsg, sizeof smsg);
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
    st_jmeta_free(&ld.m);
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
    return true;
}

st_status st_append(const char *file, const char *player, st_record *r, char *msg, size_t msglen)
{
    msg[0] = '\0';
    int attempt = 0;
    st_status st = locked_update(file, player, do_append, r, msg, msglen, &attempt);
    if ((st == ST_OK || st == ST_SET_ASIDE) && attempt > 0) r->attempt = attempt;
    return st;
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
    return locked_update(file, player, do_settings, &copy, msg, msglen, NULL);
}

/* Any change under the lock (issue 16: the review schedule). */
st_status st_update(const char *file, const char *player, bool (*fn)(st_progress *p, void *arg),
                    void *arg, char *msg, size_t msglen)
{
    msg[0] = '\0';
    return locked_update(file, player, fn, arg, msg, msglen, NULL);
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
                         bool (*fn)(st_progress *p, void *arg), void *arg, char *msg, size_t msglen)
{
    msg[0] = '\0';
    append_with a = {r, fn, arg};
    int attempt = 0;
    st_status st = locked_update(file, player, do_append_with, &a, msg, msglen, &attempt);
    if ((st == ST_OK || st == ST_SET_ASIDE) && attempt > 0) r->attempt = attempt;
    return st;
}

/* ---- reading without the whole history; reading without side effects ---- */

st_status st_load_recent(const char *file, const char *player, st_progress *out, char *msg,
                         size_t msglen)
{
    msg[0] = '\0';
    char *jname = st_journal_name(file);
    int jfd = jname ? st_file_open_read(jname) : -1;
    bool jok = jname && (jfd >= 0 || errno == ENOENT);
    int sfd = jok ? st_file_open_read(file) : -1;
    st_jmeta m;
    int got = sfd >= 0 ? st_snapshot_recent(sfd, out, &m) : 0;
    if (sfd >= 0) close(sfd);
    if (got == 1 && jfd >= 0) {
        st_jread jr;
        bool ok = st_journal_apply(jfd, jname, out, &m, m.sessions - out->n_records, &jr);
        if (!ok || jr.damaged || jr.newer) {
            st_progress_free(out);
            st_jmeta_free(&m);
            got = 0; /* the whole load says what is wrong, and repairs it */
        }
    }
    if (got == 1) st_jmeta_free(&m);
    if (jfd >= 0) close(jfd);
    free(jname);
    if (got == 1) return ST_OK;
    return st_load(file, player, out, msg, msglen);
}

bool st_history_is_large(const char *file)
{
    struct stat sb;
    if (stat(file, &sb) == 0 && (size_t)sb.st_size >= st_journal_from()) return true;
    char *jname = st_journal_name(file);
    bool j = jname && stat(jname, &sb) == 0;
    free(jname);
    return j;
}

st_status st_parse_file(const char *file, const char *buf, size_t len, st_progress *out, char *err,
                        size_t errlen)
{
    return st_parse_file_shown(file, buf, len, out, err, errlen, NULL, 0);
}

st_status st_parse_file_shown(const char *file, const char *buf, size_t len, st_progress *out,
                              char *err, size_t errlen, char *shown, size_t shownlen)
{
    st_jmeta m;
    st_status st = st_parse_meta_shown(buf, len, out, &m, err, errlen, shown, shownlen);
    if (st != ST_OK || !file) {
        if (st == ST_OK) st_jmeta_free(&m);
        return st;
    }
    char *jname = st_journal_name(file);
    int jfd = jname ? st_file_open_read(jname) : -1;
    if (jfd >= 0) {
        st_jread jr;
        if (!st_journal_apply(jfd, jname, out, &m, -1, &jr)) {
            st_progress_free(out);
            int e = errno;
            st_why(err, errlen, shown, shownlen, CORE_TR("cannot read %s: %s"), jname,
                   st_file_why(e));
            st = ST_IO_ERROR;
        } else if (jr.newer) {
            st_progress_free(out);
            /* jr.why (the journal line's place and reason) stays English */
            st_why(err, errlen, shown, shownlen, CORE_TR("its journal %s"), jr.why);
            st = ST_NEWER;
        } else if (jr.damaged) {
            /* Read only: what comes before the damage counts; the next load
             * of the player's own rapport keeps the journal aside. */
            st_why(err, errlen, shown, shownlen,
                   CORE_TR("its journal cannot be read past one place (%s)"), jr.why);
        }
        close(jfd);
    }
    free(jname);
    st_jmeta_free(&m);
    return st;
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
        char *buf = NULL;
        size_t len;
        st_progress p;
        char why[200];
        /* A long history in the journal layout: its head names the player. */
        int fd = st_file_open_read(full);
        st_jmeta m;
        int got = fd >= 0 ? st_snapshot_recent(fd, &p, &m) : 0;
        if (fd >= 0) close(fd);
        if (got == 1) st_jmeta_free(&m);
        if (got == 1 || (st_file_read_all(full, FILE_MAX, &buf, &len) == 0 &&
                         st_parse(buf, len, &p, why, sizeof why) == ST_OK)) {
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
