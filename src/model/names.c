/* names.c -- the spelling of every enum in output and on the command line. */
#include "timeline.h"

const char *tl_timex_type_name(tl_timex_type t)
{
    static const char *const names[] = {"DATE", "TIME", "DURATION", "SET"};
    return (unsigned)t < 4 ? names[t] : "DATE";
}

const char *tl_rel_type_name(tl_rel_type t)
{
    static const char *const names[] = {"BEFORE",      "AFTER",        "INCLUDES",
                                        "IS_INCLUDED", "SIMULTANEOUS", "OVERLAP"};
    return (unsigned)t < 6 ? names[t] : "OVERLAP";
}

const char *tl_dct_source_name(tl_dct_source s)
{
    static const char *const names[] = {"none", "cli", "metadata", "dateline"};
    return (unsigned)s < 4 ? names[s] : "none";
}

const char *tl_tense_name(tl_tense t)
{
    static const char *const names[] = {"NONE", "PAST", "PRESENT", "FUTURE"};
    return (unsigned)t < 4 ? names[t] : "NONE";
}

const char *tl_granularity_name(tl_granularity g)
{
    static const char *const names[] = {"none",    "millennium", "century", "decade",
                                        "year",    "half",       "quarter", "season",
                                        "month",   "week",       "day",     "part_of_day",
                                        "hour",    "minute",     "second"};
    return (unsigned)g < sizeof names / sizeof *names ? names[g] : "none";
}
