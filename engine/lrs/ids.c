/* ids.c: name-based statement ids and pseudonyms (OpenSSL's libcrypto for
 * SHA-1 and HMAC-SHA256; nothing here is hand-rolled cryptography). */
#include "lrs_local.h"

#include <errno.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>

/* uuid5(NAMESPACE_URL, "https://rapport.invalid/xapi"): rapport's namespace,
 * fixed forever so the same session always gets the same statement ids. */
static const unsigned char NAMESPACE[16] = {0x29, 0xa6, 0x5d, 0xdb, 0x26, 0x90, 0x5f, 0x7a,
                                            0xb1, 0xde, 0xf7, 0x19, 0x8c, 0xac, 0xa1, 0xe4};

static void uuid_text(const unsigned char b[16], char out[37])
{
    static const char hex[] = "0123456789abcdef";
    size_t k = 0;
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out[k++] = '-';
        out[k++] = hex[b[i] >> 4];
        out[k++] = hex[b[i] & 15];
    }
    out[k] = '\0';
}

void lrs_uuid5(const char *name, char out[37])
{
    /* RFC 4122 section 4.3: SHA-1 over the namespace's bytes, then the name. */
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!ctx || !EVP_DigestInit_ex(ctx, EVP_sha1(), NULL) ||
        !EVP_DigestUpdate(ctx, NAMESPACE, sizeof NAMESPACE) ||
        !EVP_DigestUpdate(ctx, name, strlen(name)) || !EVP_DigestFinal_ex(ctx, md, &mdlen) ||
        mdlen < 16) {
        /* Only out of memory gets here; an all-zero id is refused by any LRS. */
        memset(md, 0, sizeof md);
    }
    EVP_MD_CTX_free(ctx);
    md[6] = (unsigned char)((md[6] & 0x0F) | 0x50); /* version 5 */
    md[8] = (unsigned char)((md[8] & 0x3F) | 0x80); /* RFC 4122 variant */
    uuid_text(md, out);
}

void lrs_pseudonym(const char *key_hex, const char *name, char *out, size_t outlen)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    size_t klen = strlen(key_hex);
    if (!HMAC(EVP_sha256(), key_hex, (int)(klen > 4096 ? 4096 : klen), (const unsigned char *)name,
              strlen(name), md, &mdlen) ||
        mdlen < 6)
        memset(md, 0, sizeof md);
    snprintf(out, outlen, "learner-%02x%02x%02x%02x%02x%02x", md[0], md[1], md[2], md[3], md[4],
             md[5]);
}

static bool is_key(const char *s)
{
    size_t n = 0;
    for (; s[n]; n++)
        if (!strchr("0123456789abcdefABCDEF", s[n])) return false;
    return n >= 32 && n <= 256;
}

char *lrs_pseudonym_key(const lrs_config *c, char *msg, size_t msglen)
{
    if (c && c->pseudonym_key) return lrs_strdup(c->pseudonym_key);
    char *dir = lrs_config_dir();
    char *path = dir ? lrs_fmt("%s/pseudonym.key", dir) : NULL;
    char *key = NULL, *buf = NULL;
    int lk = -1;
    if (!path) {
        snprintf(msg, msglen, "out of memory");
        goto done;
    }
    /* Two rapports starting at once must not make two different keys. */
    lk = lrs_fs_lock(path, "lock", 2000);
    size_t len;
    int r = lrs_fs_read(path, 4096, &buf, &len);
    if (r == 0) {
        struct stat st;
        if (stat(path, &st) == 0 && (st.st_mode & 077)) {
            snprintf(msg, msglen, "%s can be read by other users (mode %04o); run: chmod 600 %s",
                     path, (unsigned)(st.st_mode & 07777), path);
            goto done;
        }
        while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
            buf[--len] = '\0';
        if (!is_key(buf)) {
            snprintf(msg, msglen, "%s does not hold a key (32 to 256 hexadecimal digits)", path);
            goto done;
        }
        key = lrs_strdup(buf);
        goto done;
    }
    if (r < 0) {
        snprintf(msg, msglen, "cannot read %s: %s", path, strerror(errno));
        goto done;
    }
    unsigned char raw[32];
    if (getrandom(raw, sizeof raw, 0) != (ssize_t)sizeof raw) {
        snprintf(msg, msglen, "cannot get random bytes for a pseudonym key: %s", strerror(errno));
        goto done;
    }
    char hex[65];
    for (size_t i = 0; i < sizeof raw; i++)
        snprintf(hex + 2 * i, 3, "%02x", raw[i]);
    char line[66];
    snprintf(line, sizeof line, "%s\n", hex);
    if (lrs_fs_write(path, line, strlen(line), 0600, msg, msglen)) key = lrs_strdup(hex);
done:
    lrs_fs_unlock(lk);
    free(buf);
    free(path);
    free(dir);
    return key;
}
