/* test_scripts_screens.c: the window with five_scripts.lua (Chinese, Japanese,
 * Korean, Arabic, Hebrew), headless (dummy video driver, software renderer).
 * A player with an Arabic name types it, opens the scenario and plays it to
 * its end (800x600 light, 1280x800 dark, 800x600 high contrast at 150%); on every screen the texts
 * stay inside the window and apart, the choices are clickable, and the pixels say where each text's
 * ink is: in the Arabic and Hebrew moments the name, cue, line and choices end at the right edge of
 * their boxes (right-to-left paragraphs are right-aligned), in the Chinese one nothing is. The
 * say-it-first field takes Arabic typing with its caret on the left.
 *
 * Writes a PNG of every screen into ./shots/scripts-*.png to look at
 * (docs/window.md, "Other scripts"). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "screen_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCRIPTS_DIR RAPPORT_SOURCE_DIR "/tests/ui/scripts"

typedef sf_fixture fixture;

static fixture *open_fixture(int w, int h, const char *tag, const ui_options *extra)
{
    ui_options o = {0};
    if (extra) o = *extra;
    o.author_order = true;
    o.data_dir = NULL; /* the fixture's fresh folder */
    o.library_dir = SCRIPTS_DIR;
    return sf_open(w, h, tag, "/tmp/rapport-scripts-test-XXXXXX", &o);
}

static void close_fixture(fixture *fx)
{
    sf_close(fx);
}

static int lum(Uint32 p)
{
    return (int)(((p >> 16) & 0xFF) * 3 + ((p >> 8) & 0xFF) * 6 + (p & 0xFF)) / 10;
}

/* Where the ink of box r is, in columns: the pixels well away from the
 * box's most common shade (its background). Returns false when it has none. */
static bool ink_span(fixture *fx, const Uint32 *px, SDL_Rect r, int *left, int *right)
{
    int hist[256] = {0};
    for (int y = r.y; y < r.y + r.h; y++)
        for (int x = r.x; x < r.x + r.w; x++)
            hist[lum(px[y * fx->cx.w + x])]++;
    int bg = 0;
    for (int v = 1; v < 256; v++)
        if (hist[v] > hist[bg]) bg = v;
    *left = r.x + r.w;
    *right = r.x - 1;
    for (int y = r.y; y < r.y + r.h; y++)
        for (int x = r.x; x < r.x + r.w; x++)
            if (abs(lum(px[y * fx->cx.w + x]) - bg) > 80) {
                if (x < *left) *left = x;
                if (x > *right) *right = x;
            }
    return *right >= *left;
}

/* Renders until stable, checks the boxes, saves the screen; returns how many
 * text boxes wider than a few letters have their ink at their right edge and
 * a clear gap at their left (right-aligned texts). */
static int render_check(fixture *fx, const char *what)
{
    assert_true(sf_render_check(fx, what, true) > 0);
    ui_frame *f = &fx->cx.frame;
    Uint32 *px = sf_read_screen(fx);
    int right_aligned = 0, em = ui_text_size(fx->cx.text);
    for (int i = 0; i < f->n; i++) {
        SDL_Rect r = f->v[i].r;
        int left, right;
        if (f->v[i].kind == UI_BOX_TEXT && r.w > 8 * em && ink_span(fx, px, r, &left, &right) &&
            r.x + r.w - 1 - right < em / 2 && left - r.x > r.w / 4)
            right_aligned++;
    }
    free(px);
    return right_aligned;
}

static void key(fixture *fx, SDL_Keycode k)
{
    sf_key(fx, k, KMOD_NONE);
}

static void text_input(fixture *fx, const char *s)
{
    sf_text(fx, s);
}

static void click(fixture *fx, ui_action a, int arg)
{
    sf_click(fx, a, arg);
}

static const char *node_id(fixture *fx)
{
    return core_session_node(app_play_session(fx->st.play))->id;
}

static int setup(void **state)
{
    (void)state;
    return sf_setup("scripts-", true);
}

static bool have_cjk_font(fixture *fx)
{
    return ui_text_face_count(fx->cx.text) >= 2;
}

