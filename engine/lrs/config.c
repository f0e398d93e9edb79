/* config.c: the LRS configuration, $XDG_CONFIG_HOME/rapport/lrs.json.
 * It holds a password, so it is written with mode 0600 and refused when group
 * or others could read it; messages name the file, never the password. */
#include "lrs_local.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

void lrs_config_defaults(lrs_config *c)
{
    memset(c, 0, sizeof *c);
    c->auto_sync = true;
    c->timeout_s = 30;
}

static void wipe(char *s)
{
    if (!s) return;
    /* volatile: the compiler may not drop stores to memory about to be freed. */
    for (volatile char *p = s; *p; p++)
        *p = '\0';
    free(s);
}

void lrs_config_free(lrs_config *c)
{
    free(c->endpoint);
    free(c->username);
    wipe(c->password);
    free(c->registration);
    free(c->iri_base);
    wipe(c->pseudonym_key);
    memset(c, 0, sizeof *c);
}

char *lrs_config_dir(void)
{
    const char *x = getenv("XDG_CONFIG_HOME");
    if (x && *x == '/') return lrs_fmt("%s/rapport", x);
    const char *h = getenv("HOME");
    return lrs_fmt("%s/.config/rapport", h && *h ? h : ".");
}

char *lrs_config_path(void)
{
    char *d = lrs_config_dir();
    char *p = d ? lrs_fmt("%s/lrs.json", d) : NULL;
    free(d);
    return p;
}

bool lrs_is_uuid(const char *s)
{
    if (!s || strlen(s) != 36) return false;
    for (int i = 0; i < 36; i++) {
        bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !strchr("0123456789abcdefABCDEF", s[i])) return false;
    }
    return true;
}

/* Reads one configuration member. Returns false with msg for a wrong type. */
static bool take(const cJSON *it, lrs_config *c, const char *path, char *msg, size_t msglen)
{
    static const char *const strs[] = {"endpoint",     "username", "password",
                                       "registration", "iri_base", "pseudonym_key"};
    char **dst[] = {&c->endpoint,     &c->username, &c->password,
                    &c->registration, &c->iri_base, &c->pseudonym_key};
    static const char *const bools[] = {"anonymise", "send_choices", "auto_sync", "allow_http"};
    bool *bdst[] = {&c->anonymise, &c->send_choices, &c->auto_sync, &c->allow_http};
    const char *k = it->string;
    for (size_t i = 0; i < sizeof strs / sizeof *strs; i++) {
        if (strcmp(k, strs[i]) != 0) continue;
        if (cJSON_IsNull(it)) return true;
        if (!cJSON_IsString(it)) {
            snprintf(msg, msglen, "%s: \"%s\" must be a string", path, k);
            return false;
        }
        free(*dst[i]);
        *dst[i] = lrs_strdup(it->valuestring);
        return true;
    }
    for (size_t i = 0; i < sizeof bools / sizeof *bools; i++) {
        if (strcmp(k, bools[i]) != 0) continue;
        if (!cJSON_IsBool(it)) {
            snprintf(msg, msglen, "%s: \"%s\" must be true or false", path, k);
            return false;
        }
        *bdst[i] = cJSON_IsTrue(it);
        return true;
    }
    if (strcmp(k, "timeout_seconds") == 0) {
        if (!cJSON_IsNumber(it) || it->valuedouble < 1 || it->valuedouble > 600) {
            snprintf(msg, msglen, "%s: \"timeout_seconds\" must be a number from 1 to 600", path);
            return false;
        }
        c->timeout_s = (long)it->valuedouble;
        return true;
    }
    /* A misspelt key ("anonymize") silently ignored would send names. */
    snprintf(msg, msglen,
             "%s: unknown key \"%.60s\" (known: endpoint, username, password, "
             "registration, anonymise, send_choices, auto_sync, iri_base, "
             "timeout_seconds, allow_http, pseudonym_key)",
             path, k);
    return false;
}

lrs_status lrs_config_load(const char *path, lrs_config *out, char *msg, size_t msglen)
{
    lrs_config_defaults(out);
    msg[0] = '\0';
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) return LRS_MISSING;
        snprintf(msg, msglen, "cannot read %s: %s", path, strerror(errno));
        return LRS_ERROR;
    }
    /* Checked on the open descriptor, so a swap after the check cannot fool it. */
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(msg, msglen, "%s is not a regular file", path);
        close(fd);
        return LRS_ERROR;
    }
    if (st.st_mode & 077) {
        snprintf(msg, msglen,
                 "%s holds a password but other users can read it (mode %04o); it was not used. "
                 "Run: chmod 600 %s",
                 path, (unsigned)(st.st_mode & 07777), path);
        close(fd);
        return LRS_ERROR;
    }
    if (st.st_uid != geteuid()) {
        snprintf(msg, msglen, "%s belongs to another user (uid %ld); it was not used", path,
                 (long)st.st_uid);
        close(fd);
        return LRS_ERROR;
    }
    if (st.st_size > 65536) {
        snprintf(msg, msglen, "%s is too large for a configuration", path);
        close(fd);
        return LRS_ERROR;
    }
    char buf[65537];
    size_t len = 0;
    for (;;) {
        ssize_t r = read(fd, buf + len, sizeof buf - 1 - len);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        len += (size_t)r;
        if (len == sizeof buf - 1) break;
    }
    close(fd);
    buf[len] = '\0';
    char why[200];
    cJSON *root = lrs_json_parse(buf, len, why, sizeof why);
    /* The buffer held the password: clear it before returning. */
    for (volatile char *p = buf; p < buf + len; p++)
        *p = '\0';
    if (!root || !cJSON_IsObject(root)) {
        snprintf(msg, msglen, "%s cannot be read: %s", path, root ? "it is not an object" : why);
        cJSON_Delete(root);
        return LRS_ERROR;
    }
    bool ok = true;
    for (const cJSON *it = root->child; it && ok; it = it->next)
        ok = take(it, out, path, msg, msglen);
    /* cJSON's copy of the password goes too. */
    const cJSON *pw = cJSON_GetObjectItemCaseSensitive(root, "password");
    if (cJSON_IsString(pw))
        for (volatile char *p = pw->valuestring; *p; p++)
            *p = '\0';
    cJSON_Delete(root);
    if (!ok) return LRS_ERROR;
    if (out->pseudonym_key && strlen(out->pseudonym_key) < 32) {
        snprintf(msg, msglen, "%s: \"pseudonym_key\" must have at least 32 characters", path);
        return LRS_ERROR;
    }
    return LRS_OK;
}

