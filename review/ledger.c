/* The review ledger: entries on disk, their signatures, and vetting. */
#include "ledger.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/toml.h"
#include "../fetch/digest.h"
#include "../fetch/files.h"
#include "../fetch/localfile.h"

int mkstemp(char *template);   /* POSIX; hidden under strict C11 */

#define MAX_ENTRY (1u << 20)

/* ---- small pieces ------------------------------------------------------- */

/* path whole into b (fetch/localfile.h): -1 with errno (ENOENT: no such
 * file, EFBIG: over max) */
static int read_all(const char *path, size_t max, struct buf *b)
{
	size_t len = 0;
	char *p = localfile_read(path, max, &len);
	if (!p)
		return -1;
	buf_add(b, p, len);
	if (!b->p)
		buf_adds(b, "");
	free(p);
	return 0;
}

/* a path segment ferry may create: no "..", no separators but in names */
static int safe_chars(const char *s, const char *extra)
{
	if (!s || !*s || s[0] == '.' || strstr(s, ".."))
		return 0;
	for (; *s; s++)
		if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-~!", *s) && !strchr(extra, *s))
			return 0;
	return 1;
}

static int safe_name(const char *name)
{
	/* npm scopes: "@scope/name", one slash, neither part empty */
	const char *slash = strchr(name ? name : "", '/');
	if (slash && (name[0] != '@' || slash == name + 1 || !slash[1] || strchr(slash + 1, '/')))
		return 0;
	return safe_chars(name, "@/");
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* ---- criteria ------------------------------------------------------------ */

static void add_criteria(struct ledger *l, const char *name, const char *desc, const char *implies)
{
	l->crit = xrealloc(l->crit, (l->ncrit + 1) * sizeof *l->crit);
	struct ledger_criteria *c = &l->crit[l->ncrit++];
	memset(c, 0, sizeof *c);
	c->name = xstrdup(name);
	c->description = xstrdup(desc);
	if (implies)
		strv_add(&c->implies, implies);
}

static const struct ledger_criteria *criteria_find(const struct ledger *l, const char *name)
{
	for (size_t i = 0; i < l->ncrit; i++)
		if (strcmp(l->crit[i].name, name) == 0)
			return &l->crit[i];
	return NULL;
}

int ledger_criteria_known(const struct ledger *l, const char *name)
{
	return criteria_find(l, name) != NULL;
}

/* depth-first through implies; the depth bound stops cycles */
static int implies(const struct ledger *l, const char *have, const char *want, int depth)
{
	if (strcmp(have, want) == 0)
		return 1;
	const struct ledger_criteria *c = criteria_find(l, have);
	if (!c || depth > 32)
		return 0;
	for (size_t i = 0; i < c->implies.n; i++)
		if (implies(l, c->implies.v[i], want, depth + 1))
			return 1;
	return 0;
}

int ledger_satisfies(const struct ledger *l, const struct strv *have, const char *want)
{
	for (size_t i = 0; i < have->n; i++)
		if (implies(l, have->v[i], want, 0))
			return 1;
	return 0;
}

/* a string, or an array of strings, into out; -1 for anything else */
static int str_or_list(const struct toml *v, struct strv *out)
{
	if (toml_type(v) == TOML_STRING) {
		strv_add(out, toml_string(v, NULL));
		return 0;
	}
	if (toml_type(v) != TOML_ARRAY)
		return -1;
	for (size_t i = 0; i < toml_len(v); i++) {
		if (toml_type(toml_at(v, i)) != TOML_STRING)
			return -1;
		strv_add(out, toml_string(toml_at(v, i), NULL));
	}
	return 0;
}

int ledger_open(const char *dir, struct ledger *l, struct ferr *e)
{
	memset(l, 0, sizeof *l);
	l->dir = xstrdup(dir);
	l->policy_criteria = xstrdup("safe-to-deploy");
	add_criteria(l, "safe-to-run", "may be built, tested and run on a developer's machine or in CI", NULL);
	add_criteria(l, "safe-to-deploy", "may be shipped to users: no unsafe behaviour reachable by untrusted input",
		     "safe-to-run");
	char *path = xasprintf("%s/config.toml", dir);
	struct buf b = {0};
	int rc = 0;
	if (read_all(path, MAX_ENTRY, &b) != 0) {
		rc = errno == ENOENT ? 0 : ferr_set(e, FERR_IO, "ledger: %s: unreadable", path);
		goto out;
	}
	char err[200];
	struct toml *doc = toml_parse(b.p, b.len, err, sizeof err);
	if (!doc) {
		rc = ferr_set(e, FERR_INPUT, "ledger: %s: %s", path, err);
		goto out;
	}
	const struct toml *pol = toml_get(doc, "policy");
	int flag;
	if (toml_bool(toml_get(pol, "require-review"), &flag) == 0)
		l->require_review = flag;
	if (toml_bool(toml_get(pol, "trust-imports"), &flag) == 0)
		l->trust_imports = flag;
	if (toml_bool(toml_get(pol, "require-provenance"), &flag) == 0)
		l->require_provenance = flag;
	if (toml_bool(toml_get(pol, "require-signatures"), &flag) == 0)
		l->require_signatures = flag;
	const char *pc = toml_str(pol, "criteria");
	if (pc) {
		free(l->policy_criteria);
		l->policy_criteria = xstrdup(pc);
	}
	const struct toml *crit = toml_get(doc, "criteria");
	if (crit && toml_type(crit) != TOML_TABLE)
		rc = ferr_set(e, FERR_INPUT, "ledger: %s: criteria: expected [criteria.NAME] tables", path);
	for (size_t i = 0; i < toml_len(crit) && rc == 0; i++) {
		const char *name = toml_key(crit, i, NULL);
		const struct toml *c = toml_at(crit, i);
		if (criteria_find(l, name)) {
			rc = ferr_set(e, FERR_INPUT, "ledger: %s: criteria '%.100s' is built in or declared twice", path, name);
			break;
		}
		if (!safe_chars(name, "")) {
			rc = ferr_set(e, FERR_INPUT, "ledger: %s: criteria '%.100s': not a plain name", path, name);
			break;
		}
		const char *desc = toml_str(c, "description");
		add_criteria(l, name, desc ? desc : "", NULL);
		const struct toml *imp = toml_get(c, "implies");
		if (imp && str_or_list(imp, &l->crit[l->ncrit - 1].implies) != 0)
			rc = ferr_set(e, FERR_INPUT, "ledger: %s: criteria.%.100s.implies: expected a name or a list of names",
				      path, name);
	}
	for (size_t i = 0; i < l->ncrit && rc == 0; i++)
		for (size_t k = 0; k < l->crit[i].implies.n; k++)
			if (!criteria_find(l, l->crit[i].implies.v[k])) {
				rc = ferr_set(e, FERR_INPUT, "ledger: %s: criteria '%s' implies '%.100s', which is not declared",
					      path, l->crit[i].name, l->crit[i].implies.v[k]);
				break;
			}
	toml_free(doc);
out:
	buf_free(&b);
	free(path);
	return rc;
}

void audit_free(struct audit *a)
{
	free(a->file), free(a->eco), free(a->name), free(a->version), free(a->from);
	free(a->sha256), free(a->sha512), free(a->from_sha256), free(a->from_sha512);
	strv_free(&a->criteria);
	free(a->who), free(a->fingerprint), free(a->date), free(a->notes), free(a->origin);
	free(a->signed_by), free(a->prov_repository), free(a->prov_commit), free(a->prov_workflow), free(a->prov_log_index);
	memset(a, 0, sizeof *a);
}

void ledger_free(struct ledger *l)
{
	free(l->dir);
	free(l->policy_criteria);
	for (size_t i = 0; i < l->ncrit; i++) {
		free(l->crit[i].name), free(l->crit[i].description);
		strv_free(&l->crit[i].implies);
	}
	free(l->crit);
	sign_keyring_free(l->keys);
	for (size_t i = 0; i < l->n; i++)
		audit_free(&l->v[i]);
	free(l->v);
	strv_free(&l->rejected);
	memset(l, 0, sizeof *l);
}

/* ---- entries as text --------------------------------------------------- */

/* a TOML basic string: quotes, backslashes and every control character
 * escaped, so an entry is always one line per key */
static void toml_quote(struct buf *b, const char *s)
{
	buf_addc(b, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': buf_adds(b, "\\\""); break;
		case '\\': buf_adds(b, "\\\\"); break;
		case '\n': buf_adds(b, "\\n"); break;
		case '\t': buf_adds(b, "\\t"); break;
		case '\r': buf_adds(b, "\\r"); break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				buf_printf(b, "\\u%04x", *p);
			else
				buf_addc(b, (char)*p);
		}
	}
	buf_addc(b, '"');
}

