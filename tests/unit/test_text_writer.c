/* test_text_writer.c -- the terminal timeline: groups, date texts, columns
 * aligned by display width (accents, dashes and CJK in labels), undated
 * events, the sources list and the one trailing newline. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/model/stages.h"
#include "support.h"

static char *render(const tl_timeline *tl) { return tu_render(tl, TL_OUT_TEXT); }

/* Display cells of the first n bytes of s: CJK counts two, others one. */
static size_t cells(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        w += (c == 0xE6 || c == 0xE4) ? 2 : 1; /* U+4E00..U+7FFF as used below */
        i += len;
    }
    return w;
}

static const char *const story[] = {
    "Ministers met in Geneva last week.\n\n"
    "Le pr\xC3\xA9sident a sign\xC3\xA9 le trait\xC3\xA9 \xE2\x80\x94 enfin \xE2\x80\x94 on Friday.\n\n"
    "Delegates met in \xE6\x9D\xB1\xE4\xBA\xAC on Monday.\n\n"
    "Officials recently signed a memorandum.",
    "Parliament approved the budget in 2024.\n\n"
    "Talks resumed in August.",
};

static tl_timeline *story_model(void)
{
    tl_timeline *tl = tu_docs(story, NULL, 2);
    tu_date(tl, 0, "last week", "2025-W32");
    tu_date(tl, 0, "Friday", "2025-08-15");
    tu_date(tl, 0, "Monday", "2025-09-01");
    tu_date(tl, 0, "recently", "PAST_REF");
    tu_date(tl, 1, "2024", "2024");
    tu_date(tl, 1, "August", "2025-08");
    tl_set_dct(tl, 0, "2025-08-16", NULL);
    cr_assert_eq(tl_events_build(tl), 0);
    return tl;
}

Test(text_writer, groups_dates_and_coarse_first)
{
    tl_timeline *tl = story_model();
    char *out = render(tl);
    /* groups in time order: the year (a row of its own: no "2024" heading
     * above a "2024" date), then months */
    cr_assert_null(strstr(out, "2024\n"), "%s", out);
    const char *y = strstr(out, "  2024     Parliament approved the budget"), *aug = strstr(out, "August 2025\n"),
               *sep = strstr(out, "September 2025\n"), *und = strstr(out, "Undated\n"),
               *src = strstr(out, "Sources\n");
    cr_assert(y && aug && sep && und && src, "%s", out);
    cr_assert(y < aug && aug < sep && sep < und && und < src, "%s", out);
    /* in August: the month, then the week, then the day */
    const char *month = strstr(out, "  Aug "), *week = strstr(out, "  week 32 "),
               *fri = strstr(out, "  Fri 15 ");
    cr_assert(month && week && fri, "%s", out);
    cr_assert(aug < month && month < week && week < fri && fri < sep, "%s", out);
    cr_assert_not_null(strstr(out, "  Mon 1 "), "%s", out);
    cr_assert_not_null(strstr(out, "Talks resumed  "), "%s", out);
    cr_assert_not_null(strstr(out, "[2]\n"), "%s", out);
    cr_assert_not_null(strstr(out, "  [1] doc0.txt  2025-08-16 (document date given on the command line)\n"), "%s", out);
    cr_assert_not_null(strstr(out, "  [2] doc1.txt  (no document date"), "%s", out);
    free(out);
    tl_free(tl);
}

Test(text_writer, columns_aligned_by_display_width)
{
    tl_timeline *tl = story_model();
    char *out = render(tl);
    size_t label_col = 0, src_col = 0, lines = 0;
    for (char *line = out; *line; line = strchr(line, '\n') + 1) {
        char *nl = strchr(line, '\n');
        cr_assert_not_null(nl);
        char *br = NULL;
        for (char *p = line; p < nl; p++)
            if (p[0] == ' ' && p[1] == '[' && p > line + 2 && p[-1] == ' ') br = p + 1;
        if (br && strncmp(line, "  [", 3) != 0) { /* an event line */
            size_t lc = 2;
            while (line[lc] != ' ' || line[lc + 1] != ' ') lc++; /* end of date */
            while (line[lc] == ' ') lc++;
            size_t c = cells(line, (size_t)(br - line)), l = cells(line, lc);
            if (lines++ == 0) src_col = c, label_col = l;
            cr_assert_eq(c, src_col, "sources misaligned in: %.*s", (int)(nl - line), line);
            if (strncmp(line, "    ", 4) != 0) /* undated lines have no date */
                cr_assert_eq(l, label_col, "label misaligned in: %.*s", (int)(nl - line), line);
        }
        cr_assert(nl == line || nl[-1] != ' ', "trailing space: %.*s", (int)(nl - line), line);
    }
    cr_assert_eq(lines, 6, "%s", out);
    free(out);
    tl_free(tl);
}

