/* sign.h: OpenPGP signatures of ledger entries, through gpgme.
 *
 * Signing uses the reviewer's own GnuPG home ($GNUPGHOME or ~/.gnupg).
 * Verification never does: a sign_keyring is a throwaway GnuPG home
 * (mkdtemp) holding only the maintainers' public keys, so nothing in the
 * reviewer's keyring (or its trust settings) can make an entry count.
 *
 * Ownership: returned strings are the caller's; a sign_keyring is released
 * (and its folder removed) with sign_keyring_free. */
#ifndef FERRY_SIGN_H
#define FERRY_SIGN_H

#include <stddef.h>

#include "../core/err.h"

/* A detached, armored signature of data with the secret key that key
 * names (fingerprint, key id or user id; NULL: the first secret key).
 * *uid gets the key's first user id, *fpr its fingerprint.  0, or -1 with
 * e set (FERR_CONFIG when there is no usable key). */
int sign_detached(const char *key, const char *data, size_t len, char **sig, char **uid, char **fpr,
		  struct ferr *e);

struct sign_keyring;

/* Every *.asc and *.gpg file of dir imported into a new throwaway home;
 * a missing dir gives an empty keyring.  NULL with e set on failure. */
struct sign_keyring *sign_keyring_open(const char *dir, struct ferr *e);
/* 0 when sig is a good signature of data by a key of the keyring (*fpr,
 * *uid set); -1 with the reason in why (no signature, bad signature, key
 * not among the maintainers, ...). */
int sign_verify(struct sign_keyring *k, const char *data, size_t len, const char *sig, size_t siglen,
		char **fpr, char **uid, char *why, size_t whylen);
/* Number of keys it holds. */
size_t sign_keyring_count(const struct sign_keyring *k);
void sign_keyring_free(struct sign_keyring *k);

#endif
