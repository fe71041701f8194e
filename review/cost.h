/* cost.h: what a review costs the reviewer, from the real delta between
 * two versions (or from the whole package, for a first review), so that
 * `ferry vet check` and `ferry import --require-review` can suggest the
 * cheapest reviews first.  A reviewer reads text line by line; binaries,
 * minified code and install-time code cannot be skimmed, so they are
 * expensive, never free.
 *
 * The weights (docs/rules.md, "Review cost"):
 *   COST_LINE         a text line added or changed: the '+' and '-' lines
 *                     of a changed file's unified diff, every line of an
 *                     added file (a removed file: COST_REMOVED)
 *   COST_EXECUTABLE   an ELF, PE or Mach-O file (by magic bytes, whatever
 *                     its name) added or changed
 *   COST_BINARY       any other file that is not text, added or changed
 *   bytes/COST_MINIFIED_DIV  a minified text file (a line over
 *                     COST_LONG_LINE characters) added or changed: its
 *                     whole size, since a diff of it says nothing
 *   COST_INSTALL      each install-hook finding: a hook added or changed,
 *                     install-time code added or changed, a build backend
 *                     changed (on a first review: each hook)
 *
 * Pure: reads a review_run result and its inputs, prints nothing, owns
 * nothing; review_cost_str's string is the caller's. */
#ifndef FERRY_COST_H
#define FERRY_COST_H

#include "review.h"

#define COST_LINE 1
#define COST_REMOVED 1
#define COST_EXECUTABLE 10000
#define COST_BINARY 1000
#define COST_MINIFIED_DIV 10
#define COST_LONG_LINE 1000
#define COST_INSTALL 5000

struct review_cost {
	long long total;
	long long lines;           /* text lines added or changed */
	long long removed;         /* files removed */
	long long executables;     /* executables added or changed */
	long long binaries;        /* other non-text files added or changed */
	long long minified;        /* minified files added or changed ... */
	long long minified_bytes;  /* ... and their bytes */
	long long install;         /* install-hook findings */
};

/* The cost of the review that produced r from in (review_run). */
void review_cost(const struct review_in *in, const struct review *r, struct review_cost *out);
/* "5012: 12 lines, 1 install hook or script (5000)": the total and each
 * non-zero part (caller frees). */
char *review_cost_str(const struct review_cost *c);

#endif