static void kv(struct buf *b, const char *key, const char *val)
{
	if (!val)
		return;
	buf_printf(b, "%s = ", key);
	toml_quote(b, val);
	buf_addc(b, '\n');
}

char *audit_toml(const struct audit *a)
{
	struct buf b = {0};
	buf_adds(&b, "# ferry audit (README.md: The review ledger)\n");
	kv(&b, "ecosystem", a->eco);
	kv(&b, "name", a->name);
	kv(&b, "version", a->version);
	kv(&b, "delta-from", a->from);
	kv(&b, "sha256", a->sha256);
	kv(&b, "sha512", a->sha512);
	if (a->size >= 0 && a->sha256)
		buf_printf(&b, "size = %lld\n", a->size);
	if (a->from) {
		kv(&b, "from-sha256", a->from_sha256);
		kv(&b, "from-sha512", a->from_sha512);
		if (a->from_size >= 0 && a->from_sha256)
			buf_printf(&b, "from-size = %lld\n", a->from_size);
	}
	buf_adds(&b, "criteria = [");
	for (size_t i = 0; i < a->criteria.n; i++) {
		if (i)
			buf_adds(&b, ", ");
		toml_quote(&b, a->criteria.v[i]);
	}
	buf_adds(&b, "]\n");
	kv(&b, "who", a->who);
	kv(&b, "fingerprint", a->fingerprint);
	kv(&b, "date", a->date);
	kv(&b, "origin", a->origin);
	kv(&b, "registry-signature", a->signed_by);
	kv(&b, "provenance-repository", a->prov_repository);
	kv(&b, "provenance-commit", a->prov_commit);
	kv(&b, "provenance-workflow", a->prov_workflow);
	kv(&b, "provenance-log-index", a->prov_log_index);
	kv(&b, "notes", a->notes && *a->notes ? a->notes : NULL);
	return buf_steal(&b);
}

