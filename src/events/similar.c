/* similar.c -- what merge.c compares: a mention's words as weighted
 * features, and who does what to whom.
 *
 * Words are lower-cased and crudely stemmed.  A name (a capitalised word
 * inside a sentence) weighs NAME_WEIGHT and is cut to its first
 * NAME_PREFIX letters, so transliterations agree ("Zelenskiy",
 * "Zelenskyy", "Zelensky"); the trigger's class ("meet" for "met",
 * "talks" and "summit") weighs LEMMA_WEIGHT; other content words 1.
 *
 * A title with its adjective stands for the name it was seen with in any
 * of the articles: after "Ukrainian President Volodymyr Zelenskiy", "the
 * Ukrainian president" counts as "Zelenskiy".
 *
 * The subject and object are the names nearest before and after the
 * trigger: "Putin met Trump" and "Putin met Modi" share a lot, but not
 * whom Putin met, so they are two happenings. */
#include <string.h>

#include "similar.h"
#include "../util/hash.h"

#define NAME_PREFIX 7
#define NAME_WEIGHT 3
#define LEMMA_WEIGHT 3

/* Lower case and strip common endings: "meetings" and "meeting" agree. */
static size_t stem(const char *w, size_t n, char *out, size_t cap)
{
    if (n >= cap) n = cap - 1;
    for (size_t i = 0; i < n; i++) out[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
    static const char *const endings[] = {"ings", "ing", "ies", "ed", "es", "s"};
    for (size_t i = 0; i < sizeof endings / sizeof *endings; i++) {
        size_t l = strlen(endings[i]);
        if (n > l + 3 && memcmp(out + n - l, endings[i], l) == 0 && !(l == 1 && out[n - 2] == 's')) {
            n -= l;
            break;
        }
    }
    return n;
}

static const tl_token *tok(const tl_doc *d, size_t k) { return &d->tokens.items[k]; }

static int is_cap_word(const tl_ev_doc *e, size_t k)
{
    const tl_doc *d = e->d;
    const tl_token *t = tok(d, k);
    return t->kind == TL_TOK_WORD && (t->flags & (TL_TOKF_CAP | TL_TOKF_UPPER)) &&
           !tl_ev_tok_in(e, k, TL_EVC_STOP | TL_EVC_PRONOUN);
}

static int is_title(const tl_ev_doc *e, size_t k)
{
    return tok(e->d, k)->kind == TL_TOK_WORD && tl_ev_tok_in(e, k, TL_EVC_TITLE);
}

/* The key of word k: its stem, or the prefix of a name. */
static uint32_t word_key(const tl_doc *d, size_t k, int name)
{
    char buf[48];
    size_t n = stem(tl_tok_text(d, tok(d, k)), tl_tok_len(tok(d, k)), buf, sizeof buf);
    if (name && n > NAME_PREFIX) n = NAME_PREFIX;
    return tl_hash(buf, n);
}

/* "Ukrainian" + "president": the key an alias is filed under. */
static uint32_t alias_key(const tl_doc *d, size_t adj, size_t title)
{
    return word_key(d, adj, 1) * 31u ^ word_key(d, title, 0);
}

static int by_alias(const void *x, const void *y)
{
    const tl_ev_alias *a = x, *b = y;
    if (a->key != b->key) return a->key < b->key ? -1 : 1;
    return a->order < b->order ? -1 : a->order > b->order;
}

int tl_ev_aliases(const tl_ev_ctx *cx, tl_ev_alias_table *out)
{
    const tl_timeline *tl = cx->tl;
    out->len = 0;
    for (size_t di = 0; di < tl->docs.len; di++) {
        const tl_ev_doc *e = &cx->docs[di];
        const tl_doc *d = e->d;
        for (size_t k = 0; k + 2 < d->tokens.len; k++) {
            /* flags first: most tokens are not capitalised */
            if (!(tok(d, k)->flags & TL_TOKF_CAP) || !(tok(d, k + 2)->flags & (TL_TOKF_CAP | TL_TOKF_UPPER)) ||
                !is_title(e, k + 1) || !is_cap_word(e, k) || !is_cap_word(e, k + 2))
                continue;
            size_t last = k + 2;
            while (last + 1 < d->tokens.len && is_cap_word(e, last + 1) &&
                   !(tok(d, last + 1)->flags & TL_TOKF_NEWLINE))
                last++;
            tl_ev_alias a = {alias_key(d, k, k + 1), word_key(d, last, 1), out->len};
            if (TL_VEC_PUSH(out, a) != 0) return -1;
        }
    }
    if (out->len > 1) qsort(out->items, out->len, sizeof *out->items, by_alias);
    return 0;
}

/* The name first filed under key, or 0. */
static uint32_t alias_of(const tl_ev_alias_table *al, uint32_t key)
{
    size_t lo = 0, hi = al->len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (al->items[mid].key < key) lo = mid + 1;
        else hi = mid;
    }
    return lo < al->len && al->items[lo].key == key ? al->items[lo].name : 0;
}

/* Collect a feature; sort_features() merges repeats. */
static void add(tl_ev_features *f, uint32_t h, uint8_t w)
{
    if (f->n == TL_EV_MAX_FEATURES) return;
    f->hash[f->n] = h;
    f->weight[f->n++] = w;
}

/* Sort by hash (insertion sort: at most TL_EV_MAX_FEATURES) for merging,
 * keep one of each hash with its highest weight, and total the weights. */
