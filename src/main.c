/* main.c -- the command line: parse options, call the library, report
 * errors.  Everything else lives in the library (include/timeline.h). */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "timeline.h"

static const char usage[] =
    "usage: timeline [OPTIONS] [FILE...]\n"
    "Turn news articles (text, HTML or TimeML) into a dated, ordered timeline.\n"
    "No FILE, or '-', reads standard input.  Several FILEs make one merged timeline.\n"
    "\n"
    "  -o, --output PATH    write there; the format follows the extension\n"
    "                       (.txt .json .tml .svg .pdf .png .html)\n"
    "  -f, --format FMT     text | json | timeml | svg | pdf | png | html | explain | article\n"
    "                       (default: text to standard output)\n"
    "      --dct DATE       document creation time for every input\n"
    "                       (ISO 8601: 2025-08-15, 2025-08-15T09:30)\n"
    "      --dct-file TSV   per-file DCTs, lines \"FILE<TAB>DATE\", matched on base name\n"
    "      --explain        print how every time expression was resolved\n"
    "                       (same as -f explain)\n"
    "      --repair-utf8    replace invalid UTF-8 with U+FFFD instead of failing\n"
    "  -q, --quiet          do not print warnings\n"
    "      --stats          print the text size and the time of each stage to stderr\n"
    "  -h, --help           this text\n"
    "      --version        the version\n"
    "\n"
    "With -f timeml and several inputs, -o names a directory: each input gives one\n"
    "TimeML file there with the input's base name.\n"
    "Exit status: 0 ok, 1 bad input or I/O error, 2 bad usage.\n";

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "timeline: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry 'timeline --help'.\n");
    return 2;
}

static int fail(const tl_error *err)
{
    fprintf(stderr, "timeline: %s\n", err->message);
    return err->code == TL_EUSAGE ? 2 : 1;
}

static int is_directory(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* --stats: one line; MB/s is the time stage's throughput on the text. */
static void print_stats(const tl_timeline *tl)
{
    size_t n = tl_document_count(tl), bytes = 0;
    for (size_t i = 0; i < n; i++) bytes += tl_document_at(tl, i)->text_len;
    double t = tl_stage_seconds(tl, "time");
    fprintf(stderr, "timeline: stats: %zu documents, %zu bytes of text; read %.2f s, "
                    "segment %.2f s, time %.2f s (%.1f MB/s), events %.2f s\n",
            n, bytes, tl_stage_seconds(tl, "read"), tl_stage_seconds(tl, "segment"), t,
            t > 0 ? (double)bytes / t / 1e6 : 0.0, tl_stage_seconds(tl, "events"));
}

/* -f timeml: one file per input document. */
static int write_timeml(tl_timeline *tl, const char *out)
{
    size_t n = tl_document_count(tl);
    int to_dir = out && (n > 1 || is_directory(out));
    if (n > 1 && !out) {
        fprintf(stderr, "timeline: -f timeml with several inputs needs -o DIRECTORY\n");
        return 2;
    }
    if (to_dir && !is_directory(out) && mkdir(out, 0777) != 0) {
        fprintf(stderr, "timeline: %s: cannot create directory: %s\n", out, strerror(errno));
        return 1;
    }
    for (size_t i = 0; i < n; i++) {
        tl_error err;
        const tl_document *d = tl_document_at(tl, i);
        char *path = NULL;
        if (to_dir) {
            size_t plen = strlen(out) + strlen(d->id) + 2;
            if (!(path = malloc(plen))) return 1;
            snprintf(path, plen, "%s/%s", out, d->id);
        }
        int rc = tl_render_timeml_file(tl, i, path ? path : out ? out : "-", &err);
        free(path);
        if (rc != TL_OK) return fail(&err);
    }
    return 0;
}

int main(int argc, char **argv)
{
    enum { OPT_DCT = 256, OPT_DCT_FILE, OPT_EXPLAIN, OPT_REPAIR, OPT_VERSION, OPT_STATS };
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},  {"format", required_argument, NULL, 'f'},
        {"dct", required_argument, NULL, OPT_DCT}, {"dct-file", required_argument, NULL, OPT_DCT_FILE},
        {"explain", no_argument, NULL, OPT_EXPLAIN}, {"repair-utf8", no_argument, NULL, OPT_REPAIR},
        {"quiet", no_argument, NULL, 'q'},         {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, OPT_VERSION}, {"stats", no_argument, NULL, OPT_STATS},
        {NULL, 0, NULL, 0},
    };
    const char *out = NULL, *dct = NULL, *dct_file = NULL;
    int fmt = -1, quiet = 0, stats = 0;
    tl_options opts = {0};
    int c;
    while ((c = getopt_long(argc, argv, "o:f:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': out = optarg; break;
        case 'f':
            fmt = tl_output_format_from_name(optarg);
            if (fmt < 0) return usage_error("unknown format '%s'", optarg);
            break;
        case OPT_DCT: dct = optarg; break;
        case OPT_DCT_FILE: dct_file = optarg; break;
        case OPT_EXPLAIN: fmt = TL_OUT_EXPLAIN; break;
        case OPT_REPAIR: opts.repair_utf8 = 1; break;
        case 'q': quiet = 1; break;
        case OPT_STATS: stats = 1; break;
        case 'h': fputs(usage, stdout); return 0;
        case OPT_VERSION: printf("timeline %s\n", TL_VERSION); return 0;
        default: return usage_error("%s", "bad option");
        }
    }
    if (fmt < 0 && out) {
        fmt = tl_output_format_from_path(out);
        if (fmt < 0) return usage_error("cannot tell the format of '%s' from its extension; use -f", out);
    }
    if (fmt < 0) fmt = TL_OUT_TEXT;

    tl_timeline *tl = tl_new(&opts);
    if (!tl) { fprintf(stderr, "timeline: out of memory\n"); return 1; }
    tl_error err = {0};
    int rc = 0;
    if (optind == argc) {
        if (tl_add_file(tl, "-", TL_IN_AUTO, &err) != TL_OK) rc = fail(&err);
    }
    for (int i = optind; i < argc && rc == 0; i++)
        if (tl_add_file(tl, argv[i], TL_IN_AUTO, &err) != TL_OK) rc = fail(&err);
    for (size_t i = 0; rc == 0 && dct && i < tl_document_count(tl); i++)
        if (tl_set_dct(tl, i, dct, &err) != TL_OK) rc = fail(&err);
    if (rc == 0 && dct_file && tl_apply_dct_file(tl, dct_file, &err) != TL_OK) rc = fail(&err);
    if (rc == 0 && tl_run(tl, &err) != TL_OK) rc = fail(&err);
    if (rc == 0 && stats) print_stats(tl);
    if (rc == 0 && !quiet)
        for (size_t i = 0; i < tl_warning_count(tl); i++)
            fprintf(stderr, "timeline: warning: %s\n", tl_warning_at(tl, i));
    if (rc == 0) {
        if (fmt == TL_OUT_TIMEML)
            rc = write_timeml(tl, out);
        else if (tl_render_file(tl, (tl_output_format)fmt, out ? out : "-", &err) != TL_OK)
            rc = fail(&err);
    }
    tl_free(tl);
    return rc;
}
