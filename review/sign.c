/* OpenPGP through gpgme: detached signatures of ledger entries. */
#include "sign.h"

#include <dirent.h>
#include <errno.h>
#include <gpgme.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/util.h"
#include "../fetch/files.h"
#include "../fetch/localfile.h"

char *mkdtemp(char *template);   /* POSIX 2008; glibc hides it under strict C11 */

#define MAX_KEYFILE (1u << 20)

struct sign_keyring {
	char *home;
	gpgme_ctx_t ctx;
	size_t nkeys;
};

static int gpg_init(struct ferr *e)
{
	static int done;
	if (done)
		return 0;
	if (!gpgme_check_version(NULL))
		return ferr_set(e, FERR_CONFIG, "gpgme: library not usable");
	gpgme_set_locale(NULL, LC_CTYPE, setlocale(LC_CTYPE, NULL));
	if (gpgme_engine_check_version(GPGME_PROTOCOL_OpenPGP) != 0)
		return ferr_set(e, FERR_CONFIG, "gpgme: no usable gpg (install gnupg)");
	done = 1;
	return 0;
}

/* the secret key to sign with: the one key names, else the first */
static gpgme_key_t find_secret(gpgme_ctx_t ctx, const char *key)
{
	gpgme_key_t k = NULL;
	if (gpgme_op_keylist_start(ctx, key, 1) != 0)
		return NULL;
	while (gpgme_op_keylist_next(ctx, &k) == 0) {
		if (k->can_sign && !k->revoked && !k->expired && !k->disabled && !k->invalid)
			break;
		gpgme_key_unref(k);
		k = NULL;
	}
	gpgme_op_keylist_end(ctx);
	return k;
}

static char *data_steal(gpgme_data_t d)
{
	size_t n = 0;
	char *p = gpgme_data_release_and_get_mem(d, &n);
	char *s = xstrndup(p ? p : "", n);
	gpgme_free(p);
	return s;
}

