/* room_lang.c: the words phones read, in English here and in whatever
 * languages the window adds (room.h, "the phones' language"), and which of
 * them a request gets from its Accept-Language header.
 *
 * This part uses no other, so it cannot call gettext's wrappers
 * (engine/app/i18n.h): the English words are marked N_() for the catalog's
 * template (scripts/l10n-update reads this file) and ui_room.c hands back
 * each catalog's translations before the server starts. The server's thread
 * then only reads them, so no request ever touches the process's locale.
 *
 * Depends on: the C library. */
#include "room_local.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define N_(s) (s) /* for xgettext: translated in ui_room.c */

static const char *const english[ROOM_N_WORDS] = {
    [ROOM_W_TITLE] = N_("rapport room"),
    [ROOM_W_HEADER] = N_("rapport · room"),
    [ROOM_W_CODE_LABEL] = N_("The code on the screen"),
    [ROOM_W_JOIN] = N_("Join"),
    /* TRANSLATORS: on a phone: %d is the number of the line the room votes on. */
    [ROOM_W_STEP] = N_("Step %d"),
    [ROOM_W_TAP] = N_(
        "Tap what the room should answer. You can change your vote until the presenter reveals."),
    [ROOM_W_FOLLOW_ONLY] = N_("You can follow but not vote: the room is full, or this network has "
                              "added too many phones."),
    [ROOM_W_CHOSE] = N_("Votes are closed. The room chose %d."),
    [ROOM_W_CLOSED] = N_("Votes are closed."),
    [ROOM_W_WAITING] = N_("Waiting for the next line. This page follows the presenter by itself."),
    [ROOM_W_NICK] = N_("Nickname, if you want one (kept only until the room closes)"),
    [ROOM_W_SAVE] = N_("Save"),
    [ROOM_W_YOUR_VOTE] = N_("your vote"),
    /* Its plural forms are P_("%d vote", "%d votes", n) in ui_room.c. */
    [ROOM_W_VOTES_ONE] = "%d vote",
    [ROOM_W_VOTES_MANY] = "%d votes",
    [ROOM_W_YOURS] = N_(", yours"),
    [ROOM_W_NOT_FORM] = N_("Not a form"),
    [ROOM_W_NOT_FORM_TEXT] = N_("The room takes votes from its own page only."),
    [ROOM_W_BAD_REQUEST] = N_("Bad request"),
    [ROOM_W_NUL] = N_("A NUL in the form."),
    [ROOM_W_UNREADABLE] = N_("That vote was not readable."),
    [ROOM_W_OPEN_FIRST] = N_("Open the room's page first"),
    [ROOM_W_OPEN_FIRST_VOTE] = N_("Votes come from a phone that opened the room's page."),
    [ROOM_W_OPEN_FIRST_NICK] = N_("A nickname belongs to a phone that opened the room's page."),
    [ROOM_W_TOO_LATE] = N_("Too late for that vote"),
    [ROOM_W_TOO_LATE_TEXT] =
        N_("The presenter has moved on or revealed. Go back to the room's page."),
    [ROOM_W_NO_CHOICE] = N_("There is no such choice."),
    [ROOM_W_NO_NICK] = N_("No nickname."),
    [ROOM_W_NOT_FOUND] = N_("Not found"),
    [ROOM_W_NOTHING_HERE] = N_("There is nothing here."),
    [ROOM_W_SLOW] = N_("Slow down"),
    [ROOM_W_SLOW_TEXT] = N_("Too many requests from this device. Wait a moment."),
    [ROOM_W_NOT_ALLOWED] = N_("Not allowed"),
    [ROOM_W_GET_POST] = N_("Only GET and POST."),
    [ROOM_W_NOT_PATH] = N_("Not a path."),
    [ROOM_W_WRONG_CODE] = N_("Wrong code"),
    [ROOM_W_WRONG_CODE_TEXT] = N_("That code is not this room's. Check the screen."),
    [ROOM_W_FOREIGN] = N_("Not from the room's page"),
    [ROOM_W_FOREIGN_TEXT] = N_("Votes come from the room's own page."),
    [ROOM_W_TOO_LARGE] = N_("Too large"),
    [ROOM_W_TOO_LARGE_TEXT] = N_("A vote is a few bytes; this was far more."),
};

