/* npm provenance (npmprov.h). */
#include "npmprov.h"

#include <stdlib.h>
#include <string.h>

#include "jsonmem.h"
#include "../core/base64.h"
#include "../core/date.h"
#include "../core/util.h"
#include "../fetch/digest.h"

#define PUBLISH "https://github.com/npm/attestation/tree/main/specs/publish/v0.1"
#define SLSA02 "https://slsa.dev/provenance/v0.2"
#define SLSA1 "https://slsa.dev/provenance/v1"

/* pkg:npm/NAME@VERSION, a scope's '@' as %40 */
static char *purl(const struct pkg *p)
{
	return xasprintf("pkg:npm/%s%s@%s", p->name[0] == '@' ? "%40" : "", p->name + (p->name[0] == '@'), p->version);
}

/* one attestation, read and checked before any signature is */
struct att {
	const char *type;       /* predicateType */
	json_t *bundle;         /* borrowed */
	json_t *statement;      /* owned */
	const char *keyid;      /* "" when none */
	const struct npmkey *key;
};

/* the statement inside bundle b, unverified (its signature is checked later) */
static json_t *statement_of(json_t *b, const char **payload_type)
{
	json_t *env = json_object_get(b, "dsseEnvelope");
	*payload_type = jsonmem_str(env, "payloadType");
	const char *pl = jsonmem_str(env, "payload");
	size_t n;
	unsigned char *text = pl ? base64_decode(pl, strlen(pl), &n) : NULL;
	struct ferr je = {0};   /* not JSON: no statement, said by the caller */
	json_t *st = text && n <= SIGBUNDLE_MAX_PAYLOAD ? jsonmem_load((const char *)text, n, 0, "statement", &je) : NULL;
	free(text);
	return st;
}

/* the subject is this version: name and sha512 */
static int subject(const struct att *a, const struct pkg *p, const char *who, const char *label, struct ferr *e)
{
	json_t *subj = json_object_get(a->statement, "subject"), *s0 = json_array_get(subj, 0);
	const char *name = jsonmem_str(s0, "name"), *sha = jsonmem_str(json_object_get(s0, "digest"), "sha512");
	char *want = purl(p), *hex = digest_sri_sha512_hex(p->integrity);
	int rc = 0;
	if (!json_is_array(subj) || json_array_size(subj) != 1 || !name)
		rc = ferr_set(e, FERR_INTEGRITY, "%s: provenance: %s: expected one subject with a name", who, label);
	else if (strcmp(name, want) != 0)
		rc = ferr_set(e, FERR_INTEGRITY, "%s: provenance: %s: signed for %.200s, not %s", who, label, name, want);
	else if (!sha)
		rc = ferr_set(e, FERR_INTEGRITY, "%s: provenance: %s: the subject has no sha512 digest", who, label);
	else if (!hex || strcmp(sha, hex) != 0)
		rc = ferr_set(e, FERR_INTEGRITY, "%s: provenance: %s: the subject's sha512 is %.140s, the tarball's "
			      "integrity %s", who, label, sha, hex ? hex : "(no sha512 in dist.integrity)");
	free(want), free(hex);
	return rc;
}

/* the checks of one attestation that need no signature */
static int att_read(json_t *it, size_t i, const struct pkg *p, const char *who,
		    struct att *a, struct ferr *e)
{
	char label[64];
	snprintf(label, sizeof label, "attestations[%zu]", i);
	a->type = jsonmem_str(it, "predicateType");
	a->bundle = json_object_get(it, "bundle");
	const char *ptype = NULL;
	if (!a->type || !json_is_object(a->bundle))
		return ferr_set(e, FERR_INPUT, "%s: provenance: %s: expected a predicateType and a bundle", who, label);
	a->statement = statement_of(a->bundle, &ptype);
	if (!ptype || strcmp(ptype, "application/vnd.in-toto+json") != 0)
		return ferr_set(e, FERR_INTEGRITY, "%s: provenance: %s: payload type '%.100s', not an in-toto statement",
				who, label, ptype ? ptype : "");
	const char *st = jsonmem_str(a->statement, "_type"), *pt = jsonmem_str(a->statement, "predicateType");
	if (!st || (strcmp(st, "https://in-toto.io/Statement/v0.1") != 0 && strcmp(st, "https://in-toto.io/Statement/v1") != 0))
		return ferr_set(e, FERR_INTEGRITY, "%s: provenance: %s: the payload is not an in-toto statement", who, label);
	if (!pt || strcmp(pt, a->type) != 0)
		return ferr_set(e, FERR_INTEGRITY, "%s: provenance: %s: the statement's predicate type is not the "
				"document's (%.100s)", who, label, a->type);
	json_t *s0 = json_array_get(json_object_get(json_object_get(a->bundle, "dsseEnvelope"), "signatures"), 0);
	a->keyid = jsonmem_str(s0, "keyid") ? jsonmem_str(s0, "keyid") : "";
	int publish = strcmp(a->type, PUBLISH) == 0;
	if (publish && !*a->keyid)
		return ferr_set(e, FERR_INTEGRITY, "%s: provenance: %s: the publish attestation carries no key id", who, label);
	if (!publish && *a->keyid)
		return ferr_set(e, FERR_INTEGRITY, "%s: provenance: %s: key id %.100s on a keyless attestation: no such "
				"registry key", who, label, a->keyid);
	if (subject(a, p, who, label, e) != 0)
		return -1;
	if (publish) {
		json_t *pred = json_object_get(a->statement, "predicate");
		const char *pn = jsonmem_str(pred, "name"), *pv = jsonmem_str(pred, "version");
		if (!pn || !pv || strcmp(pn, p->name) != 0 || strcmp(pv, p->version) != 0)
			return ferr_set(e, FERR_INTEGRITY, "%s: provenance: %s: the publish attestation names %.100s@%.60s",
					who, label, pn ? pn : "?", pv ? pv : "?");
	}
	return 0;
}

