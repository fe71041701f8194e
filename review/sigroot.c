/* Sigstore's trusted root (sigstore.h). */
#include "sigroot.h"

#include <stdlib.h>
#include <string.h>

#include "../convert/jsonmem.h"
#include "../core/base64.h"
#include "../core/date.h"
#include "../fetch/localfile.h"

int sigroot_within(long long t, long long start, long long end)
{
	return (start < 0 || t >= start) && (end < 0 || t < end);
}

void sigroot_free(struct sigroot *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->nca; i++)
		for (size_t k = 0; k < r->ca[i].n; k++)
			X509_free(r->ca[i].certs[k]);
	for (size_t i = 0; i < r->ntl; i++)
		pubkey_free(r->tl[i].key);
	free(r);
}

/* validFor {start, end} of o into *start, *end */
static int window(json_t *o, long long *start, long long *end)
{
	json_t *vf = json_object_get(o, "validFor");
	json_t *s = json_object_get(vf, "start"), *en = json_object_get(vf, "end");
	*start = json_is_string(s) ? date_parse_iso(json_string_value(s)) : -1;
	*end = json_is_string(en) ? date_parse_iso(json_string_value(en)) : -1;
	return (s && !json_is_string(s)) || (en && !json_is_string(en)) || (json_is_string(s) && *start < 0) ||
	       (json_is_string(en) && *end < 0) ? -1 : 0;
}

unsigned char *sigroot_b64(json_t *o, const char *key, size_t *len)
{
	const char *s = jsonmem_str(o, key);
	return s ? base64_decode(s, strlen(s), len) : NULL;
}

static int one_ca(json_t *it, struct sigca *ca, const char *what, size_t i, struct ferr *e)
{
	json_t *certs = json_object_get(json_object_get(it, "certChain"), "certificates");
	if (window(it, &ca->start, &ca->end) != 0 || !json_is_array(certs) || !json_array_size(certs) ||
	    json_array_size(certs) > SIGROOT_MAX_CHAIN)
		return ferr_set(e, FERR_INPUT, "%s: certificateAuthorities[%zu]: expected a chain of 1 to %d "
				"certificates and a validFor window", what, i, SIGROOT_MAX_CHAIN);
	size_t k;
	json_t *c;
	json_array_foreach(certs, k, c) {
		size_t n;
		unsigned char *der = sigroot_b64(c, "rawBytes", &n);
		const unsigned char *p = der;
		X509 *x = der ? d2i_X509(NULL, &p, (long)n) : NULL;
		free(der);
		if (!x)
			return ferr_set(e, FERR_INPUT, "%s: certificateAuthorities[%zu].certChain[%zu]: not a DER "
					"certificate", what, i, k);
		ca->certs[ca->n++] = x;
	}
	return 0;
}

static int one_tlog(json_t *it, struct sigtlog *t, const char *what, size_t i, struct ferr *e)
{
	json_t *pk = json_object_get(it, "publicKey");
	size_t n, idn;
	unsigned char *der = sigroot_b64(pk, "rawBytes", &n);
	unsigned char *id = sigroot_b64(json_object_get(it, "logId"), "keyId", &idn);
	const char *why = "no rawBytes";
	t->key = der ? pubkey_der(der, n, &why) : NULL;
	free(der);
	int rc = 0;
	if (!t->key || window(pk, &t->start, &t->end) != 0 || !id || !idn || idn > sizeof t->id)
		rc = ferr_set(e, FERR_INPUT, "%s: tlogs[%zu]: expected a logId and a public key with its window (%s)",
			      what, i, t->key ? "the window or log id" : why);
	else
		memcpy(t->id, id, idn), t->idlen = idn;
	free(id);
	return rc;
}

struct sigroot *sigroot_parse(const char *doc, size_t len, const char *what, struct ferr *e)
{
	if (len > SIGROOT_MAX_DOC) {
		ferr_set(e, FERR_INPUT, "%s: larger than %zu bytes", what, SIGROOT_MAX_DOC);
		return NULL;
	}
	json_t *top = jsonmem_load_object(doc, len, 0, what, e);
	if (!top)
		return NULL;
	struct sigroot *r = xcalloc(1, sizeof *r);
	json_t *cas = json_object_get(top, "certificateAuthorities"), *tls = json_object_get(top, "tlogs");
	int rc = 0;
	if (!json_is_array(cas) || !json_is_array(tls) || json_array_size(cas) > SIGROOT_MAX_ITEMS ||
	    json_array_size(tls) > SIGROOT_MAX_ITEMS)
		rc = ferr_set(e, FERR_INPUT, "%s: expected certificateAuthorities and tlogs, at most %d each", what,
			      SIGROOT_MAX_ITEMS);
	size_t i;
	json_t *it;
	json_array_foreach(cas, i, it) {
		if (rc != 0)
			break;
		rc = one_ca(it, &r->ca[r->nca++], what, i, e);
	}
	json_array_foreach(tls, i, it) {
		if (rc != 0)
			break;
		rc = one_tlog(it, &r->tl[r->ntl++], what, i, e);
	}
	if (rc == 0 && (!r->nca || !r->ntl))
		rc = ferr_set(e, FERR_CONFIG, "%s: no certificate authority or no transparency log", what);
	json_decref(top);
	if (rc != 0) {
		sigroot_free(r);
		return NULL;
	}
	return r;
}

struct sigroot *sigroot_load(const char *path, struct ferr *e)
{
	char *text = NULL;
	size_t len = 0;
	if (localfile_config(path, SIGROOT_MAX_DOC, &text, &len, e) != 0)
		return NULL;
	if (!text) {
		ferr_set(e, FERR_CONFIG, "trusted root %s: no such file", path);
		return NULL;
	}
	char *what = xasprintf("trusted root %s", path);
	struct sigroot *r = sigroot_parse(text, len, what, e);
	free(what);
	free(text);
	return r;
}
