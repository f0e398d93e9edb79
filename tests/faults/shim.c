/* shim.c: an LD_PRELOAD library that makes the disk (and memory) fail on
 * cue, to test what rapport does when a save or a read cannot complete.
 *
 *   RAPPORT_FAULT_DIR=PATH          only files and folders under PATH are touched
 *   RAPPORT_FAULT_FSYNC_AFTER=N     after N calls succeed, fsync and fdatasync fail with EIO
 *   RAPPORT_FAULT_WRITE_AFTER=N     after N calls succeed, write fails with ENOSPC
 *   RAPPORT_FAULT_READ_AFTER=N      after N calls succeed, read fails with EIO
 *   RAPPORT_FAULT_READONLY=1        the folder is read-only: opening for writing or
 *                                   creating, rename(at2), link, unlink and mkdir fail
 *                                   with EROFS
 *   RAPPORT_FAULT_KILL_AFTER=N      after N changing calls (write, fsync, rename(at2),
 *                                   link, unlink, ftruncate) succeed, the process kills itself
 *                                   with SIGKILL before the next one: a kill -9 that lands by
 *                                   construction; when the next one is a write of two bytes or
 *                                   more, half of it is written first (a write cut short, as a
 *                                   crash can leave one: the journal's torn last line)
 *   RAPPORT_FAULT_ALLOC_OVER=N      malloc and realloc of more than N bytes fail with
 *                                   ENOMEM (anywhere in the process, not only under PATH;
 *                                   read once: a test in the process calls
 *                                   rapport_fault_alloc_over(N) to change it)
 *
 * Each counter counts only calls on descriptors or paths under
 * RAPPORT_FAULT_DIR, so the terminal, pipes and the scenario file are never
 * affected; without RAPPORT_FAULT_DIR only RAPPORT_FAULT_ALLOC_OVER acts.
 * The other variables are read at every call, and a counter starts again from 0
 * whenever its variable's value changes, so a test may set, change and unset
 * them while it runs (a value may carry a suffix after the number, such as
 * "3.17", only to make it differ from the last one). A failed call fails the
 * way the kernel's does: nothing is done, errno is set. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

/* Exported under the libc names, so they need prototypes of their own here. */
ssize_t write(int fd, const void *buf, size_t n);
int ftruncate(int fd, off_t len);
ssize_t read(int fd, void *buf, size_t n);
int fsync(int fd);
int fdatasync(int fd);
int open(const char *path, int flags, ...);
int open64(const char *path, int flags, ...);
int rename(const char *from, const char *to);
int renameat2(int dfrom, const char *from, int dto, const char *to, unsigned flags);
int link(const char *from, const char *to);
int unlink(const char *path);
int mkdir(const char *path, mode_t mode);
void *malloc(size_t n);
void *realloc(void *p, size_t n);

/* One counter: how many watched calls since its variable last changed. */
typedef struct counter {
    const char *var;
    char last[64];
    long calls;
} counter;

static counter fsync_c = {"RAPPORT_FAULT_FSYNC_AFTER", "", 0};
static counter write_c = {"RAPPORT_FAULT_WRITE_AFTER", "", 0};
static counter read_c = {"RAPPORT_FAULT_READ_AFTER", "", 0};
static counter kill_c = {"RAPPORT_FAULT_KILL_AFTER", "", 0};

/* The limit in c's variable (-1 when unset), restarting the count when the
 * value differs from the one seen last. */
static long limit(counter *c)
{
    const char *v = getenv(c->var);
    if (!v || !*v) {
        c->last[0] = '\0';
        return -1;
    }
    if (strncmp(v, c->last, sizeof c->last - 1) != 0) {
        snprintf(c->last, sizeof c->last, "%s", v);
        c->calls = 0;
    }
    return strtol(v, NULL, 10);
}

/* True when path (absolute, or relative to the working folder) is under
 * RAPPORT_FAULT_DIR. */
