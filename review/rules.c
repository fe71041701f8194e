/* The review rules.  Each is named in review_rules[] and documented in
 * docs/rules.md (the same table); each pass below adds findings with the
 * rule's id, a severity, one line of explanation and evidence.
 *
 * Code is scanned where it is new: a whole file when it is added (or on a
 * first review), else the '+' lines of its unified diff, so that a rule
 * fires on what this release brings, not on what was already reviewed. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <strings.h>
#include <stdlib.h>
#include <string.h>

#include "review.h"
#include "../core/date.h"
#include "../core/eco.h"
#include "../core/family.h"
#include "../core/util.h"

const struct rule_info review_rules[] = {
	{"install-hook", "an install-time hook (npm preinstall/install/postinstall/prepare, build.rs, setup.py) added or changed, or its code changed; build backend changed"},
	{"install-access", "install-time code reaches the network, spawns processes, reads credentials files or CI/environment variables"},
	{"dep-new", "a new dependency in a patch (high) or minor (medium) release"},
	{"dep-recent", "a dependency first published shortly before this version, or missing from the registry"},
	{"publisher-new", "the publisher was not among the previous version's maintainers"},
	{"maintainers-changed", "the maintainer set changed"},
	{"typosquat", "the name imitates a popular or packaged name whose maintainers it does not share"},
	{"obfuscation", "minified or very long lines outside build output, long encoded blobs, high-entropy literals, eval/exec of decoded data"},
	{"binary", "an executable (ELF, PE, Mach-O by magic bytes) in the source, or native code where there was none"},
	{"size-change", "most code removed, or the size changed tenfold, in a non-major release"},
	{"version-jump", "a version that does not follow the package's history: a jump across majors, an odd tag"},
	{"yanked", "the version is yanked, deprecated, or the registry lists unpublished versions"},
	{"signature-missing", "the registry did not sign this version, though it signed earlier ones (npm dist.signatures)"},
	{"provenance-lost", "no provenance for this version, though earlier versions were published with it"},
	{"provenance-changed", "verified provenance names another repository or workflow than the previous version's, or than the manifest's repository"},
	{"source-mismatch", "with --source: files the artifact ships that its source commit does not hold, or holds otherwise"},
	{"distro-version-gone", "the version the distribution ships is gone from the registry, or yanked or deprecated there"},
};
const size_t review_nrules = sizeof review_rules / sizeof review_rules[0];

/* ---- helpers ------------------------------------------------------------ */

static int has_ci(const char *hay, size_t n, const char *needle)
{
	size_t k = strlen(needle);
	for (size_t i = 0; i + k <= n; i++)
		if (strncasecmp(hay + i, needle, k) == 0)
			return 1;
	return 0;
}

static int has(const char *hay, size_t n, const char *needle)
{
	size_t k = strlen(needle);
	for (size_t i = 0; i + k <= n; i++)
		if (memcmp(hay + i, needle, k) == 0)
			return 1;
	return 0;
}

/* the leading numbers of a version: "3.3.6" -> 3,3,6; missing ones are 0 */
static void numbers(const char *v, long n[3])
{
	n[0] = n[1] = n[2] = 0;
	while (*v && !isdigit((unsigned char)*v))
		v++;
	for (int i = 0; i < 3 && isdigit((unsigned char)*v); i++) {
		n[i] = strtol(v, (char **)&v, 10);
		if (*v != '.')
			break;
		v++;
	}
}

/* A change of the ecosystem's series (eco.h: the one slot rule) is a
 * major bump; within one, the second number tells minor from patch.  A
 * version the ecosystem cannot parse is compared by its numbers. */
enum bump { BUMP_PATCH, BUMP_MINOR, BUMP_MAJOR };
static enum bump bump(const char *eco, const char *a, const char *b)
{
	long x[3], y[3];
	numbers(a, x), numbers(b, y);
	const struct eco *e = eco_find(eco);
	char *sa = e ? e->series(a) : NULL, *sb = e ? e->series(b) : NULL;
	int major = sa && sb ? strcmp(sa, sb) != 0 : x[0] != y[0] || (x[0] == 0 && x[1] != y[1]);
	free(sa);
	free(sb);
	if (major)
		return BUMP_MAJOR;
	return x[1] != y[1] ? BUMP_MINOR : BUMP_PATCH;
}

typedef void (*line_fn)(void *ctx, const char *path, size_t lineno, const char *line, size_t len);

static void each_line(const char *data, size_t len, const char *path, line_fn fn, void *ctx)
{
	size_t no = 1;
	for (const char *p = data, *end = data + len; p < end; no++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		fn(ctx, path, no, p, n);
		p += n + 1;
	}
}

