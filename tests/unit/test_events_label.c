/* test_events_label.c -- which mention names a merged event: once the
 * latest article is dated after the happening, a report of it as done
 * beats a plan or preview ("is planned", "would hold", "is due to"), and
 * within one article "is planned" reads as to come, not as past.
 * Timexes are made by hand, as in test_events.c. */
#include <criterion/criterion.h>
#include <string.h>

#include "../../src/events/events.h"
#include "../../src/model/stages.h"
#include "support.h"

/* Three articles on one public meeting: announced, previewed, reported. */
static const char *const meeting[] = {
    "A public meeting on the ferry timetable is planned for June 3 at 7 p.m. at the Town Hall.",
    "The mayor said the council would hold a public meeting on Wednesday evening to hear "
    "complaints about the ferry timetable.",
    "Dozens of commuters crowded into the Town Hall on Wednesday night to question the council "
    "about the ferry timetable.",
};

static tl_timeline *meeting_events(const char *const *dcts)
{
    tl_timeline *tl = tu_docs(meeting, dcts, 3);
    tu_date(tl, 0, "June 3", "2026-06-03");
    tu_timex(tl, 0, "7 p.m.", 0, "2026-06-03T19:00", TL_TIMEX_TIME);
    tu_timex(tl, 1, "Wednesday evening", 0, "2026-06-03TEV", TL_TIMEX_TIME);
    tu_timex(tl, 2, "Wednesday night", 0, "2026-06-03TNI", TL_TIMEX_TIME);
    cr_assert_eq(tl_events_build(tl), 0);
    return tl;
}

Test(events_label, report_after_the_event_beats_the_plan)
{
    const char *dcts[] = {"2026-05-28", "2026-06-01", "2026-06-04"};
    tl_timeline *tl = meeting_events(dcts);
    cr_assert_eq(tl->events.len, 1, "%zu events", tl->events.len);
    const tl_event *e = &tl->events.items[0];
    cr_assert_eq(e->n_mentions, 3);
    cr_assert(strncmp(e->label, "Dozens of commuters crowded into the Town Hall", 46) == 0, "label: %s",
              e->label);
    tl_free(tl);
}

Test(events_label, before_the_event_the_plan_still_names_it)
{
    /* the latest article is the preview: nothing is over yet */
    const char *dcts[] = {"2026-05-28", "2026-06-01", "2026-06-01"};
    tl_timeline *tl = meeting_events(dcts);
    cr_assert_eq(tl->events.len, 1, "%zu events", tl->events.len);
    const tl_event *e = &tl->events.items[0];
    cr_assert(strstr(e->label, "Dozens") == NULL, "label: %s", e->label);
    tl_free(tl);
}

Test(events_label, a_past_report_beats_is_due_to)
{
    const char *docs[] = {"The city council is due to vote on Friday on the harbour budget.",
                          "The city council voted on Friday to approve the harbour budget."};
    const char *dcts[] = {"2026-06-01", "2026-06-08"};
    tl_timeline *tl = tu_pair_events(docs, dcts, "Friday", "2026-06-05", "Friday", "2026-06-05");
    cr_assert_eq(tl->events.len, 1, "%zu events", tl->events.len);
    cr_assert_str_eq(tl->events.items[0].label, "The city council voted to approve the harbour budget");
    tl_free(tl);
}

Test(events_label, a_long_report_stays_a_natural_label)
{
    /* "as" opens a subordinate clause: kept, whole words, no dangling date */
    tu_expect_label("Drivers faced long queues on Monday morning as the Harbor Bridge closed for "
                    "emergency cable repairs, a week after inspectors reported corrosion.",
                    "Monday morning", "2026-03-16TMO",
                    "Drivers faced long queues as the Harbor Bridge closed for emergency cable repairs");
}
