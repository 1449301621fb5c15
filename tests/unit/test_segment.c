/* Tokenizer and sentence splitter. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "../../src/model/stages.h"

static tl_timeline *tl;
static tl_doc *doc;

static void load(const char *text)
{
    tl = tl_new(NULL);
    cr_assert(tl_add_memory(tl, "t.txt", text, strlen(text), TL_IN_TEXT, NULL) == TL_OK);
    doc = tl->docs.items[0];
    cr_assert(tl_segment(tl, doc) == 0);
}

static void teardown(void) { tl_free(tl); }

static void expect_tokens(const char *const *want, size_t n)
{
    cr_assert_eq(doc->tokens.len, n, "got %zu tokens, want %zu", doc->tokens.len, n);
    for (size_t i = 0; i < n; i++) {
        const tl_token *t = &doc->tokens.items[i];
        cr_expect(tl_tok_len(t) == strlen(want[i]) && memcmp(tl_tok_text(doc, t), want[i], strlen(want[i])) == 0,
                  "token %zu is '%.*s', want '%s'", i, (int)tl_tok_len(t), tl_tok_text(doc, t), want[i]);
    }
}

static const char *sentence(size_t i)
{
    static char buf[256];
    const tl_sentence *s = &doc->sentences.items[i];
    snprintf(buf, sizeof buf, "%.*s", (int)(s->end - s->start), doc->pub.text + s->start);
    return buf;
}

TestSuite(segment, .fini = teardown);

Test(segment, hyphens_and_possessives_split)
{
    load("mid-August, today's third-quarter talks");
    const char *want[] = {"mid", "-", "August", ",", "today", "'s", "third", "-", "quarter", "talks"};
    expect_tokens(want, sizeof want / sizeof *want);
}

Test(segment, numbers_keep_separators_and_suffixes)
{
    load("$1,000 at 11:30 on the 15th in the 1990s, 3.5% up, 8/15/2025");
    const char *want[] = {"$", "1,000", "at", "11:30", "on", "the", "15th", "in", "the", "1990s", ",",
                          "3.5", "%", "up", ",", "8", "/", "15", "/", "2025"};
    expect_tokens(want, sizeof want / sizeof *want);
    cr_expect_eq(doc->tokens.items[1].kind, TL_TOK_NUM);
    cr_expect_eq(doc->tokens.items[0].kind, TL_TOK_PUNCT);
}

Test(segment, abbreviations_with_periods)
{
    load("At 11 a.m. the U.S. team left.");
    const char *want[] = {"At", "11", "a.m.", "the", "U.S.", "team", "left", "."};
    expect_tokens(want, sizeof want / sizeof *want);
    cr_expect_eq(doc->sentences.len, 1);
}

Test(segment, curly_apostrophe_and_unicode)
{
    load("Trump\xE2\x80\x99s envoy \xE2\x80\x94 Zo\xC3\xAB \xE2\x80\x9Cwon\xE2\x80\x9D");
    const char *want[] = {"Trump", "\xE2\x80\x99s", "envoy", "\xE2\x80\x94", "Zo\xC3\xAB",
                          "\xE2\x80\x9C", "won", "\xE2\x80\x9D"};
    expect_tokens(want, sizeof want / sizeof *want);
    cr_expect(doc->tokens.items[4].flags & TL_TOKF_CAP);
}

Test(segment, sentences_split_on_terminal_punctuation)
{
    load("Mr. Smith met Dr. Jones on Aug. 15. They talked. \"Will it work?\" she asked. Yes!");
    cr_assert_eq(doc->sentences.len, 4, "got %zu sentences", doc->sentences.len);
    cr_expect_str_eq(sentence(0), "Mr. Smith met Dr. Jones on Aug. 15.");
    cr_expect_str_eq(sentence(1), "They talked.");
    cr_expect_str_eq(sentence(2), "\"Will it work?\" she asked.");
    cr_expect_str_eq(sentence(3), "Yes!");
}

Test(segment, headlines_and_paragraphs_are_sentences)
{
    load("Bridge closes\n\nPublished March 13, 2026\n\nThe bridge closed on\nMonday after a long and difficult debate among the members of the council.\n");
    cr_assert_eq(doc->sentences.len, 3, "got %zu sentences", doc->sentences.len);
    cr_expect_str_eq(sentence(0), "Bridge closes");
    cr_expect_str_eq(sentence(1), "Published March 13, 2026");
}

Test(segment, hard_wrapped_prose_stays_one_sentence)
{
    load("The company said its third-quarter profit rose sharply, helped by strong\n"
         "sales of its new products in Europe and Asia during the summer months.\n");
    cr_expect_eq(doc->sentences.len, 1, "got %zu sentences", doc->sentences.len);
}

Test(segment, token_sentence_index_and_flags)
{
    load("One. Two");
    cr_assert_eq(doc->tokens.len, 3);
    cr_expect_eq(doc->tokens.items[2].sentence, 1);
    cr_expect(doc->tokens.items[2].flags & TL_TOKF_SENT);
    cr_expect(doc->tokens.items[2].flags & TL_TOKF_SPACE);
}

Test(segment, empty_and_whitespace_only)
{
    load("  \n\n\t ");
    cr_expect_eq(doc->tokens.len, 0);
    cr_expect_eq(doc->sentences.len, 0);
}

Test(segment, scraped_word_number_runs_split_but_model_names_stay)
{
    load("Hindustan Times2 hours ago; the A380 and G20 and COVID19 and mp3");
    const char *want[] = {"Hindustan", "Times", "2", "hours", "ago", ";", "the", "A380", "and",
                          "G20", "and", "COVID19", "and", "mp3"};
    expect_tokens(want, sizeof want / sizeof *want);
}

Test(segment, dotted_abbreviation_before_a_name_does_not_end_a_sentence)
{
    load("Talks begin at 2 p.m. EDT on Friday with the U.S. Navy present. The U.S. The end.");
    cr_assert_eq(doc->sentences.len, 3, "got %zu sentences", doc->sentences.len);
    cr_expect_str_eq(sentence(0), "Talks begin at 2 p.m. EDT on Friday with the U.S. Navy present.");
    cr_expect_str_eq(sentence(1), "The U.S.");
}
