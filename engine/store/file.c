/* file.c: where progress files live, durable saves, locks, setting broken files aside. */
#include "store.h"

#include <ctype.h>
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

static int mkdir_p(const char *dir)
{
    char buf[4096];
    snprintf(buf, sizeof buf, "%s", dir);
    for (char *p = buf + 1; *p; p++) {
        if (*p != '/') continue;
        *p = '\0';
        if (mkdir(buf, 0700) != 0 && errno != EEXIST) return -1;
        *p = '/';
    }
    if (mkdir(buf, 0700) != 0 && errno != EEXIST) return -1;
    return 0;
}

static char *dir_of(const char *file)
{
    char *d = fmt_path(file, "");
    if (!d) return NULL;
    char *s = strrchr(d, '/');
    if (s && s != d)
        *s = '\0';
    else if (s)
        s[1] = '\0';
    else
        strcpy(d, ".");
    return d;
}

static int read_all(const char *file, char **buf, size_t *len)
{
    *buf = NULL;
    *len = 0;
    int fd = open(file, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return errno == ENOENT ? 1 : -1;
    size_t cap = 0;
    for (;;) {
        if (*len == cap) {
            cap = cap ? cap * 2 : 65536;
            char *p = realloc(*buf, cap);
            if (!p) break;
            *buf = p;
        }
        ssize_t r = read(fd, *buf + *len, cap - *len);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        *len += (size_t)r;
        if (*len > FILE_MAX) break;
    }
    close(fd);
    return 0;
}

/* Renames a broken file to <file>.broken-<time>[-n]; never replaces anything. */
static char *set_aside(const char *file)
{
    char stamp[32];
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    size_t n = strlen(file) + 64;
    char *dst = malloc(n);
    if (!dst) return NULL;
    for (int i = 0; i < 1000; i++) {
        if (i == 0)
            snprintf(dst, n, "%s.broken-%s", file, stamp);
        else
            snprintf(dst, n, "%s.broken-%s-%d", file, stamp, i);
        /* link() fails when dst exists, so nothing is ever overwritten. */
        if (link(file, dst) == 0) {
            unlink(file);
            return dst;
        }
        if (errno != EEXIST) break;
    }
    free(dst);
    return NULL;
}

st_status st_load(const char *file, const char *player, st_progress *out, char *msg, size_t msglen)
{
    msg[0] = '\0';
    char *buf;
    size_t len;
    int r = read_all(file, &buf, &len);
    if (r == 1) {
        st_progress_init(out, player);
        return ST_MISSING;
    }
    if (r < 0) {
        snprintf(msg, msglen, "cannot read %s: %s", file, strerror(errno));
        st_progress_init(out, player);
        return ST_IO_ERROR;
    }
    char why[300];
    st_status st =
        len > FILE_MAX ? ST_SET_ASIDE : st_parse(buf ? buf : "", len, out, why, sizeof why);
    if (len > FILE_MAX) snprintf(why, sizeof why, "it is larger than %u MiB", FILE_MAX >> 20);
    free(buf);
    if (st == ST_OK) return ST_OK;
    if (st == ST_NEWER) {
        snprintf(msg, msglen,
                 "%s was written by a newer rapport; it is left untouched and this session "
                 "will not be saved (%s)",
                 file, why);
        st_progress_init(out, player);
        return ST_NEWER;
    }
    if (st != ST_SET_ASIDE) {
        st_progress_init(out, player);
        snprintf(msg, msglen, "cannot read %s: %s", file, why);
        return st;
    }
    char *aside = set_aside(file);
    /* The previous generation may still be good. */
    char *bak = fmt_path(file, ".bak");
    bool from_bak = false;
    if (bak && read_all(bak, &buf, &len) == 0) {
        char why2[300];
        if (st_parse(buf ? buf : "", len, out, why2, sizeof why2) == ST_OK) from_bak = true;
        free(buf);
    }
    free(bak);
    if (!from_bak) st_progress_init(out, player);
    snprintf(msg, msglen, "progress file %s could not be read (%s); kept it as %s and %s", file,
             why, aside ? aside : "(could not rename it)",
             from_bak ? "restored the previous save" : "started a new one");
    free(aside);
    if (!aside) return ST_IO_ERROR;
    return ST_SET_ASIDE;
}

static int fsync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return -1;
    int r = fsync(fd);
    close(fd);
    return r;
}

