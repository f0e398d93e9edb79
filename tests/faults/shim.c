/* shim.c: an LD_PRELOAD library that makes the disk fail on cue, to test what
 * rapport does when a save cannot complete.
 *
 *   RAPPORT_FAULT_DIR=PATH          only files and folders under PATH are touched
 *   RAPPORT_FAULT_FSYNC_AFTER=N     after N calls succeed, fsync and fdatasync fail with EIO
 *   RAPPORT_FAULT_WRITE_AFTER=N     after N calls succeed, write fails with ENOSPC
 *
 * Each counter counts only calls on descriptors whose path starts with
 * RAPPORT_FAULT_DIR, so the terminal, pipes and the scenario file are never
 * affected; without RAPPORT_FAULT_DIR the shim does nothing. A failed call
 * fails the way the kernel's does: nothing is written, errno is set. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

/* Exported under the libc names, so they need prototypes of their own here. */
ssize_t write(int fd, const void *buf, size_t n);
int fsync(int fd);
int fdatasync(int fd);

static long fsync_calls, write_calls;

static long limit(const char *name)
{
    const char *v = getenv(name);
    return v && *v ? strtol(v, NULL, 10) : -1;
}

/* True when fd names something under RAPPORT_FAULT_DIR. */
static int watched(int fd)
{
    const char *dir = getenv("RAPPORT_FAULT_DIR");
    if (!dir || !*dir) return 0;
    char link[64], path[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, sizeof path - 1);
    if (n < 0) return 0;
    path[n] = '\0';
    size_t k = strlen(dir);
    return strncmp(path, dir, k) == 0 && (path[k] == '\0' || path[k] == '/');
}

/* Counts a call on a watched fd; true when this one must fail. */
static int trip(int fd, long *calls, const char *name)
{
    long after = limit(name);
    if (after < 0 || !watched(fd)) return 0;
    return ++*calls > after;
}

ssize_t write(int fd, const void *buf, size_t n)
{
    static ssize_t (*real)(int, const void *, size_t);
    if (!real) *(void **)&real = dlsym(RTLD_NEXT, "write");
    if (trip(fd, &write_calls, "RAPPORT_FAULT_WRITE_AFTER")) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, buf, n);
}

int fsync(int fd)
{
    static int (*real)(int);
    if (!real) *(void **)&real = dlsym(RTLD_NEXT, "fsync");
    if (trip(fd, &fsync_calls, "RAPPORT_FAULT_FSYNC_AFTER")) {
        errno = EIO;
        return -1;
    }
    return real(fd);
}

int fdatasync(int fd)
{
    static int (*real)(int);
    if (!real) *(void **)&real = dlsym(RTLD_NEXT, "fdatasync");
    if (trip(fd, &fsync_calls, "RAPPORT_FAULT_FSYNC_AFTER")) {
        errno = EIO;
        return -1;
    }
    return real(fd);
}
