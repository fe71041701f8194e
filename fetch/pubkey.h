/* pubkey.h: public keys and the signatures made with them, through
 * OpenSSL's libcrypto.  The registries sign with ECDSA P-256 (npm's
 * registry keys, Sigstore's Fulcio leaf certificates), P-384 (Fulcio's
 * and Rekor's own keys) and Ed25519; each key's curve decides its digest
 * (P-256: SHA-256, P-384: SHA-384, P-521: SHA-512, Ed25519: none, RSA:
 * SHA-256 with PKCS#1 v1.5), as the Sigstore and npm clients do.
 *
 * Keys arrive as SubjectPublicKeyInfo, DER (npm's keys endpoint, Sigstore's
 * trusted root) or PEM, and are hostile like everything else: a key that
 * does not parse, or is of another kind, is refused with a reason.
 *
 * Ownership: a struct pubkey is the caller's (pubkey_free). */
#ifndef FERRY_PUBKEY_H
#define FERRY_PUBKEY_H

#include <stddef.h>

struct pubkey;

/* A key from SubjectPublicKeyInfo DER or PEM; NULL with why set when it is
 * none of the kinds above. */
struct pubkey *pubkey_der(const void *der, size_t len, const char **why);
struct pubkey *pubkey_pem(const char *pem, size_t len, const char **why);
/* "ecdsa-p256", "ecdsa-p384", "ecdsa-p521", "ed25519", "rsa" */
const char *pubkey_kind(const struct pubkey *k);
/* 1 when sig (DER for ECDSA) is k's signature over the len bytes of msg,
 * 0 when it is not (or is not a signature at all). */
int pubkey_verify(const struct pubkey *k, const void *msg, size_t len, const void *sig, size_t siglen);
/* 1 when a and b are the same key */
int pubkey_same(const struct pubkey *a, const struct pubkey *b);
/* The key of an X509 certificate (OpenSSL's X509 *, borrowed); NULL with
 * why as pubkey_der. */
struct pubkey *pubkey_of_cert(const void *x509, const char **why);
void pubkey_free(struct pubkey *k);

#endif