/* the '+' lines of a unified diff with their new line numbers */
static void each_added(const char *diff, const char *path, line_fn fn, void *ctx)
{
	size_t no = 0;
	for (const char *p = diff; *p;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		if (n > 4 && strncmp(p, "@@ -", 4) == 0) {
			const char *plus = memchr(p, '+', n);
			no = plus ? strtoul(plus + 1, NULL, 10) : 0;
		} else if (n >= 3 && (strncmp(p, "+++", 3) == 0 || strncmp(p, "---", 3) == 0) && no == 0) {
			;
		} else if (n && p[0] == '+') {
			fn(ctx, path, no++, p + 1, n - 1);
		} else if (n && p[0] == ' ') {
			no++;
		}
		p += n + (nl ? 1 : 0);
	}
}

/* What this release brings of a file: all of it, or its added lines.
 * Returns 0 when the file is not new or changed. */
static int scan_new(const struct review_in *in, const struct review *r, const struct pkgfile *f, line_fn fn,
		    void *ctx)
{
	if (f->type != 'f' || !f->data || !file_is_text(f->data, f->len))
		return 0;
	if (in->old) {
		const struct filechange *c = NULL;
		for (size_t i = 0; i < r->nfiles; i++)
			if (strcmp(r->files[i].path, f->path) == 0)
				c = &r->files[i];
		if (!c || c->status == 'D')
			return 0;
		if (c->status == 'M' && c->diff && !strstr(c->diff, "): not shown)\n")) {
			each_added(c->diff, f->path, fn, ctx);
			return 1;
		}
	}
	each_line(f->data, f->len, f->path, fn, ctx);
	return 1;
}

static const struct filechange *change(const struct review *r, const char *path)
{
	for (size_t i = 0; i < r->nfiles; i++)
		if (strcmp(r->files[i].path, path) == 0)
			return &r->files[i];
	return NULL;
}

/* ---- install-hook, install-access -------------------------------------- */

/* hooks with those a registry install does not run (npm's prepare: git
 * installs and npm pack run it) */
static void hooks_of(const struct pkg *p, struct strv *out)
{
	for (size_t i = 0; i < p->hooks.n; i++)
		strv_add(out, p->hooks.v[i]);
	for (size_t i = 0; i < p->dev_hooks.n; i++)
		strv_add(out, p->dev_hooks.v[i]);
	strv_sort(out);
}

static const char *hook_value(const struct strv *hooks, const char *key, size_t kl)
{
	for (size_t i = 0; i < hooks->n; i++)
		if (strncmp(hooks->v[i], key, kl) == 0 && hooks->v[i][kl] == ':')
			return hooks->v[i];
	return NULL;
}

/* the package's files a hook runs: "node lib/x.js", "sh ./install.sh",
 * "build script: build.rs", setup.py */
static void install_files(const struct pkg *p, const struct strv *hooks, const struct pkgfiles *f, struct strv *out)
{
	for (size_t i = 0; i < hooks->n; i++) {
		const char *cmd = strchr(hooks->v[i], ':');
		cmd = cmd ? cmd + 1 : hooks->v[i];
		char *copy = xstrdup(cmd);
		for (char *tok = strtok(copy, " \t&|;()\"'"); tok; tok = strtok(NULL, " \t&|;()\"'")) {
			const char *t = str_startswith(tok, "./") ? tok + 2 : tok;
			char *js = xasprintf("%s.js", t);
			if (pkgfiles_find(f, t) && pkgfiles_find(f, t)->type == 'f')
				strv_add(out, t);
			else if (pkgfiles_find(f, js))
				strv_add(out, js);
			free(js);
		}
		free(copy);
	}
	for (size_t i = 0; i < p->hook_files.n; i++)
		if (pkgfiles_find(f, p->hook_files.v[i]))
			strv_add(out, p->hook_files.v[i]);
	/* what those run in turn: package scripts they name (three levels) */
	for (int depth = 0; depth < 3; depth++) {
		size_t n = out->n;
		for (size_t i = 0; i < n; i++) {
			const struct pkgfile *x = pkgfiles_find(f, out->v[i]);
			if (!x || !x->data)
				continue;
			for (size_t k = 0; k < f->n; k++) {
				const struct pkgfile *y = &f->v[k];
				if (y->type != 'f' || !file_is_code(y) || strv_has(out, y->path))
					continue;
				const char *b = file_basename(y->path);
				if (strlen(b) >= 4 && has(x->data, x->len, b))
					strv_add(out, y->path);
			}
		}
		if (out->n == n)
			break;
	}
	strv_sort(out);
	strv_uniq(out);
}

