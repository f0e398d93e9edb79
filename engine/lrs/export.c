/* export.c: statements for many progress files into one JSON file, for an LRS
 * import or a report (`rapport report --xapi`, `rapport xapi-export`). The
 * statements are the same, id for id, as the ones the queue sends. */
#include "lrs_local.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int lrs_export_file(const char *const *progress_files, int n_files, const char *out_path,
                    bool anonymise, bool with_choices, FILE *warn)
{
    lrs_config c;
    char msg[1200];
    char *path = lrs_config_path();
    lrs_status cs = path ? lrs_config_load(path, &c, msg, sizeof msg) : LRS_MISSING;
    free(path);
    if (cs == LRS_ERROR) {
        /* The export needs no password; say why the settings are not used. */
        fprintf(warn, "rapport: %s; exporting with the default settings\n", msg);
        lrs_config_free(&c);
        lrs_config_defaults(&c);
    }
    c.anonymise = c.anonymise || anonymise;
    c.send_choices = c.send_choices || with_choices;
    int count = -1;
    char *key = NULL;
    cJSON *all = cJSON_CreateArray();
    if (!all) {
        fprintf(warn, "rapport: out of memory\n");
        goto done;
    }
    if (c.anonymise && !(key = lrs_pseudonym_key(&c, msg, sizeof msg))) {
        fprintf(warn, "rapport: %s\n", msg);
        goto done;
    }
    for (int f = 0; f < n_files; f++) {
        st_progress p;
        if (!lrs_read_progress(progress_files[f], &p, msg, sizeof msg)) {
            fprintf(warn, "rapport: %s\n", msg);
            continue;
        }
        for (int i = 0; i < p.n_records; i++) {
            cJSON *arr = lrs_build(&c, key, p.player, &p.records[i], NULL, lrs_occurrence(&p, i));
            if (!arr) {
                fprintf(warn, "rapport: %s: session %d could not be exported (out of memory)\n",
                        progress_files[f], i + 1);
                continue;
            }
            cJSON *s;
            while ((s = cJSON_DetachItemFromArray(arr, 0)))
                cJSON_AddItemToArray(all, s);
            cJSON_Delete(arr);
        }
        st_progress_free(&p);
    }
    char *text = cJSON_Print(all);
    if (!text) {
        fprintf(warn, "rapport: out of memory while writing %s\n", out_path);
        goto done;
    }
    size_t n = strlen(text);
    /* Names of learners: private to the user who made it, like progress files. */
    if (lrs_fs_write(out_path, text, n, 0600, msg, sizeof msg))
        count = cJSON_GetArraySize(all);
    else
        fprintf(warn, "rapport: %s\n", msg);
    free(text);
done:
    cJSON_Delete(all);
    free(key);
    lrs_config_free(&c);
    return count;
}