static char *opt_str(const struct toml *doc, const char *key)
{
	const char *s = toml_str(doc, key);
	return s ? xstrdup(s) : NULL;
}

static long long opt_int(const struct toml *doc, const char *key)
{
	int64_t v;
	return toml_int(toml_get(doc, key), &v) == 0 && v >= 0 ? (long long)v : -1;
}

static int is_hex(const char *s, size_t n)
{
	return s && strlen(s) == n && strspn(s, "0123456789abcdef") == n;
}

/* text -> audit; the reason in why on failure */
static int audit_parse(const char *text, size_t len, struct audit *a, char *why, size_t whylen)
{
	char err[200];
	struct toml *doc = toml_parse(text, len, err, sizeof err);
	if (!doc) {
		snprintf(why, whylen, "not TOML: %s", err);
		return -1;
	}
	memset(a, 0, sizeof *a);
	a->eco = opt_str(doc, "ecosystem");
	a->name = opt_str(doc, "name");
	a->version = opt_str(doc, "version");
	a->from = opt_str(doc, "delta-from");
	a->sha256 = opt_str(doc, "sha256");
	a->sha512 = opt_str(doc, "sha512");
	a->size = opt_int(doc, "size");
	a->from_sha256 = opt_str(doc, "from-sha256");
	a->from_sha512 = opt_str(doc, "from-sha512");
	a->from_size = opt_int(doc, "from-size");
	a->who = opt_str(doc, "who");
	a->fingerprint = opt_str(doc, "fingerprint");
	a->date = opt_str(doc, "date");
	a->notes = opt_str(doc, "notes");
	a->origin = opt_str(doc, "origin");
	a->signed_by = opt_str(doc, "registry-signature");
	a->prov_repository = opt_str(doc, "provenance-repository");
	a->prov_commit = opt_str(doc, "provenance-commit");
	a->prov_workflow = opt_str(doc, "provenance-workflow");
	a->prov_log_index = opt_str(doc, "provenance-log-index");
	int rc = 0;
	const struct toml *crit = toml_get(doc, "criteria");
	if (!a->eco || !a->name || !a->version || !a->who || (!a->date && !a->origin)) {
		snprintf(why, whylen, "lacks one of ecosystem, name, version, who, date");
		rc = -1;
	} else if (!crit || str_or_list(crit, &a->criteria) != 0 || a->criteria.n == 0) {
		snprintf(why, whylen, "criteria: expected a list of names");
		rc = -1;
	} else if (!safe_name(a->name) || !safe_chars(a->version, "") || (a->from && !safe_chars(a->from, ""))) {
		snprintf(why, whylen, "name or version is not a plain name");
		rc = -1;
	} else if ((a->sha256 || a->sha512 || !a->origin) && (!is_hex(a->sha256, 64) || !is_hex(a->sha512, 128))) {
		snprintf(why, whylen, "sha256/sha512: expected lower-case hex digests");
		rc = -1;
	} else if (a->from && a->sha256 && (!is_hex(a->from_sha256, 64) || !is_hex(a->from_sha512, 128))) {
		snprintf(why, whylen, "from-sha256/from-sha512: expected lower-case hex digests");
		rc = -1;
	}
	toml_free(doc);
	if (rc != 0)
		audit_free(a);
	return rc;
}

