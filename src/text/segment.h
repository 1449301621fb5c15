/* segment.h -- tokenizer and sentence splitter (see model.h for tokens),
 * and the quotation marks among the tokens (quotes.c). */
#ifndef TL_SEGMENT_H
#define TL_SEGMENT_H

#include <stddef.h>

struct tl_doc;

/* Is token k of d an opening quotation mark (curly, ``, or a straight one
 * glued to the word after it)?  A closing one? */
int tl_tok_open_quote(const struct tl_doc *d, size_t k);
int tl_tok_close_quote(const struct tl_doc *d, size_t k);
/* The direct quotation token k stands in (one opened earlier in its
 * paragraph and not closed): 1 + the index of its opening mark, or 0.  A
 * cursor (zeroed to start) walks the document once for increasing k. */
typedef struct {
    size_t pos, open;
} tl_quote_cursor;
size_t tl_quote_at(const struct tl_doc *d, tl_quote_cursor *c, size_t k);

/* 1 when "s." (n bytes before the period) does not end a sentence. */
int tl_is_abbreviation(const char *s, size_t n);

#endif
