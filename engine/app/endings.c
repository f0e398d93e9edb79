/* endings.c: the words of recorded sessions' ending labels in the player's
 * language, for lists of sessions from many scenarios (app.h, app_endings).
 *
 * A progress file keeps each session's ending as its label ("thin_update");
 * its words in another language are in the scenario's NAME.LANG.po
 * (`endings.LABEL`, engine/script/l10n.h), which only loading the scenario
 * reads. So each scenario is loaded once, the first time one of its labels
 * is asked for, its endings' words copied out and the scenario freed: a long
 * history costs one load per scenario, never one per session or per frame.
 * When the player's language is English nothing is loaded at all.
 *
 * Depends on: engine/script (loading a scenario in the player's language,
 * through app_load_for_player), i18n.h (which language). */
#include "app_local.h"
#include "i18n.h"
#include "l10n.h"

#include <stdlib.h>
#include <string.h>

typedef struct scen_words {
    char *id;            /* the scenario's id; owned */
    char **label, **say; /* n labels and their words; owned */
    int n;
} scen_words;

struct app_endings {
    const app_library *lib; /* borrowed, or &own */
    app_library own;        /* scanned here when no library was given */
    bool scanned;           /* own was scanned (or tried: memset when it failed) */
    bool as_written;        /* the program speaks English: labels as recorded */
    scen_words *v;          /* owned */
    int n;
};

app_endings *app_endings_new(const app_library *lib)
{
    app_endings *e = calloc(1, sizeof *e);
    if (!e) return NULL;
    e->lib = lib;
    e->as_written = strcmp(app_i18n_language(), "en") == 0;
    return e;
}

void app_endings_free(app_endings *e)
{
    if (!e) return;
    for (int i = 0; i < e->n; i++) {
        for (int k = 0; k < e->v[i].n; k++) {
            free(e->v[i].label[k]);
            free(e->v[i].say[k]);
        }
        free(e->v[i].label);
        free(e->v[i].say);
        free(e->v[i].id);
    }
    free(e->v);
    if (e->scanned) app_library_free(&e->own);
    free(e);
}

/* Adds label's words to w unless there already; false when out of memory. */
static bool add_words(scen_words *w, const char *label, const char *say)
{
    for (int k = 0; k < w->n; k++)
        if (strcmp(w->label[k], label) == 0) return true;
    char **l = core_grow(w->label, w->n, sizeof *l);
    if (!l) return false;
    w->label = l;
    char **s = core_grow(w->say, w->n, sizeof *s);
    if (!s) return false;
    w->say = s;
    w->label[w->n] = core_strdup(label);
    w->say[w->n] = core_strdup(say);
    if (!w->label[w->n] || !w->say[w->n]) {
        free(w->label[w->n]);
        free(w->say[w->n]);
        return false;
    }
    w->n++;
    return true;
}

/* Keeps the words s has for its endings in w; false when out of memory. */
static bool keep_words(scen_words *w, scr_scenario *s)
{
    const core_scenario *sc = scr_model(s);
    for (int k = 0; k < sc->n_nodes; k++) {
        const char *label = sc->nodes[k].ending;
        const char *say = label ? scr_l10n_ending(s, label) : NULL;
        if (say && !add_words(w, label, say)) return false;
    }
    return true;
}

/* Scenario id loaded in the player's language, or NULL. Shipped scenarios
 * live where their id says (networking.coffee_line in
 * networking/coffee_line.lua): that file is tried first, so a history of a
 * few scenarios does not load the whole library; the library (lib, or one
 * scanned here once) finds the others. */
static scr_scenario *open_scenario(app_endings *e, const char *id, core_diags *d)
{
    if (!e->lib) {
        char *dir = app_library_dir(), path[4200];
        int n = dir ? snprintf(path, sizeof path, "%s/%s.lua", dir, id) : -1;
        if (n > 0 && (size_t)n < sizeof path) {
            char *dot = strchr(path + strlen(dir) + 1, '.');
            if (dot && dot < path + n - 4 && !strchr(id, '/')) {
                *dot = '/';
                scr_scenario *s = app_load_for_player(path, d);
                if (s && strcmp(scr_model(s)->id, id) == 0) {
                    free(dir);
                    return s;
                }
                scr_free(s);
                core_diags_free(d);
            }
        }
        if (dir && !e->scanned) { /* once: a library that cannot be read stays unread */
            e->scanned = true;
            if (app_library_scan(dir, &e->own)) e->lib = &e->own;
        }
        free(dir);
    }
    int i = e->lib ? app_library_find(e->lib, id) : -1;
    return i >= 0 && e->lib->v[i].ok ? app_load_for_player(e->lib->v[i].file, d) : NULL;
}

/* Loads scenario id and keeps its endings' words. A scenario that cannot
 * be found or loaded keeps none, and is not tried again. NULL only when out
 * of memory. */
static scen_words *load(app_endings *e, const char *id)
{
    scen_words *v = core_grow(e->v, e->n, sizeof *v);
    if (!v) return NULL;
    e->v = v;
    scen_words *w = &v[e->n];
    *w = (scen_words){.id = core_strdup(id)};
    if (!w->id) return NULL;
    e->n++;
    core_diags d = {0};
    scr_scenario *s = open_scenario(e, id, &d);
    if (s) keep_words(w, s); /* out of memory: the labels as recorded */
    scr_free(s);
    core_diags_free(&d);
    return w;
}

const char *app_endings_words(app_endings *e, const char *scenario, const char *label)
{
    if (!label) return NULL;
    const scen_words *w = NULL;
    for (int i = 0; e && !e->as_written && scenario && i < e->n && !w; i++)
        if (strcmp(e->v[i].id, scenario) == 0) w = &e->v[i];
    if (e && !e->as_written && scenario && !w) w = load(e, scenario);
    for (int k = 0; w && k < w->n; k++)
        if (strcmp(w->label[k], label) == 0) return w->say[k];
    /* The conventional labels (done, good, mixed, poor) through the program's
     * catalog, as everywhere else. */
    return app_ending_words(NULL, label);
}

/* The translation of saved, a text recorded from the scenario as written
 * (en's field), when tr (the scenario in the player's language) has one:
 * malloc'ed, or NULL to keep the saved text. */
static char *saved_in_words(const char *saved, const char *en, const char *tr)
{
    if (!saved || !en || !tr || strcmp(saved, en) != 0 || strcmp(en, tr) == 0) return NULL;
    return core_strdup(tr);
}

bool app_saved_words(const app_library *lib, const char *scenario, const char *title,
                     const char *homework, char **title_tr, char **homework_tr)
{
    *title_tr = *homework_tr = NULL;
    app_endings *e = scenario ? app_endings_new(lib) : NULL;
    if (!e || e->as_written) {
        app_endings_free(e);
        return false;
    }
    core_diags d = {0};
    scr_scenario *tr = open_scenario(e, scenario, &d);
    core_diags_free(&d);
    const core_scenario *t = tr ? scr_model(tr) : NULL;
    /* Only a scenario with a translation, and only for the words saved from
     * it as written: a text the author has changed since, or one saved in
     * another language, stays as it was saved. */
    scr_scenario *en = t && t->file && scr_l10n_language(tr)
                           ? scr_load_lang(t->file, NULL, "", &d) /* as written */
                           : NULL;
    core_diags_free(&d);
    if (en) {
        const core_scenario *w = scr_model(en);
        *title_tr = saved_in_words(title, w->title, t->title);
        *homework_tr = saved_in_words(homework, w->homework, t->homework);
    }
    scr_free(en);
    scr_free(tr);
    app_endings_free(e);
    return *title_tr || *homework_tr;
}
