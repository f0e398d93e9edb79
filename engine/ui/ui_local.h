/* ui_local.h: the window's internals, shared by the screen files, ui_main.c and
 * the layout tests (tests/ui/). Not part of the public API (that is ui.h).
 *
 * Shape: immediate mode. Each screen's draw function lays out and draws the
 * whole screen from ui_state, recording every text and clickable box in
 * cx->frame. A click goes to the box under it (ui_frame_hit) and becomes an
 * action; keys become the same actions. Nothing is drawn unless something
 * changed (ui_state.dirty) or an animation runs (ui_state_animating). */
#ifndef RAPPORT_UI_LOCAL_H
#define RAPPORT_UI_LOCAL_H

#include "app.h"
#include "ui.h"
#include "ui_gfx.h"

/* The window's screens, one row each: the id (UI_SCR_<ID>), the name that
 * screenshots and the boxes file use (tests), the functions that draw it,
 * take its keys and take typed text (NULL: none; a screen with a text field
 * gets keys before the global shortcuts, so a name may hold letters other
 * screens use), and where Esc leads (ui_back). A new screen is a row here
 * plus its file; ui_screens[] (ui_main.c) is built from this list. The order
 * is kept: UI_ACT_GO carries the value, and tests click "GO 4" for Progress. */
/* clang-format off */
#define UI_SCREENS(X)                                                                              \
    X(PLAYER, "player", ui_player_draw, ui_player_key, ui_player_text, UI_BACK_QUIT)               \
    X(LIBRARY, "library", ui_library_draw, ui_library_key, NULL, UI_BACK_PLAYERS)                  \
    X(CONVO, "conversation", ui_convo_draw, ui_convo_key, ui_convo_text, UI_BACK_CLOSE)            \
    X(DEBRIEF, "debrief", ui_debrief_draw, ui_debrief_key, NULL, UI_BACK_CLOSE)                    \
    X(PROGRESS, "progress", ui_progress_draw, ui_progress_key, NULL, UI_BACK_HOME)                 \
    X(SETTINGS, "settings", ui_settings_draw, ui_settings_key, NULL, UI_BACK_HOME)                 \
    /* an exercise pack's scenarios, in order (--pack) */                                          \
    X(PACK, "pack", ui_pack_draw, ui_pack_key, NULL, UI_BACK_PLAYERS)                              \
    /* a pack entry's discussion prompts, after its debrief */                                     \
    X(PROMPTS, "prompts", ui_prompts_draw, ui_prompts_key, NULL, UI_BACK_CLOSE)                    \
    /* drills and spaced review (ui_review.c; issue 16) */                                         \
    X(REVIEW, "review", ui_review_draw, ui_review_key, NULL, UI_BACK_HOME)                         \
    /* docs/practice.md: a question about the player (confidence, homework) */                   \
    X(ASK, "ask", ui_ask_draw, ui_ask_key, ui_ask_text, UI_BACK_HOME)                             \
    /* docs/practice.md: the route again from the other person's side */                         \
    X(SIDE, "their_side", ui_side_draw, ui_side_key, NULL, UI_BACK_DEBRIEF)

typedef enum ui_screen {
#define UI_SCREEN_ENUM(id, name, draw, key, text, back) UI_SCR_##id,
    UI_SCREENS(UI_SCREEN_ENUM)
#undef UI_SCREEN_ENUM
    UI_SCR_COUNT
} ui_screen;

/* Where Esc leads from a screen. */
typedef enum ui_back {
    UI_BACK_QUIT,    /* closes the window */
    UI_BACK_PLAYERS, /* the player screen, its list read again */
    UI_BACK_HOME,    /* the library, or the pack's list (ui_state_home) */
    UI_BACK_CLOSE,   /* ends the session, then home */
    UI_BACK_DEBRIEF  /* the session's debrief (their side) */
} ui_back;

/* What a click or a key asks for; boxes carry these with an argument. One
 * row each: the id (UI_ACT_<ID>; the boxes file writes it as the action's
 * name, which tests click by) and the function in ui_state.c that runs it
 * (ui_state_act). A new action is a row here plus that function. */