static void rule_install_hook(const struct review_in *in, struct review *r, const struct strv *oh,
			      const struct strv *nh, const struct strv *files)
{
	const struct eco *e = eco_find(in->eco);
	for (size_t i = 0; i < nh->n; i++) {
		const char *s = nh->v[i], *colon = strchr(s, ':');
		size_t kl = colon ? (size_t)(colon - s) : strlen(s);
		char *ev = e && e->hooks_key ? xasprintf("metadata: %s.%.*s", e->hooks_key, (int)kl, s)
					     : xasprintf("metadata: %.*s", (int)kl, s);
		const char *was = in->old ? hook_value(oh, s, kl) : NULL;
		if (!in->old)
			review_add(r, "install-hook", SEV_MEDIUM, ev, "runs code at install time: %s", s);
		else if (!was)
			review_add(r, "install-hook", SEV_HIGH, ev, "install-time hook added: %s", s);
		else if (strcmp(was, s) != 0)
			review_add(r, "install-hook", SEV_MEDIUM, ev, "install-time hook changed: %s (was %s)", s, was);
		free(ev);
	}
	if (!in->old)
		return;
	for (size_t i = 0; i < files->n; i++) {
		const struct filechange *c = change(r, files->v[i]);
		if (c && c->status != 'D')
			review_add(r, "install-hook", SEV_MEDIUM, files->v[i], "install-time code %s: %s",
				   c->status == 'A' ? "added" : "changed", files->v[i]);
	}
	const char *ob = in->old->build_backend ? in->old->build_backend : "";
	const char *nb = in->new->build_backend ? in->new->build_backend : "";
	if (strcmp(ob, nb) != 0)
		review_add(r, "install-hook", SEV_MEDIUM, "metadata: build-system.build-backend",
			   "build backend changed from '%s' to '%s'", ob, nb);
}

struct pattern {
	const char *text;
	int icase;
	const char *kind;
	enum severity sev;
};

static const struct pattern access_patterns[] = {
	/* credentials: high */
	{".npmrc", 0, "credentials file", SEV_HIGH},
	{".ssh/", 0, "credentials file", SEV_HIGH},
	{"id_rsa", 0, "credentials file", SEV_HIGH},
	{".aws/credentials", 0, "credentials file", SEV_HIGH},
	{".git-credentials", 0, "credentials file", SEV_HIGH},
	{".netrc", 0, "credentials file", SEV_HIGH},
	{".pypirc", 0, "credentials file", SEV_HIGH},
	{".cargo/credentials", 0, "credentials file", SEV_HIGH},
	{".docker/config.json", 0, "credentials file", SEV_HIGH},
	{"Login Data", 0, "browser profile", SEV_HIGH},
	{"Local State", 0, "browser profile", SEV_HIGH},
	{".mozilla/firefox", 0, "browser profile", SEV_HIGH},
	{"google-chrome", 0, "browser profile", SEV_HIGH},
	{"/Library/Application Support/", 0, "browser profile", SEV_HIGH},
	/* network: high in install-time code */
	{"require('http", 0, "network", SEV_HIGH},
	{"require(\"http", 0, "network", SEV_HIGH},
	{"require('net')", 0, "network", SEV_HIGH},
	{"require('dgram')", 0, "network", SEV_HIGH},
	{"require('dns')", 0, "network", SEV_HIGH},
	{"from 'http", 0, "network", SEV_HIGH},
	{"fetch(", 0, "network", SEV_HIGH},
	{"XMLHttpRequest", 0, "network", SEV_HIGH},
	{"curl ", 0, "network", SEV_HIGH},
	{"wget ", 0, "network", SEV_HIGH},
	{"Invoke-WebRequest", 1, "network", SEV_HIGH},
	{"urllib", 0, "network", SEV_HIGH},
	{"import requests", 0, "network", SEV_HIGH},
	{"requests.get", 0, "network", SEV_HIGH},
	{"requests.post", 0, "network", SEV_HIGH},
	{"socket.", 0, "network", SEV_HIGH},
	{"TcpStream", 0, "network", SEV_HIGH},
	{"reqwest", 0, "network", SEV_HIGH},
	{"ureq::", 0, "network", SEV_HIGH},
	{"http://", 0, "network", SEV_HIGH},
	{"https://", 0, "network", SEV_HIGH},
	/* CI variables and tokens: medium */
	{"GITLAB_CI", 0, "CI variable", SEV_MEDIUM},
	{"GITHUB_ACTIONS", 0, "CI variable", SEV_MEDIUM},
	{"GITHUB_TOKEN", 0, "CI variable", SEV_MEDIUM},
	{"CI_JOB_TOKEN", 0, "CI variable", SEV_MEDIUM},
	{"NPM_TOKEN", 0, "CI variable", SEV_MEDIUM},
	{"TRAVIS", 0, "CI variable", SEV_MEDIUM},
	{"JENKINS_", 0, "CI variable", SEV_MEDIUM},
	{"CIRCLECI", 0, "CI variable", SEV_MEDIUM},
	{"AWS_SECRET", 0, "CI variable", SEV_MEDIUM},
	/* processes: medium */
	{"child_process", 0, "process spawn", SEV_MEDIUM},
	{"execSync", 0, "process spawn", SEV_MEDIUM},
	{"spawn(", 0, "process spawn", SEV_MEDIUM},
	{"subprocess", 0, "process spawn", SEV_MEDIUM},
	{"os.system", 0, "process spawn", SEV_MEDIUM},
	{"os.popen", 0, "process spawn", SEV_MEDIUM},
	{"Command::new", 0, "process spawn", SEV_MEDIUM},
	{"start /B", 1, "process spawn", SEV_MEDIUM},
	{"chmod +x", 0, "process spawn", SEV_MEDIUM},
	{"| sh", 0, "process spawn", SEV_MEDIUM},
	{"| bash", 0, "process spawn", SEV_MEDIUM},
	/* environment: low */
	{"process.env", 0, "environment", SEV_LOW},
	{"os.environ", 0, "environment", SEV_LOW},
	{"os.getenv", 0, "environment", SEV_LOW},
	{"env::var", 0, "environment", SEV_LOW},
	{"os.homedir", 0, "home folder", SEV_MEDIUM},
	{"expanduser", 0, "home folder", SEV_MEDIUM},
};
#define NPAT (sizeof access_patterns / sizeof access_patterns[0])

