/* events.h -- internals of the event stage (tl_events_build, events.c).
 *
 * The stage works on candidate mentions: one per dated clause of a
 * sentence.  Each module fills its part of a tl_ev_mention, in order:
 *
 *   extract.c  which sentences hold events, the clause, trigger and timex
 *   anchor.c   the calendar interval of the anchoring timex
 *              (events.c then drops undated mentions of dated sentences)
 *   label.c    a short headline-like label (attribution.c: who said it)
 *   merge.c    which mentions (across documents) tell the same happening
 *              (similar.c: how alike two mentions are)
 *   order.c    clusters become tl->events, sorted, with their mentions
 *   relate.c   temporal relations between neighbouring events
 *
 * Word tables (triggers, stop words) live in triggers.c and words.c;
 * clause.c holds the token predicates and clause boundaries all share.
 * The modules that look at words get the stage's context (tl_ev_ctx,
 * events.c): per document, what each token is, looked up once. */
#ifndef TL_EVENTS_H
#define TL_EVENTS_H

#include <stdint.h>
#include <string.h>

#include "../model/model.h"
#include "../text/segment.h" /* tl_tok_open_quote, tl_tok_close_quote */

#define TL_EV_NONE ((size_t)-1)
/* Labels longer than this many characters are shortened with an ellipsis. */
#define TL_EV_LABEL_MAX 90

typedef enum {
    TL_TRIG_NONE,
    TL_TRIG_VERB,  /* "met", "signed", "killed" */
    TL_TRIG_NOUN,  /* "summit", "talks", "election" */
    TL_TRIG_REPORT /* "said", "told": the event is a statement */
} tl_trigger_kind;

typedef struct tl_ev_mention {
    size_t doc, sentence;
    size_t sent_first, sent_end;     /* the sentence's tokens */
    size_t clause_first, clause_end; /* the clause holding the timex */
    size_t timex;                    /* anchoring timex (tl->timexes index) */
    size_t tx_first, tx_end;         /* its tokens */
    /* A coarser timex of the same clause that this one refines ("March 18"
     * beside "7 p.m."): its tokens leave the label too.  Empty if none. */
    size_t tx2_first, tx2_end;
    size_t trigger;                  /* token index, or TL_EV_NONE */
    tl_trigger_kind trigger_kind;
    const char *lemma;               /* trigger's class ("meet"), or "" */
    size_t start, end;               /* byte span: the trigger, else the clause */
    /* anchor.c */
    int anchored;
    tl_when when;
    int64_t t0, t1; /* when as seconds since 1970-01-01, [t0, t1) */
    /* label.c */
    const char *label;
    int label_cut;                  /* 1 when shortened with "…" */
    tl_tense tense;                 /* of the trigger: "closed" past, "will close" future */
    int date_modifies;              /* "flew back from Friday's summit": the dated
                                       happening is not what the label tells */
    size_t span_first, span_end;    /* tokens the label was taken from */
    /* merge.c */
    size_t cluster;
} tl_ev_mention;

typedef TL_VEC(tl_ev_mention) tl_ev_list;

/* triggers.c: the kind of event word w (n bytes, any case) is, and its
 * class in *lemma (words of one happening share it: "met", "talks" and
 * "summit" are all "meet"). */
tl_trigger_kind tl_trigger_lookup(const char *w, size_t n, const char **lemma);
/* Is w a past form ("closed", "met", "flew")? */
int tl_trigger_past_form(const char *w, size_t n);

/* words.c: small closed word classes, matched case-insensitively. */
int tl_ev_is_stopword(const char *w, size_t n);
int tl_ev_is_opener(const char *w, size_t n);      /* "Meanwhile", "However" */
int tl_ev_is_subordinator(const char *w, size_t n); /* "after", "while" */
int tl_ev_is_pronoun(const char *w, size_t n);
int tl_ev_is_furniture(const char *w, size_t n);    /* "Download", "Subscribe" */
int tl_ev_is_title(const char *w, size_t n);        /* "president", "minister" */
int tl_ev_word_is(const char *w, size_t n, const char *lower);

/* What the stage knows of a word: the trigger kind (tl_trigger_lookup) in
 * the low two bits, TL_EVC_ANNOUNCE for the "announce" class, and the
 * words.c tables holding it.  extract.c, clause.c, attribution.c, label.c
 * and similar.c ask these of the same tokens many times over, so they are
 * worked out once per spelling (tl_ev_memo) and kept per token (tl_ev_doc).
 * A token also keeps whether a clause starts at it (tl_ev_clause_starts). */
enum {
    TL_EVC_KIND = 3,
    TL_EVC_ANNOUNCE = 1u << 2,
    TL_EVC_STOP = 1u << 3,
    TL_EVC_OPENER = 1u << 4,
    TL_EVC_SUBORDINATOR = 1u << 5,
    TL_EVC_PRONOUN = 1u << 6,
    TL_EVC_FURNITURE = 1u << 7,
    TL_EVC_TITLE = 1u << 8,
    TL_EVC_CLAUSE = 1u << 12,      /* a clause starts here */
    TL_EVC_CLAUSE_DONE = 1u << 13, /* TL_EVC_CLAUSE is known */
    TL_EVC_DONE = 1u << 15         /* the word bits are known */
};
/* words.c: the word bits of w (n bytes), looked up. */
unsigned tl_ev_classify(const char *w, size_t n);

