/* test_tense_more.c -- the futurate present (a dated simple present in news
 * prose is a plan or a forecast), the future seen from the past in a clause
 * of time under "would", the sequence of tenses after a past main clause,
 * "by" with a present perfect, and weekdays that name an event ("Black
 * Monday"). */
#include <criterion/criterion.h>
#include <string.h>

#include "support.h"

/* DCT Monday 2025-08-18: weather and listings in the present are the
 * coming days, whatever the verb. */
Test(tense_more, futurate_present_off_the_lists)
{
    tu_tags("A cold front moves in Wednesday night.", "2025-08-18", "Wednesday night", "2025-08-20TNI");
    tu_tags("Rain spreads east on Thursday.", "2025-08-18", "Thursday", "2025-08-21");
    tu_tags("The band plays Saturday.", "2025-08-18", "Saturday", "2025-08-23");
    tu_tags("The Yankees play Boston on Tuesday.", "2025-08-18", "Tuesday", "2025-08-19");
    /* DCT Wednesday: a plural subject and the base form */
    tu_tags("Temperatures drop sharply on Friday as a ridge of high pressure builds.", "2025-08-20", "Friday",
               "2025-08-22");
    /* DCT Thursday: "a" and a singular verb */
    tu_tags("A storm system brings heavy rain to the coast on Saturday.", "2025-08-21", "Saturday",
               "2025-08-23");
    tu_tags("The museum hosts a lecture on Saturday afternoon.", "2025-08-20", "Saturday afternoon",
               "2025-08-23TAF");
    /* a reporting clause after it does not change the forecast */
    tu_tags("Snow falls across the northern mountains on Friday, forecasters said.", "2025-08-19", "Friday",
               "2025-08-22");
    /* "is forecast for": a forecast is of what is ahead */
    tu_tags("Heavy rain is forecast for Monday.", "2025-08-23", "Monday", "2025-08-25");
}

/* A present of saying leaves the embedded clause its own tense. */
Test(tense_more, reporting_present_is_no_schedule)
{
    tu_tags("Police say the man was arrested Friday.", "2025-08-18", "Friday", "2025-08-15");
    tu_tags("Officials say the suspect fled on Sunday.", "2025-08-19", "Sunday", "2025-08-17");
    tu_tags("The minister says talks resume Monday.", "2025-08-20", "Monday", "2025-08-25");
}

/* Not a futurate present: a habit, a past verb after a compound noun, a
 * closed relative clause, a subjunctive, numerals and particles. */
Test(tense_more, present_forms_that_are_not_plans)
{
    tu_tags("He usually works on Saturday.", "2025-08-20", "Saturday", "2025-08-16");
    tu_tags("The jobs report Friday showed a slowdown.", "2025-08-19", "Friday", "2025-08-15");
    tu_tags("Smith, who heads the union, on Tuesday resigned.", "2025-08-22", "Tuesday", "2025-08-19");
    tu_tags("The Labor Department released the employment figures Friday.", "2025-08-21", "Friday",
               "2025-08-15");
    tu_tags("The two bombs exploded far apart but just minutes apart on Friday.", "2025-08-23", "Friday",
               "2025-08-22");
    tu_tags("None of his four grandparents could be located Wednesday.", "2025-08-23", "Wednesday",
               "2025-08-20");
    tu_tags("The allies demanded that Iraq withdraw within a week, starting at noon Saturday.", "2025-08-25",
               "noon Saturday", "2025-08-23T12:00");
    /* a headline's present reports the past */
    tu_tags("Storm brings floods to coast Sunday", "2025-08-19", "Sunday", "2025-08-17");
}

/* "would" ... when/after/until + a past form: after the saying. */
Test(tense_more, future_in_the_past_clause_of_time)
{
    tu_tags("He said they would leave when the market opened on Friday.", "2025-08-18", "Friday",
               "2025-08-22");
    tu_tags("She said the talks would continue after the delegates arrived on Monday.", "2025-08-20",
               "Monday", "2025-08-25");
    tu_tags("He said the plant would stay shut until the inspectors left on Tuesday.", "2025-08-20",
               "Tuesday", "2025-08-26");
    /* from a saying on Monday, DCT Thursday: the Wednesday after it */
    tu_tags("He said on Monday that they would leave once the rain stopped on Wednesday.", "2025-08-21",
               "Wednesday", "2025-08-20");
    /* no "would": the past */
    tu_tags("He left when the market opened on Thursday.", "2025-08-22", "Thursday", "2025-08-21");
    /* a comma: the clause of time is the saying's */
    tu_tags("He said he would resign, after the vote failed on Tuesday.", "2025-08-22", "Tuesday",
               "2025-08-19");
}