struct access_ctx {
	struct review *r;
	const char *kinds_seen[NPAT];   /* first hit of each kind in this file */
	size_t nseen;
	size_t count[NPAT];
	char *evidence[NPAT];
	const char *what[NPAT];
	enum severity sev[NPAT];
};

static void access_line(void *vctx, const char *path, size_t lineno, const char *line, size_t len)
{
	struct access_ctx *c = vctx;
	for (size_t i = 0; i < NPAT; i++) {
		const struct pattern *p = &access_patterns[i];
		if (!(p->icase ? has_ci(line, len, p->text) : has(line, len, p->text)))
			continue;
		size_t k;
		for (k = 0; k < c->nseen; k++)
			if (strcmp(c->kinds_seen[k], p->kind) == 0)
				break;
		if (k == c->nseen) {
			c->kinds_seen[c->nseen++] = p->kind;
			c->evidence[k] = lineno ? xasprintf("%s:%zu", path, lineno) : xstrdup(path);
			c->what[k] = p->text;
			c->sev[k] = p->sev;
		}
		c->count[k]++;
	}
}

static void access_flush(struct access_ctx *c)
{
	for (size_t k = 0; k < c->nseen; k++) {
		review_add(c->r, "install-access", c->sev[k], c->evidence[k],
			   "install-time code: %s access: \"%s\"%s", c->kinds_seen[k], c->what[k],
			   c->count[k] > 1 ? " (and more)" : "");
		free(c->evidence[k]);
	}
	c->nseen = 0;
	memset(c->count, 0, sizeof c->count);
}

static void rule_install_access(const struct review_in *in, struct review *r, const struct strv *oh,
				const struct strv *nh, const struct strv *files)
{
	struct access_ctx c = {.r = r};
	for (size_t i = 0; i < nh->n; i++) {
		const char *s = nh->v[i], *colon = strchr(s, ':');
		size_t kl = colon ? (size_t)(colon - s) : strlen(s);
		const char *was = in->old ? hook_value(oh, s, kl) : NULL;
		if (was && strcmp(was, s) == 0)
			continue;
		char *ev = xasprintf("metadata: scripts.%.*s", (int)kl, s);
		access_line(&c, ev, 0, s, strlen(s));
		access_flush(&c);
		free(ev);
	}
	for (size_t i = 0; i < files->n; i++) {
		const struct pkgfile *f = pkgfiles_find(in->newf, files->v[i]);
		if (f && scan_new(in, r, f, access_line, &c))
			access_flush(&c);
	}
}

/* ---- dependencies ------------------------------------------------------- */

static const struct dep *find_dep(const struct pkg *p, const char *name)
{
	for (size_t i = 0; p && i < p->ndeps; i++)
		if (strcmp(p->deps[i].name, name) == 0)
			return &p->deps[i];
	return NULL;
}

