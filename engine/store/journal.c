/* journal.c: the journal beside a large progress file, and reading a
 * snapshot's head and newest sessions without the rest (docs/progress.md,
 * "Large histories: the journal").
 *
 * Depends on store_local.h (journal lines and the layout, parsed in json.c)
 * and POSIX. Appends are whole lines written at once and fdatasync'ed before
 * a save is acknowledged; a line cut short by a crash (no newline) was never
 * acknowledged, so readers leave it out and the next append cuts it off. */
#include "store_local.h"
#include "store_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define HEAD_MAX (8u << 20) /* the head holds settings and the review list, never sessions */

size_t st_journal_from(void)
{
    const char *e = getenv("RAPPORT_STORE_JOURNAL_FROM");
    long v = e && *e ? strtol(e, NULL, 10) : 0;
    return v > 0 ? (size_t)v : ST_JOURNAL_FROM;
}

char *st_journal_name(const char *file)
{
    size_t n = strlen(file);
    size_t k = n >= 5 && strcmp(file + n - 5, ".json") == 0 ? n - 5 : n;
    char *j = malloc(k + 9);
    if (!j) return NULL;
    memcpy(j, file, k);
    memcpy(j + k, ".journal", 9);
    return j;
}

/* Reads from fd at offset off up to len bytes into buf; returns bytes read or
 * -1. lseek and read, not pread: the fault tests' shim sees read(). */
static ssize_t read_at(int fd, char *buf, size_t len, off_t off)
{
    if (lseek(fd, off, SEEK_SET) != off) return -1;
    size_t got = 0;
    while (got < len) {
        ssize_t r = read(fd, buf + got, len - got);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) return -1;
        if (r == 0) break;
        got += (size_t)r;
    }
    return (ssize_t)got;
}

/* The whole of fd from its start; malloc'ed, NUL-terminated. */
static char *read_fd(int fd, size_t *len)
{
    struct stat sb;
    if (fstat(fd, &sb) != 0) return NULL;
    size_t cap = (size_t)sb.st_size + 1, n = 0;
    char *b = malloc(cap + 1);
    if (!b) {
        errno = ENOMEM;
        return NULL;
    }
    for (;;) {
        if (n == cap) {
            char *nb = realloc(b, cap * 2 + 1);
            if (!nb) {
                free(b);
                errno = ENOMEM;
                return NULL;
            }
            b = nb;
            cap *= 2;
        }
        ssize_t r = read_at(fd, b + n, cap - n, (off_t)n);
        if (r < 0) {
            int e = errno;
            free(b);
            errno = e;
            return NULL;
        }
        if (r == 0) break;
        n += (size_t)r;
    }
    b[n] = '\0';
    *len = n;
    return b;
}

static int find_review(const st_progress *p, const st_review *v)
{
    return st_review_find(p, v->scenario, v->node);
}

/* Applies one parsed line to p (taking its content). False when out of memory. */
static bool apply_line(st_jline *l, st_progress *p, st_jmeta *m, int view_base, st_jread *jr,
                       int line)
{
    switch (l->op) {
    case ST_JOP_HEADER: /* read by the caller */
        return true;
    case ST_JOP_SESSION: {
        st_record *v = realloc(p->records, sizeof *v * (size_t)(p->n_records + 1));
        if (!v) return false;
        p->records = v;
        v[p->n_records++] = l->one.records[0];
        l->one.n_records = 0; /* moved */
        const st_record *r = &v[p->n_records - 1];
        return st_jmeta_add(m, r->scenario, r->kind);
    }
    case ST_JOP_SESSION_SET: {
        int base = view_base < 0 ? 0 : view_base;
        if (l->index >= base + p->n_records) {
            jr->damaged = true;
            snprintf(jr->why, sizeof jr->why,
                     "line %d replaces session %d, which the history does not have", line,
                     l->index + 1);
            return true;
        }
        if (l->index < base) return true; /* older than the sessions read: not shown */
        st_record *r = &p->records[l->index - base];
        st_record_free(r);
        *r = l->one.records[0];
        l->one.n_records = 0;
        return true;
    }
    case ST_JOP_SETTINGS:
        free(p->settings.theme);
        free(p->settings.mode);
        free(p->settings.language);
        p->settings = l->one.settings;
        memset(&l->one.settings, 0, sizeof l->one.settings);
        return true;
    case ST_JOP_REVIEW: {
        st_review *nv = &l->one.reviews[0];
        int i = find_review(p, nv);
        if (i >= 0) {
            st_review_free(&p->reviews[i]);
            p->reviews[i] = *nv;
        } else {
            st_review *v = realloc(p->reviews, sizeof *v * (size_t)(p->n_reviews + 1));
            if (!v) return false;
            p->reviews = v;
            v[p->n_reviews++] = *nv;
        }
        l->one.n_reviews = 0;
        return true;
    }
    }
    return true;
}