st_status st_save(const char *file, const st_progress *p, char *msg, size_t msglen)
{
    st_status st = ST_IO_ERROR;
    char *text = st_print(p);
    char *dir = dir_of(file);
    char *tmp = NULL, *bak = NULL;
    int fd = -1;
    if (!text || !dir) {
        snprintf(msg, msglen, "out of memory while saving");
        goto done;
    }
    {
        /* Never write what the next load would refuse and set aside: that
         * would cost the player this session and hide the ones before it. */
        st_progress check;
        char why[256];
        if (st_parse(text, strlen(text), &check, why, sizeof why) != ST_OK) {
            snprintf(msg, msglen, "progress not saved: it would not read back (%s)", why);
            goto done;
        }
        st_progress_free(&check);
    }
    if (mkdir_p(dir) != 0) {
        snprintf(msg, msglen, "cannot create the folder %s: %s", dir, strerror(errno));
        goto done;
    }
    size_t n = strlen(file) + 32;
    tmp = malloc(n);
    bak = fmt_path(file, ".bak");
    if (!tmp || !bak) goto done;
    for (int i = 0; fd < 0 && i < 100; i++) {
        snprintf(tmp, n, "%s.tmp-%d-%d", file, (int)getpid(), i);
        fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST) break;
    }
    if (fd < 0) {
        snprintf(msg, msglen, "cannot save progress in %s: %s", dir, strerror(errno));
        goto done;
    }
    size_t len = strlen(text), off = 0;
    while (off < len) {
        ssize_t w = write(fd, text + off, len - off);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) {
            snprintf(msg, msglen, "cannot save progress (%s); the previous save is kept",
                     strerror(w < 0 ? errno : ENOSPC));
            goto done;
        }
        off += (size_t)w;
    }
    /* Never retry fsync after a failure: the data may be gone from the cache. */
    if (fsync(fd) != 0) {
        snprintf(msg, msglen, "cannot save progress (%s); the previous save is kept",
                 strerror(errno));
        goto done;
    }
    if (close(fd) != 0) {
        fd = -1;
        snprintf(msg, msglen, "cannot save progress (%s); the previous save is kept",
                 strerror(errno));
        goto done;
    }
    fd = -1;
    /* Keep the previous generation: a hard link, so the old bytes stay put. */
    unlink(bak);
    if (link(file, bak) != 0 && errno != ENOENT) {
        /* Not fatal: the new save still goes in atomically. */
    }
    if (rename(tmp, file) != 0) {
        snprintf(msg, msglen, "cannot save progress (%s); the previous save is kept",
                 strerror(errno));
        goto done;
    }
    free(tmp);
    tmp = NULL;
    fsync_dir(dir);
    st = ST_OK;
done:
    if (fd >= 0) close(fd);
    if (tmp) unlink(tmp);
    free(tmp);
    free(bak);
    free(dir);
    free(text);
    return st;
}

/* Takes <file>.lock, waiting up to about two seconds. Returns the fd or -1. */
static int lock_file(const char *file)
{
    char *dir = dir_of(file);
    if (dir) mkdir_p(dir);
    free(dir);
    char *lk = fmt_path(file, ".lock");
    if (!lk) return -1;
    int fd = open(lk, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    int e = errno;
    free(lk);
    if (fd < 0) {
        errno = e; /* the caller says why */
        return -1;
    }
    for (int i = 0; i < 200; i++) {
        if (flock(fd, LOCK_EX | LOCK_NB) == 0) return fd;
        if (errno != EWOULDBLOCK && errno != EINTR) break;
        struct timespec ts = {0, 10 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    close(fd);
    return -2;
}

static void unlock_file(int fd)
{
    if (fd >= 0) {
        flock(fd, LOCK_UN);
        close(fd);
    }
}

typedef bool (*update_fn)(st_progress *p, const void *arg);

static st_status locked_update(const char *file, const char *player, update_fn fn, const void *arg,
                               char *msg, size_t msglen)
{
    int fd = lock_file(file);
    if (fd < 0) {
        if (fd == -2)
            snprintf(msg, msglen, "another rapport is saving %s's progress; try again in a moment",
                     player);
        else
            snprintf(msg, msglen, "cannot save %s's progress: cannot create %s.lock: %s", player,
                     file, strerror(errno));
        return fd == -2 ? ST_LOCKED : ST_IO_ERROR;
    }
    st_progress p;
    char lmsg[1024] = "";
    st_status st = st_load(file, player, &p, lmsg, sizeof lmsg);
    if (st == ST_NEWER || st == ST_IO_ERROR) {
        snprintf(msg, msglen, "%s", lmsg);
        st_progress_free(&p);
        unlock_file(fd);
        return st;
    }
    if (!fn(&p, arg)) {
        snprintf(msg, msglen, "out of memory while saving");
        st = ST_IO_ERROR;
    } else {
        st_status s2 = st_save(file, &p, msg, msglen);
        if (s2 != ST_OK)
            st = s2;
        else if (st == ST_SET_ASIDE)
            snprintf(msg, msglen, "%s", lmsg); /* saved, but say what was set aside */
        else
            st = ST_OK;
    }
    st_progress_free(&p);
    unlock_file(fd);
    return st == ST_MISSING ? ST_OK : st;
}

static bool do_append(st_progress *p, const void *arg)
{
    return st_progress_add(p, arg);
}

st_status st_append(const char *file, const char *player, const st_record *r, char *msg,
                    size_t msglen)
{
    msg[0] = '\0';
    return locked_update(file, player, do_append, r, msg, msglen);
}

static bool do_settings(st_progress *p, const void *arg)
{
    const st_settings *s = arg;
    char *theme = s->theme ? strdup(s->theme) : NULL;
    char *mode = s->mode ? strdup(s->mode) : NULL;
    if ((s->theme && !theme) || (s->mode && !mode)) {
        free(theme);
        free(mode);
        return false;
    }
    p->settings.text_scale = s->text_scale;
    p->settings.text_speed = s->text_speed;
    if (theme) {
        free(p->settings.theme);
        p->settings.theme = theme;
    }
    if (mode) {
        free(p->settings.mode);
        p->settings.mode = mode;
    }
    return true;
}

st_status st_save_settings(const char *file, const char *player, const st_settings *s, char *msg,
                           size_t msglen)
{
    msg[0] = '\0';
    return locked_update(file, player, do_settings, s, msg, msglen);
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
        if (read_all(full, &buf, &len) == 0 && buf &&
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
