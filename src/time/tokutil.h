/* tokutil.h -- small tests on the tokens around a match, shared by the
 * context checks (context.c) and the modifier rules (compose.c). */
#ifndef TL_TOKUTIL_H
#define TL_TOKUTIL_H

#include <stddef.h>
#include <stdint.h>

#include "lexicon.h"
#include "../model/model.h"

/* Token i of d, or NULL when i is out of range. */
const tl_token *tl_tok_at(const tl_doc *d, long i);
/* Is t (which may be NULL) the word w, or one of the NULL-ended list?
 * Case-insensitive. */
int tl_tok_is(const tl_doc *d, const tl_token *t, const char *w);
int tl_tok_in(const tl_doc *d, const tl_token *t, const char *const *list);
/* Could t be part of a date (a number, a month, a weekday, "the", ...)? */
int tl_temporal_word(const tl_doc *d, const tl_token *t);
/* Can word t be read as lexicon symbol sym?  tl_lex_value also stores
 * that reading's value in *val (when val is not NULL). */
int tl_lex_has(const tl_doc *d, const tl_token *t, int sym);
int tl_lex_value(const tl_doc *d, const tl_token *t, int sym, int *val);
/* A four-digit year: one side of a "2009-2010" range. */
int tl_year_token(const tl_doc *d, const tl_token *t);
/* The value of t when it is a four-digit year, else 0. */
int tl_year_number(const tl_doc *d, const tl_token *t);
/* A capitalised word that does not open its sentence. */
int tl_cap_word(const tl_token *t);
/* An acronym or code of capitals and digits: "G7", "OPEC", "EU". */
int tl_acronym(const tl_doc *d, const tl_token *t);
/* Is t glued by the dash before it to a word that is not temporal
 * ("free-fall", "KC-30s")? */
int tl_compound_tail(const tl_doc *d, const tl_token *dash, const tl_token *t);
/* Is a word of list among the k tokens before token i (same sentence)? */
int tl_word_before(const tl_doc *d, size_t i, size_t k, const char *const *list);
/* Is a word of list in the sentence of token i (at most 40 tokens away)? */
int tl_word_in_sentence(const tl_doc *d, size_t i, const char *const *list);
/* Do words of list occur n times or more in the whole document (a story
 * about a game: "scored", "rebounds")? */
int tl_doc_about(const tl_doc *d, const char *const *list, int n);
/* Is the noun phrase from token i (after an "of") a time, or no noun? */
int tl_of_time(const tl_doc *d, size_t i, uint32_t sent);
/* Is the noun phrase from token i (after an "of") a unit shorter than a year? */
int tl_of_short(const tl_doc *d, size_t i, uint32_t sent);
/* Does t end an amount that a following "a year" makes a rate? */
int tl_rate_before(const tl_doc *d, const tl_token *t);
/* Is t a lower-case participle with its object or agent after it ("a
 * daily representing the union")? */
int tl_participle_with_object(const tl_doc *d, const tl_token *t);
/* Does "a year" after token t make a rate of an amount ("six a day", "16
 * billion doses of vaccine a year")? */
int tl_rate_after(const tl_doc *d, const tl_token *t);
/* Does t end an amount ("million", "times") / mark a percentage ("%")? */
int tl_amount_word(const tl_doc *d, const tl_token *t);
int tl_percent_word(const tl_doc *d, const tl_token *t);
/* Is t a verb of saying ("said", "told", "announced")? */
int tl_reporting_word(const tl_doc *d, const tl_token *t);

#endif