int sign_detached(const char *key, const char *data, size_t len, char **sig, char **uid, char **fpr,
		  struct ferr *e)
{
	if (gpg_init(e) != 0)
		return -1;
	gpgme_ctx_t ctx = NULL;
	gpgme_key_t k = NULL;
	gpgme_data_t in = NULL, out = NULL;
	int rc = -1;
	gpgme_error_t err = gpgme_new(&ctx);
	if (err) {
		ferr_set(e, FERR_CONFIG, "gpgme: %s", gpgme_strerror(err));
		goto out;
	}
	gpgme_set_protocol(ctx, GPGME_PROTOCOL_OpenPGP);
	gpgme_set_armor(ctx, 1);
	/* never a graphical prompt: a key with a passphrase fails here */
	gpgme_set_pinentry_mode(ctx, GPGME_PINENTRY_MODE_LOOPBACK);
	k = find_secret(ctx, key && *key ? key : NULL);
	if (!k || !k->uids || !k->subkeys) {
		ferr_set(e, FERR_CONFIG, "approve: signing key: %s in the GnuPG keyring ($GNUPGHOME)",
			 key && *key ? "no usable secret key matches that name" : "no secret key");
		goto out;
	}
	gpgme_signers_add(ctx, k);
	if ((err = gpgme_data_new_from_mem(&in, data, len, 0)) || (err = gpgme_data_new(&out))) {
		ferr_set(e, FERR_IO, "gpgme: %s", gpgme_strerror(err));
		goto out;
	}
	if ((err = gpgme_op_sign(ctx, in, out, GPGME_SIG_MODE_DETACH))) {
		ferr_set(e, FERR_CONFIG, "approve: signing with %s: %s", k->subkeys->fpr, gpgme_strerror(err));
		goto out;
	}
	*sig = data_steal(out);
	out = NULL;
	*uid = xstrdup(k->uids->uid ? k->uids->uid : "");
	*fpr = xstrdup(k->subkeys->fpr ? k->subkeys->fpr : "");
	rc = 0;
out:
	gpgme_data_release(in);
	gpgme_data_release(out);
	gpgme_key_unref(k);
	gpgme_release(ctx);
	return rc;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int import_file(struct sign_keyring *k, const char *path, struct ferr *e)
{
	size_t len = 0;
	char *text = localfile_read(path, MAX_KEYFILE, &len);
	if (!text && errno != EFBIG && errno != EIO)   /* not opened; else read short or too large */
		return ferr_set(e, FERR_IO, "ledger: %s: %s", path, strerror(errno));
	gpgme_data_t d = NULL;
	int rc = 0;
	if (!text || gpgme_data_new_from_mem(&d, text, len, 0) != 0) {
		rc = ferr_set(e, FERR_IO, "ledger: %s: unreadable or larger than 1 MiB", path);
	} else if (gpgme_op_import(k->ctx, d) != 0) {
		rc = ferr_set(e, FERR_INPUT, "ledger: %s: not an OpenPGP public key", path);
	} else {
		gpgme_import_result_t r = gpgme_op_import_result(k->ctx);
		if (!r || r->considered == 0)
			rc = ferr_set(e, FERR_INPUT, "ledger: %s: no OpenPGP key in it", path);
		else
			k->nkeys += (size_t)(r->imported + r->unchanged);
	}
	gpgme_data_release(d);
	free(text);
	return rc;
}

struct sign_keyring *sign_keyring_open(const char *dir, struct ferr *e)
{
	if (gpg_init(e) != 0)
		return NULL;
	struct sign_keyring *k = xcalloc(1, sizeof *k);
	const char *tmp = getenv("TMPDIR");
	char *tmpl = xasprintf("%s/ferry-keys.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(tmpl)) {
		ferr_set(e, FERR_IO, "ledger: temporary keyring %s: %s", tmpl, strerror(errno));
		free(tmpl);
		free(k);
		return NULL;
	}
	k->home = tmpl;
	/* no agent: verifying needs none, and none is left behind */
	char *conf = xasprintf("%s/gpg.conf", k->home);
	FILE *f = fopen(conf, "w");
	int ok = f && fputs("no-autostart\n", f) >= 0;
	if (f && fclose(f) != 0)
		ok = 0;
	free(conf);
	if (!ok || gpgme_new(&k->ctx) != 0 ||
	    gpgme_ctx_set_engine_info(k->ctx, GPGME_PROTOCOL_OpenPGP, NULL, k->home) != 0) {
		ferr_set(e, FERR_IO, "ledger: temporary keyring %s: cannot set up", k->home);
		sign_keyring_free(k);
		return NULL;
	}
	DIR *d = opendir(dir);
	if (!d)
		return k;   /* no maintainers: nothing verifies */
	struct strv files = {0};
	struct dirent *de;
	while ((de = readdir(d)))
		if (de->d_name[0] != '.' && (str_endswith(de->d_name, ".asc") || str_endswith(de->d_name, ".gpg")))
			strv_push(&files, xasprintf("%s/%s", dir, de->d_name));
	closedir(d);
	if (files.n)
		qsort(files.v, files.n, sizeof *files.v, cmp_str);
	for (size_t i = 0; i < files.n; i++)
		if (import_file(k, files.v[i], e) != 0) {
			strv_free(&files);
			sign_keyring_free(k);
			return NULL;
		}
	strv_free(&files);
	return k;
}

size_t sign_keyring_count(const struct sign_keyring *k)
{
	return k ? k->nkeys : 0;
}

int sign_verify(struct sign_keyring *k, const char *data, size_t len, const char *sig, size_t siglen,
		char **fpr, char **uid, char *why, size_t whylen)
{
	gpgme_data_t sd = NULL, td = NULL;
	gpgme_key_t key = NULL;
	int rc = -1;
	if (gpgme_data_new_from_mem(&sd, sig, siglen, 0) != 0 || gpgme_data_new_from_mem(&td, data, len, 0) != 0) {
		snprintf(why, whylen, "out of memory");
		goto out;
	}
	gpgme_error_t err = gpgme_op_verify(k->ctx, sd, td, NULL);
	gpgme_verify_result_t r = err ? NULL : gpgme_op_verify_result(k->ctx);
	gpgme_signature_t s = r ? r->signatures : NULL;
	if (!s) {
		snprintf(why, whylen, "no OpenPGP signature in it%s%s", err ? ": " : "", err ? gpgme_strerror(err) : "");
		goto out;
	}
	if (s->next) {
		snprintf(why, whylen, "more than one signature");
		goto out;
	}
	if (gpg_err_code(s->status) == GPG_ERR_NO_PUBKEY) {
		snprintf(why, whylen, "signed by %s, which is not among the maintainers' keys", s->fpr ? s->fpr : "an unknown key");
		goto out;
	}
	if (gpg_err_code(s->status) != GPG_ERR_NO_ERROR) {
		snprintf(why, whylen, "bad signature (%s): the entry changed after it was signed", gpgme_strerror(s->status));
		goto out;
	}
	if ((s->summary & (GPGME_SIGSUM_KEY_REVOKED | GPGME_SIGSUM_KEY_EXPIRED | GPGME_SIGSUM_SIG_EXPIRED)) ||
	    gpgme_get_key(k->ctx, s->fpr, &key, 0) != 0 || !key || !key->uids || !key->subkeys) {
		snprintf(why, whylen, "signing key %s is revoked, expired or unknown", s->fpr ? s->fpr : "?");
		goto out;
	}
	*fpr = xstrdup(key->subkeys->fpr);
	*uid = xstrdup(key->uids->uid ? key->uids->uid : "");
	rc = 0;
out:
	gpgme_key_unref(key);
	gpgme_data_release(sd);
	gpgme_data_release(td);
	return rc;
}

void sign_keyring_free(struct sign_keyring *k)
{
	if (!k)
		return;
	gpgme_release(k->ctx);
	if (k->home)
		files_remove_tree(k->home);
	free(k->home);
	free(k);
}
