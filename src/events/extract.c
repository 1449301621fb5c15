/* extract.c -- find event mentions: the dated clauses of every document.
 *
 * A sentence holds events when it holds a DATE or TIME expression and more
 * than a few other words (a lone "Wednesday, November 12, 2025" line, a
 * "2 hours ago" teaser stamp, "Download our app today" are page furniture,
 * not news).  Each timex
 * takes the nearest trigger word (triggers.c) as its event, preferring its
 * own clause and real happenings over statements ("said"), so
 *
 *   The meeting will begin on Friday morning ..., Ushakov told journalists on Thursday.
 *
 * yields a beginning on Friday and a statement on Thursday.  Timexes share
 * out the triggers best pair first; a timex left without one is a second
 * date of the same event ("from Monday to Friday") and adds nothing, unless
 * its clause has no trigger at all: then the clause is the event. */
#include <string.h>

#include "events.h"
#include "../text/tense.h"

/* Fewer words than this outside the timexes (or fewer lower-case ones):
 * not a sentence worth an event. */
#define MIN_WORDS 3
#define MIN_LOWER 2
/* Score penalties (in tokens of distance) when choosing a trigger. */
#define PENALTY_REPORT 4
#define PENALTY_NOUN 1
#define PENALTY_OTHER_CLAUSE 10
#define PENALTY_AFTER 2
#define MAX_TRIGGER_SCORE 25

/* The first token at or after byte offset off. */
static size_t token_at(const tl_doc *d, size_t off)
{
    size_t lo = 0, hi = d->tokens.len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->tokens.items[mid].start < off) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

typedef struct {
    size_t first, end; /* tokens */
    size_t id;         /* timex id */
    size_t c0, c1;     /* its clause */
} span;

static int in_spans(const span *s, size_t n, size_t k)
{
    for (size_t i = 0; i < n; i++)
        if (k >= s[i].first && k < s[i].end) return 1;
    return 0;
}

static void clause_of(const tl_ev_doc *e, size_t a, size_t b, size_t k, size_t *c0, size_t *c1)
{
    *c0 = k;
    while (*c0 > a && !tl_ev_clause_starts(e, a, *c0)) (*c0)--;
    *c1 = k + 1;
    while (*c1 < b && !tl_ev_clause_starts(e, a, *c1)) (*c1)++;
}

static int claimed(const size_t *taken, size_t n, size_t j)
{
    for (size_t i = 0; i < n; i++)
        if (taken[i] == j) return 1;
    return 0;
}

/* The best trigger for the timex tx among tokens [a, b) not yet taken by
 * another timex; its score in *best_score.  kinds[j - a] is the trigger
 * kind of token j, none for names (looked up once per sentence: every
 * timex of it, in every round, looks at the same words). */
static size_t pick_trigger(size_t a, size_t b, const unsigned char *kinds,
                           const span *tx, const span *all, size_t n_all, const size_t *taken,
                           size_t n_taken, int *best_score)
{
    size_t best = TL_EV_NONE, c0 = tx->c0, c1 = tx->c1;
    *best_score = MAX_TRIGGER_SCORE + 1;
    /* farther words could not score under MAX_TRIGGER_SCORE */
    size_t from = tx->first > a + MAX_TRIGGER_SCORE ? tx->first - MAX_TRIGGER_SCORE : a;
    size_t to = tx->end + MAX_TRIGGER_SCORE < b ? tx->end + MAX_TRIGGER_SCORE : b;
    for (size_t j = from; j < to; j++) {
        tl_trigger_kind kind = (tl_trigger_kind)kinds[j - a];
        if (kind == TL_TRIG_NONE || in_spans(all, n_all, j) || claimed(taken, n_taken, j)) continue;
        /* "met ... on Friday": the verb usually comes first */
        int score = j < tx->first ? (int)(tx->first - j) : (int)(j - (tx->end - 1)) + PENALTY_AFTER;
        if (kind == TL_TRIG_REPORT) score += PENALTY_REPORT;
        if (kind == TL_TRIG_NOUN) score += PENALTY_NOUN;
        if (j < c0 || j >= c1) score += PENALTY_OTHER_CLAUSE;
        if (score < *best_score) {
            *best_score = score;
            best = j;
        }
    }
    return best;
}

