/* Public keys and signatures through libcrypto (pubkey.h). */
#include "pubkey.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <stdlib.h>
#include <string.h>

#include "../core/util.h"

struct pubkey {
	EVP_PKEY *k;
	const char *kind;
	const EVP_MD *md;   /* NULL: the scheme hashes itself (Ed25519) */
};

static struct pubkey *wrap(EVP_PKEY *k, const char **why)
{
	if (!k) {
		*why = "not a public key (SubjectPublicKeyInfo)";
		return NULL;
	}
	const char *kind = NULL;
	const EVP_MD *md = NULL;
	char group[64] = "";
	size_t gl = 0;
	switch (EVP_PKEY_get_base_id(k)) {
	case EVP_PKEY_EC:
		if (EVP_PKEY_get_utf8_string_param(k, "group", group, sizeof group, &gl) != 1)
			break;
		if (strcmp(group, "prime256v1") == 0)
			kind = "ecdsa-p256", md = EVP_sha256();
		else if (strcmp(group, "secp384r1") == 0)
			kind = "ecdsa-p384", md = EVP_sha384();
		else if (strcmp(group, "secp521r1") == 0)
			kind = "ecdsa-p521", md = EVP_sha512();
		break;
	case EVP_PKEY_ED25519:
		kind = "ed25519";
		break;
	case EVP_PKEY_RSA:
		if (EVP_PKEY_get_bits(k) >= 2048)
			kind = "rsa", md = EVP_sha256();
		break;
	}
	if (!kind) {
		EVP_PKEY_free(k);
		*why = "a key of a kind not used for registry signatures (ECDSA P-256/384/521, Ed25519, RSA >= 2048)";
		return NULL;
	}
	struct pubkey *p = xcalloc(1, sizeof *p);
	p->k = k, p->kind = kind, p->md = md;
	return p;
}

struct pubkey *pubkey_der(const void *der, size_t len, const char **why)
{
	const unsigned char *d = der;
	if (len > 1u << 16) {
		*why = "key too large";
		return NULL;
	}
	EVP_PKEY *k = d2i_PUBKEY(NULL, &d, (long)len);
	if (k && d != (const unsigned char *)der + len) {   /* bytes after the key */
		EVP_PKEY_free(k);
		k = NULL;
	}
	return wrap(k, why);
}

struct pubkey *pubkey_pem(const char *pem, size_t len, const char **why)
{
	if (len > 1u << 16) {
		*why = "key too large";
		return NULL;
	}
	BIO *b = BIO_new_mem_buf(pem, (int)len);
	EVP_PKEY *k = b ? PEM_read_bio_PUBKEY(b, NULL, NULL, NULL) : NULL;
	BIO_free(b);
	return wrap(k, why);
}

const char *pubkey_kind(const struct pubkey *k)
{
	return k->kind;
}

int pubkey_verify(const struct pubkey *k, const void *msg, size_t len, const void *sig, size_t siglen)
{
	EVP_MD_CTX *c = EVP_MD_CTX_new();
	int ok = c && EVP_DigestVerifyInit(c, NULL, k->md, NULL, k->k) == 1 &&
		 EVP_DigestVerify(c, sig, siglen, msg, len) == 1;
	EVP_MD_CTX_free(c);
	return ok;
}

int pubkey_same(const struct pubkey *a, const struct pubkey *b)
{
	return EVP_PKEY_eq(a->k, b->k) == 1;
}

struct pubkey *pubkey_of_cert(const void *x509, const char **why)
{
	EVP_PKEY *k = X509_get_pubkey((X509 *)x509);   /* a new reference */
	return wrap(k, why);
}

void pubkey_free(struct pubkey *k)
{
	if (!k)
		return;
	EVP_PKEY_free(k->k);
	free(k);
}
