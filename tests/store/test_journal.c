/* test_journal.c: the journal beside a large progress file (docs/progress.md,
 * "Large histories: the journal"): a save appends lines instead of rewriting
 * the file; every read applies them; a torn last line is left out and cut
 * off; a damaged line is kept aside with its place named; a fold that
 * crashed before removing the journal counts nothing twice; two processes
 * appending at once lose nothing; st_update's callers (a homework answer,
 * settings, a review item) become journal lines. The fold is off the save
 * path (st_fold): a save never rewrites the file, lines appended while a
 * fold is written stay in the journal, a fold beside a rewrite or a stop is
 * given up with nothing left behind, and other processes saving during folds
 * lose nothing. A FIFO under the file's name is refused, not waited on.
 * RAPPORT_STORE_JOURNAL_FROM makes a few sessions "large". */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "store.h"
#include "store_file.h"
#include "store_local.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static char dir[256], file[300], journal[300];

static int setup(void **st)
{
    (void)st;
    snprintf(dir, sizeof dir, "/tmp/rapport-journal-XXXXXX");
    if (!mkdtemp(dir)) return -1;
    snprintf(file, sizeof file, "%s/ana.json", dir);
    snprintf(journal, sizeof journal, "%s/ana.journal", dir);
    setenv("RAPPORT_STORE_JOURNAL_FROM", "3000", 1);
    return 0;
}

static int teardown(void **st)
{
    (void)st;
    unsetenv("RAPPORT_STORE_JOURNAL_FROM");
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

/* The whole file (malloc'ed) or NULL. */
static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)len + 1);
    assert_non_null(b);
    assert_int_equal(fread(b, 1, (size_t)len, f), (size_t)len);
    b[len] = '\0';
    fclose(f);
    if (n) *n = (size_t)len;
    return b;
}

static void spit(const char *path, const char *b, size_t n)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(b, 1, n, f), n);
    fclose(f);
}

static const char *scen[] = {"s.one", "s.two"};

/* A session with started "id-N", scenario by N. */
static st_record session(int id, char *started, size_t n)
{
    static char *path[] = {"arrive", "middle", "end"};
    static char *shown[] = {"a", "b"};
    static st_choice ch[1];
    snprintf(started, n, "id-%d", id);
    ch[0] = (st_choice){.node = "arrive",
                        .choice = "a",
                        .pressed = 1,
                        .ms = 1000,
                        .text = "A line long enough to make each session a few hundred bytes, "
                                "so a handful of them make a large history.",
                        .shown_ids = shown,
                        .n_shown_ids = 2};
    st_record r = {.scenario = (char *)scen[id % 2],
                   .version = 1,
                   .title = "Title",
                   .family = "s",
                   .mode = "practice",
                   .started = started,
                   .ended = "2026-01-01T00:05:00Z",
                   .outcome = "done",
                   .grade = "good",
                   .path = path,
                   .n_path = 3,
                   .choices = ch,
                   .n_choices = 1,
                   .n_skills = 1};
    r.skills[0] = (st_skill){.name = "listening", .raw = 1, .best = 2, .worst = -1, .percent = 66};
    return r;
}

static void append(int id)
{
    char started[32], msg[1200];
    st_record r = session(id, started, sizeof started);
    st_status st = st_append(file, "Ana", &r, msg, sizeof msg);
    if (st != ST_OK) fprintf(stderr, "append id-%d: %d %s\n", id, st, msg);
    assert_int_equal(st, ST_OK);
}

/* The history as st_load sees it: ids in order, checked once each, attempts
 * numbered per scenario. Returns the count. */
static int check_history(int want)
{
    st_progress p;
    char msg[1200];
    st_status st = st_load(file, "Ana", &p, msg, sizeof msg);
    if (st != ST_OK) fprintf(stderr, "load: %d %s\n", st, msg);
    assert_int_equal(st, ST_OK);
    if (want >= 0) assert_int_equal(p.n_records, want);
    int per[2] = {0, 0};
    for (int i = 0; i < p.n_records; i++) {
        const st_record *r = &p.records[i];
        assert_int_equal(atoi(r->started + 3), i); /* each once, in order */
        int s = strcmp(r->scenario, scen[0]) == 0 ? 0 : 1;
        assert_int_equal(r->attempt, ++per[s]);
    }
    int n = p.n_records;
    st_progress_free(&p);
    return n;
}

