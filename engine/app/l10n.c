/* l10n.c: scenario translation for the front ends (app_l10n.h): the PO
 * template of a scenario, and the language scenarios load in.
 * Depends on: engine/script (l10n.h). */
#include "app_l10n.h"
#include "app_local.h"
#include "i18n.h"
#include "l10n.h"

#include <string.h>

bool app_l10n_extract(const char *file, FILE *out, core_diags *d)
{
    /* As written: the template lists the author's own strings. */
    scr_scenario *s = scr_load_lang(file, NULL, "", d);
    if (!s) return false;
    scr_l10n_list l;
    bool ok = scr_l10n_extract(s, file, &l);
    if (ok)
        scr_l10n_write_pot(out, file, &l, s);
    else
        core_diag_add(d, CORE_ERROR, file, "", 0, "memory", "out of memory while extracting");
    scr_l10n_list_free(&l);
    scr_free(s);
    return ok;
}

/* The language part of a code: "fr" of "fr_CA", "pt-BR", "fr.UTF-8". */
static size_t lang_part(const char *code)
{
    return strcspn(code, "_-.@");
}

void app_l10n_language(char *out, size_t n)
{
    if (n == 0) return;
    const char *set = app_i18n_setting();
    if (set) {
        snprintf(out, n, "%s", set);
        return;
    }
    /* The language of the catalog the program's own words come from now,
     * so both speak one language whatever was read first: the catalogs'
     * first use (app_i18n_catalog starts them) may set LC_MESSAGES, which
     * the environment's rule below reads. LANGUAGE=fr under C, or de:fr
     * with no German catalog, gives French words and French scenarios;
     * English words (no catalog for the language asked) give the scenarios
     * as written. */
    char cat[8];
    snprintf(cat, sizeof cat, "%s", app_i18n_catalog());
    out[0] = '\0';
    if (strcmp(cat, "en") == 0) return;
    size_t cl = lang_part(cat);
    /* The environment's entries in that language, in its order, so a
     * regional .po (fr_CA) is still preferred where the environment asks. */
    char env[256];
    scr_l10n_env_language(env, sizeof env);
    size_t k = 0;
    char *save = NULL;
    for (char *code = strtok_r(env, ":", &save); code; code = strtok_r(NULL, ":", &save)) {
        size_t len = strlen(code);
        if (lang_part(code) != cl || strncmp(code, cat, cl) != 0 || k + len + 2 > n) continue;
        k += (size_t)snprintf(out + k, n - k, "%s%s", k ? ":" : "", code);
    }
    if (k == 0) { /* none: the catalog's own tag, "pt-BR" as a .po names it, pt_BR */
        snprintf(out, n, "%s", cat);
        if (out[cl] == '-') out[cl] = '_';
    }
}

scr_scenario *app_load_for_player(const char *file, core_diags *d)
{
    char lang[256];
    app_l10n_language(lang, sizeof lang);
    return scr_load_lang(file, NULL, lang, d);
}