/* "git+https://host/o/r@refs/tags/v1" -> "https://host/o/r" and the ref */
static void git_uri(const char *uri, char **repo, char **ref)
{
	*repo = *ref = NULL;
	if (!uri)
		return;
	if (strncmp(uri, "git+", 4) == 0)
		uri += 4;
	const char *at = strrchr(uri, '@');
	*repo = at ? xstrndup(uri, (size_t)(at - uri)) : xstrdup(uri);
	*ref = at ? xstrdup(at + 1) : NULL;
}

/* what a SLSA predicate says of the source and builder (unowned values
 * copied into the caller's) */
static void predicate_source(json_t *st, const char *type, char **repo, char **ref, char **commit, char **builder)
{
	json_t *pred = json_object_get(st, "predicate");
	*commit = *builder = NULL;
	if (strcmp(type, SLSA02) == 0) {
		json_t *cs = json_object_get(json_object_get(pred, "invocation"), "configSource");
		git_uri(jsonmem_str(cs, "uri"), repo, ref);
		const char *c = jsonmem_str(json_object_get(cs, "digest"), "sha1");
		*commit = c ? xstrdup(c) : NULL;
		const char *b = jsonmem_str(json_object_get(pred, "builder"), "id");
		*builder = b ? xstrdup(b) : NULL;
	} else {
		json_t *dep = json_array_get(json_object_get(json_object_get(pred, "buildDefinition"), "resolvedDependencies"), 0);
		git_uri(jsonmem_str(dep, "uri"), repo, ref);
		const char *c = jsonmem_str(json_object_get(dep, "digest"), "gitCommit");
		*commit = c ? xstrdup(c) : NULL;
		const char *b = jsonmem_str(json_object_get(json_object_get(pred, "runDetails"), "builder"), "id");
		*builder = b ? xstrdup(b) : NULL;
	}
}

/* the certificate's word on the source: Fulcio's source-repository
 * extensions, or (older certificates) the workflow ones, the repository
 * then read off the SAN */
static void cert_source(const struct sigproof *pf, char **repo, char **commit, char **ref)
{
	const char *r = sigproof_ext(pf, "source-repository-uri"), *c = sigproof_ext(pf, "source-repository-digest");
	const char *f = sigproof_ext(pf, "source-repository-ref");
	*repo = r ? xstrdup(r) : NULL;
	if (!r && pf->san && strncmp(pf->san, "https://", 8) == 0) {
		const char *w = strstr(pf->san, "/.github/workflows/");
		if (!w)
			w = strstr(pf->san, "//.gitlab-ci");
		*repo = w ? xstrndup(pf->san, (size_t)(w - pf->san)) : NULL;
	}
	if (!c)
		c = sigproof_ext(pf, "github-workflow-sha");
	if (!f)
		f = sigproof_ext(pf, "github-workflow-ref");
	*commit = c ? xstrdup(c) : NULL;
	*ref = f ? xstrdup(f) : NULL;
}

static char *or_empty(char *s)
{
	return s ? s : xstrdup("");
}

/* what a verified SLSA attestation proves into v: the certificate's
 * source, which the predicate must not contradict */
