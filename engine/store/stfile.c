/* stfile.c: whole-file reads, durable replacement, lock files and setting
 * files aside (store_file.h says the rules and why). Plain POSIX; the
 * progress files (file.c), the LRS queue and configuration (lrs/fs.c) and the
 * reports all go through here, so each rule is written once. */
#define _GNU_SOURCE /* renameat2 */
#include "store_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* "<a><b>" malloc'ed, or NULL. */
static char *join(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 1;
    char *p = malloc(n);
    if (p) snprintf(p, n, "%s%s", a, b);
    return p;
}

int st_file_open_read(const char *path)
{
    /* O_NONBLOCK: opening a FIFO for reading would otherwise wait for a
     * writer, forever; a regular file ignores the flag, and it is cleared. */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return -1;
    struct stat sb;
    if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) ||
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0) {
        int e = fstat(fd, &sb) == 0 && !S_ISREG(sb.st_mode) ? ST_FILE_NOT_REGULAR : errno;
        close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

const char *st_file_why(int err)
{
    return err == ST_FILE_NOT_REGULAR ? "it is not a regular file (a pipe, a device or a folder)"
                                      : strerror(err);
}

int st_file_read_all(const char *path, size_t max, char **buf, size_t *len)
{
    *buf = NULL;
    *len = 0;
    int fd = st_file_open_read(path);
    if (fd < 0) return errno == ENOENT ? 1 : -1;
    int e = 0;
    char *b = NULL;
    size_t n = 0, cap = 4096;
    struct stat sb;
    /* Start one byte past the file's size so a normal read is one allocation
     * and the read that finds the end needs no more; the loop still reads to
     * the end, in case the file grew meanwhile. */
    if (fstat(fd, &sb) == 0 && sb.st_size > 0 && (size_t)sb.st_size >= cap)
        cap = (size_t)sb.st_size < max ? (size_t)sb.st_size + 1 : max + 1;
    b = malloc(cap + 1);
    if (!b) {
        e = ENOMEM;
        goto fail;
    }
    for (;;) {
        if (n == cap) {
            if (cap > max || cap > ((size_t)-1 - 1) / 2) {
                e = EFBIG;
                goto fail;
            }
            /* One byte past max is enough to know the file is too large. */
            size_t ncap = cap * 2 > max ? max + 1 : cap * 2;
            if (ncap <= cap) ncap = cap + 1;
            char *nb = realloc(b, ncap + 1);
            if (!nb) {
                e = ENOMEM;
                goto fail;
            }
            b = nb;
            cap = ncap;
        }
        ssize_t r = read(fd, b + n, cap - n);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            e = errno;
            goto fail;
        }
        if (r == 0) break;
        n += (size_t)r;
    }
    if (n > max) {
        e = EFBIG;
        goto fail;
    }
    close(fd);
    b[n] = '\0';
    *buf = b;
    *len = n;
    return 0;
fail:
    free(b);
    close(fd);
    errno = e;
    return -1;
}

bool st_file_mkdirs(const char *dir, mode_t mode)
{
    struct stat sb;
    if (stat(dir, &sb) == 0 && S_ISDIR(sb.st_mode)) return true; /* the usual case */
    char *d = join(dir, "");
    if (!d) return false;
    for (char *p = d + 1; *p; p++) {
        if (*p != '/') continue;
        *p = '\0';
        if (mkdir(d, mode) != 0 && errno != EEXIST) {
            int e = errno;
            free(d);
            errno = e;
            return false;
        }
        *p = '/';
    }
    bool ok = mkdir(d, mode) == 0 || errno == EEXIST;
    int e = errno;
    free(d);
    errno = e;
    return ok;
}

char *st_file_parent(const char *path)
{
    const char *s = strrchr(path, '/');
    if (!s) return join(".", "");
    if (s == path) return join("/", "");
    char *d = join(path, "");
    if (d) d[s - path] = '\0';
    return d;
}

bool st_file_sync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return false;
    int r = fsync(fd);
    int e = errno;
    close(fd);
    errno = e;
    return r == 0;
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

/* Creates a fresh temporary file next to path; its name goes to *tmp
 * (malloc'ed). O_EXCL: never write through something left under that name. */