/* The whole scenario, one screen per moment, in a theme at a text scale. */
static void five_scripts(int w, int h, const char *tag, ui_theme_id theme, double scale)
{
    fixture *fx = open_fixture(w, h, tag, NULL);
    if (!have_cjk_font(fx)) {
        close_fixture(fx);
        print_message("SKIP five_scripts: no fallback font (fonts-wqy-microhei, scripts/deps)\n");
        skip();
    }
    /* An Arabic name, typed: the field shows it right to left, caret at its left. */
    text_input(fx, "ن");
    text_input(fx, "ور");
    render_check(fx, "player-typing");
    key(fx, SDLK_RETURN);
    assert_int_equal(fx->st.screen, UI_SCR_LIBRARY);
    fx->st.theme = theme;
    fx->st.text_scale = scale;
    ui_state_apply_settings(&fx->st, true);
    render_check(fx, "library");
    ui_state_need_lib(&fx->st);
    int entry = app_library_find(&fx->st.lib, "uitest.scripts");
    assert_true(entry >= 0);
    click(fx, UI_ACT_OPEN, entry);
    assert_int_equal(fx->st.screen, UI_SCR_CONVO);
    static const struct {
        const char *node;
        bool rtl;
    } moments[] = {{"zh", false}, {"ja", false}, {"ko", false}, {"ar", true}, {"he", true}};
    for (size_t i = 0; i < sizeof moments / sizeof moments[0]; i++) {
        assert_string_equal(node_id(fx), moments[i].node);
        char what[32];
        snprintf(what, sizeof what, "convo-%s", moments[i].node);
        int right = render_check(fx, what);
        if (moments[i].rtl) {
            /* The name, the line and the choice at least (the cue too, in Arabic). */
            if (right < 3)
                fail_msg("%s %s: %d right-aligned texts, want 3 or more", tag, what, right);
        } else if (i == 0) {
            assert_int_equal(right, 0); /* nothing right to left yet */
        }
        click(fx, UI_ACT_CHOOSE, 1);
        if (fx->st.coach) {
            snprintf(what, sizeof what, "coach-%s", moments[i].node);
            render_check(fx, what);
            click(fx, UI_ACT_CONTINUE, 0);
        }
    }
    assert_string_equal(node_id(fx), "done");
    render_check(fx, "ending");
    assert_true(fx->st.recorded);
    close_fixture(fx);
}

static void small(void **state)
{
    (void)state;
    five_scripts(800, 600, "800x600", UI_THEME_LIGHT, 1.0);
}

static void large(void **state)
{
    (void)state;
    five_scripts(1280, 800, "1280x800", UI_THEME_DARK, 1.0);
}

static void small_contrast_big_text(void **state)
{
    (void)state;
    five_scripts(800, 600, "800x600-contrast-150", UI_THEME_CONTRAST, 1.5);
}

/* Say it first: Arabic typed into the field reads right to left, and the
 * field's text ends at its right edge. */
static void say_first_arabic(void **state)
{
    (void)state;
    ui_options o = {0};
    o.player = "Dana";
    o.say_first = true;
    fixture *fx = open_fixture(800, 600, "say", &o);
    /* As `rapport play five_scripts.lua --from ar --say-first` opens it. */
    assert_true(ui_state_open(&fx->st, SCRIPTS_DIR "/five_scripts.lua", -1));
    char msg[256];
    assert_true(app_play_start_at(fx->st.play, "ar", NULL, 0, NULL, NULL, 0, msg, sizeof msg));
    ui_state_resync(&fx->st);
    assert_int_equal(fx->st.screen, UI_SCR_CONVO);
    assert_true(ui_say_pending(&fx->st));
    text_input(fx, "نعم، ");
    text_input(fx, "بالتأكيد");
    int right = render_check(fx, "say-first");
    assert_true(right >= 3); /* the line, its name, the typed words */
    close_fixture(fx);
}

static void edit(fixture *fx, SDL_Keycode k)
{
    key(fx, k);
    ui_render(&fx->st);
}

/* Editing at the caret in the three fields: the arrows, Home and End move it
 * (on screen, so Left goes on in reading order in Arabic), typing goes in at
 * it, Backspace takes the code point before it, Delete the cluster after it;
 * the input method's composition shows at the caret until it is typed. */
