/* ui_voice.c: reading aloud (self-voicing; docs/window.md "Reading aloud").
 * When the player's `voice` setting is on (V, or the Settings row), each new
 * line of the conversation is spoken with its reply and cue, then its choices,
 * numbered, once they are on screen. Every cast member has a voice of their
 * own, chosen from the cast index, and the narrator has another.
 *
 * Two layers. The engine (ui_voice_open ... ui_voice_close) knows nothing of
 * ui_state: it takes utterances (text and a voice number) and plays them, so
 * tests drive it alone. The window's layer (ui_voice_frame, ui_voice_key,
 * ui_act_voice, ...) decides what to say from ui_state and keeps the engine
 * in st->voice, opened the first time something is to be said, so a window
 * with the setting off never loads espeak-ng or opens an audio device.
 *
 * Threads. The frame loop never waits for speech: all of espeak-ng and the
 * audio device's opening run on one SDL worker thread. espeak-ng synthesises
 * synchronously into a callback, which hands each buffer to SDL's audio queue
 * (SDL_QueueAudio, so SDL's own drivers play it) and keeps at most about a
 * second of sound ahead of playback, so stopping is quick and memory small.
 * A stop (a new line, a choice made, V, Esc, leaving the conversation) bumps
 * a generation number under the lock and empties SDL's queue; the callback
 * sees the new number at its next buffer and makes espeak-ng abandon the
 * utterance, and nothing it synthesised for the old one is queued after the
 * stop, because queueing happens under the same lock. espeak-ng keeps global
 * state, so one engine exists at a time.
 *
 * When espeak-ng's data or an audio device is missing, the worker says why in
 * an SDL event; the window shows it once in the status line and stays silent.
 *
 * libespeak-ng is compiled against (its headers, found with pkg-config) but
 * opened with dlopen on first use, like libcurl in engine/lrs: linked, it
 * brought some thirty libraries (PulseAudio, libsndfile and its codecs) into
 * every start of rapport, `rapport check` included, for a setting most
 * people leave off.
 *
 * Depends on: SDL2 (threads, audio, events), libespeak-ng.so.1 at run time
 * (Debian's libespeak-ng1 with espeak-ng-data; -dev to build). Environment:
 * ESPEAK_DATA_PATH (espeak-ng's own: where its data is), SDL_AUDIODRIVER and,
 * for the disk driver the tests use, SDL_DISKAUDIOFILE. */
#include "i18n.h"
#include "ui_local.h"

#include <espeak-ng/espeak_ng.h>

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RATE_HZ 22050     /* espeak-ng's output rate; SDL converts for the device */
#define AHEAD_BYTES 44100 /* about one second of 16-bit mono kept ahead of playback */
#define WAIT_MS 20        /* how often a throttled synthesis looks at the queue again */

/* ---- voices ---- */

/* espeak-ng voice variants (espeak-ng-data/voices/!v), one per cast member in
 * turn; the narrator's (m7) is not among them. */
static const char *const variants[] = {"f2", "m3", "f4", "m1", "f3", "m6", "f5", "m4", "f1", "m2"};
#define N_VARIANTS ((int)(sizeof variants / sizeof *variants))

void ui_voice_lang(const char *code, char *out, size_t n)
{
    /* espeak-ng names a language by its code ("fr", "de"); a region or a
     * list after it ("fr_CA", "fr:de") is not one of its voice names. Only
     * letters, so a code never reaches espeak-ng as anything but a name. */
    size_t k = 0;
    while (code && k < 3 && code[k] >= 'a' && code[k] <= 'z')
        k++;
    bool whole = code && (code[k] == '\0' || code[k] == '_' || code[k] == '-' || code[k] == ':' ||
                          code[k] == '.' || code[k] == '@');
    if (k < 2 || !whole || (k == 2 && strncmp(code, "en", 2) == 0))
        snprintf(out, n, "en");
    else
        snprintf(out, n, "%.*s", (int)k, code);
}

