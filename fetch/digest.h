/* digest.h: digests through librpm's rpmio, and npm's integrity strings.
 * Returned strings are owned by the caller. */
#ifndef FERRY_DIGEST_H
#define FERRY_DIGEST_H

#include <stddef.h>

#include "../core/err.h"

enum digest_algo { DIGEST_SHA1, DIGEST_SHA256, DIGEST_SHA512 };

char *digest_hex(enum digest_algo algo, const void *data, size_t len);

/* Checks data against an npm `dist.integrity` (SRI: "sha512-BASE64", possibly
 * several space-separated; the strongest sha512/sha256/sha1 entry is used)
 * or, when integrity is NULL, against `shasum` (sha1 hex).  Returns 0, or
 * -1 with e set: FERR_INTEGRITY on mismatch, FERR_INPUT when neither is
 * usable.  `what` names the artifact in messages. */
int digest_check_npm(const void *data, size_t len, const char *integrity, const char *shasum,
		     const char *what, struct ferr *e);

/* The sha512 that an npm `dist.integrity` (SRI) lists, in hex; NULL when
 * it lists none or it is malformed.  Caller frees. */
char *digest_sri_sha512_hex(const char *integrity);

/* Checks data against a sha256 given in hex (crates' cksum, PyPI's
 * digests.sha256): FERR_INTEGRITY on mismatch, FERR_INPUT when absent. */
int digest_check_sha256(const void *data, size_t len, const char *expected, const char *what,
			struct ferr *e);

#endif
