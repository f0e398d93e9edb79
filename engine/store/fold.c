/* fold.c: folding a large history's journal where nobody waits for it, for
 * the command line (store.h, st_fold_later).
 *
 * Depends on store.h (st_fold_due, st_fold) and POSIX. The window folds on
 * a worker thread of its own; a command ends right after its save, so it
 * hands the fold to a detached process instead, as `git gc --auto` does:
 * the shell's prompt comes back at once and the fold finishes behind it.
 * st_fold is safe beside saves of any process and against a kill at any
 * moment, so nothing has to wait for this process or clean up after it. */
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* Folds, and leaves what it kept aside (an old .bak) in a notice for the
 * next load to say (st_load): a fold behind a command has nobody to tell,
 * and a file kept aside must never go unmentioned. Each notice is a file of
 * its own, <slug>.json.notice-PID-N, written under <slug>.json.notice.tmp-PID
 * and then linked in: a reader sees it whole or not at all, and removing
 * the ones it read never takes one written meanwhile. */
static void fold_and_note(const char *file, const char *player)
{
    char msg[1400];
    if (st_fold(file, player, NULL, NULL, NULL, msg, sizeof msg) != ST_SET_ASIDE || !msg[0]) return;
    size_t n = strlen(file) + 64;
    char *tmp = malloc(n), *name = malloc(n);
    int fd = -1;
    if (tmp && name) {
        snprintf(tmp, n, "%s.notice.tmp-%ld", file, (long)getpid());
        fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    }
    if (fd >= 0) {
        size_t len = strlen(msg);
        msg[len++] = '\n'; /* st_fold leaves room: msg is at most sizeof msg - 1 */
        bool ok = write(fd, msg, len) == (ssize_t)len && fsync(fd) == 0;
        close(fd);
        for (int k = 0; ok && k < 1000; k++) { /* a number no notice of this pid has yet */
            snprintf(name, n, "%s.notice-%ld-%d", file, (long)getpid(), k);
            if (link(tmp, name) == 0 || errno != EEXIST) break;
        }
        /* Whatever failed, the file kept aside is still there: nothing more to do. */
        unlink(tmp);
    }
    free(tmp);
    free(name);
}

void st_fold_later(const char *file, const char *player)
{
    const char *how = getenv("RAPPORT_FOLD");
    if ((how && strcmp(how, "never") == 0) || !st_fold_due(file)) return;
    if (how && strcmp(how, "wait") == 0) {
        fold_and_note(file, player);
        return;
    }
    fflush(NULL); /* nothing buffered is written twice */
    pid_t pid = fork();
    if (pid < 0) return; /* the next command tries again */
    if (pid > 0) {
        int ws;
        while (waitpid(pid, &ws, 0) < 0 && errno == EINTR) {
        }
        return;
    }
    /* The child: a session of its own (no terminal's signals), then a
     * grandchild that init adopts, so no caller ever waits for the fold. */
    if (setsid() < 0 || fork() != 0) _exit(0);
    int nul = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (nul >= 0) { /* no pipe a caller reads stays open behind it */
        dup2(nul, 0);
        dup2(nul, 1);
        dup2(nul, 2);
    }
    for (int fd = 3; fd < 1024; fd++)
        if (fd != nul) close(fd);
    if (nul > 2) close(nul);
    if (nice(10) == -1) { /* the learner's next command comes first; if not, so be it */
    }
    fold_and_note(file, player);
    _exit(0);
}
