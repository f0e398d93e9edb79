/* review.c: `rapport drill` and `rapport review` in a terminal (issue 16).
 *
 * drill plays one moment of a scenario again, with the state the player had
 * there in their latest saved conversation, for APP_DRILL_DECISIONS
 * decisions; review plays every moment due today, one after another, each
 * with its choices reshuffled. Each moves the moment's review schedule on
 * (SM-2, review.c and drill.c in engine/app): a drill as well as a review. Both read answers from
 * --choices or, one line each, from standard input, and save each drill as a record of kind
 * "drill".
 * --today DAY (or $RAPPORT_TODAY) sets the calendar day, for tests.
 *
 * Depends on: engine/app (drills, the review queue, the library), engine/ui
 * (ui_run, for `review` without --text). */
#include "app.h"
#include "cli.h"
#include "i18n.h"
#include "ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One drill's terminal run: where answers come from and where text goes. */
typedef struct drill_run {
    const char *c; /* what is left of --choices; NULL: read stdin */
    bool eof;      /* stdin ended */
} drill_run;

static void say(const core_scenario *sc, int speaker, const char *text)
{
    if (!text || !*text) return;
    if (speaker >= 0 && speaker < sc->n_cast)
        printf("%s: %s\n",
               sc->cast[speaker].name[0] ? sc->cast[speaker].name : sc->cast[speaker].key, text);
    else
        printf("%s\n", text);
}

/* The next answer: a number from 1, or 0 for "let the moment pass" (t);
 * -1 when there is none (the list or stdin ended), -2 for a bad line. */
static int next_answer(drill_run *r)
{
    char line[64];
    const char *tok;
    if (r->c) {
        while (*r->c == ',' || *r->c == ' ')
            r->c++;
        if (!*r->c) return -1;
        tok = r->c;
        r->c += strcspn(r->c, ",");
    } else {
        printf("> ");
        fflush(stdout);
        if (!fgets(line, sizeof line, stdin)) {
            r->eof = true;
            return -1;
        }
        tok = line;
    }
    while (*tok == ' ')
        tok++;
    if (*tok == 't' || *tok == 'T') return 0;
    char *end;
    long v = strtol(tok, &end, 10);
    if (end == tok || v < 1 || v > 1000) return -2;
    return (int)v;
}

/* Plays d until it is done. False when the answers ran out first. */
static bool play_drill(app_drill *d, drill_run *r)
{
    app_play *p = app_drill_play(d);
    const core_scenario *sc = app_play_scenario(p);
    core_session *s = app_play_session(p);
    int first = app_drill_first(d);
    if (first > 0) { /* what came just before, as a reminder */
        const core_step *prev = core_session_step(s, first - 1);
        const core_node *pn = &sc->nodes[prev->node];
        if (prev->choice != CORE_NONE)
            printf(_("(You had said: \"%s\")\n"), pn->choices[prev->choice].text);
    }
    while (!app_drill_done(d)) {
        const core_node *n = core_session_node(s);
        say(sc, n->speaker, core_session_reply(s));
        say(sc, n->speaker, core_session_text(s));
        for (int i = 0; i < core_session_n_visible(s); i++)
            printf("  %d. %s\n", i + 1, n->choices[core_session_visible(s, i)].text);
        if (n->timeout > 0) printf(_("  t. (let the moment pass)\n"));
        int a = next_answer(r);
        if (a == -1) return false;
        int rc = a == 0 ? core_session_timeout(s, 0) : a > 0 ? core_session_choose(s, a, 0) : -1;
        if (rc != 0) {
            printf(_("(not one of the answers shown: give a number from 1 to %d%s)\n"),
                   core_session_n_visible(s), n->timeout > 0 ? _(" or t") : "");
            if (r->c) return false; /* a script that does not fit stops here */
            continue;
        }
        const core_step *st = core_session_step(s, core_session_n_steps(s) - 1);
        const core_choice *c = st->choice != CORE_NONE ? &n->choices[st->choice] : NULL;
        char d2[256] = "";
        size_t k = 0;
        for (int i = 0; i < sc->n_skills && k < sizeof d2; i++)
            if (st->score[i] != 0)
                k += (size_t)snprintf(d2 + k, sizeof d2 - k, "%s%s %+g", k ? ", " : "",
                                      _(core_skill_label(sc->skills[i])), st->score[i]);
        printf(_("  [coach] %s\n"), k ? d2 : _("no change in score"));
        const char *fb = c ? c->feedback : n->timeout_feedback;
        if (fb) printf("  %s\n", fb);
    }
    if (core_session_status(s) == CORE_ENDED)
        say(sc, core_session_node(s)->speaker, core_session_text(s));
    return true;
}