static int under(const char *path)
{
    const char *dir = getenv("RAPPORT_FAULT_DIR");
    if (!dir || !*dir || !path) return 0;
    char full[4096];
    if (path[0] != '/') {
        char cwd[2048];
        if (!getcwd(cwd, sizeof cwd)) return 0;
        snprintf(full, sizeof full, "%s/%s", cwd, path);
        path = full;
    }
    size_t k = strlen(dir);
    return strncmp(path, dir, k) == 0 && (path[k] == '\0' || path[k] == '/');
}

/* True when fd names something under RAPPORT_FAULT_DIR. */
static int watched(int fd)
{
    const char *dir = getenv("RAPPORT_FAULT_DIR");
    if (!dir || !*dir) return 0;
    char link_name[64], path[4096];
    snprintf(link_name, sizeof link_name, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link_name, path, sizeof path - 1);
    if (n < 0) return 0;
    path[n] = '\0';
    return under(path);
}

/* Counts a watched call; true when this one must fail. */
static int trip(int is_watched, counter *c)
{
    long after = limit(c);
    if (after < 0 || !is_watched) return 0;
    return ++c->calls > after;
}

/* A changing call on something watched: dies here when the kill is due. */
static void maybe_die(int is_watched)
{
    if (trip(is_watched, &kill_c)) raise(SIGKILL);
}

static int read_only(int is_watched)
{
    const char *v = getenv("RAPPORT_FAULT_READONLY");
    return is_watched && v && *v && strcmp(v, "0") != 0;
}

