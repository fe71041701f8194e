# ferry: `make` builds, `make check` runs every test, `make demo` runs the
# main job on the bundled registry snapshot.  Both install their Debian
# packages first (tools/deps.sh).  SAN=1 builds with ASan and UBSan.
# `make fuzz` builds the libFuzzer targets (tests/fuzz) with clang in
# build-fuzz/, `make fuzz-smoke` runs each for FUZZ_TIME seconds.

PKGS      := libsolv libsolvext rpm libarchive jansson libcurl gpgme libcrypto
CC        ?= cc
CFLAGS    ?= -O2 -g
CFLAGS    += -std=c11 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L \
             $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS    += $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lrpmbuild -lm
ifeq ($(FUZZ),1)
CC        := clang
CFLAGS    += -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
LDFLAGS   += -fsanitize=fuzzer,address,undefined
BUILD     := build-fuzz
else ifeq ($(SAN),1)
CFLAGS    += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
LDFLAGS   += -fsanitize=address,undefined
BUILD     := build-san
else
BUILD     := build
endif

LIB_SRC   := $(wildcard core/*.c convert/*.c fetch/*.c solver/*.c cli/*.c review/*.c)
TEMPLATES := $(sort $(shell find templates -name '*.in')) $(sort $(wildcard review/popular/*.txt))
LIB_OBJ   := $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/templates.o
UNIT_SRC  := $(wildcard tests/unit/*.c)
UNIT_BIN  := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
TOOL_SRC  := $(wildcard tests/tools/*.c)
TOOL_BIN  := $(TOOL_SRC:tests/tools/%.c=$(BUILD)/tests/%)
# one harness per parser: with libFuzzer in build-fuzz/, else with
# tests/fuzz/driver.c for the regression corpus that make check runs
FUZZ_SRC  := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BIN  := $(FUZZ_SRC:tests/fuzz/%.c=$(BUILD)/fuzz/%)
FUZZ_LIB  := tests/fuzz/fuzz.c tests/fuzz/registry.c
FUZZ_TIME ?= 30
ifeq ($(FUZZ),1)
FUZZ_MAIN :=
else
FUZZ_MAIN := tests/fuzz/driver.c
endif

all: $(BUILD)/ferry

# test programs; distcheck judges translations with dpkg's own library
tests: all $(UNIT_BIN) $(TOOL_BIN) $(BUILD)/tests/faultinject.so $(FUZZ_BIN)
$(BUILD)/tests/distcheck: LDLIBS += -ldpkg

$(BUILD)/bench/%: bench/%.c $(BUILD)/libferry.a
	@mkdir -p $(dir $@)
	@$(CC) $(CFLAGS) -I. $(LDFLAGS) -o $@ $< $(BUILD)/libferry.a $(LDLIBS)

$(BUILD)/%.o: %.c $(wildcard */*.h)
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/embed: tools/embed.c
	@mkdir -p $(dir $@)
	@$(CC) -std=c11 -Wall -Wextra -Werror -o $@ $<

$(BUILD)/templates.c: $(BUILD)/embed $(TEMPLATES)
	@$(BUILD)/embed $(TEMPLATES) > $@.tmp && mv $@.tmp $@

$(BUILD)/templates.o: $(BUILD)/templates.c
	@$(CC) $(CFLAGS) -I. -c -o $@ $<

$(BUILD)/libferry.a: $(LIB_OBJ)
	@rm -f $@
	@ar rcs $@ $^

$(BUILD)/ferry: $(BUILD)/ferry.o $(BUILD)/libferry.a
	@echo "  LINK    $@"
	@$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libferry.a
	@mkdir -p $(dir $@)
	@echo "  LINK    $@"
	@$(CC) $(CFLAGS) -I. $(LDFLAGS) -o $@ $< $(BUILD)/libferry.a $(LDLIBS)

$(BUILD)/tests/%: tests/tools/%.c $(BUILD)/libferry.a
	@mkdir -p $(dir $@)
	@echo "  LINK    $@"
	@$(CC) $(CFLAGS) -I. $(LDFLAGS) -o $@ $< $(BUILD)/libferry.a $(LDLIBS)

# the I/O fault injection shim (tests/faults/faultinject.c), preloaded by
# tests/faults/run.sh; never sanitized itself, so it can sit before libasan
$(BUILD)/tests/faultinject.so: tests/faults/faultinject.c
	@mkdir -p $(dir $@)
	@echo "  SHLIB   $@"
	@$(CC) -std=c11 -O2 -g -Wall -Wextra -Werror -fPIC -shared -o $@ $< -ldl

$(BUILD)/fuzz/%: tests/fuzz/%.c $(FUZZ_LIB) $(wildcard tests/fuzz/*.h) $(FUZZ_MAIN) $(BUILD)/libferry.a
	@mkdir -p $(dir $@)
	@echo "  LINK    $@"
	@$(CC) $(CFLAGS) -I. $(LDFLAGS) -o $@ $< $(FUZZ_LIB) $(FUZZ_MAIN) $(BUILD)/libferry.a $(LDLIBS)

fuzz:
	@$(MAKE) --no-print-directory FUZZ=1 fuzz-bins

fuzz-bins: $(FUZZ_BIN)

# FUZZ_TIME seconds per target (default 30); fails on any sanitizer report
fuzz-smoke: fuzz
	@FUZZ_TIME=$(FUZZ_TIME) tests/fuzz/smoke.sh build-fuzz

deps:
	@tools/deps.sh build

check: 
	@tools/deps.sh test
	@$(MAKE) --no-print-directory tests
	@tests/run.sh $(BUILD)

check-san:
	@LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp $(MAKE) --no-print-directory SAN=1 check

demo:
	@tools/deps.sh build
	@$(MAKE) --no-print-directory all
	@tools/demo.sh $(BUILD)

# Regenerate specs/ from the bundled snapshot; review the diff before committing.
specs:
	@$(MAKE) --no-print-directory tests
	@tests/run.sh $(BUILD) --regenerate

# Build every Debian source package of the bundled snapshot in a clean
# bookworm chroot (mmdebstrap), tests on, install and load each; as root.
debbuild:
	@tools/deps.sh test
	@$(MAKE) --no-print-directory all
	@tests/debbuild.sh $(BUILD)

clean:
	rm -rf build build-san build-fuzz


.PHONY: all tests deps check check-san demo specs debbuild clean fuzz fuzz-bins fuzz-smoke
