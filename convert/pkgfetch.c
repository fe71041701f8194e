/* A package version from its registry (pkgfetch.h). */
#include "pkgfetch.h"

#include <stdlib.h>
#include <string.h>

#include "../core/date.h"
#include "../core/eco.h"
#include "../core/util.h"
#include "../fetch/digest.h"
#include "../review/sigstore.h"

void fetched_free(struct fetched *f)
{
	free(f->doc), free(f->doc_url), free(f->artifact), free(f->artifact_url);
	pkgfiles_free(&f->files);
	memset(f, 0, sizeof *f);
}

/* the document, a registry's "no" said as such: "NAME: not in the
 * registry: URL: HTTP 404" */
static int document(const struct registry *r, const char *name, struct registry_doc *d, struct ferr *e)
{
	const struct eco *eco = eco_find(r->eco);
	char *what = xasprintf("%s: %s", name, eco ? eco->doc_noun : "registry metadata");
	int rc = registry_doc(r, name, 0, what, d, e);
	if (rc != 0 && e->kind == FERR_MISSING) {
		struct ferr first = *e;
		size_t wl = strlen(what);
		const char *detail = strncmp(first.msg, what, wl) == 0 && first.msg[wl] == ':' ? first.msg + wl + 2 : first.msg;
		ferr_clear(e);
		ferr_set(e, FERR_MISSING, "%s: not in the registry: %s", name, detail);
	}
	free(what);
	return rc;
}

/* what the reader makes of the registry's root document, when the
 * artifact rule needs one: 0 with *conf (the caller's) or NULL */
static int root_conf(const struct registry *r, const struct reader *rd, const char *name, char **conf, struct ferr *e)
{
	*conf = NULL;
	struct registry_doc d;
	int rc = registry_root_doc(r, name, &d, e);
	if (rc == 0 && d.body && rd->root_conf)
		rc = rd->root_conf(d.body, d.len, name, conf, e);
	registry_doc_free(&d);
	return rc;
}

int pkgfetch_artifact(const struct registry *r, const char *name, const char *want, struct pkg *p,
		      struct fetched *out, struct ferr *e)
{
	const struct reader *rd = reader_find(r->eco);
	if (!rd)
		return ferr_set(e, FERR_USAGE, "%s: no reader for ecosystem '%s'", name, r->eco);
	struct registry_doc d;
	char *ref = NULL, *conf = NULL;
	int rc = -1;
	if (document(r, name, &d, e) != 0)
		return -1;
	out->doc = d.body, out->doc_len = d.len, out->doc_url = d.url;
	if (rd->select(d.body, d.len, name, want, p, &ref, e) == 0 && pkgfetch_verify(r, p, e) == 0 &&
	    root_conf(r, rd, p->name, &conf, e) == 0 &&
	    registry_artifact(r, &d, p, ref, conf, &out->artifact_url, &out->artifact, &out->artifact_len, e) == 0)
		rc = 0;
	free(ref), free(conf);
	return rc;
}

/* the registry's keys document, asked for at most once a verification
 * (both halves below may need it) */
struct keys {
	int asked;
	struct registry_doc d;   /* body NULL: not there, or could not be had (e) */
	struct ferr e;
};

static const struct keys *keys_of(const struct registry *r, const struct pkg *p, struct keys *k)
{
	if (!k->asked)
		registry_keys_doc(r, p->name, &k->d, &k->e);
	k->asked = 1;
	return k;
}

/* the registry's signatures of p (pkgfetch_verify's first half) */
static int verify_signature(const struct registry *r, const struct reader *rd, struct pkg *p, struct keys *keys,
			    struct ferr *e)
{
	free(p->signed_by);
	p->signed_by = NULL;
	if (!p->signatures.n) {
		if (!registry_signs(r))
			return 0;   /* nothing to say of an unsigned crate or sdist */
		if (r->require_signatures)
			return ferr_set(e, FERR_INPUT, "%s@%s: registry signature: none, and signatures are required "
					"(--require-signatures, or the ledger's policy)", p->name, p->version);
		p->signed_by = xstrdup("");
		return 0;
	}
	if (!rd || !rd->signed_check)
		return ferr_set(e, FERR_INPUT, "%s@%s: registry signature: the %s registry signs nothing, yet the "
				"version carries signatures", p->name, p->version, r->eco);
	const struct keys *k = keys_of(r, p, keys);
	if (k->e.kind == FERR_MISSING)
		return ferr_set(e, FERR_INTEGRITY, "%s@%s: registry signature: no keys to check it with: %s", p->name,
				p->version, k->e.msg);
	if (k->e.kind) {
		*e = k->e;
		return -1;
	}
	return k->d.body ? rd->signed_check(k->d.body, k->d.len, k->d.url, p, &p->signed_by, e)
			 : ferr_set(e, FERR_INPUT, "%s@%s: registry signature: the registry has no keys document", p->name,
				    p->version);
}

/* the provenance the registry keeps of p, verified against the trusted
 * root (pkgfetch_verify's second half) */