static bool exists(const char *path)
{
    struct stat sb;
    return stat(path, &sb) == 0;
}

/* Appends until the journal exists and holds at least lines lines. */
static int grow_journal(int from, int lines)
{
    int id = from;
    for (;;) {
        size_t n = 0;
        char *j = slurp(journal, &n);
        int k = 0;
        for (size_t i = 0; j && i < n; i++)
            k += j[i] == '\n';
        free(j);
        if (k >= lines) return id;
        append(id++);
        assert_true(id < from + 200);
    }
}

/* Names in dir starting with prefix. */
static int count_named(const char *prefix)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        n += strncmp(e->d_name, prefix, strlen(prefix)) == 0;
    closedir(d);
    return n;
}

/* Below the size, the file is written as it always was and no journal
 * appears. */
static void small_history_unchanged(void **st)
{
    (void)st;
    unsetenv("RAPPORT_STORE_JOURNAL_FROM");
    for (int i = 0; i < 3; i++)
        append(i);
    assert_false(exists(journal));
    char *t = slurp(file, NULL);
    assert_non_null(strstr(t, "{\n\t\"schema\":\t2,")); /* cJSON's indented print, as before */
    st_progress p;
    char err[300];
    assert_int_equal(st_parse(t, strlen(t), &p, err, sizeof err), ST_OK);
    assert_int_equal(p.n_records, 3);
    st_progress_free(&p);
    free(t);
    check_history(3);
}

/* The key property: once large, a save appends to the journal and leaves
 * the file alone; every read sees all; the file alone is always a whole,
 * valid document. */
static void saves_append_lines(void **st)
{
    (void)st;
    int id = grow_journal(0, 1);
    struct stat a, b;
    assert_int_equal(stat(file, &a), 0);
    size_t jn0 = 0;
    free(slurp(journal, &jn0));
    append(id++);
    assert_int_equal(stat(file, &b), 0);
    /* Not rewritten: the same inode (a rewrite renames a new file in). */
    assert_true(a.st_ino == b.st_ino && a.st_size == b.st_size);
    size_t jn1 = 0;
    char *j = slurp(journal, &jn1);
    assert_true(jn1 > jn0);
    assert_non_null(strstr(j, "\"op\":\"session\""));
    free(j);
    check_history(id);
    /* Many more (st_fold folds them; saves only append): nothing lost or doubled. */
    for (int k = 0; k < 60; k++) {
        append(id++);
        char *t = slurp(file, NULL);
        st_progress p;
        char err[300];
        assert_int_equal(st_parse(t, strlen(t), &p, err, sizeof err), ST_OK);
        assert_true(p.n_records <= id);
        st_progress_free(&p);
        free(t);
    }
    check_history(id);
    /* The read that must not change anything sees it all too. */
    size_t n;
    char *t = slurp(file, &n);
    st_progress p;
    char err[300];
    assert_int_equal(st_parse_file(file, t, n, &p, err, sizeof err), ST_OK);
    assert_int_equal(p.n_records, id);
    st_progress_free(&p);
    free(t);
    /* st_load_recent: the newest sessions, never more than the history. */
    char msg[600];
    assert_int_equal(st_load_recent(file, "Ana", &p, msg, sizeof msg), ST_OK);
    assert_true(p.n_records >= ST_RECENT && p.n_records <= id);
    assert_int_equal(atoi(p.records[p.n_records - 1].started + 3), id - 1);
    st_progress_free(&p);
}

/* A crash in the middle of an append leaves a line without its newline: it
 * was never acknowledged. Reads leave it out, nothing is set aside, and the
 * next append cuts it off. */
static void torn_last_line(void **st)
{
    (void)st;
    int id = grow_journal(0, 2);
    size_t n;
    char *j = slurp(journal, &n);
    char *torn = malloc(n + 40);
    memcpy(torn, j, n);
    memcpy(torn + n, "{\"seq\":9999,\"op\":\"sess", 22);
    spit(journal, torn, n + 22);
    free(torn);
    free(j);
    check_history(id);
    assert_int_equal(count_named("ana.journal."), 0);
    append(id++);
    check_history(id);
    j = slurp(journal, &n);
    assert_null(strstr(j, "\"sess{"));
    assert_null(strstr(j, "9999"));
    assert_int_equal(j[n - 1], '\n');
    free(j);
}

