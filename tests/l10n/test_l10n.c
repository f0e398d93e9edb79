/* test_l10n.c: scenario translations (engine/script/l10n.h): the keys and
 * lines `l10n extract` gives, their stability when choices move, the
 * fallback to the original per string, author functions' results, damaged
 * PO files, check's missing/stale/fuzzy warnings and the language chosen
 * from the environment. Each test writes its files in a fresh folder. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "l10n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[256];

static int make_dir(void **st)
{
    (void)st;
    snprintf(dir, sizeof dir, "%s/rapport-l10n-XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    return mkdtemp(dir) ? 0 : -1;
}

static int remove_dir(void **st)
{
    (void)st;
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static const char *put(const char *name, const char *text)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    return path;
}

static const char scenario[] =
    "local function late(state)\n"                                              /* 1 */
    "  if state.facts.met then return 'You already know each other.' end\n"     /* 2 */
    "  return 'A stranger' .. ' smiles at you.'\n"                              /* 3 */
    "end\n"                                                                     /* 4 */
    "return {\n"                                                                /* 5 */
    "  format = 1, id = 't.l10n', title = 'The hallway',\n"                     /* 6 */
    "  summary = 'Two lines.',\n"                                               /* 7 */
    "  cast = { priya = { name = 'Priya', role = 'Data scientist' } },\n"       /* 8 */
    "  start = 'pass',\n"                                                       /* 9 */
    "  nodes = {\n"                                                             /* 10 */
    "    pass = { speaker = 'priya', text = 'Phew.', cue = 'She sighs.',\n"     /* 11 */
    "      choices = {\n"                                                       /* 12 */
    "        { id = 'praise', text = 'Great demo.', to = 'done',\n"             /* 13 */
    "          feedback = 'Specific praise.', reply = 'Thanks!' },\n"           /* 14 */
    "        { text = 'Any jobs?', to = 'late', asks = true,\n"                 /* 15 */
    "          feedback = 'Too soon.' },\n"                                     /* 16 */
    "      } },\n"                                                              /* 17 */
    "    late = { text = late, choices = {\n"                                   /* 18 */
    "      { text = 'Bye.', to = 'done', feedback = 'Fine.' } } },\n"           /* 19 */
    "    done = { speaker = 'priya', text = 'See you.', ending = 'parted' },\n" /* 20 */
    "  },\n"
    "  debrief = { listening = 'Listen first.' },\n" /* 22 */
    "}\n";

/* The same scenario with its choices reordered and one inserted. */
static const char reordered[] =
    "local function late(state)\n"
    "  if state.facts.met then return 'You already know each other.' end\n"
    "  return 'A stranger' .. ' smiles at you.'\n"
    "end\n"
    "return {\n"
    "  format = 1, id = 't.l10n', title = 'The hallway',\n"
    "  summary = 'Two lines.',\n"
    "  cast = { priya = { name = 'Priya', role = 'Data scientist' } },\n"
    "  start = 'pass',\n"
    "  nodes = {\n"
    "    pass = { speaker = 'priya', text = 'Phew.', cue = 'She sighs.',\n"
    "      choices = {\n"
    "        { text = 'Nice weather.', to = 'done', feedback = 'Small talk.' },\n"
    "        { text = 'Any jobs?', to = 'late', asks = true,\n"
    "          feedback = 'Too soon.' },\n"
    "        { id = 'praise', text = 'Great demo.', to = 'done',\n"
    "          feedback = 'Specific praise.', reply = 'Thanks!' },\n"
    "      } },\n"
    "    late = { text = late, choices = {\n"
    "      { text = 'Bye.', to = 'done', feedback = 'Fine.' } } },\n"
    "    done = { speaker = 'priya', text = 'See you.', ending = 'parted' },\n"
    "  },\n"
    "  debrief = { listening = 'Listen first.' },\n"
    "}\n";