/* Prints what the drill changed. */
static void show_summary(const app_drill *d)
{
    app_drill_sum sum;
    app_drill_summary(d, &sum);
    char buf[2000];
    app_drill_sum_text(&sum, buf, sizeof buf);
    printf(_("\n-- What changed --\n%s\n"), buf);
}

/* The player's file and progress; false (message printed) when unusable. */
static bool load_player(const cli_opts *o, char **file, st_progress *p)
{
    char *dir = st_data_dir(o->data_dir);
    *file = dir ? st_player_file(dir, cli_player(o)) : NULL;
    free(dir);
    if (!*file) return false;
    char msg[1200] = "";
    st_status st = st_load(*file, cli_player(o), p, msg, sizeof msg);
    if (msg[0]) fprintf(stderr, "rapport: %s\n", msg);
    if (st == ST_IO_ERROR || st == ST_NEWER || st == ST_LOCKED) {
        st_progress_free(p);
        free(*file);
        *file = NULL;
        return false;
    }
    return true;
}

static bool today_of(const cli_opts *o, char *today, size_t n)
{
    if (o->today) {
        if (!app_day_valid(o->today)) {
            fprintf(stderr, _("rapport: --today wants a day as YYYY-MM-DD, not '%s'\n"), o->today);
            return false;
        }
        snprintf(today, n, "%s", o->today);
    } else {
        app_today(today, n);
    }
    return true;
}

/* Says when the moment comes back, from what the save did to its schedule. */
static void say_schedule(const app_drill_saved *s, int quality)
{
    if (!s->scheduled) return;
    if (s->held)
        printf(_("Answered well again today: it still comes back on %s (spacing needs days "
                 "between).\n"),
               s->due);
    else if (s->added)
        printf(_("A moment missed: it joins your review queue and comes back on %s.\n"), s->due);
    else
        printf(_("%s It comes back on %s.\n"),
               quality >= 3 ? _("Well done.") : _("This one will come back soon."), s->due);
}

/* Saves d (a review when review is true) and says when the moment comes
 * back; --no-save says when it would have. */
static bool save_drill(const cli_opts *o, const app_drill *d, const char *file, const char *today,
                       bool review, const st_review *item)
{
    app_drill_sum sum;
    app_drill_summary(d, &sum);
    if (o->no_save) {
        if (review && item) { /* what the save would have done */
            app_sm2 m = {item->interval, item->ease, item->reps};
            app_sm2_next(&m, sum.quality);
            app_drill_saved s = {.scheduled = true};
            app_day_add(today, m.interval, s.due, sizeof s.due);
            say_schedule(&s, sum.quality);
        }
        return true;
    }
    char msg[1200];
    app_drill_saved saved;
    st_status rc =
        app_drill_save_ex(d, file, cli_player(o), today, review, &saved, msg, sizeof msg);
    if (rc != ST_OK && rc != ST_SET_ASIDE) {
        fprintf(stderr, _("rapport: the drill was not saved: %s\n"), msg);
        return false;
    }
    if (msg[0]) fprintf(stderr, "rapport: %s\n", msg);
    say_schedule(&saved, sum.quality);
    return true;
}

int cli_drill(const cli_opts *o)
{
    char today[16];
    if (!today_of(o, today, sizeof today)) return 2;
    char *path = cli_resolve(o->args[0]);
    if (!path) return 1;
    char *file = NULL;
    st_progress pr;
    if (!load_player(o, &file, &pr)) {
        free(path);
        return 1;
    }
    /* The route: the latest whole session of this scenario through the node. */
    core_diags dg = {0};
    app_play *probe = app_play_open(path, &dg);
    core_diags_free(&dg);
    const st_record *route =
        probe ? app_route_for(&pr, app_play_scenario(probe)->id, o->args[1]) : NULL;
    app_play_close(probe);
    char msg[1200];
    unsigned long seed = o->has_seed ? o->seed : app_new_seed();
    app_drill *d = app_drill_open(path, o->args[1], route, -1, seed, msg, sizeof msg);
    int rc = 0;
    if (!d) {
        fprintf(stderr, "rapport: %s\n", msg);
        rc = 1;
    } else {
        const core_scenario *sc = app_play_scenario(app_drill_play(d));
        printf(P_("Drill: %s, the moment '%s' (%d decision)\n",
                  "Drill: %s, the moment '%s' (%d decisions)\n", APP_DRILL_DECISIONS),
               sc->title, o->args[1], APP_DRILL_DECISIONS);
        if (app_drill_note(d)[0]) printf("%s\n", app_drill_note(d));
        putchar('\n');
        drill_run r = {o->choices, false};
        if (!play_drill(d, &r)) {
            fprintf(stderr, _("rapport: the drill stopped before its end: %s\n"),
                    o->choices ? _("--choices ran out or did not fit") : _("no more input"));
            rc = 1;
        } else {
            show_summary(d);
            putchar('\n');
            if (!save_drill(o, d, file, today, false, NULL))
                rc = 1;
            else if (!o->no_save)
                printf(_("\nSaved to %s.\n"), file);
        }
    }
    app_drill_close(d);
    st_progress_free(&pr);
    free(file);
    free(path);
    return rc;
}