/* A whole line that cannot be read: the lines before it are folded into the
 * file, the journal is kept aside byte for byte, and the message names the
 * journal and the line. */
static void damaged_line_kept_aside(void **st)
{
    (void)st;
    int id = grow_journal(0, 3);
    size_t n;
    char *j = slurp(journal, &n);
    char *second = strchr(j, '\n') + 1;
    memcpy(second + 5, "#garbage#", 9); /* inside line 2 */
    spit(journal, j, n);
    st_progress p;
    char msg[1200];
    assert_int_equal(st_load(file, "Ana", &p, msg, sizeof msg), ST_SET_ASIDE);
    assert_non_null(strstr(msg, journal));
    assert_non_null(strstr(msg, "line 2"));
    assert_non_null(strstr(msg, ".journal.broken-"));
    int shown = p.n_records;
    st_progress_free(&p);
    assert_int_equal(count_named("ana.journal.broken-"), 1);
    /* Kept aside exactly as it was. */
    DIR *d = opendir(dir);
    struct dirent *e;
    char aside[600] = "";
    while ((e = readdir(d)))
        if (strncmp(e->d_name, "ana.journal.broken-", 19) == 0)
            snprintf(aside, sizeof aside, "%s/%s", dir, e->d_name);
    closedir(d);
    size_t an;
    char *a = slurp(aside, &an);
    assert_int_equal(an, n);
    assert_memory_equal(a, j, n);
    free(a);
    free(j);
    /* Line 1's session survived in the file; what followed is in the aside. */
    assert_true(shown >= id - 2);
    assert_int_equal(check_history(shown), shown);
    /* And saving goes on. */
    char started[32];
    st_record r = session(shown, started, sizeof started);
    assert_int_equal(st_append(file, "Ana", &r, msg, sizeof msg), ST_OK);
    check_history(shown + 1);
}

/* kids processes, each appending each sessions (ids 1000 + 100 k + i)
 * through the lock, retrying while another holds it. */
static void spawn_appenders(pid_t *kid, int kids, int each)
{
    for (int k = 0; k < kids; k++) {
        fflush(NULL);
        kid[k] = fork();
        assert_true(kid[k] >= 0);
        if (kid[k] == 0) {
            for (int i = 0; i < each; i++) {
                char started[32], msg[1200];
                st_record r = session(1000 + k * 100 + i, started, sizeof started);
                st_status s;
                while ((s = st_append(file, "Ana", &r, msg, sizeof msg)) == ST_LOCKED) {
                }
                if (s != ST_OK) _exit(1);
            }
            _exit(0);
        }
    }
}

/* After spawn_appenders on a history of `before` sessions: every session
 * once, each process's in its order, attempts numbered per scenario. */
static void check_appenders(int before, int kids, int each)
{
    st_progress p;
    char msg[600];
    assert_int_equal(st_load(file, "Ana", &p, msg, sizeof msg), ST_OK);
    assert_int_equal(p.n_records, before + kids * each);
    int seen[4][64] = {{0}}, last[4] = {-1, -1, -1, -1}, per[2] = {0, 0};
    assert_true(kids <= 4 && each <= 64);
    for (int i = 0; i < p.n_records; i++) {
        int v = atoi(p.records[i].started + 3);
        if (v >= 1000) {
            int k = (v - 1000) / 100, e = (v - 1000) % 100;
            seen[k][e]++;
            assert_true(e > last[k]);
            last[k] = e;
        }
        int s = strcmp(p.records[i].scenario, scen[0]) == 0 ? 0 : 1;
        assert_int_equal(p.records[i].attempt, ++per[s]);
    }
    for (int k = 0; k < kids; k++)
        for (int i = 0; i < each; i++)
            assert_int_equal(seen[k][i], 1);
    st_progress_free(&p);
}

/* ---- the fold off the save path (st_fold) ---- */

/* Appends until a fold is due; returns the next id. */
static int grow_until_due(int from)
{
    int id = from;
    while (!st_fold_due(file)) {
        append(id++);
        assert_true(id < from + 400); /* a save that folds would never leave one due */
    }
    return id;
}

