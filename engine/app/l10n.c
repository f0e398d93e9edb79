/* l10n.c: scenario translation for the front ends (app_l10n.h): the PO
 * template of a scenario, and the language scenarios load in.
 * Depends on: engine/script (l10n.h). */
#include "app_l10n.h"
#include "app_local.h"
#include "i18n.h"
#include "l10n.h"

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

void app_l10n_language(char *out, size_t n)
{
    if (n == 0) return;
    const char *set = app_i18n_setting();
    if (set) {
        snprintf(out, n, "%s", set);
        return;
    }
    /* The program's catalogs first (once): starting them settles the
     * messages locale and LANGUAGE the rule below reads (LANGUAGE=fr alone
     * or under C is read under C.UTF-8; a locale the system lacks becomes
     * LANGUAGE), so a scenario loaded before the program's first word
     * reads the environment as the program does. Then, as GNU gettext does
     * for each of its domains, the scenario takes the first language of
     * the list it has a .po for: LANGUAGE=de:fr plays a scenario's de.po
     * around French program words when rapport has no German catalog. */
    app_i18n_init();
    scr_l10n_env_language(out, n);
}

scr_scenario *app_load_for_player(const char *file, core_diags *d)
{
    char lang[256];
    app_l10n_language(lang, sizeof lang);
    return scr_load_lang(file, NULL, lang, d);
}