static void rule_deps(const struct review_in *in, struct review *r)
{
	const struct pkg *n = in->new;
	enum bump b = in->old ? bump(in->eco, in->old->version, n->version) : BUMP_MAJOR;
	long long t1 = date_parse_iso(n->publish_time);
	for (size_t i = 0; i < n->ndeps; i++) {
		const struct dep *d = &n->deps[i];
		if (d->kind == DEP_DEV || (in->old && find_dep(in->old, d->name)))
			continue;
		char *ev = xasprintf("metadata: dependencies.%s", d->name);
		if (in->old && b != BUMP_MAJOR)
			review_add(r, "dep-new", b == BUMP_PATCH ? SEV_HIGH : SEV_MEDIUM, ev,
				   "new dependency %s %s in a %s release (%s to %s)", d->name, d->range,
				   b == BUMP_PATCH ? "patch" : "minor", in->old->version, n->version);
		for (size_t k = 0; k < in->ndeps; k++) {
			const struct depfact *f = &in->deps[k];
			if (strcmp(f->name, d->name) != 0)
				continue;
			long long t0 = date_parse_iso(f->first);
			if (f->missing)
				review_add(r, "dep-recent", SEV_MEDIUM, ev, "dependency %s is not in the registry", d->name);
			else if (t0 >= 0 && t1 >= 0 && t1 - t0 < in->recent_days * 86400)
				review_add(r, "dep-recent", SEV_HIGH, ev,
					   "dependency %s was first published %s, %lld days before this version",
					   d->name, f->first, (t1 - t0) / 86400);
		}
		free(ev);
	}
}

/* ---- people ------------------------------------------------------------- */

static void rule_people(const struct review_in *in, struct review *r)
{
	const struct pkg *o = in->old, *n = in->new;
	if (!o)
		return;
	const char *pub = n->publisher ? n->publisher : "";
	if (*pub && o->maintainers.n && !strv_has(&o->maintainers, pub) &&
	    strcmp(pub, o->publisher ? o->publisher : "") != 0) {
		int added = strv_has(&n->maintainers, pub);
		review_add(r, "publisher-new", added ? SEV_HIGH : SEV_MEDIUM, "metadata: _npmUser",
			   "published by %s, who was not a maintainer of %s%s", pub, o->version,
			   added ? " and was added as one for this release" : "");
	}
	if (!o->maintainers.n && !n->maintainers.n)
		return;
	struct buf add = {0}, del = {0};
	for (size_t i = 0; i < n->maintainers.n; i++)
		if (!strv_has(&o->maintainers, n->maintainers.v[i]))
			buf_printf(&add, "%s%s", add.len ? ", " : "", n->maintainers.v[i]);
	size_t kept = 0;
	for (size_t i = 0; i < o->maintainers.n; i++) {
		if (!strv_has(&n->maintainers, o->maintainers.v[i]))
			buf_printf(&del, "%s%s", del.len ? ", " : "", o->maintainers.v[i]);
		else
			kept++;
	}
	if (add.len || del.len)
		review_add(r, "maintainers-changed", kept ? SEV_LOW : SEV_MEDIUM, "metadata: maintainers",
			   "maintainers changed: added [%s], removed [%s]", add.len ? add.p : "", del.len ? del.p : "");
	buf_free(&add), buf_free(&del);
}

static void owners(const struct pkg *p, struct strv *out)
{
	for (size_t i = 0; i < p->maintainers.n; i++)
		strv_add(out, p->maintainers.v[i]);
	if (p->publisher && *p->publisher)
		strv_add(out, p->publisher);
	const struct eco *e = eco_find(p->eco);
	if (e && e->author_publishes && p->author && *p->author)
		strv_add(out, p->author);
}

static void rule_typosquat(const struct review_in *in, struct review *r)
{
	struct strv mine = {0};
	owners(in->new, &mine);
	for (size_t i = 0; i < in->nlooks; i++) {
		const struct lookalike *l = &in->looks[i];
		int shared = 0;
		for (size_t k = 0; k < l->maintainers.n; k++)
			shared |= strv_has(&mine, l->maintainers.v[k]);
		if (shared)
			continue;   /* the same people: a family of packages, not a squat */
		review_add(r, "typosquat", SEV_HIGH, "metadata: name", "the name %s imitates %s (%s)%s", in->new->name,
			   l->name, l->how, l->known ? ", with none of its maintainers" : "");
		strv_add(&r->impersonated, l->name);
	}
	strv_free(&mine);
}

/* ---- obfuscation -------------------------------------------------------- */

static double entropy(const char *s, size_t n)
{
	size_t count[256] = {0};
	for (size_t i = 0; i < n; i++)
		count[(unsigned char)s[i]]++;
	double h = 0;
	for (int i = 0; i < 256; i++)
		if (count[i]) {
			double p = (double)count[i] / (double)n;
			h -= p * log2(p);
		}
	return h;
}