void ui_voice_params(int voice, const char *lang, char *name, size_t n, int *pitch, int *rate)
{
    char base[8];
    ui_voice_lang(lang, base, sizeof base);
    bool en = strcmp(base, "en") == 0;
    if (voice < 0) { /* the narrator: a calm, lower voice */
        snprintf(name, n, "%s+m7", base);
        *pitch = 40;
        *rate = 165;
        return;
    }
    /* Cast member i: the variant in turn, in English every third an
     * American accent, and pitch and rate stepped by numbers prime to their
     * ranges, so people next to each other in the cast differ in all three. */
    snprintf(name, n, "%s+%s", en && voice % 3 == 2 ? "en-us" : base, variants[voice % N_VARIANTS]);
    *pitch = 30 + (voice * 23) % 45;
    *rate = 155 + (voice * 11) % 35;
}

/* ---- the engine ---- */

typedef struct utterance {
    char *text;   /* owned */
    int voice;    /* a cast index, or UI_VOICE_NARRATOR */
    char lang[8]; /* the language of text, as ui_voice_lang gives it */
    struct utterance *next;
} utterance;

struct ui_voice {
    SDL_Thread *thread;
    SDL_mutex *lock;        /* guards everything below that both threads touch */
    SDL_cond *wake;         /* new work, a stop, or closing */
    utterance *head, *tail; /* waiting to be spoken; owned */
    unsigned gen;           /* bumped by every stop */
    bool quit;
    ui_voice_state state;
    char problem[256];     /* why it failed, when state is UI_VOICE_FAILED */
    SDL_AudioDeviceID dev; /* 0 until the worker opened it */
    bool busy;             /* an utterance is being synthesised */
    int said, stopped;     /* utterances finished / cut short */
    long samples;          /* samples queued for playback in all */
    Uint32 news_event;     /* SDL event type for "state changed", 0 none */
    char lang[8];          /* what ui_voice_say's text is in (ui_voice_set_language) */
    int in_english;        /* utterances whose language espeak-ng lacked */
    /* the worker's own */
    unsigned cur_gen; /* generation of the utterance being synthesised */
    bool cut;         /* the callback abandoned it */
    /* the window's layer (UI thread only) */
    bool told;         /* the failure was shown in the status line */
    char line_key[96]; /* the line last read: play, step and text pointer */
    char *line_text;   /* its text, to tell a new line from the same one; owned */
    bool choices_read; /* its choices were read too */
};

static SDL_atomic_t engine_in_use;
/* espeak-ng's synthesis callback has no user pointer of its own in
 * synchronous mode that survives every call, so the one worker keeps its
 * engine here while it synthesises. */
static ui_voice *synth_owner;

static void free_list(utterance *u)
{
    while (u) {
        utterance *next = u->next;
        free(u->text);
        free(u);
        u = next;
    }
}

/* Called by espeak-ng on the worker with each buffer of samples (wav NULL at
 * the end). Returns 1 to abandon the utterance. */
static int synth_cb(short *wav, int n, espeak_EVENT *events)
{
    (void)events;
    ui_voice *v = synth_owner;
    if (!v) return 1;
    SDL_LockMutex(v->lock);
    /* Keep about a second ahead of playback: a long line is not all in
     * memory, and a stop has little to throw away. */
    while (!v->quit && v->gen == v->cur_gen && SDL_GetQueuedAudioSize(v->dev) > AHEAD_BYTES)
        SDL_CondWaitTimeout(v->wake, v->lock, WAIT_MS);
    if (v->quit || v->gen != v->cur_gen) {
        v->cut = true;
        SDL_UnlockMutex(v->lock);
        return 1;
    }
    if (wav && n > 0 && SDL_QueueAudio(v->dev, wav, (Uint32)n * 2) == 0) v->samples += n;
    SDL_UnlockMutex(v->lock);
    return 0;
}

static void set_state(ui_voice *v, ui_voice_state s, const char *problem)
{
    SDL_LockMutex(v->lock);
    v->state = s;
    if (problem) snprintf(v->problem, sizeof v->problem, "%s", problem);
    SDL_CondBroadcast(v->wake);
    SDL_UnlockMutex(v->lock);
    if (v->news_event) {
        SDL_Event e;
        SDL_zero(e);
        e.type = v->news_event;
        e.user.data1 = v;
        SDL_PushEvent(&e); /* thread-safe; wakes a loop asleep in SDL_WaitEvent */
    }
}