/* DATE and TIME expressions date events; durations and sets do not, and
 * neither does "now" / "currently" (PRESENT_REF), which describes a state
 * at the time of writing ("a promise he now has the chance to test"). */
static int eligible(const tl_timeline *tl, const span *tx)
{
    const tl_timex *t = &tl->timexes.items[tx->id];
    return (t->type == TL_TIMEX_DATE || t->type == TL_TIMEX_TIME) &&
           !(t->value && strcmp(t->value, "PRESENT_REF") == 0);
}

/* Does timex fine name a part of the day coarse names ("2026-03-18T19:00"
 * in "2026-03-18")?  Day-precise values only: "March" and "March 18" are
 * two dates, not one. */
static int refines(const tl_timeline *tl, const span *fine, const span *coarse)
{
    const char *v = tl->timexes.items[coarse->id].value, *w = tl->timexes.items[fine->id].value;
    size_t lv = v ? strlen(v) : 0;
    return lv == 10 && w && strncmp(v, w, lv) == 0 && w[lv] == 'T';
}

/* "Officials said yesterday that ferry service would double from Tuesday":
 * the label will be what was said, so its date is the content's.  The
 * index of a date left over after the report verb j (whose own date is
 * tx[i], before the content), or TL_EV_NONE. */
static size_t reported_date(const tl_timeline *tl, const tl_ev_doc *e, const span *tx, size_t n,
                            const unsigned char *done, size_t i, size_t j)
{
    if (tl_ev_tok_trigger(e, j) != TL_TRIG_REPORT) return TL_EV_NONE;
    for (size_t k = 0; k < n; k++)
        if (!done[k] && k != i && eligible(tl, &tx[k]) && tx[k].first > j && tx[i].first < tx[k].first)
            return k;
    return TL_EV_NONE;
}

/* The tense of the happening: a plan ("is planned", "are scheduled": to
 * come, whatever the participle says), an auxiliary just before the trigger
 * ("will close", "would hold", "is to meet", "had met"), else the trigger's
 * own form ("closed", "flew"), else the clause's cues (tense.c). */
static tl_tense trigger_tense(const tl_doc *d, size_t c0, size_t trigger, const char *lemma)
{
    static const struct {
        const char *word;
        tl_tense tense;
    } aux[] = {{"will", TL_TENSE_FUTURE}, {"'ll", TL_TENSE_FUTURE}, {"shall", TL_TENSE_FUTURE},
               {"would", TL_TENSE_FUTURE}, {"to", TL_TENSE_FUTURE}, {"has", TL_TENSE_PAST},
               {"have", TL_TENSE_PAST},   {"had", TL_TENSE_PAST},   {"was", TL_TENSE_PAST},
               {"were", TL_TENSE_PAST}};
    if (strcmp(lemma, "plan") == 0 && trigger > c0 &&
        (tl_ev_tok_word(d, trigger - 1, "is") || tl_ev_tok_word(d, trigger - 1, "are") ||
         tl_ev_tok_word(d, trigger - 1, "'s")))
        return TL_TENSE_FUTURE;
    for (size_t k = trigger; k-- > c0 && trigger - k <= 3;) {
        for (size_t i = 0; i < sizeof aux / sizeof *aux; i++)
            if (tl_ev_tok_word(d, k, aux[i].word)) return aux[i].tense;
        if (d->tokens.items[k].kind != TL_TOK_WORD) break;
    }
    const tl_token *t = &d->tokens.items[trigger];
    if (tl_trigger_past_form(tl_tok_text(d, t), tl_tok_len(t))) return TL_TENSE_PAST;
    return tl_clause_tense(d, trigger, trigger, NULL);
}

