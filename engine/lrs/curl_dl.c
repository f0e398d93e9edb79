/* curl_dl.c: opens libcurl on first use (see curl_dl_local.h for why). */
#include "curl_dl_local.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/* Filled once under pthread_once and read-only afterwards: process-wide
 * because the library it describes is, like curl_global_init's own state. */
static lrs_curl api;
static char load_error[300];
static bool loaded;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void)
{
    void *lib = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        snprintf(load_error, sizeof load_error,
                 "cannot open libcurl (%s); install Debian's libcurl4 package", dlerror());
        return;
    }
    struct {
        void **slot;
        const char *name;
    } want[] = {
        {(void **)&api.easy_init, "curl_easy_init"},
        {(void **)&api.easy_setopt, "curl_easy_setopt"},
        {(void **)&api.easy_perform, "curl_easy_perform"},
        {(void **)&api.easy_getinfo, "curl_easy_getinfo"},
        {(void **)&api.easy_cleanup, "curl_easy_cleanup"},
        {(void **)&api.easy_strerror, "curl_easy_strerror"},
        {(void **)&api.slist_append, "curl_slist_append"},
        {(void **)&api.slist_free_all, "curl_slist_free_all"},
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        *want[i].slot = dlsym(lib, want[i].name);
        if (!*want[i].slot) {
            snprintf(load_error, sizeof load_error, "libcurl has no %s; it is too old",
                     want[i].name);
            return; /* the library stays open: closing it gains nothing */
        }
    }
    CURLcode (*global_init)(long) = (CURLcode(*)(long))dlsym(lib, "curl_global_init");
    if (!global_init || global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        snprintf(load_error, sizeof load_error, "libcurl could not be initialised");
        return;
    }
    loaded = true;
}

const lrs_curl *lrs_curl_get(char *msg, size_t msglen)
{
    pthread_once(&once, load);
    if (loaded) return &api;
    if (msg && msglen) snprintf(msg, msglen, "%s", load_error);
    return NULL;
}
