/* words.c -- closed word classes the event stage needs, as tables: words
 * that carry no content (ignored when comparing two mentions), openers and
 * subordinators (where labels are cut), pronouns (speakers not worth
 * naming), titles before names, page furniture.  All matched case-insensitively on ASCII. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "events.h"
#include "../util/hash.h"

static const char *const stopwords[] = {
    "a", "about", "after", "again", "against", "ago", "all", "also", "an", "and", "any", "are",
    "as", "at", "be", "been", "before", "being", "between", "both", "but", "by", "can", "could",
    "did", "do", "does", "during", "each", "earlier", "for", "from", "had", "has", "have", "he",
    "her", "here", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
    "just", "last", "later", "may", "might", "more", "most", "much", "must", "my", "new", "next",
    "no", "not", "now", "of", "on", "one", "only", "or", "other", "our", "out", "over", "own",
    "said", "say", "says", "she", "should", "since", "so", "some", "such", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "told",
    "too", "two", "under", "until", "up", "us", "very", "was", "we", "were", "what", "when",
    "where", "which", "while", "who", "whom", "why", "will", "with", "would", "year", "yet",
    "you", "your", "'s", "according", "added", "noted", "week", "day", "time", "first",
};

/* Sentence openers that only link to the previous sentence. */
static const char *const openers[] = {
    "meanwhile", "however", "earlier", "later", "notably", "separately", "still", "also",
    "additionally", "moreover", "furthermore", "besides", "indeed", "instead", "then", "now",
    "yet", "but", "and", "so", "thus", "overall", "previously", "subsequently", "well",
};

/* Words that start a dependent clause: a label may end before them. */
static const char *const subordinators[] = {
    "after", "before", "since", "while", "when", "following", "until", "because", "although",
    "though", "whereas", "amid", "despite", "unless", "saying", "adding", "which", "who",
};

/* Pronouns and possessives: a label or speaker starting with one names nobody. */
static const char *const pronouns[] = {
    "he", "she", "they", "it", "we", "i", "you", "this", "that", "one", "someone", "who",
    "his", "her", "their", "its", "our", "my", "your", "him", "them", "me", "us",
};

/* Titles before a name: "Ukrainian President Volodymyr Zelenskiy" lets a
 * later "the Ukrainian president" stand for Zelenskiy (merge.c). */
static const char *const titles[] = {
    "president", "minister", "chancellor", "premier", "leader", "king", "queen", "prince",
    "secretary", "spokesman", "spokeswoman", "spokesperson", "governor", "mayor", "director",
    "chief", "general", "envoy", "ambassador", "senator", "commander", "ceo", "chairman",
};

/* First words of the page furniture around an article: "Download our
 * app today", "Subscribe now", "Click here". */
static const char *const furniture[] = {
    "download", "subscribe", "click", "tap", "follow", "share", "sign", "watch", "listen",
    "advertisement", "copyright", "updated", "published", "posted",
};

int tl_ev_word_is(const char *w, size_t n, const char *lower)
{
    for (size_t i = 0; i < n; i++) {
        char c = w[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c != lower[i]) return 0; /* also stops at lower's end */
    }
    return lower[n] == '\0';
}

/* All tables in one hash set, built once (pthread_once: the library may
 * run several timelines at once), word -> the tables holding it: the event
 * stage asks these for every word of every dated sentence. */
typedef struct {
    const char *const *words;
    size_t n;
} table;

#define TABLE(t) {t, sizeof t / sizeof *t}
static const table tables[] = {TABLE(stopwords), TABLE(openers), TABLE(subordinators),
                               TABLE(pronouns), TABLE(furniture), TABLE(titles)};
enum { T_STOP, T_OPENER, T_SUBORDINATOR, T_PRONOUN, T_FURNITURE, T_TITLE };
#define SLOTS 1024 /* a power of two, over twice the words of all tables */

static struct {
    const char *word;
    uint32_t hash;
    unsigned in; /* bit t: in tables[t] */
} slots[SLOTS];
static pthread_once_t built_once = PTHREAD_ONCE_INIT;

/* The slot of word w (lower case, n bytes): its own, or the empty one it
 * would take. */
