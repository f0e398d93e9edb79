/* test_voice.c: reading aloud (engine/ui/ui_voice.c; docs/window.md
 * "Reading aloud"). Speech goes to a file through SDL's disk audio driver
 * (SDL_AUDIODRIVER=disk, SDL_DISKAUDIOFILE) and sox measures it: every line
 * in every voice tried must make sound. A stop must reach the worker (the
 * utterance is counted as cut short, nothing is left queued) and the engine
 * must speak again afterwards. Missing voice data must be reported, not
 * crash. In the window (dummy video driver): V turns the setting on, the
 * current line is then spoken, the setting survives a restart, V turns it
 * off again, and a failure is said once in the status line.
 *
 * Every wait is for a state the engine reports (ui_voice_get_stats), with a
 * generous limit that only a hang reaches. The tests that need speech skip,
 * saying why, when espeak-ng's data or sox is missing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "ui_local.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define SCEN RAPPORT_SOURCE_DIR "/tests/ui/scenarios/tiny.lua"
#define LIMIT_MS 60000 /* only a hang waits this long */

static char tmp[128];

static bool have_sox(void)
{
    return system("sox --version >/dev/null 2>&1") == 0;
}

/* Waits until the engine has left UI_VOICE_STARTING; returns the state. */
static ui_voice_state wait_started(ui_voice *v, ui_voice_stats *vs)
{
    for (int t = 0; t < LIMIT_MS; t += 5) {
        ui_voice_get_stats(v, vs);
        if (vs->state != UI_VOICE_STARTING) return vs->state;
        SDL_Delay(5);
    }
    fail_msg("the voice worker never started");
    return UI_VOICE_FAILED;
}

/* Waits until nothing is waiting, being synthesised or left to play. */
static void wait_idle(ui_voice *v, ui_voice_stats *vs)
{
    for (int t = 0; t < LIMIT_MS; t += 5) {
        ui_voice_get_stats(v, vs);
        if (!vs->busy && vs->waiting == 0 && vs->queued_bytes == 0) return;
        SDL_Delay(5);
    }
    fail_msg("speech never finished");
}

/* Opens an engine writing to file; skips the test when espeak-ng cannot
 * start (its data missing). */
static ui_voice *open_to(const char *file, bool fast)
{
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILE", file, 1);
    /* The disk driver writes a buffer (46 ms of sound) every SDL_DISKAUDIODELAY
     * ms: 2 plays about twenty times faster than real time; unset, real time. */
    if (fast)
        setenv("SDL_DISKAUDIODELAY", "2", 1);
    else
        unsetenv("SDL_DISKAUDIODELAY");
    char err[256];
    ui_voice *v = ui_voice_open(0, err, sizeof err);
    if (!v) fail_msg("ui_voice_open: %s", err);
    ui_voice_stats vs;
    if (wait_started(v, &vs) == UI_VOICE_FAILED) {
        fprintf(stderr, "SKIP: reading aloud cannot start here: %s\n", vs.problem);
        ui_voice_close(v);
        skip();
    }
    return v;
}

/* sox's `stats` of a raw 22,050 Hz 16-bit mono file: the loudest 50 ms
 * window's RMS level (dB below full scale); and the length in samples (from
 * the file's size: sox rounds it, "39.9k"). */
static void sox_stats(const char *file, double *rms_pk_db, long *samples)
{
    struct stat sb;
    assert_int_equal(stat(file, &sb), 0);
    *samples = (long)sb.st_size / 2;
    char cmd[400], line[256];
    snprintf(cmd, sizeof cmd, "sox -t raw -r 22050 -e signed-integer -b 16 -c 1 '%s' -n stats 2>&1",
             file);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    *rms_pk_db = -1000;
    while (fgets(line, sizeof line, p)) {
        double d;
        if (sscanf(line, "RMS Pk dB %lf", &d) == 1) *rms_pk_db = d;
    }
    assert_int_equal(pclose(p), 0);
}

/* ---- the voices ---- */

