/* segment.h -- tokenizer and sentence splitter (see model.h for tokens). */
#ifndef TL_SEGMENT_H
#define TL_SEGMENT_H

#include <stddef.h>

/* 1 when "s." (n bytes before the period) does not end a sentence. */
int tl_is_abbreviation(const char *s, size_t n);

#endif