/* ---- loading and verifying ------------------------------------------------ */

static void reject(struct ledger *l, const char *rel, const char *why)
{
	strv_push(&l->rejected, xasprintf("%s/%s: %s", l->dir, rel, why));
}

/* One entry file: parsed, its signature checked (own entries), and it must
 * name the package its folder does. */
static void load_entry(struct ledger *l, const char *rel, int imported, const char *eco, const char *name)
{
	char *path = xasprintf("%s/%s", l->dir, rel), *sigpath = xasprintf("%s.asc", path);
	struct buf text = {0}, sig = {0};
	struct audit a = {0};
	char why[400] = "";
	char *fpr = NULL, *uid = NULL;
	if (read_all(path, MAX_ENTRY, &text) != 0) {
		reject(l, rel, "unreadable or larger than 1 MiB");
		goto out;
	}
	if (!imported) {
		if (read_all(sigpath, MAX_ENTRY, &sig) != 0) {
			reject(l, rel, "unsigned: no readable .asc signature beside it");
			goto out;
		}
		if (sign_verify(l->keys, text.p, text.len, sig.p, sig.len, &fpr, &uid, why, sizeof why) != 0) {
			reject(l, rel, why);
			goto out;
		}
	}
	if (audit_parse(text.p, text.len, &a, why, sizeof why) != 0) {
		reject(l, rel, why);
		goto out;
	}
	/* the folder the entry sits in must be the package it names */
	char *dir = xasprintf("%s/%s/%s/", imported ? "imported" : "audits", a.eco, a.name);
	int placed = str_startswith(rel, dir) && !strchr(rel + strlen(dir), '/');
	free(dir);
	if (!placed || (eco && (strcmp(a.eco, eco) != 0 || strcmp(a.name, name) != 0))) {
		reject(l, rel, "names another package than the folder it is in");
		goto out;
	}
	if (imported && !a.origin) {
		reject(l, rel, "imported entry without an origin");
		goto out;
	}
	if (!imported) {
		if (a.origin) {
			reject(l, rel, "an own entry with an origin: imported entries belong in imported/");
			goto out;
		}
		if (strcmp(a.who, uid) != 0 || !a.fingerprint || strcmp(a.fingerprint, fpr) != 0) {
			snprintf(why, sizeof why, "says it is by '%.100s' but is signed by %.100s <%.60s>", a.who, fpr, uid);
			reject(l, rel, why);
			goto out;
		}
	}
	a.file = xstrdup(rel);
	l->v = xrealloc(l->v, (l->n + 1) * sizeof *l->v);
	l->v[l->n++] = a;
	memset(&a, 0, sizeof a);
out:
	audit_free(&a);
	free(fpr), free(uid);
	buf_free(&text), buf_free(&sig);
	free(path), free(sigpath);
}

