/* Sigstore bundles verified offline (sigstore.h). */
#include "sigroot.h"

#include <openssl/pem.h>
#include <openssl/x509v3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../convert/jsonmem.h"
#include "../core/base64.h"
#include "../fetch/digest.h"

void sigproof_free(struct sigproof *p)
{
	free(p->payload), free(p->payload_type), free(p->log_index), free(p->keyid), free(p->san), free(p->issuer);
	strv_free(&p->ext);
	memset(p, 0, sizeof *p);
}

const char *sigproof_ext(const struct sigproof *p, const char *name)
{
	size_t n = strlen(name);
	for (size_t i = 0; i < p->ext.n; i++)
		if (strncmp(p->ext.v[i], name, n) == 0 && p->ext.v[i][n] == '\t')
			return p->ext.v[i] + n + 1;
	return NULL;
}

/* what one bundle holds, as read (all owned) */
struct parts {
	unsigned char *payload;
	size_t payload_len;
	const char *type, *sig_b64, *keyid;
	unsigned char *sig;
	size_t sig_len;
	X509 *leaf;
	STACK_OF(X509) *chain;   /* the bundle's other certificates */
	const char *hint;        /* keyed: verificationMaterial.publicKey.hint */
	json_t *tlog;            /* borrowed */
	long long integrated;
};

static void parts_free(struct parts *p)
{
	free(p->payload), free(p->sig);
	X509_free(p->leaf);
	sk_X509_pop_free(p->chain, X509_free);
}

static X509 *cert(json_t *o)
{
	size_t n;
	unsigned char *der = sigroot_b64(o, "rawBytes", &n);
	const unsigned char *p = der;
	X509 *x = der ? d2i_X509(NULL, &p, (long)n) : NULL;
	free(der);
	return x;
}

/* a decimal string (the log's numbers come as strings) */
static long long number(const char *s)
{
	if (!s || !*s || strlen(s) > 18 || strspn(s, "0123456789") != strlen(s))
		return -1;
	return strtoll(s, NULL, 10);
}

static int media_ok(const char *m)
{
	static const char *const known[] = {
		"application/vnd.dev.sigstore.bundle+json;version=0.1", "application/vnd.dev.sigstore.bundle+json;version=0.2",
		"application/vnd.dev.sigstore.bundle+json;version=0.3", "application/vnd.dev.sigstore.bundle.v0.3+json"};
	for (size_t i = 0; m && i < sizeof known / sizeof known[0]; i++)
		if (strcmp(m, known[i]) == 0)
			return 1;
	return 0;
}

