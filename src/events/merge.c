/* merge.c -- mentions that tell the same happening become one event.
 *
 * Two mentions are merged when
 *   - their anchors agree: the same day when both are day-precise or finer
 *     ("Friday" and "Friday morning"), else the same interval;
 *   - their words agree: the weighted overlap of their content words is at
 *     least MERGE_OVERLAP (SAME_DOC_OVERLAP within one article, where
 *     repeated teasers are near copies and distinct events share a lot).
 *     Words are lower-cased and crudely stemmed; a capitalised word inside
 *     a sentence (a name) weighs 2, the trigger's class ("meet" for both
 *     "summit" and "talks") weighs 2, other content words 1;
 *   - they come from different sentences (one sentence may tell two events).
 * Unanchored mentions are merged only when their labels are the same
 * (an article repeated on one page): nothing else says they are the same.
 * Clustering is greedy, in time order: a mention joins the cluster of its
 * most similar earlier mention of the same time (among the latest
 * MAX_COMPARED), so cost stays linear in the number of mentions. */
#include <string.h>

#include "events.h"

#define MERGE_OVERLAP 0.5
#define SAME_DOC_OVERLAP 0.75
#define MIN_SHARED_WEIGHT 3
#define MAX_FEATURES 48
/* Mentions of the same time compared at most, the latest first: keeps a
 * pathological input (thousands of mentions of one day) from going
 * quadratic, and never binds on real stories. */
#define MAX_COMPARED 200

typedef struct {
    uint32_t hash[MAX_FEATURES];
    uint8_t weight[MAX_FEATURES];
    size_t n;
    unsigned total;
} features;

