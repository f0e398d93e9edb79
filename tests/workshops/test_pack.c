/* test_pack.c: the exercise pack loader (engine/script/pack.h): the shipped
 * example, good files in every shape the format allows, and broken files,
 * each with the message, the table path and the line it must report. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "pack.h"

#include <stdio.h>
#include <string.h>

static core_pack *load(const char *src, core_diags *d)
{
    memset(d, 0, sizeof *d);
    return scr_pack_load_buffer("p.pack.lua", src, strlen(src), NULL, d);
}

/* The diagnostic with this code; fails the test when there is none. */
static const core_diag *find(const core_diags *d, const char *code)
{
    for (int i = 0; i < d->n; i++)
        if (strcmp(d->v[i].code, code) == 0) return &d->v[i];
    for (int i = 0; i < d->n; i++)
        fprintf(stderr, "  have: %s:%d: %s: %s [%s]\n", d->v[i].file, d->v[i].line, d->v[i].path,
                d->v[i].msg, d->v[i].code);
    fail_msg("no diagnostic with code %s", code);
    return NULL;
}

/* Loads src, which must be refused with `code` at path and line, saying `says`. */
static void refused(const char *src, const char *code, const char *path, int line, const char *says)
{
    core_diags d;
    core_pack *p = load(src, &d);
    assert_null(p);
    assert_true(d.errors >= 1);
    const core_diag *g = find(&d, code);
    assert_int_equal(g->severity, CORE_ERROR);
    assert_string_equal(g->file, "p.pack.lua");
    assert_string_equal(g->path, path);
    assert_int_equal(g->line, line);
    if (!strstr(g->msg, says)) fail_msg("message \"%s\" does not say \"%s\"", g->msg, says);
    core_diags_free(&d);
}

static void shipped_example(void **state)
{
    (void)state;
    core_diags d = {0};
    core_pack *p =
        scr_pack_load(RAPPORT_SOURCE_DIR "/scenarios/packs/first_workshop.pack.lua", NULL, &d);
    assert_non_null(p);
    assert_int_equal(d.n, 0); /* not even a warning */
    assert_string_equal(p->id, "workshop.first_networking");
    assert_string_equal(p->title, "First networking workshop");
    assert_int_equal(p->n_items, 4);
    assert_string_equal(p->items[0].scenario, "networking.coffee_line");
    assert_int_equal(p->items[0].mode, CORE_PACK_PRACTICE);
    assert_true(p->items[0].time_limit == 600);
    assert_int_equal(p->items[0].n_prompts, 2);
    assert_string_equal(p->items[3].scenario, "mentor.ask_mentor");
    assert_int_equal(p->items[3].mode, CORE_PACK_ASSESSED);
    assert_string_equal(scr_pack_mode_name(p->items[3].mode), "assessed");
    assert_int_equal(p->items[1].line, 17); /* where `{ id = "networking.joining_group"` opens */
    /* Every scenario it names is in the shipped library. */
    const char *ids[] = {"networking.coffee_line", "networking.joining_group",
                         "value_first.promotion", "mentor.ask_mentor"};
    assert_true(scr_pack_check_ids(p, ids, 4, &d));
    assert_int_equal(d.n, 0);
    scr_pack_free(p);
}

static void shorthand_and_defaults(void **state)
{
    (void)state;
    core_diags d;
    core_pack *p = load("return {\n"
                        "  format = 1, kind = \"pack\", id = \"w.short\", title = \"Short\",\n"
                        "  scenarios = {\n"
                        "    \"networking.coffee_line\",\n"
                        "    { id = \"mentor.one_question\", prompts = \"Only one prompt\" },\n"
                        "  },\n"
                        "}\n",
                        &d);
    assert_non_null(p);
    assert_int_equal(d.n, 0);
    assert_int_equal(p->n_items, 2);
    assert_string_equal(p->items[0].scenario, "networking.coffee_line");
    assert_int_equal(p->items[0].mode, CORE_PACK_PRACTICE);
    assert_true(p->items[0].time_limit == 0);
    assert_int_equal(p->items[0].n_prompts, 0);
    assert_int_equal(p->items[0].line, 4);
    assert_string_equal(p->items[0].path, "scenarios[1]");
    assert_int_equal(p->items[1].n_prompts, 1);
    assert_string_equal(p->items[1].prompts[0], "Only one prompt");
    assert_string_equal(p->summary, "");
    scr_pack_free(p);
    core_diags_free(&d);
}

static void unknown_scenario_ids(void **state)
{
    (void)state;
    core_diags d;
    core_pack *p = load("return { format = 1, kind = \"pack\", id = \"w\", title = \"W\",\n"
                        "  scenarios = {\n"
                        "    { id = \"networking.coffee_line\" },\n"
                        "    { id = \"networking.cofee_line\", mode = \"assessed\" },\n"
                        "  } }\n",
                        &d);
    assert_non_null(p);
    const char *ids[] = {"networking.coffee_line", "mentor.ask_mentor"};
    assert_false(scr_pack_check_ids(p, ids, 2, &d));
    const core_diag *g = find(&d, "unknown-scenario");
    assert_string_equal(g->path, "scenarios[2]");
    assert_int_equal(g->line, 4);
    assert_non_null(strstr(g->msg, "did you mean 'networking.coffee_line'?"));
    assert_int_equal(d.errors, 1);
    scr_pack_free(p);
    core_diags_free(&d);
}

