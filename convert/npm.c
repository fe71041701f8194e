/* npm.c: the npm reader: packument -> chosen version, tarball -> contents.
 * The only file that knows npm's JSON shapes; jansson's references stay
 * inside it (every json_t here is borrowed from the one root it frees). */
#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "contents.h"
#include "jsonmem.h"
#include "npmmirror.h"
#include "npmprov.h"
#include "npmsig.h"
#include "packrules.h"
#include "reader.h"
#include "../core/naming.h"
#include "../core/npmver.h"
#include "../core/util.h"

/* A string field or "" when absent; -1 when present with another type. */
static int get_str(json_t *obj, const char *key, char **out, const char *who, struct ferr *e)
{
	json_t *v = json_object_get(obj, key);
	if (!v || json_is_null(v)) {
		*out = xstrdup("");
		return 0;
	}
	if (!json_is_string(v))
		return ferr_set(e, FERR_INPUT, "%s: %s: expected a string", who, key);
	*out = xstrndup(json_string_value(v), json_string_length(v));
	if (strlen(*out) != json_string_length(v)) {
		free(*out);
		*out = NULL;
		return ferr_set(e, FERR_INPUT, "%s: %s: contains a NUL byte", who, key);
	}
	return 0;
}

/* A string, or an object whose `sub` member is a string ("url", "name"). */
static int get_str_or(json_t *obj, const char *key, const char *sub, char **out, const char *who,
		      struct ferr *e)
{
	json_t *v = json_object_get(obj, key);
	if (json_is_object(v))
		return get_str(v, sub, out, who, e);
	return get_str(obj, key, out, who, e);
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* An alias, "string-width-cjs": "npm:string-width@^4.2.0": a dependency
 * on the aliased package (what its Depends names), which the dependent
 * requires under the alias; the reviewer is told the name it must find.
 * A bad alias is an error in the artifact's manifest; in the registry's
 * copy it stays as written, and the plan calls it unresolvable. */
static int alias_from(const char *spec, const char *name, const char *key, enum dep_kind kind, int strict,
		      struct pkg *p, const char *who, struct ferr *e)
{
	char *real = NULL, *range = NULL;
	const char *why = NULL;
	if (npmalias_parse(spec, &real, &range, &why) != 0) {
		if (strict)
			return ferr_set(e, FERR_INPUT, "%s: %s.%s: alias '%.120s': %s", who, key, name, spec, why);
		pkg_add_dep(p, name, spec, kind);
		return 0;
	}
	struct dep *d = pkg_add_dep(p, real, range, kind);
	d->alias = xstrdup(name);
	if (strict)
		strv_push(&p->notes, xasprintf("dependency %s is an alias of %s (%s): the package requires it as '%s'",
					       name, real, range, name));
	free(real);
	free(range);
	return 0;
}

/* One entry of a dependency map (deps_from says when a bad one is skipped) */
static int dep_from(json_t *range, const char *name, const char *key, enum dep_kind kind, int strict,
		    struct pkg *p, const char *who, struct ferr *e)
{
	const char *why = naming_npm_invalid(name);
	if (!strict && (!json_is_string(range) || why))
		return 0;
	if (!json_is_string(range))
		return ferr_set(e, FERR_INPUT, "%s: %s.%s: expected a string", who, key, name);
	if (why)
		return ferr_set(e, FERR_INPUT, "%s: %s: dependency name '%.80s': %s", who, key, name, why);
	const char *spec = json_string_value(range);
	if (npmalias_is(spec))
		return alias_from(spec, name, key, kind, strict, p, who, e);
	if (strict && json_string_length(range) > NPMRANGE_MAX_LEN)
		return ferr_set(e, FERR_INPUT, "%s: %s.%s: range longer than %d bytes", who, key, name,
				NPMRANGE_MAX_LEN);
	pkg_add_dep(p, name, spec, kind);
	return 0;
}

/* One dependency map, its names in order (the solver meets them so, as
 * it did when it read the registry's key-sorted copy itself).  strict
 * (the artifact's package.json): a bad entry is an error; else (the
 * registry's copy, which a plan reads and import reads again from the
 * artifact) it is skipped. */
static int deps_from(json_t *obj, const char *key, enum dep_kind kind, int strict, struct pkg *p, const char *who,
		     struct ferr *e)
{
	json_t *d = json_object_get(obj, key);
	if (!d || json_is_null(d) || (!strict && !json_is_object(d)))
		return 0;
	if (!json_is_object(d))
		return ferr_set(e, FERR_INPUT, "%s: %s: expected an object", who, key);
	size_t nk = 0;
	const char **keys = xcalloc(json_object_size(d) + 1, sizeof *keys);
	const char *name;
	json_t *range;
	json_object_foreach(d, name, range)
		keys[nk++] = name;
	qsort(keys, nk, sizeof *keys, cmp_name);
	int rc = 0;
	for (size_t i = 0; i < nk && rc == 0; i++)
		rc = dep_from(json_object_get(d, keys[i]), keys[i], key, kind, strict, p, who, e);
	free(keys);
	return rc;
}

/* npm lets optionalDependencies override dependencies of the same name:
 * the optional names sorted once, each runtime one looked up */
static void optional_overrides(struct pkg *p)
{
	const char **opt = xcalloc(p->ndeps + 1, sizeof *opt);
	size_t n = 0;
	for (size_t i = 0; i < p->ndeps; i++)
		if (p->deps[i].kind == DEP_OPTIONAL)
			opt[n++] = p->deps[i].name;
	qsort(opt, n, sizeof *opt, cmp_name);
	for (size_t i = 0; i < p->ndeps && n; i++)
		if (p->deps[i].kind == DEP_RUNTIME && bsearch(&p->deps[i].name, opt, n, sizeof *opt, cmp_name))
			p->deps[i].kind = DEP_OPTIONAL;
	free(opt);
}

/* The manifest's dependencies with their final kinds (model.h): optional
 * ones override a dependency of the same name, a peer that
 * peerDependenciesMeta marks optional is an optional peer.  The maps in
 * the order the solver has always met them. */
static int manifest_deps(json_t *m, int strict, struct pkg *p, const char *who, struct ferr *e)
{
	static const char *const keys[] = {"dependencies", "peerDependencies", "optionalDependencies",
					   "devDependencies"};
	static const enum dep_kind kinds[] = {DEP_RUNTIME, DEP_PEER, DEP_OPTIONAL, DEP_DEV};
	pkg_clear_deps(p);
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
		if (deps_from(m, keys[i], kinds[i], strict, p, who, e) != 0)
			return -1;
	optional_overrides(p);
	json_t *meta = json_object_get(m, "peerDependenciesMeta");
	for (size_t i = 0; json_is_object(meta) && i < p->ndeps; i++) {
		struct dep *d = &p->deps[i];
		if (d->kind == DEP_PEER && json_is_true(json_object_get(json_object_get(meta, d->name), "optional")))
			d->kind = DEP_PEER_OPTIONAL;
	}
	return 0;
}

/* os, cpu and libc (a string or an array of strings) into p->platform as
 * "FIELD VALUE"; entries that are not short plain strings are left out
 * (the registry's copy, read leniently) */
static void platform_from(json_t *m, struct pkg *p)
{
	static const char *const fields[] = {"os", "cpu", "libc"};
	for (size_t f = 0; f < sizeof fields / sizeof fields[0]; f++) {
		json_t *v = json_object_get(m, fields[f]);
		size_t n = json_is_array(v) ? json_array_size(v) : json_is_string(v) ? 1 : 0;
		for (size_t i = 0; i < n && i < 64; i++) {
			json_t *it = json_is_array(v) ? json_array_get(v, i) : v;
			const char *s = json_string_value(it);
			if (!s || json_string_length(it) > 64 || strlen(s) != json_string_length(it))
				continue;
			strv_push(&p->platform, xasprintf("%s %s", fields[f], s));
		}
	}
	strv_sort(&p->platform);
}

/* What the registry's copy of the manifest says of native code, for a plan
 * (read replaces it with the tarball's evidence): gypfile, node-pre-gyp's
 * binary, an install hook running a native build tool, C/C++ or gyp files
 * in "files", a dependency of any kind on the tools and headers addons
 * are built with */
static void native_hints(json_t *m, struct pkg *p)
{
	static const char *const tools[] = {"node-gyp-build", "node-pre-gyp", "prebuild-install", "cmake-js",
					    "node-gyp"};   /* the longest name first */
	static const char *const deps[] = {"node-gyp", "node-gyp-build", "node-addon-api", "nan", "bindings",
					   "prebuild-install", "@mapbox/node-pre-gyp", "cmake-js"};
	static const char *const hooks[] = {"preinstall", "install", "postinstall"};
	if (json_is_true(json_object_get(m, "gypfile")))
		strv_add(&p->native, "gypfile");
	if (json_is_object(json_object_get(m, "binary")))
		strv_add(&p->native, "binary (node-pre-gyp)");
	json_t *scripts = json_object_get(m, "scripts");
	for (size_t i = 0; i < sizeof hooks / sizeof hooks[0]; i++) {
		const char *h = json_string_value(json_object_get(scripts, hooks[i]));
		for (size_t k = 0; h && k < sizeof tools / sizeof tools[0]; k++)
			if (strstr(h, tools[k])) {
				strv_push(&p->native, xasprintf("scripts.%s runs %s", hooks[i], tools[k]));
				break;
			}
	}
	json_t *files = json_object_get(m, "files"), *it;
	size_t i;
	json_array_foreach(files, i, it) {
		const char *f = json_string_value(it);
		if (f && json_string_length(it) < 200 && (strstr(f, "gyp") || strstr(f, ".cc") || strstr(f, ".cpp")))
			strv_push(&p->native, xasprintf("files %s", f));
	}
	for (size_t d = 0; d < p->ndeps; d++)
		for (size_t k = 0; k < sizeof deps / sizeof deps[0]; k++)
			if (strcmp(p->deps[d].name, deps[k]) == 0)
				strv_push(&p->native, xasprintf("%s %s", p->deps[d].kind == DEP_DEV ? "devDependencies"
									 : "dependencies", deps[k]));
	strv_sort(&p->native);
	strv_uniq(&p->native);
}

/* The version npm would install: `want` exactly, or the highest satisfying
 * version of a range (dist-tags.latest first when it satisfies, as npm's
 * pick-manifest does), or dist-tags.latest. */
static const char *pick(json_t *root, const char *name, const char *want, struct ferr *e)
{
	json_t *versions = json_object_get(root, "versions");
	if (!json_is_object(versions)) {
		ferr_set(e, FERR_INPUT, "%s: packument: versions: expected an object", name);
		return NULL;
	}
	json_t *tags = json_object_get(root, "dist-tags");
	json_t *latest = json_is_object(tags) ? json_object_get(tags, "latest") : NULL;
	const char *lat = json_is_string(latest) ? json_string_value(latest) : NULL;
	if (!want || !*want) {
		if (!lat || !json_object_get(versions, lat)) {
			ferr_set(e, FERR_INPUT, "%s: packument: dist-tags.latest: missing or not a published version", name);
			return NULL;
		}
		return json_object_iter_key(json_object_iter_at(versions, lat));
	}
	if (json_is_object(tags) && json_is_string(json_object_get(tags, want))) {
		const char *t = json_string_value(json_object_get(tags, want));
		if (json_object_get(versions, t))
			return json_object_iter_key(json_object_iter_at(versions, t));
	}
	struct npmrange r;
	const char *why;
	if (npmrange_parse(want, &r, &why) != 0) {
		ferr_set(e, FERR_USAGE, "%s@%s: not a version, range or dist-tag: %s", name, want, why);
		return NULL;
	}
	const char *best = NULL;
	struct npmver bestv = {0};
	struct npmver v;
	if (lat && npmver_parse(lat, &v, &why) == 0) {
		if (npmrange_test(&r, &v) && json_object_get(versions, lat)) {
			npmver_free(&v);
			npmrange_free(&r);
			return json_object_iter_key(json_object_iter_at(versions, lat));
		}
		npmver_free(&v);
	}
	const char *key;
	json_t *val;
	json_object_foreach(versions, key, val) {
		if (npmver_parse(key, &v, &why) != 0)
			continue;
		if (npmrange_test(&r, &v) && (!best || npmver_cmp(&v, &bestv) > 0)) {
			npmver_free(&bestv);
			bestv = v;
			best = key;
		} else {
			npmver_free(&v);
		}
	}
	npmver_free(&bestv);
	npmrange_free(&r);
	if (!best)
		ferr_set(e, FERR_INPUT, "%s@%s: no published version satisfies the range", name, want);
	return best;
}

static void *npm_parse(const char *doc, size_t len, const char *name, struct ferr *e)
{
	char *what = xasprintf("%s: packument", name);
	json_t *root = jsonmem_load_object(doc, len, 0, what, e);
	free(what);
	if (!root)
		return NULL;
	json_t *jn = json_object_get(root, "name");
	if (!json_is_string(jn) || strcmp(json_string_value(jn), name) != 0) {
		ferr_set(e, FERR_INPUT, "%s: packument: name: is '%.100s', not the package asked for", name,
			 json_is_string(jn) ? json_string_value(jn) : "(missing)");
		json_decref(root);
		return NULL;
	}
	return root;
}

static void npm_parsed_free(void *parsed)
{
	json_decref(parsed);
}

/* dist.signatures: a list of {keyid, sig} strings (convert/npmsig.h
 * checks them), kept as "KEYID\tSIG"; absent or null: none */
static int signatures(json_t *sigs, struct pkg *p, const char *who, struct ferr *e)
{
	if (!sigs || json_is_null(sigs))
		return 0;
	if (!json_is_array(sigs) || json_array_size(sigs) > NPMSIG_MAX)
		return ferr_set(e, FERR_INPUT, "%s: dist.signatures: expected a list of at most %d signatures", who,
				NPMSIG_MAX);
	size_t i;
	json_t *it;
	json_array_foreach(sigs, i, it) {
		json_t *id = json_object_get(it, "keyid"), *sig = json_object_get(it, "sig");
		if (!json_is_string(id) || !json_is_string(sig) || !json_string_length(id) ||
		    strlen(json_string_value(id)) != json_string_length(id) || strchr(json_string_value(id), '\t') ||
		    json_string_length(id) > 200 || json_string_length(sig) > 1024)
			return ferr_set(e, FERR_INPUT, "%s: dist.signatures[%zu]: expected {keyid, sig} strings", who, i);
		strv_push(&p->signatures, xasprintf("%s\t%s", json_string_value(id), json_string_value(sig)));
	}
	strv_sort(&p->signatures);
	return 0;
}

static int npm_select_parsed(void *parsed, const char *name, const char *want, struct pkg *p, char **artifact,
			     struct ferr *e)
{
	json_t *root = parsed;
	int rc = -1;
	char *who = NULL;
	const char *ver = pick(root, name, want, e);
	if (!ver)
		goto out;
	struct npmver v;
	const char *why;
	if (npmver_parse(ver, &v, &why) != 0) {
		ferr_set(e, FERR_INPUT, "%s: packument: version '%.80s': %s", name, ver, why);
		goto out;
	}
	npmver_free(&v);
	who = xasprintf("%s@%s", name, ver);
	json_t *m = json_object_get(json_object_get(root, "versions"), ver);
	if (!json_is_object(m)) {
		ferr_set(e, FERR_INPUT, "%s: packument: versions[%s]: expected an object", who, ver);
		goto out;
	}
	p->eco = "npm";
	p->name = xstrdup(name);
	p->version = xstrdup(ver);
	json_t *dist = json_object_get(m, "dist");
	if (!json_is_object(dist)) {
		ferr_set(e, FERR_INPUT, "%s: dist: expected an object", who);
		goto out;
	}
	char *tarball = NULL;
	if (get_str(dist, "integrity", &p->integrity, who, e) || get_str(dist, "shasum", &p->shasum, who, e) ||
	    get_str(dist, "tarball", &tarball, who, e))
		goto out;
	if (!*tarball) {
		free(tarball);
		ferr_set(e, FERR_INPUT, "%s: dist.tarball: missing", who);
		goto out;
	}
	*artifact = tarball;
	if (signatures(json_object_get(dist, "signatures"), p, who, e) != 0 ||
	    get_str_or(dist, "attestations", "url", &p->attestations, who, e) != 0)
		goto out;
	json_t *time = json_object_get(root, "time");
	if (json_is_object(time) && get_str(time, ver, &p->publish_time, who, e))
		goto out;
	if (!p->publish_time)
		p->publish_time = xstrdup("");
	json_t *user = json_object_get(m, "_npmUser");
	if (json_is_object(user)) {
		if (get_str(user, "name", &p->publisher, who, e))
			goto out;
	} else {
		p->publisher = xstrdup("");
	}
	json_t *maint = json_object_get(m, "maintainers");
	if (!json_is_array(maint))
		maint = json_object_get(root, "maintainers");
	if (json_is_array(maint)) {
		size_t i;
		json_t *it;
		json_array_foreach(maint, i, it) {
			json_t *n = json_is_object(it) ? json_object_get(it, "name") : it;
			if (json_is_string(n))
				strv_add(&p->maintainers, json_string_value(n));
		}
	}
	json_t *gh = json_object_get(m, "gitHead"), *dir = json_object_get(json_object_get(m, "repository"), "directory");
	if (json_is_string(gh) && strlen(json_string_value(gh)) == json_string_length(gh))
		p->vcs_commit = xstrdup(json_string_value(gh));
	if (json_is_string(dir) && strlen(json_string_value(dir)) == json_string_length(dir))
		p->vcs_path = xstrdup(json_string_value(dir));
	p->manifest = jsonmem_dumps(m, JSON_COMPACT | JSON_SORT_KEYS);
	manifest_deps(m, 0, p, who, e);   /* lenient: cannot fail */
	platform_from(m, p);
	native_hints(m, p);
	json_t *prepare = json_object_get(json_object_get(m, "scripts"), "prepare");
	if (json_is_string(prepare))
		strv_push(&p->dev_hooks, xasprintf("prepare: %s", json_string_value(prepare)));
	json_t *dep = json_object_get(m, "deprecated");
	if (json_is_string(dep))
		strv_push(&p->notes, xasprintf("the registry marks this version deprecated: %.200s", json_string_value(dep)));
	rc = 0;
out:
	free(who);
	return rc;
}

static int npm_select(const char *doc, size_t len, const char *name, const char *want,
		      struct pkg *p, char **artifact, struct ferr *e)
{
	void *root = npm_parse(doc, len, name, e);
	if (!root)
		return -1;
	int rc = npm_select_parsed(root, name, want, p, artifact, e);
	npm_parsed_free(root);
	return rc;
}

static int npm_want(const char *path, void *ctx)
{
	(void)ctx;
	/* scripts too: contents_nosource reads them */
	return strcmp(path, "package.json") == 0 || contents_is_license(path) || contents_is_script(path);
}

/* every string under package.json's exports (conditions nest), at most
 * depth 16 deep */
static void export_paths(json_t *x, struct strv *out, int depth)
{
	if (json_is_string(x)) {
		strv_add(out, json_string_value(x));
		return;
	}
	if (depth > 16)
		return;
	const char *k;
	json_t *v;
	size_t i;
	if (json_is_object(x))
		json_object_foreach(x, k, v) export_paths(v, out, depth + 1);
	else if (json_is_array(x))
		json_array_foreach(x, i, v) export_paths(v, out, depth + 1);
}

/* what node loads: main (index.js by default), exports, the bin scripts */
static void entry_points(json_t *pj, const struct pkg *p, struct strv *out)
{
	json_t *m = json_object_get(pj, "main");
	strv_add(out, json_is_string(m) ? json_string_value(m) : "index.js");
	export_paths(json_object_get(pj, "exports"), out, 0);
	for (size_t i = 0; i < p->bins.n; i++) {
		const char *tab = strchr(p->bins.v[i], '\t');
		if (tab)
			strv_add(out, tab + 1);
	}
}

static int add_bin(struct pkg *p, const char *bname, const char *path, const struct pkgfiles *f,
		   const char *who, struct ferr *e)
{
	if (!contents_plain_name(bname))
		return ferr_set(e, FERR_INPUT, "%s: bin: command name '%.80s' is not a plain file name", who, bname);
	char *rel = archive_path_canon(path);
	if (!rel)
		return ferr_set(e, FERR_INPUT, "%s: bin.%s: '%.200s' points outside the package", who, bname, path);
	if (!contents_plain_path(rel)) {
		free(rel);
		return ferr_set(e, FERR_INPUT, "%s: bin.%s: path '%.200s' has unsafe characters", who, bname, path);
	}
	if (!pkgfiles_find(f, rel))
		strv_push(&p->notes, xasprintf("bin %s points to %s, which the tarball does not contain", bname, rel));
	strv_push(&p->bins, xasprintf("%s\t%s", bname, rel));
	free(rel);
	return 0;
}

static int read_bins(json_t *pj, struct pkg *p, const struct pkgfiles *f, const char *who, struct ferr *e)
{
	json_t *bin = json_object_get(pj, "bin");
	if (!bin || json_is_null(bin))
		return 0;
	if (json_is_string(bin)) {
		const char *slash = strchr(p->name, '/');
		return add_bin(p, slash ? slash + 1 : p->name, json_string_value(bin), f, who, e);
	}
	if (!json_is_object(bin))
		return ferr_set(e, FERR_INPUT, "%s: bin: expected a string or an object", who);
	const char *k;
	json_t *v;
	json_object_foreach(bin, k, v) {
		if (!json_is_string(v))
			return ferr_set(e, FERR_INPUT, "%s: bin.%s: expected a string", who, k);
		if (add_bin(p, k, json_string_value(v), f, who, e))
			return -1;
	}
	return 0;
}

static int add_man(struct pkg *p, json_t *v, const char *who, struct ferr *e)
{
	if (!json_is_string(v))
		return ferr_set(e, FERR_INPUT, "%s: man: expected strings", who);
	char *rel = archive_path_canon(json_string_value(v));
	if (!rel)
		return ferr_set(e, FERR_INPUT, "%s: man: '%.200s' points outside the package", who, json_string_value(v));
	if (!contents_plain_path(rel)) {
		ferr_set(e, FERR_INPUT, "%s: man: path '%.200s' has unsafe characters", who, rel);
		free(rel);
		return -1;
	}
	strv_push(&p->mans, rel);
	return 0;
}

static int read_mans(json_t *pj, struct pkg *p, const char *who, struct ferr *e)
{
	json_t *man = json_object_get(pj, "man");
	if (!man || json_is_null(man))
		return 0;
	if (json_is_string(man))
		return add_man(p, man, who, e);
	if (!json_is_array(man))
		return ferr_set(e, FERR_INPUT, "%s: man: expected a string or an array", who);
	size_t i;
	json_t *v;
	json_array_foreach(man, i, v)
		if (add_man(p, v, who, e))
			return -1;
	return 0;
}

static int read_license(json_t *pj, struct pkg *p, const char *who, struct ferr *e)
{
	json_t *lic = json_object_get(pj, "license");
	if (json_is_object(lic))
		return get_str(lic, "type", &p->license, who, e);
	if (lic && !json_is_null(lic))
		return get_str(pj, "license", &p->license, who, e);
	json_t *arr = json_object_get(pj, "licenses");   /* the old form */
	struct buf b = {0};
	if (json_is_array(arr)) {
		size_t i;
		json_t *it;
		json_array_foreach(arr, i, it) {
			json_t *t = json_is_object(it) ? json_object_get(it, "type") : it;
			if (json_is_string(t)) {
				if (b.len)
					buf_adds(&b, " OR ");
				buf_adds(&b, json_string_value(t));
			}
		}
	}
	p->license = buf_steal(&b);
	return 0;
}

/* The registry's copy of the manifest and the tarball's should agree;
 * where they do not (manifest confusion), the reviewer is told. */
static void compare_manifest(json_t *pj, json_t *reg, struct pkg *p)
{
	static const char *keys[] = {"dependencies", "optionalDependencies", "peerDependencies", "scripts", "bin"};
	if (!reg)
		return;
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		json_t *a = json_object_get(pj, keys[i]), *b = json_object_get(reg, keys[i]);
		int ea = !a || (json_is_object(a) && json_object_size(a) == 0);
		int eb = !b || (json_is_object(b) && json_object_size(b) == 0);
		if (ea && eb)
			continue;
		if (!json_equal(a, b))
			strv_push(&p->notes, xasprintf("package.json %s differs from the registry's copy", keys[i]));
	}
}

