/* The plain-text and TimeML readers, format detection and DCT options. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "../../src/model/model.h"
#include "../../src/read/read.h"

Test(text_reader, bom_and_crlf_are_normalised)
{
    tl_timeline *tl = tl_new(NULL);
    const char in[] = "\xEF\xBB\xBFLine one\r\nLine two\rend";
    cr_assert(tl_add_memory(tl, "a.txt", in, sizeof in - 1, TL_IN_AUTO, NULL) == TL_OK);
    const tl_document *d = tl_document_at(tl, 0);
    cr_expect_str_eq(d->text, "Line one\nLine two\nend");
    cr_expect_eq(d->format, TL_IN_TEXT);
    tl_free(tl);
}

Test(text_reader, invalid_utf8_reports_byte_offset)
{
    tl_timeline *tl = tl_new(NULL);
    tl_error err;
    const char in[] = "ok \xC3\x28 bad";
    cr_expect_eq(tl_add_memory(tl, "bad.txt", in, sizeof in - 1, TL_IN_TEXT, &err), TL_EINPUT);
    cr_expect_str_eq(err.message, "bad.txt: invalid UTF-8 at byte 3 (use --repair-utf8)");
    cr_expect_eq(tl_document_count(tl), 0);
    tl_free(tl);
}

Test(text_reader, overlong_and_surrogates_rejected)
{
    const char *bad[] = {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF8", "\xE2\x82"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        tl_timeline *tl = tl_new(NULL);
        cr_expect_eq(tl_add_memory(tl, "x", bad[i], strlen(bad[i]), TL_IN_TEXT, NULL), TL_EINPUT, "case %zu", i);
        tl_free(tl);
    }
}

Test(text_reader, repair_replaces_with_u_fffd)
{
    tl_options o = {.repair_utf8 = 1};
    tl_timeline *tl = tl_new(&o);
    const char in[] = "caf\xE9!";
    cr_assert(tl_add_memory(tl, "a.txt", in, sizeof in - 1, TL_IN_TEXT, NULL) == TL_OK);
    cr_expect_str_eq(tl_document_at(tl, 0)->text, "caf\xEF\xBF\xBD!");
    tl_free(tl);
}

Test(detect, formats_by_content)
{
    const char *tml = "<?xml version=\"1.0\"?>\n<TimeML><TEXT>x</TEXT></TimeML>";
    cr_expect_eq(tl_detect_format(tml, strlen(tml)), TL_IN_TIMEML);
    const char *html = "<!DOCTYPE html><html><body><p>x</p></body></html>";
    cr_expect_eq(tl_detect_format(html, strlen(html)), TL_IN_HTML);
    const char *txt = "Prices rose 5% <sic> on Friday.";
    cr_expect_eq(tl_detect_format(txt, strlen(txt)), TL_IN_TEXT);
}

static const char timeml[] =
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>X1</DOCID>\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-13\" temporalFunction=\"false\" "
    "functionInDocument=\"CREATION_TIME\">02/13/1998</TIMEX3></DCT>\n"
    "<TEXT>\nAT&amp;T said <EVENT eid=\"e1\">on</EVENT> Friday.\n</TEXT>\n</TimeML>\n";

Test(timeml_reader, text_and_dct)
{
    tl_timeline *tl = tl_new(NULL);
    cr_assert(tl_add_memory(tl, "x.tml", timeml, sizeof timeml - 1, TL_IN_AUTO, NULL) == TL_OK);
    const tl_document *d = tl_document_at(tl, 0);
    cr_expect_eq(d->format, TL_IN_TIMEML);
    cr_expect_str_eq(d->text, "\nAT&T said on Friday.\n");
    cr_expect_str_eq(d->dct, "1998-02-13");
    cr_expect_eq(d->dct_source, TL_DCT_METADATA);
    tl_free(tl);
}

Test(timeml_reader, writer_keeps_bytes_outside_text)
{
    tl_timeline *tl = tl_new(NULL);
    cr_assert(tl_add_memory(tl, "x.tml", timeml, sizeof timeml - 1, TL_IN_AUTO, NULL) == TL_OK);
    cr_assert(tl_run(tl, NULL) == TL_OK);
    char *out;
    size_t len;
    cr_assert(tl_render_timeml(tl, 0, &out, &len, NULL) == TL_OK);
    const char *text = strstr(timeml, "<TEXT>");
    cr_expect(strncmp(out, timeml, (size_t)(text - timeml)) == 0, "prefix changed");
    cr_expect(strstr(out, "AT&amp;T ") != NULL);
    /* instances and links (test_timeml_writer.c) go between </TEXT> and </TimeML> */
    cr_expect(strstr(out, "</TEXT>\n") != NULL);
    cr_expect(len >= 10 && strcmp(out + len - 10, "</TimeML>\n") == 0);
    free(out);
    tl_free(tl);
}

