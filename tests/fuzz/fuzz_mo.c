/* fuzz_mo.c: any bytes as a GNU .mo catalog (engine/app/app_mo.h). The
 * reader must refuse what is not a well-formed catalog with a reason, and a
 * catalog it accepts must answer every lookup from inside its own bytes:
 * each message found by its own msgid (binary search over what it checked
 * was sorted), the header, plural forms for a spread of n through whatever
 * Plural-Forms rule the header holds.
 *
 * A finding is a crash, a sanitizer report, a leak, or an abort below. */
#include "app_mo.h"
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char err[300] = "";
    app_mo *m = app_mo_parse(data, size, err, sizeof err);
    if (!m) {
        if (!err[0]) {
            fprintf(stderr, "fuzz_mo: refused without a reason\n");
            abort();
        }
        return 0;
    }
    const char *hdr = app_mo_header(m);
    if (!hdr) abort();
    (void)strlen(hdr);
    static const char *const keys[] = {"",     "a",   "%d vote", "Settings", "family\004Networking",
                                       "\xff", "zzzz"};
    static const unsigned long ns[] = {0, 1, 2, 3, 5, 11, 21, 101, 1000001, 4294967295ul};
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        const char *t = app_mo_get(m, keys[k]);
        if (t) (void)strlen(t);
        for (size_t i = 0; i < sizeof ns / sizeof *ns; i++) {
            const char *p = app_mo_plural(m, keys[k], ns[i]);
            if (p) (void)strlen(p);
        }
    }
    if (app_mo_count(m) < 0) abort();
    app_mo_free(m);
    return 0;
}
