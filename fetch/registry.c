/* The registry layer (registry.h): the fallback rule, artifacts and their
 * digests, over the ecosystems' entries (registry_kind.h). */
#include "registry.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "http.h"
#include "localfile.h"
#include "registry_kind.h"
#include "../core/eco.h"
#include "../core/util.h"

#define MAX_ROOT_DOC (1u << 20)
#define MAX_ARTIFACT (256u << 20)

static const struct registry_kind *const kinds[] = {&registry_npm, &registry_crates, &registry_pypi};

int registry_open(struct registry *r, const char *eco, const char *flag, const char *name, struct ferr *e)
{
	memset(r, 0, sizeof *r);
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (strcmp(kinds[i]->eco, eco) == 0)
			r->kind = kinds[i];
	if (!r->kind)
		return ferr_set(e, FERR_USAGE, "'%.100s': no registry for that ecosystem (one of %s)", eco, eco_names());
	r->eco = r->kind->eco;
	r->rewrite = 1;
	const char *keys = getenv("FERRY_REGISTRY_KEYS");
	r->keys_file = keys && *keys ? xstrdup(keys) : NULL;
	const char *root = getenv("FERRY_TRUSTED_ROOT");
	r->trusted_root = root && *root ? xstrdup(root) : NULL;
	r->root = r->kind->configured(flag, name, e);
	return r->root ? 0 : -1;
}

void registry_close(struct registry *r)
{
	free(r->root);
	free(r->keys_file);
	free(r->trusted_root);
	memset(r, 0, sizeof *r);
}

void registry_doc_free(struct registry_doc *d)
{
	free(d->body);
	free(d->url);
	memset(d, 0, sizeof *d);
}

/* a file:// URL naming a folder read as a static web server serves it:
 * its index.html (a mirror folder, fetch/mirror.h) */
static char *folder_index(char *url)
{
	char *scheme = url_scheme(url);
	int file = scheme && strcmp(scheme, "file") == 0;
	free(scheme);
	char *path = file ? url_path(url) : NULL;
	struct stat sb;
	if (path && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		char *u = xasprintf("%s%sindex.html", url, url[strlen(url) - 1] == '/' ? "" : "/");
		free(url);
		url = u;
	}
	free(path);
	return url;
}

static int get(char *url, const char *accept, size_t max, const char *what, struct registry_doc *out, struct ferr *e)
{
	memset(out, 0, sizeof *out);
	url = folder_index(url);
	if (http_get_as(url, accept, HTTP_CACHED, max, what, &out->body, &out->len, e) != 0) {
		free(url);
		out->body = NULL;
		return -1;
	}
	out->url = url;
	return 0;
}

int registry_doc(const struct registry *r, const char *name, unsigned flags, const char *what,
		 struct registry_doc *out, struct ferr *e)
{
	const struct registry_kind *k = r->kind;
	const char *accept = flags & REGISTRY_PLAN ? k->plan_accept : NULL;
	if (get(k->doc_url(r->root, name), accept, k->max_doc, what, out, e) == 0)
		return 0;
	if (e->kind != FERR_MISSING || !k->fallback_url)
		return -1;
	/* the index may offer only its other API: asked only when the first is
	 * not there (a timeout is no reason to ask elsewhere) */
	struct ferr first = *e;
	ferr_clear(e);
	if (get(k->fallback_url(r->root, name), k->fallback_accept, k->max_doc, what, out, e) == 0)
		return 0;
	if (e->kind == FERR_MISSING)
		*e = first;   /* neither has it: say so of the first */
	return -1;
}

