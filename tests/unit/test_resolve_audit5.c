/* test_resolve_audit5.c -- the whole pipeline on the anchoring a fifth
 * round of newswire reviews showed wrong: reporting periods that end on a
 * stated day ("the quarter ended July 31"), periods compared a year back,
 * plans and participle clauses, "overnight", eras, years named after a
 * date, incidents named by their date.  Words that are no times are in
 * test_resolve_notimes.c.  DCT (where a test names none) 1989-11-01. */
#include <criterion/criterion.h>

#include "timeline.h"
#include "support.h"

#define DCT "1989-11-01"

static void check(const char *text, const char *phrase, const char *value)
{
    tu_tags(text, DCT, phrase, value);
}

Test(resolve_audit5, quarter_ended_on_a_day_is_the_calendar_quarter_of_its_middle)
{
    /* May to July: mostly the second quarter */
    check("Intro.\nIn the quarter ended July 31, the chain had 20 stores.", "the quarter", "1989-Q2");
    check("Intro.\nSales in the quarter ended Sept. 30 rose 8%.", "the quarter", "1989-Q3");
    /* November to January: the fourth quarter of the year it began in */
    check("Intro.\nSales in the quarter ended Jan. 31 rose 8%.", "the quarter", "1988-Q4");
    check("Intro.\nSales in the quarter ending Jan. 31 will rise.", "the quarter", "1989-Q4");
    /* an end still to come, in a past clause: last year's */
    check("Intro.\nSales in the quarter ended Dec. 31 rose 8%.", "the quarter", "1988-Q4");
    /* no stated end: the last completed quarter */
    check("Intro.\nSales in the quarter rose 8%.", "the quarter", "1989-Q3");
}

Test(resolve_audit5, since_year_end_is_an_end_already_passed)
{
    check("Intro.\nThe index has risen 12% since year-end.", "year-end", "1988");
    check("Intro.\nThe deal should close by year-end.", "year-end", "1989");
    /* even in the year's last days, and just after it */
    tu_tags("Intro.\nThe index has risen 12% since year-end.", "1989-12-28", "year-end", "1988");
    tu_tags("Intro.\nThe index has risen 2% since year-end.", "1990-01-05", "year-end", "1989");
}

/* A participle clause ("..., with production starting in December",
 * "..., ending in December") has no tense of its own: the past of the main
 * verb does not reach its date, a future does. */
Test(resolve_audit5, participle_clause_takes_no_past_from_the_main_verb)
{
    const char *dct = "2006-11-15";
    tu_tags("Intro.\nThe firm signed the deal last week, with production starting in December.",
            dct, "December", "2006-12");
    tu_tags("Intro.\nThe season started in August, ending in December.", dct, "December", "2006-12");
    /* a future main clause carries over */
    tu_tags("Intro.\nKorea will fancy its chances, opening against Togo on June 13.",
            "2005-12-10", "June 13", "2006-06-13");
    /* the clause's own verb decides: "meeting ... on Tuesday, had failed" */
    tu_tags("Intro.\nEU ministers, meeting in Brussels on Tuesday, had failed to agree.",
            "2005-12-07", "Tuesday", "2005-12-06");
    /* prepositions in -ing head no clause: the main verb's past holds */
    tu_tags("Intro.\nSales fell in most months, including in December.", dct, "December", "2005-12");
    /* nor does a noun after a determiner */
    tu_tags("Intro.\nProfit fell, with the opening in December of a plant costing more.", dct, "December", "2005-12");
}

/* "was scheduled for July 25": a plan seen from a past moment not named,
 * whose day may have come: the occurrence nearest the DCT. */
Test(resolve_audit5, plan_seen_from_the_past_is_the_nearest_date)
{
    const char *dct = "2006-11-06";
    tu_tags("Intro.\nThe dialogue was last scheduled for July 25.", dct, "July 25", "2006-07-25");
    tu_tags("Intro.\nThe vote was scheduled for January 5.", dct, "January 5", "2007-01-05");
    tu_tags("Intro.\nThe meeting was due to take place in December.", dct, "December", "2006-12");
}