#define UI_ACTIONS(X)                                                                              \
    X(NONE, act_none)                                                                              \
    X(CHOOSE, act_choose)         /* arg: visible choice number, 1-based */                        \
    X(CONTINUE, act_continue)     /* close the coach panel / finish the typewriter */              \
    X(DEBRIEF, act_debrief)       /* from an ending to the debrief */                              \
    X(BACK, act_back)             /* Esc */                                                        \
    X(PLAYER, act_player)         /* arg: index in ui_state.players */                             \
    X(NEW_PLAYER, act_new_player) /* the name typed on the player screen */                        \
    X(OPEN, act_open)             /* arg: library index */                                         \
    X(RETRY, act_retry)                                                                            \
    X(GO, act_go)                 /* arg: a ui_screen */                                           \
    X(SCALE, act_scale)           /* arg: +1 / -1 / 0 (reset) */                                   \
    X(THEME, act_theme)           /* arg: ui_theme_id */                                           \
    X(SPEED, act_speed)           /* arg: characters per second, 0 instant */                      \
    X(MODE, act_mode)             /* arg: 0 practice, 1 assessed */                                \
    X(REWIND, act_rewind)                                                                          \
    X(RELOAD, act_reload)                                                                          \
    X(AUTHOR, act_author)         /* toggle the author overlay */                                  \
    X(FOCUS, act_focus)           /* arg: focus index on the current screen */                     \
    X(PACK_OPEN, act_pack_open)   /* arg: pack entry index */                                      \
    X(PROMPTS, act_prompts)       /* from a pack entry's debrief to its prompts */                 \
    X(NEXT, act_next)             /* the next pack entry (the pack screen after the last) */       \
    X(PRESENT, act_present)       /* toggle the presenter view */                                  \
    X(PICK, act_pick)             /* presenter: arg is the room's choice, 1-based */               \
    X(REVEAL, act_reveal)         /* presenter: commit the pick and reveal its effect */           \
    X(TIMEOUT, act_timeout)       /* presenter: let a timed node's clock run out */                \
    X(LIBRARY, act_library)       /* leave a pack that cannot be used for the library */           \
    /* drills and spaced review (ui_review.c; issue 16) */                                         \
    X(DRILL, ui_act_drill)   /* debrief: practise step arg again; -1 the first missed */           \
    X(REVIEW, ui_act_review) /* 0 next moment, 1 the same again, 2 open Review */                  \
    X(GOAL, ui_act_goal)     /* settings: daily goal +1 / -1; 0 streak and goal on/off */          \
    /* deliberate practice (ui_ask.c, ui_side.c; docs/practice.md) */                             \
    X(SAY, ui_act_say)               /* say it first: 0 the words typed, 1 skip to the choices */    \
    X(CONFIDENCE, ui_act_confidence) /* arg 1..5, 0 skip */                                           \
    X(HOMEWORK, ui_act_homework)     /* arg an app_hw_answer; APP_HW_SKIPPED is "not now" */         \
    X(HW_SAVE, ui_act_hw_save)       /* keep the homework answer with its note */                    \
    X(SIDE, ui_act_side)             /* their side: arg the step to show */                          \
    X(SIDE_STEP, ui_act_side_step)   /* their side: arg -1 / +1 */                                  \
    X(SAY_FIRST, ui_act_say_first)   /* setting: arg 1 say it first, 0 not */                      \
    X(ASK_CONF, ui_act_ask_conf)     /* setting: arg 1 ask confidence before and after, 0 not */ \
    X(VOICE, ui_act_voice)           /* setting: arg 1 read aloud (ui_voice.c), 0 not */       \
    X(LANGUAGE, ui_act_language)     /* setting: arg 0 the system's, 1 English, 2 French */ \
    X(FIELD, act_none)               /* a text field: the mouse edits it (ui_main.c, ui_field.c) */

typedef enum ui_action {
#define UI_ACTION_ENUM(id, run) UI_ACT_##id,
    UI_ACTIONS(UI_ACTION_ENUM)
#undef UI_ACTION_ENUM
    UI_ACT_COUNT
} ui_action;
/* clang-format on */

/* "CHOOSE" for UI_ACT_CHOOSE, "?" out of range (ui_state.c). */
const char *ui_action_name(int a);

#define UI_MAX_ALT 16 /* alternatives remembered per step for the debrief */
/* A click or key that arrives less than this long after new choices were
 * first presented never picks one: it was aimed at what was there before
 * (the second click of a double-click on Continue, a second Enter). */
#define UI_PICK_GUARD_MS 250
/* The text scale's one range: Ctrl +/- and Settings step within it, and a
 * progress file's value is brought within it (the nearest limit). */
#define UI_SCALE_MIN 0.75
#define UI_SCALE_MAX 2.5
#define UI_SCALE_STEP 0.125
#define UI_SPEAKER_YOU (-2)

/* One answered step, kept for the transcript and the debrief. */
typedef struct ui_step_view {
    int node;            /* node index */
    int speaker;         /* cast index or CORE_NONE */
    char *reply;         /* what was said straight back to the choice before, owned, may be NULL */
    char *line;          /* what was said before the choice, resolved; owned */
    char *cue;           /* owned, may be NULL */
    int n_alt;           /* visible choices then; -1 when not known (after a reload) */
    int alt[UI_MAX_ALT]; /* their choice indices */
    double alt_eff[UI_MAX_ALT][CORE_MAX_SKILLS]; /* what each would have earned */
    app_room_votes room; /* the phones' counts when the room voted here (ui_room.c); n 0 if not */
} ui_step_view;

/* A new player's name: at most this many bytes, NUL included (ui_player.c). */
#define UI_NAME_CAP 40