bool st_journal_apply(int fd, const char *jname, st_progress *p, st_jmeta *m, int view_base,
                      st_jread *jr)
{
    memset(jr, 0, sizeof *jr);
    jr->exists = true;
    size_t len;
    char *buf = read_fd(fd, &len);
    if (!buf) return false;
    jr->size = len;
    size_t at = 0;
    int line = 0;
    bool ok = true;
    long long prev = 0;
    while (at < len && ok) {
        char *nl = memchr(buf + at, '\n', len - at);
        if (!nl) {
            jr->torn = true; /* an append cut short: never acknowledged */
            break;
        }
        line++;
        size_t n = (size_t)(nl - (buf + at));
        st_jline l;
        char why[300];
        st_status st = st_jline_parse(buf + at, n, &l, why, sizeof why);
        if (st == ST_IO_ERROR) {
            errno = ENOMEM;
            ok = false;
            break;
        }
        if (st == ST_NEWER) {
            jr->newer = true;
            snprintf(jr->why, sizeof jr->why, "%s, line %d: %s", jname, line, why);
            break;
        }
        if (st == ST_OK && l.op != ST_JOP_HEADER && l.seq <= prev) {
            st_jline_free(&l);
            st = ST_SET_ASIDE;
            snprintf(why, sizeof why, "its \"seq\" does not follow the line before");
        }
        if (st != ST_OK) {
            jr->damaged = true;
            snprintf(jr->why, sizeof jr->why, "%s, line %d: %s", jname, line, why);
            break;
        }
        if (l.op == ST_JOP_HEADER) {
            if (line != 1) {
                jr->damaged = true;
                snprintf(jr->why, sizeof jr->why, "%s, line %d: a second journal id", jname, line);
            } else {
                memcpy(jr->id, l.id, sizeof jr->id);
            }
            st_jline_free(&l);
            if (jr->damaged) break;
            at += n + 1;
            jr->good = at;
            continue;
        }
        if (!jr->id[0]) {
            st_jline_free(&l);
            jr->damaged = true;
            snprintf(jr->why, sizeof jr->why, "%s, line %d: the journal has no id line", jname,
                     line);
            break;
        }
        prev = l.seq;
        if (l.seq > jr->last) jr->last = l.seq;
        /* Lines this file already holds: of the journal it folded, up to its
         * seq. Another journal's lines (the file is an older generation put
         * back, say) are all applied. */
        bool folded = strcmp(jr->id, m->id) == 0 && l.seq <= m->folded;
        if (!folded) {
            ok = apply_line(&l, p, m, view_base, jr, line);
            if (ok && !jr->damaged) jr->applied++;
        }
        st_jline_free(&l);
        if (jr->damaged) break;
        at += n + 1;
        jr->good = at;
    }
    free(buf);
    if (!ok && errno != ENOMEM) errno = ENOMEM;
    return ok;
}

