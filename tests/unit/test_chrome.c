/* Page chrome in plain text: blanked lines keep every offset; the article
 * itself is never touched. */
#include <criterion/criterion.h>
#include <string.h>

#include "../../src/model/model.h"
#include "../../src/read/read.h"

#define P1 "The council voted on Tuesday to close the old bridge to traffic until repairs are done.\n"
#define P2 "Engineers found cracks in two of the supports during an inspection in March this year.\n"
#define P3 "The mayor said a temporary crossing would open downstream before the winter season.\n"

/* Run the filter on a copy; return it (static buffer). */
static const char *blanked(const char *in, size_t *count)
{
    static char buf[4096];
    size_t n = strlen(in);
    cr_assert(n < sizeof buf);
    memcpy(buf, in, n + 1);
    *count = tl_blank_chrome(buf, n);
    cr_assert_eq(strlen(buf), n, "length kept");
    return buf;
}

static int has(const char *s, const char *needle) { return strstr(s, needle) != NULL; }

Test(chrome, clean_article_is_untouched)
{
    size_t c;
    const char *in = "Bridge closed\n\n" P1 "\n" P2 "\n" P3;
    cr_expect_str_eq(blanked(in, &c), in);
    cr_expect_eq(c, 0);
}

Test(chrome, tail_after_related_header_is_blanked)
{
    size_t c;
    const char *out = blanked(P1 P2 P3 "\nRelated Articles\n\nFerry fares to rise\n"
                              "Fares on the river ferry will rise in January, operators said. Read More\n"
                              "3 hours ago\n", &c);
    cr_expect(has(out, "winter season"));
    cr_expect(!has(out, "Related"));
    cr_expect(!has(out, "Ferry fares"), "a teaser title after the header goes with the tail");
    cr_expect(!has(out, "January"));
    cr_expect(c > 0);
}

Test(chrome, header_inside_the_article_is_only_a_label)
{
    size_t c;
    const char *out = blanked(P1 P2 "Recommended Stories\n" P3 P1 P2, &c);
    cr_expect(!has(out, "Recommended"));
    cr_expect(has(out, "winter season"), "the article goes on after an empty box label");
    cr_expect_eq(c, strlen("Recommended Stories"));
}

Test(chrome, header_before_the_article_begins_is_not_a_tail)
{
    size_t c;
    const char *out = blanked("Comments\n" P1 P2 P3, &c);
    cr_expect(has(out, P1 P2 P3));
}

Test(chrome, link_teaser_and_control_lines)
{
    size_t c;
    const char *out = blanked(P1 "Also Read: Ferry fares to rise in January\n" P2
                              "Road works end on Friday. Read More\n"
                              "Advertisement\n" "Share\n" P3, &c);
    cr_expect(has(out, P1) && has(out, P2) && has(out, P3));
    cr_expect(!has(out, "Also Read") && !has(out, "Ferry"));
    cr_expect(!has(out, "Road works"), "a summary ending in its link label is a teaser");
    cr_expect(!has(out, "Advertisement") && !has(out, "Share"));
}

Test(chrome, sentences_that_only_look_like_chrome_stay)
{
    size_t c;
    const char *in = "Children in the district now read more than they did a decade ago\n"
                     "The library opened 4 hours ago and is already full of visitors today.\n"
                     "Related problems were found in other districts, the report said.\n";
    cr_expect_str_eq(blanked(in, &c), in);
}

Test(chrome, teaser_dates_do_not_reach_the_timeline)
{
    tl_timeline *tl = tl_new(NULL);
    const char *in = P1 P2 P3 "\nHot this week\n\nFerry fares to rise\n"
                     "Fares on the river ferry rose sharply on January 3, operators said. Read More\n";
    cr_assert(tl_add_memory(tl, "a.txt", in, strlen(in), TL_IN_TEXT, NULL) == TL_OK);
    const tl_document *d = tl_document_at(tl, 0);
    cr_expect_eq(d->text_len, strlen(in), "offsets into the file are kept");
    cr_expect(!has(d->text, "January 3"));
    tl_free(tl);
}
