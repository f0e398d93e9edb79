/* test_room.c: engine/room's state and pages without a network: the join
 * code, rounds, votes cast, changed, refused after the reveal, the leader,
 * the phone limit, the rate limit and wrong codes (with a clock the test
 * sets), and HTML escaping of every scenario and learner string; a line said
 * anew after a reload reaches the page without a new round. */
#include "room_local.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

static room *fresh(void)
{
    char err[128];
    room *r = room_new(err, sizeof err);
    assert_non_null(r);
    return r;
}

static unsigned step3(room *r, const char *line)
{
    const char *c[] = {"First", "Second", "Third"};
    room_step s = {.number = 2, .speaker = "Maya", .line = line, .choice = c, .n_choice = 3};
    return room_set_step(r, &s);
}

static void code_is_fresh_and_readable(void **state)
{
    (void)state;
    room *a = fresh(), *b = fresh();
    const char *c = room_code(a);
    assert_int_equal(strlen(c), ROOM_CODE_LEN);
    assert_int_equal(strspn(c, "23456789ABCDEFGHJKMNPQRSTUVWXYZ"), ROOM_CODE_LEN);
    /* 31^6 codes: two rooms share one about once in 900 million. */
    assert_string_not_equal(room_code(a), room_code(b));
    char lower[ROOM_CODE_LEN + 1];
    for (int i = 0; i <= ROOM_CODE_LEN; i++)
        lower[i] = (char)(c[i] >= 'A' && c[i] <= 'Z' ? c[i] - 'A' + 'a' : c[i]);
    assert_true(room_code_ok(a, c, ROOM_CODE_LEN));
    assert_true(room_code_ok(a, lower, ROOM_CODE_LEN));
    assert_false(room_code_ok(a, c, ROOM_CODE_LEN - 1));
    assert_false(room_code_ok(a, "ZZZZZZ", 6) && strcmp(c, "ZZZZZZ") != 0);
    room_free(a);
    room_free(b);
}

static void votes_cast_changed_and_closed(void **state)
{
    (void)state;
    room *r = fresh();
    char t1[ROOM_TOKEN_LEN + 1], t2[ROOM_TOKEN_LEN + 1], t3[ROOM_TOKEN_LEN + 1];
    assert_true(room_voter_new(r, NULL, 0, t1));
    assert_true(room_voter_new(r, NULL, 0, t2));
    assert_true(room_voter_new(r, NULL, 0, t3));
    assert_string_not_equal(t1, t2);
    room_count c;
    room_tally(r, &c);
    assert_int_equal(c.round, 0); /* nothing to vote on yet */
    assert_int_equal(c.joined, 3);
    assert_int_equal(room_vote(r, t1, 0, 1), ROOM_VOTE_STALE);

    unsigned round = step3(r, "Hello");
    assert_int_equal(room_vote(r, t1, round, 2), ROOM_VOTE_OK);
    assert_int_equal(room_vote(r, t2, round, 2), ROOM_VOTE_OK);
    assert_int_equal(room_vote(r, t3, round, 3), ROOM_VOTE_OK);
    room_tally(r, &c);
    assert_true(c.open);
    assert_int_equal(c.voted, 3);
    assert_int_equal(c.votes[1], 2);
    assert_int_equal(room_leader(&c), 2);
    /* A phone changes its mind: one vote each, still. */
    assert_int_equal(room_vote(r, t1, round, 3), ROOM_VOTE_OK);
    room_tally(r, &c);
    assert_int_equal(c.voted, 3);
    assert_int_equal(c.votes[1], 1);
    assert_int_equal(c.votes[2], 2);
    assert_int_equal(room_leader(&c), 3);
    /* Refused: a forged token, no such choice, an old round. */
    assert_int_equal(room_vote(r, "00000000000000000000000000000000", round, 1), ROOM_VOTE_UNKNOWN);
    assert_int_equal(room_vote(r, NULL, round, 1), ROOM_VOTE_UNKNOWN);
    assert_int_equal(room_vote(r, t1, round, 0), ROOM_VOTE_RANGE);
    assert_int_equal(room_vote(r, t1, round, 4), ROOM_VOTE_RANGE);
    assert_int_equal(room_vote(r, t1, round + 1, 1), ROOM_VOTE_STALE);
    /* The reveal closes the votes and keeps the counts. */
    room_reveal(r, 3);
    assert_int_equal(room_vote(r, t2, round, 1), ROOM_VOTE_STALE);
    room_tally(r, &c);
    assert_false(c.open);
    assert_int_equal(c.revealed, 3);
    assert_int_equal(c.votes[2], 2);
    /* The next step starts from nothing. */
    unsigned next = step3(r, "Again");
    assert_true(next > round);
    room_tally(r, &c);
    assert_int_equal(c.voted, 0);
    assert_int_equal(room_leader(&c), 0);
    room_wait(r);
    room_tally(r, &c);
    assert_int_equal(c.round, 0);
    room_free(r);
}