/* espeak-ng is started once per process and never terminated: libespeak-ng
 * 1.51 hangs in espeak_ng_Terminate after a second espeak_ng_Initialize (its
 * internal thread's state outlives the first), and what it holds stays
 * reachable until exit. A failure is remembered too, with its reason. Only
 * the one engine's worker touches these (engine_in_use). */
static int espeak_ready; /* 0 not tried yet, 1 ready, -1 failed */
static char espeak_problem[200];
/* libespeak-ng's functions, from dlopen (filled once, then read-only). */
static struct {
    void (*init_path)(const char *path);
    espeak_ng_STATUS (*init)(espeak_ng_ERROR_CONTEXT *ctx);
    espeak_ng_STATUS (*init_output)(espeak_ng_OUTPUT_MODE mode, int buffer_ms, const char *dev);
    int (*sample_rate)(void);
    void (*set_callback)(t_espeak_callback *cb);
    void (*status_message)(espeak_ng_STATUS s, char *buf, size_t n);
    void (*clear_context)(espeak_ng_ERROR_CONTEXT *ctx);
    espeak_ng_STATUS (*set_voice)(const char *name);
    espeak_ng_STATUS (*set_parameter)(espeak_PARAMETER p, int value, int relative);
    espeak_ng_STATUS (*synthesize)(const void *text, size_t size, unsigned position,
                                   espeak_POSITION_TYPE type, unsigned end, unsigned flags,
                                   unsigned *id, void *user_data);
} es;

/* Opens libespeak-ng; false with espeak_problem set. */
static bool espeak_load(void)
{
    void *lib = dlopen("libespeak-ng.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        snprintf(espeak_problem, sizeof espeak_problem,
                 _("libespeak-ng is not installed (Debian's libespeak-ng1 and espeak-ng-data)"));
        return false;
    }
    struct {
        void **slot;
        const char *name;
    } want[] = {
        {(void **)&es.init_path, "espeak_ng_InitializePath"},
        {(void **)&es.init, "espeak_ng_Initialize"},
        {(void **)&es.init_output, "espeak_ng_InitializeOutput"},
        {(void **)&es.sample_rate, "espeak_ng_GetSampleRate"},
        {(void **)&es.set_callback, "espeak_SetSynthCallback"},
        {(void **)&es.status_message, "espeak_ng_GetStatusCodeMessage"},
        {(void **)&es.clear_context, "espeak_ng_ClearErrorContext"},
        {(void **)&es.set_voice, "espeak_ng_SetVoiceByName"},
        {(void **)&es.set_parameter, "espeak_ng_SetParameter"},
        {(void **)&es.synthesize, "espeak_ng_Synthesize"},
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        *want[i].slot = dlsym(lib, want[i].name);
        if (!*want[i].slot) {
            snprintf(espeak_problem, sizeof espeak_problem,
                     _("libespeak-ng has no %s; it is too old"), want[i].name);
            return false; /* the library stays open: closing it gains nothing */
        }
    }
    return true;
}

static bool espeak_start(char *msg, size_t n)
{
    if (espeak_ready == 0) {
        espeak_ready = -1;
        espeak_ng_ERROR_CONTEXT ctx = NULL;
        espeak_ng_STATUS s = ENS_OK;
        if (espeak_load()) {
            es.init_path(NULL); /* ESPEAK_DATA_PATH, else Debian's place */
            s = es.init(&ctx);
            if (s == ENS_OK) s = es.init_output(ENOUTPUT_MODE_SYNCHRONOUS, 0, NULL);
            if (s == ENS_OK && es.sample_rate() != RATE_HZ) s = ENS_UNSUPPORTED_PHON_FORMAT;
            if (s == ENS_OK) {
                es.set_callback(synth_cb);
                espeak_ready = 1;
            } else {
                char why[120];
                es.status_message(s, why, sizeof why);
                es.clear_context(&ctx);
                snprintf(espeak_problem, sizeof espeak_problem,
                         _("espeak-ng's voice data could not be loaded (%s)"), why);
            }
        }
    }
    snprintf(msg, n, "%s", espeak_problem);
    return espeak_ready == 1;
}