typedef struct ui_state {
    ui_ctx *cx; /* borrowed */
    ui_options opt;
    char *data_dir;    /* owned */
    char *player;      /* owned; NULL until picked */
    char *player_file; /* owned */
    st_progress progress;
    bool have_progress;
    struct ui_pload *pload; /* the whole history loading on a worker thread (ui_state.c); owned */
    struct ui_fold *fold;   /* the journal folding on a worker thread (ui_state.c); owned */
    unsigned fold_checked;  /* SDL_GetTicks() when a fold was last looked for */
    bool fold_looked;       /* whether one was looked for yet (the first look is at once) */
    bool fold_recheck;      /* a look was put off by the 2 s limit: the loop wakes for it */
    bool fold_stuck;        /* the last fold was given up on files unchanged since: */
    long long fold_stuck_stamp; /* no new look while history_stamp is still this */
    char **players;             /* st_list_players; owned */
    int n_players;
    char name_buf[64];                        /* the new-player field: UI_NAME_CAP bytes of it */
    ui_field name_field;                      /* its caret and selection (ui_field.c) */
    char ime[SDL_TEXTEDITINGEVENT_TEXT_SIZE]; /* the input method's composition (SDL_TEXTEDITING) */
    const ui_field *caret_field; /* the field the last frame drew (borrowed: one of the three) */
    Uint64 caret_next; /* ms (ui_now_ms) its caret turns on or off, 0 never: the loop wakes then */
    app_library lib;   /* scanned on first use (ui_state_need_lib) */
    bool have_lib;
    bool lib_scanned;
    int recommend;
    char reason[256];
    ui_screen screen;
    int focus[UI_SCR_COUNT];  /* keyboard focus per screen */
    int scroll[UI_SCR_COUNT]; /* pixels scrolled up from the natural position */
    int scroll_max[UI_SCR_COUNT];
    int lib_followed; /* library focus the scroll last followed */
    /* settings (mirrors progress.settings) */
    double text_scale;
    ui_theme_id theme;
    int text_speed;
    bool assessed;
    /* conversation */
    app_play *play; /* owned */
    int lib_index;  /* entry playing, -1 when opened from a file */
    char started[32];
    bool recorded;
    ui_step_view *steps; /* [n_steps], owned */
    int n_steps, cap_steps;
    char *cur_line, *cur_cue; /* the current node's resolved text; owned */
    char *cur_reply;          /* the reply to the last choice, shown before cur_line; owned */
    bool coach;               /* practice mode: the coach panel is up */
    Uint64 shown_at;          /* ms when the current line appeared */
    Uint64 clock_at;          /* ms when a timed moment's clock started: once the line was out */
    Uint64 clock_for;         /* the shown_at that clock_at belongs to (else not started) */
    bool revealed;            /* typewriter done */
    bool author;              /* F2 overlay */
    /* debrief: the best route (core_best_path) with what each step earns,
     * computed once per session and scenario version */
    core_path_step *best;                /* [n_best]; owned */
    double (*best_eff)[CORE_MAX_SKILLS]; /* [n_best]; owned */
    int n_best;                          /* -1 until computed (or when it failed) */
    bool best_done;
    bool play_assessed;      /* the running session's mode: the setting, or its pack entry's */
    unsigned long room_seed; /* the presenter's one seed for the window (opt.seed with --seed) */
    /* exercise pack (--pack; ui_pack.c) */
    core_pack *pack; /* owned; NULL without a pack or when it could not be loaded */
    char
        *pack_problems; /* why the pack cannot be used, one problem a line; owned, NULL when fine */
    int *pack_lib;      /* [n_items] library index of each entry, -1 when not there; owned */
    char **pack_why;    /* [n_items] why an entry cannot be played, NULL when it can; owned */
    bool *pack_done;    /* [n_items] finished by this player (kept across windows); owned */
    Uint64 *pack_clock; /* [n_items] UTC ms when this player first opened it, 0 not yet; owned */
    int pack_item;      /* entry playing (or just played), -1 none */
    int pack_shown_s;   /* whole seconds left when last drawn: redraw once a second */
    int pack_followed;  /* pack screen focus the scroll last followed */
    /* presenter view (ui_present.c) */
    bool present;
    int present_pick; /* the room's choice, visible number; 0 none yet */
    char status[512]; /* one-line message (reload errors, save problems); set by ui_state_say */
    bool status_note; /* the message is news (a reload that worked), not a problem */
    char *retry_file; /* owned: the scenario that would not open, for F5 to try again */
    int retry_index;  /* its library index, or -1 */
    /* input safety (ui_main.c, ui_state_pick): what the screen offers and when
     * a person first saw it, and the input event being handled */
    unsigned choices_gen;    /* bumped whenever a node's choices are set up anew */
    char view_key[48];       /* screen, presenter, coach panel, choices_gen: one view */
    Uint64 view_at;          /* ms (ui_now_ms) the view was first drawn; 0 not yet */
    unsigned view_no;        /* counts views drawn: which one a press was on */
    bool view_fresh;         /* drawn, not yet presented: ui_run refines view_at */
    bool input_live;         /* an input event is being handled (else: scripted, tests) */
    Uint32 input_ts;         /* its SDL timestamp (for a mouse pick: the press's) */
    bool input_repeat;       /* a held key's auto-repeat */
    bool pressed;            /* the left button went down on a choice ... */
    int press_action;        /* ... with this action (UI_ACT_CHOOSE, UI_ACT_PICK) */
    int press_arg;           /* ... and choice number */
    Uint32 press_ts;         /* ... at this SDL timestamp */
    unsigned press_view;     /* ... on this view (view_no) */
    int refused;             /* picks refused by the rules above (the boxes file shows it) */
    const char *refused_why; /* the last refusal: "unseen", "early", "repeat", "moved" */
    int picked_after;        /* ms from a view to the last pick from input; -1 none */
    /* learning records for an organisation's LRS (ui_lrs.c) */
    struct ui_lrs *lrs; /* owned; NULL until a session is recorded with an LRS configured */
    char lrs_note[400]; /* one calm line: sending, sent, kept for later, rejected */
    bool lrs_problem;   /* the note reports a problem (drawn in the warning colour) */
    /* the room votes from their phones (ui_room.c) */
    struct ui_room *room; /* owned; NULL when the room is closed */
    bool room_tried;      /* `present --room` opened it once */
    /* drills and spaced review (ui_review.c; issue 16) */
    app_drill *drill;       /* owned: the drill whose play is st->play, or NULL */
    bool drill_review;      /* a review moment: saving it moves its schedule */
    bool drill_saved;       /* finished and saved: the Review screen shows drill_text */
    int drill_step;         /* the route's step it started at, for "again" */
    char drill_text[1600];  /* what it changed (app_drill_sum_text) */
    char drill_next[200];   /* when the drilled moment comes back for review */
    char *drill_file;       /* owned: its scenario file, for "again" */
    char *drill_node;       /* owned: its node */
    st_progress drill_hold; /* holds a copy of the route it replayed (records[0]), if any */
    bool have_hold;
    int *rv_due;           /* owned: today's due items, indices into progress.reviews */
    int rv_n;              /* how many */
    int rv_at;             /* the next one to play */
    bool rv_ready;         /* rv_due is computed for this visit of the Review screen */
    char (*rv_words)[160]; /* owned: rv_n items' moments in words (app_drill_moment_words),
                            * "" when one cannot be opened; NULL when memory ran out */
    /* deliberate practice (ui_ask.c, ui_side.c, ui_convo.c; docs/practice.md) */
    char say_buf[512];  /* say it first: the words being typed */
    ui_field say_field; /* its caret and selection */
    unsigned say_gen;   /* choices_gen the words were given for (then the choices show) */
    char **said;        /* [said_cap] the words typed at step i, or NULL; owned */
    int said_cap;
    int ask_kind;      /* the ASK screen: UI_ASK_HOMEWORK (the only one it asks now) */
    int conf_before;   /* 1..5 given before this session, -1 "not now", 0 not yet */
    int conf_after;    /* 1..5 given in its debrief, -1 "not now", 0 not yet */
    int hw_index;      /* the session asked about (progress.records), -1 none */
    char *hw_title;    /* its saved title and homework in the player's language when */
    char *hw_text;     /* the scenario translates them (app_saved_words); owned, NULL: as saved */
    int hw_answer;     /* app_hw_answer picked, -1 not yet */
    char hw_note[400]; /* the optional note being typed */
    ui_field hw_field; /* its caret and selection */
    bool hw_asked;     /* this window has looked for homework to ask about */
    int side_step;     /* their side: the step shown */
    bool eat_text;     /* the text event of a key that already acted (a digit) is not typed */
    /* reading aloud (ui_voice.c): its engine, opened on first use; owned, may be NULL */
    struct ui_voice *voice;
    bool dirty;
    bool quit;
    int shot_no;
    char last_shot[64];
} ui_state;

