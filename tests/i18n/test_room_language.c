/* test_room_language.c: the room's phone pages default to the language of
 * the catalog the window's words come from (app_i18n_catalog), not to
 * LANGUAGE's first entry (issue 17).
 *
 *   test_room_language [LANGUAGE WANT]
 *
 * sets LANGUAGE (under LANG=C.UTF-8) before anything reads it, gives a room
 * its languages as the presenter view does (ui_room_add_languages) and checks
 * that a phone sending no Accept-Language gets WANT, in words of that
 * language, and that one asking for English gets English. CTest runs it with
 * de:fr (no German catalog: French) and with a LANGUAGE no catalog matches
 * (English); with no arguments (as scripts/valgrind runs every test binary)
 * it is the first of those. Also: room_add_language takes plain language tags only.
 *
 * Depends on: engine/ui (ui_room.c), engine/room (room_local.h for the
 * languages added), the French catalog compiled into the build tree. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "i18n.h"
#include "room_local.h"
#include "ui_room.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *want; /* argv[2] */

static void phones_default_to_the_catalog(void **state)
{
    (void)state;
    assert_string_equal(app_i18n_catalog(), want);
    char err[128];
    room *r = room_new(err, sizeof err);
    assert_non_null(r);
    ui_room_add_languages(r);
    const room_lang *def = room_lang_for(r, NULL), *en = room_lang_for(r, "en");
    assert_non_null(def);
    assert_string_equal(def->code, want);
    assert_string_equal(r->langs[0]->code, want); /* first: the window's own */
    assert_string_equal(def->w[ROOM_W_JOIN], strcmp(want, "fr") == 0 ? "Rejoindre" : "Join");
    assert_string_equal(en->code, "en");
    assert_string_equal(en->w[ROOM_W_JOIN], "Join");
    const room_lang *fr = room_lang_for(r, "fr-FR,fr;q=0.9");
    assert_string_equal(fr->code, "fr"); /* every catalog is offered */
    assert_string_equal(fr->w[ROOM_W_JOIN], "Rejoindre");
    room_free(r);
}

/* Only plain tags reach the pages' <html lang> (room_add_language). */
static void only_plain_tags(void **state)
{
    (void)state;
    char err[128];
    room *r = room_new(err, sizeof err);
    assert_non_null(r);
    const char *words[ROOM_N_WORDS] = {0}; /* none: English throughout */
    bool one[ROOM_MAX_VOTERS + 1] = {false, true};
    static const char *const refused[] = {"",      "f",      "fran",    "FR",    "fr_FR",
                                          "fr-fr", "fr-FRA", "fr\"><b", "de:fr", "fr-"};
    for (size_t i = 0; i < sizeof refused / sizeof *refused; i++)
        assert_false(room_add_language(r, refused[i], words, one));
    assert_true(room_add_language(r, "pt-BR", words, one));
    assert_true(room_add_language(r, "fil", words, one));
    assert_string_equal(room_lang_for(r, NULL)->code, "pt-BR");
    room_free(r);
}

int main(int argc, char **argv)
{
    if (argc != 1 && argc != 3) {
        fprintf(stderr, "usage: test_room_language [LANGUAGE WANT]\n");
        return 2;
    }
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    setenv("LANG", "C.UTF-8", 1);
    setenv("LANGUAGE", argc == 3 ? argv[1] : "de:fr", 1);
    want = argc == 3 ? argv[2] : "fr";
    const struct CMUnitTest tests[] = {cmocka_unit_test(phones_default_to_the_catalog),
                                       cmocka_unit_test(only_plain_tags)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