/* "crude for delivery in January": the month a contract matures, never
 * past, as "for January delivery" */
Test(resolve_audit5, delivery_month_is_never_past)
{
    tu_tags("Intro.\nLight sweet crude for delivery in January rose 40 cents.", "2005-12-12", "January", "2006-01");
    tu_tags("Intro.\nBrent for delivery in December fell.", "2005-11-01", "December", "2005-12");
}

/* "valued at 1.22 billion a day earlier": a quote compared with its value
 * the day before the report's, not a day before an earlier sentence's
 * month; a day named in the same sentence stays the reference. */
Test(resolve_audit5, amount_a_day_earlier_counts_from_the_report_day)
{
    const char *dct = "2006-12-21";
    tu_tags("Intro.\nTrade data for February showed a deficit. "
            "The surplus was valued at 1.22 billion ringgit a day earlier.",
            dct, "a day earlier", "2006-12-20");
    tu_tags("Intro.\nSterling closed Wednesday at 1.9612 dollars, against 1.9647 a day earlier.",
            dct, "a day earlier", "2006-12-19");
    /* no amount: the narrative's day */
    tu_tags("Intro.\nThe strike began on March 3. A day earlier, talks had failed.",
            dct, "A day earlier", "2006-03-02");
}

/* "later in the day", "in the middle of the night": the reference day's,
 * as "in the night"; the idioms stay untagged. */
Test(resolve_audit5, day_and_night_of_the_reference_time)
{
    const char *dct = "2006-11-06";
    tu_tags("Intro.\nSkies are forecast to clear later in the day.", dct, "later in the day", "2006-11-06");
    tu_tags("Intro.\nThe strike began on March 3. Earlier in the day, police fired tear gas.",
            dct, "Earlier in the day", "2006-03-03");
    tu_tags("Intro.\nI heard gunfire in the middle of the night.", dct, "the middle of the night", "2006-11-06TNI");
    tu_no_timex("At the end of the day, it is about trust.", dct);
    tu_no_timex("He carried the day.", dct);
    tu_no_timex("The middle of the night shift is hard.", dct);
}

/* A year before a name or noun ("the 2014 World Cup") names an event: no
 * frame for a month later in the sentence. */
Test(resolve_audit5, attributive_year_is_no_frame_for_months)
{
    const char *dct = "2006-12-01";
    tl_timeline *tl =
        tu_tag("Intro.\nArgentina could co-host the 2014 World Cup, Blatter was quoted as saying in April.", dct);
    tu_expect_text(tl, "2014", "2014");
    tu_expect_text(tl, "April", "2006-04");
    tl_free(tl);
    tu_tags("Intro.\nIn 2010 the company moved, and in April it hired staff.", dct, "April", "2010-04");
}

/* "overnight": the night before the DCT in a past clause ("died
 * overnight"), a market's night ("overnight losses"); not a kind of thing
 * ("the overnight rate", "an overnight stay").  "in morning deals": the
 * session of the DCT. */
Test(resolve_audit5, overnight_and_market_sessions)
{
    const char *dct = "1997-04-07";
    tu_tags("Intro.\nThe poet died overnight in Berlin.", dct, "overnight", "1997-04-06TNI");
    tu_tags("Intro.\nWorkers will stay overnight.", dct, "overnight", "1997-04-07TNI");
    tu_tags("Intro.\nShares soared in morning deals.", dct, "morning", "1997-04-07TMO");
    tu_no_timex("The overnight rate rose.", dct);
    tu_no_timex("He made an overnight stay.", dct);
    tu_no_timex("The morning paper said so.", dct);
}

/* "in December in 1999": one month of that year. */
Test(resolve_audit5, month_in_a_year)
{
    tu_tags("Intro.\nThey first met in December in 1999.", "2006-11-18", "December in 1999", "1999-12");
}

/* "overnight" is said of the day reported: the narrative's day when it is
 * recent, else the DCT's. */
