/* curl_dl_local.h: libcurl, opened the first time a sync needs it.
 *
 * Linking libcurl into rapport mapped it and its thirty dependencies (GSSAPI,
 * LDAP, SSH, HTTP/2...) into every command, `rapport check` included: about
 * 5 MiB of resident memory and a few milliseconds of relocations at every
 * start, for a feature most machines never configure. So rapport is compiled
 * against Debian's curl headers and opens libcurl.so.4 (the same Debian
 * library) with dlopen on first use. Internal to engine/lrs. */
#ifndef RAPPORT_LRS_CURL_DL_LOCAL_H
#define RAPPORT_LRS_CURL_DL_LOCAL_H

#include <curl/curl.h>
#include <stddef.h>

typedef struct lrs_curl {
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *h, CURLoption opt, ...);
    CURLcode (*easy_perform)(CURL *h);
    CURLcode (*easy_getinfo)(CURL *h, CURLINFO info, ...);
    void (*easy_cleanup)(CURL *h);
    const char *(*easy_strerror)(CURLcode rc);
    struct curl_slist *(*slist_append)(struct curl_slist *l, const char *s);
    void (*slist_free_all)(struct curl_slist *l);
} lrs_curl;

/* The library's functions, loaded and globally initialised once for the
 * process (thread-safe). NULL when libcurl cannot be opened: msg says why and
 * what to install. The table is static and never changes after loading. */
const lrs_curl *lrs_curl_get(char *msg, size_t msglen);

#endif
