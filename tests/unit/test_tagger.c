/* test_tagger.c -- tl_time_tag() on whole documents: text order, offsets,
 * every field filled, the reference time of anaphora, clause tense, and
 * the seed article of issue 3 when ../shared/seeds is there. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "support.h"

Test(tagger, fields_offsets_order)
{
    const char *text = "Officials said on Friday that the plant will reopen next month.\n\n"
                       "It closed in 2019 after three years of losses.";
    tl_timeline *tl = tu_tag(text, "2025-08-16");
    const tl_document *doc = tl_document_at(tl, 0);
    cr_assert_eq(tl_timex_count(tl), 4);
    size_t last_end = 0;
    for (size_t k = 0; k < tl_timex_count(tl); k++) {
        const tl_timex *x = tl_timex_at(tl, k);
        cr_expect_eq(x->id, k);
        cr_expect_eq(x->doc, 0);
        cr_expect_geq(x->start, last_end, "timexes overlap or are out of order");
        cr_expect_eq(strncmp(doc->text + x->start, x->text, x->end - x->start), 0);
        cr_expect_eq(strlen(x->text), x->end - x->start);
        cr_expect_not_null(x->mod);
        cr_expect_not_null(x->anchor);
        cr_expect(x->rule && x->rule[0]);
        last_end = x->end;
    }
    tu_expect_at(tl, 0, "Friday", "2025-08-15");
    tu_expect_at(tl, 1, "next month", "2025-09");
    tu_expect_at(tl, 2, "2019", "2019");
    tu_expect_at(tl, 3, "three years", "P3Y");
    cr_expect_eq(tl_timex_at(tl, 0)->sentence, 0);
    cr_expect_eq(tl_timex_at(tl, 2)->sentence, 1);
    cr_expect_str_eq(tl_timex_at(tl, 0)->anchor, "2025-08-16");
    cr_expect_str_eq(tl_timex_at(tl, 2)->anchor, "");
    cr_expect_eq(tl_timex_at(tl, 3)->type, TL_TIMEX_DURATION);
    tl_free(tl);
}

Test(tagger, tense_of_the_clause)
{
    tl_timeline *tl = tu_tag("The minister said on Tuesday that the two leaders will meet on Thursday.", "2025-08-13");
    tu_expect_at(tl, 0, "Tuesday", "2025-08-12");
    tu_expect_at(tl, 1, "Thursday", "2025-08-14");
    tl_free(tl);
}

Test(tagger, anaphora_follow_the_narrative)
{
    tl_timeline *tl = tu_tag("The storm reached the coast on March 3, 2025. The next day, crews began the repairs. "
                             "Two days later the bridge reopened. That week, schools stayed closed.",
                             "2025-06-01");
    tu_expect_at(tl, 0, "March 3, 2025", "2025-03-03");
    tu_expect_at(tl, 1, "The next day", "2025-03-04");
    tu_expect_at(tl, 2, "Two days later", "2025-03-06");
    tu_expect_at(tl, 3, "That week", "2025-W10");
    cr_expect_str_eq(tl_timex_at(tl, 1)->anchor, "2025-03-03");
    tl_free(tl);
}

Test(tagger, same_day_and_following_month)
{
    tl_timeline *tl = tu_tag("The company filed for bankruptcy in October 2023. The same day, its chief resigned. "
                             "The following month, a buyer emerged.", "2025-01-10");
    tu_expect_at(tl, 0, "October 2023", "2023-10");
    tu_expect_at(tl, 1, "The same day", "2023-10-XX"); /* a day of that month, unknown which */
    tu_expect_at(tl, 2, "The following month", "2023-11");
    tl_free(tl);
}

Test(tagger, financial_quarters)
{
    tl_timeline *tl = tu_tag("Net income in the third quarter rose 5% from a year earlier. "
                             "Third-quarter sales were flat.", "1998-11-02");
    tu_expect_at(tl, 0, "the third quarter", "1998-Q3");
    tu_expect_at(tl, 1, "a year earlier", "1997-Q3");
    tu_expect_at(tl, 2, "Third-quarter", "1998-Q3");
    tl_free(tl);
}

Test(tagger, nothing_in_plain_numbers)
{
    tl_timeline *tl = tu_tag("Shares rose 7/8 to $15 after a 15% gain, or $1.65 a share; the F-22 and the A380 "
                             "were shown. The Sun said a 45-year-old pilot flew.", "2025-08-16");
    cr_expect_eq(tl_timex_count(tl), 0, "got %s", tl_timex_count(tl) ? tl_timex_at(tl, 0)->text : "");
    tl_free(tl);
}

Test(tagger, undated_document_stays_unanchored)
{
    tl_timeline *tl = tu_tag("The mayor spoke yesterday about the vote on Friday.", NULL);
    tu_expect_at(tl, 0, "yesterday", "XXXX-XX-XX");
    tu_expect_at(tl, 1, "Friday", "XXXX-WXX-5");
    cr_expect_str_eq(tl_timex_at(tl, 0)->anchor, "");
    tl_free(tl);
}

/* Issue 3's seed: Ushakov told journalists "on Thursday" the day before the
 * DCT.  Read from ../shared/seeds when present (never copied here). */
Test(tagger, seed_thursday)
{
    const char *dir = "../shared/seeds";
    char tsv[256], name[128] = "", date[32] = "", line[512];
    snprintf(tsv, sizeof tsv, "%s/dct.tsv", dir);
    FILE *f = fopen(tsv, "r");
    if (!f) cr_skip_test("no %s", tsv);
    tl_timeline *tl = NULL;
    int found = 0;
    while (!found && fgets(line, sizeof line, f)) {
        if (sscanf(line, "%127[^\t]\t%31s", name, date) != 2) continue;
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, name);
        tl_error err;
        tl = tl_new(NULL);
        if (tl_add_file(tl, path, TL_IN_AUTO, &err) == TL_OK && tl_set_dct(tl, 0, date, &err) == TL_OK &&
            tl_run(tl, &err) == TL_OK) {
            const tl_document *doc = tl_document_at(tl, 0);
            for (size_t k = 0; k < tl_timex_count(tl) && !found; k++) {
                const tl_timex *x = tl_timex_at(tl, k);
                size_t back = x->start > 120 ? x->start - 120 : 0;
                char before[128];
                snprintf(before, sizeof before, "%.*s", (int)(x->start - back), doc->text + back);
                if (strcmp(x->text, "Thursday") == 0 && strstr(before, "Ushakov")) {
                    found = 1;
                    cr_expect_str_eq(x->value, "2025-08-14", "seed %s: %s", name, x->rule);
                }
            }
        }
        tl_free(tl);
    }
    fclose(f);
    if (!found) cr_skip_test("no seed mentions Ushakov and Thursday");
}

Test(tagger, ranges_as_two_timexes)
{
    tl_timeline *tl = tu_tag("The festival ran from June 2 to 5, as it did every summer in 2009-2010.", "2025-08-16");
    tu_expect_at(tl, 0, "June 2", "2025-06-02");
    tu_expect_at(tl, 1, "5", "2025-06-05");
    tu_expect_at(tl, 3, "2009", "2009");
    tu_expect_at(tl, 4, "2010", "2010");
    tl_free(tl);
}
