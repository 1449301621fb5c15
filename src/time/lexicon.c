/* lexicon.c -- the temporal vocabulary, one reading per line.
 *
 * Adding a word ("fortnight") is one line here.  A word with several
 * readings has several lines.  Phrases are written with single spaces
 * between their tokens as the tokenizer splits them ("new year 's day").
 * The table is compiled once into a hash table (tl_lexicon_init), so lookup
 * cost does not depend on its length. */
#include <pthread.h>
#include <string.h>

#include "lexicon.h"

typedef struct {
    const char *text;
    tl_sym sym;
    int val;
} entry;

static const entry TABLE[] = {
    /* months */
    {"january", S_MONTH, 1}, {"jan", S_MONTH, 1},
    {"february", S_MONTH, 2}, {"feb", S_MONTH, 2},
    {"march", S_MONTH, 3}, {"mar", S_MONTH, 3},
    {"april", S_MONTH, 4}, {"apr", S_MONTH, 4},
    {"may", S_MONTH, 5},
    {"june", S_MONTH, 6}, {"jun", S_MONTH, 6},
    {"july", S_MONTH, 7}, {"jul", S_MONTH, 7},
    {"august", S_MONTH, 8}, {"aug", S_MONTH, 8},
    {"september", S_MONTH, 9}, {"sept", S_MONTH, 9}, {"sep", S_MONTH, 9},
    {"october", S_MONTH, 10}, {"oct", S_MONTH, 10},
    {"november", S_MONTH, 11}, {"nov", S_MONTH, 11},
    {"december", S_MONTH, 12}, {"dec", S_MONTH, 12},
    /* weekdays; the abbreviations that are common words ("sun") count only
     * before a date (spans.c) */
    {"monday", S_WDAY, 1}, {"mon", S_WDAY, 1},
    {"tuesday", S_WDAY, 2}, {"tues", S_WDAY, 2}, {"tue", S_WDAY, 2},
    {"wednesday", S_WDAY, 3}, {"wed", S_WDAY, 3},
    {"thursday", S_WDAY, 4}, {"thurs", S_WDAY, 4}, {"thu", S_WDAY, 4},
    {"friday", S_WDAY, 5}, {"fri", S_WDAY, 5},
    {"saturday", S_WDAY, 6}, {"sat", S_WDAY, 6},
    {"sunday", S_WDAY, 7}, {"sun", S_WDAY, 7},
    /* plural weekdays are sets: "the shop closes on Sundays" */
    {"mondays", S_WDAYS, 1}, {"tuesdays", S_WDAYS, 2}, {"wednesdays", S_WDAYS, 3},
    {"thursdays", S_WDAYS, 4}, {"fridays", S_WDAYS, 5}, {"saturdays", S_WDAYS, 6},
    {"sundays", S_WDAYS, 7},
    /* cardinal number words (compounds like "twenty - five" are joined by the matcher) */
    {"one", S_CARD, 1}, {"two", S_CARD, 2}, {"three", S_CARD, 3}, {"four", S_CARD, 4},
    {"five", S_CARD, 5}, {"six", S_CARD, 6}, {"seven", S_CARD, 7}, {"eight", S_CARD, 8},
    {"nine", S_CARD, 9}, {"ten", S_CARD, 10}, {"eleven", S_CARD, 11}, {"twelve", S_CARD, 12},
    {"thirteen", S_CARD, 13}, {"fourteen", S_CARD, 14}, {"fifteen", S_CARD, 15},
    {"sixteen", S_CARD, 16}, {"seventeen", S_CARD, 17}, {"eighteen", S_CARD, 18},
    {"nineteen", S_CARD, 19}, {"twenty", S_CARD, 20}, {"thirty", S_CARD, 30},
    {"forty", S_CARD, 40}, {"fifty", S_CARD, 50}, {"sixty", S_CARD, 60},
    {"seventy", S_CARD, 70}, {"eighty", S_CARD, 80}, {"ninety", S_CARD, 90},
    {"hundred", S_CARD, 100}, {"thousand", S_CARD, 1000},
    {"dozen", S_CARD, 12}, {"a dozen", S_CARD, 12},
    {"a", S_A, 1}, {"an", S_A, 1}, {"a single", S_A, 1}, /* "in a single day" */
    /* ordinals */
    {"first", S_ORD, 1}, {"second", S_ORD, 2}, {"third", S_ORD, 3}, {"fourth", S_ORD, 4},
    {"fifth", S_ORD, 5}, {"sixth", S_ORD, 6}, {"seventh", S_ORD, 7}, {"eighth", S_ORD, 8},
    {"ninth", S_ORD, 9}, {"tenth", S_ORD, 10}, {"eleventh", S_ORD, 11},
    {"twelfth", S_ORD, 12}, {"thirteenth", S_ORD, 13}, {"fourteenth", S_ORD, 14},
    {"fifteenth", S_ORD, 15}, {"sixteenth", S_ORD, 16}, {"seventeenth", S_ORD, 17},
    {"eighteenth", S_ORD, 18}, {"nineteenth", S_ORD, 19}, {"twentieth", S_ORD, 20},
    {"thirtieth", S_ORD, 30}, {"twenty - first", S_ORD, 21},
    /* units */
    {"second", S_UNIT, U_SECOND}, {"seconds", S_UNITS, U_SECOND},
    {"minute", S_UNIT, U_MINUTE}, {"minutes", S_UNITS, U_MINUTE},
    {"hour", S_UNIT, U_HOUR}, {"hours", S_UNITS, U_HOUR},
    {"day", S_UNIT, U_DAY}, {"days", S_UNITS, U_DAY},
    {"night", S_UNIT, U_NIGHT}, {"nights", S_UNITS, U_NIGHT},
    {"weekend", S_UNIT, U_WEEKEND}, {"weekends", S_UNITS, U_WEEKEND},
    {"week", S_UNIT, U_WEEK}, {"weeks", S_UNITS, U_WEEK},
    {"fortnight", S_UNIT, U_FORTNIGHT}, {"fortnights", S_UNITS, U_FORTNIGHT},
    {"month", S_UNIT, U_MONTH}, {"months", S_UNITS, U_MONTH},
    {"quarter", S_UNIT, U_QUARTER}, {"quarters", S_UNITS, U_QUARTER},
    {"half", S_UNIT, U_HALFYEAR}, {"halves", S_UNITS, U_HALFYEAR},
    {"season", S_UNIT, U_SEASON}, {"seasons", S_UNITS, U_SEASON},
    {"year", S_UNIT, U_YEAR}, {"years", S_UNITS, U_YEAR}, {"yr", S_UNIT, U_YEAR},
    {"decade", S_UNIT, U_DECADE}, {"decades", S_UNITS, U_DECADE},
    {"century", S_UNIT, U_CENTURY}, {"centuries", S_UNITS, U_CENTURY},
    {"millennium", S_UNIT, U_MILLENNIUM}, {"millennia", S_UNITS, U_MILLENNIUM},
    /* parts of the day */
    {"morning", S_POD, P_MO}, {"afternoon", S_POD, P_AF}, {"evening", S_POD, P_EV},
    {"night", S_POD, P_NI}, {"overnight", S_POD, P_NI}, {"daytime", S_POD, P_DT},
    {"mornings", S_POD, P_MO}, {"afternoons", S_POD, P_AF}, {"evenings", S_POD, P_EV},
    {"nights", S_POD, P_NI},
    {"noon", S_NOON, 1200}, {"midday", S_NOON, 1200}, {"mid - day", S_NOON, 1200}, {"midnight", S_NOON, 2400},
    /* seasons */
    {"spring", S_SEASON, SE_SP}, {"summer", S_SEASON, SE_SU}, {"fall", S_SEASON, SE_FA},
    {"autumn", S_SEASON, SE_FA}, {"winter", S_SEASON, SE_WI},
    /* deictic days */
    {"today", S_DEICTIC, 0}, {"yesterday", S_DEICTIC, -1}, {"tomorrow", S_DEICTIC, 1},
    {"tonight", S_DEICTIC, 9},
    /* references to the past, present, future */
    {"now", S_REF, REF_PRESENT}, {"right now", S_REF, REF_PRESENT}, {"currently", S_REF, REF_PRESENT},
    {"nowadays", S_REF, REF_PRESENT}, {"presently", S_REF, REF_PRESENT},
    {"these days", S_REF, REF_PRESENT},
    {"recently", S_REF, REF_PAST}, {"lately", S_REF, REF_PAST},
    {"current", S_REF, REF_PRESENT}, /* the adjective: "current market conditions" */
    {"then current", S_REF, REF_PAST}, {"then - current", S_REF, REF_PAST}, /* "the then-current price" */
    {"past", S_REFN, REF_PAST}, {"future", S_REFN, REF_FUTURE},
    {"near future", S_REFN, REF_FUTURE}, {"present", S_REFN, REF_PRESENT},
    {"near term", S_REFN, REF_FUTURE}, {"short term", S_REFN, REF_FUTURE},
    {"long term", S_REFN, REF_FUTURE}, {"a later date", S_REF, REF_FUTURE},
    /* relative words */
    {"last", S_REL, R_LAST}, {"next", S_REL, R_NEXT}, {"this", S_REL, R_THIS},
    {"past", S_REL, R_PAST}, {"coming", S_REL, R_COMING}, {"upcoming", S_REL, R_COMING},
    {"ahead", S_REL, R_COMING}, /* after its noun: "the years ahead" (grammar.c) */
    {"previous", S_REL, R_PREVIOUS}, {"preceding", S_REL, R_PREVIOUS},
    {"prior", S_REL, R_PREVIOUS}, {"following", S_REL, R_FOLLOWING},
    {"same", S_REL, R_SAME}, {"corresponding", S_REL, R_SAME}, {"comparable", S_REL, R_SAME}, {"recent", S_REL, R_RECENT}, {"current", S_REL, R_CURRENT},
    {"latest", S_REL, R_LATEST}, {"future", S_REL, R_FUTURE}, {"full", S_REL, R_THIS},
    {"this past", S_REL, R_PAST}, {"this coming", S_REL, R_NEXT},
    {"the", S_THE, 0}, {"'s", S_POSS, 0}, {"\xE2\x80\x99s", S_POSS, 0},
    {"that", S_THAT, 0}, {"those", S_THAT, 0},
    {"ago", S_AGO, -1}, {"from now", S_AGO, 1}, {"hence", S_AGO, 1},
    {"later", S_LATER, 1}, {"earlier", S_LATER, -1},
    {"before", S_BEFORE, -1}, {"after", S_BEFORE, 1},
    /* frequencies */
    {"each", S_EACH, 0}, {"every", S_EACH, 0}, {"per", S_EACH, 0},
    {"every other", S_EACH, 2}, {"every second", S_EACH, 2}, /* value: the step */
    {"daily", S_SETADV, U_DAY}, {"nightly", S_SETADV, U_NIGHT},
    {"weekly", S_SETADV, U_WEEK}, {"monthly", S_SETADV, U_MONTH},
    {"annually", S_SETADV, U_YEAR},
    {"yearly", S_SETADV, U_YEAR}, {"hourly", S_SETADV, U_HOUR},
    {"once", S_TIMES, 1}, {"twice", S_TIMES, 2}, {"thrice", S_TIMES, 3},
    {"times", S_TIMESW, 0},
    /* modifiers (TimeML mod) */
    /* "about", "almost", "some" stay outside the extent, as TimeBank and
     * AQUAINT mostly annotate them */
    {"around", S_MOD, M_APPROX}, {"approximately", S_MOD, M_APPROX},
    {"roughly", S_MOD, M_APPROX}, {"nearly", S_MOD, M_APPROX}, {"less than", S_MOD, M_LESS_THAN},
    {"fewer than", S_MOD, M_LESS_THAN}, {"under", S_MOD, M_LESS_THAN},
    {"more than", S_MOD, M_MORE_THAN}, {"over", S_MOD, M_MORE_THAN},
    {"longer than", S_MOD, M_MORE_THAN},
    {"at least", S_MOD, M_EQUAL_OR_MORE}, {"no less than", S_MOD, M_EQUAL_OR_MORE},
    {"up to", S_MOD, M_EQUAL_OR_LESS}, {"no more than", S_MOD, M_EQUAL_OR_LESS},
    {"at most", S_MOD, M_EQUAL_OR_LESS},
    {"early", S_POS, M_START}, {"mid", S_POS, M_MID}, {"late", S_POS, M_END},
    {"end", S_POSN, M_END}, {"close", S_POSN, M_END}, {"beginning", S_POSN, M_START},
    {"start", S_POSN, M_START}, {"middle", S_POSN, M_MID},
    /* glue words */
    {"of", S_OF, 0}, {"and", S_AND, 0}, {"or", S_OR, 0}, {"so", S_SO, 0},
    {"in", S_IN, 0}, {"at", S_IN, 0}, {"on", S_IN, 0},
    {"to", S_TO, 0}, {"through", S_TO, 0}, {"until", S_TO, 0}, {"till", S_TO, 0},
    {"fiscal", S_FISCAL, 0}, {"financial", S_FISCAL, 0},
    {"few", S_FEW, 0}, {"several", S_FEW, 0}, {"many", S_FEW, 0}, {"couple", S_FEW, 2},
    {"a few", S_FEW, 0}, {"a couple of", S_FEW, 2}, {"a couple", S_FEW, 2},
    {"couple of", S_FEW, 2}, /* "the next couple of years" */
    {"half", S_HALF, 0}, {"old", S_OLD, 0}, {"long", S_LONG, 0},
    /* one-word duration adjectives: "a weeklong search" (value: the unit) */
    {"hourlong", S_UNITLONG, U_HOUR}, {"daylong", S_UNITLONG, U_DAY}, {"weeklong", S_UNITLONG, U_WEEK},
    {"monthlong", S_UNITLONG, U_MONTH}, {"yearlong", S_UNITLONG, U_YEAR}, {"decadelong", S_UNITLONG, U_DECADE},
    {"more", S_MORE, 0}, {"additional", S_MORE, 0}, {"extra", S_MORE, 0}, {"further", S_MORE, 0},
    {"period", S_PERIOD, 0}, {"term", S_PERIOD, 0},
    /* named parts of a unit (parts.c) */
    {"midweek", S_PART, PT_MIDWEEK}, {"mid - week", S_PART, PT_MIDWEEK},
    {"year to date", S_PART, PT_YEAR_TO_DATE}, {"year - to - date", S_PART, PT_YEAR_TO_DATE},
    {"turn of the century", S_PART, PT_TURN_CENTURY},
    /* qualifiers of a counted unit that leave its length as it is: a run
     * ("six straight days", "two consecutive quarters") or the days that
     * count ("five trading days", "ten business days") */
    {"straight", S_UADJ, 0}, {"consecutive", S_UADJ, 0}, {"successive", S_UADJ, 0},
    {"trading", S_UADJ, 0}, {"business", S_UADJ, 0}, {"working", S_UADJ, 0}, {"calendar", S_UADJ, 0},
    /* clock */
    {"a.m.", S_AMPM, 0}, {"p.m.", S_AMPM, 12}, {"am", S_AMPM, 0}, {"pm", S_AMPM, 12},
    /* eras of years (written in capitals: context.c), "776 BC", "AD 79" */
    {"bc", S_ERA, -1}, {"b.c.", S_ERA, -1}, {"bce", S_ERA, -1}, {"b.c.e.", S_ERA, -1},
    {"ad", S_ERA, 1}, {"a.d.", S_ERA, 1}, {"ce", S_ERA, 1}, {"c.e.", S_ERA, 1},
    {"a.m", S_AMPM, 0}, {"p.m", S_AMPM, 12}, {"o'clock", S_AMPM, -1},
    {"local time", S_TZ, 0}, {"est", S_TZ, 0}, {"edt", S_TZ, 0}, {"gmt", S_TZ, 0},
    {"utc", S_TZ, 0}, {"pst", S_TZ, 0}, {"pdt", S_TZ, 0}, {"cst", S_TZ, 0},
    {"cdt", S_TZ, 0}, {"bst", S_TZ, 0}, {"cet", S_TZ, 0},
    {"et", S_TZ, 0}, {"pt", S_TZ, 0}, {"ct", S_TZ, 0}, /* US zones without the season: "10 a.m. ET" */
    /* decades as words (TimeML: the century is that of the text's era, 19xx) */
    {"twenties", S_DECADE, 192}, {"thirties", S_DECADE, 193}, {"forties", S_DECADE, 194},
    {"fifties", S_DECADE, 195}, {"sixties", S_DECADE, 196}, {"seventies", S_DECADE, 197},
    {"eighties", S_DECADE, 198}, {"nineties", S_DECADE, 199},
    /* holidays (their dates are rules in normalize.c, by index) */
    {"christmas", S_HOLIDAY, 0}, {"christmas day", S_HOLIDAY, 0},
    {"christmas eve", S_HOLIDAY, 1},
    {"new year 's day", S_HOLIDAY, 2}, {"new year 's", S_HOLIDAY, 2},
    {"new year 's eve", S_HOLIDAY, 3},
    {"easter", S_HOLIDAY, 4}, {"easter sunday", S_HOLIDAY, 4},
    {"good friday", S_HOLIDAY, 5},
    {"thanksgiving", S_HOLIDAY, 6}, {"thanksgiving day", S_HOLIDAY, 6},
    {"labor day", S_HOLIDAY, 7}, {"memorial day", S_HOLIDAY, 8},
    {"independence day", S_HOLIDAY, 9}, {"halloween", S_HOLIDAY, 10},
    {"valentine 's day", S_HOLIDAY, 11}, {"black friday", S_HOLIDAY, 12},
    {"veterans day", S_HOLIDAY, 13}, {"boxing day", S_HOLIDAY, 14},
    {"election day", S_HOLIDAY, 15}, {"mother 's day", S_HOLIDAY, 16}, {"father 's day", S_HOLIDAY, 17},
    {"martin luther king day", S_HOLIDAY, 18}, {"columbus day", S_HOLIDAY, 19},
    {"palm sunday", S_HOLIDAY, 20}, {"ash wednesday", S_HOLIDAY, 21},
    {"may day", S_HOLIDAY, 22},
    {"cyber monday", S_HOLIDAY, 23}, {"presidents ' day", S_HOLIDAY, 24}, {"presidents day", S_HOLIDAY, 24},
    {"president 's day", S_HOLIDAY, 24}, {"st . patrick 's day", S_HOLIDAY, 25},
    {"saint patrick 's day", S_HOLIDAY, 25}, {"st patrick 's day", S_HOLIDAY, 25},
    {"easter monday", S_HOLIDAY, 26}, {"earth day", S_HOLIDAY, 27}, {"canada day", S_HOLIDAY, 28},
    {"bastille day", S_HOLIDAY, 29}, {"remembrance day", S_HOLIDAY, 30},
};

