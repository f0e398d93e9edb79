/* progress.c: `rapport progress`: the player's history, with confidence
 * beside accuracy (docs/practice.md), and the homework follow-up that
 * `rapport play` and `rapport progress` ask at a terminal. */
#include "app.h"
#include "cli.h"
#include "i18n.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* One line from stdin without its newline; false at the end of input. */
static bool read_answer(char *buf, size_t n)
{
    fflush(stdout);
    if (!fgets(buf, (int)n, stdin)) return false;
    buf[strcspn(buf, "\r\n")] = '\0';
    return true;
}

void cli_ask_homework(const cli_opts *o)
{
    if (!isatty(fileno(stdin))) return;
    char *dir = st_data_dir(o->data_dir);
    char *file = dir ? st_player_file(dir, cli_player(o)) : NULL;
    st_progress p;
    char msg[1200] = "";
    st_status st = file ? st_load(file, cli_player(o), &p, msg, sizeof msg) : ST_IO_ERROR;
    int i = st == ST_OK || st == ST_SET_ASIDE ? app_homework_due(&p, app_now_seconds()) : -1;
    if (i >= 0) {
        const st_record *r = &p.records[i];
        /* saved as the scenario said them then; shown in today's language */
        char *title = NULL, *homework = NULL;
        app_saved_words(NULL, r->scenario, r->title, r->homework, &title, &homework);
        printf(_("Last time (%s, %.10s) you planned to try this for real:\n  %s\n"),
               title                   ? title
               : r->title && *r->title ? r->title
                                       : r->scenario,
               r->ended ? r->ended : r->started, homework ? homework : r->homework);
        free(title);
        free(homework);
        printf(_("How did it go?  1. %s  2. %s  3. %s  (Enter: not now; you will not be asked "
                 "again)\n> "),
               _(app_hw_answer_label(APP_HW_DID)), _(app_hw_answer_label(APP_HW_PARTLY)),
               _(app_hw_answer_label(APP_HW_NOT_YET)));
        char line[600] = "", note[600] = "";
        bool more = read_answer(line, sizeof line);
        int a = atoi(line);
        app_hw_answer ans = a == 1   ? APP_HW_DID
                            : a == 2 ? APP_HW_PARTLY
                            : a == 3 ? APP_HW_NOT_YET
                                     : APP_HW_SKIPPED;
        if (more && ans != APP_HW_SKIPPED) {
            printf("%s", _("A note for yourself, if you like (Enter skips):\n> "));
            if (!read_answer(note, sizeof note)) note[0] = '\0';
        }
        app_session_note n = {.scenario = r->scenario,
                              .started = r->started,
                              .hw_answer = app_hw_answer_name(ans),
                              .hw_note = note};
        st_status s2 = app_session_note_save(file, cli_player(o), &n, msg, sizeof msg);
        if (s2 != ST_OK && s2 != ST_SET_ASIDE)
            fprintf(stderr, _("rapport: the answer was not kept: %s\n"), msg);
        else if (ans != APP_HW_SKIPPED)
            printf("%s", _("Kept in your progress.\n\n"));
        else
            putchar('\n');
    }
    if (file) st_progress_free(&p);
    free(file);
    free(dir);
}

/* One session: date, scenario and attempt, the whole ending label (its
 * words in the player's language when the scenario's translation has them,
 * from ends) and its grade, the kind when it is not a plain session, then
 * accuracy per skill. */
static void print_record(const st_record *r, app_endings *ends)
{
    printf("  %.10s  ", r->started ? r->started : "?");
    char what[200];
    snprintf(what, sizeof what, "%s #%d", r->scenario ? r->scenario : "?", r->attempt);
    cli_cell(stdout, what, 30);
    const char *words = app_endings_words(ends, r->scenario, r->outcome);
    printf(" %s", words ? words : r->outcome ? r->outcome : _("(unfinished)"));
    if (r->grade) printf(" (%s)", app_grade_label(r->grade));
    if (r->mode && strcmp(r->mode, "assessed") == 0) printf("%s", _(", assessed"));
    if (r->kind && strcmp(r->kind, "session") != 0)
        printf(", %s", strcmp(r->kind, "drill") == 0 ? _("drill") : r->kind);
    if (r->confidence_before || r->confidence_after) { /* docs/practice.md */
        printf("%s", _(", confidence "));
        if (r->confidence_before)
            printf("%d", r->confidence_before);
        else
            printf("-");
        if (r->confidence_after)
            printf(" -> %d", r->confidence_after);
        else
            printf(" -> -");
    }
    printf("\n%14s", "");
    for (int k = 0; k < r->n_skills; k++) {
        const st_skill *sk = &r->skills[k];
        if (sk->has_accuracy)
            printf("  %s %.0f%%", _(core_skill_label(sk->name)), sk->accuracy);
        else
            printf("  %s -", _(core_skill_label(sk->name)));
    }
    putchar('\n');
    if (r->homework_answer && strcmp(r->homework_answer, "skipped") != 0) {
        int a = app_hw_answer_from_name(r->homework_answer);
        printf(_("%14s  homework: %s%s%s%s\n"), "", _(app_hw_answer_label((app_hw_answer)a)),
               r->homework_note ? " (\"" : "", r->homework_note ? r->homework_note : "",
               r->homework_note ? "\")" : "");
    }
}

/* Confidence beside accuracy (docs/practice.md): how sure the player felt
 * before and after, over the sessions where they said. */
static void print_confidence(const st_progress *p)
{
    app_confidence c;
    app_confidence_summary(p, &c);
    if (!c.n_before && !c.n_after) return;
    printf("%s", _("  Confidence (1 to 5, as you rated it):"));
    if (c.n_before)
        printf(P_(" before %.1f on average (first %d, latest %d, %d session)",
                  " before %.1f on average (first %d, latest %d, %d sessions)", c.n_before),
               c.mean_before, c.first_before, c.last_before, c.n_before);
    if (c.n_after)
        printf(_("%s after %.1f (first %d, latest %d)"), c.n_before ? ";" : "", c.mean_after,
               c.first_after, c.last_after);
    if (c.n_pairs) printf(_("; %+.1f from before to after"), c.mean_gain);
    printf(".\n");
}

int cli_progress(const cli_opts *o)
{
    char *dir = st_data_dir(o->data_dir);
    char *file = dir ? st_player_file(dir, cli_player(o)) : NULL;
    if (!file) return 1;
    if (!o->json) cli_ask_homework(o);
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
        printf(_("Progress of %s (%s)\n"), p.player, file);
        if (p.n_records == 0)
            printf("%s", _("  No sessions yet. Try: rapport play --text networking.coffee_line\n"));
        else
            printf("%s",
                   _("  Accuracy per skill: how close each choice was to the best one you had "
                     "at that moment.\n"));
        print_confidence(&p);
        /* The scenarios' ending words: each scenario loaded once, and only
         * outside English (--json keeps the labels: st_print above). */
        app_endings *ends = app_endings_new(NULL);
        for (int i = 0; i < p.n_records; i++)
            print_record(&p.records[i], ends);
        app_endings_free(ends);
    }
    st_progress_free(&p);
    free(file);
    free(dir);
    return rc;
}
