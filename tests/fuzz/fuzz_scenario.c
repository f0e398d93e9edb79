/* fuzz_scenario.c: any bytes as a scenario file, loaded under tight limits and,
 * when they load, played for a few steps so the author functions run too.
 *
 * What counts as a finding: a crash, a sanitizer report, a leak, a hang (the
 * fuzzer's -timeout), or an accepted scenario that breaks the model's own
 * invariants (checked below). A refused file is the normal outcome. */
#include "fuzz.h"
#include "script.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STEPS 24

/* Small limits keep each input fast; the code paths are the same as with the
 * defaults. The memory cap is per input, on top of the loader's headroom. */
static const scr_limits LIMITS = {
    .memory = 8u << 20, .load_instructions = 200000, .call_instructions = 20000};

static void invariant(bool ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "fuzz_scenario: accepted scenario breaks an invariant: %s\n", what);
        abort();
    }
}

/* What the loader promises about a scenario it accepts (core.h). */
static void check_model(const core_scenario *sc)
{
    invariant(sc->id && sc->title && sc->family && sc->summary, "a required string is NULL");
    invariant(sc->n_nodes > 0 && sc->start >= 0 && sc->start < sc->n_nodes, "start out of range");
    invariant(sc->n_skills > 0 && sc->n_skills <= CORE_MAX_SKILLS, "skill count out of range");
    for (int i = 0; i < sc->n_nodes; i++) {
        const core_node *n = &sc->nodes[i];
        invariant(n->id != NULL, "node without id");
        invariant((n->ending != NULL) != (n->n_choices > 0),
                  "node with both or neither of ending/choices");
        invariant(n->speaker == CORE_NONE || (n->speaker >= 0 && n->speaker < sc->n_cast),
                  "speaker out of range");
        for (int j = 0; j < n->n_choices; j++) {
            const core_choice *c = &n->choices[j];
            invariant(c->text != NULL && c->id != NULL, "choice without text or id");
            invariant((c->to >= 0 && c->to < sc->n_nodes) || (c->to == CORE_NONE && c->to_fn >= 0),
                      "choice target out of range");
            for (int k = 0; k < c->n_can_go; k++)
                invariant(c->can_go[k] >= 0 && c->can_go[k] < sc->n_nodes, "can_go out of range");
            for (int k = 0; k < c->n_learn; k++)
                invariant(c->learn[k] >= 0 && c->learn[k] < sc->n_facts, "fact out of range");
        }
    }
}

/* Plays a few steps, picking a different visible choice each time. */
static void play(const scr_scenario *s, const uint8_t *data, size_t size)
{
    const core_scenario *sc = scr_model(s);
    core_session *ss = core_session_new(sc, scr_hooks(s));
    if (!ss) return;
    for (int step = 0; step < STEPS && core_session_status(ss) == CORE_PLAYING; step++) {
        (void)core_session_text(ss);
        (void)core_session_cue(ss);
        int n = core_session_n_visible(ss);
        int pick = 1 + (int)(size ? data[(size_t)step % size] : 0) % (n > 0 ? n : 1);
        if (n == 0 || core_session_choose(ss, pick, 0) != 0) {
            if (core_session_timeout(ss, 0) != 0) break;
        }
        if (step == STEPS / 2) core_session_rewind(ss);
    }
    invariant(core_session_status(ss) != CORE_FAILED || core_session_error(ss)[0],
              "a failed session has no message");
    core_session_free(ss);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    core_diags d = {0};
    scr_scenario *s = scr_load_buffer("fuzz.lua", (const char *)data, size, &LIMITS, &d);
    if (s) {
        invariant(d.errors == 0, "accepted with errors");
        check_model(scr_model(s));
        play(s, data, size);
    } else {
        invariant(d.errors > 0, "refused without an error");
    }
    scr_free(s);
    core_diags_free(&d);
    return 0;
}
