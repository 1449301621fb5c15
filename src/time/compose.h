/* compose.h -- a match in its context: whether the words around it make it
 * something else (a name, an amount of money, the verb "may"), and the
 * modifiers around it that belong to the timex ("nearly three years", "early
 * 1990", "the end of the year", "two years or so"). */
#ifndef TL_COMPOSE_H
#define TL_COMPOSE_H

#include "normalize.h"

typedef struct tl_extent {
    size_t first, end; /* spans [first, end) */
} tl_extent;

/* 0 when the context shows match m is not a temporal expression; may
 * change f (an "a year" after an amount becomes a frequency).  In
 * context.c; the rest in compose.c. */
int tl_context_accepts(const tl_doc *d, const tl_spans *s, const tl_match *m, tl_frame *f);

/* Widen e over the modifiers around it, never before span `floor`, setting
 * f->mod.  0, or -1 when the modifiers make it no timex. */
int tl_compose(const tl_doc *d, const tl_spans *s, size_t floor, tl_extent *e, tl_frame *f);

/* "from June 2 to 5", "June 2-5": when span `at` starts such a second day
 * after the date *start (a month day: the caller checks that the start
 * named its month, so "open Friday and 24/7" is no range), fill *out with that day's timex and return the
 * span of the day number; else return 0.  Likewise the two-digit end of a
 * year range glued to its start ("the war of 1950-53": 1953). */
size_t tl_range_end(const tl_spans *s, size_t at, const tl_norm *start, tl_norm *out);

#endif
