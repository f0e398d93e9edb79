/* l10n.c: `rapport l10n extract FILE`, a scenario's player-visible strings
 * as a PO template on standard output, for translators (docs/translating.md).
 * Depends on: engine/app (app_l10n.h). */
#include "app_l10n.h"
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cli_l10n(const cli_opts *o)
{
    if (strcmp(o->args[0], "extract") != 0) {
        fprintf(stderr, "rapport: l10n knows one subcommand, 'extract', not '%s'\n", o->args[0]);
        cli_usage(stderr);
        return 2;
    }
    char *file = cli_resolve(o->args[1]);
    if (!file) return 1;
    core_diags d = {0};
    bool ok = app_l10n_extract(file, stdout, &d);
    /* Errors refuse the scenario; its warnings are check's business. */
    for (int i = 0; i < d.n; i++)
        if (d.v[i].severity == CORE_ERROR) {
            core_diags one = {.v = &d.v[i], .n = 1, .cap = 1};
            core_diags_print(&one, stderr);
        }
    core_diags_free(&d);
    free(file);
    if (fflush(stdout) != 0) ok = false;
    return ok ? 0 : 1;
}