static ino_t inode(const char *path)
{
    struct stat sb;
    assert_int_equal(stat(path, &sb), 0);
    return sb.st_ino;
}

/* No temporary file of a save or a fold is left. */
static void no_temps(void)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    struct dirent *e;
    while ((e = readdir(d))) {
        assert_null(strstr(e->d_name, ".tmp-"));
        assert_null(strstr(e->d_name, ".fold-"));
    }
    closedir(d);
}

/* A save with a fold due appends and returns: the file is not rewritten on
 * its path. st_fold then folds: a new file with every line, the old file as
 * the .bak, the journal gone. */
static void save_does_not_fold(void **st)
{
    (void)st;
    int id = grow_until_due(0);
    ino_t before = inode(file);
    size_t jn0 = 0, fn0 = 0;
    free(slurp(journal, &jn0));
    char *old = slurp(file, &fn0);
    append(id++);
    assert_true(inode(file) == before);
    size_t jn1 = 0;
    free(slurp(journal, &jn1));
    assert_true(jn1 > jn0);
    check_history(id);
    bool folded = false;
    char msg[1400];
    assert_int_equal(st_fold(file, "Ana", NULL, NULL, &folded, msg, sizeof msg), ST_OK);
    assert_true(folded);
    assert_string_equal(msg, "");
    assert_false(exists(journal));
    assert_true(inode(file) != before);
    size_t bn = 0;
    char bakname[320];
    snprintf(bakname, sizeof bakname, "%s.bak", file);
    char *bak = slurp(bakname, &bn);
    assert_int_equal(bn, fn0);
    assert_memory_equal(bak, old, fn0);
    free(bak);
    free(old);
    no_temps();
    check_history(id);
    /* Nothing due now: a second fold changes nothing. */
    assert_false(st_fold_due(file));
    ino_t after = inode(file);
    assert_int_equal(st_fold(file, "Ana", NULL, NULL, &folded, msg, sizeof msg), ST_OK);
    assert_false(folded);
    assert_true(inode(file) == after);
    append(id++);
    check_history(id);
}

/* A fold killed half way leaves <slug>.json.fold-* and .bak.fold-*: the next
 * save removes them when no fold holds the fold lock, and leaves them while
 * one does (they may be that fold's own files, being written). */
static void killed_fold_temps_go_at_next_save(void **st)
{
    (void)st;
    int id = 0;
    append(id++);
    append(id++);
    char t1[400], t2[400], lockname[400];
    snprintf(t1, sizeof t1, "%s.fold-99999-0", file);
    snprintf(t2, sizeof t2, "%s.bak.fold-99999-1", file);
    snprintf(lockname, sizeof lockname, "%s.foldlock", file);
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < 2; i++) {
            FILE *f = fopen(i ? t2 : t1, "w");
            assert_non_null(f);
            fputs("{\"half\": ", f);
            fclose(f);
        }
        /* Pass 0: a fold is running (this test holds its lock). */
        int fd = pass == 0 ? st_file_lock(file, "foldlock", 0) : -1;
        if (pass == 0) assert_true(fd >= 0);
        append(id++);
        assert_true(exists(t1) == (pass == 0));
        assert_true(exists(t2) == (pass == 0));
        st_file_unlock(fd);
    }
    no_temps();
    check_history(id);
}

/* A fold behind a command (st_fold_later) that keeps an unreadable .bak
 * aside has nobody to tell: the next load says it once (ST_SET_ASIDE, the
 * file kept aside named), the one after says nothing. */
static void background_fold_set_aside_is_said(void **st)
{
    (void)st;
    int id = grow_until_due(0);
    char bakname[320];
    snprintf(bakname, sizeof bakname, "%s.bak", file);
    FILE *f = fopen(bakname, "w");
    assert_non_null(f);
    fputs("{ not json", f);
    fclose(f);
    setenv("RAPPORT_FOLD", "wait", 1); /* the same fold, in this process: no race to wait for */
    st_fold_later(file, "Ana");
    unsetenv("RAPPORT_FOLD");
    assert_false(exists(journal)); /* folded */
    st_progress p;
    char msg[1400];
    assert_int_equal(st_load(file, "Ana", &p, msg, sizeof msg), ST_SET_ASIDE);
    assert_non_null(strstr(msg, ".bak.broken-"));
    assert_int_equal((int)p.n_records, id);
    st_progress_free(&p);
    assert_int_equal(st_load(file, "Ana", &p, msg, sizeof msg), ST_OK);
    assert_string_equal(msg, "");
    st_progress_free(&p);
    check_history(id);
}

