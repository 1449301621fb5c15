/* matcher.h -- recognition: a document's tokens become "spans" (a word,
 * number or fixed phrase with its lexicon readings), and the grammar,
 * compiled once into a trie over symbols, finds the longest pattern starting
 * at a span in one walk, whatever the number of patterns. */
#ifndef TL_MATCHER_H
#define TL_MATCHER_H

#include "lexicon.h"
#include "grammar.h"
#include "../model/model.h"

/* One matcher step: tokens [tok0, tok1] read as one item. */
typedef struct tl_span {
    uint32_t tok0, tok1;
    uint32_t sentence;
    uint64_t mask; /* 1 << tl_sym of every reading */
    uint8_t nsym;
    uint8_t sym[TL_LEX_MAXSYM];
    int32_t val[TL_LEX_MAXSYM];
} tl_span;

typedef TL_VEC(tl_span) tl_spans;

#define TL_MATCH_MAX 16
typedef struct tl_match {
    size_t first, end;          /* spans [first, end) */
    int pattern;                /* index into tl_grammar */
    uint8_t sym[TL_MATCH_MAX];  /* the symbol each span matched as */
} tl_match;

/* Compile the grammar and lexicon (once per process; thread-safe).  0, or -1
 * when a pattern is malformed or memory runs out. */
int tl_matcher_init(void);

/* The spans of document d, replacing the contents of *out.  0 or -1 (memory). */
int tl_spans_build(const tl_doc *d, tl_spans *out);

/* The symbols some pattern starts with (set by tl_matcher_init). */
extern uint64_t tl_match_first;

/* tl_match_at's walk of the grammar from span i. */
int tl_match_walk(const tl_spans *s, size_t i, size_t limit, tl_match *m);

/* The longest match of at most limit spans starting at span i (within one
 * sentence); 0 if none.  Inline, as the tagger asks at every span and most
 * spans start no pattern: they cost one test, not a call. */
static inline int tl_match_at(const tl_spans *s, size_t i, size_t limit, tl_match *m)
{
    return i < s->len && (s->items[i].mask & tl_match_first) && tl_match_walk(s, i, limit, m);
}

/* Value of span s read as symbol sym (0 when it has no such reading). */
int32_t tl_span_val(const tl_span *s, int sym);

static inline int tl_span_has(const tl_span *s, int sym) { return (int)(s->mask >> sym) & 1; }

#endif
