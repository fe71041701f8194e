/* crates.c: the crates.io reader: index lines -> chosen version, .crate ->
 * Cargo.toml's metadata.  The only file that knows the index's JSON shape
 * (both the 2019 one and today's: v, features2, rust_version, pubtime). */
#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cargofeat.h"
#include "contents.h"
#include "jsonmem.h"
#include "packrules.h"
#include "reader.h"
#include "../core/cargover.h"
#include "../core/naming.h"
#include "../core/toml.h"
#include "../core/util.h"

#define MAX_LINES 100000

/* A string member, or def when absent or null; NULL (with e) for another type. */
static const char *jstr(json_t *o, const char *key, const char *def, const char *who, struct ferr *e)
{
	json_t *v = json_object_get(o, key);
	if (!v || json_is_null(v))
		return def;
	if (!json_is_string(v) || strlen(json_string_value(v)) != json_string_length(v)) {
		ferr_set(e, FERR_INPUT, "%s: %s: expected a string", who, key);
		return NULL;
	}
	return json_string_value(v);
}

static int add_strings(json_t *arr, struct strv *out, const char *who, const char *field, struct ferr *e)
{
	if (!arr || json_is_null(arr))
		return 0;
	if (!json_is_array(arr))
		return ferr_set(e, FERR_INPUT, "%s: %s: expected an array", who, field);
	size_t i;
	json_t *v;
	json_array_foreach(arr, i, v) {
		if (!json_is_string(v) || strlen(json_string_value(v)) != json_string_length(v))
			return ferr_set(e, FERR_INPUT, "%s: %s: expected strings", who, field);
		if (*json_string_value(v))   /* old lines have "features": [""] */
			strv_add(out, json_string_value(v));
	}
	return 0;
}

/* Each object's names are unique (jansson keeps the last of a repeated
 * key); features2 adds to a feature of the same name, which
 * merge_features joins once both are read. */
static int read_features(json_t *obj, const char *key, struct pkg *p, const char *who, struct ferr *e)
{
	json_t *fs = json_object_get(obj, key);
	if (!fs || json_is_null(fs))
		return 0;
	if (!json_is_object(fs))
		return ferr_set(e, FERR_INPUT, "%s: %s: expected an object", who, key);
	if (p->nfeatures + json_object_size(fs) > CARGO_MAX_FEATURES)
		return ferr_set(e, FERR_INPUT, "%s@%s: %s: more than %d features", p->name, p->version, key,
				CARGO_MAX_FEATURES);
	const char *name;
	json_t *items;
	json_object_foreach(fs, name, items) {
		const char *why = naming_crate_feature_invalid(name);
		if (why)
			return ferr_set(e, FERR_INPUT, "%s: %s: feature '%.80s': %s", who, key, name, why);
		struct feature *f = pkg_add_feature(p, name);
		if (add_strings(items, &f->items, who, key, e) != 0)
			return -1;
	}
	return 0;
}

static int cmp_feature_at(const void *a, const void *b)
{
	const struct feature *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	return c ? c : (x->items.cap > y->items.cap) - (x->items.cap < y->items.cap);
}

/* one feature per name, items in the order read (features, then features2) */
static void merge_features(struct pkg *p)
{
	if (p->nfeatures < 2)
		return;
	/* the position rides in items.cap's place while sorting */
	size_t *cap = xmalloc((p->nfeatures + 1) * sizeof *cap);
	for (size_t i = 0; i < p->nfeatures; i++) {
		cap[i] = p->features[i].items.cap;
		p->features[i].items.cap = i;
	}
	qsort(p->features, p->nfeatures, sizeof *p->features, cmp_feature_at);
	for (size_t i = 0; i < p->nfeatures; i++)
		p->features[i].items.cap = cap[p->features[i].items.cap];
	free(cap);
	size_t o = 0;
	for (size_t i = 0; i < p->nfeatures; i++) {
		struct feature *f = &p->features[i];
		if (o && strcmp(p->features[o - 1].name, f->name) == 0) {
			struct strv *to = &p->features[o - 1].items;
			for (size_t k = 0; k < f->items.n; k++)
				strv_push(to, f->items.v[k]);
			free(f->items.v);
			free(f->name);
			continue;
		}
		p->features[o++] = *f;
	}
	p->nfeatures = o;
}