static int push_mention(tl_timeline *tl, size_t di, size_t a, size_t b, const span *tx,
                        const span *also, size_t trigger, tl_ev_list *out)
{
    const tl_doc *d = tl->docs.items[di];
    tl_ev_mention m = {0};
    m.doc = di;
    m.sentence = d->tokens.items[a].sentence;
    m.sent_first = a;
    m.sent_end = b;
    m.timex = tx->id;
    m.tx_first = tx->first;
    m.tx_end = tx->end;
    if (also) {
        m.tx2_first = also->first;
        m.tx2_end = also->end;
    }
    m.trigger = trigger;
    m.lemma = "";
    m.cluster = TL_EV_NONE;
    m.clause_first = tx->c0;
    m.clause_end = tx->c1;
    if (trigger != TL_EV_NONE) {
        const tl_token *tt = &d->tokens.items[trigger];
        m.trigger_kind = tl_trigger_lookup(tl_tok_text(d, tt), tl_tok_len(tt), &m.lemma);
        m.start = tt->start;
        m.end = tt->end;
        m.tense = trigger_tense(d, m.clause_first, trigger, m.lemma);
    } else {
        m.start = d->tokens.items[m.clause_first].start;
        m.end = d->tokens.items[m.clause_end - 1].end;
    }
    return TL_VEC_PUSH(out, m);
}

static int by_timex(const void *x, const void *y)
{
    const tl_ev_mention *a = x, *b = y;
    return a->timex < b->timex ? -1 : a->timex > b->timex;
}

/* Timexes take triggers greedily, best pair first, so two dates share
 * out the verbs of a sentence ("met on Friday and again on Saturday"). */
static int sentence_events(tl_ev_ctx *cx, size_t di, size_t a, size_t b, span *tx, size_t n,
                           unsigned char *kinds, tl_ev_list *out)
{
    tl_timeline *tl = cx->tl;
    const tl_ev_doc *e = &cx->docs[di];
    const tl_doc *d = e->d;
    size_t words = 0, lower = 0;
    for (size_t k = a; k < b; k++) {
        const tl_token *t = &d->tokens.items[k];
        if (t->kind != TL_TOK_WORD || in_spans(tx, n, k)) continue;
        words++;
        char c = d->pub.text[t->start];
        lower += c >= 'a' && c <= 'z';
    }
    /* prose has small words: "Last Updated: August 15, 2025 IST" has none */
    if (words < MIN_WORDS || lower < MIN_LOWER) return 0;
    const tl_token *first = &d->tokens.items[a];
    if (first->kind == TL_TOK_WORD && tl_ev_tok_in(e, a, TL_EVC_FURNITURE))
        return 0; /* "Download our app today" */

    for (size_t k = a; k < b; k++) {
        const tl_token *t = &d->tokens.items[k];
        /* a capital inside a sentence is a name ("United States", "Air Force") */
        int name = (t->flags & TL_TOKF_CAP) && k > a && !tl_tok_open_quote(d, k - 1);
        kinds[k - a] = t->kind == TL_TOK_WORD && !name
                           ? (unsigned char)tl_ev_tok_trigger(e, k)
                           : TL_TRIG_NONE;
    }
    size_t first_new = out->len, taken[64], n_taken = 0;
    unsigned char done[64] = {0};
    if (n > 64) n = 64; /* a list of dates, not prose: the first ones will do */
    for (size_t i = 0; i < n; i++) clause_of(e, a, b, tx[i].first, &tx[i].c0, &tx[i].c1);
    size_t coarse[64]; /* per timex: the coarser one it refines, or TL_EV_NONE */
    for (size_t i = 0; i < n; i++) coarse[i] = TL_EV_NONE;
    /* "March 18 at 7 p.m.", "at 11 a.m. on Friday": a day and a time of that
     * day in one clause are one date, the finer one */
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            if (i != j && !done[i] && coarse[j] == TL_EV_NONE && tx[i].c0 == tx[j].c0 &&
                eligible(tl, &tx[i]) && eligible(tl, &tx[j]) && refines(tl, &tx[j], &tx[i]))
                done[i] = 1, coarse[j] = i;
    for (;;) {
        size_t best_i = TL_EV_NONE, best_j = TL_EV_NONE;
        int best = MAX_TRIGGER_SCORE + 1, score;
        for (size_t i = 0; i < n; i++) {
            if (done[i] || !eligible(tl, &tx[i])) continue;
            size_t j = pick_trigger(a, b, kinds, &tx[i], tx, n, taken, n_taken, &score);
            if (j != TL_EV_NONE && score < best) best = score, best_i = i, best_j = j;
        }
        if (best_i == TL_EV_NONE) break;
        done[best_i] = 1;
        taken[n_taken++] = best_j;
        const span *when = &tx[best_i], *also = coarse[best_i] != TL_EV_NONE ? &tx[coarse[best_i]] : NULL;
        size_t content = reported_date(tl, e, tx, n, done, best_i, best_j);
        if (content != TL_EV_NONE) { /* the saying's date goes as the content's refined one */
            done[content] = 1;
            also = when;
            when = &tx[content];
        }
        if (push_mention(tl, di, a, b, when, also, best_j, out) != 0) return -1;
    }
    /* Dates left over: a second date of a taken trigger ("from Monday to
     * Friday") adds nothing; a clause without any trigger is an event. */
    for (size_t i = 0; i < n; i++) {
        int score;
        if (done[i] || !eligible(tl, &tx[i]) ||
            pick_trigger(a, b, kinds, &tx[i], tx, n, NULL, 0, &score) != TL_EV_NONE)
            continue;
        int dup = 0;
        for (size_t k = first_new; k < out->len && !dup; k++)
            dup = out->items[k].clause_first == tx[i].c0;
        const span *also = coarse[i] != TL_EV_NONE ? &tx[coarse[i]] : NULL;
        if (!dup && push_mention(tl, di, a, b, &tx[i], also, TL_EV_NONE, out) != 0) return -1;
    }
    if (out->len > first_new + 1)
        qsort(out->items + first_new, out->len - first_new, sizeof *out->items, by_timex);
    return 0;
}

