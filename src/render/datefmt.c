/* datefmt.c -- dates as a person writes them, for every renderer that
 * shows dates to readers (the graphic, the HTML report): "Fri 15 Aug 2025",
 * "week of 4 Aug", "about Aug 2025", "Q3 2025", "19th century".  Knows
 * nothing of rows or pages; rows.c decides which parts a row can leave out
 * (the year, the day) because its group header already says them. */
#include <stdio.h>
#include <string.h>

#include "datefmt.h"
#include "layout.h"
#include "../time/calendar.h"

const char *const tl_month_abbr[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char *const tl_month_name[12] = {"January", "February", "March",     "April",
                                       "May",     "June",     "July",      "August",
                                       "September", "October", "November", "December"};
const char *const tl_weekday_abbr[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

/* An interval bound ("2025-08-15", "2025-08-15T11:00") as numbers. */
int tl_parse_bound(const char *s, tl_ymdhm *t)
{
    tl_datetime dt;
    if (!s || tl_parse_iso(s, &dt) != 0) return -1;
    *t = (tl_ymdhm){dt.year, dt.month, dt.day, dt.hour, dt.minute < 0 ? 0 : dt.minute};
    return 0;
}

void tl_year_text(int y, char *out, size_t n)
{
    if (y <= 0)
        snprintf(out, n, "%d BC", 1 - y);
    else
        snprintf(out, n, "%d", y);
}

static const char *ordinal_suffix(int n)
{
    if (n % 100 >= 11 && n % 100 <= 13) return "th";
    switch (n % 10) {
    case 1: return "st";
    case 2: return "nd";
    case 3: return "rd";
    default: return "th";
    }
}

/* The TimeML mod of the timex the event is anchored on, "" if none. */
static const char *anchor_mod(const tl_timeline *tl, const tl_event *e)
{
    if (!e->when.value) return "";
    for (size_t i = 0; i < e->n_mentions; i++) {
        size_t t = e->mentions[i].timex;
        if (t >= tl->timexes.len) continue;
        const tl_timex *x = &tl->timexes.items[t];
        if (x->mod && x->mod[0] && x->value && strcmp(x->value, e->when.value) == 0) return x->mod;
    }
    return "";
}

static const char *mod_words(const char *mod)
{
    static const struct {
        const char *mod, *words;
    } words[] = {
        {"APPROX", "about "},  {"BEFORE", "before "}, {"AFTER", "after "},
        {"ON_OR_BEFORE", "by "}, {"ON_OR_AFTER", "from "}, {"START", "early "},
        {"MID", "mid-"},       {"END", "late "},
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strcmp(mod, words[i].mod) == 0) return words[i].words;
    return "";
}

/* "2025-W33-WE": Saturday and Sunday, whatever granularity it was given. */
static int is_weekend(const char *value)
{
    size_t n = strlen(value);
    return n > 3 && strcmp(value + n - 3, "-WE") == 0;
}

void tl_format_when(const tl_timeline *tl, const tl_event *e, int flags, char *out, size_t n)
{
    tl_ymdhm t;
    out[0] = '\0';
    if (!e->anchored) return;
    if (tl_parse_bound(e->when.start, &t) != 0) {
        snprintf(out, n, "%s", e->when.value ? e->when.value : "");
        return;
    }
    char yr[24] = "";
    if (!(flags & TL_FMT_NO_YEAR)) {
        yr[0] = ' ';
        tl_year_text(t.y, yr + 1, sizeof yr - 1);
    }
    char core[128];
    const char *v = e->when.value ? e->when.value : "";
    switch (e->when.granularity) {
    case TL_GRAN_MILLENNIUM:
        snprintf(core, sizeof core, "%d%s millennium", t.y / 1000 + 1,
                 ordinal_suffix(t.y / 1000 + 1));
        break;
    case TL_GRAN_CENTURY:
        snprintf(core, sizeof core, "%d%s century", t.y / 100 + 1, ordinal_suffix(t.y / 100 + 1));
        break;
    case TL_GRAN_DECADE: snprintf(core, sizeof core, "%ds", t.y / 10 * 10); break;
    case TL_GRAN_YEAR: tl_year_text(t.y, core, sizeof core); break;
    case TL_GRAN_HALF:
        snprintf(core, sizeof core, "H%d%s", t.m <= 6 ? 1 : 2, yr);
        break;
    case TL_GRAN_QUARTER: snprintf(core, sizeof core, "Q%d%s", (t.m - 1) / 3 + 1, yr); break;
    case TL_GRAN_SEASON: {
        const char *s = strrchr(v, '-');
        const char *name = !s ? "season" : strcmp(s, "-SP") == 0 ? "spring"
                                       : strcmp(s, "-SU") == 0 ? "summer"
                                       : strcmp(s, "-WI") == 0 ? "winter"
                                                               : "autumn";
        snprintf(core, sizeof core, "%s%s", name, yr);
        break;
    }
    case TL_GRAN_MONTH: snprintf(core, sizeof core, "%s%s", tl_month_abbr[t.m - 1], yr); break;
    case TL_GRAN_WEEK:
        snprintf(core, sizeof core, "%s of %d %s%s", is_weekend(v) ? "weekend" : "week", t.d,
                 tl_month_abbr[t.m - 1], yr);
        break;
    default: {
        if (is_weekend(v)) {
            snprintf(core, sizeof core, "weekend of %d %s%s", t.d, tl_month_abbr[t.m - 1], yr);
            break;
        }
        char day[64] = "", tod[32] = "";
        int wd = tl_weekday(t.y, t.m, t.d);
        if (!(flags & TL_FMT_NO_DAY)) {
            if (!(flags & TL_FMT_NO_WEEKDAY))
                snprintf(day, sizeof day, "%s %d %s%s", tl_weekday_abbr[wd - 1], t.d,
                         tl_month_abbr[t.m - 1], yr);
            else
                snprintf(day, sizeof day, "%d %s%s", t.d, tl_month_abbr[t.m - 1], yr);
        }
        if (!(flags & TL_FMT_NO_TIME)) {
            const char *tp = strchr(v, 'T');
            if (e->when.granularity == TL_GRAN_PART_OF_DAY && tp) {
                tp++;
                snprintf(tod, sizeof tod, "%s", strncmp(tp, "MO", 2) == 0   ? "morning"
                                                : strncmp(tp, "AF", 2) == 0 ? "afternoon"
                                                : strncmp(tp, "EV", 2) == 0 ? "evening"
                                                : strncmp(tp, "NI", 2) == 0 ? "night"
                                                                            : "daytime");
            } else if (e->when.granularity >= TL_GRAN_HOUR && t.hh >= 0) {
                snprintf(tod, sizeof tod, "%02d:%02d", t.hh, t.mm);
            }
        }
        snprintf(core, sizeof core, "%s%s%s", day, day[0] && tod[0] ? ", " : "", tod);
        break;
    }
    }
    const char *pre = core[0] ? mod_words(anchor_mod(tl, e)) : "";
    if ((flags & TL_FMT_IS_HEADER) && !pre[0]) return;
    snprintf(out, n, "%s%s", pre, core);
}

char *tl_when_human(const tl_timeline *tl, const tl_event *e, char *out, size_t n)
{
    tl_format_when(tl, e, 0, out, n);
    return out;
}

int tl_when_is_approx(const tl_timeline *tl, const tl_event *e)
{
    if (!e->anchored) return 1;
    return e->when.granularity < TL_GRAN_DAY || (e->when.value && is_weekend(e->when.value)) ||
           anchor_mod(tl, e)[0] != '\0';
}

char *tl_dct_human(const tl_document *d, char *out, size_t n)
{
    tl_ymdhm t;
    out[0] = '\0';
    if (!d->dct || tl_parse_bound(d->dct, &t) != 0) return out;
    int wd = tl_weekday(t.y, t.m, t.d);
    char yr[16];
    tl_year_text(t.y, yr, sizeof yr);
    snprintf(out, n, "%s %d %s %s", tl_weekday_abbr[wd - 1], t.d, tl_month_abbr[t.m - 1], yr);
    return out;
}
