/* library.c: finding and listing the scenarios on disk. */
#include "app.h"
#include "app_local.h"
#include "script.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

char *app_library_dir(void)
{
    const char *env = getenv("RAPPORT_SCENARIOS");
    if (env && *env) return core_strdup(env);
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) *slash = '\0';
        static const char *const rel[] = {"/../scenarios", "/../share/rapport/scenarios",
                                          "/scenarios"};
        for (size_t i = 0; i < sizeof rel / sizeof *rel; i++) {
            char buf[PATH_MAX + 64];
            snprintf(buf, sizeof buf, "%s%s", exe, rel[i]);
            if (is_dir(buf)) return core_strdup(buf);
        }
    }
    return core_strdup(RAPPORT_SOURCE_DIR "/scenarios");
}

static bool ends_with(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && strcmp(s + a - b, suf) == 0;
}

static void add_file(app_library *lib, const char *path)
{
    app_entry *v = realloc(lib->v, sizeof *v * (size_t)(lib->n + 1));
    if (!v) return;
    lib->v = v;
    app_entry *e = &v[lib->n];
    memset(e, 0, sizeof *e);
    e->file = core_strdup(path);
    core_diags d = {0};
    scr_scenario *s = app_load_for_player(path, &d);
    if (s) {
        const core_scenario *sc = scr_model(s);
        e->ok = true;
        e->id = core_strdup(sc->id);
        e->title = core_strdup(sc->title);
        e->family = core_strdup(sc->family);
        e->summary = core_strdup(sc->summary);
        e->difficulty = sc->difficulty;
        e->n_nodes = sc->n_nodes;
        /* The skill a player can win or lose most in: what this scenario trains. */
        core_bounds b;
        if (core_compute_bounds(sc, &b)) {
            int focus = -1;
            for (int k = 0; k < sc->n_skills; k++)
                if (focus < 0 || b.best[k] - b.worst[k] > b.best[focus] - b.worst[focus]) focus = k;
            if (focus >= 0) e->focus = core_strdup(sc->skills[focus]);
        }
    } else {
        char buf[600] = "";
        for (int i = 0; i < d.n; i++)
            if (d.v[i].severity == CORE_ERROR) {
                snprintf(buf, sizeof buf, "line %d: %s%s%s", d.v[i].line, d.v[i].path,
                         d.v[i].path[0] ? ": " : "", d.v[i].msg);
                break;
            }
        e->error = core_strdup(buf);
        const char *base = strrchr(path, '/');
        e->id = core_strdup(base ? base + 1 : path);
        e->title = core_strdup(e->id);
        e->family = core_strdup("(broken)");
        e->summary = core_strdup("");
    }
    core_diags_free(&d);
    scr_free(s);
    lib->n++;
}

static void scan(app_library *lib, const char *dir, int depth)
{
    if (depth > 4) return;
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char path[PATH_MAX];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (is_dir(path)) {
            scan(lib, path, depth + 1);
        } else if (ends_with(e->d_name, ".lua") && !ends_with(e->d_name, ".test.lua") &&
                   !ends_with(e->d_name, ".pack.lua") && strcmp(e->d_name, "rapport.lua") != 0) {
            add_file(lib, path);
        }
    }
    closedir(d);
}

static int cmp_entry(const void *pa, const void *pb)
{
    const app_entry *a = pa, *b = pb;
    int c = strcmp(a->family, b->family);
    if (c) return c;
    if (a->difficulty != b->difficulty) return a->difficulty - b->difficulty;
    return strcmp(a->title, b->title);
}

bool app_library_scan(const char *dir, app_library *out)
{
    memset(out, 0, sizeof *out);
    if (!is_dir(dir)) return false;
    scan(out, dir, 0);
    if (out->n > 1) qsort(out->v, (size_t)out->n, sizeof *out->v, cmp_entry);
    return true;
}

void app_library_free(app_library *lib)
{
    for (int i = 0; i < lib->n; i++) {
        app_entry *e = &lib->v[i];
        free(e->file);
        free(e->id);
        free(e->title);
        free(e->family);
        free(e->summary);
        free(e->error);
        free(e->focus);
    }
    free(lib->v);
    memset(lib, 0, sizeof *lib);
}

int app_library_find(const app_library *lib, const char *id)
{
    for (int i = 0; i < lib->n; i++)
        if (lib->v[i].ok && strcmp(lib->v[i].id, id) == 0) return i;
    return -1;
}