/* Notices of several background folds (each a file of its own, and the one
 * file an earlier rapport appended to) are said together by one load and
 * removed; a notice a killed fold was writing goes at the next save, one
 * whose process is alive stays. */
static void notices_said_once_each(void **st)
{
    (void)st;
    int id = grow_journal(0, 2);
    char a[400], b[400], legacy[400], dead[400], live[400];
    snprintf(a, sizeof a, "%s.notice-11-0", file);
    snprintf(b, sizeof b, "%s.notice-12-3", file);
    snprintf(legacy, sizeof legacy, "%s.notice", file);
    spit(a, "kept FIRST aside\n", 17);
    spit(b, "kept SECOND aside\n", 18);
    spit(legacy, "kept THIRD aside\n", 17);
    pid_t gone = fork();
    if (gone == 0) _exit(0);
    assert_true(gone > 0);
    assert_int_equal(waitpid(gone, NULL, 0), gone);
    snprintf(dead, sizeof dead, "%s.notice.tmp-%ld", file, (long)gone);
    snprintf(live, sizeof live, "%s.notice.tmp-%ld", file, (long)getpid());
    spit(dead, "half", 4);
    spit(live, "half", 4);
    st_progress p;
    char msg[1400];
    assert_int_equal(st_load(file, "Ana", &p, msg, sizeof msg), ST_SET_ASIDE);
    assert_non_null(strstr(msg, "kept FIRST aside"));
    assert_non_null(strstr(msg, "kept SECOND aside"));
    assert_non_null(strstr(msg, "kept THIRD aside"));
    assert_int_equal((int)p.n_records, id);
    st_progress_free(&p);
    assert_false(exists(a) || exists(b) || exists(legacy));
    assert_int_equal(st_load(file, "Ana", &p, msg, sizeof msg), ST_OK);
    assert_string_equal(msg, "");
    st_progress_free(&p);
    append(id++); /* a save: the dead fold's half-written notice goes */
    assert_false(exists(dead));
    assert_true(exists(live));
    unlink(live);
    check_history(id);
}

/* What the fold's stop callback does, between the fold's three steps: what
 * other saves (of this or another process) do while a fold is written. */
typedef struct meanwhile {
    int calls, at; /* act at call `at` (0, 1 or 2) */
    int what;      /* 0 append two, 1 rewrite the file whole, 2 ask to stop */
    int *id;
} meanwhile;

static bool act_meanwhile(void *arg)
{
    meanwhile *m = arg;
    if (m->calls++ != m->at) return false;
    if (m->what == 0) {
        append((*m->id)++);
        append((*m->id)++);
    } else if (m->what == 1) {
        st_progress p;
        char msg[1200];
        assert_int_equal(st_load(file, "Ana", &p, msg, sizeof msg), ST_OK);
        assert_int_equal(st_save(file, &p, msg, sizeof msg), ST_OK);
        st_progress_free(&p);
    }
    return m->what == 2;
}

/* Sessions saved while the fold was being written stay in the journal,
 * after the lines folded, under the same journal id: at every step of the
 * fold, every session once, attempts numbered across. */
static void fold_keeps_what_was_appended_meanwhile(void **st)
{
    (void)st;
    int id = 0;
    for (int at = 0; at < 3; at++) {
        id = grow_until_due(id);
        size_t n = 0;
        char *j = slurp(journal, &n);
        char *nl = strchr(j, '\n');
        size_t head = (size_t)(nl - j) + 1;
        meanwhile m = {.at = at, .what = 0, .id = &id};
        bool folded = false;
        char msg[1400];
        assert_int_equal(st_fold(file, "Ana", act_meanwhile, &m, &folded, msg, sizeof msg), ST_OK);
        assert_true(m.calls > at); /* the callback did act */
        assert_true(folded);
        size_t k = 0;
        char *after = slurp(journal, &k);
        assert_non_null(after);
        /* The same first line (the journal's id), then the two sessions. */
        assert_memory_equal(after, j, head);
        int lines = 0;
        for (size_t i = 0; i < k; i++)
            lines += after[i] == '\n';
        assert_int_equal(lines, 3);
        free(after);
        free(j);
        no_temps();
        check_history(id);
        append(id++); /* and the numbering goes on after them */
        check_history(id);
    }
}