static int is_c_source(const char *path)
{
	static const char *const ext[] = {".c", ".cc", ".cpp", ".cxx"};
	for (size_t i = 0; i < sizeof ext / sizeof ext[0]; i++)
		if (str_endswith(path, ext[i]))
			return 1;
	return 0;
}

/* Native code in the tarball, the evidence replacing what the registry's
 * copy hinted (select): a binding.gyp anywhere (node-gyp builds it where
 * it is: sharp's src/binding.gyp), another .gyp file beside C or C++
 * sources, prebuilt .node binaries (which go: p->prebuilt).  npm runs
 * node-gyp by itself only for a binding.gyp at the top. */
static void native_from_files(const struct pkgfiles *f, json_t *pj, json_t *scripts, struct pkg *p)
{
	strv_free(&p->native);
	int has_gyp = pkgfiles_find(f, "binding.gyp") != NULL;
	if (has_gyp && !json_object_get(scripts, "install") && !json_object_get(scripts, "preinstall"))
		strv_add(&p->hooks, "install: node-gyp rebuild (implicit: binding.gyp and no install script)");
	if (json_is_true(json_object_get(pj, "gypfile")))
		strv_add(&p->native, "package.json gypfile");
	const char *gyp = NULL;
	int sources = 0;
	for (size_t i = 0; i < f->n; i++) {
		const char *path = f->v[i].path;
		if (f->v[i].type != 'f')
			continue;
		if (strcmp(path, "binding.gyp") == 0 || str_endswith(path, "/binding.gyp"))
			strv_add(&p->native, path);
		else if (str_endswith(path, ".gyp") && !gyp)
			gyp = path;
		sources |= is_c_source(path);
		if (str_endswith(path, ".node")) {
			strv_push(&p->native, xasprintf("%s (prebuilt binary)", path));
			if (contents_plain_path(path))   /* canonical (archive.c), plain names: safe in rm and Files-Excluded */
				strv_add(&p->prebuilt, path);
			else
				strv_push(&p->notes, xasprintf("prebuilt binary with an unusual path, not removed: %s", path));
		}
	}
	if (gyp && sources)
		strv_push(&p->native, xasprintf("%s with C/C++ sources", gyp));
	strv_sort(&p->native);
	strv_uniq(&p->native);
}