static const char *const eval_like[] = {"eval(", "new Function(", "Function(", "._compile(", "module.constructor", "runInThisContext",
					"runInNewContext", "exec(", "execScript"};
static const char *const decode_like[] = {"createDecipher", "'hex')", "\"hex\")", "'base64')", "\"base64\")",
					  "atob(", "b64decode", "decodebytes", "fromCharCode", "unhexlify",
					  "zlib.decompress", "decodestring", "base64::decode", "codecs.decode",
					  "inflateSync", "gunzipSync"};

/* needle as a call of its own, not a method: "exec(" but not "re.exec(" */
static int called(const char *line, size_t len, const char *needle)
{
	size_t k = strlen(needle);
	for (size_t i = 0; i + k <= len; i++) {
		if (memcmp(line + i, needle, k) != 0)
			continue;
		if (needle[0] == '.' || needle[0] == ' ' || strncmp(needle, "module", 6) == 0 || strncmp(needle, "run", 3) == 0)
			return 1;
		char b = i ? line[i - 1] : ' ';
		if (b != '.' && b != '_' && b != '$' && !isalnum((unsigned char)b))
			return 1;
	}
	return 0;
}

struct obf_ctx {
	int build_output;
	size_t long_line, blob, entropic, eval_line, decode_line, last_eval, last_decode;
	size_t longest;
	double blob_entropy;
	size_t blob_len;
};

static void obf_line(void *vctx, const char *path, size_t lineno, const char *line, size_t len)
{
	(void)path;
	struct obf_ctx *c = vctx;
	if (!c->build_output && len > 1000 && !c->long_line)
		c->long_line = lineno, c->longest = len;
	/* runs of base64 or hex characters */
	for (size_t i = 0; i < len;) {
		size_t j = i, hex = 1;
		while (j < len && (isalnum((unsigned char)line[j]) || line[j] == '+' || line[j] == '/' || line[j] == '=')) {
			if (!isxdigit((unsigned char)line[j]))
				hex = 0;
			j++;
		}
		size_t n = j - i;
		if (n >= 200 && !c->blob) {
			double h = entropy(line + i, n);
			if (hex || h > 4.5)
				c->blob = lineno, c->blob_entropy = h, c->blob_len = n;
		}
		i = j > i ? j : i + 1;
	}
	/* string literals of high entropy */
	for (size_t i = 0; i < len && !c->entropic; i++) {
		char q = line[i];
		if (q != '"' && q != '\'' && q != '`')
			continue;
		const char *end = memchr(line + i + 1, q, len - i - 1);
		if (!end)
			break;
		size_t n = (size_t)(end - line) - i - 1;
		if (n >= 100 && entropy(line + i + 1, n) >= 5.0)
			c->entropic = lineno;
		i = (size_t)(end - line);
	}
	/* evaluation and decoding within a few lines of each other */
	int ev = 0, de = 0;
	for (size_t i = 0; i < sizeof eval_like / sizeof eval_like[0] && !ev; i++)
		ev = called(line, len, eval_like[i]);
	for (size_t i = 0; i < sizeof decode_like / sizeof decode_like[0] && !de; i++)
		de = has(line, len, decode_like[i]);
	if (ev)
		c->last_eval = lineno;
	if (de)
		c->last_decode = lineno;
	if (!c->eval_line && c->last_eval && c->last_decode && (ev || de) &&
	    (c->last_eval > c->last_decode ? c->last_eval - c->last_decode : c->last_decode - c->last_eval) <= 5)
		c->eval_line = c->last_eval, c->decode_line = c->last_decode;
}

static void rule_obfuscation(const struct review_in *in, struct review *r)
{
	for (size_t i = 0; i < in->newf->n; i++) {
		const struct pkgfile *f = &in->newf->v[i];
		if (f->type != 'f' || !file_is_code(f))
			continue;
		struct obf_ctx c = {.build_output = file_is_build_output(in->newf, f)};
		if (!scan_new(in, r, f, obf_line, &c))
			continue;
		char ev[600];
		if (c.eval_line && c.decode_line) {
			snprintf(ev, sizeof ev, "%.500s:%zu", f->path, c.eval_line);
			review_add(r, "obfuscation", SEV_HIGH, ev, "code is evaluated from decoded or decrypted data (line %zu decodes)",
				   c.decode_line);
		}
		if (c.long_line) {
			snprintf(ev, sizeof ev, "%.500s:%zu", f->path, c.long_line);
			review_add(r, "obfuscation", SEV_MEDIUM, ev, "a %zu-character line in a file that is not build output",
				   c.longest);
		}
		if (c.blob) {
			snprintf(ev, sizeof ev, "%.500s:%zu", f->path, c.blob);
			review_add(r, "obfuscation", SEV_MEDIUM, ev, "an encoded blob of %zu characters (entropy %.1f bits)",
				   c.blob_len, c.blob_entropy);
		} else if (c.entropic) {
			snprintf(ev, sizeof ev, "%.500s:%zu", f->path, c.entropic);
			review_add(r, "obfuscation", SEV_MEDIUM, ev, "a high-entropy string literal");
		}
	}
}