#define NTABLE (sizeof TABLE / sizeof TABLE[0])
#define HSIZE 2048          /* buckets, a power of two */
#define MAXKEYS (HSIZE / 2) /* words, phrases and prefixes of phrases; at most half full */

/* A key's bytes in lower case as two words: its first and last eight
 * bytes (four, or single bytes, when shorter; the two may overlap).  With
 * the length they are the whole key up to 16 bytes, as every single word
 * is: a lookup compares two words and the length, not byte after byte. */
typedef struct {
    uint64_t a, b;
} key_words;

typedef struct {
    const char *key; /* lower case, not NUL-terminated */
    size_t len;
    key_words w;
    tl_lexeme lex;
} slot;

/* The keys in a dense array, found through a small table of indexes (slot
 * + 1, 0: empty): the buckets take 4 KiB and the keys in use 27 KiB, where
 * slots in the buckets themselves would spread lookups over 128 KiB. */
static slot slots[MAXKEYS];
static size_t n_slots;
static uint16_t buckets[HSIZE];
static int init_status = -1;
/* Most words of a text are no key, and these reject most of them before
 * hashing: for each length of a word key, the pairs of first and last
 * bytes, and of first and second bytes, that keys of that length have
 * ([length][first]: a bit per last or second byte).  A byte is taken as
 * its class (c | 32) & 63, one for both cases of a letter.  Pairs, not
 * bytes apart ("tho" has the first byte of "the" and the last of "two"):
 * bytes apart let twice as many words that are no key through. */
