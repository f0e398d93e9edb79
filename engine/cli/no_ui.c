/* no_ui.c: stands in for engine/ui when rapport is built without the window
 * (-DRAPPORT_UI=OFF): the command line says how to play in the terminal. */
#include "i18n.h"
#include "ui.h"

#include <stdio.h>

int ui_run(const ui_options *opt)
{
    (void)opt;
    fputs(
        _("rapport: this build has no window; play in the terminal with: rapport play --text ID\n"),
        stderr);
    return 1;
}
