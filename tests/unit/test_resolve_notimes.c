/* test_resolve_notimes.c -- the whole pipeline on words that look like
 * times and are not, or are times of another kind, from the fifth round
 * of newswire reviews: names and titles ("the March 14 Forces", "Player of
 * the Year", "the People's Daily", "Jermaine Easter"), rates ("six a day"),
 * periods of a match, holidays as things ("Christmas trees"), ages, vague
 * spans before an event ("hours after the ultimatum"). */
#include <criterion/criterion.h>

#include "timeline.h"
#include "support.h"

/* A date before the head of a name is part of the name. */
Test(resolve_notimes, date_naming_a_group_is_no_time)
{
    tu_no_timex("Intro.\nThe March 14 Forces and Hezbollah are at odds.", "2006-11-06");
    tu_no_timex("Intro.\nProtesters crossed the October 6 Bridge.", "2006-11-06");
    /* after "on" it is a date again */
    tu_tags("Intro.\nOn March 14 Forces loyal to the king attacked.", "2006-11-06", "March 14", "2006-03-14");
}

/* Rates are left out, as TimeBank does: "six a day", "150 billion
 * (dollars) a year", "16 billion doses of vaccine a year". */
Test(resolve_notimes, rates_after_an_amount_are_no_span)
{
    const char *dct = "2006-11-06";
    tu_no_timex("The firm makes 16 billion doses of bird flu vaccine a year.", dct);
    tu_no_timex("The region is hit by earthquakes, at least six a day.", dct);
    tu_no_timex("The plan would bring 150 billion (dollars) a year in aid.", dct);
    tu_no_timex("The average salary is 100 yuan a month.", dct);
    tu_tags("Intro.\nThe talks lasted a year.", dct, "a year", "P1Y");
}

/* Halves and quarters of a game: a sentence with a sport word, or a
 * match report (three sport words in the document). */
Test(resolve_notimes, periods_of_play_in_a_match_report)
{
    const char *dct = "2005-11-17";
    tl_timeline *tl = tu_tag("Intro.\nBryant scored 42 points. He added six assists and nine rebounds. "
                             "\"We had to get something going in the third quarter,\" he said.",
                             dct);
    cr_expect_eq(tl_timex_count(tl), 0);
    tl_free(tl);
    tu_tags("Intro.\nThe economy grew in the third quarter, the bureau said.", dct, "the third quarter", "2005-Q3");
}

/* A weekend before its noun is a date ("weekend elections", "a weekend
 * fire": "a" goes with the noun); a title is no time. */
Test(resolve_notimes, weekend_before_a_noun_and_titles)
{
    const char *dct = "1997-04-15";
    tu_tags("Intro.\nA weekend fire ravaged the cathedral.", dct, "weekend", "1997-W15-WE");
    tu_tags("Intro.\nWeekend talks will resume.", dct, "Weekend", "1997-W16-WE");
    tu_tags("Intro.\nHe spent a weekend in Paris.", dct, "a weekend", "P1WE");
    tu_no_timex("He was voted European Player of the Year.", dct);
    tu_no_timex("He is a former FIFA player of the year.", dct);
    /* "the past" before a function word is the noun */
    tu_tags("Intro.\nWe honour them by remembering the past all the time.", dct, "the past", "PAST_REF");
    tu_no_timex("Week after week the rain fell.", dct);
}

/* Titles and names: "the People's Daily" (a newspaper, not "daily"),
 * "the future Special Administrative Region" (an adjective); a counted
 * noun before "per day" makes a rate; a preposition ends the amount. */
Test(resolve_notimes, newspapers_adjectives_and_counted_rates)
{
    const char *dct = "2006-11-22";
    tu_no_timex("The report was in the People's Daily.", dct);
    tu_no_timex("The pacts concern the future Special Administrative Region of Hong Kong.", dct);
    tu_no_timex("The law limits fishermen to four crayfish per day.", dct);
    tu_tags("Intro.\nDespite RSF's daily calls, no visa came.", dct, "daily", "P1D");
    tu_tags("Intro.\nDebts rose 18.2 percent from a year before.", dct, "a year before", "2005");
}

/* In a match report a season is a season of play, once a year; a season
 * naming the place or thing it serves is no time. */
Test(resolve_notimes, seasons_of_play_and_seasonal_things)
{
    const char *dct = "2006-11-18";
    const char *report = "Intro.\nBryant scored 42 points and had six assists and nine rebounds. He had 45 points "
                         "last season. In the last 12 seasons they won twice.";
    tu_tags(report, dct, "last season", "2005");
    tu_tags(report, dct, "the last 12 seasons", "P12Y");
    tu_no_timex("Officials in Jammu, the winter capital of the state, said so.", dct);
    tu_no_timex("The emperor fled to the summer palace.", dct);
    tu_tags("Intro.\nPrices rose in the winter.", dct, "the winter", "2005-WI");
}

/* A holiday as a kind of thing, a greeting or a word names no day; ages
 * written "a 46-year old"; the unit at the end of a compound
 * ("kilowatt-hours") is no span; a match report is recognised by its
 * words ("midfielder", "equalised"). */
