/* sigstore.h: Sigstore bundles verified offline, against a trusted root
 * given as a file (Sigstore's trusted_root.json: the Fulcio certificate
 * authorities and the Rekor transparency logs, each with its validity
 * window).  Nothing is fetched: the root is configuration, never fetched
 * silently, and no log is asked whether an entry is still there.
 *
 * A bundle (media types application/vnd.dev.sigstore.bundle+json;
 * version=0.1, 0.2, 0.3 and application/vnd.dev.sigstore.bundle.v0.3+json)
 * holding a DSSE envelope is verified so:
 *   1. its transparency log entry: the log's key (found by log id in the
 *      root, valid at the entry's integrated time) signed the entry's
 *      promise (the signed entry timestamp, over the canonical JSON of
 *      body, integratedTime, logID and logIndex);
 *   2. the entry's body is this envelope: kind and version as the entry
 *      says (intoto 0.0.2 or dsse 0.0.1), the payload's sha256, the
 *      signature and the signing certificate or key the same bytes;
 *   3. the envelope's one signature verifies over DSSE's PAE bytes
 *      ("DSSEv1 LEN TYPE LEN PAYLOAD") with the signer's key;
 *   4. keyless (a certificate): the certificate leads to one of the root's
 *      certificate authorities, each certificate valid at the integrated
 *      time (not now: Fulcio's certificates live ten minutes), and is for
 *      code signing; keyed (a public key hint, npm's publish attestation):
 *      the key the caller found for the hint.
 * What it proves comes back: the payload (an in-toto statement), the
 * integrated time, and the certificate's identity (its SAN, the OIDC
 * issuer and Fulcio's extensions: source repository, commit, workflow,
 * trigger, builder).  Checking the statement's subject is the caller's.
 *
 * Not verified: the certificate transparency SCT in Fulcio's certificates,
 * inclusion proofs against a signed checkpoint (the promise is checked
 * instead), RFC 3161 timestamps, revocation.
 *
 * Limits: a trusted root of at most 1 MiB, 32 authorities and logs, 10
 * certificates a chain; a bundle's payload of at most 1 MiB.
 *
 * Ownership: a struct sigroot is the caller's (sigroot_free); a struct
 * sigproof owns its strings (sigproof_free); bundles are borrowed. */
#ifndef FERRY_SIGSTORE_H
#define FERRY_SIGSTORE_H

#include <jansson.h>
#include <stddef.h>

#include "../core/err.h"
#include "../core/util.h"
#include "../fetch/pubkey.h"

#define SIGROOT_MAX_DOC ((size_t)1 << 20)
#define SIGROOT_MAX_ITEMS 32
#define SIGROOT_MAX_CHAIN 10
#define SIGBUNDLE_MAX_PAYLOAD ((size_t)1 << 20)

struct sigroot;

/* trusted_root.json's text (what names it in messages).  NULL with e
 * (FERR_INPUT, or FERR_CONFIG when it holds no authority or log). */
struct sigroot *sigroot_parse(const char *doc, size_t len, const char *what, struct ferr *e);
/* The same from a file: FERR_CONFIG when it is not there, FERR_IO when it
 * cannot be read. */
struct sigroot *sigroot_load(const char *path, struct ferr *e);
void sigroot_free(struct sigroot *r);

struct sigproof {
	char *payload;          /* the DSSE payload, verified (NUL-terminated) */
	size_t payload_len;
	char *payload_type;     /* "application/vnd.in-toto+json" */
	long long integrated;   /* the log entry's integrated time */
	char *log_index;
	char *keyid;            /* keyed: the envelope's key id; else NULL */
	char *san;              /* keyless: the certificate's SAN (URI or email) */
	char *issuer;           /* keyless: the OIDC issuer */
	struct strv ext;        /* keyless: Fulcio's extensions, "NAME\tVALUE"
				   (source-repository-uri, source-repository-digest,
				   build-config-uri, runner-environment, ...), sorted */
};
void sigproof_free(struct sigproof *p);
/* The value of Fulcio extension name in p, or NULL. */
const char *sigproof_ext(const struct sigproof *p, const char *name);

/* Verifies bundle (borrowed) as above.  key: the signer's key when the
 * bundle names one by hint (keyed), NULL when it must carry a certificate
 * (keyless).  0 with *out, or -1 with e: FERR_INTEGRITY naming the step
 * that failed ("WHAT: transparency log: ..."), FERR_INPUT for a bundle of
 * another shape. */
int sigbundle_verify(const struct sigroot *root, json_t *bundle, const struct pubkey *key, const char *what,
		     struct sigproof *out, struct ferr *e);

#endif
