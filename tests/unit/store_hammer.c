/* store_hammer.c: appends sessions to one progress file forever, folding
 * the journal of a large history when one is due (st_fold, as the front ends
 * do after a save); the kill -9 test (tests/store/kill9.sh) kills it at
 * random moments, in appends and in folds. */
#include "store.h"

#include <stdio.h>

int main(int argc, char **argv)
{
    if (argc != 2) return 2;
    static char *path[] = {"a", "b"};
    st_record r = {.scenario = "t.hammer",
                   .version = 1,
                   .mode = "practice",
                   .started = "2026-01-01T00:00:00Z",
                   .outcome = "done",
                   .path = path,
                   .n_path = 2};
    char msg[600];
    for (;;) {
        if (st_append(argv[1], "hammer", &r, msg, sizeof msg) != ST_OK) {
            fprintf(stderr, "%s\n", msg);
            return 1;
        }
        /* A fold that fails loses nothing: the next one tries again. */
        st_fold(argv[1], "hammer", NULL, NULL, NULL, msg, sizeof msg);
    }
}
