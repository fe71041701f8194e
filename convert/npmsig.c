/* npm registry signatures and keys (npmsig.h). */
#include "npmsig.h"

#include <stdlib.h>
#include <string.h>

#include "jsonmem.h"
#include "../core/base64.h"
#include "../core/date.h"
#include "../core/util.h"

void npmkeys_free(struct npmkeys *k)
{
	for (size_t i = 0; i < k->n; i++) {
		free(k->v[i].keyid), free(k->v[i].usage);
		pubkey_free(k->v[i].key);
	}
	free(k->v);
	memset(k, 0, sizeof *k);
}

/* obj[key]: a string (into *out, borrowed), absent or null (*out NULL); -1
 * when it is anything else */
static int opt_string(json_t *obj, const char *key, const char **out)
{
	json_t *v = json_object_get(obj, key);
	*out = json_is_string(v) ? json_string_value(v) : NULL;
	return v && !json_is_null(v) && !json_is_string(v) ? -1 : 0;
}

/* an ISO time or none: -1 in *t when s is NULL; FERR_INPUT when bad */
static int when(const char *s, long long *t, const char *what, size_t i, const char *field, struct ferr *e)
{
	*t = -1;
	if (!s)
		return 0;
	if ((*t = date_parse_iso(s)) < 0)
		return ferr_set(e, FERR_INPUT, "%s: keys[%zu].%s: '%.60s' is not an ISO 8601 time", what, i, field, s);
	return 0;
}

/* one key of either shape into *k */
static int key_parse(json_t *it, const char *what, size_t i, struct npmkey *k, struct ferr *e)
{
	const char *id = NULL, *usage = NULL, *raw = NULL, *details = NULL, *start = NULL, *end = NULL;
	json_t *pk = json_object_get(it, "publicKey");
	if (json_is_object(pk)) {   /* Sigstore's form */
		json_t *vf = json_object_get(pk, "validFor");
		if (opt_string(it, "keyId", &id) || opt_string(it, "keyUsage", &usage) ||
		    opt_string(pk, "rawBytes", &raw) || opt_string(pk, "keyDetails", &details) ||
		    (vf && !json_is_object(vf)) || opt_string(vf, "start", &start) || opt_string(vf, "end", &end))
			return ferr_set(e, FERR_INPUT, "%s: keys[%zu]: a field is not a string", what, i);
		if (details && strcmp(details, "PKIX_ECDSA_P256_SHA_256") != 0)
			return ferr_set(e, FERR_INPUT, "%s: keys[%zu].publicKey.keyDetails: '%.60s', not PKIX_ECDSA_P256_SHA_256",
					what, i, details);
	} else {                    /* the keys endpoint's */
		const char *type = NULL, *scheme = NULL;
		if (opt_string(it, "keyid", &id) || opt_string(it, "key", &raw) || opt_string(it, "keytype", &type) ||
		    opt_string(it, "scheme", &scheme) || opt_string(it, "expires", &end))
			return ferr_set(e, FERR_INPUT, "%s: keys[%zu]: a field is not a string", what, i);
		if ((type && strcmp(type, "ecdsa-sha2-nistp256") != 0) || (scheme && strcmp(scheme, "ecdsa-sha2-nistp256") != 0))
			return ferr_set(e, FERR_INPUT, "%s: keys[%zu]: keytype '%.60s', scheme '%.60s': not ecdsa-sha2-nistp256",
					what, i, type ? type : "", scheme ? scheme : "");
	}
	if (!id || !*id || strlen(id) > 200 || !raw)
		return ferr_set(e, FERR_INPUT, "%s: keys[%zu]: no key id or no key", what, i);
	if (when(start, &k->start, what, i, "validFor.start", e) || when(end, &k->end, what, i, pk ? "validFor.end" : "expires", e))
		return -1;
	size_t dl;
	unsigned char *der = base64_decode(raw, strlen(raw), &dl);
	const char *why = "not base64";
	k->key = der ? pubkey_der(der, dl, &why) : NULL;
	free(der);
	if (!k->key)
		return ferr_set(e, FERR_INPUT, "%s: keys[%zu] (%.100s): %s", what, i, id, why);
	if (strcmp(pubkey_kind(k->key), "ecdsa-p256") != 0)
		return ferr_set(e, FERR_INPUT, "%s: keys[%zu] (%.100s): a %s key, not ECDSA P-256", what, i, id,
				pubkey_kind(k->key));
	k->keyid = xstrdup(id);
	k->usage = xstrdup(usage ? usage : "");
	return 0;
}

