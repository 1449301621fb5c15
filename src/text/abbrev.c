/* abbrev.c -- words whose period does not end a sentence.  A table, so
 * adding "Gov." is one line. */
#include <string.h>
#include <strings.h>

#include "segment.h"

static const char *const abbreviations[] = {
    /* titles */
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt",
    "Cmdr", "Adm", "Maj", "Rev", "Hon", "Pres", "Amb", "St", "Jr", "Sr", "Messrs", "Mt", "Ft",
    /* months and weekdays as abbreviated in datelines */
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    /* common in news copy */
    "No", "Nos", "vs", "etc", "approx", "est", "dept", "Univ", "Ave", "Blvd", "Rd",
    "Inc", "Corp", "Co", "Ltd", "Bros", "cf", "al", "e.g", "i.e", "Calif", "Mass", "Conn",
    "Penn", "Wash", "Fla", "Ill", "Tex", "Ariz", "Colo", "Mich", "Minn", "Okla", "Ore", "Va",
    "Wis", "Ky", "Tenn", "Ala", "Ga", "La", "Md", "Mo", "Neb", "Nev", "Del", "Kan", "Pa",
};

int tl_is_abbreviation(const char *s, size_t n)
{
    if (n == 1 && ((s[0] >= 'A' && s[0] <= 'Z'))) return 1; /* initials: "J. Smith" */
    for (size_t i = 0; i < sizeof abbreviations / sizeof *abbreviations; i++)
        if (strlen(abbreviations[i]) == n && strncasecmp(abbreviations[i], s, n) == 0) return 1;
    return 0;
}