int cli_review(const cli_opts *o)
{
    char today[16];
    if (!today_of(o, today, sizeof today)) return 2;
    if (!o->text) { /* the window's Review screen, on the same day */
        if (o->today) setenv("RAPPORT_TODAY", today, 1);
        ui_options u = {.data_dir = o->data_dir, .player = cli_player(o), .review = true};
        if (o->has_seed) {
            u.has_seed = true;
            u.seed = o->seed;
        }
        return ui_run(&u);
    }
    char *file = NULL;
    st_progress pr;
    if (!load_player(o, &file, &pr)) return 1;
    int *due = NULL;
    int n = app_review_due(&pr, today, &due);
    app_goals g;
    app_goals_get(&pr, today, &g);
    char line[200];
    app_goals_line(&g, line, sizeof line);
    if (n == 0) {
        printf(_("No moments to review today (%s).%s%s\n"), today, line[0] ? " " : "", line);
        if (pr.n_reviews > 0) {
            const char *next = NULL;
            for (int i = 0; i < pr.n_reviews; i++)
                if (!next || strcmp(pr.reviews[i].due, next) < 0) next = pr.reviews[i].due;
            printf(_("The next one is due on %s.\n"), next);
        }
        st_progress_free(&pr);
        free(file);
        return 0;
    }
    printf(P_("%d moment to review today (%s).%s%s\n", "%d moments to review today (%s).%s%s\n", n),
           n, today, line[0] ? " " : "", line);
    app_library lib;
    char *libdir = app_library_dir();
    bool have_lib = libdir && app_library_scan(libdir, &lib);
    free(libdir);
    int rc = 0, done = 0;
    drill_run r = {o->choices, false};
    for (int k = 0; k < n && !r.eof && rc == 0; k++) {
        /* Copy the key: pr is not changed here, but say what was reviewed by name. */
        const st_review *v = &pr.reviews[due[k]];
        char msg[1200];
        unsigned long seed = o->has_seed ? (o->seed + (unsigned long)k) & 0xFFFFFFFFul
                                         : app_new_seed(); /* each moment reshuffled */
        app_drill *d = have_lib ? app_review_open(&pr, due[k], &lib, seed, msg, sizeof msg) : NULL;
        char words[160];
        app_drill_moment_words(d, words, sizeof words);
        if (d && words[0]) /* the scenario's title and the moment's line, as translated */
            printf(_("\n== %d of %d: %s, %s ==\n"), k + 1, n,
                   app_play_scenario(app_drill_play(d))->title, words);
        else /* nothing to say it by but its ids */
            printf(_("\n== %d of %d: %s, '%s' ==\n"), k + 1, n, v->scenario, v->node);
        if (!d) {
            printf(_("(skipped: %s)\n"), have_lib ? msg : _("the library could not be read"));
            continue;
        }
        if (app_drill_note(d)[0]) printf("%s\n", app_drill_note(d));
        if (!play_drill(d, &r)) {
            printf(_("(stopped before the end of this moment: not saved)\n"));
            app_drill_close(d);
            if (o->choices) rc = 1;
            break;
        }
        show_summary(d);
        if (!save_drill(o, d, file, today, true, v)) rc = 1;
        done++;
        app_drill_close(d);
    }
    printf(_("\nReviewed %d of %d.%s\n"), done, n, o->no_save ? _(" (not saved: --no-save)") : "");
    if (have_lib) app_library_free(&lib);
    free(due);
    st_progress_free(&pr);
    free(file);
    return rc;
}