static void fields_edit_at_caret(void **state)
{
    (void)state;
    fixture *fx = open_fixture(800, 600, "fields", NULL);
    ui_state *st = &fx->st;
    /* The new player's name. */
    text_input(fx, "ace");
    edit(fx, SDLK_LEFT);
    edit(fx, SDLK_LEFT);
    assert_int_equal(st->name_field.caret, 1);
    text_input(fx, "X");
    assert_string_equal(st->name_buf, "aXce");
    edit(fx, SDLK_HOME);
    text_input(fx, "0");
    assert_string_equal(st->name_buf, "0aXce");
    edit(fx, SDLK_DELETE);
    assert_string_equal(st->name_buf, "0Xce");
    edit(fx, SDLK_END);
    edit(fx, SDLK_BACKSPACE);
    assert_string_equal(st->name_buf, "0Xc");
    edit(fx, SDLK_DELETE); /* at the end: nothing after it */
    assert_string_equal(st->name_buf, "0Xc");
    edit(fx, SDLK_RIGHT); /* nowhere further right */
    assert_int_equal(st->name_field.caret, 3);
    /* é as e and a combining acute: one stop, Delete takes both, Backspace
     * only the accent. */
    text_input(fx, "e\xCC\x81");
    edit(fx, SDLK_LEFT);
    assert_int_equal(st->name_field.caret, 3);
    edit(fx, SDLK_DELETE);
    assert_string_equal(st->name_buf, "0Xc");
    text_input(fx, "e\xCC\x81");
    edit(fx, SDLK_BACKSPACE);
    assert_string_equal(st->name_buf, "0Xce");
    /* Arabic: the caret at the end is on the left; Right goes back a letter
     * (towards the start, on the right), Left forward again. */
    while (st->name_buf[0])
        edit(fx, SDLK_BACKSPACE);
    text_input(fx, "نور");
    assert_int_equal(st->name_field.caret, 6);
    edit(fx, SDLK_RIGHT);
    assert_int_equal(st->name_field.caret, 4);
    edit(fx, SDLK_RIGHT);
    assert_int_equal(st->name_field.caret, 2);
    edit(fx, SDLK_LEFT);
    assert_int_equal(st->name_field.caret, 4);
    edit(fx, SDLK_BACKSPACE); /* و, before the caret in reading order */
    assert_string_equal(st->name_buf, "نر");
    edit(fx, SDLK_HOME);
    assert_int_equal(st->name_field.caret, 0);
    edit(fx, SDLK_RIGHT); /* the start is the right end already */
    assert_int_equal(st->name_field.caret, 0);
    /* "Hi نور": from the end (after ر, which is left of ن), Left reaches the
     * space side by going through the Arabic; Right from the end walks
     * towards ن, on the right. */
    edit(fx, SDLK_END);
    while (st->name_buf[0])
        edit(fx, SDLK_BACKSPACE);
    text_input(fx, "Hi نور");
    edit(fx, SDLK_RIGHT);
    assert_int_equal(st->name_field.caret, 7); /* before ر */
    edit(fx, SDLK_HOME);
    edit(fx, SDLK_RIGHT);
    assert_int_equal(st->name_field.caret, 1);
    /* Composition: shown at the caret, then typed there. */
    edit(fx, SDLK_END);
    while (st->name_buf[0])
        edit(fx, SDLK_BACKSPACE);
    text_input(fx, "ab");
    edit(fx, SDLK_LEFT);
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_TEXTEDITING;
    snprintf(e.edit.text, sizeof e.edit.text, "にほ");
    ui_handle_event(st, &e);
    assert_string_equal(st->ime, "にほ");
    ui_render(st);
    text_input(fx, "日本");
    assert_string_equal(st->ime, "");
    assert_string_equal(st->name_buf, "a日本b");
    /* The same keys in say it first (Backspace there edits the words, not
     * the conversation, which it rewinds once the choices show). */
    key(fx, SDLK_RETURN);
    assert_int_equal(st->screen, UI_SCR_LIBRARY);
    close_fixture(fx);
    ui_options o = {0};
    o.player = "Dana";
    o.say_first = true;
    fx = open_fixture(800, 600, "say-edit", &o);
    st = &fx->st;
    assert_true(ui_state_open(st, SCRIPTS_DIR "/five_scripts.lua", -1));
    assert_true(ui_say_pending(st));
    text_input(fx, "thank you");
    for (int i = 0; i < 4; i++)
        edit(fx, SDLK_LEFT);
    text_input(fx, ",");
    assert_string_equal(st->say_buf, "thank, you");
    edit(fx, SDLK_HOME);
    edit(fx, SDLK_DELETE);
    text_input(fx, "T");
    assert_string_equal(st->say_buf, "Thank, you");
    assert_int_equal(core_session_n_steps(app_play_session(st->play)), 0);
    close_fixture(fx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(small),
        cmocka_unit_test(large),
        cmocka_unit_test(small_contrast_big_text),
        cmocka_unit_test(say_first_arabic),
        cmocka_unit_test(fields_edit_at_caret),
    };
    return cmocka_run_group_tests(tests, setup, sf_teardown);
}