/* "Black Monday", "Super Tuesday": names of events, no timex of the day;
 * a place name before a weekday does not matter. */
Test(tense_more, named_days_of_events)
{
    const char *const S[] = {"Markets have not recovered since Black Monday.",
                             "Voters in 15 states go to the polls on Super Tuesday.",
                             "The protesters marched to mark Bloody Sunday."};
    for (size_t i = 0; i < sizeof S / sizeof S[0]; i++) {
        tl_timeline *tl = tu_tag(S[i], "2025-08-18");
        cr_expect_eq(tl_timex_count(tl), 0, "%s: %zu timexes", S[i], tl_timex_count(tl));
        tl_free(tl);
    }
    tu_tags("Retailers expect record sales on Cyber Monday.", "2025-12-01", "Cyber Monday", "2025-12-01");
    tu_tags("The governor met reporters in New York on Monday.", "2025-08-20", "Monday", "2025-08-18");
    tu_tags("He was in Black Rock Monday.", "2025-08-20", "Monday", "2025-08-18");
}

/* DCT Tuesday 1997-04-22.  Under a past main clause a clause of time after
 * "after", "when", "once" is no present of schedule: "riots" is a noun */
Test(tense_more, sequence_of_tenses_after_a_past_main_clause)
{
    tu_tags("They were detained soon after mass riots in Jakarta on July 27.", "1997-04-22", "July 27",
               "1996-07-27");
    tu_tags("They were detained after mass riots on July 27.", "1997-04-22", "July 27", "1996-07-27");
    /* "before" may look ahead from the past; speech keeps its own tense */
    tu_tags("She left before the storm hits on Friday.", "1997-04-22", "Friday", "1997-04-25");
    tu_tags("He said that after the team arrives on Friday they will rest.", "1997-04-22", "Friday",
               "1997-04-25");
    tu_tags("The talks will resume after the delegation arrives on Friday.", "1997-04-22", "Friday",
               "1997-04-25");
    /* "soon after" measures a gap; "soon" alone still looks ahead */
    tu_tags("Soon after the vote on Friday, he will leave.", "1997-04-22", "Friday", "1997-04-25");
}

/* DCT Thursday 2005-11-17: "by" reads ahead unless a perfect follows */
Test(tense_more, by_a_date_with_a_present_perfect_is_past)
{
    tu_tags("By August, the bank has granted 260 million yuan in loans.", "2005-11-17", "August", "2005-08");
    tu_tags("By Friday, the company has hired 20 people.", "2005-11-17", "Friday", "2005-11-11");
    tu_tags("By Friday, the company has to hire 20 people.", "2005-11-17", "Friday", "2005-11-18");
    tu_tags("By August, the bank will have granted 260 million yuan.", "2005-11-17", "August", "2006-08");
}

/* DCT Saturday 2025-08-16.  An infinitive of purpose after a main clause
 * dated on its own: the second date is the infinitive's event, after the
 * first.  Without a date of its own the main clause keeps the date ("fired
 * tear gas to disperse protesters on Friday": past), nor does a month back
 * carry the future of the DCT. */
Test(tense_more, infinitive_of_purpose_after_a_dated_clause)
{
    tu_tags("They arrived in Madrid on Thursday to clash with Real on Monday.", "2025-08-16", "Monday",
               "2025-08-18");
    tu_tags("The envoy flew to Cairo yesterday to meet the president on Tuesday.", "2025-08-16", "Tuesday",
               "2025-08-19");
    tu_tags("The troops were there on Wednesday to guard the vote on Sunday.", "2025-08-16", "Sunday",
               "2025-08-17");
    /* from the Tuesday: the Thursday after it, two days back */
    tu_tags("The union met on Tuesday to plan a strike on Thursday.", "2025-08-16", "Thursday", "2025-08-14");
    tu_tags("Police fired tear gas to disperse protesters on Friday.", "2025-08-16", "Friday", "2025-08-15");
    tu_tags("He declined to comment on Friday.", "2025-08-16", "Friday", "2025-08-15");
    tu_tags("He signed with the club in March to play in June.", "2025-08-16", "June", "2025-06");
}