/* ---- binaries ----------------------------------------------------------- */

static void rule_binary(const struct review_in *in, struct review *r)
{
	for (size_t i = 0; i < in->newf->n; i++) {
		const struct pkgfile *f = &in->newf->v[i];
		if (f->type != 'f' || !f->data)
			continue;
		const char *kind = file_binary_kind(f->data, f->len);
		if (!kind)
			continue;
		const struct filechange *c = in->old ? change(r, f->path) : NULL;
		if (in->old && !c)
			continue;
		if (!c || c->status == 'A')
			review_add(r, "binary", SEV_HIGH, f->path, "%s executable in the source package (%zu bytes)", kind, f->size);
		else
			review_add(r, "binary", SEV_MEDIUM, f->path, "%s executable changed (%zu to %zu bytes)", kind, c->old_size,
				   c->new_size);
	}
	if (in->old && !in->old->native.n && in->new->native.n)
		review_add(r, "binary", SEV_MEDIUM, "metadata: native", "native code where there was none: %s",
			   in->new->native.v[0]);
}

/* ---- size, version, registry state ------------------------------------- */

static void rule_size(const struct review_in *in, struct review *r)
{
	if (!in->old || bump(in->eco, in->old->version, in->new->version) == BUMP_MAJOR)
		return;
	size_t oc = 0, nc = 0;
	for (size_t i = 0; i < in->oldf->n; i++)
		if (in->oldf->v[i].type == 'f' && file_is_code(&in->oldf->v[i]))
			oc += in->oldf->v[i].size;
	for (size_t i = 0; i < in->newf->n; i++)
		if (in->newf->v[i].type == 'f' && file_is_code(&in->newf->v[i]))
			nc += in->newf->v[i].size;
	if (oc >= 1024 && nc * 4 < oc)
		review_add(r, "size-change", SEV_HIGH, "files", "most code removed in a non-major release: %zu to %zu bytes of code",
			   oc, nc);
	if (r->old_bytes && r->new_bytes >= 10 * r->old_bytes && r->new_bytes > 65536)
		review_add(r, "size-change", SEV_MEDIUM, "files", "size grew %zu-fold in a non-major release: %zu to %zu bytes",
			   r->new_bytes / r->old_bytes, r->old_bytes, r->new_bytes);
	else if (r->new_bytes && r->old_bytes >= 10 * r->new_bytes && r->old_bytes > 65536)
		review_add(r, "size-change", SEV_MEDIUM, "files", "size shrank %zu-fold in a non-major release: %zu to %zu bytes",
			   r->old_bytes / r->new_bytes, r->old_bytes, r->new_bytes);
}

static void rule_version(const struct review_in *in, struct review *r)
{
	const char *v = in->new->version;
	/* the first word of a pre-release or build tag */
	const char *tag = strpbrk(v, "-+");
	const struct eco *e = eco_find(in->eco);
	if (tag && e && e->semver_tags) {
		static const char *const usual[] = {"alpha", "beta", "rc", "pre", "next", "dev", "canary", "preview",
						    "nightly", "insiders", "experimental", "snapshot", "a", "b"};
		size_t n = 0;
		while (isalpha((unsigned char)tag[1 + n]))
			n++;
		int ok = n == 0;   /* numeric tags ("-0", "+20240101") are usual too */
		for (size_t i = 0; i < sizeof usual / sizeof usual[0]; i++)
			if (n == strlen(usual[i]) && strncasecmp(tag + 1, usual[i], n) == 0)
				ok = 1;
		if (!ok)
			review_add(r, "version-jump", SEV_MEDIUM, "metadata: version", "odd version tag '%s' in %s", tag + 1, v);
	}
	if (!in->old)
		return;
	long a[3], b[3];
	numbers(in->old->version, a), numbers(v, b);
	if (b[0] - 1 > a[0])   /* saturated numbers (strtol) do not overflow here */
		review_add(r, "version-jump", SEV_MEDIUM, "metadata: version", "jumps from major %ld to %ld (%s to %s)", a[0], b[0],
			   in->old->version, v);
	/* the package's own history: a version number no earlier release led to */
	if (in->hist) {
		long top = -1;
		for (size_t i = 0; i < in->hist->n; i++) {
			long x[3];
			numbers(in->hist->v[i].version, x);
			if (strcmp(in->hist->v[i].version, v) != 0 && x[0] > top)
				top = x[0];
		}
		if (top >= 0 && b[0] - 1 > top && b[0] - 1 <= a[0])
			review_add(r, "version-jump", SEV_MEDIUM, "metadata: version", "major %ld skips the history (highest other: %ld)",
				   b[0], top);
	}
}

