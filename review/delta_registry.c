/* The registry's history of a package: every version with its time, and
 * whether it was yanked, deprecated or unpublished. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "review.h"
#include "../convert/jsonmem.h"
#include "../core/date.h"
#include "../core/util.h"

static void add(struct history *h, const char *v, const char *time, int yanked, const char *deprecated)
{
	h->v = xrealloc(h->v, (h->n + 1) * sizeof *h->v);
	struct hist_version *x = &h->v[h->n++];
	x->version = xstrdup(v);
	x->time = xstrdup(time ? time : "");
	x->yanked = yanked;
	x->deprecated = deprecated ? xstrdup(deprecated) : NULL;
}

static const char *jstr(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

static int npm_history(json_t *root, struct history *h)
{
	json_t *versions = json_object_get(root, "versions"), *time = json_object_get(root, "time");
	const char *k;
	json_t *m;
	json_object_foreach(versions, k, m) {
		json_t *dep = json_object_get(m, "deprecated");
		add(h, k, jstr(time, k), 0, json_is_string(dep) ? json_string_value(dep) : NULL);
	}
	json_t *t;
	json_object_foreach(time, k, t) {
		if (strcmp(k, "created") != 0 && strcmp(k, "modified") != 0 && strcmp(k, "unpublished") != 0 &&
		    !json_object_get(versions, k))
			strv_add(&h->unpublished, k);
	}
	/* a package unpublished whole keeps time.unpublished.versions */
	json_t *un = json_object_get(json_object_get(time, "unpublished"), "versions");
	size_t i;
	json_array_foreach(un, i, t)
		if (json_is_string(t))
			strv_add(&h->unpublished, json_string_value(t));
	const char *created = jstr(time, "created");
	if (created)
		h->first = xstrdup(created);
	return 0;
}

static int pypi_history(json_t *root, struct history *h)
{
	json_t *rel = json_object_get(root, "releases");
	const char *k;
	json_t *files;
	json_object_foreach(rel, k, files) {
		const char *first = NULL;
		int yanked = json_array_size(files) > 0;
		size_t i;
		json_t *f;
		json_array_foreach(files, i, f) {
			const char *t = jstr(f, "upload_time_iso_8601");
			if (!t)
				t = jstr(f, "upload_time");
			if (t && (!first || strcmp(t, first) < 0))
				first = t;
			if (!json_is_true(json_object_get(f, "yanked")))
				yanked = 0;
		}
		add(h, k, first, yanked, NULL);
	}
	if (!json_is_object(rel)) {   /* a release document: only itself */
		json_t *info = json_object_get(root, "info");
		const char *v = jstr(info, "version");
		if (v)
			add(h, v, NULL, json_is_true(json_object_get(info, "yanked")), NULL);
	}
	return 0;
}

static int crate_history(const char *doc, size_t len, const char *name, struct history *h, struct ferr *e)
{
	const char *p = doc, *end = doc + len;
	/* one line at a time: at most one line's objects are alive */
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		if (n) {
			struct ferr ignored = {0};
			json_t *o = jsonmem_load(p, n, JSON_REJECT_DUPLICATES, name, &ignored);
			const char *v = jstr(o, "vers");
			if (!v) {
				json_decref(o);
				return ferr_set(e, FERR_INPUT, "%s: index: a line without \"vers\"", name);
			}
			add(h, v, jstr(o, "pubtime"), json_is_true(json_object_get(o, "yanked")), NULL);
			json_decref(o);
		}
		p += n + 1;
	}
	return 0;
}

int history_read(const char *eco, const char *name, const char *doc, size_t len, struct history *h,
		 struct ferr *e)
{
	int rc = 0;
	if (strcmp(eco, "crate") == 0) {
		rc = crate_history(doc, len, name, h, e);
	} else {
		char *what = xasprintf("%s: registry metadata", name);
		json_t *root = jsonmem_load(doc, len, 0, what, e);
		free(what);
		if (!root)
			return -1;
		if (!json_is_object(root)) {
			json_decref(root);
			return ferr_set(e, FERR_INPUT, "%s: registry metadata: not a JSON object", name);
		}
		rc = strcmp(eco, "npm") == 0 ? npm_history(root, h) : pypi_history(root, h);
		json_decref(root);
	}
	/* the earliest time of any version, when the registry has no "created" */
	for (size_t i = 0; i < h->n; i++) {
		if (!*h->v[i].time)
			continue;
		if (!h->first || !*h->first || date_parse_iso(h->v[i].time) < date_parse_iso(h->first)) {
			free(h->first);
			h->first = xstrdup(h->v[i].time);
		}
	}
	if (!h->first)
		h->first = xstrdup("");
	strv_sort(&h->unpublished);
	strv_uniq(&h->unpublished);
	return rc;
}

const struct hist_version *history_find(const struct history *h, const char *version)
{
	for (size_t i = 0; h && i < h->n; i++)
		if (strcmp(h->v[i].version, version) == 0)
			return &h->v[i];
	return NULL;
}

void history_free(struct history *h)
{
	for (size_t i = 0; i < h->n; i++) {
		free(h->v[i].version);
		free(h->v[i].time);
		free(h->v[i].deprecated);
	}
	free(h->v);
	free(h->first);
	strv_free(&h->unpublished);
	memset(h, 0, sizeof *h);
}
