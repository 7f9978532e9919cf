# libFuzzer harnesses (fuzz/), included at the end of the Makefile.
#
#   make fuzz                  build the harnesses, then run each for
#                              FUZZ_SECONDS (default 60); fails when one
#                              finds a crash, a leak or a timeout
#   make fuzz-ci               the same, 30 seconds each and with a fixed
#                              seed (for .ci/run: see FUZZ_SEED)
#   make fuzz-build            only build them
#   make fuzz FUZZ_TARGETS="scan pdf"   only some of them
#   make fuzz-clean            remove build-fuzz/ (corpora included)
#
# Everything lives in build-fuzz/: the library built with clang for
# libFuzzer, ASan and UBSan (obj/, libkamergraph.a), the harnesses
# (fuzz_<name>), the corpora (corpus/<name>/: seeds made from the test
# fixtures at `make fuzz` time, plus what the fuzzer found, kept between
# runs), the inputs that failed (crashes/<name>/) and the logs (logs/).
#
# A failing input: reproduce, then minimise it, with
#   build-fuzz/fuzz_scan build-fuzz/crashes/scan/crash-...
#   build-fuzz/fuzz_scan -minimize_crash=1 -max_total_time=60 \
#       -exact_artifact_path=min.txt build-fuzz/crashes/scan/crash-...
# and keep it as a regression test: tests/test_fuzz_regress.c reads it from
# tests/fixtures/fuzz/ (the letter as the harness built it). Those files
# are seeds too, so every later run starts from the inputs that once broke.

FUZZ_CC      ?= clang
FUZZ_BUILD   ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= scan model xml html docx pdf
# libFuzzer's random seed; empty: a new one each run, so that `make fuzz`
# keeps finding new paths. CI fixes it: a clean clone then tries the same
# mutations of the same seeds each time, and a red CI run means a change
# broke something, not that the dice found an old bug. Look for new bugs
# with `make fuzz` (random seed, longer), and keep what it finds as a test.
FUZZ_SEED    ?=

# The library is built by this Makefile's own rules (BUILD=$(FUZZ_BUILD),
# CC=clang), so it gets the same pkg-config flags and -Werror. clang 14
# needs no -Wno-... for it today; should a clang warning break the build,
# add the -Wno-<x> here and nowhere else.
FUZZ_WNO     :=
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=all \
                -fno-omit-frame-pointer
FUZZ_LIB_CFLAGS := -O1 -g $(FUZZ_SAN) -fsanitize=fuzzer-no-link $(FUZZ_WNO)
FUZZ_LIB     := $(FUZZ_BUILD)/libkamergraph.a
FUZZ_BINS    := $(patsubst %,$(FUZZ_BUILD)/fuzz_%,$(FUZZ_TARGETS))

# The re2c scanner is one function of 2 MB of C (build/scan.c): with ASan,
# UBSan and the fuzzer's coverage, clang 14 needs 11 minutes of CPU and
# 4.7 GB for it at -O1, 9 seconds and 0.9 GB at -O0 (measured 2026-12-06,
# after the rule block was expanded once instead of twice, which halved
# gcc's time; clang's sanitizer passes stay superlinear in one function).
$(FUZZ_BUILD)/obj/scan.o: EXTRA_CFLAGS += -O0

# Longest input tried: letters are small; DOCX and PDF are containers.
FUZZ_MAXLEN_scan  := 65536
FUZZ_MAXLEN_model := 65536
FUZZ_MAXLEN_xml   := 65536
FUZZ_MAXLEN_html  := 65536
FUZZ_MAXLEN_docx  := 262144
FUZZ_MAXLEN_pdf   := 262144
FUZZ_DICT_scan  := fuzz/dict/text.dict
FUZZ_DICT_model := fuzz/dict/text.dict
FUZZ_DICT_xml   := fuzz/dict/xml.dict
FUZZ_DICT_html  := fuzz/dict/html.dict
FUZZ_DICT_docx  := fuzz/dict/docx.dict
FUZZ_DICT_pdf   := fuzz/dict/pdf.dict
# Extra libFuzzer flags per harness (e.g. -detect_leaks=0 when a leak is
# in a third-party library and not ours).
FUZZ_OPTS_scan  :=
FUZZ_OPTS_model :=
FUZZ_OPTS_xml   :=
FUZZ_OPTS_html  :=
FUZZ_OPTS_docx  :=
FUZZ_OPTS_pdf   :=