/* F5 reloaded the scenario and the line changed, the choices did not
 * (room_set_line): the round and its votes stay, the page shows the new line
 * and the state the page polls changes, so every phone reloads; the same
 * line again changes nothing. */
static void line_said_anew(void **state)
{
    (void)state;
    room *r = fresh();
    char t[ROOM_TOKEN_LEN + 1];
    assert_true(room_voter_new(r, NULL, 0, t));
    unsigned round = step3(r, "Old line");
    assert_int_equal(room_vote(r, t, round, 2), ROOM_VOTE_OK);
    room_buf before = {0}, page = {0}, after = {0}, again = {0};
    room_page_state(r, &before);
    room_set_line(r, "Maya", "New <line>");
    room_count c;
    room_tally(r, &c);
    assert_int_equal(c.round, round);
    assert_true(c.open);
    assert_int_equal(c.voted, 1);
    assert_int_equal(c.votes[1], 1);
    room_page(r, t, "n", NULL, &page);
    assert_non_null(strstr(page.s, "<blockquote>New &lt;line&gt;</blockquote>"));
    assert_null(strstr(page.s, "Old line"));
    assert_non_null(strstr(page.s, "your vote")); /* the phone's vote is still its own */
    room_page_state(r, &after);
    assert_string_not_equal(before.s, after.s);
    room_set_line(r, "Maya", "New <line>");
    room_page_state(r, &again);
    assert_string_equal(after.s, again.s);
    assert_int_equal(room_vote(r, t, round, 3), ROOM_VOTE_OK); /* votes still open */
    room_buf_free(&before);
    room_buf_free(&page);
    room_buf_free(&after);
    room_buf_free(&again);
    room_free(r);
}

/* The phone's language: Accept-Language's preferred range among the languages
 * added (primary subtag, any case, by q), else the first added; the page in
 * it, with its own plural rule; a translation with another hole than the
 * English's is not used. */