Test(text_writer, date_text_for_each_granularity)
{
    const char *docs[] = {"Talks began on Friday morning. Voting closed at 11:30. "
                          "Growth slowed in the third quarter. Prices rose in the 1990s. "
                          "Wildfires spread across the region last summer."};
    tl_timeline *tl = tu_events_of(docs[0],
                                   "Friday morning", "2025-08-15TMO",
                                   "11:30", "2025-08-15T11:30",
                                   "the third quarter", "2025-Q3",
                                   "the 1990s", "199",
                                   "last summer", "2024-SU",
                                   NULL);
    char *out = render(tl);
    /* the decade holds only itself: no "1990s" heading above "1990s" */
    cr_assert_null(strstr(out, "1990s\n"), "%s", out);
    const char *want[] = {"  1990s ", "2024\n  summer ", "2025\n  Q3 ",
                          "August 2025\n  Fri 15 morning ", "  Fri 15 11:30 "};
    const char *prev = out;
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        const char *at = strstr(out, want[i]);
        cr_assert(at && at >= prev, "'%s' missing or out of order in\n%s", want[i], out);
        prev = at;
    }
    free(out);
    tl_free(tl);
}

Test(text_writer, exactly_one_trailing_newline)
{
    tl_timeline *tl = story_model();
    char *out = render(tl);
    size_t n = strlen(out);
    cr_assert(n > 2 && out[n - 1] == '\n' && out[n - 2] != '\n');
    free(out);
    tl_free(tl);
}

Test(text_writer, empty_timeline_says_so)
{
    const char *docs[] = {"Nothing dated here."};
    tl_timeline *tl = tu_events_of(docs[0], NULL);
    char *out = render(tl);
    cr_assert_str_eq(out, "No dated events found.\n\nSources\n"
                          "  [1] doc0.txt  (no document date: relative dates left unresolved)\n");
    free(out);
    tl_free(tl);
}

Test(text_writer, fits_a_100_column_terminal_and_wraps_under_the_label)
{
    const char *docs[] = {"The regional water board approved a plan to replace every lead pipe "
                          "in the northern districts within five years on Friday morning.\n\n"
                          "The old reservoir was built in 1911 for the mill town.\n\n"
                          "A second dam was finished in 1934."};
    tl_timeline *tl = tu_events_of(docs[0],
                                   "Friday morning", "2025-08-15TMO",
                                   "1911", "1911",
                                   "1934", "1934",
                                   NULL);
    char *out = render(tl);
    for (char *line = out; *line; line = strchr(line, '\n') + 1) {
        char *nl = strchr(line, '\n');
        cr_assert_leq(cells(line, (size_t)(nl - line)), 100, "too wide: %.*s", (int)(nl - line), line);
    }
    /* the rest of the long label goes on the next line, under the label */
    const char *fri = strstr(out, "  Fri 15 morning  The regional water board");
    cr_assert_not_null(fri, "%s", out);
    const char *next = strchr(fri, '\n') + 1;
    cr_assert(strncmp(next, "                  ", 18) == 0 && next[18] != ' ', "%s", out);
    /* the sources close the first line, not the continuation */
    cr_assert(strncmp(next - 4, "[1]\n", 4) == 0, "%s", out);
    cr_assert(memchr(next, '[', (size_t)(strchr(next, '\n') - next)) == NULL, "%s", out);
    /* single-event years: the year once, as the date of its row */
    cr_assert_null(strstr(out, "1911\n"), "%s", out);
    cr_assert_not_null(strstr(out, "  1911            The old reservoir was built"), "%s", out);
    cr_assert_not_null(strstr(out, "  1934            A second dam was finished"), "%s", out);
    free(out);
    tl_free(tl);
}

/* Regression: a single-event year after a month group used to print with no
 * heading, so its line read as part of the month above it. */
Test(text_writer, lone_year_after_a_month_keeps_its_heading)
{
    tl_timeline *tl = tu_tag("The bridge opened in 1968.\n\nInspectors repaired the cables in June 2024.\n\n"
                             "Crews replaced the deck in 2025.\n",
                             "2026-03-13");
    char *out = tu_render(tl, TL_OUT_TEXT);
    cr_expect(strncmp(out, "  1968", 6) == 0, "a leading lone year has no heading:\n%s", out);
    cr_expect(strstr(out, "\n2025\n  2025") != NULL, "2025 keeps its heading:\n%s", out);
    free(out);
    tl_free(tl);
}
