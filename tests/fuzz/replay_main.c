/* replay_main.c: runs files through LLVMFuzzerTestOneInput without libFuzzer,
 * so any compiler (and any sanitizer build) can replay a corpus.
 *
 *   replay_x FILE|DIR...   each regular file, and each regular file directly
 *                          inside a DIR, in name order
 *
 * Exit 0 when every input ran (a finding aborts the process); 1 when an input
 * could not be read or nothing was replayed. */
#include "fuzz.h"

#include <dirent.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Present only in sanitizer builds: called before a report ends the process. */
void __sanitizer_set_death_callback(void (*cb)(void)) __attribute__((weak));

static const char *current = ""; /* the input being run, named when it fails */

static void name_input(void)
{
    static const char what[] = "replay: the failing input is ";
    ssize_t r = write(2, what, sizeof what - 1);
    r = write(2, current, strlen(current));
    r = write(2, "\n", 1);
    (void)r;
}

static void on_signal(int sig)
{
    name_input();
    signal(sig, SIG_DFL);
    raise(sig);
}

static int replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return -1;
    }
    size_t cap = 4096, len = 0;
    uint8_t *buf = malloc(cap);
    for (;;) {
        if (!buf) break;
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (got == 0) break;
        if (len == cap) {
            uint8_t *p = realloc(buf, cap *= 2);
            if (!p) free(buf);
            buf = p;
        }
    }
    bool bad = ferror(f) != 0 || !buf;
    fclose(f);
    if (bad) {
        fprintf(stderr, "%s: cannot be read\n", path);
        free(buf);
        return -1;
    }
    /* An exact-size copy, so ASan catches a read one past the end. */
    uint8_t *exact = malloc(len ? len : 1);
    if (!exact) {
        free(buf);
        return -1;
    }
    memcpy(exact, buf, len);
    free(buf);
    current = path;
    LLVMFuzzerTestOneInput(exact, len);
    free(exact);
    return 0;
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
    int n = 0, failed = 0;
    signal(SIGABRT, on_signal);
    signal(SIGSEGV, on_signal);
    signal(SIGBUS, on_signal);
    if (__sanitizer_set_death_callback) __sanitizer_set_death_callback(name_input);
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0) {
            perror(argv[i]);
            failed++;
            continue;
        }
        if (!S_ISDIR(st.st_mode)) {
            failed += replay_file(argv[i]) != 0;
            n++;
            continue;
        }
        DIR *d = opendir(argv[i]);
        if (!d) {
            perror(argv[i]);
            failed++;
            continue;
        }
        char **names = NULL;
        size_t k = 0;
        struct dirent *e;
        while ((e = readdir(d))) {
            if (e->d_name[0] == '.') continue;
            size_t len = strlen(argv[i]) + strlen(e->d_name) + 2;
            char *p = malloc(len);
            char **v = realloc(names, sizeof *v * (k + 1));
            if (!p || !v) {
                free(p);
                if (v) names = v;
                failed++;
                break;
            }
            names = v;
            snprintf(p, len, "%s/%s", argv[i], e->d_name);
            names[k++] = p;
        }
        closedir(d);
        if (k > 1) qsort(names, k, sizeof *names, cmp_name);
        for (size_t j = 0; j < k; j++) {
            if (stat(names[j], &st) == 0 && S_ISREG(st.st_mode)) {
                failed += replay_file(names[j]) != 0;
                n++;
            }
            free(names[j]);
        }
        free(names);
    }
    printf("%d inputs replayed, %d unreadable\n", n, failed);
    return failed || n == 0 ? 1 : 0;
}