#define MAXLEN 16 /* word keys are shorter (build checks) */
#define BYTE_CLASS(c) ((((unsigned char)(c)) | 32) & 63)
static uint64_t first_last[MAXLEN][64], first_second[MAXLEN][64];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static uint64_t load(const char *p, size_t n)
{
    uint64_t v = 0;
    memcpy(&v, p, n);
    return v;
}

/* Every byte of v from 'A' to 'Z' in lower case, all eight at once: a byte
 * b < 0x80 has its top bit set in b + 0x3f when b >= 'A', in b + 0x25 when
 * b > 'Z' (no carry crosses bytes); those between get their 0x20 bit. */
static uint64_t lower_word(uint64_t v)
{
    const uint64_t ascii = 0x7f7f7f7f7f7f7f7full;
    uint64_t from_a = (v & ascii) + 0x3f3f3f3f3f3f3f3full, past_z = (v & ascii) + 0x2525252525252525ull;
    return v | (from_a & ~past_z & ~v & ~ascii) >> 2;
}

/* inline: gcc would call it, and it runs for every lookup */
static inline key_words words_of(const char *s, size_t n)
{
    key_words w = {0, 0};
    if (n >= 8) w.a = load(s, 8), w.b = load(s + n - 8, 8);
    else if (n >= 4) w.a = load(s, 4), w.b = load(s + n - 4, 4);
    else if (n > 0) w.a = load(s, 1) | load(s + n / 2, 1) << 8, w.b = load(s + n - 1, 1);
    w.a = lower_word(w.a);
    w.b = lower_word(w.b);
    return w;
}