bool st_journal_append(const char *jname, size_t good, const char *text, size_t len)
{
    bool created = false;
    int fd = open(jname, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        created = true;
        if (fchmod(fd, 0600) != 0) {
            int e = errno;
            close(fd);
            unlink(jname);
            errno = e;
            return false;
        }
    } else if (errno == EEXIST) {
        /* O_NONBLOCK: a FIFO under the journal's name never makes a save
         * wait for a reader; it is refused below (regular files ignore it). */
        fd = open(jname, O_WRONLY | O_CLOEXEC | O_NONBLOCK);
    }
    if (fd < 0) return false;
    struct stat sb;
    int e = 0;
    if (fstat(fd, &sb) != 0) {
        e = errno;
        goto fail;
    }
    if (!S_ISREG(sb.st_mode)) {
        e = ST_FILE_NOT_REGULAR;
        goto fail;
    }
    off_t end = sb.st_size;
    /* A tail past the last whole line is an append that was cut short and
     * never acknowledged: cut it off, so this line starts on its own. */
    if (!created && (size_t)end > good) {
        if (ftruncate(fd, (off_t)good) != 0) {
            e = errno;
            goto fail;
        }
        end = (off_t)good;
    }
    size_t done = 0;
    if (lseek(fd, end, SEEK_SET) != end) {
        e = errno;
        goto fail;
    }
    while (done < len) {
        ssize_t w = write(fd, text + done, len - done); /* write(): the shim sees it */
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) {
            e = w == 0 ? ENOSPC : errno;
            /* Take the partial line back; if even that fails, readers skip it. */
            if (ftruncate(fd, end) != 0) { /* nothing more to do */
            }
            goto fail;
        }
        done += (size_t)w;
    }
    if (fdatasync(fd) != 0) {
        e = errno;
        goto fail;
    }
    if (close(fd) != 0) {
        e = errno;
        return errno = e, false;
    }
    if (created) {
        char *dir = st_file_parent(jname);
        bool synced = dir && st_file_sync_dir(dir);
        e = errno;
        free(dir);
        if (!synced) return errno = e ? e : ENOMEM, false;
    }
    return true;
fail:
    close(fd);
    errno = e;
    return false;
}

/* The byte after the n-th newline of buf (from its start), or NULL. */
static char *after_line(char *buf, size_t len)
{
    char *nl = memchr(buf, '\n', len);
    return nl ? nl + 1 : NULL;
}

