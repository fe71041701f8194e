#include "digest.h"

#include <rpm/rpmcrypto.h>
#include <rpm/rpmpgp.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/base64.h"
#include "../core/util.h"

static int rpm_algo(enum digest_algo a)
{
	switch (a) {
	case DIGEST_SHA1: return RPM_HASH_SHA1;
	case DIGEST_SHA256: return RPM_HASH_SHA256;
	default: return RPM_HASH_SHA512;
	}
}

static void *raw_digest(enum digest_algo algo, const void *data, size_t len, int ascii, size_t *outlen)
{
	static int inited;
	if (!inited) {
		rpmInitCrypto();
		inited = 1;
	}
	DIGEST_CTX ctx = rpmDigestInit(rpm_algo(algo), RPMDIGEST_NONE);
	rpmDigestUpdate(ctx, data, len);
	void *out = NULL;
	size_t n = 0;
	rpmDigestFinal(ctx, &out, &n, ascii);
	if (outlen)
		*outlen = n;
	return out;
}

char *digest_hex(enum digest_algo algo, const void *data, size_t len)
{
	char *s = raw_digest(algo, data, len, 1, NULL);
	char *r = xstrdup(s);
	free(s);
	return r;
}

char *digest_sri_sha512_hex(const char *integrity)
{
	const char *p = integrity ? strstr(integrity, "sha512-") : NULL;
	unsigned char d[64];
	size_t n;
	if (!p || base64_decode_into(p + 7, strcspn(p + 7, "? \t"), d, sizeof d, &n) != 0 || n != 64)
		return NULL;
	char *hex = xmalloc(129);
	for (size_t i = 0; i < 64; i++)
		snprintf(hex + 2 * i, 3, "%02x", d[i]);
	return hex;
}

int digest_check_npm(const void *data, size_t len, const char *integrity, const char *shasum,
		     const char *what, struct ferr *e)
{
	if (integrity && *integrity) {
		/* choose the strongest algorithm listed */
		static const struct { const char *pfx; enum digest_algo a; size_t n; } algos[] = {
			{"sha512-", DIGEST_SHA512, 64}, {"sha256-", DIGEST_SHA256, 32}, {"sha1-", DIGEST_SHA1, 20},
		};
		for (size_t k = 0; k < 3; k++) {
			const char *p = integrity;
			while (*p) {
				while (*p == ' ' || *p == '\t')
					p++;
				size_t n = strcspn(p, " \t");
				size_t pl = strlen(algos[k].pfx);
				if (n > pl && strncmp(p, algos[k].pfx, pl) == 0) {
					unsigned char want[64];
					size_t wl = 0;
					size_t bl = strcspn(p + pl, "? \t");   /* SRI options after '?' */
					if (base64_decode_into(p + pl, bl, want, sizeof want, &wl) != 0 || wl != algos[k].n)
						return ferr_set(e, FERR_INPUT, "%s: dist.integrity: malformed %s digest",
								what, algos[k].pfx);
					size_t gl = 0;
					unsigned char *got = raw_digest(algos[k].a, data, len, 0, &gl);
					int same = gl == wl && memcmp(got, want, wl) == 0;
					free(got);
					if (!same) {
						char *hex = digest_hex(algos[k].a, data, len);
						ferr_set(e, FERR_INTEGRITY,
							 "%s: integrity mismatch: dist.integrity is %.*s but the download's %.*s digest is %s (hex)",
							 what, (int)(pl + bl), p, (int)(pl - 1), p, hex);
						free(hex);
						return -1;
					}
					return 0;
				}
				p += n;
			}
		}
		return ferr_set(e, FERR_INPUT, "%s: dist.integrity: no sha512, sha256 or sha1 digest", what);
	}
	if (shasum && *shasum) {
		char *hex = digest_hex(DIGEST_SHA1, data, len);
		int same = strcasecmp(hex, shasum) == 0;
		if (!same)
			ferr_set(e, FERR_INTEGRITY, "%s: integrity mismatch: dist.shasum expects sha1 %.40s, the download is %s",
				 what, shasum, hex);
		free(hex);
		return same ? 0 : -1;
	}
	return ferr_set(e, FERR_INPUT, "%s: dist: neither integrity nor shasum given", what);
}

int digest_check_sha256(const void *data, size_t len, const char *expected, const char *what,
			struct ferr *e)
{
	if (!expected || strlen(expected) != 64)
		return ferr_set(e, FERR_INPUT, "%s: the registry gives no sha256 to check it against", what);
	char *got = digest_hex(DIGEST_SHA256, data, len);
	int same = strcasecmp(got, expected) == 0;
	int rc = same ? 0 : ferr_set(e, FERR_INTEGRITY, "%s: sha256 mismatch: registry says %.64s, download is %s", what,
				       expected, got);
	free(got);
	return rc;
}
