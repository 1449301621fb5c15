/* context.h -- shared by the context checks: context.c (words, names,
 * tl_context_accepts) and context_numbers.c (digits, amounts, years). */
#ifndef TL_CONTEXT_H
#define TL_CONTEXT_H

#include "compose.h"
#include "tokutil.h"

/* What the context checks look at: the match and the tokens around it. */
typedef struct {
    const tl_doc *d;
    const tl_spans *s;
    const tl_match *m;
    const tl_span *a, *z;          /* first and last span */
    const tl_token *prev, *next;   /* neighbours in the same sentence, or NULL */
    size_t len;                    /* spans matched */
    int numeric_first, numeric_last;
} tl_around;

static inline const tl_token *tl_first_tok(const tl_around *c) { return &c->d->tokens.items[c->a->tok0]; }

/* context_parts.c */
extern const char *const tl_pod_after[]; /* function words after a part of day that stands alone */
int tl_season_name(const tl_doc *d, const tl_around *c);               /* "the Arab Spring" */
int tl_fall_is_drop(const tl_doc *d, const tl_around *c, const tl_frame *f); /* "The fall was led by" */
int tl_bare_pod_ok(const tl_around *c, const tl_frame *f);              /* "in the afternoon", not "the morning paper" */

/* context_fields.c */
extern const char *const tl_possessive[]; /* his, her, their ... */
/* Set the frame fields the words around the match decide (f->ended,
 * f->attrib, f->contract ...). */
void tl_context_fields(const tl_around *c, tl_frame *f);

/* context_numbers.c */
/* Numbers that are amounts, scores, phone numbers or parts of compounds: 0. */
int tl_numbers_ok(const tl_around *c, const tl_frame *f);
/* A two-digit decade that is a temperature ("in the upper 60s"). */
int tl_temperature(const tl_around *c, const tl_frame *f);
/* The year a yearless month shares with a dated month after span i
 * ("between September and October of 2007"), or 0. */
int tl_coord_year(const tl_spans *s, size_t i);

#endif