static int read_dep(json_t *d, struct pkg *p, const char *who, struct ferr *e)
{
	if (!json_is_object(d))
		return ferr_set(e, FERR_INPUT, "%s: deps: expected objects", who);
	const char *name = jstr(d, "name", NULL, who, e), *req = jstr(d, "req", NULL, who, e);
	const char *pkgname = jstr(d, "package", "", who, e), *kind = jstr(d, "kind", "normal", who, e);
	const char *target = jstr(d, "target", "", who, e), *reg = jstr(d, "registry", "", who, e);
	if (!name || !req || !pkgname || !kind || !target || !reg) {
		if (!e->kind)
			ferr_set(e, FERR_INPUT, "%s: deps: name and req are required", who);
		return -1;
	}
	const char *real = *pkgname ? pkgname : name;
	const char *why = naming_crate_invalid(real);
	if (!why && *pkgname)
		why = naming_crate_invalid(name);
	if (why)
		return ferr_set(e, FERR_INPUT, "%s: deps: name '%.80s': %s", who, real, why);
	struct cargoreq r;
	if (cargoreq_parse(req, &r, &why) != 0)
		return ferr_set(e, FERR_INPUT, "%s: deps.%s: req '%.100s': %s", who, name, req, why);
	cargoreq_free(&r);
	enum dep_kind k = strcmp(kind, "dev") == 0 ? DEP_DEV : strcmp(kind, "build") == 0 ? DEP_BUILD
			: strcmp(kind, "normal") == 0 ? DEP_RUNTIME : (enum dep_kind)-1;
	if ((int)k < 0)
		return ferr_set(e, FERR_INPUT, "%s: deps.%s: kind '%.40s' is not normal, dev or build", who, name, kind);
	struct dep *dp = pkg_add_dep(p, real, req, k);
	if (*pkgname)
		dp->alias = xstrdup(name);
	if (*target)
		dp->target = xstrdup(target);
	if (*reg)
		strv_push(&p->notes, xasprintf("dependency %s comes from another registry: %s", name, reg));
	dp->optional = json_is_true(json_object_get(d, "optional"));
	json_t *df = json_object_get(d, "default_features");
	dp->no_default = json_is_false(df);
	return add_strings(json_object_get(d, "features"), &dp->features, who, "deps.features", e);
}

/* One index line: "NAME VERSION" facts into p. */
static int read_line(json_t *line, struct pkg *p, struct ferr *e)
{
	const char *who = p->name;
	const char *cksum = jstr(line, "cksum", NULL, who, e);
	if (!cksum)
		return e->kind ? -1 : ferr_set(e, FERR_INPUT, "%s@%s: cksum: missing", p->name, p->version);
	if (strlen(cksum) != 64 || strspn(cksum, "0123456789abcdef") != 64)
		return ferr_set(e, FERR_INPUT, "%s@%s: cksum: not a sha256 in hex", p->name, p->version);
	p->cksum = xstrdup(cksum);
	p->yanked = json_is_true(json_object_get(line, "yanked"));
	const char *links = jstr(line, "links", "", who, e), *rv = jstr(line, "rust_version", "", who, e);
	const char *pub = jstr(line, "pubtime", "", who, e);
	if (!links || !rv || !pub)
		return -1;
	p->links = xstrdup(links);
	p->rust_version = xstrdup(rv);
	p->publish_time = xstrdup(pub);
	json_t *deps = json_object_get(line, "deps");
	if (deps && !json_is_array(deps))
		return ferr_set(e, FERR_INPUT, "%s@%s: deps: expected an array", p->name, p->version);
	size_t i;
	json_t *d;
	json_array_foreach(deps, i, d)
		if (read_dep(d, p, who, e) != 0)
			return -1;
	if (read_features(line, "features", p, who, e) || read_features(line, "features2", p, who, e))
		return -1;
	merge_features(p);
	const char *why;
	if (cargo_features_check(p, &why) != 0)
		return ferr_set(e, FERR_INPUT, "%s@%s: features: %s", p->name, p->version, why);
	return 0;
}

