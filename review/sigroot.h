/* sigroot.h: the parsed trusted root, for review/sigroot.c and
 * review/sigbundle.c only; callers use review/sigstore.h. */
#ifndef FERRY_SIGROOT_H
#define FERRY_SIGROOT_H

#include <openssl/x509.h>

#include "sigstore.h"

/* a certificate authority: its chain, the root last */
struct sigca {
	X509 *certs[SIGROOT_MAX_CHAIN];
	size_t n;
	long long start, end;   /* -1: open */
};

/* a transparency log: its id (the sha256 of its key) and key */
struct sigtlog {
	unsigned char id[64];
	size_t idlen;
	struct pubkey *key;
	long long start, end;
};

struct sigroot {
	struct sigca ca[SIGROOT_MAX_ITEMS];
	size_t nca;
	struct sigtlog tl[SIGROOT_MAX_ITEMS];
	size_t ntl;
};

/* base64 string field key of o decoded (caller frees; NUL-terminated
 * beyond *len): NULL when absent, not a string, or not base64 */
unsigned char *sigroot_b64(json_t *o, const char *key, size_t *len);

/* 1 when t lies in [start, end) (-1: open) */
int sigroot_within(long long t, long long start, long long end);

#endif
