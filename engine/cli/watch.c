/* watch.c: waiting for a file to change, for `rapport check --watch`.
 *
 * On Linux, inotify on each file's folder: editors often save by writing a
 * new file and renaming it over the old one, which a watch on the file itself
 * would lose, so the folder is watched and events are matched by name. The
 * wait blocks in read(), using no CPU while nothing changes. Elsewhere, the
 * files' modification times are compared twice a second.
 *
 * Depends on: the C library and, on Linux, <sys/inotify.h>. */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/inotify.h>
#endif

/* The folder of path (malloc'ed) and where its last part starts. */
static char *folder_of(const char *path, const char **base)
{
    const char *slash = strrchr(path, '/');
    *base = slash ? slash + 1 : path;
    if (!slash) return strdup(".");
    if (slash == path) return strdup("/");
    char *d = malloc((size_t)(slash - path) + 1);
    if (d) {
        memcpy(d, path, (size_t)(slash - path));
        d[slash - path] = '\0';
    }
    return d;
}

#ifdef __linux__
struct cli_watch {
    int fd;
    int n;
    int *wd;           /* the watch of each file's folder */
    const char **base; /* each file's name within its folder; borrowed */
};
#else
struct cli_watch {
    int n;
    const char *const *files; /* borrowed */
    struct timespec *mtime;
    off_t *size;
};

static void stamp(const char *f, struct timespec *t, off_t *size)
{
    struct stat st;
    if (stat(f, &st) == 0) {
        *t = st.st_mtim;
        *size = st.st_size;
    } else {
        t->tv_sec = t->tv_nsec = 0;
        *size = -1;
    }
}
#endif

cli_watch *cli_watch_open(const char *const *files, int n)
{
    cli_watch *w = calloc(1, sizeof *w);
    if (!w) return NULL;
    w->n = n;
#ifdef __linux__
    w->fd = inotify_init1(IN_CLOEXEC);
    w->wd = calloc((size_t)n + 1, sizeof(int));
    w->base = calloc((size_t)n + 1, sizeof(char *));
    bool ok = w->fd >= 0 && w->wd && w->base;
    for (int i = 0; ok && i < n; i++) {
        char *dir = folder_of(files[i], &w->base[i]);
        w->wd[i] = dir ? inotify_add_watch(w->fd, dir,
                                           IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE)
                       : -1;
        ok = w->wd[i] >= 0;
        free(dir);
    }
    if (!ok) {
        cli_watch_close(w);
        return NULL;
    }
#else
    w->files = files;
    w->mtime = calloc((size_t)n + 1, sizeof *w->mtime);
    w->size = calloc((size_t)n + 1, sizeof *w->size);
    if (!w->mtime || !w->size) {
        cli_watch_close(w);
        return NULL;
    }
    for (int i = 0; i < n; i++)
        stamp(files[i], &w->mtime[i], &w->size[i]);
#endif
    return w;
}

void cli_watch_close(cli_watch *w)
{
    if (!w) return;
#ifdef __linux__
    if (w->fd >= 0) close(w->fd);
    free(w->wd);
    free(w->base);
#else
    free(w->mtime);
    free(w->size);
#endif
    free(w);
}

int cli_watch_wait(cli_watch *w)
{
#ifdef __linux__
    /* Events come in batches; one batch that names a watched file is a change. */
    char buf[8192] __attribute__((aligned(__alignof__(struct inotify_event))));
    for (;;) {
        ssize_t got = read(w->fd, buf, sizeof buf);
        if (got < 0 && errno == EINTR) return -1;
        if (got <= 0) return -1;
        for (char *p = buf; p < buf + got;) {
            const struct inotify_event *ev = (const struct inotify_event *)p;
            for (int i = 0; ev->len && i < w->n; i++)
                if (ev->wd == w->wd[i] && strcmp(ev->name, w->base[i]) == 0) return i;
            p += sizeof *ev + ev->len;
        }
    }
#else
    for (;;) {
        usleep(500000);
        for (int i = 0; i < w->n; i++) {
            struct timespec t;
            off_t size;
            stamp(w->files[i], &t, &size);
            if (t.tv_sec != w->mtime[i].tv_sec || t.tv_nsec != w->mtime[i].tv_nsec ||
                size != w->size[i]) {
                w->mtime[i] = t;
                w->size[i] = size;
                return i;
            }
        }
    }
#endif
}