/* the envelope, the signer's material and the log entry, read */
static int parts_read(json_t *b, const char *what, struct parts *p, struct ferr *e)
{
	if (!media_ok(jsonmem_str(b, "mediaType")))
		return ferr_set(e, FERR_INPUT, "%s: mediaType '%.100s': not a Sigstore bundle this verifier reads", what,
				jsonmem_str(b, "mediaType") ? jsonmem_str(b, "mediaType") : "");
	json_t *env = json_object_get(b, "dsseEnvelope"), *sigs = json_object_get(env, "signatures");
	json_t *s0 = json_array_get(sigs, 0);
	p->type = jsonmem_str(env, "payloadType");
	p->sig_b64 = jsonmem_str(s0, "sig");
	p->keyid = jsonmem_str(s0, "keyid");
	if (!json_is_array(sigs) || json_array_size(sigs) != 1 || !p->type || !p->sig_b64 ||
	    !(p->payload = sigroot_b64(env, "payload", &p->payload_len)) || p->payload_len > SIGBUNDLE_MAX_PAYLOAD)
		return ferr_set(e, FERR_INPUT, "%s: dsseEnvelope: expected a base64 payload (at most %zu bytes), its "
				"type and one signature", what, SIGBUNDLE_MAX_PAYLOAD);
	if (!(p->sig = base64_decode(p->sig_b64, strlen(p->sig_b64), &p->sig_len)))
		return ferr_set(e, FERR_INTEGRITY, "%s: dsseEnvelope: the signature '%.60s' is not base64", what, p->sig_b64);
	json_t *vm = json_object_get(b, "verificationMaterial");
	json_t *chain = json_object_get(json_object_get(vm, "x509CertificateChain"), "certificates");
	json_t *one = json_object_get(vm, "certificate");
	p->hint = jsonmem_str(json_object_get(vm, "publicKey"), "hint");
	p->chain = sk_X509_new_null();
	if (json_is_array(chain) && json_array_size(chain) && json_array_size(chain) <= SIGROOT_MAX_CHAIN) {
		size_t i;
		json_t *c;
		json_array_foreach(chain, i, c) {
			X509 *x = cert(c);
			if (!x)
				return ferr_set(e, FERR_INPUT, "%s: x509CertificateChain[%zu]: not a DER certificate", what, i);
			if (i == 0)
				p->leaf = x;
			else
				sk_X509_push(p->chain, x);
		}
	} else if (one && !(p->leaf = cert(one))) {
		return ferr_set(e, FERR_INPUT, "%s: verificationMaterial.certificate: not a DER certificate", what);
	}
	if (!p->leaf && !p->hint)
		return ferr_set(e, FERR_INPUT, "%s: verificationMaterial: neither a certificate nor a public key", what);
	json_t *tl = json_object_get(vm, "tlogEntries");
	p->tlog = json_array_get(tl, 0);
	p->integrated = number(jsonmem_str(p->tlog, "integratedTime"));
	if (!json_is_object(p->tlog) || p->integrated < 0)
		return ferr_set(e, FERR_INPUT, "%s: verificationMaterial.tlogEntries: expected an entry with its "
				"integratedTime", what);
	return 0;
}

/* step 1: the log's promise, signed by a log of the root */
static int promise(const struct sigroot *r, const struct parts *p, const char *what, struct ferr *e)
{
	json_t *t = p->tlog;
	size_t idn = 0, setn = 0;
	unsigned char *id = sigroot_b64(json_object_get(t, "logId"), "keyId", &idn);
	unsigned char *set = sigroot_b64(json_object_get(t, "inclusionPromise"), "signedEntryTimestamp", &setn);
	const char *body = jsonmem_str(t, "canonicalizedBody");
	long long index = number(jsonmem_str(t, "logIndex"));
	int rc = -1;
	const struct sigtlog *log = NULL;
	for (size_t i = 0; id && i < r->ntl && !log; i++)
		if (r->tl[i].idlen == idn && memcmp(r->tl[i].id, id, idn) == 0)
			log = &r->tl[i];
	if (!id || !set || !body || index < 0) {
		ferr_set(e, FERR_INPUT, "%s: transparency log: the entry lacks its log id, index, body or signed "
			 "entry timestamp (an inclusion promise)", what);
	} else if (!log) {
		ferr_set(e, FERR_INTEGRITY, "%s: transparency log: the entry's log is not one of the trusted root's", what);
	} else if (!sigroot_within(p->integrated, log->start, log->end)) {
		ferr_set(e, FERR_INTEGRITY, "%s: transparency log: the log's key was not valid at the entry's "
			 "integrated time %lld", what, p->integrated);
	} else {
		struct buf m = {0};
		buf_printf(&m, "{\"body\":\"%s\",\"integratedTime\":%lld,\"logID\":\"", body, p->integrated);
		for (size_t i = 0; i < idn; i++)
			buf_printf(&m, "%02x", id[i]);
		buf_printf(&m, "\",\"logIndex\":%lld}", index);
		if (pubkey_verify(log->key, m.p, m.len, set, setn))
			rc = 0;
		else
			ferr_set(e, FERR_INTEGRITY, "%s: transparency log: the signed entry timestamp does not verify with "
				 "the log's key (entry %lld)", what, index);
		buf_free(&m);
	}
	free(id), free(set);
	return rc;
}