/* The sentence (by its tokens, whatever the timex says) a timex starts in. */
static uint32_t sentence_at(const tl_doc *d, size_t off)
{
    size_t k = token_at(d, off);
    return d->tokens.items[k < d->tokens.len ? k : d->tokens.len - 1].sentence;
}

int tl_ev_extract(tl_ev_ctx *cx, tl_ev_list *out)
{
    tl_timeline *tl = cx->tl;
    span *tx = NULL;
    unsigned char *kinds = NULL; /* per token of the sentence at hand */
    size_t cap = 0, kinds_cap = 0;
    int rc = 0;
    for (size_t di = 0; di < tl->docs.len && rc == 0; di++) {
        const tl_doc *d = tl->docs.items[di];
        if (d->tokens.len == 0) continue;
        size_t k = d->timex_first, kend = d->timex_first + d->timex_count;
        while (k < kend && rc == 0) {
            /* the timexes of one sentence: k .. k+n */
            uint32_t sent = sentence_at(d, tl->timexes.items[k].start);
            size_t n = 1;
            while (k + n < kend && sentence_at(d, tl->timexes.items[k + n].start) == sent) n++;
            if (n > cap) {
                span *grown = realloc(tx, n * sizeof *tx);
                if (!grown) {
                    rc = -1;
                    break;
                }
                tx = grown;
                cap = n;
            }
            size_t a = token_at(d, tl->timexes.items[k].start);
            if (a >= d->tokens.len) a = d->tokens.len - 1;
            while (a > 0 && d->tokens.items[a - 1].sentence == sent) a--;
            size_t b = a;
            while (b < d->tokens.len && d->tokens.items[b].sentence == sent) b++;
            for (size_t i = 0; i < n; i++) {
                const tl_timex *t = &tl->timexes.items[k + i];
                tx[i].id = k + i;
                tx[i].first = token_at(d, t->start);
                tx[i].end = token_at(d, t->end);
                if (tx[i].first >= b) tx[i].first = b - 1;
                if (tx[i].end > b) tx[i].end = b;
                if (tx[i].end <= tx[i].first) tx[i].end = tx[i].first + 1;
            }
            if (b - a > kinds_cap) {
                unsigned char *grown = realloc(kinds, b - a);
                if (!grown) {
                    rc = -1;
                    break;
                }
                kinds = grown;
                kinds_cap = b - a;
            }
            rc = sentence_events(cx, di, a, b, tx, n, kinds, out);
            k += n;
        }
    }
    free(tx);
    free(kinds);
    return rc;
}