static const scr_l10n_entry *entry(const scr_l10n_list *l, const char *ctx, const char *id)
{
    for (int i = 0; i < l->n; i++)
        if (strcmp(l->v[i].ctx, ctx) == 0 && (!id || strcmp(l->v[i].id, id) == 0)) return &l->v[i];
    return NULL;
}

static scr_scenario *load(const char *file, const char *lang, core_diags *d)
{
    scr_scenario *s = scr_load_lang(file, NULL, lang, d);
    assert_non_null(s);
    return s;
}

/* The key of the choice without an id: it is made from its text. */
static const char *jobs_key(const scr_l10n_list *l)
{
    for (int i = 0; i < l->n; i++)
        if (strcmp(l->v[i].id, "Any jobs?") == 0) return l->v[i].ctx;
    return NULL;
}

static void extract_keys_and_lines(void **st)
{
    (void)st;
    const char *file = put("hall.lua", scenario);
    core_diags d = {0};
    scr_scenario *s = load(file, "", &d);
    scr_l10n_list l;
    assert_true(scr_l10n_extract(s, file, &l));
    const scr_l10n_entry *e = entry(&l, "title", "The hallway");
    assert_non_null(e);
    assert_int_equal(e->line, 6);
    assert_non_null(entry(&l, "summary", "Two lines."));
    assert_non_null(entry(&l, "cast.priya.name", "Priya"));
    e = entry(&l, "cast.priya.role", "Data scientist");
    assert_non_null(e);
    assert_int_equal(e->line, 8);
    e = entry(&l, "nodes.pass.text", "Phew.");
    assert_non_null(e);
    assert_int_equal(e->line, 11);
    assert_non_null(strstr(e->note, "Priya"));
    assert_non_null(entry(&l, "nodes.pass.cue", "She sighs."));
    /* a choice with an id is keyed by it */
    e = entry(&l, "nodes.pass.choices.praise.feedback", "Specific praise.");
    assert_non_null(e);
    assert_int_equal(e->line, 14);
    assert_non_null(entry(&l, "nodes.pass.choices.praise.reply", "Thanks!"));
    e = entry(&l, "nodes.pass.choices.praise.text", "Great demo.");
    assert_non_null(e);
    assert_int_equal(e->line, 13);
    /* one without is keyed by the id made from its text */
    const char *k = jobs_key(&l);
    assert_non_null(k);
    assert_int_equal(strncmp(k, "nodes.pass.choices.t", 20), 0);
    assert_non_null(entry(&l, "debrief.listening", "Listen first."));
    /* never ids, labels or the function's own text */
    for (int i = 0; i < l.n; i++) {
        assert_string_not_equal(l.v[i].id, "parted");
        assert_string_not_equal(l.v[i].id, "pass");
        assert_string_not_equal(l.v[i].id, "met");
    }
    assert_null(entry(&l, "nodes.late.text", NULL));
    /* an ending once, as the debrief words its label, at its node's line */
    e = entry(&l, "endings.parted", "Parted");
    assert_non_null(e);
    assert_int_equal(e->line, 20);
    /* the function's literals, each once, with their lines */
    e = entry(&l, "function", "You already know each other.");
    assert_non_null(e);
    assert_int_equal(e->line, 2);
    assert_non_null(entry(&l, "function", "A stranger"));
    assert_non_null(entry(&l, "function", " smiles at you."));
    assert_int_equal(l.n_fns, 1);

    /* The template names the file and line of each string. */
    char pot[512];
    snprintf(pot, sizeof pot, "%s/hall.pot", dir);
    FILE *f = fopen(pot, "w");
    scr_l10n_write_pot(f, file, &l, s);
    fclose(f);
    char cmd[4096];
    snprintf(cmd, sizeof cmd,
             "grep -q '^#: %s:14$' '%s' && grep -q 'msgctxt \"nodes.pass.choices.praise.reply\"' "
             "'%s' && grep -q 'cannot be extracted' '%s' && "
             "{ ! command -v msgfmt >/dev/null || msgfmt --check-format -o /dev/null '%s'; }",
             file, pot, pot, pot, pot);
    assert_int_equal(system(cmd), 0);

    /* Reordering and inserting choices keeps every key. */
    const char *file2 = put("hall2.lua", reordered);
    scr_scenario *s2 = load(file2, "", &d);
    scr_l10n_list l2;
    assert_true(scr_l10n_extract(s2, file2, &l2));
    for (int i = 0; i < l.n; i++)
        assert_non_null(entry(&l2, l.v[i].ctx, l.v[i].id));
    assert_int_equal(l2.n, l.n + 2); /* the new choice's text and feedback */
    scr_l10n_list_free(&l);
    scr_l10n_list_free(&l2);
    scr_free(s);
    scr_free(s2);
    core_diags_free(&d);
}