#define REAL(name, ret, args)                                                                      \
    static ret(*real_##name) args;                                                                 \
    if (!real_##name) *(void **)&real_##name = dlsym(RTLD_NEXT, #name)

ssize_t write(int fd, const void *buf, size_t n)
{
    REAL(write, ssize_t, (int, const void *, size_t));
    int w = watched(fd);
    if (trip(w, &kill_c)) {
        if (n > 1) real_write(fd, buf, n / 2); /* the kill lands in the middle of it */
        raise(SIGKILL);
    }
    if (trip(w, &write_c)) {
        errno = ENOSPC;
        return -1;
    }
    return real_write(fd, buf, n);
}

ssize_t read(int fd, void *buf, size_t n)
{
    REAL(read, ssize_t, (int, void *, size_t));
    if (trip(watched(fd), &read_c)) {
        errno = EIO;
        return -1;
    }
    return real_read(fd, buf, n);
}

static int fail_fsync(int fd)
{
    int w = watched(fd);
    maybe_die(w);
    if (trip(w, &fsync_c)) {
        errno = EIO;
        return 1;
    }
    return 0;
}

int fsync(int fd)
{
    REAL(fsync, int, (int));
    return fail_fsync(fd) ? -1 : real_fsync(fd);
}

int fdatasync(int fd)
{
    REAL(fdatasync, int, (int));
    return fail_fsync(fd) ? -1 : real_fdatasync(fd);
}

static int open_common(int (*real)(const char *, int, ...), const char *path, int flags,
                       mode_t mode)
{
    if ((flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC)) && read_only(under(path))) {
        errno = EROFS;
        return -1;
    }
    return real(path, flags, mode);
}

int open(const char *path, int flags, ...)
{
    REAL(open, int, (const char *, int, ...));
    mode_t mode = 0;
    if ((flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE) {
        va_list ap;
        va_start(ap, flags);
        mode = (mode_t)va_arg(ap, int);
        va_end(ap);
    }
    return open_common(real_open, path, flags, mode);
}

int open64(const char *path, int flags, ...)
{
    REAL(open64, int, (const char *, int, ...));
    mode_t mode = 0;
    if ((flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE) {
        va_list ap;
        va_start(ap, flags);
        mode = (mode_t)va_arg(ap, int);
        va_end(ap);
    }
    return open_common(real_open64, path, flags, mode);
}

int rename(const char *from, const char *to)
{
    REAL(rename, int, (const char *, const char *));
    int w = under(from) || under(to);
    maybe_die(w);
    if (read_only(w)) {
        errno = EROFS;
        return -1;
    }
    return real_rename(from, to);
}

/* Paths relative to a folder descriptor are not resolved here: rapport
 * passes AT_FDCWD, where they are relative to the working folder. */
int renameat2(int dfrom, const char *from, int dto, const char *to, unsigned flags)
{
    REAL(renameat2, int, (int, const char *, int, const char *, unsigned));
    struct stat sb;
    /* A rename that cannot replace an existing name changes nothing: not
     * counted, so where a kill lands does not depend on the names the clock
     * gave earlier files. */
    int w = (under(from) || under(to)) && !((flags & RENAME_NOREPLACE) && lstat(to, &sb) == 0);
    maybe_die(w);
    if (read_only(w)) {
        errno = EROFS;
        return -1;
    }
    return real_renameat2(dfrom, from, dto, to, flags);
}

int link(const char *from, const char *to)
{
    REAL(link, int, (const char *, const char *));
    int w = under(from) || under(to);
    maybe_die(w);
    if (read_only(w)) {
        errno = EROFS;
        return -1;
    }
    return real_link(from, to);
}

int unlink(const char *path)
{
    REAL(unlink, int, (const char *));
    int w = under(path);
    maybe_die(w);
    if (read_only(w)) {
        errno = EROFS;
        return -1;
    }
    return real_unlink(path);
}

int ftruncate(int fd, off_t len)
{
    REAL(ftruncate, int, (int, off_t));
    int w = watched(fd);
    maybe_die(w);
    if (read_only(w)) {
        errno = EROFS;
        return -1;
    }
    return real_ftruncate(fd, len);
}

int mkdir(const char *path, mode_t mode)
{
    REAL(mkdir, int, (const char *, mode_t));
    if (read_only(under(path))) {
        struct stat sb;
        /* As the kernel does: an existing name is EEXIST even when read-only. */
        errno = stat(path, &sb) == 0 ? EEXIST : EROFS;
        return -1;
    }
    return real_mkdir(path, mode);
}

/* ---- allocation ---- */

/* dlsym may allocate while it looks the real functions up; those few calls
 * are served from this buffer (and never freed: free() is not wrapped, so
 * they must not reach it; they are glibc's own, kept for the process's life). */
static char boot[4096];
static size_t boot_used;
static int resolving;

static void *boot_alloc(size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (boot_used + n > sizeof boot) return NULL;
    void *p = boot + boot_used;
    boot_used += n;
    return p;
}

/* The limit for allocations: read from the environment once, when the shim
 * is loaded (malloc is called too often to look it up every time, and in a
 * sanitizer build before the environment is there); a test in the same
 * process changes it with rapport_fault_alloc_over(). -1: no limit. */
static long long alloc_over = -1;

__attribute__((constructor)) static void read_alloc_over(void)
{
    const char *v = getenv("RAPPORT_FAULT_ALLOC_OVER");
    if (v && *v) alloc_over = (long long)strtoull(v, NULL, 10);
}

/* For a test that runs in the process: sets the limit (-1 removes it). Found
 * with dlsym(RTLD_DEFAULT, "rapport_fault_alloc_over"). */
void rapport_fault_alloc_over(long long n);
void rapport_fault_alloc_over(long long n)
{
    alloc_over = n < 0 ? -1 : n;
}

static int alloc_fails(size_t n)
{
    return alloc_over >= 0 && n > (size_t)alloc_over;
}

void *malloc(size_t n)
{
    static void *(*real)(size_t);
    if (!real) {
        if (resolving) return boot_alloc(n);
        resolving = 1;
        *(void **)&real = dlsym(RTLD_NEXT, "malloc");
        resolving = 0;
    }
    if (alloc_fails(n)) {
        errno = ENOMEM;
        return NULL;
    }
    return real(n);
}

void *realloc(void *p, size_t n)
{
    static void *(*real)(void *, size_t);
    if (!real) {
        if (resolving) return NULL;
        resolving = 1;
        *(void **)&real = dlsym(RTLD_NEXT, "realloc");
        resolving = 0;
    }
    if (alloc_fails(n)) {
        errno = ENOMEM;
        return NULL;
    }
    return real(p, n);
}