/* The one parse of an index line: an object, each key once (a repeated
 * key would let two readers of the line disagree).  NULL when it is not;
 * the caller's budget (jsonmem_begin) applies. */
static json_t *index_line(const char *s, size_t n)
{
	json_error_t err;
	json_t *o = json_loadb(s, n, JSON_REJECT_DUPLICATES, &err);
	if (!json_is_object(o)) {
		json_decref(o);
		return NULL;
	}
	return o;
}

int crates_read_line(const char *line, size_t n, struct pkg *p, struct ferr *e)
{
	size_t budget = jsonmem_budget(n);
	jsonmem_begin(budget);
	json_t *o = index_line(line, n);
	int rc = -1;
	if (jsonmem_end()) {
		json_decref(o);
		return ferr_set(e, FERR_INPUT, "index line: needs more than %zu MiB to parse", budget >> 20);
	}
	if (!o)
		return ferr_set(e, FERR_INPUT, "index line: not a JSON object (or a key twice)");
	const char *name = jstr(o, "name", NULL, "index line", e), *vs = jstr(o, "vers", NULL, "index line", e);
	const char *why;
	struct npmver v;
	if (!name || !vs) {
		if (!e->kind)
			ferr_set(e, FERR_INPUT, "index line: name and vers are required");
		goto out;
	}
	if ((why = naming_crate_invalid(name)) != NULL) {
		ferr_set(e, FERR_INPUT, "%.80s: name: %s", name, why);
		goto out;
	}
	if (cargover_parse(vs, &v, &why) != 0) {
		ferr_set(e, FERR_INPUT, "%s %.80s: vers: %s", name, vs, why);
		goto out;
	}
	npmver_free(&v);
	p->eco = "crate";
	p->name = xstrdup(name);
	p->version = xstrdup(vs);
	rc = read_line(o, p, e);
out:
	json_decref(o);
	return rc;
}

/* The index file's lines, each parsed once (index_line), together under one
 * document's memory budget, into *all (a new array).  0, or -1 with e. */
static int index_lines(const char *doc, size_t len, const char *name, json_t **all, struct ferr *e)
{
	size_t lines = 0, budget = jsonmem_budget(len);
	*all = json_array();
	jsonmem_begin(budget);
	for (const char *s = doc, *end = doc + len; s < end;) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);
		if (n && ++lines > MAX_LINES) {
			jsonmem_end();
			return ferr_set(e, FERR_INPUT, "%s: index: more than %d versions", name, MAX_LINES);
		}
		if (n) {
			json_t *o = index_line(s, n);
			if (!o || json_array_append_new(*all, o) != 0) {   /* it frees o on failure */
				if (jsonmem_end())
					return ferr_set(e, FERR_INPUT, "%s: index: needs more than %zu MiB to parse", name,
							budget >> 20);
				return ferr_set(e, FERR_INPUT, "%s: index line %zu: not a JSON object (or a key twice)", name, lines);
			}
		}
		s += n + 1;
	}
	if (jsonmem_end())
		return ferr_set(e, FERR_INPUT, "%s: index: needs more than %zu MiB to parse", name, budget >> 20);
	return 0;
}

/* The version to take: an exact version asks for itself (yanked or not);
 * a requirement for its highest non-yanked match; none for the highest
 * non-yanked release. */