/* ---- state (ui_state.c) ---- */

/* Sets up state over cx: reads the library and, when opt->player is set, the
 * player's progress. Returns false when out of memory. Free with ui_state_free. */
bool ui_state_init(ui_state *st, ui_ctx *cx, const ui_options *opt);
void ui_state_free(ui_state *st);
/* Scans the library the first time something needs it (the library, pack
 * and progress screens, opening by id): loading and checking every scenario
 * takes most of start-up, and a window that opens on the player screen or a
 * scenario shows its first frame without it. */
void ui_state_need_lib(ui_state *st);
/* Reads the library again (after a language change: titles, summaries and
 * families are translated as scenarios load), keeping every index held into
 * it (the open scenario's, a pack's entries, a retry's) on the same scenario
 * by id. Nothing when it was never read, or cannot be read now. */
void ui_state_reread_lib(ui_state *st);
/* Picks a player by name (creating its progress when new) and goes to the library. */
bool ui_state_pick_player(ui_state *st, const char *name);
void ui_state_reload_players(ui_state *st);
/* Opens a scenario file (lib_index -1 when not from the library) and starts a
 * session; shows the conversation. Returns false with st->status set. */
bool ui_state_open(ui_state *st, const char *file, int lib_index);
void ui_state_close_play(ui_state *st);
/* Picks visible choice n (1-based) / applies a timeout / rewinds one step.
 * ui_state_choose obeys nobody's timing (scripted runs, the presenter's
 * reveal); input goes through ui_state_pick. */
void ui_state_choose(ui_state *st, int n);
/* A pick from a click or key (st->input_live): refused (st->refused counts
 * it, st->refused_why says why) when the event arrived before the choices
 * were drawn or within UI_PICK_GUARD_MS of that, or is a held key's repeat;
 * otherwise ui_state_choose. Outside an input event it is ui_state_choose. */
void ui_state_pick(ui_state *st, int n);
/* Called by ui_render after drawing: notes when a new view (another screen,
 * new choices, the coach panel opening or closing) was first drawn. */