/* Word bits by spelling, for one run of the stage (words.c). */
typedef struct tl_ev_memo {
    struct tl_ev_memo_slot {
        const char *w; /* into a document's text; NULL: empty */
        uint32_t n, hash;
        uint16_t bits;
    } *slots;
    size_t cap, len; /* cap: 0 or a power of two */
} tl_ev_memo;
/* tl_ev_classify(w, n), remembered in memo. */
unsigned tl_ev_memo_classify(tl_ev_memo *memo, const char *w, size_t n);
void tl_ev_memo_free(tl_ev_memo *memo);

/* A document as the stage sees it: the model's, with its tokens' bits. */
typedef struct tl_ev_doc {
    const tl_doc *d;
    uint16_t *cls;    /* per token: TL_EVC_* bits known so far (the _DONE bits say which) */
    tl_ev_memo *memo; /* the context's */
} tl_ev_doc;

/* The stage's own state (events.c): a tl_ev_doc per document. */
typedef struct tl_ev_ctx {
    tl_timeline *tl;
    tl_ev_doc *docs; /* parallel to tl->docs */
    tl_ev_memo memo;
} tl_ev_ctx;

/* Token k's word bits. */
static inline unsigned tl_ev_tok_class(const tl_ev_doc *e, size_t k)
{
    if (!(e->cls[k] & TL_EVC_DONE)) {
        const tl_token *t = &e->d->tokens.items[k];
        e->cls[k] |= (uint16_t)(tl_ev_memo_classify(e->memo, tl_tok_text(e->d, t), tl_tok_len(t)) |
                                TL_EVC_DONE);
    }
    return e->cls[k];
}
static inline tl_trigger_kind tl_ev_tok_trigger(const tl_ev_doc *e, size_t k)
{
    return (tl_trigger_kind)(tl_ev_tok_class(e, k) & TL_EVC_KIND);
}
/* Is token k in any of these tables (TL_EVC_STOP | ...)? */
static inline int tl_ev_tok_in(const tl_ev_doc *e, size_t k, unsigned tables)
{
    return (tl_ev_tok_class(e, k) & tables) != 0;
}

/* clause.c: predicates on token k of document d (the first two inline:
 * they are asked for every token, with constant strings). */
static inline int tl_ev_tok_is(const tl_doc *d, size_t k, const char *s) /* exactly s */
{
    const tl_token *t = &d->tokens.items[k];
    return tl_tok_len(t) == strlen(s) && memcmp(tl_tok_text(d, t), s, tl_tok_len(t)) == 0;
}
static inline int tl_ev_tok_word(const tl_doc *d, size_t k, const char *lower) /* the word, any case */
{
    const tl_token *t = &d->tokens.items[k];
    return t->kind != TL_TOK_PUNCT && tl_ev_word_is(tl_tok_text(d, t), tl_tok_len(t), lower);
}
int tl_ev_tok_dash(const tl_doc *d, size_t k);
int tl_ev_tok_report(const tl_ev_doc *e, size_t k); /* "said", "told" */
int tl_ev_tok_speech(const tl_ev_doc *e, size_t k); /* those, "declared", "announced" */
/* Does a clause start at token k of the sentence starting at token first? */
int tl_ev_clause_starts(const tl_ev_doc *e, size_t first, size_t k);

/* attribution.c: "X said ..." in the sentence of tokens [a, b). */
typedef struct tl_ev_attribution {
    size_t verb;               /* "said", "told", "according" */
    size_t speaker0, speaker1; /* who, possibly empty ("said Lichfield" has it after) */
    size_t content0, content1; /* what was said */
} tl_ev_attribution;
/* "Peskov said (on Friday) that X": a report verb within a dozen words of
 * the start (ignoring openers and text before token `before` that ends a
 * missed sentence).  1 when found, else 0. */
int tl_ev_front_attribution(const tl_ev_doc *e, size_t a, size_t b, size_t before, tl_ev_attribution *out);
/* "X, Ushakov told journalists." after the sentence's last comma. */
int tl_ev_back_attribution(const tl_ev_doc *e, size_t a, size_t b, tl_ev_attribution *out);

int tl_ev_extract(tl_ev_ctx *cx, tl_ev_list *out);
int tl_ev_anchor(tl_timeline *tl, tl_ev_mention *m);
int tl_ev_label(tl_ev_ctx *cx, tl_ev_mention *m);
int tl_ev_merge(tl_ev_ctx *cx, tl_ev_list *ms);
int tl_ev_publish(tl_timeline *tl, tl_ev_list *ms);
int tl_ev_relate(tl_timeline *tl);

/* anchor.c: seconds since 1970 of an ISO date or date-time; 0 if invalid. */
int64_t tl_ev_iso_seconds(const char *iso);

#endif