static void voices_are_distinct_and_stable(void **state)
{
    (void)state;
    char names[11][32];
    int pitch[11], rate[11];
    for (int i = 0; i < 11; i++) /* the narrator, then cast 0..9 */
        ui_voice_params(i - 1, NULL, names[i], sizeof names[i], &pitch[i], &rate[i]);
    for (int i = 0; i < 11; i++) {
        assert_true(pitch[i] >= 0 && pitch[i] <= 100);
        assert_true(rate[i] >= 80 && rate[i] <= 450); /* espeak-ng's range, words a minute */
        for (int j = i + 1; j < 11; j++)
            if (strcmp(names[i], names[j]) == 0 && pitch[i] == pitch[j] && rate[i] == rate[j])
                fail_msg("voices %d and %d are the same (%s)", i - 1, j - 1, names[i]);
    }
    char again[32];
    int p, r;
    ui_voice_params(3, NULL, again, sizeof again, &p, &r);
    assert_string_equal(again, names[4]);
    assert_int_equal(p, pitch[4]);
    assert_int_equal(r, rate[4]);
}

/* The language of the text picks the voices' language; each person keeps
 * their variant, pitch and rate in every language. */
static void voices_follow_the_language(void **state)
{
    (void)state;
    char lang[8], name[32], en[32];
    static const char *const codes[][2] = {
        {"fr", "fr"},    {"fr_CA", "fr"}, {"fr:de", "fr"}, {"fr_FR.UTF-8", "fr"}, {"en", "en"},
        {"en_GB", "en"}, {"", "en"},      {"C", "en"},     {"../fr", "en"},       {"french", "en"}};
    for (size_t i = 0; i < sizeof codes / sizeof *codes; i++) {
        ui_voice_lang(codes[i][0], lang, sizeof lang);
        assert_string_equal(lang, codes[i][1]);
    }
    ui_voice_lang(NULL, lang, sizeof lang);
    assert_string_equal(lang, "en");
    for (int i = -1; i < 10; i++) {
        int p, r, pe, re;
        ui_voice_params(i, "fr", name, sizeof name, &p, &r);
        ui_voice_params(i, NULL, en, sizeof en, &pe, &re);
        assert_int_equal(strncmp(name, "fr+", 3), 0); /* never an English voice */
        assert_string_equal(strchr(name, '+'), strchr(en, '+'));
        assert_int_equal(p, pe);
        assert_int_equal(r, re);
    }
    /* English as it always was */
    ui_voice_params(-1, "en", en, sizeof en, &(int){0}, &(int){0});
    assert_string_equal(en, "en+m7");
    ui_voice_params(2, "en_US", en, sizeof en, &(int){0}, &(int){0});
    assert_string_equal(en, "en-us+f4");
    ui_voice_params(2, "fr", name, sizeof name, &(int){0}, &(int){0});
    assert_string_equal(name, "fr+f4");
}

/* ---- the engine ---- */

static void every_line_makes_sound(void **state)
{
    (void)state;
    if (!have_sox()) {
        fprintf(stderr, "SKIP: sox is not installed (scripts/deps installs it)\n");
        skip();
    }
    static const char *const lines[] = {
        "The hallway is quiet after the meeting.",
        "That meeting went on forever.",
        "Sounds like a long day. Anything I can take off your plate?",
        "Thanks. I mean it.",
    };
    for (int i = 0; i < 4; i++) { /* the narrator, then cast members 0, 1 and 2 */
        char file[200];
        snprintf(file, sizeof file, "%s/line%d.raw", tmp, i);
        ui_voice *v = open_to(file, true);
        ui_voice_say(v, i - 1, lines[i]);
        ui_voice_stats vs;
        for (int t = 0; t < LIMIT_MS; t += 5) { /* until it has been synthesised */
            ui_voice_get_stats(v, &vs);
            if (vs.said == 1) break;
            SDL_Delay(5);
        }
        assert_int_equal(vs.said, 1);
        assert_int_equal(vs.stopped, 0);
        wait_idle(v, &vs); /* and played */
        long synth = vs.samples;
        ui_voice_close(v); /* closes the file */
        double pk;
        long n;
        sox_stats(file, &pk, &n);
        fprintf(stderr, "voice %d: %ld samples synthesised, file %ld samples, RMS Pk %.1f dB\n",
                i - 1, synth, n, pk);
        assert_true(synth > 22050 / 2); /* more than half a second of speech */
        assert_true(n >= synth);        /* all of it reached the device */
        if (pk < -30) fail_msg("line %d is silent (RMS Pk %.1f dB)", i, pk);
    }
}