static size_t find(const char *w, size_t n, uint32_t h)
{
    size_t i = h & (SLOTS - 1);
    while (slots[i].word && !(slots[i].hash == h && strncmp(slots[i].word, w, n) == 0 &&
                              slots[i].word[n] == '\0'))
        i = (i + 1) & (SLOTS - 1);
    return i;
}

static void build(void)
{
    for (size_t t = 0; t < sizeof tables / sizeof *tables; t++)
        for (size_t i = 0; i < tables[t].n; i++) {
            const char *w = tables[t].words[i];
            uint32_t h = tl_hash(w, strlen(w));
            size_t k = find(w, strlen(w), h);
            slots[k].word = w;
            slots[k].hash = h;
            slots[k].in |= 1u << t;
        }
}

static unsigned tables_of(const char *w, size_t n)
{
    char low[24];
    if (n == 0 || n >= sizeof low) return 0; /* no table word is that long */
    for (size_t i = 0; i < n; i++) low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
    pthread_once(&built_once, build);
    return slots[find(low, n, tl_hash(low, n))].in;
}

static int in_table(int which, const char *w, size_t n) { return (tables_of(w, n) >> which) & 1u; }

int tl_ev_is_stopword(const char *w, size_t n) { return in_table(T_STOP, w, n); }
int tl_ev_is_opener(const char *w, size_t n) { return in_table(T_OPENER, w, n); }
int tl_ev_is_subordinator(const char *w, size_t n) { return in_table(T_SUBORDINATOR, w, n); }
int tl_ev_is_pronoun(const char *w, size_t n) { return in_table(T_PRONOUN, w, n); }
int tl_ev_is_furniture(const char *w, size_t n) { return in_table(T_FURNITURE, w, n); }
int tl_ev_is_title(const char *w, size_t n) { return in_table(T_TITLE, w, n); }

/* The TL_EVC_* bits of the tables holding w. */
static unsigned table_bits(const char *w, size_t n)
{
    static const unsigned bit[] = {TL_EVC_STOP,    TL_EVC_OPENER,    TL_EVC_SUBORDINATOR,
                                   TL_EVC_PRONOUN, TL_EVC_FURNITURE, TL_EVC_TITLE};
    unsigned in = tables_of(w, n), out = 0;
    for (size_t t = 0; t < sizeof bit / sizeof *bit; t++)
        if (in >> t & 1u) out |= bit[t];
    return out;
}

unsigned tl_ev_classify(const char *w, size_t n)
{
    const char *lemma;
    unsigned kind = (unsigned)tl_trigger_lookup(w, n, &lemma);
    return kind | (strcmp(lemma, "announce") == 0 ? TL_EVC_ANNOUNCE : 0) | table_bits(w, n);
}

static int memo_grow(tl_ev_memo *memo)
{
    size_t cap = memo->cap ? memo->cap * 2 : 1024;
    struct tl_ev_memo_slot *slots = calloc(cap, sizeof *slots);
    if (!slots) return -1;
    for (size_t i = 0; i < memo->cap; i++) {
        if (!memo->slots[i].w) continue;
        size_t k = memo->slots[i].hash & (cap - 1);
        while (slots[k].w) k = (k + 1) & (cap - 1);
        slots[k] = memo->slots[i];
    }
    free(memo->slots);
    memo->slots = slots;
    memo->cap = cap;
    return 0;
}

unsigned tl_ev_memo_classify(tl_ev_memo *memo, const char *w, size_t n)
{
    if (2 * (memo->len + 1) > memo->cap && memo_grow(memo) != 0)
        return tl_ev_classify(w, n); /* no room to remember: just look */
    uint32_t h = tl_hash(w, n);
    size_t k = h & (memo->cap - 1);
    for (; memo->slots[k].w; k = (k + 1) & (memo->cap - 1))
        if (memo->slots[k].hash == h && memo->slots[k].n == n && memcmp(memo->slots[k].w, w, n) == 0)
            return memo->slots[k].bits;
    unsigned bits = tl_ev_classify(w, n);
    memo->slots[k] = (struct tl_ev_memo_slot){w, (uint32_t)n, h, (uint16_t)bits};
    memo->len++;
    return bits;
}

void tl_ev_memo_free(tl_ev_memo *memo)
{
    free(memo->slots);
    memo->slots = NULL;
    memo->cap = memo->len = 0;
}