/* the PEM (base64 of it, as the log keeps it) is the signer: the leaf
 * certificate, or the key */
static int same_signer(const char *b64pem, const struct parts *p, const struct pubkey *key)
{
	size_t n;
	unsigned char *pem = b64pem ? base64_decode(b64pem, strlen(b64pem), &n) : NULL;
	int same = 0;
	if (pem && p->leaf) {
		BIO *bio = BIO_new_mem_buf(pem, (int)n);
		X509 *x = bio ? PEM_read_bio_X509(bio, NULL, NULL, NULL) : NULL;
		same = x && X509_cmp(x, p->leaf) == 0;
		X509_free(x);
		BIO_free(bio);
	} else if (pem && key) {
		const char *why;
		struct pubkey *k = pubkey_pem((const char *)pem, n, &why);
		same = k && pubkey_same(k, key);
		pubkey_free(k);
	}
	free(pem);
	return same;
}

/* step 2: the log's body is this envelope (intoto 0.0.2, dsse 0.0.1) */
static int body_matches(const struct parts *p, const struct pubkey *key, const char *what, struct ferr *e)
{
	json_t *kv = json_object_get(p->tlog, "kindVersion");
	size_t n;
	unsigned char *text = sigroot_b64(p->tlog, "canonicalizedBody", &n);
	struct ferr je = {0};   /* not JSON: no kind, said below */
	json_t *body = text ? jsonmem_load((const char *)text, n, 0, "log entry body", &je) : NULL;
	free(text);
	const char *kind = jsonmem_str(body, "kind"), *ver = jsonmem_str(body, "apiVersion");
	char *hash = digest_hex(DIGEST_SHA256, p->payload, p->payload_len);
	json_t *spec = json_object_get(body, "spec"), *content = json_object_get(spec, "content");
	const char *why = NULL;
	if (!kind || !ver || !jsonmem_str(kv, "kind") || strcmp(kind, jsonmem_str(kv, "kind")) != 0 || !jsonmem_str(kv, "version") ||
	    strcmp(ver, jsonmem_str(kv, "version")) != 0) {
		why = "its kind and version are not the entry's";
	} else if (strcmp(kind, "intoto") == 0 && strcmp(ver, "0.0.2") == 0) {
		json_t *s0 = json_array_get(json_object_get(json_object_get(content, "envelope"), "signatures"), 0);
		size_t sl;
		unsigned char *sig = sigroot_b64(s0, "sig", &sl);   /* base64 of the envelope's base64 */
		const char *ph = jsonmem_str(json_object_get(content, "payloadHash"), "value");
		if (!ph || strcmp(ph, hash) != 0)
			why = "its payload hash is not the payload's sha256";
		else if (!sig || sl != strlen(p->sig_b64) || memcmp(sig, p->sig_b64, sl) != 0)
			why = "its signature is not the envelope's";
		else if (!same_signer(jsonmem_str(s0, "publicKey"), p, key))
			why = "its signer is not the bundle's";
		free(sig);
	} else if (strcmp(kind, "dsse") == 0 && strcmp(ver, "0.0.1") == 0) {
		json_t *s0 = json_array_get(json_object_get(spec, "signatures"), 0);
		const char *ph = jsonmem_str(json_object_get(spec, "payloadHash"), "value"), *sig = jsonmem_str(s0, "signature");
		if (!ph || strcmp(ph, hash) != 0)
			why = "its payload hash is not the payload's sha256";
		else if (!sig || strcmp(sig, p->sig_b64) != 0)
			why = "its signature is not the envelope's";
		else if (!same_signer(jsonmem_str(s0, "verifier"), p, key))
			why = "its signer is not the bundle's";
	} else {
		why = "a kind this verifier does not read (intoto 0.0.2, dsse 0.0.1)";
	}
	free(hash);
	json_decref(body);
	if (why)
		return ferr_set(e, FERR_INTEGRITY, "%s: transparency log: the entry's body does not match the bundle: %s",
				what, why);
	return 0;
}