/* A French line in a French voice: espeak-ng's data has it (no fallback to
 * English) and it makes sound; a language it lacks is spoken in English. */
static void french_line_makes_sound(void **state)
{
    (void)state;
    if (!have_sox()) {
        fprintf(stderr, "SKIP: sox is not installed (scripts/deps installs it)\n");
        skip();
    }
    char file[200];
    snprintf(file, sizeof file, "%s/fr.raw", tmp);
    ui_voice *v = open_to(file, true);
    ui_voice_set_language(v, "fr");
    ui_voice_say(v, 0, "Bonjour ! Je suis ravie de vous rencontrer enfin.");
    ui_voice_set_language(v, "zz"); /* no such language in espeak-ng-data */
    ui_voice_say(v, 1, "Nice to meet you too.");
    ui_voice_stats vs;
    for (int t = 0; t < LIMIT_MS; t += 5) {
        ui_voice_get_stats(v, &vs);
        if (vs.said == 2) break;
        SDL_Delay(5);
    }
    assert_int_equal(vs.said, 2);
    assert_int_equal(vs.in_english, 1); /* "zz" only */
    wait_idle(v, &vs);
    long synth = vs.samples;
    ui_voice_close(v);
    double pk;
    long n;
    sox_stats(file, &pk, &n);
    assert_true(synth > 22050); /* more than a second for both lines */
    assert_true(n >= synth);
    if (pk < -30) fail_msg("the French line is silent (RMS Pk %.1f dB)", pk);
}

static void stop_interrupts(void **state)
{
    (void)state;
    char file[200];
    snprintf(file, sizeof file, "%s/stop.raw", tmp);
    ui_voice *v = open_to(file, false); /* real time: a long text takes minutes */
    char text[4000] = "";
    for (int i = 0; i < 30; i++)
        strcat(text, "This sentence goes on and on so that the speech lasts a long time. ");
    ui_voice_say(v, 0, text);
    ui_voice_say(v, 1, "This line waits its turn and is never spoken.");
    ui_voice_stats vs;
    for (int t = 0; t < LIMIT_MS; t += 5) { /* until sound is on its way */
        ui_voice_get_stats(v, &vs);
        if (vs.samples > 0) break;
        SDL_Delay(5);
    }
    assert_true(vs.samples > 0);
    assert_int_equal(vs.said, 0); /* 30 sentences are far more than the second kept ahead */
    ui_voice_stop(v);
    ui_voice_get_stats(v, &vs);
    assert_int_equal(vs.waiting, 0);        /* the second line was dropped */
    assert_int_equal(vs.queued_bytes, 0);   /* nothing left to play */
    for (int t = 0; t < LIMIT_MS; t += 5) { /* the worker sees the stop */
        ui_voice_get_stats(v, &vs);
        if (vs.stopped == 1 && !vs.busy) break;
        SDL_Delay(5);
    }
    assert_int_equal(vs.stopped, 1);
    assert_int_equal(vs.said, 0);
    long cut_at = vs.samples;
    ui_voice_get_stats(v, &vs);
    assert_int_equal(vs.samples, cut_at); /* nothing queued after the stop */
    assert_int_equal(vs.queued_bytes, 0);
    /* It speaks again after a stop. */
    ui_voice_say(v, UI_VOICE_NARRATOR, "And now a short line.");
    for (int t = 0; t < LIMIT_MS; t += 5) {
        ui_voice_get_stats(v, &vs);
        if (vs.said == 1) break;
        SDL_Delay(5);
    }
    assert_int_equal(vs.said, 1);
    assert_true(vs.samples > cut_at);
    ui_voice_close(v); /* while it plays: closing stops it */
}

