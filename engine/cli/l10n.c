/* l10n.c: `rapport l10n extract FILE`, a scenario's player-visible strings
 * as a PO template (docs/translating.md). Depends on engine/app. */
#include "cli.h"

#include <stdio.h>
#include <string.h>

int cli_l10n(const cli_opts *o)
{
    if (strcmp(o->args[0], "extract") != 0) {
        fprintf(stderr, "rapport: l10n knows only 'extract', not '%s'\n", o->args[0]);
        return 2;
    }
    fputs("rapport: l10n extract is not ready yet\n", stderr);
    return 1;
}