static int crates_select(const char *doc, size_t len, const char *name, const char *want,
			 struct pkg *p, char **artifact, struct ferr *e)
{
	struct npmver exact = {0}, best = {0};
	struct cargoreq req = {0};
	const char *why;
	int is_exact = want && cargover_parse(want, &exact, &why) == 0;
	if (want && !is_exact && cargoreq_parse(want, &req, &why) != 0)
		return ferr_set(e, FERR_USAGE, "%s: '%.100s' is neither a version nor a requirement: %s", name, want, why);
	json_t *chosen = NULL, *all = NULL;
	int rc = -1;
	if (index_lines(doc, len, name, &all, e) != 0)
		goto out;
	size_t i;
	json_t *o;
	json_array_foreach(all, i, o) {
		const char *n = jstr(o, "name", NULL, name, e), *vs = jstr(o, "vers", NULL, name, e);
		if (!n || !vs) {
			if (!e->kind)
				ferr_set(e, FERR_INPUT, "%s: index line %zu: name and vers are required", name, i + 1);
			goto out;
		}
		if (strcasecmp(n, name) != 0 && strcmp(n, name) != 0) {
			ferr_set(e, FERR_INPUT, "%s: index line %zu: names crate '%.80s'", name, i + 1, n);
			goto out;
		}
		struct npmver v;
		if (cargover_parse(vs, &v, &why) != 0) {
			ferr_set(e, FERR_INPUT, "%s: index line %zu: vers '%.80s': %s", name, i + 1, vs, why);
			goto out;
		}
		int yanked = json_is_true(json_object_get(o, "yanked"));
		int ok = is_exact ? npmver_cmp(&v, &exact) == 0 && strcmp(v.build, exact.build) == 0
		       : want ? !yanked && cargoreq_test(&req, &v)
			      : !yanked && !*v.pre;
		if (ok && (!chosen || npmver_cmp(&v, &best) > 0)) {
			npmver_free(&best);
			best = v;
			chosen = o;
		} else {
			npmver_free(&v);
		}
	}
	if (!chosen) {
		ferr_set(e, FERR_INPUT, "%s: no version %s%s", name, want ? "matches " : "that is not yanked",
			 want ? want : "");
		goto out;
	}
	p->eco = "crate";
	p->name = xstrdup(jstr(chosen, "name", "", name, e));
	p->version = xstrdup(jstr(chosen, "vers", "", name, e));
	if (read_line(chosen, p, e) != 0)
		goto out;
	if (p->yanked)
		strv_add(&p->notes, "this version is yanked from the registry");
	*artifact = NULL;   /* the download URL comes from config.json's dl */
	rc = 0;
out:
	json_decref(all);
	npmver_free(&exact);
	npmver_free(&best);
	cargoreq_free(&req);
	return rc;
}

static int crates_want(const char *path, void *ctx)
{
	(void)ctx;
	return strcmp(path, "Cargo.toml") == 0 || strcmp(path, ".cargo_vcs_info.json") == 0 || contents_is_license(path);
}

/* cargo package's record of the commit it packed, and the crate's folder
 * in that repository (model.h: vcs_commit, vcs_path) */
static void vcs_info(const struct pkgfiles *f, struct pkg *p)
{
	const struct pkgfile *vi = pkgfiles_find(f, ".cargo_vcs_info.json");
	struct ferr je = {0};   /* a bad record is no record */
	json_t *j = vi && vi->data ? jsonmem_load(vi->data, vi->len, 0, ".cargo_vcs_info.json", &je) : NULL;
	json_t *sha = json_object_get(json_object_get(j, "git"), "sha1"), *path = json_object_get(j, "path_in_vcs");
	if (json_is_string(sha) && strlen(json_string_value(sha)) == json_string_length(sha))
		p->vcs_commit = xstrdup(json_string_value(sha));
	if (json_is_string(path) && *json_string_value(path) && strlen(json_string_value(path)) == json_string_length(path))
		p->vcs_path = xstrdup(json_string_value(path));
	json_decref(j);
}