/* the *.toml files under rel (recursively or not), sorted */
static void list_entries(const char *top, const char *rel, int recursive, struct strv *out)
{
	char *path = xasprintf("%s/%s", top, rel);
	DIR *d = opendir(path);
	free(path);
	if (!d)
		return;
	struct dirent *de;
	struct strv subs = {0};
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		char *r = xasprintf("%s/%s", rel, de->d_name);
		if (str_endswith(de->d_name, ".toml")) {
			strv_push(out, r);
			continue;
		}
		if (recursive && !str_endswith(de->d_name, ".asc"))
			strv_push(&subs, r);
		else
			free(r);
	}
	closedir(d);
	for (size_t i = 0; i < subs.n; i++)
		list_entries(top, subs.v[i], recursive, out);
	strv_free(&subs);
}

int ledger_load(struct ledger *l, const char *eco, const char *name, struct ferr *e)
{
	if (!l->keys) {
		char *kd = xasprintf("%s/maintainers", l->dir);
		l->keys = sign_keyring_open(kd, e);
		free(kd);
		if (!l->keys)
			return -1;
	}
	for (int imported = 0; imported < 2; imported++) {
		const char *root = imported ? "imported" : "audits";
		struct strv files = {0};
		char *rel = eco ? xasprintf("%s/%s/%s", root, eco, name) : xstrdup(root);
		if (!eco || (safe_chars(eco, "") && safe_name(name)))
			list_entries(l->dir, rel, eco == NULL, &files);
		free(rel);
		if (files.n)
			qsort(files.v, files.n, sizeof *files.v, cmp_str);
		for (size_t i = 0; i < files.n; i++)
			load_entry(l, files.v[i], imported, eco, name);
		strv_free(&files);
	}
	return 0;
}

/* ---- writing ----------------------------------------------------------------- */

/* data into dir/name, whole or not at all, on disk before it counts
 * (fetch/files.h); errno kept for the message */
static int write_atomic(const char *dir, const char *name, const char *data, size_t len)
{
	char *dst = xasprintf("%s/%s", dir, name);
	int rc = files_write_atomic(dst, data, len, 0644, FILES_DURABLE), err = errno;
	free(dst);
	errno = err;
	return rc;
}

int ledger_fileable(const struct audit *a)
{
	return safe_chars(a->eco, "") && safe_name(a->name) && safe_chars(a->version, "") &&
	       (!a->from || safe_chars(a->from, ""));
}