/* A save that rewrote the file while the fold was being written, or a
 * window closing: the fold is given up and leaves nothing behind. */
static void fold_given_up_cleanly(void **st)
{
    (void)st;
    int id = 0;
    for (int what = 1; what <= 2; what++) {
        for (int at = 0; at < 3; at++) {
            id = grow_until_due(id);
            ino_t f0 = inode(file);
            size_t jn0 = 0;
            char *j0 = slurp(journal, &jn0);
            meanwhile m = {.at = at, .what = what, .id = &id};
            bool folded = true;
            char msg[1400];
            assert_int_equal(st_fold(file, "Ana", act_meanwhile, &m, &folded, msg, sizeof msg),
                             ST_OK);
            assert_false(folded);
            no_temps();
            if (what == 2) { /* stopped: nothing changed at all */
                assert_true(inode(file) == f0);
                size_t jn1 = 0;
                char *j1 = slurp(journal, &jn1);
                assert_int_equal(jn1, jn0);
                assert_memory_equal(j1, j0, jn0);
                free(j1);
            } else {
                assert_non_null(strstr(msg, "given up"));
            }
            free(j0);
            check_history(id);
        }
    }
}

/* Other processes saving while this one folds, over and over: every
 * session once, in order per process, attempts right. */
static void fold_beside_other_processes(void **st)
{
    (void)st;
    int id = grow_until_due(0);
    enum { KIDS = 2, EACH = 40 };
    pid_t kid[KIDS];
    spawn_appenders(kid, KIDS, EACH);
    int running = KIDS, folds = 0;
    while (running > 0) {
        bool folded = false;
        char msg[1400];
        st_status s = st_fold(file, "Ana", NULL, NULL, &folded, msg, sizeof msg);
        assert_true(s == ST_OK || s == ST_LOCKED);
        folds += folded;
        for (int k = 0; k < KIDS; k++) {
            int ws;
            if (kid[k] > 0 && waitpid(kid[k], &ws, WNOHANG) == kid[k]) {
                assert_true(WIFEXITED(ws) && WEXITSTATUS(ws) == 0);
                kid[k] = 0;
                running--;
            }
        }
    }
    assert_true(folds >= 1); /* the first was due, and nothing rewrote the file */
    check_appenders(id, KIDS, EACH);
}

/* A FIFO under the file's or the journal's name would make a read wait for
 * a writer forever: refused at once, with a message naming it. (Without the
 * check this test hangs; the alarm turns that into a failure.) */
static void fifo_refused(void **st)
{
    (void)st;
    alarm(20);
    assert_int_equal(mkfifo(file, 0600), 0);
    char *buf = NULL;
    size_t len = 0;
    assert_int_equal(st_file_read_all(file, 1 << 20, &buf, &len), -1);
    assert_int_equal(errno, ST_FILE_NOT_REGULAR);
    assert_null(buf);
    st_progress p;
    char msg[1200];
    assert_int_equal(st_load(file, "Ana", &p, msg, sizeof msg), ST_IO_ERROR);
    st_progress_free(&p);
    assert_non_null(strstr(msg, file));
    assert_non_null(strstr(msg, "not a regular file"));
    assert_int_equal(st_load_recent(file, "Ana", &p, msg, sizeof msg), ST_IO_ERROR);
    st_progress_free(&p);
    char started[32];
    st_record r = session(0, started, sizeof started);
    assert_int_equal(st_append(file, "Ana", &r, msg, sizeof msg), ST_IO_ERROR);
    assert_non_null(strstr(msg, "not a regular file"));
    assert_int_equal(unlink(file), 0);
    /* The journal's name. */
    int id = grow_journal(0, 2);
    assert_int_equal(unlink(journal), 0);
    assert_int_equal(mkfifo(journal, 0600), 0);
    assert_int_equal(st_load(file, "Ana", &p, msg, sizeof msg), ST_IO_ERROR);
    st_progress_free(&p);
    assert_non_null(strstr(msg, journal));
    assert_non_null(strstr(msg, "not a regular file"));
    r = session(id, started, sizeof started);
    assert_int_equal(st_append(file, "Ana", &r, msg, sizeof msg), ST_IO_ERROR);
    /* Nothing to fold in a FIFO: the fold returns at once. */
    assert_int_equal(st_fold(file, "Ana", NULL, NULL, NULL, msg, sizeof msg), ST_OK);
    assert_int_equal(count_named("ana.json.broken-"), 0);
    alarm(0);
}

