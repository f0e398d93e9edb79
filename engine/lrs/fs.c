/* fs.c: durable file replacement, lock files and setting broken files aside,
 * for the LRS configuration and the statement queue. The discipline is the
 * one docs/progress.md describes for progress files: a crash at any moment
 * leaves the old file or the new one, never a mixture. */
#include "lrs_local.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

int lrs_fs_read(const char *path, size_t max, char **buf, size_t *len)
{
    *buf = NULL;
    *len = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return errno == ENOENT ? 1 : -1;
    size_t cap = 4096, n = 0;
    char *b = malloc(cap + 1);
    if (!b) {
        close(fd);
        errno = ENOMEM;
        return -1;
    }
    for (;;) {
        if (n == cap) {
            if (cap >= max) {
                free(b);
                close(fd);
                errno = EFBIG;
                return -1;
            }
            cap *= 2;
            char *nb = realloc(b, cap + 1);
            if (!nb) {
                free(b);
                close(fd);
                errno = ENOMEM;
                return -1;
            }
            b = nb;
        }
        ssize_t r = read(fd, b + n, cap - n);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            int e = errno;
            free(b);
            close(fd);
            errno = e;
            return -1;
        }
        if (r == 0) break;
        n += (size_t)r;
    }
    close(fd);
    b[n] = '\0';
    *buf = b;
    *len = n;
    return 0;
}

bool lrs_fs_mkdirs(const char *dir, mode_t mode)
{
    char *d = lrs_strdup(dir);
    if (!d) return false;
    for (char *p = d + 1; *p; p++) {
        if (*p != '/') continue;
        *p = '\0';
        if (mkdir(d, mode) != 0 && errno != EEXIST) {
            free(d);
            return false;
        }
        *p = '/';
    }
    bool ok = mkdir(d, mode) == 0 || errno == EEXIST;
    free(d);
    return ok;
}

/* The folder part of path ("." when there is none); malloc'ed. */
static char *parent(const char *path)
{
    const char *s = strrchr(path, '/');
    if (!s) return lrs_strdup(".");
    if (s == path) return lrs_strdup("/");
    return lrs_fmt("%.*s", (int)(s - path), path);
}

static bool write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t w = write(fd, data, len);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) {
            if (w == 0) errno = ENOSPC;
            return false;
        }
        data += w;
        len -= (size_t)w;
    }
    return true;
}

bool lrs_fs_write(const char *path, const char *data, size_t len, mode_t mode, char *msg,
                  size_t msglen)
{
    bool ok = false;
    int fd = -1;
    char *tmp = NULL;
    char *dir = parent(path);
    if (!dir) goto oom;
    if (!lrs_fs_mkdirs(dir, 0700)) {
        snprintf(msg, msglen, "cannot create the folder %s: %s", dir, strerror(errno));
        goto done;
    }
    /* O_EXCL: never write through a file (or link) someone left under our name. */
    for (int i = 0; fd < 0 && i < 100; i++) {
        free(tmp);
        tmp = lrs_fmt("%s.tmp-%ld-%d", path, (long)getpid(), i);
        if (!tmp) goto oom;
        fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (fd < 0 && errno != EEXIST) break;
    }
    if (fd < 0) {
        snprintf(msg, msglen, "cannot write in %s: %s", dir, strerror(errno));
        goto done;
    }
    /* The umask may have narrowed the mode; never let it widen a secret file. */
    if (fchmod(fd, mode) != 0 || !write_all(fd, data, len)) {
        snprintf(msg, msglen, "cannot write %s: %s; the previous version is kept", path,
                 strerror(errno));
        goto done;
    }
    /* No retry after a failed fsync: the page cache may have dropped the data. */
    if (fsync(fd) != 0) {
        snprintf(msg, msglen, "cannot write %s: %s; the previous version is kept", path,
                 strerror(errno));
        goto done;
    }
    int r = close(fd);
    fd = -1;
    if (r != 0 || rename(tmp, path) != 0) {
        snprintf(msg, msglen, "cannot write %s: %s; the previous version is kept", path,
                 strerror(errno));
        goto done;
    }
    free(tmp);
    tmp = NULL;
    /* The rename itself is durable only once the folder is. */
    int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
    }
    ok = true;
    goto done;
oom:
    snprintf(msg, msglen, "out of memory while writing %s", path);
done:
    if (fd >= 0) close(fd);
    if (tmp) unlink(tmp);
    free(tmp);
    free(dir);
    return ok;
}

int lrs_fs_lock(const char *path, const char *suffix, int wait_ms)
{
    char *lk = lrs_fmt("%s.%s", path, suffix);
    if (!lk) return -1;
    char *dir = parent(lk);
    if (dir) lrs_fs_mkdirs(dir, 0700);
    free(dir);
    /* A separate lock file: a lock on the data file would not survive its rename. */
    int fd = open(lk, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    free(lk);
    if (fd < 0) return -1;
    for (int waited = 0;; waited += 10) {
        if (flock(fd, LOCK_EX | LOCK_NB) == 0) return fd;
        if (errno != EWOULDBLOCK && errno != EINTR) break;
        if (waited >= wait_ms) {
            close(fd);
            return -2;
        }
        struct timespec ts = {0, 10 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    close(fd);
    return -1;
}

void lrs_fs_unlock(int fd)
{
    if (fd < 0) return;
    flock(fd, LOCK_UN);
    close(fd);
}

char *lrs_fs_set_aside(const char *path)
{
    char stamp[32];
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    for (int i = 0; i < 1000; i++) {
        char *dst =
            i ? lrs_fmt("%s.broken-%s-%d", path, stamp, i) : lrs_fmt("%s.broken-%s", path, stamp);
        if (!dst) return NULL;
        /* link() refuses an existing name, so nothing is overwritten. */
        if (link(path, dst) == 0) {
            unlink(path);
            return dst;
        }
        int e = errno;
        free(dst);
        if (e != EEXIST) break;
    }
    return NULL;
}