/* Opens the audio device and espeak-ng; false with v->problem set. */
static bool worker_start(ui_voice *v)
{
    char msg[200];
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        snprintf(msg, sizeof msg, _("no audio device (%s)"), SDL_GetError());
        set_state(v, UI_VOICE_FAILED, msg);
        return false;
    }
    SDL_AudioSpec want, have;
    SDL_zero(want);
    want.freq = RATE_HZ;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = 1024;
    SDL_AudioDeviceID dev = SDL_OpenAudioDevice(NULL, 0, &want, &have, 0); /* SDL converts */
    if (!dev) {
        snprintf(msg, sizeof msg, _("no audio device (%s)"), SDL_GetError());
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        set_state(v, UI_VOICE_FAILED, msg);
        return false;
    }
    if (!espeak_start(msg, sizeof msg)) {
        SDL_CloseAudioDevice(dev);
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        set_state(v, UI_VOICE_FAILED, msg);
        return false;
    }
    SDL_PauseAudioDevice(dev, 0);
    SDL_LockMutex(v->lock);
    v->dev = dev;
    SDL_UnlockMutex(v->lock);
    set_state(v, UI_VOICE_READY, NULL);
    return true;
}

static void speak(ui_voice *v, const utterance *u, unsigned gen)
{
    char name[32];
    int pitch, rate;
    ui_voice_params(u->voice, u->lang, name, sizeof name, &pitch, &rate);
    /* A language espeak-ng's data lacks: the same person in English, rather
     * than whatever voice was set last. */
    if (es.set_voice(name) != ENS_OK && strcmp(u->lang, "en") != 0) {
        ui_voice_params(u->voice, "en", name, sizeof name, &pitch, &rate);
        es.set_voice(name);
        SDL_LockMutex(v->lock);
        v->in_english++;
        SDL_UnlockMutex(v->lock);
    }
    es.set_parameter(espeakPITCH, pitch, 0);
    es.set_parameter(espeakRATE, rate, 0);
    v->cur_gen = gen;
    v->cut = false;
    synth_owner = v;
    es.synthesize(u->text, strlen(u->text) + 1, 0, POS_CHARACTER, 0,
                  espeakCHARS_UTF8 | espeakENDPAUSE, NULL, NULL);
    synth_owner = NULL;
}

static int worker(void *arg)
{
    ui_voice *v = arg;
    if (!worker_start(v)) return 0;
    SDL_LockMutex(v->lock);
    for (;;) {
        while (!v->quit && !v->head)
            SDL_CondWait(v->wake, v->lock);
        if (v->quit) break;
        utterance *u = v->head;
        v->head = u->next;
        if (!v->head) v->tail = NULL;
        unsigned gen = v->gen;
        v->busy = true;
        SDL_UnlockMutex(v->lock);
        speak(v, u, gen);
        free(u->text);
        free(u);
        SDL_LockMutex(v->lock);
        v->busy = false;
        if (v->cut)
            v->stopped++;
        else
            v->said++;
        SDL_CondBroadcast(v->wake);
    }
    SDL_UnlockMutex(v->lock);
    SDL_CloseAudioDevice(v->dev); /* espeak-ng stays loaded (espeak_start) */
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    return 0;
}

ui_voice *ui_voice_open(Uint32 news_event, char *err, size_t errlen)
{
    if (!SDL_AtomicCAS(&engine_in_use, 0, 1)) {
        snprintf(err, errlen, _("reading aloud is already running"));
        return NULL;
    }
    ui_voice *v = calloc(1, sizeof *v);
    if (v) {
        v->news_event = news_event;
        v->lock = SDL_CreateMutex();
        v->wake = SDL_CreateCond();
    }
    if (v && v->lock && v->wake) v->thread = SDL_CreateThread(worker, "rapport voice", v);
    if (!v || !v->thread) {
        snprintf(err, errlen, _("cannot start reading aloud (%s)"),
                 v ? SDL_GetError() : _("no memory"));
        if (v) {
            if (v->wake) SDL_DestroyCond(v->wake);
            if (v->lock) SDL_DestroyMutex(v->lock);
            free(v);
        }
        SDL_AtomicSet(&engine_in_use, 0);
        return NULL;
    }
    return v;
}

void ui_voice_close(ui_voice *v)
{
    if (!v) return;
    SDL_LockMutex(v->lock);
    v->quit = true;
    v->gen++;
    if (v->dev) SDL_ClearQueuedAudio(v->dev);
    SDL_CondBroadcast(v->wake);
    SDL_UnlockMutex(v->lock);
    SDL_WaitThread(v->thread, NULL); /* a synthesis in flight stops at its next buffer */
    free_list(v->head);
    free(v->line_text);
    SDL_DestroyCond(v->wake);
    SDL_DestroyMutex(v->lock);
    free(v);
    SDL_AtomicSet(&engine_in_use, 0);
}