static void set_str(char **field, const struct toml *t, const char *path)
{
	const char *v = toml_str(t, path);
	free(*field);
	*field = xstrdup(v ? v : "");
}

static int crates_read(const struct pkgfiles *f, struct pkg *p, struct ferr *e)
{
	const struct pkgfile *ct = pkgfiles_find(f, "Cargo.toml");
	if (ct && ct->type == 'f' && !ct->data)
		return ferr_set(e, FERR_INPUT, "%s@%s: Cargo.toml: %zu bytes, more than the archive reader keeps of a file",
				p->name, p->version, ct->size);
	if (!ct || !ct->data)
		return ferr_set(e, FERR_INPUT, "%s@%s: .crate: no Cargo.toml at the crate root", p->name, p->version);
	char err[256];
	struct toml *t = toml_parse(ct->data, ct->len, err, sizeof err);
	if (!t)
		return ferr_set(e, FERR_INPUT, "%s@%s: Cargo.toml: %s", p->name, p->version, err);
	const char *n = toml_str(t, "package.name"), *v = toml_str(t, "package.version");
	if (!n || !v || strcmp(n, p->name) != 0 || strcmp(v, p->version) != 0) {
		ferr_set(e, FERR_INPUT, "%s@%s: Cargo.toml: package is %.80s %.80s, not the version asked for", p->name,
			 p->version, n ? n : "(none)", v ? v : "(none)");
		toml_free(t);
		return -1;
	}
	set_str(&p->description, t, "package.description");
	set_str(&p->license, t, "package.license");
	set_str(&p->homepage, t, "package.homepage");
	set_str(&p->repository, t, "package.repository");
	set_str(&p->documentation, t, "package.documentation");
	const struct toml *authors = toml_get(toml_get(t, "package"), "authors");
	struct buf ab = {0};
	for (size_t i = 0; i < toml_len(authors); i++) {
		size_t n;
		const char *a = toml_string(toml_at(authors, i), &n);
		if (a && strlen(a) == n)
			buf_printf(&ab, "%s%s", ab.len ? ", " : "", a);
	}
	free(p->author);
	p->author = buf_steal(&ab);
	const char *rv = toml_str(t, "package.rust-version");
	if (rv && !*p->rust_version) {
		free(p->rust_version);
		p->rust_version = xstrdup(rv);
	}
	const char *links = toml_str(t, "package.links");
	if (links && strcmp(links, p->links) != 0)
		strv_push(&p->notes, xasprintf("Cargo.toml links '%s', the index says '%s'", links, p->links));
	const char *lf = toml_str(t, "package.license-file");
	char *lfc = lf ? archive_path_canon(lf) : NULL;
	if (lf) {
		if (!lfc || !pkgfiles_find(f, lfc))
			strv_push(&p->notes, xasprintf("license-file %s is not in the crate", lf));
		else if (!*p->license)
			strv_push(&p->notes, xasprintf("no SPDX license; the license is in %s", lf));
	}
	free(lfc);
	/* build scripts run at build time: the reviewer reads them */
	const char *build = toml_str(t, "package.build");
	if (build && strcmp(build, "build.rs") != 0)
		strv_push(&p->hooks, xasprintf("build script: %s", build));
	else if (pkgfiles_find(f, "build.rs"))
		strv_add(&p->hooks, "build script: build.rs");
	if (*p->links)
		strv_push(&p->native, xasprintf("links the native library %s", p->links));
	toml_free(t);
	vcs_info(f, p);
	contents_scan(f, p);
	if (!p->publish_time)
		p->publish_time = xstrdup("");
	pkg_sort(p);
	return 0;
}