static void missing_data_is_reported(void **state)
{
    (void)state;
    char empty[200], file[200];
    snprintf(empty, sizeof empty, "%s/no-voice-data", tmp);
    mkdir(empty, 0755);
    snprintf(file, sizeof file, "%s/none.raw", tmp);
    setenv("ESPEAK_DATA_PATH", empty, 1); /* an empty folder: espeak-ng finds no data */
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILE", file, 1);
    char err[256];
    ui_voice *v = ui_voice_open(0, err, sizeof err);
    assert_non_null(v);
    ui_voice_stats vs;
    assert_int_equal(wait_started(v, &vs), UI_VOICE_FAILED);
    assert_non_null(strstr(vs.problem, "espeak-ng"));
    ui_voice_say(v, 0, "Nobody hears this.");
    ui_voice_get_stats(v, &vs);
    assert_int_equal(vs.waiting, 0);
    ui_voice_close(v);
    /* A missing audio driver is reported the same way. */
    setenv("SDL_AUDIODRIVER", "no-such-driver", 1);
    v = ui_voice_open(0, err, sizeof err);
    assert_non_null(v);
    assert_int_equal(wait_started(v, &vs), UI_VOICE_FAILED);
    assert_non_null(strstr(vs.problem, "audio"));
    ui_voice_close(v);
    setenv("SDL_AUDIODRIVER", "disk", 1);
}

/* ---- in the window ---- */

typedef struct window {
    SDL_Window *win;
    SDL_Renderer *ren;
    ui_ctx cx;
    ui_state st;
} window;

static void window_open(window *w)
{
    memset(w, 0, sizeof *w);
    w->win = SDL_CreateWindow("rapport", 0, 0, 1024, 720, 0);
    assert_non_null(w->win);
    w->ren = SDL_CreateRenderer(w->win, -1, SDL_RENDERER_SOFTWARE);
    assert_non_null(w->ren);
    char err[256];
    assert_true(ui_ctx_init(&w->cx, w->win, w->ren, err, sizeof err));
    ui_options o = {0};
    o.author_order = true;
    o.data_dir = tmp;
    o.library_dir = RAPPORT_SOURCE_DIR "/tests/ui/scenarios";
    o.player = "Vee";
    assert_true(ui_state_init(&w->st, &w->cx, &o));
    assert_true(w->st.have_progress);
}

static void window_close(window *w)
{
    ui_state_free(&w->st);
    ui_ctx_free(&w->cx);
    SDL_DestroyRenderer(w->ren);
    SDL_DestroyWindow(w->win);
}

static void press(window *w, SDL_Keycode k)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.timestamp = SDL_GetTicks() + 1000; /* well after the view was drawn */
    e.key.keysym.sym = k;
    ui_handle_event(&w->st, &e);
    ui_render(&w->st);
}

/* Feeds the window SDL's events (the voice worker's news) until the status
 * line holds `want`. */
static void wait_status(window *w, const char *want)
{
    for (int t = 0; t < LIMIT_MS; t += 5) {
        SDL_Event e;
        while (SDL_PollEvent(&e))
            ui_handle_event(&w->st, &e);
        if (strstr(w->st.status, want)) return;
        SDL_Delay(5);
    }
    fail_msg("the status line never said \"%s\" (it says \"%s\")", want, w->st.status);
}

static bool file_has(const char *file, const char *what)
{
    FILE *f = fopen(file, "r");
    if (!f) return false;
    char buf[8192];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    return strstr(buf, what) != NULL;
}