/* A .po for hall.lua: some strings, a fuzzy one, a stale one. */
static void write_po(const char *name, const char *jobs_ctx, const char *extra)
{
    char po[4000];
    snprintf(po, sizeof po,
             "msgid \"\"\n"
             "msgstr \"\"\n"
             "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
             "\n"
             "msgctxt \"title\"\n"
             "msgid \"The hallway\"\n"
             "msgstr \"Le couloir\"\n"
             "\n"
             "msgctxt \"nodes.pass.choices.praise.text\"\n"
             "msgid \"Great demo.\"\n"
             "msgstr \"Belle démo.\"\n"
             "\n"
             "msgctxt \"%s\"\n"
             "msgid \"Any jobs?\"\n"
             "msgstr \"Vous recrutez ?\"\n"
             "\n"
             "#, fuzzy\n"
             "msgctxt \"nodes.pass.text\"\n"
             "msgid \"Phew.\"\n"
             "msgstr \"Ouf.\"\n"
             "\n"
             "msgctxt \"nodes.pass.cue\"\n"
             "msgid \"She sighed.\"\n"
             "msgstr \"Elle soupirait.\"\n"
             "\n"
             "msgctxt \"function\"\n"
             "msgid \"A stranger\"\n"
             "msgstr \"Une inconnue\"\n"
             "\n"
             "msgctxt \"function\"\n"
             "msgid \" smiles at you.\"\n"
             "msgstr \" vous sourit.\"\n"
             "\n"
             "msgctxt \"function\"\n"
             "msgid \"You already know each other.\"\n"
             "msgstr \"Vous vous connaissez déjà.\"\n"
             "%s",
             jobs_ctx, extra);
    put(name, po);
}

