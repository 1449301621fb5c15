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
 * clause.c holds the token predicates and clause boundaries all share. */
#ifndef TL_EVENTS_H
#define TL_EVENTS_H

#include <stdint.h>

#include "../model/model.h"

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

/* clause.c: predicates on token k of document d. */
int tl_ev_tok_is(const tl_doc *d, size_t k, const char *s);       /* exactly s */
int tl_ev_tok_word(const tl_doc *d, size_t k, const char *lower); /* the word, any case */
int tl_ev_tok_dash(const tl_doc *d, size_t k);
int tl_ev_tok_open_quote(const tl_doc *d, size_t k);
int tl_ev_tok_close_quote(const tl_doc *d, size_t k);
int tl_ev_tok_report(const tl_doc *d, size_t k); /* "said", "told" */
int tl_ev_tok_speech(const tl_doc *d, size_t k); /* those, "declared", "announced" */
/* Does a clause start at token k of the sentence starting at token first? */
int tl_ev_clause_starts(const tl_doc *d, size_t first, size_t k);

/* attribution.c: "X said ..." in the sentence of tokens [a, b). */
typedef struct tl_ev_attribution {
    size_t verb;               /* "said", "told", "according" */
    size_t speaker0, speaker1; /* who, possibly empty ("said Lichfield" has it after) */
    size_t content0, content1; /* what was said */
} tl_ev_attribution;
/* "Peskov said (on Friday) that X": a report verb within a dozen words of
 * the start (ignoring openers and text before token `before` that ends a
 * missed sentence).  1 when found, else 0. */
int tl_ev_front_attribution(const tl_doc *d, size_t a, size_t b, size_t before, tl_ev_attribution *out);
/* "X, Ushakov told journalists." after the sentence's last comma. */
int tl_ev_back_attribution(const tl_doc *d, size_t a, size_t b, tl_ev_attribution *out);

int tl_ev_extract(tl_timeline *tl, tl_ev_list *out);
int tl_ev_anchor(tl_timeline *tl, tl_ev_mention *m);
int tl_ev_label(tl_timeline *tl, tl_ev_mention *m);
int tl_ev_merge(tl_timeline *tl, tl_ev_list *ms);
int tl_ev_publish(tl_timeline *tl, tl_ev_list *ms);
int tl_ev_relate(tl_timeline *tl);

/* anchor.c: seconds since 1970 of an ISO date or date-time; 0 if invalid. */
int64_t tl_ev_iso_seconds(const char *iso);

#endif