Test(resolve_notimes, holiday_things_ages_and_compounds)
{
    const char *dct = "2006-12-20";
    tu_no_timex("Merry Christmas to all.", dct);
    tu_no_timex("The town banned Christmas trees and Easter eggs.", dct);
    tu_no_timex("A 46-year old man was held.", dct);
    tu_no_timex("The facility would produce 355 million kilowatt-hours of electricity.", dct);
    tu_tags("Intro.\nHe returned home for Christmas.", dct, "Christmas", "2006-12-25");
    tl_timeline *tl = tu_tag("Intro.\nThe midfielder scored. Smith equalised for the visitors. The defender saw "
                             "red in the second half.",
                             dct);
    cr_expect_eq(tl_timex_count(tl), 0);
    tl_free(tl);
}

/* A month abbreviation alone, with no day, year or preposition of time, is
 * a name ("Mullah Sher Jan", "Han Jun", "Mar del Plata"). */
Test(resolve_notimes, month_abbreviations_in_names)
{
    const char *dct = "2006-12-17";
    tu_no_timex("Mullah Sher Jan said the Taliban attacked.", dct);
    tu_no_timex("Bush left for Mar del Plata.", dct);
    tu_tags("Intro.\nPrices rose in Jan and fell in Feb.", dct, "Jan", "2006-01");
}

/* "July 12-August 14": two days of a range, each with its day; a holiday
 * after a capitalised name is a surname. */
Test(resolve_notimes, day_ranges_across_months_and_holiday_surnames)
{
    const char *dct = "2006-12-29";
    tu_tags("Intro.\nThe war lasted from July 12-August 14.", dct, "July 12", "2006-07-12");
    tu_tags("Intro.\nThe war lasted from July 12-August 14.", dct, "August 14", "2006-08-14");
    tu_no_timex("Striker Jermaine Easter scored twice.", dct);
    tu_tags("Intro.\nOrthodox Easter fell in April.", dct, "Easter", "2006-04-16");
}

/* "today's youth", "the people of tomorrow": an age, not a day. */
Test(resolve_notimes, today_and_tomorrow_as_ages)
{
    const char *dct = "2006-12-20";
    tu_tags("Intro.\nThe case is a lesson for today's youth.", dct, "today", "PRESENT_REF");
    tu_tags("Intro.\nI would choose the people of tomorrow.", dct, "tomorrow", "FUTURE_REF");
    tu_tags("Intro.\nTomorrow's meeting will decide.", dct, "Tomorrow", "2006-12-21");
}

/* Vague spans before the event they are measured from ("hours after the
 * ultimatum expired"); names and translations that hold a time word;
 * "the current 45 dollars"; "over a year later". */
Test(resolve_notimes, vague_spans_names_and_modifiers)
{
    const char *dct = "2006-12-23";
    tu_tags("Intro.\nFighting erupted, hours after the expiry of an ultimatum.", dct, "hours", "PTXH");
    tu_tags("Intro.\nDays before the vote, tension rose.", dct, "Days", "PXD");
    tu_no_timex("In the first days after the vote, tension rose.", dct);
    tu_no_timex("It is a matter of days before he returns.", dct);
    tu_no_timex("They turned An-Nahar (Today) into a tribunal.", dct);
    tu_tags("Intro.\nPrices rose from the current 45 dollars.", dct, "current", "PRESENT_REF");
    tu_tags("Intro.\nLate Friday Semashko announced a deal.", dct, "Late Friday", "2006-12-22");
    tu_tags("Intro.\nAnd in April Damascus pulled out its troops.", dct, "April", "2006-04");
    tu_tags("Intro.\nThey were each awarded contracts in June.", dct, "June", "2006-06");
}

/* "Christmas Eve in 2000": the year after it; "has in the past made": the
 * past before a participle; "Britain's biggest-selling daily": a paper. */
Test(resolve_notimes, holiday_year_after_the_past_and_papers)
{
    const char *dct = "2005-12-21";
    tu_tags("Intro.\nIt was Christmas Eve in 2000 when he left.", dct, "Christmas Eve", "2000-12-24");
    tu_tags("Intro.\nThe FPI has in the past made a number of attacks.", dct, "the past", "PAST_REF");
    tu_no_timex("The Sun, Britain's biggest-selling daily, said so.", dct);
    tu_no_timex("The move may be made, the leading economic daily said.", dct);
    tu_no_timex("Kar-va-Kargar, a radical daily representing the labor union, said so.", dct);
    tu_tags("Intro.\nShe spoke at a weekly briefing.", dct, "weekly", "P1W");
}

/* A game clock counting down and the cricket format "one-day" are no
 * times; a clock range stays two times. */
Test(resolve_notimes, game_clocks_and_one_day_cricket)
{
    const char *dct = "2006-12-16";
    tu_no_timex("Smith scored with 1:29 remaining in the game.", dct);
    tu_no_timex("India won the one-day international by 20 runs.", dct);
    tu_tags("Intro.\nHe held a one-day meeting.", dct, "one-day", "P1D");
    tu_tags("Intro.\nPolling stations are open from 07:00 to 16:00 local time.", dct, "07:00", "2006-12-16T07:00");
}

/* "certain days of the week" is a kind of day; "a night out" an outing;
 * "current costs" an accounting term; a month after "since" is past even
 * after a later year in the sentence. */
Test(resolve_notimes, kinds_of_days_outings_and_since)
{
    const char *dct = "2006-12-04";
    tu_no_timex("The ban covers certain days of the week.", dct);
    tu_no_timex("He had a night out at a club.", dct);
    tu_no_timex("Current costs rose.", dct);
    tu_tags("Intro.\nBush was to spend the final days of the year at his ranch.", dct, "the year", "2006");
    tu_tags("Intro.\nA hike is expected in early 2007, the first since July.", dct, "July", "2006-07");
}