static void fallback_per_string(void **st)
{
    (void)st;
    const char *file = put("hall.lua", scenario);
    char path[512];
    snprintf(path, sizeof path, "%s", file);
    core_diags d = {0};
    scr_scenario *s0 = load(path, "", &d);
    scr_l10n_list l;
    assert_true(scr_l10n_extract(s0, path, &l));
    write_po("hall.fr.po", jobs_key(&l),
             "\nmsgctxt \"endings.parted\"\nmsgid \"Parted\"\nmsgstr \"Séparés\"\n");
    const core_scenario *orig = scr_model(s0);

    scr_scenario *s = load(path, "fr_CA.UTF-8:de", &d); /* fr_CA has no file: fr does */
    assert_int_equal(d.n, 0);
    const core_scenario *sc = scr_model(s);
    assert_string_equal(sc->title, "Le couloir");
    const core_node *pass = &sc->nodes[0];
    assert_string_equal(pass->choices[0].text, "Belle démo.");
    assert_string_equal(pass->choices[1].text, "Vous recrutez ?");
    /* per string: untranslated, fuzzy or stale entries keep the original */
    assert_string_equal(pass->text, "Phew.");
    assert_string_equal(pass->cue, "She sighs.");
    assert_string_equal(pass->choices[0].feedback, "Specific praise.");
    assert_string_equal(sc->summary, "Two lines.");
    /* ids, labels and scoring are untouched */
    for (int j = 0; j < pass->n_choices; j++)
        assert_string_equal(pass->choices[j].id, orig->nodes[0].choices[j].id);
    assert_string_equal(sc->nodes[2].ending, "parted");
    /* the label's words are translated for display only */
    assert_string_equal(scr_l10n_ending(s, "parted"), "Séparés");
    assert_null(scr_l10n_ending(s, "stayed"));
    assert_null(scr_l10n_ending(s0, "parted"));
    /* the language it was translated into: the file's, not the list's */
    assert_string_equal(scr_l10n_language(s), "fr");
    assert_null(scr_l10n_language(s0));

    /* An author function's result: whole, then piece by piece. */
    char *t = scr_l10n_result(s, "You already know each other.");
    assert_string_equal(t, "Vous vous connaissez déjà.");
    free(t);
    t = scr_l10n_result(s, "A stranger smiles at you.");
    assert_string_equal(t, "Une inconnue vous sourit.");
    free(t);
    assert_null(scr_l10n_result(s, "Nothing we know."));
    /* and through a real session: the node whose text is the function */
    core_session *ses = core_session_new(sc, scr_hooks(s));
    assert_non_null(ses);
    assert_int_equal(core_session_choose(ses, 2, 0), 0);
    assert_string_equal(core_session_text(ses), "Une inconnue vous sourit.");
    core_session_free(ses);

    /* English, or no language, is the file as written. */
    scr_scenario *en = load(path, "en:fr", &d);
    assert_string_equal(scr_model(en)->title, "The hallway");
    assert_null(scr_l10n_result(en, "A stranger smiles at you."));
    scr_free(en);
    scr_free(s);
    scr_free(s0);
    scr_l10n_list_free(&l);
    core_diags_free(&d);
}

/* Damaged files: a warning with the .po's line, and the original text. */
static void damaged_po(void **st)
{
    (void)st;
    static const struct {
        const char *text;
        int line;
    } cases[] = {
        {"msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
         "msgctxt \"title\"\nmsgid \"The hallway\nmsgstr \"Le couloir\"\n",
         7}, /* libgettextpo (and msgfmt) name the line after an unended string */
        {"msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
         "msgctxt \"title\"\nmsgid \"The hallway\"\nmsgstr \"Le couloir\"\n\n"
         "msgctxt \"title\"\nmsgid \"The hallway\"\nmsgstr \"Encore\"\n",
         10}, /* the second definition's msgid */
        {"msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
         "msgctxt \"title\"\nmsgid \"The hallway\"\nmsgstr \"Le \xff couloir\"\n",
         7}, /* libgettextpo finds the bad byte, in the msgstr */
        {"msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n\n"
         "msgctxt \"title\"\nmsgid \"The hallway\"\nmsgstr \"Le couloir\"\n",
         0},
        {"\x01\x02garbage \"\"\" msgid msgid\n[[\n", 1},
    };
    const char *file = put("hall.lua", scenario);
    char path[512];
    snprintf(path, sizeof path, "%s", file);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        put("hall.fr.po", cases[i].text);
        core_diags d = {0};
        scr_scenario *s = load(path, "fr", &d);
        assert_string_equal(scr_model(s)->title, "The hallway");
        assert_int_equal(d.errors, 0);
        assert_int_equal(d.n, 1);
        assert_string_equal(d.v[0].code, "bad-po");
        assert_non_null(strstr(d.v[0].file, "hall.fr.po"));
        if (cases[i].line) assert_int_equal(d.v[0].line, cases[i].line);
        scr_free(s);
        /* check says the same */
        core_diags c = {0};
        s = load(path, "", &c);
        scr_l10n_check(s, path, &c);
        assert_int_equal(c.n, 1);
        assert_string_equal(c.v[0].code, "bad-po");
        scr_free(s);
        core_diags_free(&c);
        core_diags_free(&d);
    }
    /* a folder where the file should be */
    char po[600];
    snprintf(po, sizeof po, "%s/hall.fr.po", dir);
    unlink(po);
    assert_int_equal(mkdir(po, 0700), 0);
    core_diags d = {0};
    scr_scenario *s = load(path, "fr", &d);
    assert_string_equal(scr_model(s)->title, "The hallway");
    assert_int_equal(d.n, 1);
    assert_string_equal(d.v[0].code, "bad-po");
    scr_free(s);
    core_diags_free(&d);
    rmdir(po);
}