static uint32_t fnv(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* Lower case and strip common endings: "meetings" and "meeting" agree. */
static size_t stem(const char *w, size_t n, char *out, size_t cap)
{
    if (n >= cap) n = cap - 1;
    for (size_t i = 0; i < n; i++) out[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
    static const char *const endings[] = {"ings", "ing", "ies", "ed", "es", "s"};
    for (size_t i = 0; i < sizeof endings / sizeof *endings; i++) {
        size_t l = strlen(endings[i]);
        if (n > l + 3 && memcmp(out + n - l, endings[i], l) == 0 &&
            !(l == 1 && out[n - 2] == 's')) {
            n -= l;
            break;
        }
    }
    return n;
}

static void add(features *f, uint32_t h, uint8_t w)
{
    for (size_t i = 0; i < f->n; i++)
        if (f->hash[i] == h) {
            if (w > f->weight[i]) f->total += w - f->weight[i], f->weight[i] = w;
            return;
        }
    if (f->n == MAX_FEATURES) return;
    f->hash[f->n] = h;
    f->weight[f->n++] = w;
    f->total += w;
}

/* Sort by hash (insertion sort: at most MAX_FEATURES) so overlap() merges. */
static void sort_features(features *f)
{
    for (size_t i = 1; i < f->n; i++) {
        uint32_t h = f->hash[i];
        uint8_t w = f->weight[i];
        size_t j = i;
        for (; j > 0 && f->hash[j - 1] > h; j--) {
            f->hash[j] = f->hash[j - 1];
            f->weight[j] = f->weight[j - 1];
        }
        f->hash[j] = h;
        f->weight[j] = w;
    }
}

static void describe(const tl_timeline *tl, const tl_ev_mention *m, features *f)
{
    const tl_doc *d = tl->docs.items[m->doc];
    memset(f, 0, sizeof *f);
    if (m->lemma[0] && m->trigger_kind != TL_TRIG_REPORT) add(f, fnv(m->lemma, strlen(m->lemma)) ^ 1u, 2);
    for (size_t k = m->span_first; k < m->span_end; k++) {
        const tl_token *t = &d->tokens.items[k];
        if (t->kind != TL_TOK_WORD || (k >= m->tx_first && k < m->tx_end)) continue;
        const char *w = tl_tok_text(d, t);
        size_t n = tl_tok_len(t);
        if (n < 2 || tl_ev_is_stopword(w, n)) continue;
        char buf[48];
        size_t sn = stem(w, n, buf, sizeof buf);
        int name = (t->flags & TL_TOKF_CAP) && k != m->sent_first;
        add(f, fnv(buf, sn), name ? 2 : 1);
    }
    sort_features(f);
}

/* Would m join cluster c alongside a mention of its own sentence?  Those
 * are its neighbours in extraction order. */
static int clash(const tl_ev_list *ms, const tl_ev_mention *m, size_t c)
{
    size_t i = (size_t)(m - ms->items);
    for (size_t k = i; k-- > 0 && ms->items[k].doc == m->doc && ms->items[k].sentence == m->sentence;)
        if (ms->items[k].cluster == c) return 1;
    for (size_t k = i + 1; k < ms->len && ms->items[k].doc == m->doc && ms->items[k].sentence == m->sentence; k++)
        if (ms->items[k].cluster == c) return 1;
    return 0;
}

static double overlap(const features *a, const features *b)
{
    unsigned shared = 0;
    for (size_t i = 0, j = 0; i < a->n && j < b->n;) {
        if (a->hash[i] < b->hash[j]) i++;
        else if (a->hash[i] > b->hash[j]) j++;
        else {
            shared += a->weight[i] < b->weight[j] ? a->weight[i] : b->weight[j];
            i++;
            j++;
        }
    }
    unsigned least = a->total < b->total ? a->total : b->total;
    if (shared < MIN_SHARED_WEIGHT || least == 0) return 0;
    return (double)shared / least;
}

static int64_t day_of(int64_t t) { return t / 86400 - (t % 86400 < 0); }

static int same_time(const tl_ev_mention *a, const tl_ev_mention *b)
{
    if (!a->anchored || !b->anchored) return 0;
    if (a->when.granularity >= TL_GRAN_DAY && b->when.granularity >= TL_GRAN_DAY)
        return day_of(a->t0) == day_of(b->t0);
    return a->when.granularity == b->when.granularity && a->t0 == b->t0 && a->t1 == b->t1;
}

static int by_time(const void *x, const void *y)
{
    const tl_ev_mention *a = *(tl_ev_mention *const *)x, *b = *(tl_ev_mention *const *)y;
    if (a->anchored != b->anchored) return b->anchored - a->anchored;
    if (a->t0 != b->t0) return a->t0 < b->t0 ? -1 : 1;
    if (a->doc != b->doc) return a->doc < b->doc ? -1 : 1;
    return a->start < b->start ? -1 : a->start > b->start;
}

int tl_ev_merge(tl_timeline *tl, tl_ev_list *ms)
{
    size_t n = ms->len, clusters = 0;
    tl_ev_mention **order = malloc((n + 1) * sizeof *order);
    features *f = malloc((n + 1) * sizeof *f);
    if (!order || !f) {
        free(order);
        free(f);
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        order[i] = &ms->items[i];
        describe(tl, &ms->items[i], &f[i]);
    }
    qsort(order, n, sizeof *order, by_time);
    for (size_t oi = 0; oi < n; oi++) {
        tl_ev_mention *m = order[oi];
        size_t best_cluster = TL_EV_NONE;
        double best = 0;
        /* in time order, nothing before this can share m's time */
        int64_t earliest = m->when.granularity >= TL_GRAN_DAY ? day_of(m->t0) * 86400 : m->t0;
        size_t compared = 0;
        for (size_t oj = oi; m->anchored && oj-- > 0 && compared < MAX_COMPARED;) {
            const tl_ev_mention *o = order[oj];
            if (o->t0 < earliest) break;
            if (!same_time(m, o)) continue;
            compared++;
            double s = overlap(&f[m - ms->items], &f[o - ms->items]);
            if (s < (o->doc == m->doc ? SAME_DOC_OVERLAP : MERGE_OVERLAP) || s <= best) continue;
            if (clash(ms, m, o->cluster)) continue; /* one sentence, one event each */
            best = s;
            best_cluster = o->cluster;
        }
        for (size_t oj = oi; !m->anchored && best_cluster == TL_EV_NONE && oj-- > 0;) {
            const tl_ev_mention *o = order[oj];
            if (o->anchored) break; /* undated ones come last */
            if (strcmp(o->label, m->label) == 0 && !clash(ms, m, o->cluster)) best_cluster = o->cluster;
        }
        m->cluster = best_cluster != TL_EV_NONE ? best_cluster : clusters++;
    }
    free(order);
    free(f);
    return 0;
}
