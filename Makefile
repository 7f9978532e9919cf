# kamergraph — plain Makefile; dependencies come from pkg-config.
# Targets: all demo check check-asan bench install clean

PREFIX  ?= /usr/local
DESTDIR ?=
CC      ?= cc
RE2C    ?= re2c
PKGS    := igraph libxml-2.0 libcgraph libgvc libzip poppler-glib sqlite3
BUILD   ?= build

# Which Debian package brings each pkg-config module / tool, so that a
# missing one is named instead of failing deep inside the compiler.
DEB_igraph      := libigraph-dev
DEB_libxml-2.0  := libxml2-dev
DEB_libcgraph   := libgraphviz-dev
DEB_criterion   := libcriterion-dev
DEB_libzip      := libzip-dev
DEB_libgvc      := libgraphviz-dev
DEB_sqlite3     := libsqlite3-dev
DEB_poppler-glib := libpoppler-glib-dev
DEB_cairo       := libcairo2-dev

# `make demo` and `make check` install what is missing first (scripts/install-deps),
# then build in a second make that reads this file again with the libraries in
# place: a check while the file is read would stop them before they could install.
# Every other goal that compiles names what is missing and stops.
SETUP_GOALS := demo check check-asan deps deps-test clean uninstall
ifneq ($(filter-out $(SETUP_GOALS),$(or $(MAKECMDGOALS),all)),)
$(foreach p,$(PKGS),$(if $(shell pkg-config --exists $(p) && echo y),,\
  $(error missing library '$(p)': install the Debian package $(DEB_$(p)) (or run 'make demo', which installs it))))
$(if $(shell command -v $(RE2C)),,$(error missing tool 're2c': install the Debian package re2c (or run 'make demo', which installs it)))
endif

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

WARN     := -Wall -Wextra -Werror
CFLAGS   ?= -O2 -g
ALL_CFLAGS = -std=c11 $(WARN) -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc -I$(BUILD) \
             $(PKG_CFLAGS) $(CFLAGS) $(EXTRA_CFLAGS)
LDLIBS_ALL = $(PKG_LIBS) -lm -pthread $(EXTRA_LDFLAGS)