static int verify_provenance(const struct registry *r, const struct reader *rd, struct pkg *p, struct keys *keys,
			     struct ferr *e)
{
	provenance_free(p->provenance);
	p->provenance = NULL;
	free(p->provenance_note);
	p->provenance_note = NULL;
	const char *why = !p->attestations || !*p->attestations ? "none (no dist.attestations)"
			  : !rd || !rd->provenance_check ? "the registry keeps none this ferry reads"
			  : !r->trusted_root ? "not verified: no trusted root (--trusted-root)" : NULL;
	if (why) {
		if (r->require_provenance)
			return ferr_set(e, FERR_INPUT, "%s@%s: provenance: %s, and provenance is required "
					"(--require-provenance, or the ledger's policy)", p->name, p->version, why);
		if (p->attestations && *p->attestations)
			p->provenance_note = xstrdup(why);
		return 0;
	}
	struct sigroot *root = sigroot_load(r->trusted_root, e);
	if (!root)
		return -1;
	struct registry_doc d;
	int rc = registry_attestations_doc(r, p, &d, e);
	if (rc != 0 && e->kind == FERR_MISSING) {
		struct ferr first = *e;
		ferr_clear(e);
		ferr_set(e, FERR_INTEGRITY, "%s@%s: provenance: dist.attestations names attestations the registry does "
			 "not serve: %s", p->name, p->version, first.msg);
	}
	const struct keys *k = rc == 0 ? keys_of(r, p, keys) : NULL;
	if (k && k->e.kind && k->e.kind != FERR_MISSING) {
		*e = k->e;   /* the keys are there but could not be had */
		rc = -1;
	}
	if (rc == 0)
		rc = rd->provenance_check(d.body, d.len, d.url, root, k->d.body ? &k->d : NULL, p, &p->provenance, e);
	registry_doc_free(&d);
	sigroot_free(root);
	return rc;
}

int pkgfetch_verify(const struct registry *r, struct pkg *p, struct ferr *e)
{
	const struct reader *rd = reader_find(r->eco);
	struct keys k = {0};
	int rc = verify_signature(r, rd, p, &k, e) == 0 && verify_provenance(r, rd, p, &k, e) == 0 ? 0 : -1;
	registry_doc_free(&k.d);
	return rc;
}

char *pkgfetch_signature_said(const struct pkg *p)
{
	if (!p->signed_by)
		return NULL;
	return *p->signed_by ? xasprintf("registry signature: verified (key %s)", p->signed_by)
			     : xstrdup("registry signature: none");
}

char *pkgfetch_provenance_said(const struct pkg *p)
{
	const struct provenance *v = p->provenance;
	if (!v)
		return p->provenance_note ? xasprintf("provenance: %s", p->provenance_note) : NULL;
	struct buf b = {0};
	buf_printf(&b, "provenance: %s@%s", *v->repository ? v->repository : "(no repository)",
		   *v->commit ? v->commit : "(no commit)");
	if (*v->ref)
		buf_printf(&b, " (%s)", v->ref);
	if (*v->workflow)
		buf_printf(&b, ", workflow %s", v->workflow);
	if (*v->builder)
		buf_printf(&b, ", builder %s", v->builder);
	buf_printf(&b, ", log entry %s", v->log_index);
	return buf_steal(&b);
}

int pkgfetch_meta(const struct registry *r, const char *name, const char *want, struct pkg *p, struct ferr *e)
{
	const struct reader *rd = reader_find(r->eco);
	if (!rd)
		return ferr_set(e, FERR_USAGE, "%s: no reader for ecosystem '%s'", name, r->eco);
	struct registry_doc d;
	char *ref = NULL;
	if (document(r, name, &d, e) != 0)
		return -1;
	int rc = rd->select(d.body, d.len, name, want, p, &ref, e);
	free(ref);
	registry_doc_free(&d);
	return rc;
}

void pkgfetch_drop_unfit(const struct registry *r, struct pkg *p, const struct family_arch *a)
{
	const struct eco *eco = eco_find(r->eco);
	if (!eco || !eco->unfit || !a)
		return;
	for (size_t i = 0; i < p->ndeps;) {
		const struct dep *d = &p->deps[i];
		struct pkg dp = {0};
		struct ferr e = {0};
		const char *why = NULL;
		if (dep_kind_optional(d->kind) && pkgfetch_meta(r, d->name, d->range, &dp, &e) == 0)
			why = eco->unfit(&dp.platform, a);
		if (why)
			strv_push(&p->notes, xasprintf("optional dependency %s %s left out: not for %s (%s)", d->name,
						       dp.version ? dp.version : d->range, a->name, why));
		pkg_free(&dp);
		ferr_clear(&e);
		if (why)
			pkg_drop_dep(p, i);
		else
			i++;
	}
	strv_sort(&p->notes);
}

int pkgfetch(const struct registry *r, const char *name, const char *want, archive_want_fn keep, struct pkg *p,
	     struct fetched *out, struct ferr *e)
{
	const struct reader *rd = reader_find(r->eco);
	if (pkgfetch_artifact(r, name, want, p, out, e) != 0)
		return -1;
	char *what = registry_artifact_what(r, p);
	int rc = -1;
	struct pkgfiles *files = &out->files;
	p->sha512 = digest_hex(DIGEST_SHA512, out->artifact, out->artifact_len);
	p->source_size = out->artifact_len;
	p->source_url = xstrdup(out->artifact_url);
	free(p->source_file);
	p->source_file = registry_artifact_name(r, out->artifact_url, p);
	if (archive_read(out->artifact, out->artifact_len, &archive_default_limits, keep ? keep : rd->want, NULL, what,
			 files, e) != 0)
		goto out;
	if (!files->root || !*files->root ||
	    strspn(files->root, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-") != strlen(files->root)) {
		ferr_set(e, FERR_INPUT, "%s: top folder '%.100s' is not a plain name", what, files->root ? files->root : "");
		goto out;
	}
	p->source_root = xstrdup(files->root);
	if (rd->read(files, p, e) != 0)
		goto out;
	/* crates.io's index (before pubtime) and Simple API pages carry no
	 * date: the artifact's newest file time is the next best upstream one */
	if ((!p->publish_time || !*p->publish_time) && files->newest > 0) {
		free(p->publish_time);
		p->publish_time = date_iso(files->newest);
	}
	rc = 0;
out:
	free(what);
	return rc;
}