static int npm_read(const struct pkgfiles *f, struct pkg *p, struct ferr *e)
{
	char *who = xasprintf("%s@%s", p->name, p->version);
	const struct pkgfile *pjf = pkgfiles_find(f, "package.json");
	int rc = -1;
	json_t *pj = NULL;
	if (pjf && pjf->type == 'f' && !pjf->data) {
		ferr_set(e, FERR_INPUT, "%s: package.json: %zu bytes, more than the archive reader keeps of a file", who,
			 pjf->size);
		goto out;
	}
	if (!pjf || !pjf->data) {
		ferr_set(e, FERR_INPUT, "%s: tarball: no package.json at the package root", who);
		goto out;
	}
	char *what = xasprintf("%s: package.json", who);
	pj = jsonmem_load_object(pjf->data, pjf->len, 0, what, e);
	free(what);
	if (!pj)
		goto out;
	char *n = NULL, *v = NULL;
	if (get_str(pj, "name", &n, who, e) || get_str(pj, "version", &v, who, e)) {
		free(n);
		goto out;
	}
	int same = strcmp(n, p->name) == 0 && strcmp(v, p->version) == 0;
	if (!same)
		ferr_set(e, FERR_INPUT, "%s: package.json: names %.100s@%.100s, not the version asked for", who, n, v);
	free(n);
	free(v);
	if (!same)
		goto out;
	if (get_str(pj, "description", &p->description, who, e) || read_license(pj, p, who, e) ||
	    get_str(pj, "homepage", &p->homepage, who, e) ||
	    get_str_or(pj, "repository", "url", &p->repository, who, e) ||
	    get_str_or(pj, "author", "name", &p->author, who, e))
		goto out;
	if (manifest_deps(pj, 1, p, who, e) != 0)
		goto out;
	if (read_bins(pj, p, f, who, e) || read_mans(pj, p, who, e))
		goto out;
	json_t *scripts = json_object_get(pj, "scripts");
	if (scripts && !json_is_object(scripts)) {
		ferr_set(e, FERR_INPUT, "%s: scripts: expected an object", who);
		goto out;
	}
	static const char *hooks[] = {"preinstall", "install", "postinstall"};
	for (size_t i = 0; i < 3; i++) {
		json_t *s = json_object_get(scripts, hooks[i]);
		if (s && !json_is_string(s)) {
			ferr_set(e, FERR_INPUT, "%s: scripts.%s: expected a string", who, hooks[i]);
			goto out;
		}
		if (s)
			strv_push(&p->hooks, xasprintf("%s: %s", hooks[i], json_string_value(s)));
	}
	native_from_files(f, pj, scripts, p);
	contents_scan(f, p);
	struct strv entries = {0};
	entry_points(pj, p, &entries);
	contents_nosource(f, &entries, p);
	strv_free(&entries);
	if (p->manifest) {
		json_t *reg = json_loads(p->manifest, 0, NULL);
		compare_manifest(pj, reg, p);
		json_decref(reg);
	}
	pkg_sort(p);
	rc = 0;
out:
	json_decref(pj);
	free(who);
	return rc;
}

