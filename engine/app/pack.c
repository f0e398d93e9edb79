/* pack.c: exercise packs for the front ends (docs/workshops.md). engine/script
 * loads a pack file into a core_pack; this checks the scenarios it names
 * against a library, so the window and `rapport check` read packs without
 * reaching engine/script.
 *
 * Depends on: engine/script (the pack loader), engine/core (the model). */
#include "app.h"
#include "pack.h"

#include <stdlib.h>

core_pack *app_pack_load(const char *file, const app_library *lib, core_diags *d)
{
    core_pack *p = scr_pack_load(file, NULL, d);
    if (!p || !lib) return p;
    const char **ids = malloc(sizeof *ids * (size_t)(lib->n + 1));
    int n = 0;
    for (int i = 0; ids && i < lib->n; i++)
        if (lib->v[i].id && lib->v[i].id[0]) ids[n++] = lib->v[i].id;
    if (ids) scr_pack_check_ids(p, ids, n, d);
    free(ids);
    return p;
}

void app_pack_free(core_pack *p)
{
    scr_pack_free(p);
}

const char *app_pack_mode_name(core_pack_mode m)
{
    return scr_pack_mode_name(m);
}
