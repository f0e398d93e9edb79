/* test_history.c: the window and a large history (docs/progress.md, "Large
 * histories: the journal"): what its background work says and how often it
 * runs (ui_state.c, the whole-history load and the fold on worker threads).
 *
 *   - A fold given up on files nobody changes (a journal line from a newer
 *     rapport) is not looked for again until they change: before, an idle
 *     window reread the whole history every two seconds, forever.
 *   - What the whole-history load took from a background fold's notice is
 *     said even when the load is dropped before it lands (the player picked
 *     again, the window closing): the load removes the notice, so dropping
 *     its message left a file kept aside unmentioned.
 *
 * Depends on: engine/ui (ui_local.h, ui_state.c), engine/store (st_append
 * builds the history), the screen fixture (dummy video driver). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "screen_fixture.h"
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* A history for "Ana" in fx->data with its journal due to be folded (the
 * journal starts at 3000 bytes of file here: RAPPORT_STORE_JOURNAL_FROM).
 * Writes the file's path to file (n bytes). */
static void history_due(sf_fixture *fx, char *file, size_t n)
{
    char *f = st_player_file(fx->data, "Ana");
    assert_non_null(f);
    snprintf(file, n, "%s", f);
    free(f);
    static char *path[] = {"arrive", "end"};
    for (int i = 0; i < 400 && !st_fold_due(file); i++) {
        char started[32], msg[600];
        snprintf(started, sizeof started, "2026-01-01T00:%02d:%02dZ", i / 60 % 60, i % 60);
        st_record r = {.scenario = "s.one",
                       .version = 1,
                       .title = "A conversation long enough to make a history grow quickly",
                       .family = "s",
                       .mode = "practice",
                       .started = started,
                       .ended = started,
                       .outcome = "done",
                       .grade = "good",
                       .path = path,
                       .n_path = 2};
        assert_int_equal(st_append(file, "Ana", &r, msg, sizeof msg), ST_OK);
    }
    assert_true(st_fold_due(file));
}

static void append_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "a");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static sf_fixture *window_for_ana(void)
{
    setenv("RAPPORT_STORE_JOURNAL_FROM", "3000", 1);
    return sf_window(800, 600, "history", "/tmp/rapport-ui-history-XXXXXX");
}

static void start_as_ana(sf_fixture *fx)
{
    ui_options o = {0};
    o.player = "Ana";
    o.library_dir = RAPPORT_SOURCE_DIR "/tests/golden";
    sf_start(fx, &o);
}

/* Ticks the window until fold_stuck is set (the fold it started was given
 * up): a wait for a state, with a hang guard of about a minute. */
static void wait_until_stuck(sf_fixture *fx)
{
    for (int i = 0; !fx->st.fold_stuck || fx->st.fold; i++) {
        assert_true(i < 6000);
        ui_state_tick(&fx->st);
        SDL_Delay(10);
    }
}

static void given_up_fold_not_retried(void **state)
{
    (void)state;
    sf_fixture *fx = window_for_ana();
    char file[400], journal[420];
    history_due(fx, file, sizeof file);
    snprintf(journal, sizeof journal, "%.*s.journal", (int)(strlen(file) - 5), file);
    /* A line this rapport cannot read: folds give up, saves are refused. */
    append_text(journal, "{\"seq\":999999,\"op\":\"hologram\"}\n");
    start_as_ana(fx);
    wait_until_stuck(fx);
    /* Two seconds on (the limit between looks), the next look starts no fold. */
    fx->st.fold_checked -= 5000;
    ui_state_tick(&fx->st);
    assert_null(fx->st.fold);
    assert_true(fx->st.fold_stuck);
    /* Once the files change, a fold is looked for again (and given up again). */
    append_text(journal, "\n");
    fx->st.fold_checked -= 5000;
    ui_state_tick(&fx->st);
    assert_non_null(fx->st.fold);
    wait_until_stuck(fx);
    sf_close(fx);
    unsetenv("RAPPORT_STORE_JOURNAL_FROM");
}

static void dropped_load_says_the_notice(void **state)
{
    (void)state;
    sf_fixture *fx = window_for_ana();
    char file[400], notice[440];
    history_due(fx, file, sizeof file);
    /* What a fold behind a command kept aside, for the next load to say. */
    snprintf(notice, sizeof notice, "%s.notice-1-0", file);
    append_text(notice, "kept the old backup ana.json.bak.broken-1 aside\n");
    start_as_ana(fx); /* the recent sessions now, the whole history on a worker */
    assert_non_null(fx->st.pload);
    /* Picked again before the whole load landed: that load is dropped. */
    assert_true(ui_state_pick_player(&fx->st, "Ana"));
    assert_non_null(strstr(fx->st.status, "ana.json.bak.broken-1"));
    struct stat sb;
    assert_int_not_equal(stat(notice, &sb), 0); /* said once: the notice is gone */
    sf_close(fx);
    unsetenv("RAPPORT_STORE_JOURNAL_FROM");
}

static int setup(void **state)
{
    (void)state;
    return sf_setup("history-", false);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(given_up_fold_not_retried),
        cmocka_unit_test(dropped_load_says_the_notice),
    };
    return cmocka_run_group_tests(tests, setup, sf_teardown);
}