/* "may", "might" + a base verb look ahead; + "have" and a participle, back. */
Test(tense_more, modal_with_and_without_a_perfect)
{
    tu_tags("Sales may have peaked in June.", "2025-08-16", "June", "2025-06");
    tu_tags("Sales may rise in June.", "2025-08-16", "June", "2026-06");
    tu_tags("Prices might fall in March.", "2025-08-16", "March", "2026-03");
    tu_tags("Prices might not have fallen in March.", "2025-08-16", "March", "2025-03");
    tu_tags("Sales may well have peaked in June.", "2025-08-16", "June", "2025-06");
    tu_tags("He must have left on Friday.", "2025-08-16", "Friday", "2025-08-15");
}

/* DCT Saturday 2025-08-16.  A plan under a past auxiliary is seen from a
 * past moment not named: the day nearest the DCT ("was due to arrive on
 * Friday" is yesterday, "was expected to crest Sunday" tomorrow); "was
 * supposed to" is past.  From a named day of saying, the day after it. */
Test(tense_more, plans_under_a_past_auxiliary)
{
    tu_tags("He was supposed to testify on Friday but the hearing was postponed.", "2025-08-16", "Friday",
               "2025-08-15");
    tu_tags("He was due to arrive on Friday.", "2025-08-16", "Friday", "2025-08-15");
    tu_tags("The ship was scheduled to dock on Thursday.", "2025-08-16", "Thursday", "2025-08-14");
    tu_tags("The river was expected to crest Sunday.", "2025-08-16", "Sunday", "2025-08-17");
    tu_tags("The talks were scheduled to resume on Tuesday.", "2025-08-16", "Tuesday", "2025-08-19");
    tu_tags("Officials said on Wednesday that he was due to arrive on Friday.", "2025-08-16", "Friday",
               "2025-08-15");
    tu_tags("Officials said on Wednesday that he was due to arrive on Monday.", "2025-08-16", "Monday",
               "2025-08-18");
    tu_tags("The talks had been scheduled to end Friday.", "2025-08-16", "Friday", "2025-08-15");
}

/* DCT 2025-08-16.  The goal of a rescheduling ("to", "until" after
 * postpone, adjourn, extend, delay, move) lies ahead of the act, however
 * past the act; a past perfect keeps it back. */
Test(tense_more, goal_of_a_rescheduling)
{
    tu_tags("The court adjourned the case to February.", "2025-08-16", "February", "2026-02");
    tu_tags("The judge postponed the trial until March.", "2025-08-16", "March", "2026-03");
    tu_tags("The meeting was postponed until March.", "2025-08-16", "March", "2026-03");
    tu_tags("The deadline was extended to Nov. 20.", "2025-08-16", "Nov. 20", "2025-11-20");
    tu_tags("The deadline was extended until Tuesday.", "2025-08-16", "Tuesday", "2025-08-19");
    tu_tags("The board moved the vote to Friday.", "2025-08-16", "Friday", "2025-08-22");
    tu_tags("An extension to January was granted.", "2025-08-16", "January", "2026-01");
    tu_tags("The vote was delayed to next week.", "2025-08-16", "next week", "2025-W34");
    /* from the day of the act: the Thursday after the Tuesday */
    tu_tags("The court on Tuesday adjourned the hearing to Thursday.", "2025-08-16", "Thursday", "2025-08-14");
    tu_tags("The hearing had been postponed until Monday.", "2025-08-16", "Monday", "2025-08-11");
    /* a span, not a new date; "rose to" is no goal in time */
    tu_tags("The strike was extended from Monday to Friday.", "2025-08-16", "Friday", "2025-08-15");
    tu_tags("The river rose to record levels in March.", "2025-08-16", "March", "2025-03");
}

/* "and" inside a noun phrase opens no clause; next to the expression it
 * joins clauses.  DCT Thursday 1997-04-24 and Monday 1997-04-28 */
Test(tense_more, and_inside_a_noun_phrase)
{
    tu_tags("Talks were held with Korean and American officials on Sunday.", "1997-04-24", "Sunday",
               "1997-04-20");
    tu_tags("The visit will coincide with the signature of a dozen commercial and military accords on Tuesday.",
               "1997-04-28", "Tuesday", "1997-04-29");
    tu_tags("Iran wants to install the centrifuges by March and President Ahmadinejad has said so.",
               "2006-12-23", "March", "2007-03");
    tu_tags("Trump arrived and Putin meets him on Friday.", "1997-04-24", "Friday", "1997-04-25");
    tu_tags("Smith and Jones meet on Friday.", "1997-04-24", "Friday", "1997-04-25");
}

