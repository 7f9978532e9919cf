# mk/bench.mk — the benchmark; included at the end of the Makefile.
# Not part of `make check`.
#
#   make bench                          # BENCH_SIZES="10M 100M 1G"
#   make bench BENCH_SIZES="10M 100M"
#   make bench-quick                    # BENCH_SIZES=10M, for trying
#
# Builds build/kamergraph and build/gencorpus (tools/gencorpus.c: the corpus
# generator, libc only), then runs bench/run.sh, which writes bench/RESULTS.md.
# Other knobs (environment or make variables): BENCH_DIR, BENCH_KEEP=1,
# BENCH_REPEAT, BENCH_REPEAT_LARGE, BENCH_SEED, BENCH_LETTER; see bench/run.sh.

GENCORPUS := $(BUILD)/gencorpus

export BENCH_SIZES BENCH_DIR BENCH_KEEP BENCH_REPEAT BENCH_REPEAT_LARGE BENCH_SEED \
       BENCH_LETTER BENCH_RESULTS

.PHONY: bench bench-quick

$(GENCORPUS): tools/gencorpus.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 $(WARN) -D_POSIX_C_SOURCE=200809L $(CFLAGS) -o $@ $<

bench: $(BIN) $(GENCORPUS)
	KG=$(BIN) GEN=$(GENCORPUS) bash bench/run.sh

bench-quick: $(BIN) $(GENCORPUS)
	BENCH_SIZES=10M KG=$(BIN) GEN=$(GENCORPUS) bash bench/run.sh