static void v_toggles_and_survives_restart(void **state)
{
    (void)state;
    char file[200];
    snprintf(file, sizeof file, "%s/window.raw", tmp);
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILE", file, 1);
    setenv("SDL_DISKAUDIODELAY", "2", 1);
    window w;
    window_open(&w);
    assert_false(w.st.progress.settings.voice);
    assert_true(ui_state_open(&w.st, SCEN, -1));
    ui_render(&w.st);
    assert_null(w.st.voice); /* nothing is loaded while the setting is off */
    press(&w, SDLK_v);
    assert_true(w.st.progress.settings.voice);
    assert_non_null(w.st.voice);
    ui_voice_stats vs;
    if (wait_started(w.st.voice, &vs) == UI_VOICE_FAILED) {
        fprintf(stderr, "SKIP: reading aloud cannot start here: %s\n", vs.problem);
        window_close(&w);
        skip();
    }
    /* The cue, the line, then each choice on screen, one after another. */
    int expect = 2 + core_session_n_visible(app_play_session(w.st.play));
    for (int t = 0; t < LIMIT_MS; t += 5) {
        ui_voice_get_stats(w.st.voice, &vs);
        if (vs.said >= expect) break;
        SDL_Delay(5);
    }
    assert_int_equal(vs.said, expect);
    assert_int_equal(vs.stopped, 0);
    /* Esc stops it and leaves the conversation; nothing is left to play. */
    press(&w, SDLK_ESCAPE);
    ui_voice_get_stats(w.st.voice, &vs);
    assert_int_equal(vs.waiting, 0);
    assert_int_equal(vs.queued_bytes, 0);
    char progress[300];
    snprintf(progress, sizeof progress, "%s", w.st.player_file);
    assert_true(file_has(progress, "\"voice\":"));
    window_close(&w);

    /* A new window for the same player: still on. */
    window_open(&w);
    assert_true(w.st.progress.settings.voice);
    ui_state_act(&w.st, UI_ACT_GO, UI_SCR_SETTINGS);
    ui_render(&w.st);
    press(&w, SDLK_v); /* off, from the Settings screen */
    assert_false(w.st.progress.settings.voice);
    assert_null(w.st.voice); /* closed: quiet, nothing loaded */
    window_close(&w);
    window_open(&w);
    assert_false(w.st.progress.settings.voice);
    assert_false(file_has(progress, "\"voice\":"));
    window_close(&w);
}

/* The Settings row turns it on; without voice data the status line says so
 * once, and the window goes on. */
static void window_says_it_once(void **state)
{
    (void)state;
    window w;
    window_open(&w);
    char empty[200];
    snprintf(empty, sizeof empty, "%s/no-voice-data", tmp);
    mkdir(empty, 0755);
    setenv("ESPEAK_DATA_PATH", empty, 1);
    setenv("SDL_AUDIODRIVER", "disk", 1);
    ui_state_act(&w.st, UI_ACT_VOICE, 1);
    assert_true(w.st.progress.settings.voice);
    wait_status(&w, "silent");
    assert_non_null(strstr(w.st.status, "espeak-ng"));
    w.st.status[0] = 0;
    assert_true(ui_state_open(&w.st, SCEN, -1));
    ui_render(&w.st);
    ui_state_choose(&w.st, 1); /* a new line: no second message */
    ui_render(&w.st);
    SDL_Event e;
    while (SDL_PollEvent(&e))
        ui_handle_event(&w.st, &e);
    assert_null(strstr(w.st.status, "silent"));
    unsetenv("ESPEAK_DATA_PATH");
    window_close(&w);
}

static int setup(void **state)
{
    (void)state;
    snprintf(tmp, sizeof tmp, "/tmp/rapport-voice-test-XXXXXX");
    if (!mkdtemp(tmp)) return -1;
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    setenv("XDG_CONFIG_HOME", "/nonexistent/rapport-voice-test-config", 1);
    return SDL_Init(SDL_INIT_VIDEO) == 0 && TTF_Init() == 0 ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    TTF_Quit();
    SDL_Quit();
    char cmd[200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmp);
    return 0;
}

/* `test_voice` alone: speech. `test_voice missing`: without voice data or an
 * audio driver, in a process of its own, since espeak-ng is started once per
 * process (ui_voice.c). */
int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "missing") == 0) {
        const struct CMUnitTest tests[] = {
            cmocka_unit_test(missing_data_is_reported),
            cmocka_unit_test(window_says_it_once),
        };
        return cmocka_run_group_tests(tests, setup, teardown);
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(voices_are_distinct_and_stable),
        cmocka_unit_test(voices_follow_the_language),
        cmocka_unit_test(every_line_makes_sound),
        cmocka_unit_test(french_line_makes_sound),
        cmocka_unit_test(stop_interrupts),
        cmocka_unit_test(v_toggles_and_survives_restart),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