static void sort_features(tl_ev_features *f)
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
    size_t kept = 0;
    for (size_t i = 0; i < f->n; i++) {
        if (kept && f->hash[kept - 1] == f->hash[i]) {
            if (f->weight[i] > f->weight[kept - 1]) f->weight[kept - 1] = f->weight[i];
            continue;
        }
        f->hash[kept] = f->hash[i];
        f->weight[kept++] = f->weight[i];
    }
    f->n = kept;
    f->total = 0;
    for (size_t i = 0; i < f->n; i++) f->total += f->weight[i];
}

static int in_dates(const tl_ev_mention *m, size_t k)
{
    return (k >= m->tx_first && k < m->tx_end) || (k >= m->tx2_first && k < m->tx2_end);
}

/* The name a title phrase at k stands for ("the Ukrainian president"), the
 * last word of a name run ("President Volodymyr Zelenskiy"), or 0. */
static uint32_t name_at(const tl_ev_doc *e, const tl_ev_alias_table *al, size_t k, size_t end)
{
    const tl_doc *d = e->d;
    if (k + 1 < end && is_cap_word(e, k) && is_title(e, k + 1) && !(k + 2 < end && is_cap_word(e, k + 2)))
        return alias_of(al, alias_key(d, k, k + 1));
    if (!is_cap_word(e, k)) return 0;
    while (k + 1 < end && (is_cap_word(e, k + 1) || is_title(e, k + 1)) &&
           !(tok(d, k + 1)->flags & TL_TOKF_NEWLINE))
        k++;
    return word_key(d, k, 1);
}

void tl_ev_describe(const tl_ev_ctx *cx, const tl_ev_alias_table *al, const tl_ev_mention *m,
                    tl_ev_features *f)
{
    const tl_ev_doc *e = &cx->docs[m->doc];
    const tl_doc *d = e->d;
    memset(f, 0, sizeof *f);
    if (m->lemma[0] && m->trigger_kind != TL_TRIG_REPORT) {
        f->lemma = tl_hash(m->lemma, strlen(m->lemma)) ^ 1u;
        add(f, f->lemma, LEMMA_WEIGHT);
    }
    for (size_t k = m->span_first; k < m->span_end; k++) {
        const tl_token *t = tok(d, k);
        if (t->kind != TL_TOK_WORD || in_dates(m, k)) continue;
        size_t n = tl_tok_len(t);
        if (n < 2 || tl_ev_tok_in(e, k, TL_EVC_STOP)) continue;
        int name = (t->flags & TL_TOKF_CAP) && k != m->sent_first && !is_title(e, k);
        add(f, word_key(d, k, name), name ? NAME_WEIGHT : 1);
        uint32_t alias = k + 1 < m->span_end && is_title(e, k + 1) ? name_at(e, al, k, m->span_end) : 0;
        if (alias) add(f, alias, NAME_WEIGHT);
    }
    if (m->trigger != TL_EV_NONE) {
        /* subject: the name run ending nearest before the trigger (not a
         * date: "Monday's visit") */
        for (size_t k = m->trigger; k-- > m->clause_first && m->trigger - k <= 6 && !f->subject;)
            if (!in_dates(m, k) && is_cap_word(e, k) && !(k + 1 < m->trigger && is_cap_word(e, k + 1))) {
                size_t s = k;
                while (s > m->clause_first && (is_cap_word(e, s - 1) || is_title(e, s - 1))) s--;
                f->subject = name_at(e, al, s, k + 1);
            }
        /* object: right after the trigger, past an article */
        size_t o = m->trigger + 1;
        while (o < m->clause_end && (tl_ev_tok_word(d, o, "the") || tl_ev_tok_word(d, o, "a"))) o++;
        if (o < m->clause_end && !in_dates(m, o)) f->object = name_at(e, al, o, m->clause_end);
    }
    sort_features(f);
}

static int has(const tl_ev_features *f, uint32_t h)
{
    size_t lo = 0, hi = f->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (f->hash[mid] < h) lo = mid + 1;
        else hi = mid;
    }
    return lo < f->n && f->hash[lo] == h;
}

/* Both name someone in a role, and neither names the other's. */
static int role_clash(const tl_ev_features *a, uint32_t ra, const tl_ev_features *b, uint32_t rb)
{
    return ra && rb && ra != rb && !has(b, ra) && !has(a, rb);
}

double tl_ev_similarity(const tl_ev_features *a, const tl_ev_features *b)
{
    if (role_clash(a, a->subject, b, b->subject) || role_clash(a, a->object, b, b->object)) return 0;
    /* each side's share of its own weight: a word that is a name on one
     * side only ("World" opening a title) weighs as each side has it */
    unsigned sa = 0, sb = 0;
    for (size_t i = 0, j = 0; i < a->n && j < b->n;) {
        if (a->hash[i] < b->hash[j]) i++;
        else if (a->hash[i] > b->hash[j]) j++;
        else {
            sa += a->weight[i];
            sb += b->weight[j];
            i++;
            j++;
        }
    }
    if ((sa > sb ? sa : sb) < TL_EV_MIN_SHARED || a->total == 0 || b->total == 0) return 0;
    double ra = (double)sa / a->total, rb = (double)sb / b->total;
    return ra > rb ? ra : rb;
}

int tl_ev_same_roles(const tl_ev_features *a, const tl_ev_features *b)
{
    if (!a->subject || !a->object || !b->subject || !b->object) return 0;
    return (a->subject == b->subject && a->object == b->object) ||
           (a->subject == b->object && a->object == b->subject); /* "met": either way round */
}
