/* The dateline finder (a date stamp near the top of a text) and the date
 * scanner it shares with the HTML reader. */
#include <criterion/criterion.h>
#include <string.h>

#include "../../src/read/datescan.h"
#include "../../src/read/read.h"

static const char *dateline(const char *text)
{
    static char iso[32];
    if (!tl_dct_from_dateline(text, strlen(text), iso)) return "";
    return iso;
}

/* (text, expected ISO or "" for none), one case a line. */
static const struct { const char *text, *iso; } cases[] = {
    {"Wednesday, November 12, 2025\n\nThe council met on Tuesday.", "2025-11-12"},
    {"August 15, 2025\nThe summit opened in the morning.", "2025-08-15"},
    {"15 August 2025\nThe summit opened.", "2025-08-15"},
    {"Aug. 15, 2025\nThe summit opened.", "2025-08-15"},
    {"Sept. 3, 2024\nText.", "2024-09-03"},
    {"2025-08-15\nText.", "2025-08-15"},
    {"Published 2025-08-15 09:30\nText.", "2025-08-15T09:30"},
    {"Headline of the day\nBy Jane Roe\nAugust 15, 2025 at 9:30 a.m. ET\n\nText.", "2025-08-15T09:30"},
    {"WASHINGTON (AP) — Aug. 15, 2025\nLawmakers met.", "2025-08-15"},
    {"8/15/2025\nText.", "2025-08-15"},
    {"2/26/2015 7:11 AM PST BY STAFF\nText.", "2015-02-26T07:11"},
    {"3/09/15 8:00pm\nText.", "2015-03-09T20:00"},
    {"Monday, February 29, 2016 @ 11:10 PM UTC\nText.", "2016-02-29T23:10"},
    {"posted on April 21, 2015, at 11:29 a.m.\nText.", "2015-04-21T11:29"},
    {"Jane Roe\nAug 15, 2025 \xC2\xB7 4 min read\nText.", "2025-08-15"},
    {"Title\nApril 17, 2015 -- Imagine a long opening sentence that runs on and on, well past "
     "the length of any date stamp, with commas, clauses and all the rest of it.",
     "2015-04-17"},
    /* a published date beats an update, wherever it stands */
    {"Updated: Aug. 16, 2025 3:00 PM\nPublished: Aug. 15, 2025 8:00 AM\nText.", "2025-08-15T08:00"},
    /* a keyword line further down beats a bare date at the top */
    {"Monday, August 18, 2025\nHeadline\nPublished August 15, 2025\nText.", "2025-08-15"},
    /* only an update: better than nothing */
    {"Last Updated: August 16, 2025\nText.", "2025-08-16"},
    /* negatives */
    {"The company said on August 15, 2025 that it would cut jobs across all of its plants.", ""},
    {"Wednesday, November 12, 2025\n23.1 C\nNew Delhi\n\nHeadline\n", ""},
    {"February 30, 2025\nText.", ""},
    {"Flight 2025 leaves at gate 15.\nText.", ""},
    {"", ""},
};

Test(dateline, forms_and_negatives)
{
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        cr_expect_str_eq(dateline(cases[i].text), cases[i].iso, "case %zu: %s", i, cases[i].text);
}

Test(dateline, not_deep_in_the_article)
{
    char text[2048] = "";
    for (int i = 0; i < 20; i++) strcat(text, "Officials met again and talked for hours.\n");
    strcat(text, "August 15, 2025\n");
    cr_expect_str_eq(dateline(text), "");
}

Test(dateline, null_and_unterminated)
{
    char iso[32];
    cr_expect_eq(tl_dct_from_dateline(NULL, 0, iso), 0);
    const char text[] = {'A', 'u', 'g', ' ', '1', '5', ',', ' ', '2', '0', '2', '5'};
    cr_expect_eq(tl_dct_from_dateline(text, sizeof text, iso), 1);
    cr_expect_str_eq(iso, "2025-08-15");
}

Test(dateline, scanner_ctime_and_iso_prefix)
{
    tl_date_match m;
    const char *c = "Fri Mar 13 21:30:09 EST 2015";
    cr_assert(tl_date_scan(c, strlen(c), 0, &m));
    char iso[32];
    tl_date_iso(&m, iso);
    cr_expect_str_eq(iso, "2015-03-13T21:30");
    cr_expect(tl_iso_prefix("2017-02-23T17:18:13-08:00", iso));
    cr_expect_str_eq(iso, "2017-02-23T17:18");
    cr_expect(tl_iso_prefix("2017-11-03 03:01:00.000000", iso));
    cr_expect_str_eq(iso, "2017-11-03T03:01");
    cr_expect(!tl_iso_prefix("March 3, 2017", iso));
    const char *noyear = "March 18 at 12:22 PM";
    cr_assert(tl_date_scan(noyear, strlen(noyear), 0, &m));
    cr_expect_eq(m.year, 0);
    cr_expect_eq(m.hour, 12);
    cr_expect_eq(m.minute, 22);
}