Test(timeml_reader, malformed_is_an_error_naming_the_file)
{
    tl_timeline *tl = tl_new(NULL);
    tl_error err;
    const char bad[] = "<TimeML><TEXT>unclosed</TimeML>";
    cr_expect_eq(tl_add_memory(tl, "bad.tml", bad, sizeof bad - 1, TL_IN_AUTO, &err), TL_EINPUT);
    cr_expect(strncmp(err.message, "bad.tml: not well-formed TimeML", 31) == 0, "%s", err.message);
    tl_free(tl);
}

Test(timeml_reader, external_entities_are_not_loaded)
{
    tl_timeline *tl = tl_new(NULL);
    const char xxe[] = "<?xml version=\"1.0\"?><!DOCTYPE TimeML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                       "<TimeML><TEXT>a &x; b</TEXT></TimeML>";
    if (tl_add_memory(tl, "x.tml", xxe, sizeof xxe - 1, TL_IN_AUTO, NULL) == TL_OK)
        cr_expect(strstr(tl_document_at(tl, 0)->text, "root:") == NULL);
    tl_free(tl);
}

Test(dct, cli_overrides_metadata_and_validates)
{
    tl_timeline *tl = tl_new(NULL);
    tl_error err;
    cr_assert(tl_add_memory(tl, "x.tml", timeml, sizeof timeml - 1, TL_IN_AUTO, NULL) == TL_OK);
    cr_expect_eq(tl_set_dct(tl, 0, "2025-02-30", &err), TL_EUSAGE);
    cr_expect(strstr(err.message, "invalid date '2025-02-30'") != NULL, "%s", err.message);
    cr_expect_eq(tl_set_dct(tl, 0, "2025-08-15T09:30", NULL), TL_OK);
    cr_expect_str_eq(tl_document_at(tl, 0)->dct, "2025-08-15T09:30");
    cr_expect_eq(tl_document_at(tl, 0)->dct_source, TL_DCT_CLI);
    tl_free(tl);
}

Test(dct, dct_file_matches_base_names)
{
    char path[] = "/tmp/tl-dct-XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    const char tsv[] = "# comment\nsome/dir/a.txt\t2025-08-15\r\nb.txt\t2025-08-16\n";
    cr_assert(write(fd, tsv, sizeof tsv - 1) == (ssize_t)(sizeof tsv - 1));
    close(fd);
    tl_timeline *tl = tl_new(NULL);
    tl_add_memory(tl, "x/a.txt", "hi", 2, TL_IN_TEXT, NULL);
    tl_add_memory(tl, "b.txt", "hi", 2, TL_IN_TEXT, NULL);
    tl_add_memory(tl, "c.txt", "hi", 2, TL_IN_TEXT, NULL);
    cr_assert(tl_apply_dct_file(tl, path, NULL) == TL_OK);
    cr_expect_str_eq(tl_document_at(tl, 0)->dct, "2025-08-15");
    cr_expect_str_eq(tl_document_at(tl, 1)->dct, "2025-08-16");
    cr_expect_str_eq(tl_document_at(tl, 2)->dct, "");
    tl_free(tl);
    unlink(path);
}

Test(dct, dct_file_bad_line_names_file_and_line)
{
    char path[] = "/tmp/tl-dct-XXXXXX";
    int fd = mkstemp(path);
    const char tsv[] = "a.txt\t2025-08-15\nb.txt 2025-08-16\n";
    cr_assert(write(fd, tsv, sizeof tsv - 1) > 0);
    close(fd);
    tl_timeline *tl = tl_new(NULL);
    tl_error err;
    cr_expect_eq(tl_apply_dct_file(tl, path, &err), TL_EINPUT);
    char want[64];
    snprintf(want, sizeof want, "%s:2: expected FILE<TAB>DATE", path);
    cr_expect_str_eq(err.message, want);
    tl_free(tl);
    unlink(path);
}

/* Regression: the DCT was printed with "%04d", which garbles negative years
 * ("-044-03-15") so the value no longer parsed back. */
Test(dct, years_outside_four_digits_round_trip)
{
    tl_timeline *tl = tl_new(NULL);
    tl_add_memory(tl, "a.txt", "hi", 2, TL_IN_TEXT, NULL);
    cr_assert_eq(tl_set_dct(tl, 0, "-0044-03-15", NULL), TL_OK);
    cr_expect_str_eq(tl_document_at(tl, 0)->dct, "-0044-03-15");
    cr_assert_eq(tl_set_dct(tl, 0, "2025-08-15T09:30:45", NULL), TL_OK);
    cr_expect_str_eq(tl_document_at(tl, 0)->dct, "2025-08-15T09:30");
    tl_free(tl);
}