FUZZ_ENV := ASAN_OPTIONS=detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1 \
            UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=$(CURDIR)/fuzz/ubsan.supp

.PHONY: fuzz fuzz-ci fuzz-build fuzz-seeds fuzz-clean fuzz-toolcheck FUZZ_FORCE

fuzz: fuzz-build fuzz-seeds
	@failed=""; \
	$(foreach t,$(FUZZ_TARGETS),$(FUZZ_ENV) fuzz/run-one.sh $(t) $(FUZZ_BUILD)/fuzz_$(t) \
	  $(FUZZ_BUILD)/corpus/$(t) $(FUZZ_BUILD)/crashes/$(t) $(FUZZ_BUILD)/logs/$(t).log \
	  $(FUZZ_SECONDS) $(FUZZ_MAXLEN_$(t)) $(FUZZ_DICT_$(t)) $(FUZZ_OPTS_$(t)) \
	  $(if $(FUZZ_SEED),-seed=$(FUZZ_SEED)) \
	  || failed="$$failed $(t)";) \
	if [ -n "$$failed" ]; then \
	  echo "fuzz: failed:$$failed (inputs in $(FUZZ_BUILD)/crashes/, logs in $(FUZZ_BUILD)/logs/)" >&2; \
	  exit 1; \
	fi; \
	echo "fuzz: no crash in $(words $(FUZZ_TARGETS)) harnesses"

fuzz-ci:
	$(MAKE) fuzz FUZZ_SECONDS=30 FUZZ_SEED=1

fuzz-build: $(FUZZ_BINS)

fuzz-toolcheck:
	@command -v $(FUZZ_CC) >/dev/null || { echo "fuzz: missing '$(FUZZ_CC)': install the Debian packages clang libclang-rt-14-dev" >&2; exit 1; }
	@printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { (void)d; (void)n; return 0; }\n' | \
	  $(FUZZ_CC) -fsanitize=fuzzer -x c - -o /dev/null 2>/dev/null || \
	  { echo "fuzz: $(FUZZ_CC) cannot link libFuzzer: install the Debian package libclang-rt-14-dev" >&2; exit 1; }

# The library, by the Makefile's own rules in a tree of its own. The
# sub-make runs every time and does nothing when all is up to date; in it
# (FUZZ_SUBMAKE set) $(FUZZ_LIB) is the Makefile's $(LIB), not this rule.
ifndef FUZZ_SUBMAKE
$(FUZZ_LIB): FUZZ_FORCE | fuzz-toolcheck
	+$(MAKE) FUZZ_SUBMAKE=1 BUILD=$(FUZZ_BUILD) CC=$(FUZZ_CC) CFLAGS="$(FUZZ_LIB_CFLAGS)" $(FUZZ_LIB)
endif

FUZZ_FORCE:

