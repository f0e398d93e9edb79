/* progress.c: reading progress files for statements, without side effects.
 * st_load sets unreadable files aside; an export or a queue must never move a
 * learner's file, so this reads and parses (strictly, through st_parse) only. */
#include "lrs_local.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool lrs_read_progress(const char *file, st_progress *out, char *msg, size_t msglen)
{
    memset(out, 0, sizeof *out);
    char *buf;
    size_t len;
    int r = lrs_fs_read(file, LRS_FILE_MAX, &buf, &len);
    if (r != 0) {
        snprintf(msg, msglen, "%s: %s", file, r == 1 ? "no such file" : strerror(errno));
        return false;
    }
    char why[300];
    st_status st = st_parse_file(file, buf, len, out, why, sizeof why); /* with its journal */
    free(buf);
    if (st == ST_OK) return true;
    if (st == ST_NEWER)
        snprintf(msg, msglen, "%s: written by a newer rapport (%s); skipped", file, why);
    else
        snprintf(msg, msglen, "%s: not a rapport progress file (%s); skipped", file, why);
    st_progress_free(out);
    return false;
}

static bool same(const char *a, const char *b)
{
    return a && b ? strcmp(a, b) == 0 : a == b;
}

int lrs_occurrence(const st_progress *p, int index)
{
    const st_record *r = &p->records[index];
    int n = 0;
    for (int i = 0; i < index; i++)
        if (same(p->records[i].scenario, r->scenario) && same(p->records[i].started, r->started))
            n++;
    return n;
}
