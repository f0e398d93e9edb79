/* util.c: small things the commands share. */
#include "app.h"
#include "cli.h"
#include "i18n.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void cli_json_str(FILE *f, const char *s)
{
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        switch (*p) {
        case '"':
            fputs("\\\"", f);
            break;
        case '\\':
            fputs("\\\\", f);
            break;
        case '\n':
            fputs("\\n", f);
            break;
        case '\r':
            fputs("\\r", f);
            break;
        case '\t':
            fputs("\\t", f);
            break;
        default:
            if (*p < 0x20)
                fprintf(f, "\\u%04x", *p);
            else
                fputc(*p, f);
        }
    }
    fputc('"', f);
}

char *cli_resolve(const char *arg)
{
    struct stat st;
    if (stat(arg, &st) == 0 && S_ISREG(st.st_mode)) return core_strdup(arg);
    char *dir = app_library_dir();
    app_library lib;
    char *out = NULL;
    if (dir && app_library_scan(dir, &lib)) {
        int i = app_library_find(&lib, arg);
        if (i >= 0) out = core_strdup(lib.v[i].file);
        if (!out) {
            /* Suggest the nearest id. */
            const char *best = NULL;
            int bd = 4;
            for (int k = 0; k < lib.n; k++) {
                if (!lib.v[k].ok) continue;
                int d = core_edit_distance(arg, lib.v[k].id, 3);
                if (d < bd) {
                    bd = d;
                    best = lib.v[k].id;
                }
            }
            fprintf(stderr, _("rapport: '%s' is neither a file nor a scenario id in %s%s%s%s\n"),
                    arg, dir, best ? _("; did you mean '") : "", best ? best : "",
                    best ? "'?" : "");
        }
        app_library_free(&lib);
    } else {
        fprintf(stderr, _("rapport: '%s' is not a file, and the library %s cannot be read\n"), arg,
                dir ? dir : "?");
    }
    free(dir);
    return out;
}

app_play *cli_open(const char *file, bool quiet)
{
    core_diags d = {0};
    app_play *p = app_play_open(file, &d);
    core_diags_sort(&d);
    if (!p || !quiet) core_diags_print(&d, stderr);
    core_diags_free(&d);
    return p;
}

int cli_utf8_prefix(const char *s, int max_chars)
{
    int i = 0;
    for (int n = 0; s[i] && n < max_chars; n++) {
        i++;
        while ((s[i] & 0xC0) == 0x80) /* continuation bytes belong to the same character */
            i++;
    }
    return i;
}

void cli_cell(FILE *f, const char *s, int width)
{
    int bytes = cli_utf8_prefix(s, width), chars = 0;
    for (int i = 0; i < bytes; i++)
        chars += (s[i] & 0xC0) != 0x80;
    fprintf(f, "%.*s%*s", bytes, s, width - chars, "");
}
