/* err.h: ferry's one error vocabulary.
 *
 * Library code never prints: it records the first error in a struct ferr
 * (kind + one line of detail, "<package>: <what>: <why>") and returns -1.
 * Only main() turns a kind into an exit code (ferr_exit_code). */
#ifndef FERRY_ERR_H
#define FERRY_ERR_H

#include <stddef.h>

enum ferr_kind {
	FERR_NONE = 0,
	FERR_USAGE,      /* bad command line                         -> exit 2 */
	FERR_INPUT,      /* bad metadata, hostile archive, bad range -> exit 3 */
	FERR_INTEGRITY,  /* checksum mismatch                        -> exit 3 */
	FERR_NET,        /* network failure, HTTP error              -> exit 4 */
	FERR_IO,         /* local file failure                       -> exit 4 */
	FERR_CONFIG,     /* nothing configured where needed          -> exit 2 */
	FERR_FOUND,      /* the job ran and found problems           -> exit 1 */
	FERR_MISSING,    /* not there: HTTP 404 or 410, no such file -> exit 3 */
};

struct ferr {
	enum ferr_kind kind;
	char msg[1024];
};

/* Records an error unless one is already recorded (the first cause wins).
 * Always returns -1 so callers can `return ferr_set(...)`. */
int ferr_set(struct ferr *e, enum ferr_kind kind, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void ferr_clear(struct ferr *e);
const char *ferr_kind_str(enum ferr_kind kind);
int ferr_exit_code(enum ferr_kind kind);

#endif