/* step 3: DSSE's signature over the PAE bytes */
static int envelope(const struct parts *p, const struct pubkey *k, const char *what, struct ferr *e)
{
	struct buf m = {0};
	buf_printf(&m, "DSSEv1 %zu %s %zu ", strlen(p->type), p->type, p->payload_len);
	buf_add(&m, p->payload, p->payload_len);
	int ok = pubkey_verify(k, m.p, m.len, p->sig, p->sig_len);
	buf_free(&m);
	return ok ? 0 : ferr_set(e, FERR_INTEGRITY, "%s: the envelope's signature does not verify over its payload", what);
}

/* step 4: the leaf leads to an authority of the root, at the integrated time */
static int chain(const struct sigroot *r, const struct parts *p, const char *what, struct ferr *e)
{
	if (!(X509_get_extension_flags(p->leaf) & EXFLAG_XKUSAGE) || !(X509_get_extended_key_usage(p->leaf) & XKU_CODE_SIGN))
		return ferr_set(e, FERR_INTEGRITY, "%s: certificate: not for code signing", what);
	int last = X509_V_ERR_UNSPECIFIED, windows = 0;
	for (size_t i = 0; i < r->nca; i++) {
		const struct sigca *ca = &r->ca[i];
		if (!sigroot_within(p->integrated, ca->start, ca->end))
			continue;
		windows++;
		X509_STORE *store = X509_STORE_new();
		STACK_OF(X509) *untrusted = sk_X509_dup(p->chain);
		X509_STORE_add_cert(store, ca->certs[ca->n - 1]);
		for (size_t k = 0; k + 1 < ca->n; k++)
			sk_X509_push(untrusted, ca->certs[k]);
		X509_STORE_CTX *ctx = X509_STORE_CTX_new();
		int ok = ctx && X509_STORE_CTX_init(ctx, store, p->leaf, untrusted) == 1;
		if (ok) {
			X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx), (time_t)p->integrated);
			ok = X509_verify_cert(ctx) == 1;
			if (!ok)
				last = X509_STORE_CTX_get_error(ctx);
		}
		X509_STORE_CTX_free(ctx);
		sk_X509_free(untrusted);
		X509_STORE_free(store);
		if (ok)
			return 0;
	}
	if (!windows)
		return ferr_set(e, FERR_INTEGRITY, "%s: certificate: no certificate authority of the trusted root was "
				"valid at the integrated time %lld", what, p->integrated);
	return ferr_set(e, FERR_INTEGRITY, "%s: certificate: does not lead to the trusted root's authorities at the "
			"integrated time %lld: %s", what, p->integrated, X509_verify_cert_error_string(last));
}

/* Fulcio's extensions by number (1.3.6.1.4.1.57264.1.N) */
static const char *const fulcio[] = {
	NULL, "issuer", "github-workflow-trigger", "github-workflow-sha", "github-workflow-name",
	"github-workflow-repository", "github-workflow-ref", NULL, "issuer-v2", "build-signer-uri",
	"build-signer-digest", "runner-environment", "source-repository-uri", "source-repository-digest",
	"source-repository-ref", "source-repository-identifier", "source-repository-owner-uri",
	"source-repository-owner-identifier", "build-config-uri", "build-config-digest", "build-trigger",
	"run-invocation-uri", "source-repository-visibility-at-signing"};

/* an extension's text: a DER UTF8String (1.8 on), or the raw bytes (1.1 to
 * 1.6); NULL when it holds a control character */