/* A fold writes the new file, then removes the journal. Killed between the
 * two, the journal's lines are in both: they are skipped by their seq. */
static void fold_crash_counts_once(void **st)
{
    (void)st;
    int id = grow_until_due(0);
    size_t n;
    char *old = slurp(journal, &n);
    bool folded = false;
    char msg[1400];
    assert_int_equal(st_fold(file, "Ana", NULL, NULL, &folded, msg, sizeof msg), ST_OK);
    assert_true(folded);
    assert_false(exists(journal));
    check_history(id);
    spit(journal, old, n); /* the crash: the old journal still there */
    check_history(id);
    append(id++);
    check_history(id);
    free(old);
}

/* Two processes appending at once through the lock: every session once,
 * attempts counted right across the journal and folds. */
static void concurrent_appends(void **st)
{
    (void)st;
    int id = grow_journal(0, 1);
    enum { KIDS = 3, EACH = 12 };
    pid_t kid[KIDS];
    spawn_appenders(kid, KIDS, EACH);
    for (int k = 0; k < KIDS; k++) {
        int ws;
        assert_int_equal(waitpid(kid[k], &ws, 0), kid[k]);
        assert_true(WIFEXITED(ws) && WEXITSTATUS(ws) == 0);
    }
    check_appenders(id, KIDS, EACH);
}

/* st_update's callers: answering the homework of a recent session and of
 * one older than the view, the settings, a review item. */
typedef struct answer {
    const char *started;
    bool found;
} answer;

static bool do_answer(st_progress *p, void *arg)
{
    answer *a = arg;
    a->found = false;
    for (int i = p->n_records - 1; i >= 0; i--)
        if (strcmp(p->records[i].started, a->started) == 0) {
            free(p->records[i].homework_answer);
            p->records[i].homework_answer = strdup("did");
            free(p->records[i].homework);
            p->records[i].homework = strdup("Try it");
            a->found = true;
            return p->records[i].homework_answer && p->records[i].homework;
        }
    return true;
}

static bool do_review(st_progress *p, void *arg)
{
    (void)arg;
    st_review v = {.scenario = "s.one",
                   .node = "middle",
                   .added = "2026-01-01",
                   .due = "2026-01-02",
                   .interval = 1,
                   .ease = 2.5};
    int i = st_review_find(p, v.scenario, v.node);
    if (i < 0) return st_review_add(p, &v);
    v.reviews = p->reviews[i].reviews + 1;
    return st_review_set(p, i, &v);
}

static const char *answered(const st_progress *p, const char *started)
{
    for (int i = 0; i < p->n_records; i++)
        if (strcmp(p->records[i].started, started) == 0) return p->records[i].homework_answer;
    return NULL;
}

