/* npmsig.h: the npm registry's signatures of its versions, and the keys
 * that check them.
 *
 * The registry signs each version: dist.signatures is a list of {keyid,
 * sig}, sig the base64 DER of an ECDSA P-256 SHA-256 signature over the
 * bytes "NAME@VERSION:" followed by dist.integrity exactly as published.
 * Its keys come in one of two documents, both read here:
 *   the registry's keys endpoint:  {"keys": [{"keyid", "keytype",
 *     "scheme", "key" (base64 SubjectPublicKeyInfo DER), "expires"
 *     (ISO 8601 or null)}]}: each key for signatures and attestations;
 *   Sigstore's npm-registry-keys.json (its TUF target): {"keys":
 *     [{"keyId", "keyUsage" ("npm:signatures", "npm:attestations"),
 *     "publicKey": {"rawBytes", "keyDetails", "validFor": {"start",
 *     "end"}}}]}.
 * A key counts for a version published inside its window: from start
 * (when given) to expires/end (when given).  npm's own client checks
 * only the end; the start is checked too.  A version whose publish time
 * the document does not give (an abbreviated packument) is checked
 * without the window, and the outcome says so.
 *
 * Limits: a keys document of at most 1 MiB and 256 keys; at most 16
 * signatures per version.
 *
 * Ownership: a struct npmkeys owns its keys (npmkeys_free); strings
 * returned are the caller's. */
#ifndef FERRY_NPMSIG_H
#define FERRY_NPMSIG_H

#include <stddef.h>

#include "../core/err.h"
#include "../core/model.h"
#include "../fetch/pubkey.h"

#define NPMKEYS_MAX_DOC ((size_t)1 << 20)
#define NPMKEYS_MAX 256
#define NPMSIG_MAX 16

struct npmkey {
	char *keyid;
	char *usage;            /* "npm:signatures", "npm:attestations"; "" for both */
	struct pubkey *key;
	long long start, end;   /* seconds; -1 where the document gives none */
};

struct npmkeys {
	struct npmkey *v;
	size_t n;
};

/* The keys of either document (what names it in messages).  A key that is
 * not ECDSA P-256 is refused, as is a document of neither shape.  0, or
 * -1 with e (FERR_INPUT: "WHAT: keys[3].key: ..."). */
int npmkeys_parse(const char *doc, size_t len, const char *what, struct npmkeys *out, struct ferr *e);
void npmkeys_free(struct npmkeys *k);
/* The key of id for usage ("npm:signatures", "npm:attestations") that
 * counts at time t (-1: unknown, any window); NULL when none does, with
 * *near one of that id and usage that does not (its window the reason),
 * or NULL. */
const struct npmkey *npmkeys_find(const struct npmkeys *k, const char *id, const char *usage, long long t,
				  const struct npmkey **near);

/* dist.signatures of one version (a JSON array's text, as select keeps
 * it in p->signatures: "KEYID\tSIG" each) checked: every signature must
 * be good, by a key of the keys for usage "npm:signatures" that counts
 * at p->publish_time (from: where the keys came from, for messages).  On success *by gets "KEYID" (", " between several),
 * and " (publish time unknown: the key's window not checked)" after it
 * where it applies.  -1 with e FERR_INTEGRITY otherwise: "NAME@VERSION:
 * registry signature: ..." saying which (no such key, the key's window,
 * a bad signature). */
int npmsig_check(const struct npmkeys *k, const struct pkg *p, const char *from, char **by, struct ferr *e);

#endif