Test(resolve_audit5, overnight_of_the_day_reported)
{
    tu_tags("Intro.\nThe embassies were bombed on Aug. 7. The US struck sites overnight.", "1998-08-20", "overnight",
            "1998-08-19TNI");
    tu_tags("Intro.\nLondon shares fell on Friday, depressed by overnight losses in New York.", "1989-10-30",
            "overnight", "1989-10-26TNI");
}

/* Years and centuries of an era: TimeML writes "BC" and the digits before
 * Christ; an AD year is the year; "ad" in lower case is an advert. */
Test(resolve_audit5, years_of_an_era)
{
    const char *dct = "2006-11-18";
    tu_tags("Intro.\nThe games began in 776BC in Olympia.", dct, "776BC", "BC0776");
    tu_tags("Intro.\nThe city was founded in 753 BC by twins.", dct, "753 BC", "BC0753");
    tu_tags("Intro.\nThe temple dates from 500 B.C. and is old.", dct, "500 B.C.", "BC0500");
    tu_tags("Intro.\nVesuvius erupted in AD 79 and buried the town.", dct, "AD 79", "0079");
    tu_tags("Intro.\nRome fell in 476 A.D. to the Goths.", dct, "476 A.D.", "0476");
    tu_tags("Intro.\nIt was built in the 5th century BC.", dct, "the 5th century BC", "BC04");
    tu_tags("Intro.\nHe bought an ad 30 seconds long.", dct, "30 seconds", "PT30S");
}

/* The period compared a year back: the month named ("In September ... the
 * same month last year"), the span of months named ("the first nine months
 * ... the same period last year": last year), else the quarter; "the
 * previous month" compares and does not move the story to that month. */
Test(resolve_audit5, periods_compared_a_year_back)
{
    const char *dct = "2005-11-16";
    tu_tags("Intro.\nIn September, sales rose 7.8 percent from the same month last year.", dct,
            "the same month last year", "2004-09");
    tu_tags("Intro.\nIn September, sales rose 7.8 percent from the same period last year.", dct,
            "the same period last year", "2004-09");
    tu_tags("Intro.\nPollutants climbed in the first nine months compared with the same period last year.", dct,
            "the same period last year", "2004");
    tu_tags("Intro.\nThird-quarter profit rose, the firm said. Sales rose from the same period last year.", dct,
            "the same period last year", "2004-Q3");
    const char *two = "Intro.\nOrders in February rose 9.9 percent, after growing 14.8 percent in the previous "
                      "month. Compared with the previous month, the February orders dropped.";
    tl_timeline *tl = tu_tag(two, "1997-04-10");
    tu_expect_at(tl, 1, "the previous month", "1997-01");
    tu_expect_at(tl, 2, "the previous month", "1997-01");
    tl_free(tl);
}

/* "fell 34 percent from a year earlier to $1 billion in 1996": the year
 * compared is named after the comparison. */
Test(resolve_audit5, year_earlier_than_a_year_named_after)
{
    tu_tags("Intro.\nNet foreign investments fell 34.43 percent from a year earlier to 1.055 billion dollars in "
            "1996, figures showed.",
            "1997-04-08", "a year earlier", "1995");
    tu_tags("Intro.\nSales rose 5 percent from a year earlier, figures showed.", "1997-04-08", "a year earlier",
            "1996");
    /* a date before its event, the event's year named after it */
    tu_tags("Intro.\nPlots were thwarted since the 7 July terror bombings in London in 2005.", "2006-11-10",
            "7 July", "2005-07-07");
}

/* Before year 1 a year counted back from the DCT is written with "BC"
 * (astronomical year 0 is 1 BC); "can" after the time is no future. */
Test(resolve_audit5, years_ago_before_christ_and_generic_can)
{
    tu_tags("Intro.\nThe temple was built 2,500 years ago.", "2006-11-21", "2,500 years ago", "BC0495");
    tu_tags("Intro.\nWinter can also bring an increase in gas-line breakages.", "2019-02-21", "Winter", "XXXX-WI");
}