static void language_from_accept_language(void **state)
{
    (void)state;
    room *r = fresh();
    assert_null(room_lang_for(r, "fr")); /* none added: English as written */
    const char *fr[ROOM_N_WORDS], *en[ROOM_N_WORDS];
    for (int w = 0; w < ROOM_N_WORDS; w++)
        fr[w] = en[w] = room_word_en((room_word)w);
    fr[ROOM_W_STEP] = "Étape %d";
    fr[ROOM_W_VOTES_ONE] = "%d vote (fr)";
    fr[ROOM_W_CLOSED] = "Les votes sont clos %s."; /* a hole the English has not */
    bool one_fr[ROOM_MAX_VOTERS + 1] = {true, true}, one_en[ROOM_MAX_VOTERS + 1] = {false, true};
    assert_true(room_add_language(r, "fr", fr, one_fr)); /* the app's own: first */
    assert_true(room_add_language(r, "en", en, one_en));
    assert_false(room_add_language(r, "FR", en, one_en)); /* once each */
    const room_lang *f = room_lang_for(r, NULL), *e = room_lang_for(r, "en");
    assert_string_equal(f->code, "fr");
    assert_string_equal(e->code, "en");
    assert_ptr_equal(room_lang_for(r, "de-DE,de;q=0.9"), f); /* no catalog: the app's */
    assert_ptr_equal(room_lang_for(r, "de-DE, en-GB;q=0.8, fr;q=0.5"), e);
    assert_ptr_equal(room_lang_for(r, "en;q=0.4, FR-ca;q=0.6"), f);
    assert_ptr_equal(room_lang_for(r, "en-US,en;q=0.9,fr;q=0.8"), e);
    assert_ptr_equal(room_lang_for(r, "en;q=0"), f); /* q=0: not acceptable */
    assert_ptr_equal(room_lang_for(r, "*"), f);
    assert_ptr_equal(room_lang_for(r, ",;q=,en;q=x,"), f); /* unreadable parts count for nothing */
    step3(r, "Bonjour");
    char t[ROOM_TOKEN_LEN + 1];
    assert_true(room_voter_new(r, NULL, 0, t));
    room_reveal(r, 2);
    room_buf b = {0};
    room_page(r, t, "n", f, &b);
    assert_non_null(strstr(b.s, "<html lang=\"fr\">"));
    assert_non_null(strstr(b.s, "Étape 2"));
    assert_non_null(strstr(b.s, "0 vote (fr)")); /* its plural rule: 0 takes the one form */
    room_buf_free(&b);
    room_page(r, t, "n", e, &b);
    assert_non_null(strstr(b.s, "<html lang=\"en\">"));
    assert_non_null(strstr(b.s, "Step 2"));
    assert_non_null(strstr(b.s, "0 votes"));
    room_buf_free(&b);
    step3(r, "Encore");
    room_reveal(r, 0); /* closed, no choice: "Votes are closed.", which has no hole */
    room_page(r, t, "n", f, &b);
    assert_non_null(strstr(b.s, "<p class=\"note\">Votes are closed.</p>"));
    assert_null(strstr(b.s, "%s"));
    room_buf_free(&b);
    room_free(r);
}

static void leader_breaks_ties_low(void **state)
{
    (void)state;
    room_count c = {.n_choice = 3, .votes = {2, 3, 3}};
    assert_int_equal(room_leader(&c), 2);
    room_count none = {.n_choice = 3};
    assert_int_equal(room_leader(&none), 0);
}

static void phones_are_capped(void **state)
{
    (void)state;
    room *r = fresh();
    char t[ROOM_TOKEN_LEN + 1];
    for (int i = 0; i < ROOM_MAX_VOTERS; i++)
        assert_true(room_voter_new(r, NULL, 0, t));
    assert_false(room_voter_new(r, NULL, 0, t));
    room_count c;
    room_tally(r, &c);
    assert_int_equal(c.joined, ROOM_MAX_VOTERS);
    room_free(r);
}

static void phones_per_address(void **state)
{
    (void)state;
    room *r = fresh();
    unsigned char a[4] = {10, 0, 0, 7}, b[4] = {10, 0, 0, 8};
    char t[ROOM_TOKEN_LEN + 1];
    room_admit(r, a, 4, 1.0, false); /* the server admits before it adds a phone */
    room_admit(r, b, 4, 1.0, false);
    for (int i = 0; i < ROOM_PHONES_PER_ADDRESS; i++)
        assert_true(room_voter_new(r, a, 4, t));
    assert_false(room_voter_new(r, a, 4, t)); /* one address making phones */
    assert_true(room_voter_new(r, b, 4, t));  /* others still join */
    room_free(r);
}

