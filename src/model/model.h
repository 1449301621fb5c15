/* model.h -- the document model every stage enriches and every renderer
 * reads.  One tl_timeline holds the documents and everything found in them;
 * the public structs of timeline.h are embedded here so the API can hand out
 * pointers without copying.  All strings live in the timeline's arena. */
#ifndef TL_MODEL_H
#define TL_MODEL_H

#include <stdint.h>

#include "timeline.h"
#include "../util/arena.h"
#include "../util/vec.h"

typedef enum { TL_TOK_WORD, TL_TOK_NUM, TL_TOK_PUNCT } tl_token_kind;

/* The stages tl_stage_seconds() reports, in pipeline order. */
enum { TL_STAGE_READ, TL_STAGE_SEGMENT, TL_STAGE_TIME, TL_STAGE_EVENTS, TL_STAGE_COUNT };

enum {
    TL_TOKF_CAP = 1,       /* first letter upper case ("Friday") */
    TL_TOKF_UPPER = 2,     /* all letters upper case, at least two ("AFP") */
    TL_TOKF_SPACE = 4,     /* white space before this token */
    TL_TOKF_NEWLINE = 8,   /* a line break before this token */
    TL_TOKF_PARA = 16,     /* a blank line (paragraph break) before it */
    TL_TOKF_SENT = 32      /* first token of a sentence */
};

/* A word, number or punctuation mark.  Words keep inner hyphens, periods of
 * abbreviations ("a.m.", "U.S.") and apostrophes; numbers keep inner digit
 * separators ("1,000", "3.5", "8/15/2025" stays three tokens: 8 / 15 ...). */
typedef struct tl_token {
    uint32_t start, end; /* byte offsets into the document text */
    uint32_t sentence;   /* index of its sentence */
    uint8_t kind;        /* tl_token_kind */
    uint8_t flags;       /* TL_TOKF_* */
} tl_token;

typedef struct tl_doc {
    tl_document pub; /* what the API shows; pub.text is in the arena */
    /* The bytes as read, for writers that reproduce the input (TimeML). */
    char *raw;
    size_t raw_len;
    /* TimeML input: raw[text_open, text_close) is the content of <TEXT>,
     * whose parsed characters are pub.text. */
    size_t text_open, text_close;
    int has_text_element;
    TL_VEC(tl_token) tokens;
    TL_VEC(tl_sentence) sentences;
    /* Timexes of this document are timexes[timex_first .. +timex_count]. */
    size_t timex_first, timex_count;
} tl_doc;

struct tl_timeline {
    tl_options opts;
    tl_arena arena;
    TL_VEC(tl_doc *) docs;
    TL_VEC(tl_timex) timexes;
    TL_VEC(tl_event) events;
    TL_VEC(tl_relation) relations;
    TL_VEC(char *) warnings;
    int ran;
    /* CPU seconds spent per stage, for tl_stage_seconds(). */
    double stage_seconds[TL_STAGE_COUNT];
};

/* Record a warning (formatted into the arena). */
void tl_warn(tl_timeline *tl, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The text of a token, not NUL-terminated. */
static inline const char *tl_tok_text(const tl_doc *d, const tl_token *t)
{
    return d->pub.text + t->start;
}
static inline size_t tl_tok_len(const tl_token *t) { return t->end - t->start; }

/* The token's text in ASCII lower case and NUL-terminated in buf; 0 when
 * it does not fit in cap bytes with the NUL. */
static inline int tl_tok_lower(const tl_doc *d, const tl_token *t, char *buf, size_t cap)
{
    size_t n = tl_tok_len(t);
    if (n >= cap) return 0;
    for (size_t i = 0; i < n; i++) {
        char c = tl_tok_text(d, t)[i];
        buf[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    buf[n] = '\0';
    return 1;
}

#endif