/* True for loopback hosts, where plain http cannot be overheard. */
static bool loopback(const char *host, size_t n)
{
    return (n == 9 && strncasecmp(host, "localhost", 9) == 0) ||
           (n >= 4 && strncmp(host, "127.", 4) == 0) || (n == 5 && strncmp(host, "[::1]", 5) == 0);
}

bool lrs_config_check(const lrs_config *c, char *msg, size_t msglen)
{
    const char *e = c->endpoint;
    if (!e || !*e) {
        snprintf(msg, msglen, "no LRS endpoint is configured (rapport lrs set --endpoint URL ...)");
        return false;
    }
    bool https = strncasecmp(e, "https://", 8) == 0;
    bool http = strncasecmp(e, "http://", 7) == 0;
    if (!https && !http) {
        snprintf(msg, msglen,
                 "the LRS endpoint must start with https:// (or http:// on this "
                 "machine)");
        return false;
    }
    const char *host = e + (https ? 8 : 7);
    size_t hl = strcspn(host, "/?#");
    size_t hostlen = hl;
    for (size_t i = 0; i < hl; i++) {
        if (host[i] == '@') {
            snprintf(msg, msglen,
                     "the LRS endpoint must not contain credentials; use --user and "
                     "--password-file");
            return false;
        }
    }
    /* The host without a port, to recognise loopback. */
    if (host[0] == '[') {
        const char *rb = memchr(host, ']', hl);
        hostlen = rb ? (size_t)(rb - host) + 1 : hl;
    } else {
        const char *colon = memchr(host, ':', hl);
        if (colon) hostlen = (size_t)(colon - host);
    }
    if (hostlen == 0) {
        snprintf(msg, msglen, "the LRS endpoint has no host name");
        return false;
    }
    if (strpbrk(e, " \t\r\n\"<>\\^`{|}")) {
        snprintf(msg, msglen, "the LRS endpoint contains characters a URL cannot hold");
        return false;
    }
    if (http && !c->allow_http && !loopback(host, hostlen)) {
        snprintf(msg, msglen,
                 "the LRS endpoint uses plain http to another machine, which would send the "
                 "password unencrypted; use https (or set \"allow_http\": true in the "
                 "configuration if the network is trusted)");
        return false;
    }
    if (c->registration && !lrs_is_uuid(c->registration)) {
        snprintf(msg, msglen,
                 "the registration must be a UUID like "
                 "123e4567-e89b-12d3-a456-426614174000");
        return false;
    }
    if (c->iri_base && strncmp(c->iri_base, "https://", 8) != 0 &&
        strncmp(c->iri_base, "http://", 7) != 0) {
        snprintf(msg, msglen,
                 "iri_base must be an http(s) IRI such as https://learning.example.org");
        return false;
    }
    if (c->timeout_s < 1 || c->timeout_s > 600) {
        snprintf(msg, msglen, "timeout_seconds must be from 1 to 600");
        return false;
    }
    return true;
}

lrs_status lrs_config_save(const char *path, const lrs_config *c, char *msg, size_t msglen)
{
    cJSON *o = cJSON_CreateObject();
    if (!o) goto oom;
    struct {
        const char *key, *val;
    } strs[] = {{"endpoint", c->endpoint}, {"username", c->username},
                {"password", c->password}, {"registration", c->registration},
                {"iri_base", c->iri_base}, {"pseudonym_key", c->pseudonym_key}};
    for (size_t i = 0; i < sizeof strs / sizeof *strs; i++)
        if (strs[i].val && !cJSON_AddStringToObject(o, strs[i].key, strs[i].val)) goto oom;
    if (!cJSON_AddBoolToObject(o, "anonymise", c->anonymise) ||
        !cJSON_AddBoolToObject(o, "send_choices", c->send_choices) ||
        !cJSON_AddBoolToObject(o, "auto_sync", c->auto_sync) ||
        !cJSON_AddNumberToObject(o, "timeout_seconds", (double)c->timeout_s))
        goto oom;
    if (c->allow_http && !cJSON_AddBoolToObject(o, "allow_http", true)) goto oom;
    char *text = cJSON_Print(o);
    cJSON_Delete(o);
    o = NULL;
    if (!text) goto oom;
    size_t len = strlen(text);
    bool ok = lrs_fs_write(path, text, len, 0600, msg, msglen);
    for (volatile char *p = text; *p; p++)
        *p = '\0';
    free(text);
    return ok ? LRS_OK : LRS_ERROR;
oom:
    cJSON_Delete(o);
    snprintf(msg, msglen, "out of memory");
    return LRS_ERROR;
}