static void warnings_still_load(void **state)
{
    (void)state;
    core_diags d;
    core_pack *p = load("return { format = 1, kind = \"pack\", id = \"w.warn\",\n"
                        "  scenarios = {\n"
                        "    { id = \"a.b\", time_limit = 10,\n"
                        "      prompt = { \"misspelt\" } },\n"
                        "  } }\n",
                        &d);
    assert_non_null(p);
    assert_int_equal(d.errors, 0);
    assert_string_equal(p->title, "w.warn"); /* no title: the id stands in */
    const core_diag *g = find(&d, "short-time-limit");
    assert_int_equal(g->severity, CORE_WARNING);
    assert_string_equal(g->path, "scenarios[1].time_limit");
    assert_int_equal(g->line, 3);
    assert_non_null(strstr(g->msg, "write 600"));
    g = find(&d, "unknown-field");
    assert_string_equal(g->path, "scenarios[1].prompt");
    assert_int_equal(g->line, 4);
    assert_non_null(strstr(g->msg, "did you mean 'prompts'?"));
    find(&d, "missing-title");
    assert_true(p->items[0].time_limit == 10);
    scr_pack_free(p);
    core_diags_free(&d);
}

static void broken_fields(void **state)
{
    (void)state;
    refused("return { format = 1, id = \"w\", scenarios = { \"a.b\" } }\n", "missing-field", "", 0,
            "'kind' is missing");
    refused("return { format = 2, kind = \"pack\", id = \"w\", scenarios = { \"a.b\" } }\n",
            "unknown-format", "format", 1, "says 2");
    refused("return {\n  format = 1,\n  kind = \"scenario\",\n  id = \"w\" }\n", "not-a-pack",
            "kind", 3, "not \"scenario\"");
    refused("return { format = 1, id = \"x.y\", start = \"a\",\n"
            "  nodes = { a = { text = \"hi\", ending = \"done\" } } }\n",
            "not-a-pack", "", 0, "this is a scenario");
    refused("return { format = 1, kind = \"pack\", title = \"T\",\n  scenarios = { \"a.b\" } }\n",
            "missing-field", "", 0, "'id' is missing");
    refused("return { format = 1, kind = \"pack\", id = \"w\", title = \"T\" }\n", "missing-field",
            "", 0, "'scenarios' is missing");
    refused("return { format = 1, kind = \"pack\", id = \"w\",\n  scenarios = {},\n}\n",
            "no-scenarios", "scenarios", 2, "is empty");
    refused("return { format = 1, kind = \"pack\", id = \"w\",\n"
            "  scenarios = { first = \"a.b\" } }\n",
            "not-a-list", "scenarios", 2, "'first' has no order");
    refused("return { format = 1, kind = \"pack\", id = \"w\",\n"
            "  scenarios = {\n"
            "    { id = \"a.b\" },\n"
            "    { id = \"c.d\", mode = \"asessed\" },\n"
            "  } }\n",
            "bad-mode", "scenarios[2].mode", 4, "did you mean 'assessed'?");
    refused("return { format = 1, kind = \"pack\", id = \"w\",\n"
            "  scenarios = {\n"
            "    { id = \"a.b\",\n"
            "      time_limit = \"10 min\" },\n"
            "  } }\n",
            "wrong-type", "scenarios[1].time_limit", 4, "positive number of seconds");
    refused("return { format = 1, kind = \"pack\", id = \"w\",\n"
            "  scenarios = {\n"
            "    { id = \"a.b\", prompts = {\n"
            "        \"What happened?\",\n"
            "        42,\n"
            "    } },\n"
            "  } }\n",
            "wrong-type", "scenarios[1].prompts[2]", 5, "discussion prompt");
    refused("return { format = 1, kind = \"pack\", id = \"w\",\n"
            "  scenarios = { { id = \"a.b\", prompts = { \"  \" } } } }\n",
            "empty-prompt", "scenarios[1].prompts[1]", 2, "is empty");
    refused("return { format = 1, kind = \"pack\", id = \"w\",\n"
            "  scenarios = {\n"
            "    \"a.b\",\n"
            "    7,\n"
            "  } }\n",
            "wrong-type", "scenarios[2]", 4, "not a number");
    refused("return { format = 1, kind = \"pack\", id = \"w\",\n"
            "  scenarios = {\n"
            "    { mode = \"practice\" },\n"
            "  } }\n",
            "missing-field", "scenarios[1]", 3, "'id' is missing");
    refused("return { format = 1, kind = \"pack\", id = \"w\",\n"
            "  scenarios = { \"coffee line\" } }\n",
            "bad-id", "scenarios[1]", 2, "is not a scenario id");
    refused("return { format = 1, kind = \"pack\", id = \"w\",\n"
            "  scenarios = { \"a.b\" }, title = \"Bad \\xff\" }\n",
            "bad-utf8", "title", 2, "not valid UTF-8");
}

static void broken_lua(void **state)
{
    (void)state;
    refused("return {\n  format = 1,\n  kind = \"pack\"\n  id = \"w\" }\n", "lua", "", 4,
            "cannot be read as Lua");
    refused("local t = {}\nwhile true do t[1] = 1 end\nreturn t\n", "lua", "", 0, "stopped after");
    refused("local f = io.open(\"/etc/passwd\")\nreturn {}\n", "lua", "", 1, "global 'io'");
    refused("return 42\n", "not-a-table", "", 0, "returned a number");
    refused("\x1bLua\x54\x00", "binary-chunk", "", 0, "precompiled");
}

static void missing_file(void **state)
{
    (void)state;
    core_diags d = {0};
    assert_null(scr_pack_load("/nonexistent/x.pack.lua", NULL, &d));
    const core_diag *g = find(&d, "io");
    assert_non_null(strstr(g->msg, "cannot be opened"));
    core_diags_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(shipped_example),      cmocka_unit_test(shorthand_and_defaults),
        cmocka_unit_test(unknown_scenario_ids), cmocka_unit_test(warnings_still_load),
        cmocka_unit_test(broken_fields),        cmocka_unit_test(broken_lua),
        cmocka_unit_test(missing_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