int ledger_add(const struct ledger *l, struct audit *a, const char *key, char **path, struct ferr *e)
{
	if (!ledger_fileable(a))
		return ferr_set(e, FERR_USAGE, "%s: %s: not a name and version ferry can file in the ledger",
				a->name ? a->name : "", a->version ? a->version : "");
	char *sig = NULL, *text = NULL, *dir = NULL, *file = NULL, *sigfile = NULL, *hash = NULL, *made = NULL;
	int rc = -1;
	if (!a->origin) {
		/* who signs is who reviewed: sign once to learn the key, then
		 * sign the text that names it */
		char *probe = NULL;
		free(a->who), free(a->fingerprint);
		a->who = a->fingerprint = NULL;
		if (sign_detached(key, "", 0, &probe, &a->who, &a->fingerprint, e) != 0)
			goto out;
		free(probe);
	}
	text = audit_toml(a);
	if (!a->origin) {
		char *uid = NULL, *fpr = NULL;
		int s = sign_detached(a->fingerprint, text, strlen(text), &sig, &uid, &fpr, e);
		free(uid), free(fpr);
		if (s != 0)
			goto out;
	}
	hash = digest_hex(DIGEST_SHA256, text, strlen(text));
	const char *root = a->origin ? "imported" : "audits";
	dir = xasprintf("%s/%s/%s/%s", l->dir, root, a->eco, a->name);
	if (a->from)
		file = xasprintf("%s..%s-%.12s.toml", a->from, a->version, hash);
	else
		file = xasprintf("%s-%.12s.toml", a->version, hash);
	sigfile = xasprintf("%s.asc", file);
	if (files_mkdirs_made(dir, 0755, &made) != 0) {
		ferr_set(e, FERR_IO, "%s@%s: ledger: %s: cannot create: %s", a->name, a->version, dir, strerror(errno));
		goto out;
	}
	/* the signature first: a reader never meets an entry without one; a
	 * new entry that cannot be written takes its signature with it (the
	 * same entry already there keeps the new one: it signs the same text) */
	char *entry = xasprintf("%s/%s", dir, file);
	struct stat st;
	int had = lstat(entry, &st) == 0, sig_in = 0;
	free(entry);
	if ((sig && !(sig_in = write_atomic(dir, sigfile, sig, strlen(sig)) == 0)) ||
	    write_atomic(dir, file, text, strlen(text)) != 0) {
		int err = errno;
		if (sig_in && !had) {
			char *s = xasprintf("%s/%s", dir, sigfile);
			unlink(s);
			free(s);
		}
		files_unmake(dir, made);
		ferr_set(e, FERR_IO, "%s@%s: ledger: %s/%s: cannot write: %s", a->name, a->version, dir, file,
			 strerror(err));
		goto out;
	}
	*path = xasprintf("%s/%s/%s/%s", root, a->eco, a->name, file);
	rc = 0;
out:
	free(sig), free(text), free(dir), free(file), free(sigfile), free(hash), free(made);
	return rc;
}

/* ---- vetting ---------------------------------------------------------------- */

struct known {
	const char *version;
	int ok;               /* 1 available, 0 not */
	const char *sha256, *sha512;
};

static const struct known *artifact(struct known **ks, size_t *nk, const char *version, ledger_artifact_fn art,
				    void *ctx)
{
	for (size_t i = 0; i < *nk; i++)
		if (strcmp((*ks)[i].version, version) == 0)
			return &(*ks)[i];
	*ks = xrealloc(*ks, (*nk + 1) * sizeof **ks);
	struct known *k = &(*ks)[(*nk)++];
	long long size;
	k->version = version;
	k->ok = art(ctx, version, &k->sha256, &k->sha512, &size) == 0;
	return k;
}

