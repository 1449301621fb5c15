# timeline -- see README.md.  `make run` and `make test` install what they
# need first (`make deps`), so a fresh Debian machine needs nothing else.

PKGS      := libxml-2.0 cairo pangocairo pangoft2 fontconfig
DEB_PKGS  := gcc make pkg-config libxml2-dev libcairo2-dev libpango1.0-dev \
             libfontconfig-dev libcriterion-dev fonts-inter fonts-dejavu-core \
             poppler-utils libxml2-utils python3 time

# SAN=1 builds everything with AddressSanitizer and UBSan into build/san.
# BUILDROOT=build/x keeps a separate tree (parallel work on one checkout).
BUILDROOT ?= build
ifeq ($(SAN),1)
BUILD     := $(BUILDROOT)/san
SANFLAGS  := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
else
BUILD     := $(BUILDROOT)
SANFLAGS  :=
endif

CC        ?= cc
OPT       ?= -O2 -g
# Lazy (=) so pkg-config runs only when compiling, after `make deps`.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS))
CFLAGS    := -std=c11 -D_DEFAULT_SOURCE -Wall -Wextra -Werror $(OPT) $(SANFLAGS) \
             -Iinclude -MMD -MP -DTL_FONTS_DIR='"$(CURDIR)/fonts"'
LDFLAGS   += $(SANFLAGS)

LIB_SRC   := $(shell find src -name '*.c' ! -name main.c | sort)
LIB_OBJ   := $(LIB_SRC:%.c=$(BUILD)/%.o)
TEST_SRC  := $(sort $(wildcard tests/unit/*.c))
TEST_OBJ  := $(TEST_SRC:%.c=$(BUILD)/%.o)

.PHONY: all deps run test check eval eval-html bench fuzz clean

all: $(BUILD)/timeline

$(BUILD)/libtimeline.a: $(LIB_OBJ)
	@mkdir -p $(@D)
	rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/timeline: $(BUILD)/src/main.o $(BUILD)/libtimeline.a
	$(CC) $(LDFLAGS) -o $@ $^ $(PKG_LIBS) -lm

$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	@echo "CC $<"
	@$(CC) $(CFLAGS) $(PKG_CFLAGS) -c -o $@ $<

$(BUILD)/unit_tests: $(TEST_OBJ) $(BUILD)/libtimeline.a
	$(CC) $(LDFLAGS) -o $@ $^ $(PKG_LIBS) -lcriterion -lm

deps:
	@missing=$$(for p in $(DEB_PKGS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null \
	    | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	    sudo=; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	    echo "make deps: installing$$(echo $$missing | tr '\n' ' ')"; \
	    $$sudo apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi

SAMPLES := $(sort $(wildcard tests/fixtures/samples/*.txt))

run: deps
	$(MAKE) all
	@mkdir -p output
	$(BUILD)/timeline -o output/timeline.pdf $(SAMPLES)
	$(BUILD)/timeline -o output/timeline.svg $(SAMPLES)
	$(BUILD)/timeline -o output/timeline.json $(SAMPLES)
	$(BUILD)/timeline $(SAMPLES)

test: deps
	$(MAKE) check

# The test runner's summary ("Synthesis: Tested: ...") is the last line.
# fontconfig's process-wide cache (FcInit, which Pango calls) is never freed
# by design; tests/lsan.supp keeps LeakSanitizer to our own leaks.
check: $(BUILD)/timeline $(BUILD)/unit_tests
	TL_BIN=$(BUILD)/timeline LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	    $(BUILD)/unit_tests --jobs 2

# libFuzzer over the whole pipeline (tests/fuzz/); clang is only needed here.
FUZZ_SECONDS ?= 60
build/fuzz/fuzz_pipeline: $(LIB_SRC) tests/fuzz/fuzz_pipeline.c
	@mkdir -p $(@D)
	clang -std=c11 -D_DEFAULT_SOURCE -g -O1 -fsanitize=fuzzer,address,undefined -Iinclude \
	    -DTL_FONTS_DIR='"$(CURDIR)/fonts"' $(PKG_CFLAGS) -o $@ $^ $(PKG_LIBS) -lm

fuzz: deps
	$(MAKE) DEB_PKGS="clang libclang-rt-14-dev" deps
	$(MAKE) build/fuzz/fuzz_pipeline
	@mkdir -p build/fuzz/corpus && cp tests/fuzz/corpus/* build/fuzz/corpus/
	build/fuzz/fuzz_pipeline -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 build/fuzz/corpus

clean:
	rm -rf build

-include $(LIB_OBJ:.o=.d) $(TEST_OBJ:.o=.d) $(BUILD)/src/main.d

# `make eval`: TimeBank and AQUAINT (../shared/corpora/tbaq) through
# `timeline -f timeml` into $(EVAL_OUT)/{TimeBank,AQUAINT}, scored by
# tests/eval/te3eval.py and checked against ../shared/tools/te3score.
# `make bench`: throughput and peak memory on te3-silver and the seeds.
# Both skip with a message when ../shared is absent.
EVAL_OUT ?= build/eval

eval: deps
	@$(MAKE) --no-print-directory $(BUILD)/timeline
	tests/eval/eval.sh $(BUILD)/timeline $(EVAL_OUT)

bench: deps
	@$(MAKE) --no-print-directory $(BUILD)/timeline
	tests/eval/bench.sh $(BUILD)/timeline $(EVAL_OUT)/bench

# `make eval-html`: the HTML reader on ../shared/corpora/html-articles: the
# text of each page into $(EVAL_HTML_OUT)/text/<page>.txt and the dates into
# $(EVAL_HTML_OUT)/DCT.tsv, scored by ../shared/tools/extract-score (word
# P/R/F1 against the reference text; dates against dct.tsv).  Skips with a
# message when ../shared is absent.
EVAL_HTML_OUT ?= build/eval-html

eval-html: deps
	@$(MAKE) --no-print-directory $(BUILD)/timeline
	tests/eval/html.sh $(BUILD)/timeline ../shared/corpora/html-articles $(EVAL_HTML_OUT)