static const core_diag *find(const core_diags *d, const char *code, const char *path)
{
    for (int i = 0; i < d->n; i++)
        if (strcmp(d->v[i].code, code) == 0 && (!path || strcmp(d->v[i].path, path) == 0))
            return &d->v[i];
    return NULL;
}

static int count(const core_diags *d, const char *code)
{
    int n = 0;
    for (int i = 0; i < d->n; i++)
        n += strcmp(d->v[i].code, code) == 0;
    return n;
}

static void check_missing_stale_fuzzy(void **st)
{
    (void)st;
    const char *file = put("hall.lua", scenario);
    char path[512];
    snprintf(path, sizeof path, "%s", file);
    core_diags d = {0};
    scr_scenario *s = load(path, "", &d);
    scr_l10n_list l;
    assert_true(scr_l10n_extract(s, path, &l));
    write_po("hall.fr.po", jobs_key(&l),
             "\nmsgctxt \"nodes.gone.text\"\nmsgid \"Old line.\"\nmsgstr \"Vieille ligne.\"\n"
             "\nmsgctxt \"summary\"\nmsgid \"Two lines.\"\nmsgstr \"\"\n");
    /* a file for another scenario's name is not this one's */
    put("hall.fr.extra.po", "garbage");
    scr_l10n_check(s, path, &d);
    /* fuzzy, at its line (the msgctxt after "#, fuzzy") */
    const core_diag *g = find(&d, "po-fuzzy", "nodes.pass.text");
    assert_non_null(g);
    assert_int_equal(g->line, 18);
    assert_non_null(strstr(g->file, "hall.fr.po"));
    /* stale: the text changed, or the key is gone */
    g = find(&d, "po-stale", "nodes.pass.cue");
    assert_non_null(g);
    assert_int_equal(g->line, 22);
    assert_non_null(strstr(g->msg, "She sighs."));
    g = find(&d, "po-stale", "nodes.gone.text");
    assert_non_null(g);
    assert_int_equal(g->line, 38);
    /* missing: an empty msgstr at its line, an absent entry with the scenario's line */
    g = find(&d, "po-missing", "summary");
    assert_non_null(g);
    assert_int_equal(g->line, 42);
    g = find(&d, "po-missing", "nodes.pass.choices.praise.feedback");
    assert_non_null(g);
    assert_non_null(strstr(g->msg, "hall.lua:14"));
    assert_null(find(&d, "po-missing", "title"));
    assert_null(find(&d, "po-missing", "nodes.pass.text")); /* fuzzy, said once */
    assert_int_equal(count(&d, "bad-po"), 0);
    assert_int_equal(d.errors, 0);
    /* the rest: cue (stale counts as absent), role, name, reply, feedback x3,
     * Bye. text, see-you text, debrief, the ending */
    assert_int_equal(count(&d, "po-missing"), 12);
    assert_non_null(find(&d, "po-missing", "endings.parted"));
    scr_l10n_list_free(&l);
    scr_free(s);
    core_diags_free(&d);
}

