/* quotes.c -- quotation marks as tokens, and whether a token stands inside
 * a direct quotation.  Quoted speech keeps its own times: the narrative's
 * reference time does not move to the "next week" a speaker promises, and
 * events take their quote boundaries from here too. */
#include <string.h>

#include "segment.h"
#include "../model/model.h"

static int tok_is(const tl_doc *d, size_t k, const char *s)
{
    const tl_token *t = &d->tokens.items[k];
    return tl_tok_len(t) == strlen(s) && memcmp(tl_tok_text(d, t), s, tl_tok_len(t)) == 0;
}

/* Is token k glued to the token after it ("\"We", "'Hello")? */
static int glued(const tl_doc *d, size_t k)
{
    return k + 1 < d->tokens.len && !(d->tokens.items[k + 1].flags & TL_TOKF_SPACE);
}

int tl_tok_open_quote(const tl_doc *d, size_t k)
{
    /* "`" is half of the "``" that opens a quote in older newswire */
    if (tok_is(d, k, "\xE2\x80\x9C") || tok_is(d, k, "\xE2\x80\x98") || tok_is(d, k, "`")) return 1;
    /* a straight quote opens when glued to the next word and not to the
     * one before, bar a bracket: "insurer's", "Corp.'s" are apostrophes */
    int glued_before = k > 0 && !(d->tokens.items[k].flags & TL_TOKF_SPACE) && !tok_is(d, k - 1, "(") &&
                       !tok_is(d, k - 1, "[");
    return (tok_is(d, k, "\"") || tok_is(d, k, "'")) && glued(d, k) && !glued_before;
}

int tl_tok_close_quote(const tl_doc *d, size_t k)
{
    return tok_is(d, k, "\xE2\x80\x9D") || tok_is(d, k, "\xE2\x80\x99") || tok_is(d, k, "\"") ||
           tok_is(d, k, "'");
}

size_t tl_quote_at(const tl_doc *d, tl_quote_cursor *c, size_t k)
{
    /* the last quotation mark before k in its paragraph decides; an
     * apostrophe inside a word ("don't" is one token) is no mark */
    if (k < c->pos) c->pos = 0, c->open = 0; /* asked backwards: start over */
    for (; c->pos <= k && c->pos < d->tokens.len; c->pos++) {
        size_t j = c->pos;
        if (d->tokens.items[j].flags & TL_TOKF_PARA) c->open = 0;
        if (j == k) break;
        if (d->tokens.items[j].kind != TL_TOK_PUNCT) continue;
        unsigned char c0 = (unsigned char)tl_tok_text(d, &d->tokens.items[j])[0];
        if (c0 != '"' && c0 != '\'' && c0 != '`' && c0 != 0xE2) continue; /* no quotation mark */
        if (tl_tok_open_quote(d, j)) c->open = j + 1;
        else if (tl_tok_close_quote(d, j)) c->open = 0;
    }
    return c->open;
}
