/* PEP 740 attestations (pypiprov.h). */
#include "pypiprov.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "jsonmem.h"
#include "../core/base64.h"
#include "../core/util.h"

#define PUBLISH "https://docs.pypi.org/attestations/publish/v1"
#define SLSA1 "https://slsa.dev/provenance/v1"

/* a PEP 740 attestation in the shape of a Sigstore bundle (v0.3), for
 * review/sigstore.h: the certificate, the log entries, the envelope */
static json_t *as_bundle(json_t *att)
{
	json_t *vm = json_object_get(att, "verification_material"), *env = json_object_get(att, "envelope");
	json_t *b = json_object(), *m = json_object(), *cert = json_object(), *de = json_object(), *sig = json_object();
	json_object_set_new(b, "mediaType", json_string("application/vnd.dev.sigstore.bundle.v0.3+json"));
	if (jsonmem_str(vm, "certificate"))
		json_object_set_new(cert, "rawBytes", json_string(jsonmem_str(vm, "certificate")));
	json_object_set_new(m, "certificate", cert);
	json_object_set(m, "tlogEntries", json_object_get(vm, "transparency_entries"));
	json_object_set_new(b, "verificationMaterial", m);
	if (jsonmem_str(env, "statement"))
		json_object_set_new(de, "payload", json_string(jsonmem_str(env, "statement")));
	json_object_set_new(de, "payloadType", json_string("application/vnd.in-toto+json"));
	if (jsonmem_str(env, "signature"))
		json_object_set_new(sig, "sig", json_string(jsonmem_str(env, "signature")));
	json_object_set_new(de, "signatures", json_pack("[o]", sig));
	json_object_set_new(b, "dsseEnvelope", de);
	return b;
}

/* the statement's one subject is the file */
static int subject(const struct sigproof *pf, const struct pkg *p, const char *label, struct ferr *e)
{
	struct ferr je = {0};   /* not JSON: no statement, said below */
	json_t *st = jsonmem_load(pf->payload, pf->payload_len, 0, "statement", &je);
	json_t *subj = json_object_get(st, "subject"), *s0 = json_array_get(subj, 0);
	const char *type = jsonmem_str(st, "_type"), *pt = jsonmem_str(st, "predicateType");
	const char *name = jsonmem_str(s0, "name"), *sha = jsonmem_str(json_object_get(s0, "digest"), "sha256");
	int rc = 0;
	if (!type || strcmp(type, "https://in-toto.io/Statement/v1") != 0)
		rc = ferr_set(e, FERR_INTEGRITY, "%s: not an in-toto v1 statement", label);
	else if (!pt || (strcmp(pt, PUBLISH) != 0 && strcmp(pt, SLSA1) != 0))
		rc = ferr_set(e, FERR_INTEGRITY, "%s: predicate '%.100s', not PyPI's publish attestation or SLSA "
			      "provenance v1", label, pt ? pt : "");
	else if (!json_is_array(subj) || json_array_size(subj) != 1 || !name || !sha)
		rc = ferr_set(e, FERR_INTEGRITY, "%s: expected one subject with a name and a sha256", label);
	else if (!p->source_file || strcmp(name, p->source_file) != 0)
		rc = ferr_set(e, FERR_INTEGRITY, "%s: signed for %.200s, not %s", label, name,
			      p->source_file ? p->source_file : "(no file name)");
	else if (!p->cksum || strcasecmp(sha, p->cksum) != 0)
		rc = ferr_set(e, FERR_INTEGRITY, "%s: the subject's sha256 is %.80s, the index's %s", label, sha,
			      p->cksum ? p->cksum : "(none)");
	json_decref(st);
	return rc;
}

/* the certificate is the trusted publisher's */
static int publisher(json_t *pub, const struct sigproof *pf, const char *label, struct ferr *e)
{
	const char *kind = jsonmem_str(pub, "kind"), *repo = jsonmem_str(pub, "repository");
	if (!pub || json_is_null(pub))
		return 0;
	const char *wf = kind && strcmp(kind, "GitLab") == 0 ? jsonmem_str(pub, "workflow_filepath") : jsonmem_str(pub, "workflow");
	if (!kind || !repo || !wf)
		return ferr_set(e, FERR_INPUT, "%s: publisher: expected kind, repository and workflow", label);
	char *want;
	if (strcmp(kind, "GitHub") == 0)
		want = xasprintf("https://github.com/%s/.github/workflows/%s@", repo, wf);
	else if (strcmp(kind, "GitLab") == 0)
		want = xasprintf("https://gitlab.com/%s//%s@", repo, wf);
	else
		return ferr_set(e, FERR_INTEGRITY, "%s: publisher kind '%.60s': not one this verifier knows (GitHub, GitLab)",
				label, kind);
	int rc = 0;
	if (!pf->san || strncmp(pf->san, want, strlen(want)) != 0)
		rc = ferr_set(e, FERR_INTEGRITY, "%s: the certificate is %.200s's, not the publisher %s %s's workflow %s",
			      label, pf->san ? pf->san : "(no SAN)", kind, repo, wf);
	free(want);
	return rc;
}

