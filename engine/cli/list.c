/* list.c: `rapport list`: the library's scenarios, one line each (id,
 * family, title), for authors and facilitators who name scenarios by id
 * (play, present, packs). A file that does not load is listed with its first
 * error, so a broken scenario is not silently missing from the window.
 *
 * Depends on: engine/app (the library scan). */
#include "app.h"
#include "cli.h"
#include "i18n.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

static void json_entry(const app_entry *e)
{
    fputs("{\"id\":", stdout);
    cli_json_str(stdout, e->id);
    fputs(",\"family\":", stdout);
    cli_json_str(stdout, e->family);
    fputs(",\"title\":", stdout);
    cli_json_str(stdout, e->title);
    fputs(",\"file\":", stdout);
    cli_json_str(stdout, e->file);
    fprintf(stdout, ",\"difficulty\":%d,\"nodes\":%d,\"ok\":%s", e->difficulty, e->n_nodes,
            e->ok ? "true" : "false");
    if (!e->ok) {
        fputs(",\"error\":", stdout);
        cli_json_str(stdout, e->error ? e->error : "");
    }
    fputc('}', stdout);
}

int cli_list(const cli_opts *o)
{
    char *dir = app_library_dir();
    app_library lib = {0};
    if (!dir || !app_library_scan(dir, &lib)) {
        fprintf(stderr, _("rapport: the scenario library (%s) cannot be read\n"), dir ? dir : "?");
        free(dir);
        return 1;
    }
    /* The folder as a reader would type it, not "bin/../scenarios". */
    char *real = realpath(dir, NULL);
    if (real) {
        free(dir);
        dir = real;
    }
    int broken = 0;
    for (int i = 0; i < lib.n; i++)
        broken += !lib.v[i].ok;
    if (o->json) {
        fputs("{\"library\":", stdout);
        cli_json_str(stdout, dir);
        fputs(",\"scenarios\":[", stdout);
        for (int i = 0; i < lib.n; i++) {
            if (i) fputc(',', stdout);
            json_entry(&lib.v[i]);
        }
        fputs("]}\n", stdout);
    } else {
        /* Columns as wide as their longest id and family, in the library's order. */
        /* TRANSLATORS: the headings of rapport list's columns */
        const char *h_id = _("ID"), *h_family = _("FAMILY"), *h_title = _("TITLE");
        int wid = (int)strlen(h_id), wfam = (int)strlen(h_family);
        for (int i = 0; i < lib.n; i++) {
            const app_entry *e = &lib.v[i];
            int a = (int)strlen(e->ok ? e->id : e->file), b = (int)strlen(e->family);
            if (a > wid) wid = a < 48 ? a : 48;
            if (b > wfam) wfam = b < 24 ? b : 24;
        }
        cli_cell(stdout, h_id, wid + 2);
        cli_cell(stdout, h_family, wfam + 2);
        printf("%s\n", h_title);
        for (int i = 0; i < lib.n; i++) {
            const app_entry *e = &lib.v[i];
            if (!e->ok) {
                cli_cell(stdout, e->file, wid + 2);
                cli_cell(stdout, "-", wfam + 2);
                printf(_("(does not load: %s)\n"), e->error ? e->error : "?");
                continue;
            }
            cli_cell(stdout, e->id, wid + 2);
            cli_cell(stdout, e->family, wfam + 2);
            printf("%s\n", e->title);
        }
        printf(P_("%d scenario in %s\n", "%d scenarios in %s\n", lib.n - broken), lib.n - broken,
               dir);
        if (broken)
            printf(P_("%d file that does not load (rapport check FILE says why)\n",
                      "%d files that do not load (rapport check FILE says why)\n", broken),
                   broken);
    }
    app_library_free(&lib);
    free(dir);
    return broken ? 1 : 0;
}
