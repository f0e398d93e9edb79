/* fuzz_progress.c: any bytes as a progress file. When st_parse accepts them,
 * st_print must write a document that st_parse accepts again, and the two
 * progress structs must be equal field by field, up to the rounding st_print
 * documents (json.c: skill figures and text_scale to 4 decimals, ms to whole
 * milliseconds) and the one cJSON's printer allows (it writes 15 significant
 * digits when they give back the number to within one part in 2^52, so the
 * last bit of a 16- or 17-digit figure may change). Printing the second struct
 * must give the same text again.
 *
 * A finding is a crash, a sanitizer report, a leak, or an abort below that
 * names the first field that differs. */
#include "fuzz.h"
#include "store.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void differ(const char *what, int rec, int item)
{
    fprintf(stderr, "fuzz_progress: after print and parse, %s differs (session %d, item %d)\n",
            what, rec, item);
    abort();
}

static bool same_str(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* What st_print does to a figure it rounds. */
static double tidy(double x)
{
    return round(x * 10000.0) / 10000.0;
}

/* y was read back from x as printed: equal, or within cJSON's tolerance. */
static bool same_num(double x, double y)
{
    return x == y || fabs(x - y) <= fmax(fabs(x), fabs(y)) * DBL_EPSILON;
}

static void same_record(const st_record *a, const st_record *b, int r)
{
    if (!same_str(a->scenario, b->scenario)) differ("scenario", r, -1);
    if (a->version != b->version) differ("scenario_version", r, -1);
    if (!same_str(a->title, b->title)) differ("title", r, -1);
    if (!same_str(a->family, b->family)) differ("family", r, -1);
    if (!same_str(a->mode, b->mode)) differ("mode", r, -1);
    if (!same_str(a->started, b->started)) differ("started", r, -1);
    if (!same_str(a->ended, b->ended)) differ("ended", r, -1);
    if (!same_str(a->outcome, b->outcome)) differ("outcome", r, -1);
    if (!same_str(a->grade, b->grade)) differ("grade", r, -1);
    if (a->n_path != b->n_path) differ("path length", r, -1);
    for (int i = 0; i < a->n_path; i++)
        if (!same_str(a->path[i], b->path[i])) differ("path", r, i);
    if (a->n_choices != b->n_choices) differ("number of choices", r, -1);
    for (int i = 0; i < a->n_choices; i++) {
        const st_choice *x = &a->choices[i], *y = &b->choices[i];
        if (!same_str(x->node, y->node)) differ("choice node", r, i);
        if (!same_str(x->choice, y->choice)) differ("choice id", r, i);
        if (!same_str(x->text, y->text)) differ("choice text", r, i);
        if (x->pressed != y->pressed) differ("choice pressed", r, i);
        if (!same_num(round(x->ms), y->ms)) differ("choice ms", r, i);
    }
    if (a->n_skills != b->n_skills) differ("number of skills", r, -1);
    for (int i = 0; i < a->n_skills; i++) {
        const st_skill *x = &a->skills[i], *y = &b->skills[i];
        if (!same_str(x->name, y->name)) differ("skill name", r, i);
        if (!same_num(tidy(x->raw), y->raw)) differ("skill raw", r, i);
        if (!same_num(tidy(x->best), y->best)) differ("skill best", r, i);
        if (!same_num(tidy(x->worst), y->worst)) differ("skill worst", r, i);
        if (!same_num(tidy(x->percent), y->percent)) differ("skill percent", r, i);
    }
    if (a->n_tags != b->n_tags) differ("number of tags", r, -1);
    for (int i = 0; i < a->n_tags; i++) {
        if (!same_str(a->tags[i].name, b->tags[i].name)) differ("tag name", r, i);
        if (a->tags[i].count != b->tags[i].count) differ("tag count", r, i);
    }
}

static void same_progress(const st_progress *a, const st_progress *b)
{
    if (a->schema != b->schema) differ("schema", -1, -1);
    if (!same_str(a->player, b->player)) differ("player", -1, -1);
    if (!same_str(a->created, b->created)) differ("created", -1, -1);
    if (!same_num(tidy(a->settings.text_scale), b->settings.text_scale))
        differ("text_scale", -1, -1);
    if (!same_str(a->settings.theme, b->settings.theme)) differ("theme", -1, -1);
    if (a->settings.text_speed != b->settings.text_speed) differ("text_speed", -1, -1);
    if (!same_str(a->settings.mode, b->settings.mode)) differ("settings mode", -1, -1);
    if (a->n_records != b->n_records) differ("number of sessions", -1, -1);
    for (int i = 0; i < a->n_records; i++)
        same_record(&a->records[i], &b->records[i], i);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    st_progress a, b;
    char err[300];
    if (st_parse((const char *)data, size, &a, err, sizeof err) != ST_OK) return 0;
    char *text = st_print(&a);
    if (!text) abort(); /* out of memory on a small input */
    st_status st = st_parse(text, strlen(text), &b, err, sizeof err);
    if (st != ST_OK) {
        fprintf(stderr, "fuzz_progress: st_parse refuses what st_print wrote (%s):\n%.2000s\n", err,
                text);
        abort();
    }
    same_progress(&a, &b);
    char *again = st_print(&b);
    if (!again || strcmp(text, again) != 0) {
        fprintf(stderr, "fuzz_progress: printing the re-read progress gives other text\n");
        abort();
    }
    free(again);
    free(text);
    st_progress_free(&a);
    st_progress_free(&b);
    return 0;
}