int st_snapshot_recent(int fd, st_progress *p, st_jmeta *m)
{
    memset(p, 0, sizeof *p);
    memset(m, 0, sizeof *m);
    struct stat sb;
    if (fstat(fd, &sb) != 0) return -1;
    size_t size = (size_t)sb.st_size;
    static const char first[] = "{\"schema\":2,";
    static const char second[] = "\"sessions\":[\n";
    /* The head: the first line, whatever its length up to HEAD_MAX. */
    size_t cap = 65536, got = 0;
    char *head = NULL, *l2 = NULL;
    for (;;) {
        if (cap > size) cap = size;
        char *nb = realloc(head, cap + 1);
        if (!nb) {
            free(head);
            return -1;
        }
        head = nb;
        ssize_t r = read_at(fd, head + got, cap - got, (off_t)got);
        if (r < 0) {
            free(head);
            return -1;
        }
        got += (size_t)r;
        head[got] = '\0';
        l2 = after_line(head, got);
        if (l2 || got < cap || cap >= size || cap >= HEAD_MAX) break;
        cap *= 2;
    }
    size_t l1 = l2 ? (size_t)(l2 - head) : 0; /* bytes of line 1 with its newline */
    if (!l2 || l1 < sizeof first || memcmp(head, first, sizeof first - 1) != 0 ||
        head[l1 - 2] != ',' || size < l1 + sizeof second - 1) {
        free(head);
        return 0;
    }
    char sec[sizeof second];
    if (read_at(fd, sec, sizeof second - 1, (off_t)l1) != (ssize_t)(sizeof second - 1) ||
        memcmp(sec, second, sizeof second - 1) != 0) {
        free(head);
        return 0;
    }
    size_t body = l1 + sizeof second - 1; /* where the first session's line starts */
    /* The head as a document of its own: line 1 less its comma, no sessions. */
    static const char close_head[] = "\"sessions\":[]}";
    char *doc = malloc(l1 - 1 + sizeof close_head);
    if (!doc) {
        free(head);
        return -1;
    }
    memcpy(doc, head, l1 - 1);
    memcpy(doc + l1 - 1, close_head, sizeof close_head);
    free(head);
    char why[300];
    st_status st = st_parse_meta(doc, strlen(doc), p, m, why, sizeof why);
    free(doc);
    if (st == ST_IO_ERROR) return -1;
    if (st != ST_OK || !m->present) {
        if (st == ST_OK) st_progress_free(p);
        st_jmeta_free(m);
        return 0;
    }
    /* The tail: enough of the end to hold ST_RECENT sessions, read backwards. */
    size_t want = 65536;
    char *tail = NULL;
    size_t tlen = 0;
    int lines = 0;
    for (;;) {
        if (want > size - body) want = size - body;
        char *nb = realloc(tail, want + 1);
        if (!nb) goto oom;
        tail = nb;
        ssize_t r = read_at(fd, tail, want, (off_t)(size - want));
        if (r != (ssize_t)want) goto oom;
        tail[want] = '\0';
        tlen = want;
        lines = 0;
        for (size_t i = 0; i < tlen; i++)
            lines += tail[i] == '\n';
        if (lines > ST_RECENT + 1 || want >= size - body) break;
        want *= 2;
    }
    /* The last line is "]}"; the ones before it are sessions, each ending in
     * "," but the last. Only lines wholly inside the part read count. */
    if (tlen < 3 || memcmp(tail + tlen - 3, "]}\n", 3) != 0) goto not_layout;
    {
        size_t end = tlen - 3; /* end of the last session's line, with its newline */
        size_t start_all = want >= size - body ? 0 : SIZE_MAX;
        /* Find up to ST_RECENT line starts going back from end. */
        size_t starts[ST_RECENT + 1];
        int k = 0;
        size_t pos = end;
        while (k < ST_RECENT && pos > 0) {
            size_t s = pos - 1; /* pos - 1 is the newline ending this line */
            while (s > 0 && tail[s - 1] != '\n')
                s--;
            if (s == 0 && start_all != 0) break; /* this line may begin before the part read */
            starts[k++] = s;
            pos = s;
        }
        /* Sessions, oldest first, as one document for one parse. */
        static const char pre[] = "{\"schema\":2,\"player\":\"-\",\"sessions\":[";
        size_t dl = sizeof pre + (end - (k ? starts[k - 1] : end)) + 4;
        char *d = malloc(dl);
        if (!d) goto oom;
        size_t w = 0;
        memcpy(d, pre, sizeof pre - 1);
        w = sizeof pre - 1;
        for (int i = k - 1; i >= 0; i--) {
            size_t s = starts[i], e = i > 0 ? starts[i - 1] : end;
            size_t n = e - s; /* the line with its newline */
            while (n > 0 && (tail[s + n - 1] == '\n' || tail[s + n - 1] == ','))
                n--;
            memcpy(d + w, tail + s, n);
            w += n;
            if (i > 0) d[w++] = ',';
        }
        memcpy(d + w, "]}", 3);
        w += 2;
        st_progress recent;
        st = st_parse(d, w, &recent, why, sizeof why);
        free(d);
        if (st == ST_IO_ERROR) goto oom;
        if (st != ST_OK || recent.n_records != k || m->sessions < k) {
            if (st == ST_OK) st_progress_free(&recent);
            goto not_layout;
        }
        free(p->records); /* the head's empty list */
        p->records = recent.records;
        p->n_records = recent.n_records;
        recent.records = NULL;
        recent.n_records = 0;
        st_progress_free(&recent);
    }
    free(tail);
    return 1;
not_layout:
    free(tail);
    st_progress_free(p);
    st_jmeta_free(m);
    return 0;
oom:
    free(tail);
    st_progress_free(p);
    st_jmeta_free(m);
    return -1;
}
