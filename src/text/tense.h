/* tense.h -- the tense of the clause around a span of tokens, from surface
 * cues: modals and "going to" for the future, past-tense verb forms for the
 * past.  Used to decide whether "Friday" is the last one or the next. */
#ifndef TL_TENSE_H
#define TL_TENSE_H

#include "../model/model.h"

/* Tense of the clause containing tokens [first, last] of d: the nearest cue
 * before the span within its clause, else the nearest after it.  When
 * from_past is not NULL it is set to 1 for a future seen from a past moment
 * ("said it would reopen on Tuesday": after the saying, not the DCT).
 * A present of schedule before the expression is a future: a schedule verb
 * in the present simple ("the summit starts at 2 p.m. on Friday", "the two
 * leaders meet Thursday", "the show opens March 18", "the fair runs from
 * June 2 to 5"), a progressive ("are being held on Friday") or
 * "is on" ("are holding talks on Friday", "the vote is on Friday") -- but
 * not "says", nor in a headline (no final stop: "Putin meets Trump in
 * Alaska" reports the past), nor for a known event ("the Oct. 3 attack",
 * "Friday's meeting").  Any other simple present right after the subject
 * that opens its clause is futurate too ("rain spreads east on Thursday"),
 * but not a verb of state or saying, a habit ("usually works"), nor one a
 * past verb after the expression shows to be a noun ("the jobs report
 * Friday showed").  A simple past in a clause of time under "would" ("would
 * leave when the market opened on Friday") is a future from the past. */
/* from_past is 2 for a plan under a past auxiliary ("was due to arrive
 * Friday", "was expected to crest Sunday"): the plan is seen from a past
 * moment the clause does not name, so its day may have passed by the DCT
 * or not -- the occurrence nearest the DCT is meant. */
tl_tense tl_clause_tense(const tl_doc *d, size_t first, size_t last, int *from_past);

/* Is there a future cue further back in the conjunct of token first (20
 * tokens, stopping at "and", "but", "or" unless they join two dates)?  For
 * a weekday whose clause has no cue near: "will become the first president
 * to address the Union when he travels on to Ethiopia on Sunday" is next
 * Sunday.  A "would" counts only when reported is set: a weekday's future
 * starts from the day of saying, which may be days back, but a month's or
 * a month day's year is the same from the saying as from the DCT ("said
 * two new flights would leave Bombay on Monday and Tuesday nights, with
 * the third departing each Thursday from August 6"). */
int tl_far_future(const tl_doc *d, size_t first, int reported);

#endif