static int provenance_of(const struct att *a, const struct sigproof *pf, const char *who, struct provenance *v,
			 struct ferr *e)
{
	char *prepo, *pref, *pcommit, *builder, *crepo, *ccommit, *cref;
	predicate_source(a->statement, a->type, &prepo, &pref, &pcommit, &builder);
	cert_source(pf, &crepo, &ccommit, &cref);
	int rc = 0;
	if (crepo && prepo && strcmp(crepo, prepo) != 0)
		rc = ferr_set(e, FERR_INTEGRITY, "%s: provenance: the predicate names repository %.200s, its certificate "
			      "%.200s", who, prepo, crepo);
	else if (ccommit && pcommit && strcmp(ccommit, pcommit) != 0)
		rc = ferr_set(e, FERR_INTEGRITY, "%s: provenance: the predicate names commit %.80s, its certificate %.80s",
			      who, pcommit, ccommit);
	v->repository = or_empty(crepo ? crepo : prepo ? xstrdup(prepo) : NULL);
	v->commit = or_empty(ccommit ? ccommit : pcommit ? xstrdup(pcommit) : NULL);
	v->ref = or_empty(cref ? cref : pref ? xstrdup(pref) : NULL);
	v->builder = or_empty(builder ? builder : sigproof_ext(pf, "runner-environment") ?
				  xstrdup(sigproof_ext(pf, "runner-environment")) : NULL);
	v->workflow = or_empty(pf->san ? xstrdup(pf->san) : NULL);
	v->issuer = or_empty(pf->issuer ? xstrdup(pf->issuer) : NULL);
	v->log_index = xstrdup(pf->log_index);
	v->time = pf->integrated;
	free(prepo), free(pref), free(pcommit);
	return rc;
}

/* the publish attestation's key: a registry key for attestations valid
 * at the integrated time of its log entry */
static int publish_key(struct att *a, const struct npmkeys *keys, const char *who, size_t i, struct ferr *e)
{
	json_t *tl = json_array_get(json_object_get(json_object_get(a->bundle, "verificationMaterial"), "tlogEntries"), 0);
	const char *it = jsonmem_str(tl, "integratedTime");
	long long t = it && strspn(it, "0123456789") == strlen(it) && strlen(it) < 18 ? strtoll(it, NULL, 10) : -1;
	const struct npmkey *near = NULL;
	a->key = keys ? npmkeys_find(keys, a->keyid, "npm:attestations", t, &near) : NULL;
	if (a->key)
		return 0;
	if (near) {
		char *when = t >= 0 ? date_iso(t) : xstrdup("(unknown)");
		ferr_set(e, FERR_INTEGRITY, "%s: provenance: attestations[%zu]: key %s did not count at the log's time %s",
			 who, i, a->keyid, when);
		free(when);
		return -1;
	}
	return ferr_set(e, FERR_INTEGRITY, "%s: provenance: attestations[%zu]: key %.100s is not among the registry's "
			"attestation keys", who, i, a->keyid);
}

int npmprov_check(const char *doc, size_t len, const char *from, const struct sigroot *root,
		  const struct npmkeys *keys, const struct pkg *p, struct provenance **out, struct ferr *e)
{
	*out = NULL;
	char *who = xasprintf("%s@%s", p->name, p->version);
	char *what = xasprintf("%s: attestations %s", who, from);
	json_t *top = jsonmem_load_object(doc, len, 0, what, e);
	json_t *list = json_object_get(top, "attestations");
	struct att a[NPMPROV_MAX] = {{0}};
	size_t n = 0, slsa = NPMPROV_MAX;
	int rc = top ? 0 : -1;
	if (rc == 0 && (!json_is_array(list) || !json_array_size(list) || json_array_size(list) > NPMPROV_MAX))
		rc = ferr_set(e, FERR_INPUT, "%s: attestations: expected a list of 1 to %d", what, NPMPROV_MAX);
	for (size_t i = 0; rc == 0 && i < json_array_size(list); i++, n++)
		rc = att_read(json_array_get(list, i), i, p, who, &a[i], e);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		if (*a[i].keyid)
			rc = publish_key(&a[i], keys, who, i, e);
		else if (slsa == NPMPROV_MAX && (strcmp(a[i].type, SLSA02) == 0 || strcmp(a[i].type, SLSA1) == 0))
			slsa = i;
	}
	if (rc == 0 && slsa == NPMPROV_MAX)
		rc = ferr_set(e, FERR_INTEGRITY, "%s: provenance: no SLSA provenance attestation among %zu", who, n);
	struct provenance *v = xcalloc(1, sizeof *v);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		char label[96];
		snprintf(label, sizeof label, "%s: provenance: attestations[%zu]", who, i);
		struct sigproof pf;
		rc = sigbundle_verify(root, a[i].bundle, a[i].key ? a[i].key->key : NULL, label, &pf, e);
		if (rc == 0 && i == slsa)
			rc = provenance_of(&a[i], &pf, who, v, e);
		if (rc == 0 && a[i].key && !v->publish_key)
			v->publish_key = xstrdup(a[i].keyid);
		sigproof_free(&pf);   /* zeroed when it failed */
	}
	if (rc == 0 && !v->publish_key)
		v->publish_key = xstrdup("");
	for (size_t i = 0; i < n; i++)
		json_decref(a[i].statement);
	json_decref(top);
	free(who), free(what);
	if (rc != 0)
		provenance_free(v);
	else
		*out = v;
	return rc;
}
