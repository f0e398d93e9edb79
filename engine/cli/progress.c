/* progress.c: `rapport progress`: the player's history. */
#include "app.h"
#include "cli.h"

#include <stdlib.h>
#include <string.h>

int cli_progress(const cli_opts *o)
{
    char *dir = st_data_dir(o->data_dir);
    char *file = dir ? st_player_file(dir, cli_player(o)) : NULL;
    if (!file) return 1;
    st_progress p;
    char msg[1200] = "";
    st_status st = st_load(file, cli_player(o), &p, msg, sizeof msg);
    if (msg[0]) fprintf(stderr, "rapport: %s\n", msg);
    int rc = st == ST_IO_ERROR || st == ST_NEWER ? 1 : 0;
    if (o->json) {
        char *text = st_print(&p);
        if (text) puts(text);
        free(text);
    } else if (rc == 0) {
        printf("Progress of %s (%s)\n", p.player, file);
        if (p.n_records == 0)
            printf("  No sessions yet. Try: rapport play --text networking.coffee_line\n");
        for (int i = 0; i < p.n_records; i++) {
            const st_record *r = &p.records[i];
            printf("  %.10s  ", r->started ? r->started : "?");
            cli_cell(stdout, r->scenario ? r->scenario : "?", 28);
            putchar(' ');
            cli_cell(stdout, r->outcome ? r->outcome : "(unfinished)", 10);
            for (int k = 0; k < r->n_skills; k++)
                printf("  %s %3.0f%%", r->skills[k].name, r->skills[k].percent);
            putchar('\n');
        }
    }
    st_progress_free(&p);
    free(file);
    free(dir);
    return rc;
}