void ui_state_drawn(ui_state *st);
void ui_state_timeout(ui_state *st);
void ui_state_rewind(ui_state *st);
void ui_state_reload(ui_state *st);
/* Sets the status line; note = good news (drawn plainly), else a problem. */
void ui_state_say(ui_state *st, bool note, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The colour the status line is drawn in. */
SDL_Color ui_status_colour(const ui_state *st);
void ui_state_restart(ui_state *st);
/* The session was replaced behind the UI's back (start anywhere): rebuild the
 * transcript from it. */
void ui_state_resync(ui_state *st);
/* Saves the settings and applies scale and theme to the context. */
void ui_state_apply_settings(ui_state *st, bool save);
/* True while something animates (typewriter, countdown): the loop then wakes
 * on a timer instead of sleeping until the next event. */
bool ui_state_animating(const ui_state *st);
/* Per-frame clock work: ends a countdown, finishes the typewriter. */
void ui_state_tick(ui_state *st);
/* After each present: marks the screen dirty when that frame held work back
 * for the next one (the faces on the first frame). */
void ui_state_presented(ui_state *st);
/* Runs an action (from a click or a key). */
void ui_state_act(ui_state *st, ui_action a, int arg);
/* Helpers for screens. */
/* Formats signed deltas like "listening +1, empathy -2" ("no change" when none). */
void ui_format_deltas(const core_scenario *sc, const double *d, char *buf, size_t n);
/* The window's clock, in ms: SDL's, or the instant a test fixed. */
Uint64 ui_now_ms(void);
/* Tests: ui_now_ms returns ms from now on (0: SDL's clock again). */
void ui_clock_fix(Uint64 ms);
/* The text field the screen shows (its box is UI_ACT_FIELD), or NULL; *buf
 * its text and *cap its size, when buf and cap are not NULL. Borrowed. */
ui_field *ui_state_field(ui_state *st, char **buf, size_t *cap);
/* An id-like label for people: "brushed_off" -> "Brushed off". */
void ui_humanize(const char *label, char *buf, size_t n);
/* A library family's heading into buf: humanized ("value_first" -> "Value
 * first"; none -> "Other"), in the reader's language for the shipped families. */
void ui_family_heading(const char *family, char *buf, size_t n);
/* An ending's label as the player reads it (ui_debrief.c): the scenario's or
 * the program's translation (app_play_ending), else ui_humanize's words. */
void ui_ending_label(const ui_state *st, const char *label, char *buf, size_t n);
/* Seconds left on a timed node, or -1 when no clock runs. */
double ui_state_time_left(const ui_state *st);
/* A timed moment's clock has started (its line is out); before that the
 * screen announces the moment and time_left is the whole time. */
bool ui_state_clock_running(const ui_state *st);
/* How long the loop may sleep before the screen needs a frame without input:
 * 0 when it is dirty already, -1 until the next event, 16 ms while animating, else the time to the
 * pack clock's next whole second or the caret's next blink (st->caret_next), whichever is
 * first. */
int ui_state_wake_ms(const ui_state *st);
/* The screen that stands for "the library": the pack's list in pack mode. */
ui_screen ui_state_home(const ui_state *st);
/* Turns the presenter view on or off (larger text, not saved). */
void ui_state_set_present(ui_state *st, bool on);
/* How much larger the presenter view's text is in this window (1.25 or 1.5). */
double ui_present_scale(const ui_ctx *cx);
/* The best route through the scenario (core_best_path: highest total over all
 * skills, `when` ignored) into st->best / best_eff; computed on first use and
 * kept until the session or the scenario changes. Returns st->n_best (-1
 * when it could not be computed). */
int ui_state_best_route(ui_state *st);

/* ---- screens: each draws the whole screen; keys return true when used ---- */

void ui_player_draw(ui_state *st);
bool ui_player_key(ui_state *st, const SDL_KeyboardEvent *k);
void ui_player_text(ui_state *st, const char *utf8);
void ui_library_draw(ui_state *st);
bool ui_library_key(ui_state *st, const SDL_KeyboardEvent *k);
void ui_convo_draw(ui_state *st);
bool ui_convo_key(ui_state *st, const SDL_KeyboardEvent *k);
void ui_debrief_draw(ui_state *st);
bool ui_debrief_key(ui_state *st, const SDL_KeyboardEvent *k);
void ui_progress_draw(ui_state *st);
bool ui_progress_key(ui_state *st, const SDL_KeyboardEvent *k);
/* The progress screen's sessions per week: count[7] this week (the 7 days up
 * to today by app_now_seconds), count[0] seven weeks before; finished whole
 * sessions only. */
void ui_progress_weeks(const ui_state *st, int count[8]);
/* A scenario's title as the progress and review screens show it: the
 * library's (in the player's language) when it has scenario id, else
 * recorded (a session's saved title; may be NULL), else id. Borrowed. */
const char *ui_scenario_title(const ui_state *st, const char *id, const char *recorded);
void ui_settings_draw(ui_state *st);
bool ui_settings_key(ui_state *st, const SDL_KeyboardEvent *k);
void ui_pack_draw(ui_state *st);
bool ui_pack_key(ui_state *st, const SDL_KeyboardEvent *k);
void ui_prompts_draw(ui_state *st);
bool ui_prompts_key(ui_state *st, const SDL_KeyboardEvent *k);
/* ---- drills and spaced review (ui_review.c; issue 16, docs/practice.md) ---- */
void ui_review_draw(ui_state *st);
bool ui_review_key(ui_state *st, const SDL_KeyboardEvent *k);
void ui_act_drill(ui_state *st, int arg);
void ui_act_review(ui_state *st, int arg);
void ui_act_goal(ui_state *st, int arg);
/* Hooks: after each step of a drill (saves it and shows what changed once it
 * is done); freeing what the drill and the review round hold. */
void ui_review_after_step(ui_state *st);
void ui_review_free(ui_state *st);
/* After a language change: today's review list is worded again when next
 * drawn (not while one of its moments is being played). */
void ui_review_relang(ui_state *st);
/* Debrief: a "Practise this moment" button under step i when the player lost
 * points there; returns its height (0 when none). */
int ui_review_debrief_button(ui_state *st, int i, int x, int y, int w);
/* Library: "N moments to review today" and the streak; returns the height. */
int ui_review_library_line(ui_state *st, int x, int y, int w);
/* Settings: the daily goal and the switch for streak and goal; returns the
 * height. The key function takes G, - and + on the settings screen. */
int ui_review_settings_draw(ui_state *st, int x, int y, int w);
bool ui_review_settings_key(ui_state *st, const SDL_KeyboardEvent *k);
/* ---- deliberate practice (docs/practice.md) ---- */
enum { UI_ASK_BEFORE, UI_ASK_AFTER, UI_ASK_HOMEWORK };
void ui_ask_draw(ui_state *st); /* ui_ask.c: confidence before/after, homework follow-up */
bool ui_ask_key(ui_state *st, const SDL_KeyboardEvent *k);
void ui_ask_text(ui_state *st, const char *utf8);
void ui_side_draw(ui_state *st); /* ui_side.c: their side, one step at a time */
bool ui_side_key(ui_state *st, const SDL_KeyboardEvent *k);
void ui_convo_text(ui_state *st, const char *utf8); /* say it first: the words typed */
/* True when say it first asks for words at the current moment (the setting or
 * --say-first, an untimed moment, not the presenter, words not given yet). */
bool ui_say_pending(const ui_state *st);
/* Hooks from ui_state.c (ui_ask.c). After a session opened or restarted: asks
 * for confidence first when the player's settings want it. */
void ui_ask_on_open(ui_state *st);
/* Before the session is recorded: the words typed, the homework shown and
 * the confidence given before it, for the same save (app_record_req). */
void ui_ask_fill_req(const ui_state *st, app_record_req *q);
/* Confidence without a screen of its own (docs/practice.md): whether the
 * strip asks now, before (the conversation's opening, until the first
 * choice) or after (the debrief of a recorded session); the strip for the
 * current screen (conversation or debrief) in at most room pixels (0: any),
 * compact when the full one does not fit, returning its height (0: none;
 * !draw only measures); Shift+1..5 answering it (true when taken: always
 * while the player is asked, so Shift+digit never picks a choice then). */
bool ui_ask_conf_open(const ui_state *st, bool after);
int ui_ask_conf_strip(ui_state *st, int x, int y, int w, int room, bool draw);
bool ui_ask_conf_key(ui_state *st, const SDL_KeyboardEvent *k);
/* After a player was picked: the homework follow-up, once per window. */
void ui_ask_on_player(ui_state *st);
/* After a language change: the homework question's words in the new language. */
void ui_ask_relang(ui_state *st);
/* The actions of UI_ACTIONS these files run (ui_convo.c: say; ui_ask.c:
 * confidence, homework, hw_save; ui_side.c: side, side_step). */
void ui_act_say(ui_state *st, int arg);
void ui_act_confidence(ui_state *st, int arg);
void ui_act_homework(ui_state *st, int arg);
void ui_act_hw_save(ui_state *st, int arg);
void ui_act_side(ui_state *st, int arg);
void ui_act_side_step(ui_state *st, int arg);
void ui_act_say_first(ui_state *st, int arg); /* ui_ask.c: the two settings */
void ui_act_ask_conf(ui_state *st, int arg);
/* Frees the words kept for the debrief (ui_state_free). */
void ui_ask_free(ui_state *st);
/* The words typed at step i, or NULL. */
const char *ui_said(const ui_state *st, int i);
/* The conversation as the presenter view draws it (st->present). */
void ui_present_draw(ui_state *st);
bool ui_present_key(ui_state *st, const SDL_KeyboardEvent *k);
/* True while the presenter shows a line to answer: its column sticks to its
 * end and scroll[UI_SCR_CONVO] counts pixels up from there, as in the
 * conversation; the reveal and the ending count down from their top. */
bool ui_present_from_end(const ui_state *st);
/* A screen's row of UI_SCREENS, as data (ui_main.c). */
typedef struct ui_screen_def {
    const char *name;
    void (*draw)(ui_state *st);
    bool (*key)(ui_state *st, const SDL_KeyboardEvent *k); /* true when used */
    void (*text)(ui_state *st, const char *utf8);          /* NULL: no text field */
    ui_back back;
} ui_screen_def;
extern const ui_screen_def ui_screens[UI_SCR_COUNT];

/* The F2 overlay, drawn over the conversation. */
void ui_author_draw(ui_state *st);
int ui_author_width(const ui_ctx *cx); /* pixels the panel takes on the right */

/* Shared pieces of screens (ui_state.c). A top bar with a title and up to
 * four buttons on the right; returns its height. */
typedef struct ui_bar_button {
    const char *label;
    ui_action action;
    int arg;
} ui_bar_button;
int ui_top_bar(ui_state *st, const char *title, const ui_bar_button *b, int n);
/* A row of up to four buttons pinned to the bottom edge, each as wide as its
 * label; when the row is wider than the window, the labels drop their key
 * hints ("Retry (R)" -> "Retry", the key still works), then share the width
 * equally. focus: the index drawn focused (-1: none). Returns the row's top y;
 * *end_x (unless NULL) gets the x just past the last button and its gap. */
int ui_bottom_bar(ui_state *st, const ui_bar_button *b, int n, int focus, int *end_x);
/* A vertical scroll view: begin clips to r and returns the y where content
 * starts (r.y minus the scroll); end records the content height. */
int ui_scroll_begin(ui_state *st, SDL_Rect r);
void ui_scroll_end(ui_state *st, SDL_Rect r, int content_h);
/* Scrolls the current screen by dy pixels (never above the top; the bottom is
 * clamped when it is next drawn), for PgUp/PgDn and the arrows. */
void ui_scroll_by(ui_state *st, int dy);
/* PgDn and PgUp on a screen that scrolls as one page (library, pack,
 * debrief): ui_scroll_by two thirds of the window down or up, and true; any
 * other key, false (so it can end a key handler's switch). One place, so the
 * keys move the same distance on every such screen. st: borrowed. */
bool ui_scroll_page_key(ui_state *st, SDL_Keycode key);
/* Moves the screen's scroll so that [y, y+h) (content coordinates) is visible. */
void ui_scroll_to(ui_state *st, SDL_Rect view, int y, int h);

/* A numbered choice card (ui_convo.c, also the presenter's): border and fill
 * (hot: hovered or picked), "n." and the laid-out text l after a number column
 * numw wide, a focus ring `ring` pixels thick (0: none); a click does `action`
 * with n. */
void ui_choice_card(ui_ctx *cx, SDL_Rect r, int n, const ui_layout *l, int numw, int ring, bool hot,
                    ui_action action);

/* ---- exercise packs (ui_pack.c) ---- */

/* Loads the pack file and checks its ids against the library. Problems go to
 * stderr as well; a pack that cannot be loaded leaves st->pack NULL and
 * st->pack_problems set. Entries not in the library (or broken there) stay
 * listed with the reason in pack_why and cannot be opened. */
void ui_pack_load(ui_state *st, const char *file);
void ui_pack_free(ui_state *st);
/* Forgets which entries were done and their clocks (another player). */
void ui_pack_reset_player(ui_state *st);
/* The entry playing was finished (ui_state.c, when its session is recorded):
 * marks it done and saves the player's place in the pack. */
void ui_pack_mark_done(ui_state *st);
/* Opens entry i with its mode and clock; false (status set) when it cannot. */
bool ui_pack_open(ui_state *st, int i);
/* The entry after the one just played that can be opened, or -1. */
int ui_pack_next(const ui_state *st);
/* The first entry not done yet that can be opened (or the first that can). */
int ui_pack_first_todo(const ui_state *st);
/* Seconds left on the running entry's time limit (may be negative when it
 * is up), or a large number when there is none; *limited tells which. */
double ui_pack_time_left(const ui_state *st, bool *limited);
/* "2 of 4 · " for the running entry, "" outside a pack. */
void ui_pack_where(const ui_state *st, char *buf, size_t n);
/* "9:58 left", "time is up", or "" without a limit; remembers the second
 * shown so the loop redraws when it changes. */
void ui_pack_clock_text(ui_state *st, char *buf, size_t n);

/* ---- learning records for an LRS (ui_lrs.c) ---- */

/* Call after app_record_session saved a session in st->player_file (res is
 * what it did). When it queued the session's learning records for an LRS
 * (docs/organisations.md) and the configuration asks to send at once
 * (auto_sync), sends the queue on a worker thread so a slow LRS never holds
 * up the window. One sync at a time: statements queued while one runs go in
 * a second pass right after it. Says what happened in st->lrs_note. */
void ui_lrs_after_record(ui_state *st, const app_record_result *res);
/* True when e is a finished sync's event: its result becomes st->lrs_note. */
bool ui_lrs_event(ui_state *st, const SDL_Event *e);
/* True while a sync runs on the worker thread. */
bool ui_lrs_busy(const ui_state *st);
/* Asks a running sync to stop and waits for it (engine/lrs stops during a
 * request, within about a second; the wait gives up after five). What was not
 * sent stays queued. Frees everything; safe to call more than once. */
void ui_lrs_stop(ui_state *st);
/* Height of the note line (0 when there is none) and the note drawn on one
 * line in r, cut with an ellipsis when too long. */
int ui_lrs_note_h(const ui_state *st);
void ui_lrs_note_draw(ui_state *st, SDL_Rect r);
/* The note as a footer along the bottom of a screen: a separator across the
 * window and the line in the column x, w. Returns the height it takes from
 * the bottom (0 when there is no note). */
int ui_lrs_footer(ui_state *st, int x, int w);

/* ---- frame and input (ui_main.c) ---- */

/* Draws the current screen into cx (and its box list); does not present. */
void ui_render(ui_state *st);
/* Feeds one SDL event; sets st->dirty when the screen must be redrawn. */
void ui_handle_event(ui_state *st, const SDL_Event *e);
/* Opens fonts for cx (found next to the program, in the source tree or the
 * system) and sets the size from scale and dpi. false with err on failure. */
bool ui_ctx_init(ui_ctx *cx, SDL_Window *win, SDL_Renderer *ren, char *err, size_t errlen);
void ui_ctx_free(ui_ctx *cx);
/* Re-reads the output size and dpi after a resize. */
void ui_ctx_resize(ui_ctx *cx);
/* Body text size in output pixels for a text scale. */
int ui_body_px(const ui_ctx *cx, double scale);

/* ---- reading aloud (ui_voice.c; docs/window.md "Reading aloud") ---- */

/* The engine: utterances in, speech out through SDL audio, synthesised by
 * espeak-ng on its own thread. One at a time (espeak-ng is global). */
typedef struct ui_voice ui_voice;
#define UI_VOICE_NARRATOR (-1) /* a voice number: a cast index, or this */
typedef enum ui_voice_state { UI_VOICE_STARTING, UI_VOICE_READY, UI_VOICE_FAILED } ui_voice_state;
typedef struct ui_voice_stats {
    ui_voice_state state;
    char problem[256];   /* why it failed */
    int said, stopped;   /* utterances spoken to the end / cut short by a stop */
    long samples;        /* samples handed to SDL's audio queue in all (22,050 a second) */
    bool busy;           /* one is being synthesised */
    int waiting;         /* utterances not started yet */
    Uint32 queued_bytes; /* sound in SDL's queue, not played yet */
    int in_english;      /* utterances in a language espeak-ng lacks, spoken in English */
} ui_voice_stats;
/* Starts the worker, which opens the audio device (SDL_AUDIODRIVER decides
 * which) and espeak-ng; returns at once. news_event (0: none) is pushed when
 * the worker is ready or has failed. NULL with err when no thread could start
 * or another engine is open. Free with ui_voice_close, which stops any speech. */
ui_voice *ui_voice_open(Uint32 news_event, char *err, size_t errlen);
void ui_voice_close(ui_voice *v);
/* Queues text (copied) in a voice, after what is queued; nothing once failed. */
void ui_voice_say(ui_voice *v, int voice, const char *text);
/* Drops what is queued and cuts the utterance being spoken short. */
void ui_voice_stop(ui_voice *v);
void ui_voice_get_stats(ui_voice *v, ui_voice_stats *out);
/* The language of the text ui_voice_say queues from now on: a code such as
 * "fr" or "fr_CA" (ui_voice_lang's rule), NULL or "en" for English. */
void ui_voice_set_language(ui_voice *v, const char *code);
/* The espeak-ng language a code names: its two or three lower-case letters
 * ("fr_CA" -> "fr"), else "en" (English, none, or not a language code). */
void ui_voice_lang(const char *code, char *out, size_t n);
/* The espeak-ng voice name ("en+f2", "fr+f2"), pitch (0-100) and rate (words
 * a minute) of a voice number in language lang (NULL: English): fixed per cast
 * index, so a person always sounds the same, in every language. */
void ui_voice_params(int voice, const char *lang, char *name, size_t n, int *pitch, int *rate);
/* The window's side. Each frame (ui_render): with the `voice` setting on and
 * the conversation on screen, reads a new line (reply, cue, line), then its
 * choices once shown; elsewhere, stops. */
void ui_voice_frame(ui_state *st);
/* V: toggles the setting (false when V is a letter being typed there). */
bool ui_voice_key(ui_state *st, const SDL_KeyboardEvent *k);
void ui_act_voice(ui_state *st, int arg); /* the setting: arg 1 on, 0 off; saved */
/* The window's language (ui_settings.c, docs/translating.md): arg 0 follows
 * the system, 1 English, 2 French; applied at once and saved. */
void ui_act_language(ui_state *st, int arg);
/* True when e is the engine's news; a failure is shown once in the status line. */
bool ui_voice_event(ui_state *st, const SDL_Event *e);
void ui_voice_silence(ui_state *st);  /* stops speaking (Esc) */
void ui_voice_shutdown(ui_state *st); /* closes the engine; safe to call twice */

/* ---- timing for scripts/bench (ui_bench.c) ---- */

/* True when RAPPORT_BENCH=1. */
bool ui_bench_on(void);
/* CLOCK_MONOTONIC in milliseconds (sub-millisecond precision). */
double ui_bench_now_ms(void);
/* After the first present: prints `bench first_frame_ms=` (ms since the
 * process started) when benchmarking. Returns true when the window should
 * quit now (RAPPORT_BENCH_EXIT_AFTER_FIRST_FRAME=1). */
bool ui_bench_first_frame(void);
/* After a present caused by input that arrived at input_ms (ui_bench_now_ms):
 * prints `bench redraw_ms=` when benchmarking. */
void ui_bench_redraw(double input_ms);

#endif