/* "one year earlier than planned" is a gap, not a date; "a year earlier"
 * compares with the year the sentence names. */
Test(resolve_audit5, year_earlier_than_and_year_named_in_the_sentence)
{
    const char *dct = "1997-04-17";
    tu_tags("Intro.\nThe team will be withdrawn one year earlier than initially planned.", dct, "one year earlier",
            "P1Y");
    tu_tags("Intro.\nLast month sales rose. The fiscal 1998 budget fell from 42 percent a year earlier.", dct,
            "a year earlier", "1997");
}

/* A date before an incident names one already happened, whatever the
 * clause's tense. */
Test(resolve_audit5, date_of_an_incident_is_past)
{
    const char *dct = "2005-11-01";
    tu_tags("Intro.\nThe probe should uncover all behind the Feb. 14 assassination of Hariri.", dct, "Feb. 14",
            "2005-02-14");
    tu_tags("Intro.\nThe Feb. 14 meeting will be held in Beirut.", dct, "Feb. 14", "2006-02-14");
}

/* Incidents the news names by their date alone (holidays.c): "the
 * September 11 attacks" is 2001 whatever the DCT; other attacks on a
 * September 11 are the last one. */
Test(resolve_audit5, incidents_named_by_their_date)
{
    const char *dct = "2006-11-16";
    tu_tags("Intro.\nShe lost her son on Sept. 11 terror attacks.", dct, "Sept. 11", "2001-09-11");
    tu_tags("Intro.\nThe 7 July bombings killed 52.", dct, "7 July", "2005-07-07");
    tu_tags("Intro.\nRebels launched attacks on Sept. 11 near the border.", dct, "Sept. 11", "2006-09-11");
}

/* "on Dec. 11-13 of 2007": the range takes the year after it. */
Test(resolve_audit5, day_range_of_a_year)
{
    const char *doc = "Intro.\nThe summit will be held on Dec. 11-13 of 2007 in Bali.";
    tu_tags(doc, "2006-11-16", "Dec. 11", "2007-12-11");
    tu_tags(doc, "2006-11-16", "13", "2007-12-13");
}

/* "overnight" after a day the day before the DCT: the night before the
 * DCT. */
Test(resolve_audit5, overnight_after_yesterday)
{
    tu_tags("Intro.\nThey began their protest on Wednesday, and 200 people stayed camped outside the mission "
            "overnight.",
            "1997-04-17", "overnight", "1997-04-16TNI");
}

/* The day an event is set for lies ahead, whatever the tense of setting
 * it. */
Test(resolve_audit5, day_an_event_is_set_for)
{
    const char *dct = "1997-04-13"; /* a Sunday */
    tu_tags("Intro.\nThe union has called a mass strike for Monday.", dct, "Monday", "1997-04-14");
    tu_tags("Intro.\nParliament set elections for March.", dct, "March", "1998-03");
    tu_tags("Intro.\nThe strike on Monday paralysed the city.", "1997-04-16", "Monday", "1997-04-14");
}

/* Durations listed with commas and "and" are one; a comma alone joins only
 * clock units. */
Test(resolve_audit5, duration_lists)
{
    const char *dct = "2005-12-16";
    tu_tags("Intro.\nHe was sentenced to 14 years, nine months and 20 days.", dct,
            "14 years, nine months and 20 days", "P14Y9M20D");
    tu_tags("Intro.\nHe won in one hour, 16 minutes and 39 seconds.", dct, "one hour, 16 minutes and 39 seconds",
            "PT1H16M39S");
    tu_tags("Intro.\nHe has watched football for 20 years, five days a week.", dct, "20 years", "P20Y");
    tu_tags("Intro.\nSome governments spent only one year, 68 days or even two months in power.", dct, "one year",
            "P1Y");
}

/* "in the dead of the night", as "in the middle of the night". */
Test(resolve_audit5, dead_of_the_night)
{
    tu_tags("Intro.\nShots rang out in the dead of the night.", "1997-04-17", "the night", "1997-04-17TNI");
}