static int open_temp(const char *path, const char *what, mode_t mode, char **tmp)
{
    size_t n = strlen(path) + strlen(what) + 40;
    *tmp = malloc(n);
    if (!*tmp) {
        errno = ENOMEM;
        return -1;
    }
    int fd = -1;
    for (int i = 0; fd < 0 && i < 100; i++) {
        snprintf(*tmp, n, "%s%s-%ld-%d", path, what, (long)getpid(), i);
        fd = open(*tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (fd < 0 && errno != EEXIST) break;
    }
    if (fd < 0) {
        int e = errno;
        free(*tmp);
        *tmp = NULL;
        errno = e;
    }
    return fd;
}

/* Makes <path>.bak a copy of the file now at path, written the same durable
 * way. A copy, not a hard link: a link would leave the two names on one
 * inode from the moment it is made until the rename that follows, and a
 * crash there followed by damage in place (a truncation) would destroy both
 * generations at once. Returns false (errno set) when the copy could not be
 * made; a missing file has nothing to keep. */
static bool keep_previous(const char *path, mode_t mode)
{
    char *buf;
    size_t len;
    int r = st_file_read_all(path, (size_t)-1 / 4, &buf, &len);
    if (r == 1) return true;
    if (r < 0) return false;
    char *bak = join(path, ".bak");
    bool ok = bak && st_file_write_atomic(bak, buf, len, mode, false) == ST_FILE_DONE;
    int e = bak ? errno : ENOMEM;
    free(bak);
    free(buf);
    errno = e;
    return ok;
}

st_file_err st_file_write_atomic(const char *path, const char *data, size_t len, mode_t mode,
                                 bool keep_bak)
{
    st_file_err res = ST_FILE_NOT_WRITTEN;
    int fd = -1, e = 0;
    char *tmp = NULL;
    char *dir = st_file_parent(path);
    if (!dir) {
        e = ENOMEM;
        res = ST_FILE_NO_MEMORY;
        goto done;
    }
    if (!st_file_mkdirs(dir, 0700)) {
        e = errno;
        res = ST_FILE_NO_FOLDER;
        goto done;
    }
    fd = open_temp(path, ".tmp", mode, &tmp);
    if (fd < 0) {
        e = errno;
        if (e == ENOMEM) res = ST_FILE_NO_MEMORY;
        goto done;
    }
    /* fchmod: the umask must not change who may read a learner's file. */
    if (fchmod(fd, mode) != 0 || !write_all(fd, data, len) || fsync(fd) != 0) {
        e = errno;
        goto done;
    }
    int r = close(fd);
    fd = -1;
    if (r != 0) {
        e = errno;
        goto done;
    }
    if ((keep_bak && !keep_previous(path, mode)) || rename(tmp, path) != 0) {
        e = errno;
        goto done;
    }
    free(tmp);
    tmp = NULL;
    /* The rename is durable only once the folder is. */
    st_file_sync_dir(dir);
    res = ST_FILE_DONE;
done:
    if (fd >= 0) close(fd);
    if (tmp) unlink(tmp);
    free(tmp);
    free(dir);
    errno = e;
    return res;
}

int st_file_lock(const char *path, const char *suffix, int wait_ms)
{
    char *lk = malloc(strlen(path) + strlen(suffix) + 2);
    if (!lk) {
        errno = ENOMEM;
        return -1;
    }
    sprintf(lk, "%s.%s", path, suffix);
    char *dir = st_file_parent(lk);
    if (dir) st_file_mkdirs(dir, 0700);
    free(dir);
    int fd = open(lk, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    int e = errno;
    free(lk);
    if (fd < 0) {
        errno = e;
        return -1;
    }
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
    e = errno;
    close(fd);
    errno = e;
    return -1;
}

void st_file_unlock(int fd)
{
    if (fd < 0) return;
    flock(fd, LOCK_UN);
    close(fd);
}

char *st_file_set_aside(const char *path, const char *label)
{
    char stamp[32];
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    size_t n = strlen(path) + strlen(label) + 48;
    char *dst = malloc(n);
    if (!dst) {
        errno = ENOMEM;
        return NULL;
    }
    for (int i = 0; i < 1000; i++) {
        if (i == 0)
            snprintf(dst, n, "%s.%s-%s", path, label, stamp);
        else
            snprintf(dst, n, "%s.%s-%s-%d", path, label, stamp, i);
        /* Renamed without ever replacing an existing name, in one step: a
         * hard link and an unlink would leave, between the two, one file
         * under both names, which damage to the original would also reach.
         * link() + unlink() only where the file system has no renameat2. */
        int r = renameat2(AT_FDCWD, path, AT_FDCWD, dst, RENAME_NOREPLACE);
        if (r != 0 && (errno == EINVAL || errno == ENOSYS)) {
            r = link(path, dst);
            if (r == 0) unlink(path);
        }
        if (r == 0) {
            char *dir = st_file_parent(path);
            if (dir) st_file_sync_dir(dir);
            free(dir);
            return dst;
        }
        if (errno != EEXIST) break;
    }
    int e = errno;
    free(dst);
    errno = e;
    return NULL;
}
