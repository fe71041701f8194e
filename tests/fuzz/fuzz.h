/* fuzz.h: what the harnesses in tests/fuzz share.
 *
 * Each fuzz_<parser>.c defines LLVMFuzzerTestOneInput and nothing else
 * global.  It is linked two ways: with libFuzzer (make fuzz, build-fuzz/)
 * and with driver.c, a main that feeds it every file of a folder (make
 * check runs tests/fuzz/regress/<parser>/ so).  A harness never touches the
 * network and writes only below fuzz_tmpdir().
 *
 * A harness checks what its parser promises (a parsed value prints and
 * parses back, translations exist for valid input) and calls fuzz_fail
 * when a promise breaks: that is a finding, like a sanitizer report.
 *
 * Ownership: fuzz_str and fuzz_split return new strings the caller frees;
 * fuzz_tmpdir's folder lives until exit. */
#ifndef FERRY_FUZZ_H
#define FERRY_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The bytes as a NUL-terminated string (an embedded NUL ends it early, as
 * it would for every C caller). */
char *fuzz_str(const uint8_t *data, size_t size);

/* What separates the parts of a harness's input that are documents
 * (registry.h's framing, and the two-document harnesses). */
#define FUZZ_SEP "\n--ferry-fuzz--\n"

/* The first needle in [p, end), or NULL. */
const char *fuzz_find(const char *p, const char *end, const char *needle);

/* The bytes up to the first sep into *a, the rest into *b ("" when sep is
 * absent). */
void fuzz_split(const uint8_t *data, size_t size, char sep, char **a, char **b);

/* Where a harness may write: a private folder made on first use and
 * removed at exit; HOME and XDG_CACHE_HOME point into it, so nothing the
 * library does reaches the user's files. */
const char *fuzz_tmpdir(void);

/* A broken promise: prints what and the input's text, then aborts. */
_Noreturn void fuzz_fail(const char *what, const char *detail);

#endif