/* DCT Saturday 1997-04-05 */
Test(tense_more, plural_head_before_of)
{
    tu_tags("Most areas of the United States shift Sunday to daylight savings time.", "1997-04-05", "Sunday",
               "1997-04-06");
    tu_tags("Thousands of fans packed the stadium on Friday.", "1997-04-05", "Friday", "1997-04-04");
}

/* an adjective after "to" is no infinitive: no plan looks ahead.  DCT
 * Wednesday 2005-11-02 */
Test(tense_more, adjective_after_to_is_no_infinitive)
{
    tu_tags("A source said Arroyo made the commitment to former president Ramos during a private meeting Monday.",
               "2005-11-02", "Monday", "2005-10-31");
}

/* DCT Wednesday 1997-04-09: a present copula dating a thing is a schedule;
 * what is looked forward to lies ahead */
Test(tense_more, copula_schedules_and_looking_forward)
{
    tu_tags("Intro.\nThe deadline for the resolution is 1600 GMT Thursday.", "1997-04-09", "1600 GMT Thursday",
               "1997-04-10T16:00");
    tu_tags("Intro.\nThe meeting is Friday at noon.", "1997-04-09", "Friday at noon", "1997-04-11T12:00");
    tu_tags("Intro.\nToday is Wednesday.", "1997-04-09", "Wednesday", "1997-04-09");
    tu_tags("Intro.\nBeijing was looking forward to the visit in May.", "1997-04-09", "May", "1997-05");
    tu_tags("Intro.\nThe plan moved forward on Tuesday.", "1997-04-09", "Tuesday", "1997-04-08");
}

/* A fronted phrase takes the tense of the main clause after its comma;
 * a list after a colon the tense of the clause before the colon. */
Test(tense_more, fronted_phrase_and_list_after_a_colon)
{
    const char *dct = "1997-04-25"; /* a Friday */
    tl_timeline *tl = tu_tag("Intro.\nBefore the service late Sunday commemorating the saint, the pope will hold two "
                             "other ceremonies: a mass Saturday in front of young people.",
                             dct);
    tu_expect_text(tl, "late Sunday", "1997-04-27");
    tu_expect_text(tl, "Saturday", "1997-04-26");
    tl_free(tl);
    /* a comma right after the expression opens an aside, no main clause */
    tu_tags("Intro.\nOn Friday, when she set aside vacation plans for the hastily planned trip to Kenya "
                "and Tanzania, the department lifted a warning.", "1998-08-17", "Friday", "1998-08-14");
    /* after a verb of saying the colon opens a quotation: no list */
    tu_tags("Intro.\nThe minister will say: the talks ended Friday.", dct, "Friday", "1997-04-25");
}

/* After the expression an "-ed" word right after a comma is an adjective
 * or a participle ("unleaded petrol"), no past verb of its clause. */
Test(tense_more, ed_adjective_after_a_comma_is_no_past)
{
    tu_tags("Intro.\nBeginning July 1, unleaded petrol will be available at 300 stations.",
            "1997-04-08", "July 1", "1997-07-01");
    tu_tags("Intro.\nOn Friday, police arrested him.", "1997-04-08", "Friday", "1997-04-04");
}

/* Nouns are no futurate present: "gas" is no third person ("a big gas
 * blast on Sunday hit"), and "34 pupils and seven lay members" lists
 * counted things, no subject and verb. */
Test(tense_more, nouns_read_as_no_present_verb)
{
    const char *dct = "2006-11-29";
    tu_tags("Intro.\nThe third gas blast on Sunday hit the colliery.", dct, "Sunday", "2006-11-26");
    tu_tags("Intro.\nThe rebels killed 34 pupils and seven lay members of the seminary in the attack Tuesday.", dct,
            "Tuesday", "2006-11-28");
    /* a real present of schedule still looks ahead */
    tu_tags("Intro.\nA cold front moves in on Sunday.", dct, "Sunday", "2006-12-03");
}

/* "starting Thursday", "beginning Thursday", "effective Monday": the start
 * of something set, on the day nearest the DCT whatever the main verb's
 * tense; a future after it makes it the next one. */
