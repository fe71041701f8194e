/* npm's side of the mirror (reader.h's mirror hooks): where the mirror
 * keeps a package's packument and tarballs, the packument of only the
 * mirrored versions, and what a mirrored packument names. */
#include "npmmirror.h"

#include <stdlib.h>
#include <string.h>

#include "jsonmem.h"
#include "../core/npmver.h"
#include "../core/util.h"
#include "../fetch/digest.h"

char *npmmirror_doc_path(const char *name)
{
	return xasprintf("npm/%s/index.html", name);
}

char *npmmirror_artifact_path(const struct pkg *p)
{
	const char *slash = strchr(p->name, '/');
	return xasprintf("npm/%s/-/%s-%s.tgz", p->name, slash ? slash + 1 : p->name, p->version);
}

char *npmmirror_keys_path(void)
{
	return xstrdup("npm/-/npm/v1/keys");
}

char *npmmirror_attestations_path(const struct pkg *p)
{
	return xasprintf("npm/-/npm/v1/attestations/%s@%s", p->name, p->version);
}

/* the highest version among the keys of versions */
static const char *highest(json_t *versions)
{
	const char *best = NULL, *k;
	struct npmver bv = {0}, v;
	json_t *x;
	const char *why;
	json_object_foreach(versions, k, x) {
		if (npmver_parse(k, &v, &why) != 0)
			continue;
		if (!best || npmver_cmp(&v, &bv) > 0) {
			npmver_free(&bv);
			bv = v, best = k;
		} else {
			npmver_free(&v);
		}
	}
	npmver_free(&bv);
	return best;
}

int npmmirror_doc(const char *doc, size_t len, const char *have, size_t hlen, const struct pkg *p, const char *tarball,
		  char **out, size_t *outlen, struct ferr *e)
{
	char *what = xasprintf("%s: packument", p->name);
	json_t *up = jsonmem_load_object(doc, len, 0, what, e);
	json_t *mine = up && have ? jsonmem_load_object(have, hlen, 0, "the mirror's packument", e)
				  : up ? json_object() : NULL;
	free(what);
	int rc = -1;
	json_t *v = json_object_get(json_object_get(up, "versions"), p->version);
	if (!mine || !json_is_object(v)) {
		if (up && mine)
			ferr_set(e, FERR_INPUT, "%s@%s: packument: no such version", p->name, p->version);
		goto out;
	}
	static const char *const top[] = {"name", "description", "maintainers", "license", "homepage", "repository",
					  "keywords", "author", "bugs"};
	for (size_t i = 0; i < sizeof top / sizeof top[0]; i++)
		if (json_object_get(up, top[i]))
			json_object_set(mine, top[i], json_object_get(up, top[i]));
	json_t *versions = json_object_get(mine, "versions");
	if (!json_is_object(versions)) {
		versions = json_object();
		json_object_set_new(mine, "versions", versions);
	}
	json_t *copy = json_deep_copy(v);   /* upstream's, dist.integrity and signatures as they are */
	json_object_set_new(json_object_get(copy, "dist"), "tarball", json_string(tarball));
	json_object_set_new(versions, p->version, copy);
	json_t *time = json_object_get(mine, "time");
	if (!json_is_object(time)) {
		time = json_object();
		json_object_set_new(mine, "time", time);
	}
	json_t *t = json_object_get(json_object_get(up, "time"), p->version);
	if (json_is_string(t))
		json_object_set(time, p->version, t);
	json_t *tags = json_object();   /* upstream's tags that name mirrored versions; latest the highest else */
	const char *k;
	json_t *x;
	json_object_foreach(json_object_get(up, "dist-tags"), k, x)
		if (json_is_string(x) && json_object_get(versions, json_string_value(x)))
			json_object_set(tags, k, x);
	json_object_foreach(json_object_get(mine, "dist-tags"), k, x)
		if (!json_object_get(tags, k) && json_is_string(x) && json_object_get(versions, json_string_value(x)))
			json_object_set(tags, k, x);
	if (!json_object_get(tags, "latest"))
		json_object_set_new(tags, "latest", json_string(highest(versions)));
	json_object_set_new(mine, "dist-tags", tags);
	*out = jsonmem_dumps(mine, JSON_INDENT(1) | JSON_SORT_KEYS);
	*outlen = *out ? strlen(*out) : 0;
	rc = *out ? 0 : ferr_set(e, FERR_IO, "%s: the mirror's packument could not be written", p->name);
out:
	json_decref(up);
	json_decref(mine);
	return rc;
}

int npmmirror_files(const char *doc, size_t len, const char *base, struct strv *out, struct ferr *e)
{
	json_t *d = jsonmem_load_object(doc, len, 0, "the mirror's packument", e);
	if (!d)
		return -1;
	const char *k;
	json_t *v;
	size_t bl = strlen(base);
	int rc = 0;
	json_object_foreach(json_object_get(d, "versions"), k, v) {
		json_t *dist = json_object_get(v, "dist");
		const char *tb = json_string_value(json_object_get(dist, "tarball"));
		const char *in = json_string_value(json_object_get(dist, "integrity"));
		const char *sha = json_string_value(json_object_get(dist, "shasum"));
		char *hex = digest_sri_sha512_hex(in);
		if (!tb || strncmp(tb, base, bl) != 0 || strstr(tb + bl, "..") || strchr(tb + bl, '\t')) {
			rc = ferr_set(e, FERR_INPUT, "version %s: dist.tarball '%.200s' is not in the mirror", k, tb ? tb : "");
		} else if (!hex && !sha) {
			rc = ferr_set(e, FERR_INPUT, "version %s: dist: neither a sha512 integrity nor a shasum", k);
		} else {
			strv_push(out, hex ? xasprintf("%s\tsha512\t%s", tb + bl, hex) : xasprintf("%s\tsha1\t%s", tb + bl, sha));
		}
		free(hex);
		if (rc != 0)
			break;
	}
	json_decref(d);
	return rc;
}