static const char *str_or_null(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

/* versions with their time and deprecation; time's other keys are
 * versions unpublished, and a package unpublished whole keeps
 * time.unpublished.versions */
static int npm_history(const char *doc, size_t len, const char *name, struct history *h, struct ferr *e)
{
	char *what = xasprintf("%s: registry metadata", name);
	json_t *root = jsonmem_load_object(doc, len, 0, what, e);
	free(what);
	if (!root)
		return -1;
	json_t *versions = json_object_get(root, "versions"), *time = json_object_get(root, "time");
	const char *k;
	json_t *m, *t;
	json_object_foreach(versions, k, m) {
		history_add(h, k, str_or_null(time, k), 0, str_or_null(m, "deprecated"));
		json_t *dist = json_object_get(m, "dist"), *sigs = json_object_get(dist, "signatures");
		h->v[h->n - 1].trust = (json_is_array(sigs) && json_array_size(sigs) ? HIST_SIGNED : 0) |
				       (json_object_get(dist, "attestations") ? HIST_ATTESTED : 0);
	}
	json_object_foreach(time, k, t) {
		if (strcmp(k, "created") != 0 && strcmp(k, "modified") != 0 && strcmp(k, "unpublished") != 0 &&
		    !json_object_get(versions, k))
			strv_add(&h->unpublished, k);
	}
	json_t *un = json_object_get(json_object_get(time, "unpublished"), "versions");
	size_t i;
	json_array_foreach(un, i, t)
		if (json_is_string(t))
			strv_add(&h->unpublished, json_string_value(t));
	const char *created = str_or_null(time, "created");
	if (created)
		h->first = xstrdup(created);
	json_decref(root);
	return 0;
}

/* base: runtime and peer dependencies, and the optional ones (optional
 * peers too) when asked for; test: the dev dependencies; npm has no
 * features */
static int npm_needs(const struct pkg *p, enum unit_kind k, const char *feature, const struct family *f, int optional,
		     reader_need_fn need, void *ctx, struct strv *self, struct ferr *e)
{
	(void)feature, (void)f, (void)self, (void)e;
	for (size_t i = 0; k != UNIT_FEATURE && i < p->ndeps; i++) {
		const struct dep *d = &p->deps[i];
		int opt = dep_kind_optional(d->kind);
		int use = k == UNIT_TEST ? d->kind == DEP_DEV
					 : d->kind == DEP_RUNTIME || d->kind == DEP_PEER || (opt && optional);
		if (use)
			need(ctx, d->name, NULL, d->range, opt ? DEP_OPTIONAL : d->kind);
	}
	return 0;
}

static int npm_signed_check(const char *keys, size_t len, const char *from, const struct pkg *p, char **by,
			    struct ferr *e)
{
	struct npmkeys k;
	char *what = xasprintf("%s@%s: registry keys %s", p->name, p->version, from);
	int rc = npmkeys_parse(keys, len, what, &k, e);
	free(what);
	if (rc == 0)
		rc = npmsig_check(&k, p, from, by, e);
	npmkeys_free(&k);
	return rc;
}

static int npm_provenance_check(const char *doc, size_t len, const char *from, const struct sigroot *root,
				const struct registry_doc *keys, const struct pkg *p, struct provenance **out,
				struct ferr *e)
{
	struct npmkeys k = {0};
	char *what = keys ? xasprintf("%s@%s: registry keys %s", p->name, p->version, keys->url) : NULL;
	int rc = keys ? npmkeys_parse(keys->body, keys->len, what, &k, e) : 0;
	free(what);
	if (rc == 0)
		rc = npmprov_check(doc, len, from, root, &k, p, out, e);
	npmkeys_free(&k);
	return rc;
}

const struct reader npm_reader = {
	.eco = "npm",
	.select = npm_select,
	.want = npm_want,
	.read = npm_read,
	.parse = npm_parse,
	.select_parsed = npm_select_parsed,
	.parsed_free = npm_parsed_free,
	.history = npm_history,
	.needs = npm_needs,
	.signed_check = npm_signed_check,
	.provenance_check = npm_provenance_check,
	.pack = packrules_npm,
	.pack_generated = packrules_npm_generated,
	.mirror_doc_path = npmmirror_doc_path,
	.mirror_artifact_path = npmmirror_artifact_path,
	.mirror_doc = npmmirror_doc,
	.mirror_files = npmmirror_files,
	.mirror_keys_path = npmmirror_keys_path,
	.mirror_attestations_path = npmmirror_attestations_path,
};