LIB_SRC  := $(sort $(wildcard src/*.c))
RE_SRC   := $(sort $(wildcard src/*.re))
LIB_OBJ  := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(LIB_SRC)) \
            $(patsubst src/%.re,$(BUILD)/obj/%.o,$(RE_SRC))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
CLI_OBJ  := $(patsubst src/cli/%.c,$(BUILD)/obj/cli/%.o,$(CLI_SRC))
TEST_SRC := $(sort $(wildcard tests/*.c))
TEST_OBJ := $(patsubst tests/%.c,$(BUILD)/obj/tests/%.o,$(TEST_SRC))

LIB  := $(BUILD)/libkamergraph.a
BIN  := $(BUILD)/kamergraph
TEST := $(BUILD)/kamergraph-tests

.PHONY: all deps deps-test demo check check-asan check-valgrind bench install uninstall clean
.PRECIOUS: $(BUILD)/%.c

all: $(LIB) $(BIN)

$(BUILD)/%.c: src/%.re
	@mkdir -p $(dir $@)
	$(RE2C) -W -Werror -Wno-nondeterministic-tags --no-generation-date --no-version -o $@ $<

# Each object depends on the headers it includes, as the compiler lists
# them (-MMD; -MP keeps a deleted header from breaking the build): a change
# to one header rebuilds what includes it, not the 50 seconds of scan.c.
DEPFLAGS := -MMD -MP

$(BUILD)/obj/%.o: $(BUILD)/%.c $(BUILD)/obj/%.d
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) -c -o $@ $<

$(BUILD)/obj/%.o: src/%.c $(BUILD)/obj/%.d
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) -c -o $@ $<

$(BUILD)/obj/cli/%.o: src/cli/%.c $(BUILD)/obj/cli/%.d
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) -c -o $@ $<

$(BUILD)/obj/tests/%.o: tests/%.c $(BUILD)/obj/tests/%.d
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) $(shell pkg-config --cflags criterion cairo fontconfig) -c -o $@ $<

# An object without its .d (a build tree older than this rule) is rebuilt.
DEPFILES := $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_OBJ:.o=.d)
$(DEPFILES):
-include $(wildcard $(DEPFILES))

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(ALL_CFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS_ALL)

$(TEST): $(TEST_OBJ) $(LIB)
	@$(if $(shell pkg-config --exists criterion cairo fontconfig && echo y),,\
	  echo "missing test library 'criterion' or 'cairo': install the Debian packages libcriterion-dev libcairo2-dev (or run scripts/install-deps)" >&2; exit 1)
	$(CC) $(ALL_CFLAGS) -o $@ $(TEST_OBJ) $(LIB) $(LDLIBS_ALL) $(shell pkg-config --libs criterion cairo fontconfig)

# Install what is missing: the build's packages, or the build's and the tests'.
deps:
	scripts/install-deps build

deps-test:
	scripts/install-deps test

# The demo: install what is missing, build, scan the example letters.
demo: deps
	$(MAKE) all
	$(BIN) scan -o graphs --format dot,graphml,gexf,json,csv,sqlite examples
	$(BIN) render -q -o graphs/kamergraph.svg examples
	$(BIN) report -q -o graphs/report.html examples
	$(BIN) site -q -o graphs/site examples
	$(BIN) top -q -n 10 examples
	@echo "demo: wrote graphs/: kamergraph.{dot,graphml,gexf,json,sqlite,svg}, kamergraph-{nodes,edges}.csv, report.html, site/ (open graphs/site/index.html)"

# Unit tests (Criterion) and end-to-end tests (tests/e2e.sh).
check: deps-test
	$(MAKE) all $(TEST)
	KG_SCREENSHOT_DIR=$(BUILD) $(TEST) --jobs 2
	KG_SCREENSHOT_DIR=$(BUILD) KG=$(BIN) tests/e2e.sh

# The same tests under AddressSanitizer and UndefinedBehaviorSanitizer,
# in a build tree of their own.
check-asan:
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	KG_SKIP_VALGRIND=1 KG_LONG_LINE_BYTES=10000000 KG_BIG_FILE_BYTES=20000000 $(MAKE) BUILD=build-asan CFLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined" \
	  EXTRA_LDFLAGS="-fsanitize=address,undefined" check

check-valgrind: all
	valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite \
	  $(BIN) scan -o $(BUILD)/valgrind-graphs examples ../shared/corpus
	valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite \
	  --show-leak-kinds=definite --suppressions=tests/valgrind.supp \
	  $(BIN) site -q -o $(BUILD)/valgrind-site examples ../shared/corpus

# The library as others use it: the headers, the static library, and a
# pkg-config file (`pkg-config --cflags --libs kamergraph`) that names the
# libraries it needs, since a static library cannot.
# (Written at install time, since it names PREFIX.)
VERSION := $(shell sed -n 's/^\#define KG_VERSION "\(.*\)"/\1/p' include/kamergraph/kamergraph.h)
PC_LINES := 'prefix=$(PREFIX)' 'includedir=$${prefix}/include' 'libdir=$${prefix}/lib' '' \
  'Name: kamergraph' \
  'Description: citations between Dutch parliamentary documents, as a graph' \
  'Version: $(VERSION)' 'Requires: $(PKGS)' \
  'Libs: -L$${libdir} -lkamergraph -lm -pthread' 'Cflags: -I$${includedir}'

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig \
	  $(DESTDIR)$(PREFIX)/include/kamergraph
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/kamergraph
	install -m 644 $(LIB) $(DESTDIR)$(PREFIX)/lib/libkamergraph.a
	printf '%s\n' $(PC_LINES) >$(DESTDIR)$(PREFIX)/lib/pkgconfig/kamergraph.pc
	install -m 644 include/kamergraph/*.h $(DESTDIR)$(PREFIX)/include/kamergraph/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/kamergraph $(DESTDIR)$(PREFIX)/lib/libkamergraph.a
	rm -f $(DESTDIR)$(PREFIX)/lib/pkgconfig/kamergraph.pc
	rm -rf $(DESTDIR)$(PREFIX)/include/kamergraph

clean:
	rm -rf build build-asan
include mk/bench.mk
include mk/fuzz.mk