/* NULL when a counts for the artifacts the registry serves, else why not */
static const char *unbound(const struct audit *a, struct known **ks, size_t *nk, ledger_artifact_fn art, void *ctx)
{
	if (!a->sha256)
		return NULL;   /* an import without digests: by version only */
	const struct known *k = artifact(ks, nk, a->version, art, ctx);
	if (!k->ok)
		return "the registry no longer serves the artifact it audited";
	if (strcmp(k->sha256, a->sha256) != 0 || strcmp(k->sha512, a->sha512) != 0)
		return "digest mismatch: it audited another artifact than the registry serves under that version";
	if (!a->from)
		return NULL;
	k = artifact(ks, nk, a->from, art, ctx);
	if (!k->ok)
		return "the registry no longer serves the artifact it started from";
	if (strcmp(k->sha256, a->from_sha256) != 0 || strcmp(k->sha512, a->from_sha512) != 0)
		return "digest mismatch: the delta started from another artifact than the registry serves";
	return NULL;
}

void ledger_vet(const struct ledger *l, const char *eco, const char *name, const char *version,
		const char *criteria, int trust_imports, ledger_artifact_fn art, void *ctx, struct vet *r)
{
	memset(r, 0, sizeof *r);
	struct known *ks = NULL;
	size_t nk = 0;
	const struct audit **use = xcalloc(l->n + 1, sizeof *use);
	size_t nuse = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct audit *a = &l->v[i];
		if (strcmp(a->eco, eco) != 0 || strcmp(a->name, name) != 0)
			continue;
		if (!ledger_satisfies(l, &a->criteria, criteria))
			continue;
		if (a->origin && !trust_imports) {
			strv_push(&r->notes, xasprintf("%s: imported (%s); counts only with --trust-imports", a->file, a->origin));
			continue;
		}
		const char *why = unbound(a, &ks, &nk, art, ctx);
		if (why) {
			strv_push(&r->notes, xasprintf("%s: does not count: %s", a->file, why));
			continue;
		}
		use[nuse++] = a;
	}
	/* vetted versions grow from full audits through deltas; by[i] is the
	 * audit that vetted vetted_versions[i] (the first, in file order) */
	const struct audit **by = xcalloc(nuse + 1, sizeof *by);
	for (size_t i = 0; i < nuse; i++)
		if (!use[i]->from && !strv_has(&r->vetted_versions, use[i]->version)) {
			by[r->vetted_versions.n] = use[i];
			strv_add(&r->vetted_versions, use[i]->version);
		}
	for (int grew = 1; grew;) {
		grew = 0;
		for (size_t i = 0; i < nuse; i++)
			if (use[i]->from && strv_has(&r->vetted_versions, use[i]->from) &&
			    !strv_has(&r->vetted_versions, use[i]->version)) {
				by[r->vetted_versions.n] = use[i];
				strv_add(&r->vetted_versions, use[i]->version);
				grew = 1;
			}
	}
	/* the chain, walked back from the version */
	const char *at = version;
	for (size_t guard = 0; guard <= nuse; guard++) {
		size_t i;
		for (i = 0; i < r->vetted_versions.n && strcmp(r->vetted_versions.v[i], at) != 0; i++)
			;
		if (i == r->vetted_versions.n)
			break;
		r->chain = xrealloc(r->chain, (r->nchain + 1) * sizeof *r->chain);
		r->chain[r->nchain++] = by[i];
		if (!by[i]->from) {
			r->vetted = 1;
			break;
		}
		at = by[i]->from;
	}
	for (size_t i = 0; i < r->nchain / 2; i++) {
		const struct audit *t = r->chain[i];
		r->chain[i] = r->chain[r->nchain - 1 - i];
		r->chain[r->nchain - 1 - i] = t;
	}
	if (!r->vetted)
		r->nchain = 0;
	strv_sort(&r->vetted_versions);
	free(by);
	free(use);
	free(ks);
}

void vet_free(struct vet *r)
{
	free(r->chain);
	strv_free(&r->vetted_versions);
	strv_free(&r->notes);
	memset(r, 0, sizeof *r);
}