Test(tense_more, start_of_something_set_is_the_nearest_day)
{
    const char *dct = "2006-11-22"; /* a Wednesday */
    tu_tags("Intro.\nKazakhstan replaced Uzbekistan in the mixed team event starting on Thursday.", dct, "Thursday",
            "2006-11-23");
    tu_tags("Intro.\nThe court adjourned to allow for a two-day meeting of the council beginning Thursday.", dct,
            "Thursday", "2006-11-23");
    tu_tags("Intro.\nThe strike, starting Monday, paralysed the city.", dct, "Monday", "2006-11-20");
    tu_tags("Intro.\nThe new tariff, effective Monday, will cut prices.", dct, "Monday", "2006-11-27");
    tu_tags("Intro.\nThe committal hearing beginning August 19 was set by the court.", "1997-04-11", "August 19",
            "1997-08-19");
}

/* "can" looks ahead like the other modals; a past clause after it does
 * not count from the day still to come. */
Test(tense_more, can_looks_ahead)
{
    const char *doc = "Intro.\nSchalke can reclaim top spot with victory over Nuremberg on Sunday. "
                      "Bayern drew: Demichelis headed them ahead but Delura equalised ten minutes later.";
    tu_tags(doc, "2006-12-02", "Sunday", "2006-12-03");
    tu_tags(doc, "2006-12-02", "ten minutes later", "2006-12-02");
}

/* "is at noon Friday", "the deadline is noon Friday": a schedule; "mid-day"
 * is noon. */
Test(tense_more, copula_before_a_time_of_day)
{
    const char *dct = "1997-04-30"; /* a Wednesday */
    tu_tags("Intro.\nThe vote is at noon Friday.", dct, "noon Friday", "1997-05-02T12:00");
    tu_tags("Intro.\nThe deadline is noon Friday.", dct, "noon Friday", "1997-05-02T12:00");
    tu_tags("Intro.\nShortly after mid-day Tuesday, he placed a package.", dct, "mid-day Tuesday",
            "1997-04-29T12:00");
}

/* "have" before an event had on the calendar is a schedule, no perfect;
 * not after "did", nor before a thing ("has a new cabinet"). */
Test(tense_more, having_an_event_is_a_schedule)
{
    tu_tags("Intro.\nThen we have the Gulf Cup in the UAE in January.", "2006-12-14", "January", "2007-01");
    tu_tags("Intro.\nMaybe we can have a meeting at the end of January.", "2005-12-10", "the end of January",
            "2006-01");
    tu_tags("Intro.\nWe didn't have the best preparation in the summer.", "2006-12-14", "the summer", "2006-SU");
    tu_tags("Intro.\nJordan has a new cabinet on Sunday.", "2005-11-28", "Sunday", "2005-11-27");
}

/* An aside in parentheses does not use up the window the tense is looked
 * for in. */
Test(tense_more, parenthetical_aside_is_skipped_whole)
{
    tu_tags("Intro.\nThe cost of a ride will rise 20 percent to six euros (eight dollars) on February 1, the agency "
            "reported Saturday.",
            "2006-12-30", "February 1", "2007-02-01");
}

/* No present of schedule from an adverb ("the talks late on Tuesday") or
 * from a name in "-is" read as a plural ("the Tunis phase"). */
Test(tense_more, adverbs_and_names_in_s_are_no_verbs)
{
    const char *dct = "2005-11-18"; /* a Friday */
    tu_tags("Intro.\nThe UN chief said after the negotiations late on Tuesday that talks failed.", dct, "Tuesday",
            "2005-11-15");
    tu_tags("Intro.\nOpening the Tunis phase of WSIS on Wednesday, Annan called for calm.", dct, "Wednesday",
            "2005-11-16");
}

/* "were to meet Wednesday", "was to return Monday": "be to" is a plan
 * seen from the past, the day nearest the DCT. */
Test(tense_more, be_to_is_a_plan)
{
    tu_tags("Intro.\nDiplomats were to meet Wednesday in New York.", "1997-04-15", "Wednesday", "1997-04-16");
    tu_tags("Intro.\nBush was to return to Washington Monday for the ceremonies.", "2006-12-30", "Monday",
            "2007-01-01");
}

/* "a possible verdict Thursday", "a possible meeting over the weekend":
 * something possible lies ahead. */
Test(tense_more, possible_lies_ahead)
{
    tu_tags("Intro.\nShares fell on anxiety over a possible negative verdict Thursday.", "1997-04-09", "Thursday",
            "1997-04-10");
    tu_tags("Intro.\nIt has been preparing the ground for a possible meeting over the weekend.", "2006-11-01",
            "the weekend", "2006-W44-WE");
}