static char *ext_text(const ASN1_OCTET_STRING *v)
{
	const unsigned char *d = ASN1_STRING_get0_data(v);
	int n = ASN1_STRING_length(v);
	if (n >= 2 && d[0] == 0x0c && d[1] < 0x80 && d[1] == n - 2)
		d += 2, n -= 2;
	for (int i = 0; i < n; i++)
		if (d[i] < 0x20 || d[i] == 0x7f)
			return NULL;
	return xstrndup((const char *)d, (size_t)n);
}

static void identity(const struct parts *p, struct sigproof *out)
{
	GENERAL_NAMES *names = X509_get_ext_d2i(p->leaf, NID_subject_alt_name, NULL, NULL);
	for (int i = 0; names && i < sk_GENERAL_NAME_num(names) && !out->san; i++) {
		const GENERAL_NAME *g = sk_GENERAL_NAME_value(names, i);
		if (g->type == GEN_URI || g->type == GEN_EMAIL)
			out->san = ext_text(g->d.ia5);
	}
	GENERAL_NAMES_free(names);
	for (int i = 0; i < X509_get_ext_count(p->leaf); i++) {
		X509_EXTENSION *x = X509_get_ext(p->leaf, i);
		char oid[80];
		OBJ_obj2txt(oid, sizeof oid, X509_EXTENSION_get_object(x), 1);
		static const char pfx[] = "1.3.6.1.4.1.57264.1.";
		if (strncmp(oid, pfx, sizeof pfx - 1) != 0)
			continue;
		long k = strtol(oid + sizeof pfx - 1, NULL, 10);
		char *v = k > 0 && k < (long)(sizeof fulcio / sizeof fulcio[0]) && fulcio[k] ? ext_text(X509_EXTENSION_get_data(x)) : NULL;
		if (v)
			strv_push(&out->ext, xasprintf("%s\t%s", fulcio[k], v));
		free(v);
	}
	strv_sort(&out->ext);
	const char *iss = sigproof_ext(out, "issuer-v2");
	if (!iss)
		iss = sigproof_ext(out, "issuer");
	out->issuer = iss ? xstrdup(iss) : NULL;
}

int sigbundle_verify(const struct sigroot *root, json_t *bundle, const struct pubkey *key, const char *what,
		     struct sigproof *out, struct ferr *e)
{
	memset(out, 0, sizeof *out);
	struct parts p = {0};
	struct pubkey *leafkey = NULL;
	const char *why = NULL;
	int rc = parts_read(bundle, what, &p, e);
	if (rc == 0 && key && !p.hint)
		rc = ferr_set(e, FERR_INTEGRITY, "%s: signed with a certificate, not with the registry's key", what);
	if (rc == 0 && !key && !p.leaf)
		rc = ferr_set(e, FERR_INTEGRITY, "%s: signed with a key (%.100s), not with a certificate", what, p.hint);
	if (rc == 0 && !key && !(leafkey = pubkey_of_cert(p.leaf, &why)))
		rc = ferr_set(e, FERR_INTEGRITY, "%s: certificate: %s", what, why);
	const struct pubkey *signer = key ? key : leafkey;
	if (rc == 0 && (promise(root, &p, what, e) != 0 || body_matches(&p, key, what, e) != 0 ||
			envelope(&p, signer, what, e) != 0 || (!key && chain(root, &p, what, e) != 0)))
		rc = -1;
	if (rc == 0) {
		out->payload = xmalloc(p.payload_len + 1);
		memcpy(out->payload, p.payload, p.payload_len);
		out->payload[p.payload_len] = 0;
		out->payload_len = p.payload_len;
		out->payload_type = xstrdup(p.type);
		out->integrated = p.integrated;
		out->log_index = xstrdup(jsonmem_str(p.tlog, "logIndex"));
		out->keyid = key && p.keyid ? xstrdup(p.keyid) : NULL;
		if (!key)
			identity(&p, out);
	}
	pubkey_free(leafkey);
	parts_free(&p);
	return rc;
}