static uint32_t hash_of(key_words w, size_t n)
{
    uint64_t h = w.a * 0x9E3779B97F4A7C15ull ^ w.b * 0xC2B2AE3D27D4EB4Full ^ n;
    return (uint32_t)((h ^ h >> 29) * 0x9E3779B97F4A7C15ull >> 32);
}

/* Is s (any case) the lower-case key k of the same length n? */
static int fold_equal(const char *k, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (k[i] != (s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i])) return 0;
    return 1;
}

static slot *find(const char *s, size_t n)
{
    key_words w = words_of(s, n);
    for (uint32_t i = hash_of(w, n) & (HSIZE - 1); buckets[i]; i = (i + 1) & (HSIZE - 1)) {
        slot *sl = &slots[buckets[i] - 1];
        if (sl->w.a == w.a && sl->w.b == w.b && sl->len == n && (n <= 16 || fold_equal(sl->key, s, n)))
            return sl;
    }
    return NULL;
}

/* The slot of key s (lower case), added when new; NULL when the table is
 * full. */
static slot *add_key(const char *s, size_t n)
{
    slot *sl = find(s, n);
    if (sl) return sl;
    if (n_slots == MAXKEYS) return NULL;
    key_words w = words_of(s, n);
    uint32_t i = hash_of(w, n) & (HSIZE - 1);
    while (buckets[i]) i = (i + 1) & (HSIZE - 1);
    sl = &slots[n_slots++];
    *sl = (slot){s, n, w, {0}};
    buckets[i] = (uint16_t)n_slots;
    return sl;
}

