/* jsonmem.h: registry JSON parsed under a memory budget.
 *
 * jansson spends far more memory than the text it parses: real npm
 * packuments and PyPI documents take 7 to 10 times their size (counting
 * malloc's own overhead), but a document of two million empty objects takes
 * 26 times, and the size cap alone would let a 128 MiB one reach 3 GiB.  So
 * every registry document is parsed with jsonmem_load, which lets jansson
 * allocate at most JSONMEM_RATIO times the document's size plus
 * JSONMEM_FLOOR, and at most JSONMEM_MAX in all; past that the parse fails
 * and the document is refused.  Allocations are counted with an estimate of
 * malloc's per-allocation overhead, so the budget follows resident memory.
 *
 * jsonmem_install must run before jansson allocates anything (ferry's main
 * calls it first); without it documents parse with no budget.  Not thread
 * safe: ferry parses on one thread.
 *
 * Once installed, memory that jansson hands out must go back to jansson:
 * json_dumps' text is freed by jansson, never by free(); use jsonmem_dumps.
 *
 * Ownership: jsonmem_load returns a new reference (json_decref) or NULL;
 * jsonmem_dumps a string the caller frees with free(). */
#ifndef FERRY_JSONMEM_H
#define FERRY_JSONMEM_H

#include <jansson.h>
#include <stddef.h>

#include "../core/err.h"

#define JSONMEM_RATIO 10
#define JSONMEM_FLOOR ((size_t)16 << 20)
#define JSONMEM_MAX ((size_t)1536 << 20)

void jsonmem_install(void);

/* What jansson may allocate for a document of len bytes. */
size_t jsonmem_budget(size_t len);

/* Parses doc under jsonmem_budget(len).  On failure sets e (FERR_INPUT):
 * "WHAT: invalid JSON at line N: ..." or "WHAT: needs more than N MiB to
 * parse (budget: JSONMEM_RATIO times its size)". */
json_t *jsonmem_load(const char *doc, size_t len, size_t flags, const char *what, struct ferr *e);

/* The same, and a document that is no JSON object is refused too:
 * "WHAT: not a JSON object".  What every registry document must be. */
json_t *jsonmem_load_object(const char *doc, size_t len, size_t flags, const char *what, struct ferr *e);

/* obj[key] when it is a string without a NUL byte (borrowed from obj),
 * else NULL: for fields read as they are. */
const char *jsonmem_str(json_t *obj, const char *key);

/* json_dumps, its text copied to memory of the caller's (free()); NULL on
 * failure as json_dumps. */
char *jsonmem_dumps(const json_t *j, size_t flags);

/* For documents parsed in pieces (a crates index file, a line at a time):
 * jsonmem_begin(budget) caps what jansson allocates from now on until
 * jsonmem_end, which returns 1 when an allocation was refused meanwhile.
 * Pieces parsed in between with json_loadb fail once the budget is spent. */
void jsonmem_begin(size_t budget);
int jsonmem_end(void);

#endif