static void rule_yanked(const struct review_in *in, struct review *r)
{
	const struct hist_version *h = history_find(in->hist, in->new->version);
	if (in->new->yanked || (h && h->yanked))
		review_add(r, "yanked", SEV_HIGH, "metadata: yanked", "%s is yanked from the registry", in->new->version);
	if (h && h->deprecated)
		review_add(r, "yanked", SEV_MEDIUM, "metadata: deprecated", "%s is deprecated: %.200s", in->new->version,
			   h->deprecated);
	if (in->hist && in->hist->unpublished.n) {
		struct buf b = {0};
		for (size_t i = 0; i < in->hist->unpublished.n && i < 10; i++)
			buf_printf(&b, "%s%s", i ? ", " : "", in->hist->unpublished.v[i]);
		review_add(r, "yanked", SEV_LOW, "metadata: time", "the registry lists %zu unpublished version%s: %s%s",
			   in->hist->unpublished.n, in->hist->unpublished.n == 1 ? "" : "s", b.p,
			   in->hist->unpublished.n > 10 ? ", ..." : "");
		buf_free(&b);
	}
	const struct hist_version *oh = in->old ? history_find(in->hist, in->old->version) : NULL;
	if (oh && oh->yanked)
		review_add(r, "yanked", SEV_INFO, "metadata: yanked", "the previous version %s is yanked", oh->version);
}

/* The registry's version a distribution ships as VERSION: the same text,
 * or one whose package version some family spells so (eco.h: pkgver):
 * Debian's "1.0.0~rc1" for npm's "1.0.0-rc1", PyPI's normalised
 * spellings (1.0rc1 -> 1.0~rc1, Debian's 1.0+post1, Fedora's 1.0^post1). */
static const struct hist_version *shipped_in(const char *eco, const struct history *h, const char *version)
{
	const struct hist_version *v = history_find(h, version);
	const struct eco *e = eco_find(eco);
	for (size_t i = 0; !v && e && i < h->n; i++) {
		const struct family *f;
		for (size_t k = 0; !v && (f = family_at(k)) != NULL; k++) {
			char *sp = e->pkgver(h->v[i].version, f->spell);
			if (sp && strcmp(sp, version) == 0)
				v = &h->v[i];
			free(sp);
		}
	}
	return v;
}

static void rule_distro(const struct review_in *in, struct review *r)
{
	if (!in->hist)
		return;
	for (size_t i = 0; i < in->nships; i++) {
		const struct distro_ship *s = &in->ships[i];
		const struct hist_version *v = shipped_in(in->eco, in->hist, s->version);
		char *ev = xasprintf("distro: %s %s", s->package, s->package_version);
		if (!v)
			review_add(r, "distro-version-gone", SEV_HIGH, ev,
				   "the distribution ships %s %s (%s %s), which the registry no longer has%s", in->new->name,
				   s->version, s->package, s->package_version,
				   strv_has(&in->hist->unpublished, s->version) ? ": unpublished" : "");
		else if (v->yanked)
			review_add(r, "distro-version-gone", SEV_MEDIUM, ev,
				   "the distribution ships %s %s (%s %s), which the registry has yanked", in->new->name,
				   s->version, s->package, s->package_version);
		else if (v->deprecated)
			review_add(r, "distro-version-gone", SEV_MEDIUM, ev,
				   "the distribution ships %s %s (%s %s), which the registry deprecates: %.200s", in->new->name,
				   s->version, s->package, s->package_version, v->deprecated);
		free(ev);
	}
}

void rules_run(const struct review_in *in, struct review *r)
{
	struct strv oh = {0}, nh = {0}, files = {0};
	if (in->old)
		hooks_of(in->old, &oh);
	hooks_of(in->new, &nh);
	install_files(in->new, &nh, in->newf, &files);
	rule_install_hook(in, r, &oh, &nh, &files);
	rule_install_access(in, r, &oh, &nh, &files);
	rule_deps(in, r);
	rule_people(in, r);
	rule_typosquat(in, r);
	rule_obfuscation(in, r);
	rule_binary(in, r);
	rule_size(in, r);
	rule_version(in, r);
	rule_yanked(in, r);
	rule_distro(in, r);
	rules_trust(in, r);
	strv_free(&oh), strv_free(&nh), strv_free(&files);
}