/* Every entry becomes a key with its readings.  A phrase also makes keys of
 * its first word (phrase_start: how many words to read at most) and of its
 * longer prefixes, without readings, so that a lookup reading a phrase word
 * by word can stop at the first word that no phrase continues with. */
static void build(void)
{
    for (size_t i = 0; i < NTABLE; i++) {
        const char *t = TABLE[i].text;
        size_t n = strlen(t), words = 1;
        for (size_t k = 0; k < n; k++) words += t[k] == ' ';
        size_t w0 = strcspn(t, " "); /* lookups are per token: the first word of a phrase */
        if (w0 >= MAXLEN) return;
        first_last[w0][BYTE_CLASS(t[0])] |= 1ull << BYTE_CLASS(t[w0 - 1]);
        first_second[w0][BYTE_CLASS(t[0])] |= 1ull << BYTE_CLASS(t[w0 > 1]);
        for (size_t k = w0; k < n; k++) {
            if (t[k] != ' ') continue;
            slot *prefix = add_key(t, k);
            if (!prefix) return;
            if (k == w0 && prefix->lex.phrase_start < words) prefix->lex.phrase_start = (uint8_t)words;
        }
        slot *s = add_key(t, n);
        if (!s) return;
        if (s->lex.nsym < TL_LEX_MAXSYM) {
            s->lex.sym[s->lex.nsym] = (uint8_t)TABLE[i].sym;
            s->lex.val[s->lex.nsym++] = TABLE[i].val;
        }
        s->lex.words = (uint8_t)words;
    }
    init_status = 0;
}