int npmkeys_parse(const char *doc, size_t len, const char *what, struct npmkeys *out, struct ferr *e)
{
	memset(out, 0, sizeof *out);
	if (len > NPMKEYS_MAX_DOC)
		return ferr_set(e, FERR_INPUT, "%s: larger than %zu bytes", what, NPMKEYS_MAX_DOC);
	json_t *root = jsonmem_load_object(doc, len, 0, what, e);
	if (!root)
		return -1;
	json_t *keys = json_object_get(root, "keys");
	int rc = 0;
	if (!json_is_array(keys) || json_array_size(keys) > NPMKEYS_MAX)
		rc = ferr_set(e, FERR_INPUT, "%s: keys: expected a list of at most %d keys", what, NPMKEYS_MAX);
	size_t i;
	json_t *it;
	if (rc == 0) {
		out->v = xcalloc(json_array_size(keys) + 1, sizeof *out->v);
		json_array_foreach(keys, i, it) {
			if (!json_is_object(it)) {
				rc = ferr_set(e, FERR_INPUT, "%s: keys[%zu]: expected an object", what, i);
				break;
			}
			if (key_parse(it, what, i, &out->v[out->n], e) != 0) {
				pubkey_free(out->v[out->n].key);
				rc = -1;
				break;
			}
			out->n++;
		}
	}
	json_decref(root);
	if (rc != 0)
		npmkeys_free(out);
	return rc;
}

const struct npmkey *npmkeys_find(const struct npmkeys *k, const char *id, const char *usage, long long t,
				  const struct npmkey **near)
{
	*near = NULL;
	for (size_t i = 0; i < k->n; i++) {
		const struct npmkey *x = &k->v[i];
		if (strcmp(x->keyid, id) != 0 || (*x->usage && strcmp(x->usage, usage) != 0))
			continue;
		if (t < 0 || ((x->start < 0 || t >= x->start) && (x->end < 0 || t < x->end)))
			return x;
		*near = x;
	}
	return NULL;
}

static int window_error(const struct pkg *p, const struct npmkey *x, long long t, struct ferr *e)
{
	char *s = x->start >= 0 ? date_iso(x->start) : xstrdup("(open)");
	char *en = x->end >= 0 ? date_iso(x->end) : xstrdup("(open)");
	ferr_set(e, FERR_INTEGRITY, "%s@%s: registry signature: key %s is valid from %s to %s, and the version was "
		 "published %s, %s it", p->name, p->version, x->keyid, s, en, p->publish_time,
		 x->start >= 0 && t < x->start ? "before" : "after");
	free(s), free(en);
	return -1;
}

int npmsig_check(const struct npmkeys *k, const struct pkg *p, const char *from, char **by, struct ferr *e)
{
	*by = NULL;
	long long t = p->publish_time && *p->publish_time ? date_parse_iso(p->publish_time) : -1;
	if (p->publish_time && *p->publish_time && t < 0)
		return ferr_set(e, FERR_INPUT, "%s@%s: time: '%.60s' is not an ISO 8601 time", p->name, p->version,
				p->publish_time);
	char *msg = xasprintf("%s@%s:%s", p->name, p->version, p->integrity ? p->integrity : "");
	struct strv ids = {0};
	int rc = 0;
	for (size_t i = 0; i < p->signatures.n && rc == 0; i++) {
		const char *s = p->signatures.v[i], *tab = strchr(s, '\t');
		char *id = xstrndup(s, (size_t)(tab - s));
		const struct npmkey *near, *x = npmkeys_find(k, id, "npm:signatures", t, &near);
		size_t sl;
		unsigned char *sig = base64_decode(tab + 1, strlen(tab + 1), &sl);
		if (!x && near)
			rc = window_error(p, near, t, e);
		else if (!x)
			rc = ferr_set(e, FERR_INTEGRITY, "%s@%s: registry signature: key %.100s is not among the keys of %.300s",
				      p->name, p->version, id, from);
		else if (!sig || !pubkey_verify(x->key, msg, strlen(msg), sig, sl))
			rc = ferr_set(e, FERR_INTEGRITY, "%s@%s: registry signature: bad signature by key %s over '%.300s'",
				      p->name, p->version, x->keyid, msg);
		else if (!strv_has(&ids, id))
			strv_add(&ids, id);
		free(sig), free(id);
	}
	if (rc == 0) {
		char *j = strv_join(&ids, ", ");
		*by = t < 0 ? xasprintf("%s (publish time unknown: the key's window not checked)", j) : xstrdup(j);
		free(j);
	}
	strv_free(&ids);
	free(msg);
	return rc;
}