static void updates_become_lines(void **st)
{
    (void)st;
    int id = 0;
    while (id < ST_RECENT + 20)
        append(id++);
    grow_journal(id, 1);
    id = check_history(-1);
    char msg[1200];
    char recent[32], old[32];
    snprintf(recent, sizeof recent, "id-%d", id - 1);
    snprintf(old, sizeof old, "id-%d", 2);
    answer a = {recent, false};
    struct stat s0, s1;
    assert_int_equal(stat(file, &s0), 0);
    assert_int_equal(st_update(file, "Ana", do_answer, &a, msg, sizeof msg), ST_OK);
    assert_true(a.found);
    char *j = slurp(journal, NULL);
    assert_non_null(strstr(j, "\"op\":\"session_set\""));
    free(j);
    answer b = {old, false}; /* older than the view: found on the whole history */
    assert_int_equal(st_update(file, "Ana", do_answer, &b, msg, sizeof msg), ST_OK);
    assert_true(b.found);
    st_settings set = {.text_scale = 1.5, .theme = "dark", .text_speed = 30, .mode = "practice"};
    assert_int_equal(st_save_settings(file, "Ana", &set, msg, sizeof msg), ST_OK);
    assert_int_equal(st_update(file, "Ana", do_review, NULL, msg, sizeof msg), ST_OK);
    assert_int_equal(st_update(file, "Ana", do_review, NULL, msg, sizeof msg), ST_OK);
    assert_int_equal(stat(file, &s1), 0);
    st_progress p;
    assert_int_equal(st_load(file, "Ana", &p, msg, sizeof msg), ST_OK);
    assert_int_equal(p.n_records, id);
    assert_string_equal(answered(&p, recent), "did");
    assert_string_equal(answered(&p, old), "did");
    assert_string_equal(p.settings.theme, "dark");
    assert_int_equal(p.n_reviews, 1);
    assert_int_equal(p.reviews[0].reviews, 1);
    st_progress_free(&p);
    check_history(id);
}

/* A schema 1 file past the size is upgraded by its first save into the
 * journal layout, losing nothing; the next save is a journal line. */
static void schema1_upgrades(void **st)
{
    (void)st;
    char *doc = malloc(1 << 16);
    size_t k =
        (size_t)snprintf(doc, 1 << 16,
                         "{\"schema\":1,\"player\":\"Ana\",\"created\":\"2025-01-01T00:00:00Z\","
                         "\"settings\":{\"theme\":\"contrast\"},\"sessions\":[");
    for (int i = 0; i < 20; i++)
        k += (size_t)snprintf(
            doc + k, (1 << 16) - k,
            "%s{\"scenario\":\"%s\",\"scenario_version\":1,\"started\":\"id-%d\",\"outcome\":"
            "\"done\",\"path\":[\"arrive\"],\"choices\":[{\"node\":\"arrive\",\"choice\":\"a\","
            "\"shown\":2,\"ms\":10,\"text\":\"Padding to make the old file large enough.\"}],"
            "\"skills\":{\"listening\":{\"raw\":1,\"best\":2,\"worst\":0,\"percent\":50}},"
            "\"tags\":{\"open_question\":1}}",
            i ? "," : "", scen[i % 2], i);
    k += (size_t)snprintf(doc + k, (1 << 16) - k, "]}");
    spit(file, doc, k);
    free(doc);
    append(20);
    append(21);
    assert_true(exists(journal));
    st_progress p;
    char msg[600];
    assert_int_equal(st_load(file, "Ana", &p, msg, sizeof msg), ST_OK);
    assert_int_equal(p.n_records, 22);
    assert_string_equal(p.settings.theme, "contrast");
    assert_int_equal(p.records[0].choices[0].pressed, 2); /* schema 1's "shown" */
    assert_int_equal(p.records[3].tags[0].count, 1);
    st_progress_free(&p);
    check_history(22);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(small_history_unchanged, setup, teardown),
        cmocka_unit_test_setup_teardown(saves_append_lines, setup, teardown),
        cmocka_unit_test_setup_teardown(torn_last_line, setup, teardown),
        cmocka_unit_test_setup_teardown(damaged_line_kept_aside, setup, teardown),
        cmocka_unit_test_setup_teardown(fold_crash_counts_once, setup, teardown),
        cmocka_unit_test_setup_teardown(concurrent_appends, setup, teardown),
        cmocka_unit_test_setup_teardown(save_does_not_fold, setup, teardown),
        cmocka_unit_test_setup_teardown(killed_fold_temps_go_at_next_save, setup, teardown),
        cmocka_unit_test_setup_teardown(background_fold_set_aside_is_said, setup, teardown),
        cmocka_unit_test_setup_teardown(notices_said_once_each, setup, teardown),
        cmocka_unit_test_setup_teardown(fold_keeps_what_was_appended_meanwhile, setup, teardown),
        cmocka_unit_test_setup_teardown(fold_given_up_cleanly, setup, teardown),
        cmocka_unit_test_setup_teardown(fold_beside_other_processes, setup, teardown),
        cmocka_unit_test_setup_teardown(fifo_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(updates_become_lines, setup, teardown),
        cmocka_unit_test_setup_teardown(schema1_upgrades, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
