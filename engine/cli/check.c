/* check.c: `rapport check FILE...`, and with --watch again each time one of
 * the files is saved (watch.c waits). */
#include "app.h"
#include "cli.h"
#include "i18n.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static void json_diag(FILE *f, const core_diag *g)
{
    fputs("{\"file\":", f);
    cli_json_str(f, g->file);
    fprintf(f, ",\"line\":%d,\"severity\":\"%s\",\"path\":", g->line,
            g->severity == CORE_ERROR ? "error" : "warning");
    cli_json_str(f, g->path);
    fputs(",\"code\":", f);
    cli_json_str(f, g->code);
    fputs(",\"message\":", f);
    cli_json_str(f, g->msg);
    fputc('}', f);
}

/* One line per scenario: how often each surface cue picks the unique best
 * choice (docs/authoring.md, "Guessability"). */
static void print_cues(FILE *f, const char *file, const app_cue_stats *cs, bool json)
{
    if (json) {
        fputs("{\"file\":", f);
        cli_json_str(f, file);
        fprintf(f, ",\"judged\":%d", cs->judged);
        for (int c = 0; c < APP_N_CUES; c++)
            fprintf(f, ",\"%s\":%d", app_cue_name(c), cs->hits[c]);
        fputc('}', f);
        return;
    }
    fprintf(f,
            P_("%s: surface cues at %d node with one best choice:",
               "%s: surface cues at %d nodes with one best choice:", cs->judged),
            file, cs->judged);
    for (int c = 0; c < APP_N_CUES; c++) {
        /* TRANSLATORS: a surface cue's name (kept as written) and its share, as "first 24%" */
        fprintf(f, _(" %s %d%%"), app_cue_name(c), cs->judged ? cs->hits[c] * 100 / cs->judged : 0);
        fputs(c + 1 < APP_N_CUES ? "," : "\n", f);
    }
}

/* One check of every file, printed; returns the exit code. */
static int check_once(const cli_opts *o)
{
    core_diags all = {0};
    app_cue_stats *cues = calloc((size_t)o->n_args + 1, sizeof *cues);
    for (int i = 0; i < o->n_args; i++) {
        core_diags d = {0};
        const char *f = o->args[i];
        size_t len = strlen(f);
        if (len > 9 && strcmp(f + len - 9, ".test.lua") == 0) {
            /* Expectations beside a scenario: their form, and the names they use
             * against that scenario (rapport test runs them). */
            app_expects_check_file(f, &d);
        } else if (len > 9 && strcmp(f + len - 9, ".pack.lua") == 0) {
            app_check_pack_file(f, &d);
        } else {
            app_check_file(f, &d, cues ? &cues[i] : NULL);
        }
        core_diags_sort(&d);
        /* A file's problems past the ones kept were only counted: so are
         * they here, and the "more problems" line counts them. */
        int more_errors = d.errors, more_warnings = d.warnings;
        for (int k = 0; k < d.n; k++) {
            const core_diag *g = &d.v[k];
            core_diag_add_shown(&all, g->severity, g->file, g->path, g->line, g->code, g->shown,
                                "%s", g->msg);
            if (g->severity == CORE_ERROR)
                more_errors--;
            else
                more_warnings--;
        }
        all.errors += more_errors;
        all.warnings += more_warnings;
        core_diags_free(&d);
    }
    if (o->json) {
        fputs("{\"files\":", stdout);
        printf("%d,\"errors\":%d,\"warnings\":%d,\"findings\":[", o->n_args, all.errors,
               all.warnings);
        for (int k = 0; k < all.n; k++) {
            if (k) fputc(',', stdout);
            json_diag(stdout, &all.v[k]);
        }
        fputs("],\"cues\":[", stdout);
        for (int i = 0, m = 0; cues && i < o->n_args; i++)
            if (cues[i].judged > 0) {
                if (m++) fputc(',', stdout);
                print_cues(stdout, o->args[i], &cues[i], true);
            }
        fputs("]}\n", stdout);
    } else {
        core_diags_print(&all, stdout);
        for (int i = 0; cues && i < o->n_args; i++)
            if (cues[i].judged > 0) print_cues(stdout, o->args[i], &cues[i], false);
        char e[64], w[64];
        snprintf(e, sizeof e, P_("%d error", "%d errors", all.errors), all.errors);
        snprintf(w, sizeof w, P_("%d warning", "%d warnings", all.warnings), all.warnings);
        printf(P_("%s, %s in %d file\n", "%s, %s in %d files\n", o->n_args), e, w, o->n_args);
    }
    int rc = all.errors > 0 || (o->strict && all.warnings > 0) ? 1 : 0;
    for (int i = 0; cues && i < o->n_args; i++)
        app_cue_stats_free(&cues[i]);
    free(cues);
    core_diags_free(&all);
    return rc;
}

int cli_check(const cli_opts *o)
{
    if (!o->watch) return check_once(o);
    /* For authors without a language server: the findings again at every
     * save, until Ctrl-C. */
    cli_watch *w = cli_watch_open(o->args, o->n_args);
    if (!w) {
        fprintf(stderr, _("rapport: cannot watch the files for changes\n"));
        return 1;
    }
    int rc;
    for (;;) {
        rc = check_once(o);
        if (!o->json) {
            char when[16];
            time_t now = time(NULL);
            strftime(when, sizeof when, "%H:%M:%S", localtime(&now));
            printf(_("(checked at %s; watching for changes, Ctrl-C stops)\n"), when);
        }
        fflush(stdout);
        if (cli_watch_wait(w) < 0) break;
    }
    cli_watch_close(w);
    return rc;
}
