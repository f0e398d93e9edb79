/* vocab.c: the words every part uses for the three skills, the behaviour tags
 * the moods and the portraits' names, kept in one table so the window, the terminal, the checker
 * and the reports never drift apart (docs/rubric.md explains the tags). */
#include "core.h"

#include <string.h>

const char *const core_default_skills[CORE_N_DEFAULT_SKILLS] = {"listening", "empathy",
                                                                "value_first"};

typedef struct skill_words {
    const char *key, *label, *phrase;
} skill_words;

static const skill_words SKILLS[] = {
    {"listening", "Listening", "active listening"},
    {"empathy", "Empathy", "empathy"},
    {"value_first", "Value first", "giving value before asking"},
};
#define N_SKILLS ((int)(sizeof SKILLS / sizeof *SKILLS))

static const skill_words *skill_find(const char *key)
{
    for (int i = 0; key && i < N_SKILLS; i++)
        if (strcmp(SKILLS[i].key, key) == 0) return &SKILLS[i];
    return NULL;
}

const char *core_skill_label(const char *key)
{
    const skill_words *w = skill_find(key);
    return w ? w->label : key ? key : "";
}

const char *core_skill_phrase(const char *key)
{
    const skill_words *w = skill_find(key);
    return w ? w->phrase : key ? key : "";
}

typedef struct tag_words {
    const char *tag, *phrase;
    bool mistake;
} tag_words;

/* Mistakes first, so a choice carrying both kinds is described by what went wrong. */
static const tag_words TAGS[] = {
    {"premature_ask", "asked before giving anything", true},
    {"interrupt", "interrupted", true},
    {"ask_again", "asked again about something already said", true},
    {"topic_hijack", "steered the talk away from their point", true},
    {"miss_cue", "missed the cue", true},
    {"dismiss", "brushed the feeling aside", true},
    {"self_focus", "made it about themselves", true},
    {"generic_reply", "gave a reply that could follow anything", true},
    {"vague_ask", "made a vague ask", true},
    {"notice_cue", "noticed the cue", false},
    {"recall_detail", "recalled a detail", false},
    {"paraphrase", "paraphrased", false},
    {"follow_up_question", "asked a follow-up question", false},
    {"open_question", "asked an open question", false},
    {"name_emotion", "named the feeling", false},
    {"perspective", "took their perspective", false},
    {"respect_time", "respected their time", false},
    {"share_resource", "shared something useful", false},
    {"offer_help", "offered help", false},
    {"celebrate", "celebrated their news", false},
    {"gratitude", "said thank you", false},
    {"follow_through", "followed through", false},
    {"specific_ask", "made a small, specific ask", false},
};
#define N_TAGS ((int)(sizeof TAGS / sizeof *TAGS))
_Static_assert(N_TAGS == CORE_N_TAGS, "CORE_N_TAGS must count the tags table");

const char *core_tag_phrase(const char *tag, bool *mistake)
{
    for (int i = 0; tag && i < N_TAGS; i++)
        if (strcmp(TAGS[i].tag, tag) == 0) {
            if (mistake) *mistake = TAGS[i].mistake;
            return TAGS[i].phrase;
        }
    if (mistake) *mistake = false;
    return NULL;
}

const char *core_tag_at(int i)
{
    return i >= 0 && i < N_TAGS ? TAGS[i].tag : NULL;
}

static const char *const MOODS[] = {"neutral", "warm",     "guarded", "surprised",
                                    "sad",     "thinking", "annoyed"};
#define N_MOODS ((int)(sizeof MOODS / sizeof *MOODS))

const char *core_mood_at(int i)
{
    return i >= 0 && i < N_MOODS ? MOODS[i] : NULL;
}

bool core_mood_valid(const char *mood)
{
    for (int i = 0; mood && i < N_MOODS; i++)
        if (strcmp(MOODS[i], mood) == 0) return true;
    return false;
}

/* The shipped faces, one file each in assets/portraits (tests/ui/test_faces.c
 * checks that the files and this list agree). */
static const char *const PORTRAITS[] = {
    "short_afro",  "black_bob",    "auburn_crop", "teal_headscarf",  "grey_glasses",
    "long_parted", "beard_crop",   "white_curls", "salt_pepper",     "brown_curls",
    "dark_waves",  "silver_beard", "grey_coils",  "blonde_ponytail",
};
#define N_PORTRAITS ((int)(sizeof PORTRAITS / sizeof *PORTRAITS))

const char *core_portrait_at(int i)
{
    return i >= 0 && i < N_PORTRAITS ? PORTRAITS[i] : NULL;
}

bool core_portrait_valid(const char *name)
{
    for (int i = 0; name && i < N_PORTRAITS; i++)
        if (strcmp(PORTRAITS[i], name) == 0) return true;
    return false;
}
