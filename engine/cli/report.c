/* report.c: `rapport report FILES... --html OUT [--csv OUT] [--anonymise]`:
 * the workshop class report from many learners' progress files (engine/app/report.h).
 *
 * Arguments: progress files; folders, whose *.json files are read (down to
 * three levels, for a USB stick with one folder per laptop); an exercise pack
 * (*.pack.lua), whose order and prompts the report follows; and scenario
 * files (*.lua), looked at before the library to find texts and feedback.
 * Inputs are only read. Every problem with the input (a file skipped and why,
 * a player merged from two files, near-duplicate names, pack problems) is a
 * line on stderr, as well as a box in the HTML and rows in the CSV; the
 * report is written all the same. Exit 0 when at
 * least one progress file was read, 1 otherwise or when an output cannot be
 * written, 2 for bad usage. */
#include "app.h"
#include "cli.h"
#include "i18n.h"
#include "lrs.h"
#include "report.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct list {
    char **v; /* owned strings */
    int n;
} list;

static void list_add(list *l, const char *s)
{
    char **v = realloc(l->v, sizeof *v * (size_t)(l->n + 1));
    if (!v) return;
    l->v = v;
    if ((v[l->n] = core_strdup(s))) l->n++;
}

static void list_free(list *l)
{
    for (int i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
}

static bool ends_with(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && strcmp(s + a - b, suf) == 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A folder that cannot be listed, and why (errno). */
typedef struct bad_dir {
    char *dir; /* owned */
    int err;
} bad_dir;

typedef struct bad_list {
    bad_dir *v; /* owned */
    int n;
} bad_list;

/* Adds the *.json files under dir (sorted, so the report does not depend on
 * the order the file system lists them). Backups (.json.bak), set-aside files
 * (.broken-*) and locks end differently and are left out, and so is a
 * pack's place (*.place.json, docs/pack-place.schema.json). A folder that cannot
 * be listed goes to bad, to be reported with the other problems (the report
 * words it: app_report_skip_folder). */
static void add_dir(list *out, bad_list *bad, const char *dir, int depth)
{
    DIR *d = opendir(dir);
    if (!d) {
        int err = errno;
        bad_dir *v = realloc(bad->v, sizeof *v * (size_t)(bad->n + 1));
        if (!v) return;
        bad->v = v;
        if ((v[bad->n].dir = core_strdup(dir))) v[bad->n++].err = err;
        return;
    }
    list names = {0};
    struct dirent *e;
    while ((e = readdir(d)))
        if (e->d_name[0] != '.') list_add(&names, e->d_name);
    closedir(d);
    if (names.n > 1) qsort(names.v, (size_t)names.n, sizeof *names.v, cmp_str);
    for (int i = 0; i < names.n; i++) {
        char path[PATH_MAX];
        snprintf(path, sizeof path, "%s%s%s", dir, ends_with(dir, "/") ? "" : "/", names.v[i]);
        struct stat st;
        if (stat(path, &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) {
            if (depth < 3) add_dir(out, bad, path, depth + 1);
        } else if (ends_with(names.v[i], ".json") && !ends_with(names.v[i], ".place.json")) {
            /* (a pack's place, packs/NAME.place.json beside the progress files,
             * is the window's bookmark, not a progress file) */
            list_add(out, path);
        }
    }
    list_free(&names);
}

/* True when path names the same file as one of the inputs. */
static bool is_input(const char *path, const list *inputs, const list *scen)
{
    struct stat o;
    if (stat(path, &o) != 0) return false;
    const list *ls[] = {inputs, scen};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < ls[k]->n; i++) {
            struct stat s;
            if (stat(ls[k]->v[i], &s) == 0 && s.st_dev == o.st_dev && s.st_ino == o.st_ino)
                return true;
        }
    return false;
}

/* Writes one output whole and durably (app_report_save); says why not. */
static bool write_out(app_report *r, const char *path, bool html)
{
    char msg[1200];
    if (app_report_save(r, path, html, msg, sizeof msg)) return true;
    fprintf(stderr, "rapport: %s\n", msg);
    return false;
}

int cli_report(const cli_opts *o)
{
    if (!o->html && !o->csv && !o->xapi) {
        fprintf(stderr, "rapport: %s\n",
                _("report needs --html OUT (and may add --csv OUT, --xapi OUT)"));
        cli_usage(stderr);
        return 2;
    }
    if (o->html && o->csv && strcmp(o->html, o->csv) == 0) {
        fprintf(stderr, "rapport: %s\n", _("--html and --csv name the same file"));
        return 2;
    }
    list inputs = {0}, scen = {0}, packs = {0};
    bad_list bad = {0};
    for (int i = 0; i < o->n_args; i++) {
        struct stat st;
        const char *a = o->args[i];
        if (stat(a, &st) == 0 && S_ISDIR(st.st_mode))
            add_dir(&inputs, &bad, a, 0);
        else if (ends_with(a, ".pack.lua"))
            list_add(&packs, a);
        else if (ends_with(a, ".lua"))
            list_add(&scen, a);
        else
            list_add(&inputs, a);
    }
    int rc = 1;
    char *key = NULL;
    app_report *r = NULL;
    const char **taken = NULL;
    const char *outs[] = {o->html, o->csv, o->xapi};
    for (int k = 0; k < 3; k++)
        if (outs[k] && is_input(outs[k], &inputs, &scen)) {
            fprintf(stderr, "rapport: ");
            fprintf(stderr, _("%s is one of the inputs; the report never writes over them\n"),
                    outs[k]);
            rc = 2;
            goto done;
        }

    /* Pseudonyms need the facilitator's key; without it nothing is written,
     * since a report meant to be anonymous must never fall back to names. */
    if (o->anonymise) {
        char note[1400];
        key = app_report_key(note, sizeof note);
        if (!key) {
            fprintf(stderr, "rapport: ");
            fprintf(stderr, _("--anonymise needs the pseudonym key: %s\n"), note);
            goto done;
        }
        if (note[0] && !o->xapi)
            fprintf(stderr, "rapport: %s\n", note); /* else the export says it */
    }
    app_report_opts ro = {.anonymise = o->anonymise,
                          .pseudonym_key = key,
                          .scenario_files = (const char *const *)scen.v,
                          .n_scenario_files = scen.n};
    r = app_report_new(&ro);
    if (!r) {
        fprintf(stderr, "rapport: %s\n", _("out of memory"));
        goto done;
    }
    for (int i = 0; i < packs.n; i++) {
        core_diags d = {0};
        app_report_set_pack(r, packs.v[i], &d); /* a pack that is not used is a problem */
        core_diags_sort(&d);
        core_diags_print(&d, stderr);
        core_diags_free(&d);
    }
    for (int i = 0; i < bad.n; i++)
        app_report_skip_folder(r, bad.v[i].dir, bad.v[i].err);
    if (inputs.n == 0 && bad.n == 0) fprintf(stderr, "rapport: %s\n", _("no progress files given"));
    /* The files the report took; only they go on to the xAPI export, so a
     * broken file is reported once. */
    taken = calloc((size_t)inputs.n + 1, sizeof *taken);
    int n_taken = 0;
    for (int i = 0; i < inputs.n; i++) {
        char why[800];
        if (app_report_add_file(r, inputs.v[i], why, sizeof why) && taken)
            taken[n_taken++] = inputs.v[i];
    }
    /* Everything the report will show in its problems box, once, by name. */
    app_report_write_problems(r, stderr, "rapport: ");
    bool ok = true;
    if (o->html) ok = write_out(r, o->html, true) && ok;
    if (o->csv) ok = write_out(r, o->csv, false) && ok;
    if (o->xapi) {
        /* The same statements an LRS would receive (engine/lrs), for import. */
        int n =
            taken ? lrs_export_file(taken, n_taken, o->xapi, o->anonymise, o->send_choices, stderr)
                  : -1;
        if (n < 0)
            ok = false;
        else
            printf(P_("%d xAPI statement in %s\n", "%d xAPI statements in %s\n", n), n, o->xapi);
    }
    int read = app_report_n_files(r);
    if (ok) {
        /* Sessions are whole conversations; drills, if any, are named apart. */
        int nl = app_report_n_learners(r), ns = app_report_n_sessions(r),
            nd = app_report_n_drills(r);
        /* Each count with its own plural form, then the sentence around them. */
        char learners[64], sessions[64], drills[64] = "", files[96];
        snprintf(learners, sizeof learners, P_("%d learner", "%d learners", nl), nl);
        snprintf(sessions, sizeof sessions, P_("%d session", "%d sessions", ns), ns);
        if (nd > 0) snprintf(drills, sizeof drills, P_(" and %d drill", " and %d drills", nd), nd);
        snprintf(files, sizeof files, P_("from %d of %d file", "from %d of %d files", inputs.n),
                 read, inputs.n);
        /* TRANSLATORS: "Report on 12 learners, 30 sessions and 2 drills from
         * 12 of 12 files: report.html report.csv"; the last four %s are the
         * files written, each after a space. */
        printf(_("Report on %s, %s%s %s:%s%s%s%s\n"), learners, sessions, drills, files,
               o->html ? " " : "", o->html ? o->html : "", o->csv ? " " : "", o->csv ? o->csv : "");
    }
    rc = ok && read > 0 ? 0 : 1;
done:
    free(taken);
    app_report_free(r);
    free(key);
    list_free(&inputs);
    list_free(&scen);
    list_free(&packs);
    for (int i = 0; i < bad.n; i++)
        free(bad.v[i].dir);
    free(bad.v);
    return rc;
}