static const char *str_or_null(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

/* every line's version, publish time and yanked flag */
static int crates_history(const char *doc, size_t len, const char *name, struct history *h, struct ferr *e)
{
	json_t *all = NULL;
	int rc = index_lines(doc, len, name, &all, e);
	size_t i;
	json_t *o;
	json_array_foreach(all, i, o) {
		const char *v = rc == 0 ? str_or_null(o, "vers") : NULL;
		if (rc == 0 && !v)
			rc = ferr_set(e, FERR_INPUT, "%s: index line %zu: without \"vers\"", name, i + 1);
		if (rc == 0)
			history_add(h, v, str_or_null(o, "pubtime"), json_is_true(json_object_get(o, "yanked")), NULL);
	}
	json_decref(all);
	return rc;
}

/* config.json at the index root: its "dl" download template */
static int crates_root_conf(const char *doc, size_t len, const char *name, char **value, struct ferr *e)
{
	json_error_t err;
	json_t *cfg = json_loadb(doc, len, 0, &err);
	json_t *dl = json_object_get(cfg, "dl");
	*value = json_is_string(dl) ? xstrdup(json_string_value(dl)) : NULL;
	json_decref(cfg);
	if (!*value)
		return ferr_set(e, FERR_INPUT, "%s: config.json: no \"dl\" download template", name);
	return 0;
}

/* a dependency with the features asked of it: its defaults unless
 * declined, and each feature named */
static void crate_dep(const struct dep *d, const char *feature, reader_need_fn need, void *ctx)
{
	if (feature) {
		need(ctx, d->name, feature, d->range, d->kind);
		return;
	}
	need(ctx, d->name, d->no_default ? NULL : "default", d->range, d->kind);
	for (size_t f = 0; f < d->features.n; f++)
		need(ctx, d->name, d->features.v[f], d->range, d->kind);
}

/* base: the dependencies Cargo builds for Linux without a feature; test:
 * the dev-dependencies for Linux; a feature: what its closure turns on */
static int crates_needs(const struct pkg *p, enum unit_kind k, const char *feature, const struct family *f,
			int optional, reader_need_fn need, void *ctx, struct strv *self, struct ferr *e)
{
	(void)f, (void)optional, (void)e;
	if (k != UNIT_FEATURE) {
		for (size_t i = 0; i < p->ndeps; i++) {
			const struct dep *d = &p->deps[i];
			if (k == UNIT_BASE ? cargo_dep_base(d) : d->kind == DEP_DEV && cargo_target_linux(d->target))
				crate_dep(d, NULL, need, ctx);
		}
		return 0;
	}
	struct cfeat *fs = NULL;
	size_t nf = 0;
	cargo_features(p, &fs, &nf);
	for (size_t i = 0; i < nf; i++) {
		if (strcmp(fs[i].name, feature) != 0)
			continue;
		for (size_t c = 0; c < fs[i].nclosure; c++) {
			const struct dep *d = &p->deps[fs[i].closure[c].dep];
			if (d->kind == DEP_DEV || !cargo_target_linux(d->target))
				continue;
			crate_dep(d, NULL, need, ctx);   /* "X/f" turns X on with its defaults too */
			if (fs[i].closure[c].feature)
				crate_dep(d, fs[i].closure[c].feature, need, ctx);
		}
		for (size_t g = 0; g < fs[i].enables.n; g++)
			strv_add(self, fs[i].enables.v[g]);
	}
	cargo_features_free(fs, nf);
	return 0;
}

static void crates_features(const struct pkg *p, struct strv *out)
{
	struct cfeat *fs = NULL;
	size_t nf = 0;
	cargo_features(p, &fs, &nf);
	for (size_t i = 0; i < nf; i++)
		strv_add(out, fs[i].name);
	cargo_features_free(fs, nf);
}

const struct reader crates_reader = {
	.eco = "crate",
	.select = crates_select,
	.want = crates_want,
	.read = crates_read,
	.history = crates_history,
	.needs = crates_needs,
	.features = crates_features,
	.root_conf = crates_root_conf,
	.pack = packrules_crate,
	.pack_generated = packrules_crate_generated,
	.pack_copy_of = packrules_crate_copy_of,
};