static char *dup_or_empty(const char *s)
{
	return xstrdup(s ? s : "");
}

/* what the first verified attestation's certificate proves */
static struct provenance *proves(const struct sigproof *pf)
{
	struct provenance *v = xcalloc(1, sizeof *v);
	v->repository = dup_or_empty(sigproof_ext(pf, "source-repository-uri"));
	v->commit = dup_or_empty(sigproof_ext(pf, "source-repository-digest"));
	v->ref = dup_or_empty(sigproof_ext(pf, "source-repository-ref"));
	v->workflow = dup_or_empty(pf->san);
	const char *b = sigproof_ext(pf, "build-signer-uri");
	v->builder = dup_or_empty(b ? b : sigproof_ext(pf, "runner-environment"));
	v->issuer = dup_or_empty(pf->issuer);
	v->publish_key = xstrdup("");
	v->log_index = dup_or_empty(pf->log_index);
	v->time = pf->integrated;
	return v;
}

/* one attestation of publisher pub (NULL: none named) */
static int one(const struct sigroot *root, json_t *att, json_t *pub, const struct pkg *p, const char *label,
	       struct provenance **out, struct ferr *e)
{
	if (!json_is_object(att) || !json_is_integer(json_object_get(att, "version")) ||
	    json_integer_value(json_object_get(att, "version")) != 1)
		return ferr_set(e, FERR_INPUT, "%s: expected an attestation object of version 1", label);
	json_t *b = as_bundle(att);
	struct sigproof pf;
	int rc = sigbundle_verify(root, b, NULL, label, &pf, e);
	if (rc == 0 && (subject(&pf, p, label, e) != 0 || publisher(pub, &pf, label, e) != 0))
		rc = -1;
	if (rc == 0 && !*out)
		*out = proves(&pf);
	sigproof_free(&pf);
	json_decref(b);
	return rc;
}

int pypiprov_check(const char *doc, size_t len, const char *from, const struct sigroot *root, const struct pkg *p,
		   struct provenance **out, struct ferr *e)
{
	*out = NULL;
	char *who = xasprintf("%s@%s", p->name, p->version);
	char *what = xasprintf("%s: provenance %s", who, from);
	json_t *top = jsonmem_load_object(doc, len, 0, what, e);
	int rc = top ? 0 : -1;
	json_t *bundles = json_object_get(top, "attestation_bundles");
	if (rc == 0 && !bundles) {   /* one attestation, as a file */
		char *label = xasprintf("%s: provenance: attestation", who);
		rc = one(root, top, NULL, p, label, out, e);
		free(label);
	} else if (rc == 0 && (!json_is_array(bundles) || !json_array_size(bundles) ||
			       json_array_size(bundles) > PYPIPROV_MAX)) {
		rc = ferr_set(e, FERR_INPUT, "%s: attestation_bundles: expected a list of 1 to %d", what, PYPIPROV_MAX);
	}
	for (size_t i = 0; rc == 0 && bundles && i < json_array_size(bundles); i++) {
		json_t *bu = json_array_get(bundles, i), *atts = json_object_get(bu, "attestations");
		if (!json_is_array(atts) || !json_array_size(atts) || json_array_size(atts) > PYPIPROV_MAX) {
			rc = ferr_set(e, FERR_INPUT, "%s: attestation_bundles[%zu]: expected 1 to %d attestations", what, i,
				      PYPIPROV_MAX);
			break;
		}
		for (size_t k = 0; rc == 0 && k < json_array_size(atts); k++) {
			char *label = xasprintf("%s: provenance: attestation_bundles[%zu].attestations[%zu]", who, i, k);
			rc = one(root, json_array_get(atts, k), json_object_get(bu, "publisher"), p, label, out, e);
			free(label);
		}
	}
	json_decref(top);
	free(who), free(what);
	if (rc != 0) {
		provenance_free(*out);
		*out = NULL;
	}
	return rc;
}