int tl_lexicon_init(void)
{
    return pthread_once(&once, build) == 0 ? init_status : -1;
}

const tl_lexeme *tl_lexicon_word(const char *w, size_t n)
{
    if (n == 0 || n >= MAXLEN || !(first_last[n][BYTE_CLASS(w[0])] >> BYTE_CLASS(w[n - 1]) & 1) ||
        !(first_second[n][BYTE_CLASS(w[0])] >> BYTE_CLASS(w[n > 1]) & 1))
        return NULL;
    slot *s = find(w, n);
    return s ? &s->lex : NULL;
}

const tl_lexeme *tl_lexicon_phrase(const char *const *words, const size_t *lens, size_t nwords)
{
    char buf[96];
    size_t o = 0;
    const tl_lexeme *best = NULL;
    for (size_t k = 0; k < nwords && k < TL_LEX_MAXWORDS; k++) {
        if (o + lens[k] + 1 >= sizeof buf) break;
        if (k) buf[o++] = ' ';
        memcpy(buf + o, words[k], lens[k]);
        o += lens[k];
        if (k == 0) continue;
        slot *s = find(buf, o);
        if (!s) break; /* no phrase goes on like this */
        if (s->lex.nsym && s->lex.words == k + 1) best = &s->lex;
    }
    return best;
}

const char *tl_mod_name(int mod)
{
    static const char *const names[] = {"", "APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS",
                                        "EQUAL_OR_MORE", "START", "MID", "END", "ON_OR_AFTER",
                                        "ON_OR_BEFORE"};
    return mod >= 0 && mod < (int)(sizeof names / sizeof names[0]) ? names[mod] : "";
}
