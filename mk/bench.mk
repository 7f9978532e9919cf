# mk/bench.mk — the benchmark; included at the end of the Makefile.
# Not part of `make check`.
#
#   make bench                          # BENCH_SIZES="10M 100M 1G"
#   make bench BENCH_SIZES="10M 100M"
#   make bench BENCH_SITE_LETTERS=0     # without the site of 10 000 letters
#   make bench-quick                    # BENCH_SIZES=10M, for trying; its
#                                       # report and measurements go to
#                                       # build/bench-quick/, so that they do
#                                       # not replace the full run's
#
# Builds build/kamergraph, build/gencorpus (tools/gencorpus.c: the corpus
# generator, libc only) and build/letterconv (tools/letterconv.c: letters as
# PDF and DOCX, with the test helpers' cairo and libzip), then runs
# bench/run.sh, which writes bench/RESULTS.md.
# Other knobs (environment or make variables): BENCH_DIR, BENCH_KEEP=1,
# BENCH_REPEAT, BENCH_REPEAT_LARGE, BENCH_SEED, BENCH_LETTER; see bench/run.sh.

GENCORPUS := $(BUILD)/gencorpus
LETTERCONV := $(BUILD)/letterconv

export BENCH_SIZES BENCH_DIR BENCH_KEEP BENCH_REPEAT BENCH_REPEAT_LARGE BENCH_SEED \
       BENCH_LETTER BENCH_RESULTS BENCH_FORMAT_LETTERS BENCH_SITE_LETTERS

.PHONY: bench bench-quick

$(GENCORPUS): tools/gencorpus.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 $(WARN) -D_POSIX_C_SOURCE=200809L $(CFLAGS) -o $@ $<

$(LETTERCONV): tools/letterconv.c tests/build_pdf.c tests/build_docx.c tests/read_whole.c \
               tests/build_pdf.h tests/build_docx.h tests/read_whole.h
	@mkdir -p $(dir $@)
	$(CC) -std=c11 $(WARN) -D_POSIX_C_SOURCE=200809L -Itests $(CFLAGS) \
	  $(shell pkg-config --cflags libzip cairo fontconfig) -o $@ \
	  tools/letterconv.c tests/build_pdf.c tests/build_docx.c tests/read_whole.c \
	  $(shell pkg-config --libs libzip cairo fontconfig)

bench: $(BIN) $(GENCORPUS) $(LETTERCONV)
	KG=$(BIN) GEN=$(GENCORPUS) CONV=$(LETTERCONV) bash bench/run.sh

bench-quick: $(BIN) $(GENCORPUS) $(LETTERCONV)
	BENCH_SIZES=10M BENCH_SITE_LETTERS=$${BENCH_SITE_LETTERS:-1000} \
	  BENCH_DIR=$${BENCH_DIR:-$(BUILD)/bench-quick} \
	  BENCH_RESULTS=$${BENCH_RESULTS:-$(BUILD)/bench-quick/RESULTS.md} \
	  KG=$(BIN) GEN=$(GENCORPUS) CONV=$(LETTERCONV) bash bench/run.sh
