/* test_quotes.c -- quotation marks among the tokens (src/text/quotes.c)
 * and what they do to the narrative's reference time: quoted times anchor
 * the rest of their quote, and the narrative takes up its own after it. */
#include <criterion/criterion.h>
#include <string.h>

#include "support.h"
#include "../../src/text/segment.h"

/* The quotation state at the first token starting at `word` in doc 0. */
static size_t quote_at(tl_timeline *tl, tl_quote_cursor *c, const char *word)
{
    tl_doc *d = tl->docs.items[0];
    const char *at = strstr(d->pub.text, word);
    cr_assert_not_null(at, "'%s' not in the text", word);
    for (size_t k = 0; k < d->tokens.len; k++)
        if (d->tokens.items[k].start == (size_t)(at - d->pub.text)) return tl_quote_at(d, c, k);
    cr_assert_fail("no token starts at '%s'", word);
    return 0;
}

Test(quotes, marks_and_apostrophes)
{
    const char *texts[] = {"The insurer's chief, of Travelers Corp.'s unit, said \"We will wait\" and left. "
                           "He called it \xE2\x80\x9C" "a mess\xE2\x80\x9D then. ``Maybe,'' she said. "
                           "The workers' union agreed.\n\n\"Open quote runs on\n\nnew paragraph"};
    tl_timeline *tl = tu_docs(texts, NULL, 1);
    tl_quote_cursor c = {0, 0};
    cr_expect_eq(quote_at(tl, &c, "chief"), 0);  /* "insurer's", "Corp.'s" open nothing */
    cr_expect_eq(quote_at(tl, &c, "unit"), 0);
    cr_expect_neq(quote_at(tl, &c, "wait"), 0);  /* straight quotes */
    cr_expect_eq(quote_at(tl, &c, "left"), 0);
    cr_expect_neq(quote_at(tl, &c, "mess"), 0);  /* curly quotes */
    cr_expect_eq(quote_at(tl, &c, "then"), 0);
    cr_expect_neq(quote_at(tl, &c, "Maybe"), 0); /* `` and '' */
    cr_expect_eq(quote_at(tl, &c, "she"), 0);
    cr_expect_eq(quote_at(tl, &c, "agreed"), 0); /* "workers'" */
    cr_expect_neq(quote_at(tl, &c, "runs"), 0);
    cr_expect_eq(quote_at(tl, &c, "new"), 0);    /* a quote ends with its paragraph */
    /* asked backwards, the cursor starts over and still answers right */
    cr_expect_neq(quote_at(tl, &c, "wait"), 0);
    tl_free(tl);
}

/* DCT Saturday 1997-04-05 */
Test(quotes, a_quoted_time_does_not_move_the_narrative)
{
    tl_timeline *tl = tu_tag("\"I expect no big jump in prices next week,\" the broker said. "
                             "Volumes were up from 171 million dollars the previous week.",
                             "1997-04-05");
    tu_expect_text(tl, "next week", "1997-W15");
    tu_expect_text(tl, "the previous week", "1997-W13");
    tl_free(tl);
}

Test(quotes, a_quoted_time_anchors_the_rest_of_its_quote)
{
    tl_timeline *tl = tu_tag("\"Troops killed one rebel on Sunday and captured two more on the same day,\" "
                             "the statement said.",
                             "2006-11-14");
    tu_expect_text(tl, "Sunday", "2006-11-12");
    tu_expect_text(tl, "the same day", "2006-11-12");
    tl_free(tl);
}