int registry_doc_spelled(const struct registry *r, const char *name, const char *what, char **spelling,
			 struct registry_doc *out, struct ferr *e)
{
	const struct registry_kind *k = r->kind;
	struct strv tried = {0};
	struct ferr first = {0};
	int rc = -1;
	*spelling = NULL;
	memset(out, 0, sizeof *out);
	for (int i = 0;; i++) {
		char *s = k->spelling ? k->spelling(name, i) : i == 0 ? xstrdup(name) : NULL;
		if (!s)
			break;
		if (strv_has(&tried, s)) {
			free(s);
			continue;
		}
		struct ferr e2 = {0};
		if (registry_doc(r, s, 0, what, out, &e2) == 0) {
			*spelling = s;
			rc = 0;
			break;
		}
		strv_push(&tried, s);
		if (!first.kind)
			first = e2;
		if (e2.kind != FERR_MISSING) {
			first = e2;
			break;
		}
	}
	strv_free(&tried);
	if (rc != 0)
		*e = first;
	return rc;
}

int registry_version_doc(const struct registry *r, const char *name, const char *version, const char *what,
			 struct registry_doc *out, struct ferr *e)
{
	memset(out, 0, sizeof *out);
	if (!r->kind->version_doc_url)
		return ferr_set(e, FERR_INPUT, "%s@%s: the registry describes no single version", name, version);
	return get(r->kind->version_doc_url(r->root, name, version), NULL, r->kind->max_doc, what, out, e);
}

int registry_root_doc(const struct registry *r, const char *name, struct registry_doc *out, struct ferr *e)
{
	memset(out, 0, sizeof *out);
	if (!r->kind->root_doc)
		return 0;
	char *what = xasprintf("%s: index %s", name, r->kind->root_doc);
	int rc = get(xasprintf("%s%s", r->root, r->kind->root_doc), NULL, MAX_ROOT_DOC, what, out, e);
	free(what);
	return rc;
}

int registry_attestations_doc(const struct registry *r, const struct pkg *p, struct registry_doc *out,
			      struct ferr *e)
{
	memset(out, 0, sizeof *out);
	if (!r->kind->attestations_url)
		return 0;
	char *what = xasprintf("%s@%s: attestations", p->name, p->version);
	char *url = r->kind->attestations_url(r->root, p);
	int rc = url ? get(url, NULL, MAX_ROOT_DOC * 4, what, out, e)
		     : ferr_set(e, FERR_INPUT, "%s: '%.200s' is not an http(s) URL, or a file URL from a file index", what,
				p->attestations ? p->attestations : "");
	free(what);
	return rc;
}

int registry_signs(const struct registry *r)
{
	return r->kind->keys_doc != NULL;
}

int registry_keys_doc(const struct registry *r, const char *name, struct registry_doc *out, struct ferr *e)
{
	memset(out, 0, sizeof *out);
	if (!r->kind->keys_doc)
		return 0;
	char *what = xasprintf("%s: registry keys", name);
	int rc;
	if (r->keys_file) {
		rc = localfile_config(r->keys_file, MAX_ROOT_DOC, &out->body, &out->len, e);
		if (rc == 0 && !out->body)
			rc = ferr_set(e, FERR_CONFIG, "%s: %s: no such file", what, r->keys_file);
		if (rc == 0)
			out->url = xstrdup(r->keys_file);
	} else {
		rc = get(xasprintf("%s%s", r->root, r->kind->keys_doc), NULL, MAX_ROOT_DOC, what, out, e);
	}
	free(what);
	return rc;
}

char *registry_artifact_what(const struct registry *r, const struct pkg *p)
{
	const struct eco *eco = eco_find(r->eco);
	return xasprintf("%s@%s: %s", p->name, p->version, eco ? eco->artifact_noun : "artifact");
}

int registry_artifact(const struct registry *r, const struct registry_doc *doc, const struct pkg *p, const char *ref,
		      const char *conf, char **url, char **data, size_t *len, struct ferr *e)
{
	*url = r->kind->artifact_url(r->root, doc->url, p, ref, conf, r->rewrite, e);
	*data = NULL;
	*len = 0;
	if (!*url)
		return -1;
	char *what = registry_artifact_what(r, p);
	int rc = http_get(*url, MAX_ARTIFACT, what, data, len, e);
	if (rc != 0 && e->kind == FERR_MISSING)
		e->kind = FERR_NET;   /* the document names it: a broken registry, not an unknown package */
	if (rc == 0 && r->kind->check(*data, *len, p, what, e) != 0)
		rc = -1;
	if (rc != 0) {
		free(*url), free(*data);
		*url = *data = NULL;
		*len = 0;
	}
	free(what);
	return rc;
}