static void long_texts_are_cut_whole(void **state)
{
    (void)state;
    room *r = fresh();
    static char line[ROOM_TEXT_MAX * 2];
    for (size_t i = 0; i + 2 < sizeof line; i += 2) { /* "é" is two bytes */
        line[i] = (char)0xC3;
        line[i + 1] = (char)0xA9;
    }
    line[sizeof line - 1] = '\0';
    step3(r, line);
    assert_true(strlen(r->line) <= ROOM_TEXT_MAX);
    assert_int_equal(strlen(r->line) % 2, 0); /* never half a character */
    char t[ROOM_TOKEN_LEN + 1];
    room_voter_new(r, NULL, 0, t);
    assert_true(room_set_nick(r, t, "Sébastien-with-a-very-long-name"));
    assert_true(strlen(r->voters[0].nick) <= ROOM_NICK_MAX);
    room_free(r);
}

static void nicknames_listed_and_cut(void **state)
{
    (void)state;
    room *r = fresh();
    char t[4][ROOM_TOKEN_LEN + 1], buf[64];
    for (int i = 0; i < 4; i++)
        room_voter_new(r, NULL, 0, t[i]);
    assert_int_equal(room_nicknames(r, buf, sizeof buf), 0);
    assert_string_equal(buf, "");
    room_set_nick(r, t[0], "Sam");
    room_set_nick(r, t[2], "Ana");
    assert_int_equal(room_nicknames(r, buf, sizeof buf), 2);
    assert_string_equal(buf, "Sam, Ana");
    room_set_nick(r, t[1], "Bartholomew-the-longest");
    room_set_nick(r, t[3], "Christabel-also-long-ish");
    char small[40];
    assert_int_equal(room_nicknames(r, small, sizeof small), 4);
    assert_string_equal(small, "Sam, Ana and 2 more"); /* long names give way */
    room_free(r);
}

static void rate_limit_and_wrong_codes(void **state)
{
    (void)state;
    room *r = fresh();
    unsigned char a[4] = {10, 0, 0, 1}, b[4] = {10, 0, 0, 2};
    int ok = 0;
    for (int i = 0; i < 100; i++)
        ok += room_admit(r, a, 4, 100.0, false);
    assert_int_equal(ok, (int)ROOM_RATE_BURST);     /* a burst, then no more at the same instant */
    assert_true(room_admit(r, b, 4, 100.0, false)); /* another address is not held up */
    assert_true(room_admit(r, a, 4, 101.0, false)); /* a second later it may go on */
    /* Wrong codes: blocked for the session however long it waits. */
    for (int i = 0; i < ROOM_BAD_CODES; i++)
        room_admit(r, b, 4, 200.0 + i, true);
    assert_false(room_admit(r, b, 4, 10000.0, false));
    /* Many other addresses do not push the blocked one out of the table. */
    for (int i = 0; i < 3 * ROOM_BUCKETS; i++) {
        unsigned char o[4] = {192, 168, (unsigned char)(i / 256), (unsigned char)i};
        room_admit(r, o, 4, 20000.0 + i, false);
    }
    assert_false(room_admit(r, b, 4, 30000.0, false));
    assert_false(room_admit(r, NULL, 0, 1.0, false));
    room_free(r);
}

/* s escaped (valid until the next call); html(NULL) frees. */
static char *html(const char *s)
{
    static room_buf b;
    room_buf_free(&b);
    if (!s) return NULL;
    room_buf_html(&b, s);
    assert_false(b.failed);
    return b.s ? b.s : (char *)"";
}

