/* progress.c: `rapport progress`: the player's history. */
#include "app.h"
#include "cli.h"

#include <stdlib.h>
#include <string.h>

/* One session: date, scenario and attempt, the whole ending label and its
 * grade, the kind when it is not a plain session, then accuracy per skill. */
static void print_record(const st_record *r)
{
    printf("  %.10s  ", r->started ? r->started : "?");
    char what[200];
    snprintf(what, sizeof what, "%s #%d", r->scenario ? r->scenario : "?", r->attempt);
    cli_cell(stdout, what, 30);
    printf(" %s", r->outcome ? r->outcome : "(unfinished)");
    if (r->grade) printf(" (%s)", r->grade);
    if (r->mode && strcmp(r->mode, "assessed") == 0) printf(", assessed");
    if (r->kind && strcmp(r->kind, "session") != 0) printf(", %s", r->kind);
    printf("\n%14s", "");
    for (int k = 0; k < r->n_skills; k++) {
        const st_skill *sk = &r->skills[k];
        if (sk->has_accuracy)
            printf("  %s %.0f%%", core_skill_label(sk->name), sk->accuracy);
        else
            printf("  %s -", core_skill_label(sk->name));
    }
    putchar('\n');
}

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
        else
            printf("  Accuracy per skill: how close each choice was to the best one you had at "
                   "that moment.\n");
        for (int i = 0; i < p.n_records; i++)
            print_record(&p.records[i]);
    }
    st_progress_free(&p);
    free(file);
    free(dir);
    return rc;
}