$(FUZZ_BUILD)/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz_common.h $(FUZZ_LIB) $(wildcard include/kamergraph/*.h src/*.h)
	$(FUZZ_CC) -std=c11 $(WARN) -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc $(PKG_CFLAGS) \
	  -O1 -g $(FUZZ_SAN) -fsanitize=fuzzer $(FUZZ_WNO) -o $@ $< $(FUZZ_LIB) $(PKG_LIBS) -lm

# ---- seed corpora, made from the test fixtures ----------------------------

FUZZ_SEEDGEN := $(FUZZ_BUILD)/gen_seeds
FUZZ_TEXT_SEEDS := $(wildcard examples/*.txt) tests/fixtures/formats/kst-36903-4.txt
FUZZ_DOCX_PARTS := tests/fixtures/formats/docx

$(FUZZ_SEEDGEN): fuzz/gen_seeds.c tests/build_docx.c tests/build_pdf.c tests/read_whole.c \
                 tests/build_docx.h tests/build_pdf.h tests/read_whole.h | fuzz-toolcheck
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -std=c11 $(WARN) -D_POSIX_C_SOURCE=200809L -Itests -O1 -g \
	  $(shell pkg-config --cflags libzip cairo fontconfig 2>/dev/null) -o $@ \
	  fuzz/gen_seeds.c tests/build_docx.c tests/build_pdf.c tests/read_whole.c \
	  $(shell pkg-config --libs libzip cairo fontconfig 2>/dev/null)

fuzz-seeds: $(FUZZ_BUILD)/corpus/.seeded

# Seeds are named seed-*: libFuzzer names what it adds by hash, so fresh
# seeds overwrite old ones and leave the rest of the corpus alone.
$(FUZZ_BUILD)/corpus/.seeded: $(FUZZ_SEEDGEN) $(FUZZ_TEXT_SEEDS) tests/cases/citations.txt \
                              $(wildcard tests/fixtures/formats/* tests/fixtures/fuzz/*) $(shell find $(FUZZ_DOCX_PARTS) fuzz/seeds -type f 2>/dev/null)
	@set -e; c=$(FUZZ_BUILD)/corpus; \
	for t in scan model xml html docx pdf; do mkdir -p $$c/$$t; \
	  for f in fuzz/seeds/$$t/*; do if [ -f "$$f" ]; then cp "$$f" $$c/$$t/seed-$$(basename "$$f"); fi; done; done; \
	for f in $(FUZZ_TEXT_SEEDS); do b=$$(basename $$f); \
	  cp $$f $$c/scan/seed-$$b; cp $$f $$c/model/seed-$$b; \
	  { printf '\002'; cat $$f; } > $$c/model/seed-head-$$b; done; \
	iconv -f UTF-8 -t UTF-16 tests/fixtures/formats/kst-36903-4.txt > $$c/scan/seed-utf16.txt; \
	iconv -f UTF-8 -t UTF-16BE examples/kst-36901-2.txt | { printf '\376\377'; cat; } > $$c/scan/seed-utf16be.txt; \
	iconv -f UTF-8 -t WINDOWS-1252//TRANSLIT examples/kst-36902-1.txt > $$c/scan/seed-cp1252.txt; \
	$(FUZZ_SEEDGEN) cases $$c/scan tests/cases/citations.txt 8; \
	rm -rf $$c/.cases && mkdir -p $$c/.cases && $(FUZZ_SEEDGEN) cases $$c/.cases tests/cases/citations.txt 24; \
	for f in $$c/.cases/*; do { printf '\001'; cat $$f; } > $$c/model/seed-$$(basename $$f); done; rm -rf $$c/.cases; \
	cp tests/fixtures/formats/kst-36903-4.xml $$c/xml/seed-kst-36903-4.xml; \
	for f in tests/fixtures/fuzz/*; do b=$$(basename $$f); case $$b in \
	  *.xml) cp $$f $$c/xml/seed-fuzz-$$b;; *.html) cp $$f $$c/html/seed-fuzz-$$b;; \
	  *.txt) cp $$f $$c/scan/seed-fuzz-$$b;; esac; done; \
	cp tests/fixtures/formats/kst-36903-4.html $$c/html/seed-kst-36903-4.html; \
	$(FUZZ_SEEDGEN) docx $$c/docx/seed-kst-36903-4.docx $(FUZZ_DOCX_PARTS); \
	$(FUZZ_SEEDGEN) docx-parts $$c/docx/seed-kst-36903-4.parts $(FUZZ_DOCX_PARTS); \
	$(FUZZ_SEEDGEN) pdf $$c/pdf/seed-kst-36903-4.pdf tests/fixtures/formats/kst-36903-4.txt; \
	$(FUZZ_SEEDGEN) pdf-pages $$c/pdf/seed-antwoorden-pages.pdf examples/antwoorden-wgo-bzk.txt 12; \
	touch $@; \
	echo "fuzz: seeds in $$c/"

fuzz-clean:
	rm -rf $(FUZZ_BUILD)

clean: fuzz-clean