static void language_from_environment(void **st)
{
    (void)st;
    char lang[64];
    unsetenv("LANGUAGE");
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    setenv("LANG", "fr_FR.UTF-8", 1);
    scr_l10n_env_language(lang, sizeof lang);
    assert_string_equal(lang, "fr_FR");
    setenv("LC_MESSAGES", "de_DE@euro", 1);
    scr_l10n_env_language(lang, sizeof lang);
    assert_string_equal(lang, "de_DE");
    setenv("LC_ALL", "C.UTF-8", 1);
    scr_l10n_env_language(lang, sizeof lang);
    assert_string_equal(lang, "");
    setenv("LANGUAGE", "pt_BR:fr", 1); /* counts under C.UTF-8 */
    scr_l10n_env_language(lang, sizeof lang);
    assert_string_equal(lang, "pt_BR:fr");
    setenv("LC_ALL", "C", 1); /* not under C, as in gettext */
    scr_l10n_env_language(lang, sizeof lang);
    assert_string_equal(lang, "");
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    unsetenv("LANG");
    scr_l10n_env_language(lang, sizeof lang); /* nothing set is C too */
    assert_string_equal(lang, "");
    setenv("LANG", "C.UTF-8", 1);

    /* scr_load follows it */
    const char *file = put("hall.lua", scenario);
    char path[512];
    snprintf(path, sizeof path, "%s", file);
    write_po("hall.fr.po", "x", "");
    core_diags d = {0};
    scr_scenario *s = scr_load(path, NULL, &d);
    assert_non_null(s);
    assert_string_equal(scr_model(s)->title, "Le couloir");
    scr_free(s);
    setenv("LANGUAGE", "en", 1);
    s = scr_load(path, NULL, &d);
    assert_string_equal(scr_model(s)->title, "The hallway");
    scr_free(s);
    /* a code that could name a path is never used as one */
    setenv("LANGUAGE", "../fr", 1);
    s = scr_load(path, NULL, &d);
    assert_string_equal(scr_model(s)->title, "The hallway");
    scr_free(s);
    core_diags_free(&d);
}

/* A .po read before and unchanged is not parsed again; a changed one is. */
static void cache_by_file(void **st)
{
    (void)st;
    const char *file = put("hall.lua", scenario);
    char path[512];
    snprintf(path, sizeof path, "%s", file);
    write_po("hall.fr.po", "x", "");
    core_diags d = {0};
    int before = scr_l10n_po_parses();
    scr_scenario *a = load(path, "fr", &d);
    scr_scenario *b = load(path, "fr", &d);
    assert_int_equal(scr_l10n_po_parses(), before + 1);
    assert_string_equal(scr_model(a)->title, "Le couloir");
    assert_string_equal(scr_model(b)->title, "Le couloir");
    scr_free(a); /* each load owns its copy */
    assert_string_equal(scr_model(b)->title, "Le couloir");
    scr_free(b);
    /* Changed (its size too): read again, and the new text is used. */
    write_po("hall.fr.po", "x",
             "\nmsgctxt \"summary\"\nmsgid \"Two lines.\"\nmsgstr \"Deux répliques.\"\n");
    a = load(path, "fr", &d);
    assert_int_equal(scr_l10n_po_parses(), before + 2);
    assert_string_equal(scr_model(a)->summary, "Deux répliques.");
    scr_free(a);
    /* A damaged file is never kept: warned about at every load. */
    put("hall.fr.po", "msgid \"x\nmsgstr \"y\"\n");
    int warned = d.n;
    scr_free(load(path, "fr", &d));
    scr_free(load(path, "fr", &d));
    assert_int_equal(d.n, warned + 2);
    assert_int_equal(scr_l10n_po_parses(), before + 4);
    core_diags_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(extract_keys_and_lines, make_dir, remove_dir),
        cmocka_unit_test_setup_teardown(fallback_per_string, make_dir, remove_dir),
        cmocka_unit_test_setup_teardown(damaged_po, make_dir, remove_dir),
        cmocka_unit_test_setup_teardown(check_missing_stale_fuzzy, make_dir, remove_dir),
        cmocka_unit_test_setup_teardown(language_from_environment, make_dir, remove_dir),
        cmocka_unit_test_setup_teardown(cache_by_file, make_dir, remove_dir),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
