/* model.c: building, querying and freeing a core_scenario. */
#include "core.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *core_strdup(const char *s)
{
    if (!s) return NULL;
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

void *core_grow(void *arr, int n, size_t sz)
{
    if (n < 0) return NULL;
    /* Capacity is implicit: the next power of two at or above n. Reallocating
     * only when n reaches one keeps appending linear (one element at a time it
     * was quadratic: 100,000 facts took minutes under ASan). */
    if (n == 0 || (n & (n - 1)) == 0) {
        if ((size_t)n > SIZE_MAX / 2 / sz) return NULL;
        void *p = realloc(arr, (n ? 2 * (size_t)n : 1) * sz);
        if (!p) return NULL;
        arr = p;
    }
    memset((char *)arr + (size_t)n * sz, 0, sz);
    return arr;
}

core_scenario *core_scenario_new(void)
{
    core_scenario *sc = calloc(1, sizeof *sc);
    if (!sc) return NULL;
    sc->version = 1;
    sc->start = CORE_NONE;
    if (!core_set_skills(sc, core_default_skills, CORE_N_DEFAULT_SKILLS)) {
        core_scenario_free(sc);
        return NULL;
    }
    return sc;
}

static void free_choice(core_choice *c)
{
    free(c->id);
    free(c->text);
    free(c->feedback);
    free(c->can_go);
    for (int i = 0; i < c->n_tags; i++)
        free(c->tags[i]);
    free(c->tags);
    free(c->trust);
    free(c->learn);
    free(c->when);
    free(c->reply);
    free(c->thought);
}

void core_scenario_free(core_scenario *sc)
{
    if (!sc) return;
    for (int i = 0; i < sc->n_nodes; i++) {
        core_node *n = &sc->nodes[i];
        for (int j = 0; j < n->n_choices; j++)
            free_choice(&n->choices[j]);
        free(n->choices);
        free(n->id);
        free(n->text);
        free(n->cue);
        free(n->discuss);
        free(n->ending);
        free(n->grade);
        free(n->learn);
        free(n->trust);
        free(n->timeout_feedback);
        free(n->mood);
        free(n->thought);
    }
    free(sc->nodes);
    for (int i = 0; i < sc->n_cast; i++) {
        free(sc->cast[i].key);
        free(sc->cast[i].name);
        free(sc->cast[i].role);
        free(sc->cast[i].portrait);
    }
    free(sc->cast);
    for (int i = 0; i < sc->n_facts; i++)
        free(sc->facts[i]);
    free(sc->facts);
    for (int i = 0; i < sc->n_skills; i++) {
        free(sc->skills[i]);
        free(sc->debrief[i]);
    }
    free(sc->node_slots);
    free(sc->fact_slots);
    free(sc->file);
    free(sc->id);
    free(sc->title);
    free(sc->family);
    free(sc->summary);
    free(sc->homework);
    free(sc);
}

/* ---- string -> index hash (open addressing, linear probing) ---- */

static uint32_t hash_str(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

typedef const char *(*name_at)(const core_scenario *sc, int i);

static const char *node_name(const core_scenario *sc, int i)
{
    return sc->nodes[i].id;
}

static const char *fact_name(const core_scenario *sc, int i)
{
    return sc->facts[i];
}

static int index_find(const core_scenario *sc, const int *slots, int cap, name_at name,
                      const char *key)
{
    if (cap == 0) return -1;
    for (uint32_t i = hash_str(key) & (uint32_t)(cap - 1);; i = (i + 1) & (uint32_t)(cap - 1)) {
        if (slots[i] == 0) return -1;
        if (strcmp(name(sc, slots[i] - 1), key) == 0) return slots[i] - 1;
    }
}

/* Adds index idx (whose name is already stored); grows to keep the load under half. */
static bool index_add(const core_scenario *sc, int **slots, int *cap, name_at name, int idx,
                      int count)
{
    if ((count + 1) * 2 > *cap) {
        int nc = *cap ? *cap * 2 : 64;
        while ((count + 1) * 2 > nc)
            nc *= 2;
        int *ns = calloc((size_t)nc, sizeof(int));
        if (!ns) return false;
        for (int k = 0; k < *cap; k++) {
            if ((*slots)[k] == 0) continue;
            uint32_t i = hash_str(name(sc, (*slots)[k] - 1)) & (uint32_t)(nc - 1);
            while (ns[i])
                i = (i + 1) & (uint32_t)(nc - 1);
            ns[i] = (*slots)[k];
        }
        free(*slots);
        *slots = ns;
        *cap = nc;
    }
    uint32_t i = hash_str(name(sc, idx)) & (uint32_t)(*cap - 1);
    while ((*slots)[i])
        i = (i + 1) & (uint32_t)(*cap - 1);
    (*slots)[i] = idx + 1;
    return true;
}

int core_add_node(core_scenario *sc, const char *id)
{
    core_node *nodes = core_grow(sc->nodes, sc->n_nodes, sizeof *nodes);
    if (!nodes) return -1;
    sc->nodes = nodes;
    core_node *n = &nodes[sc->n_nodes];
    n->id = core_strdup(id);
    if (!n->id) return -1;
    n->speaker = CORE_NONE;
    n->text_fn = CORE_NO_FN;
    n->cue_fn = CORE_NO_FN;
    n->on_timeout = CORE_NONE;
    /* A duplicate id is not indexed again: the first node keeps the name. */
    if (index_find(sc, sc->node_slots, sc->node_cap, node_name, id) < 0 &&
        !index_add(sc, &sc->node_slots, &sc->node_cap, node_name, sc->n_nodes, sc->n_nodes))
        return -1;
    return sc->n_nodes++;
}

int core_add_cast(core_scenario *sc, const char *key, const char *name, const char *role)
{
    core_cast *cast = core_grow(sc->cast, sc->n_cast, sizeof *cast);
    if (!cast) return -1;
    sc->cast = cast;
    core_cast *c = &cast[sc->n_cast];
    c->key = core_strdup(key);
    c->name = core_strdup(name ? name : "");
    c->role = core_strdup(role ? role : "");
    if (!c->key || !c->name || !c->role) {
        free(c->key);
        free(c->name);
        free(c->role);
        return -1;
    }
    return sc->n_cast++;
}

int core_add_choice(core_scenario *sc, int node, const char *text)
{
    core_node *n = &sc->nodes[node];
    core_choice *ch = core_grow(n->choices, n->n_choices, sizeof *ch);
    if (!ch) return -1;
    n->choices = ch;
    core_choice *c = &ch[n->n_choices];
    c->text = core_strdup(text);
    if (!c->text) return -1;
    c->to = CORE_NONE;
    c->to_fn = CORE_NO_FN;
    c->when_fn = CORE_NO_FN;
    c->reply_fn = CORE_NO_FN;
    return n->n_choices++;
}

int core_find_fact(const core_scenario *sc, const char *name)
{
    return index_find(sc, sc->fact_slots, sc->fact_cap, fact_name, name);
}

int core_intern_fact(core_scenario *sc, const char *name)
{
    int i = core_find_fact(sc, name);
    if (i >= 0) return i;
    char **f = core_grow(sc->facts, sc->n_facts, sizeof *f);
    if (!f) return -1;
    sc->facts = f;
    if (!(f[sc->n_facts] = core_strdup(name))) return -1;
    if (!index_add(sc, &sc->fact_slots, &sc->fact_cap, fact_name, sc->n_facts, sc->n_facts)) {
        free(f[sc->n_facts]);
        return -1;
    }
    return sc->n_facts++;
}

int core_find_node(const core_scenario *sc, const char *id)
{
    return index_find(sc, sc->node_slots, sc->node_cap, node_name, id);
}

int core_find_cast(const core_scenario *sc, const char *key)
{
    for (int i = 0; i < sc->n_cast; i++)
        if (strcmp(sc->cast[i].key, key) == 0) return i;
    return -1;
}

int core_find_skill(const core_scenario *sc, const char *name)
{
    for (int i = 0; i < sc->n_skills; i++)
        if (strcmp(sc->skills[i], name) == 0) return i;
    return -1;
}

int core_value_first_skill(const core_scenario *sc)
{
    return core_find_skill(sc, "value_first");
}

bool core_set_skills(core_scenario *sc, const char *const *names, int n)
{
    if (n > CORE_MAX_SKILLS) return false;
    for (int i = 0; i < sc->n_skills; i++) {
        free(sc->skills[i]);
        free(sc->debrief[i]);
        sc->skills[i] = sc->debrief[i] = NULL;
    }
    sc->n_skills = 0;
    for (int i = 0; i < n; i++) {
        if (!(sc->skills[i] = core_strdup(names[i]))) return false;
        sc->n_skills = i + 1;
    }
    return true;
}

/* FNV-1a: a short, stable fingerprint of a choice's text. */
static uint32_t fnv1a(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

bool core_assign_choice_ids(core_scenario *sc)
{
    for (int i = 0; i < sc->n_nodes; i++) {
        core_node *n = &sc->nodes[i];
        for (int j = 0; j < n->n_choices; j++) {
            core_choice *c = &n->choices[j];
            if (c->id) continue;
            char buf[32];
            uint32_t h = fnv1a(c->text);
            /* Two choices with the same text in one node: salt until unique. */
            for (int salt = 0;; salt++) {
                snprintf(buf, sizeof buf, "t%08x", h + (uint32_t)salt);
                bool clash = false;
                for (int k = 0; k < n->n_choices; k++)
                    if (k != j && n->choices[k].id && strcmp(n->choices[k].id, buf) == 0)
                        clash = true;
                if (!clash) break;
            }
            if (!(c->id = core_strdup(buf))) return false;
        }
    }
    return true;
}

long core_utf8_invalid(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        unsigned c = p[i];
        size_t k = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (k == 0 || i + k > n) return (long)i;
        unsigned cp = k == 1 ? c : k == 2 ? c & 0x1f : k == 3 ? c & 0x0f : c & 0x07;
        for (size_t j = 1; j < k; j++) {
            if ((p[i + j] & 0xc0) != 0x80) return (long)i;
            cp = (cp << 6) | (p[i + j] & 0x3f);
        }
        if ((k == 2 && cp < 0x80) || (k == 3 && cp < 0x800) || (k == 4 && cp < 0x10000) ||
            cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return (long)i;
        i += k;
    }
    return -1;
}

int core_edit_distance(const char *a, const char *b, int cap)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64) return cap + 1;
    if ((la > lb ? la - lb : lb - la) > (size_t)cap) return cap + 1;
    int prev[65], cur[65];
    for (size_t j = 0; j <= lb; j++)
        prev[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = (int)i;
        for (size_t j = 1; j <= lb; j++) {
            int sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
            int del = prev[j] + 1, ins = cur[j - 1] + 1;
            cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
        }
        memcpy(prev, cur, sizeof(int) * (lb + 1));
    }
    return prev[lb] > cap ? cap + 1 : prev[lb];
}