void ui_voice_say(ui_voice *v, int voice, const char *text)
{
    if (!v || !text || !*text) return;
    utterance *u = calloc(1, sizeof *u);
    if (u) u->text = core_strdup(text);
    if (!u || !u->text) { /* out of memory: this line stays silent */
        free(u);
        return;
    }
    u->voice = voice;
    SDL_LockMutex(v->lock);
    snprintf(u->lang, sizeof u->lang, "%s", v->lang[0] ? v->lang : "en");
    if (v->state == UI_VOICE_FAILED) {
        free_list(u);
    } else {
        if (v->tail)
            v->tail->next = u;
        else
            v->head = u;
        v->tail = u;
        SDL_CondBroadcast(v->wake);
    }
    SDL_UnlockMutex(v->lock);
}

void ui_voice_set_language(ui_voice *v, const char *code)
{
    if (!v) return;
    char base[8];
    ui_voice_lang(code, base, sizeof base);
    SDL_LockMutex(v->lock);
    snprintf(v->lang, sizeof v->lang, "%s", base);
    SDL_UnlockMutex(v->lock);
}

void ui_voice_stop(ui_voice *v)
{
    if (!v) return;
    SDL_LockMutex(v->lock);
    v->gen++;
    free_list(v->head);
    v->head = v->tail = NULL;
    if (v->dev) SDL_ClearQueuedAudio(v->dev);
    SDL_CondBroadcast(v->wake);
    SDL_UnlockMutex(v->lock);
}

void ui_voice_get_stats(ui_voice *v, ui_voice_stats *out)
{
    SDL_zerop(out);
    if (!v) return;
    SDL_LockMutex(v->lock);
    out->state = v->state;
    snprintf(out->problem, sizeof out->problem, "%s", v->problem);
    out->said = v->said;
    out->stopped = v->stopped;
    out->samples = v->samples;
    out->busy = v->busy;
    out->in_english = v->in_english;
    for (const utterance *u = v->head; u; u = u->next)
        out->waiting++;
    out->queued_bytes = v->dev ? SDL_GetQueuedAudioSize(v->dev) : 0;
    SDL_UnlockMutex(v->lock);
}

/* ---- the window's layer ---- */

static Uint32 news_event_type(void)
{
    static Uint32 t; /* registered once per process, UI thread only */
    if (!t) {
        Uint32 r = SDL_RegisterEvents(1);
        t = r == (Uint32)-1 ? 0 : r;
    }
    return t;
}

static bool setting_on(const ui_state *st)
{
    return st->player && st->have_progress && st->progress.settings.voice;
}

/* The engine, opened on first use; NULL when it cannot start (said once). */
static ui_voice *engine(ui_state *st)
{
    if (st->voice) return st->voice;
    char err[200];
    st->voice = ui_voice_open(news_event_type(), err, sizeof err);
    if (!st->voice) ui_state_say(st, false, _("Reading aloud is off: %s."), err);
    return st->voice;
}

void ui_voice_silence(ui_state *st)
{
    ui_voice_stop(st->voice);
}

void ui_voice_shutdown(ui_state *st)
{
    ui_voice_close(st->voice);
    st->voice = NULL;
}

/* Who says the reply to the last choice: the person it was said to, or the
 * new line's speaker when that was the narrator (as ui_convo.c shows it). */
static int reply_voice(const ui_state *st, int line_speaker)
{
    int sp = st->n_steps > 0 ? st->steps[st->n_steps - 1].speaker : CORE_NONE;
    return sp >= 0 ? sp : line_speaker;
}

static int voice_of(int speaker)
{
    return speaker >= 0 ? speaker : UI_VOICE_NARRATOR;
}