const char *room_word_en(room_word w)
{
    return w >= 0 && w < ROOM_N_WORDS && english[w] ? english[w] : "";
}

/* How many "%d" s has; *other set when it has any other '%'. */
static int holes(const char *s, bool *other)
{
    int n = 0;
    for (const char *p = strchr(s, '%'); p; p = strchr(p + 1, '%')) {
        if (p[1] == 'd')
            n++;
        else
            *other = true;
    }
    return n;
}

/* A translation may only have "%d" where the English does (the pages put the
 * number there themselves; nothing is ever a printf format): else English. */
static bool same_holes(const char *en, const char *tr)
{
    bool other = false;
    return holes(en, &other) == holes(tr, &other) && !other;
}

/* A plain language tag, [a-z]{2,3} with an optional -[A-Z]{2} ("fr",
 * "pt-BR"): the pages write it into <html lang> as it is. */
static bool plain_tag(const char *code)
{
    size_t k = strspn(code, "abcdefghijklmnopqrstuvwxyz"), len = strlen(code);
    if (k < 2 || k > 3) return false;
    if (len == k) return true;
    return len == k + 3 && code[k] == '-' && code[k + 1] >= 'A' && code[k + 1] <= 'Z' &&
           code[k + 2] >= 'A' && code[k + 2] <= 'Z';
}

bool room_add_language(room *r, const char *code, const char *const *words, const bool *one)
{
    if (!code || !*code || strlen(code) >= sizeof r->langs[0]->code || r->n_langs >= ROOM_MAX_LANGS)
        return false;
    for (int i = 0; i < r->n_langs; i++)
        if (strcasecmp(r->langs[i]->code, code) == 0) return false;
    if (!plain_tag(code)) return false;
    room_lang *l = calloc(1, sizeof *l);
    if (!l) return false;
    strcpy(l->code, code);
    for (int w = 0; w < ROOM_N_WORDS; w++) {
        const char *t =
            words[w] && *words[w] && same_holes(english[w], words[w]) ? words[w] : english[w];
        if (!(l->w[w] = strdup(t))) {
            for (int k = 0; k < w; k++)
                free(l->w[k]);
            free(l);
            return false;
        }
    }
    memcpy(l->one, one, sizeof l->one);
    r->langs[r->n_langs++] = l;
    return true;
}

void room_langs_free(room *r)
{
    for (int i = 0; i < r->n_langs; i++) {
        for (int w = 0; w < ROOM_N_WORDS; w++)
            free(r->langs[i]->w[w]);
        free(r->langs[i]);
    }
    r->n_langs = 0;
}

/* A language range of Accept-Language ("fr-CH;q=0.8") as its primary
 * subtag ("fr", lower case, in out[n]) and its q (1 when absent, 0 when
 * unreadable). */
static double parse_range(const char *item, size_t len, char *out, size_t n)
{
    char buf[64];
    if (len >= sizeof buf) len = sizeof buf - 1; /* a longer one matches nothing */
    memcpy(buf, item, len);
    buf[len] = '\0';
    const char *t = buf + strspn(buf, " \t");
    size_t k = 0;
    for (; t[k] && k + 1 < n && ((t[k] >= 'a' && t[k] <= 'z') || (t[k] >= 'A' && t[k] <= 'Z')); k++)
        out[k] = (char)(t[k] | 0x20);
    out[k] = '\0';
    const char *q = strstr(t, ";q=");
    if (!q) q = strstr(t, "; q=");
    if (!q) return 1;
    q = strchr(q, '=') + 1;
    char *end;
    double v = strtod(q, &end);
    return end == q || v < 0 || v > 1 ? 0 : v;
}

const room_lang *room_lang_for(const room *r, const char *accept)
{
    if (r->n_langs == 0) return NULL;
    const room_lang *best = r->langs[0];
    double best_q = 0;
    for (const char *p = accept; p && *p;) {
        size_t len = strcspn(p, ",");
        char primary[16];
        double q = parse_range(p, len, primary, sizeof primary);
        for (int i = 0; i < r->n_langs && q > best_q; i++)
            if (strcasecmp(r->langs[i]->code, primary) == 0) {
                best = r->langs[i];
                best_q = q;
            }
        p += len;
        if (*p == ',') p++;
    }
    return best;
}
