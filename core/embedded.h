/* embedded.h: the files built into the binary (templates/ for the writers,
 * review/popular/ for the typosquat rule), as one table that
 * tools/embed.c generates at build time.  Read-only, static storage:
 * nothing to free. */
#ifndef FERRY_EMBEDDED_H
#define FERRY_EMBEDDED_H

#include <stddef.h>

struct embedded_file {
	const char *name;   /* "rpm/nodejs.spec.in" (under templates/), "review/popular/npm.txt" */
	const char *text;
};
extern const struct embedded_file embedded_files[];   /* ends with {NULL, NULL} */

/* The text of the file built in as NAME, or NULL. */
const char *embedded_text(const char *name);

#endif