/* Reads the choices on screen, numbered as shown. */
static void say_choices(ui_state *st, ui_voice *v)
{
    core_session *s = app_play_session(st->play);
    const core_node *node = core_session_node(s);
    int n = core_session_n_visible(s);
    for (int i = 0; i < n; i++) {
        int c = core_session_visible(s, i);
        if (c < 0 || c >= node->n_choices) continue;
        char buf[1200];
        snprintf(buf, sizeof buf, "%d. %s", i + 1, node->choices[c].text);
        ui_voice_say(v, UI_VOICE_NARRATOR, buf);
    }
}

void ui_voice_frame(ui_state *st)
{
    bool on = setting_on(st) && st->play && st->screen == UI_SCR_CONVO;
    if (!on) {
        if (st->voice && st->voice->line_key[0]) { /* left the conversation: quiet */
            ui_voice_stop(st->voice);
            st->voice->line_key[0] = 0;
        }
        return;
    }
    ui_voice *v = engine(st);
    if (!v) return;
    core_session *s = app_play_session(st->play);
    const char *line = st->cur_line ? st->cur_line : "";
    /* A new line: another session, another step, or other text (a rewind,
     * a reload). The same line drawn again is not read again. */
    char key[96];
    snprintf(key, sizeof key, "%p %d", (void *)st->play, core_session_n_steps(s));
    if (strcmp(key, v->line_key) != 0 || !v->line_text || strcmp(line, v->line_text) != 0) {
        ui_voice_stop(v);
        snprintf(v->line_key, sizeof v->line_key, "%s", key);
        free(v->line_text);
        v->line_text = core_strdup(line);
        v->choices_read = false;
        /* It reads the scenario's words: in the language they were loaded
         * in (its NAME.LANG.po), else as written, in English. */
        ui_voice_set_language(v, app_play_language(st->play));
        int sp = core_session_node(s)->speaker;
        if (st->cur_reply) ui_voice_say(v, voice_of(reply_voice(st, sp)), st->cur_reply);
        if (st->cur_cue) ui_voice_say(v, UI_VOICE_NARRATOR, st->cur_cue);
        ui_voice_say(v, voice_of(sp), line);
    }
    /* The choices once they are on screen: not under the coach panel, not
     * while say it first waits for the player's own words. */
    if (!v->choices_read && core_session_status(s) == CORE_PLAYING && !st->coach &&
        !ui_say_pending(st)) {
        v->choices_read = true;
        say_choices(st, v);
    }
}

void ui_act_voice(ui_state *st, int arg)
{
    if (!st->player || !st->have_progress) {
        ui_state_say(st, true,
                     _("Pick a player first: reading aloud is saved with their settings."));
        return;
    }
    bool on = arg != 0;
    st->progress.settings.voice = on;
    ui_state_apply_settings(st, true);
    if (!on) {
        ui_voice_shutdown(st); /* quiet at once; nothing stays loaded */
        ui_state_say(st, true, _("Reading aloud is off."));
        return;
    }
    if (st->voice) { /* it failed before: try again, the player asked */
        ui_voice_stats vs;
        ui_voice_get_stats(st->voice, &vs);
        if (vs.state == UI_VOICE_FAILED) ui_voice_shutdown(st);
    }
    if (engine(st)) ui_state_say(st, true, _("Reading aloud is on (V turns it off)."));
    if (st->voice) st->voice->line_key[0] = 0; /* read the current line from its start */
    st->dirty = true;
}

bool ui_voice_key(ui_state *st, const SDL_KeyboardEvent *k)
{
    if (k->keysym.sym != SDLK_v || (k->keysym.mod & (KMOD_CTRL | KMOD_ALT | KMOD_GUI)))
        return false;
    /* A letter where a name, a note or the player's own words are typed. */
    if (st->screen == UI_SCR_PLAYER || st->screen == UI_SCR_ASK || ui_say_pending(st)) return false;
    if (k->repeat) return true;
    ui_act_voice(st, !st->progress.settings.voice);
    return true;
}

bool ui_voice_event(ui_state *st, const SDL_Event *e)
{
    Uint32 t = news_event_type();
    if (!t || e->type != t || !st->voice || e->user.data1 != st->voice) return false;
    ui_voice_stats vs;
    ui_voice_get_stats(st->voice, &vs);
    if (vs.state == UI_VOICE_FAILED && !st->voice->told) {
        st->voice->told = true; /* once; the window carries on silent */
        ui_state_say(st, false, _("Reading aloud is silent: %s."), vs.problem);
    }
    return true;
}