char *registry_artifact_name(const struct registry *r, const char *url, const struct pkg *p)
{
	char *path = url_path(url);
	const char *base = path ? strrchr(path, '/') : NULL;
	base = base ? base + 1 : "";
	int plain = *base && *base != '.';
	for (const char *c = base; *c; c++)
		if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-", *c))
			plain = 0;
	char *s = plain && strcmp(base, "download") != 0 ? xstrdup(base) : r->kind->artifact_name(p);
	free(path);
	return s;
}

/* ---- many documents at once -------------------------------------------- */

struct registry_multi {
	const struct registry *r;
	struct http_multi *hm;
	struct strv bad;        /* names refused before any request */
};

/* what a request is for: the name, the URL, and whether it is the fallback */
struct tag {
	char *name, *url;
	int fallback;
	struct ferr first;      /* the first API's answer, when this is the fallback */
};

struct registry_multi *registry_multi_new(const struct registry *r, size_t parallel)
{
	struct registry_multi *m = xcalloc(1, sizeof *m);
	m->r = r;
	m->hm = http_multi_new(r->kind->max_doc, parallel);
	return m;
}

static void multi_add(struct registry_multi *m, const char *name, const struct ferr *first)
{
	const struct registry_kind *k = m->r->kind;
	struct tag *t = xcalloc(1, sizeof *t);
	t->name = xstrdup(name);
	t->fallback = first != NULL;
	if (first)
		t->first = *first;
	t->url = first ? k->fallback_url(m->r->root, name) : k->doc_url(m->r->root, name);
	char *what = xasprintf("%s: registry metadata", name);
	http_multi_add(m->hm, t->url, first ? k->fallback_accept : k->plan_accept, HTTP_CACHED, what, t);
	free(what);
}

void registry_multi_add(struct registry_multi *m, const char *name)
{
	const struct eco *eco = eco_find(m->r->eco);
	if (!eco || eco->invalid_name(name))
		strv_add(&m->bad, name);
	else
		multi_add(m, name, NULL);
}

static void tag_free(struct tag *t)
{
	free(t->name);
	free(t->url);
	free(t);
}

int registry_multi_next(struct registry_multi *m, char **name, struct registry_doc *out, struct ferr *e)
{
	memset(out, 0, sizeof *out);
	ferr_clear(e);
	if (m->bad.n) {
		*name = m->bad.v[--m->bad.n];
		const struct eco *eco = eco_find(m->r->eco);
		ferr_set(e, FERR_INPUT, "%s: %s", *name, eco ? eco->invalid_name(*name) : "no such ecosystem");
		return 1;   /* handed back, as a failed document */
	}
	struct http_done d;
	while (http_multi_next(m->hm, &d)) {
		struct tag *t = d.tag;
		/* not there: where the ecosystem keeps a second place, look there */
		if (!d.body && d.e.kind == FERR_MISSING && !t->fallback && m->r->kind->fallback_url) {
			multi_add(m, t->name, &d.e);
			tag_free(t);
			continue;
		}
		*name = t->name;
		t->name = NULL;
		if (d.body) {
			out->body = d.body, out->len = d.len;
			out->url = t->url;
			t->url = NULL;
		} else {
			*e = t->fallback && d.e.kind == FERR_MISSING ? t->first : d.e;
		}
		tag_free(t);
		return 1;
	}
	return 0;
}

void registry_multi_free(struct registry_multi *m)
{
	if (!m)
		return;
	for (;;) {   /* requests still in flight (the plan stopped early) end here */
		struct http_done d;
		if (!http_multi_next(m->hm, &d))
			break;
		tag_free(d.tag);
		free(d.body);
	}
	http_multi_free(m->hm);
	strv_free(&m->bad);
	free(m);
}