static void escaping(void **state)
{
    (void)state;
    assert_string_equal(html("<script>alert('x')</script>"),
                        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assert_string_equal(html("a & \"b\""), "a &amp; &quot;b&quot;");
    assert_string_equal(html("café ✓ 🙂"), "café ✓ 🙂");
    assert_string_equal(html("bad \xFF byte"), "bad \xEF\xBF\xBD byte");
    assert_string_equal(html("cut \xE2\x9C"), "cut \xEF\xBF\xBD\xEF\xBF\xBD");
    assert_string_equal(html("overlong \xC0\xBC"), "overlong \xEF\xBF\xBD\xEF\xBF\xBD");
    assert_string_equal(html("surrogate \xED\xA0\x80"),
                        "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    assert_string_equal(html("bell\a and\nnewline"), "bell\xEF\xBF\xBD and\nnewline");
    assert_string_equal(html(""), "");
    html(NULL); /* frees the last one */
}

static void page_escapes_the_scenario(void **state)
{
    (void)state;
    room *r = fresh();
    const char *c[] = {"<img src=x onerror=alert(1)>", "Say \"hi\" & wave", "</script><b>"};
    room_step s = {.number = 4,
                   .speaker = "<i>Eve</i>",
                   .line = "It's <b>late</b>",
                   .choice = c,
                   .n_choice = 3};
    unsigned round = room_set_step(r, &s);
    char t[ROOM_TOKEN_LEN + 1];
    room_voter_new(r, NULL, 0, t);
    room_set_nick(r, t, "\"><script>x</script>");
    room_vote(r, t, round, 2);
    room_buf b = {0};
    room_page(r, t, "abc123", NULL, &b);
    assert_false(b.failed);
    assert_null(strstr(b.s, "<img"));
    assert_null(strstr(b.s, "<b>"));
    assert_null(strstr(b.s, "<i>"));
    assert_null(strstr(b.s, "\"><script>x"));
    assert_non_null(strstr(b.s, "&lt;img src=x onerror=alert(1)&gt;"));
    assert_non_null(strstr(b.s, "It&#39;s &lt;b&gt;late&lt;/b&gt;"));
    assert_non_null(strstr(b.s, "&lt;i&gt;Eve&lt;/i&gt;"));
    assert_non_null(strstr(b.s, "Step 4"));
    assert_non_null(strstr(b.s, "your vote"));
    /* One script, with the nonce; and the form names the round. */
    const char *sc = strstr(b.s, "<script");
    assert_non_null(sc);
    assert_non_null(strstr(sc, "<script nonce=\"abc123\">"));
    assert_null(strstr(sc + 1, "<script"));
    char want[64];
    snprintf(want, sizeof want, "name=\"r\" value=\"%u\"", round);
    assert_non_null(strstr(b.s, want));
    room_buf_free(&b);
    /* After the reveal: counts, no form. */
    room_reveal(r, 2);
    room_page(r, t, "n", NULL, &b);
    assert_null(strstr(b.s, "/v\""));
    assert_non_null(strstr(b.s, "The room chose 2"));
    assert_non_null(strstr(b.s, "1 vote, yours"));
    room_buf_free(&b);
    room_free(r);
}

static void buffer_has_a_ceiling(void **state)
{
    (void)state;
    room_buf b = {0};
    static char big[300000];
    memset(big, 'a', sizeof big - 1);
    for (int i = 0; i < 10; i++)
        room_buf_puts(&b, big);
    assert_true(b.failed); /* 3 MB is no page: dropped, not grown without end */
    room_buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(code_is_fresh_and_readable),
        cmocka_unit_test(votes_cast_changed_and_closed),
        cmocka_unit_test(line_said_anew),
        cmocka_unit_test(language_from_accept_language),
        cmocka_unit_test(leader_breaks_ties_low),
        cmocka_unit_test(phones_are_capped),
        cmocka_unit_test(phones_per_address),
        cmocka_unit_test(long_texts_are_cut_whole),
        cmocka_unit_test(nicknames_listed_and_cut),
        cmocka_unit_test(rate_limit_and_wrong_codes),
        cmocka_unit_test(escaping),
        cmocka_unit_test(page_escapes_the_scenario),
        cmocka_unit_test(buffer_has_a_ceiling),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
