#include "npmrc.h"
#include "localfile.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/util.h"

static char *expand_env(const char *v)
{
	struct buf b = {0};
	for (const char *p = v; *p; p++) {
		if (p[0] == '$' && p[1] == '{') {
			const char *end = strchr(p + 2, '}');
			if (end) {
				char *name = xstrndup(p + 2, (size_t)(end - p - 2));
				const char *val = getenv(name);
				free(name);
				buf_adds(&b, val ? val : "");
				p = end;
				continue;
			}
		}
		buf_addc(&b, *p);
	}
	return buf_steal(&b);
}

static char *trimmed(const char *s, size_t n)
{
	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	if (n >= 2 && ((s[0] == '"' && s[n - 1] == '"') || (s[0] == '\'' && s[n - 1] == '\'')))
		s++, n -= 2;
	return xstrndup(s, n);
}

char *npmrc_lookup(const char *text, const char *key)
{
	char *found = NULL;
	const char *p = text;
	while (*p) {
		size_t len = strcspn(p, "\n");
		const char *line = p;
		p += len + (p[len] == '\n');
		size_t a = 0;
		while (a < len && isspace((unsigned char)line[a]))
			a++;
		if (a == len || line[a] == ';' || line[a] == '#' || line[a] == '[')
			continue;
		const char *eq = memchr(line, '=', len);
		if (!eq)
			continue;
		char *k = trimmed(line, (size_t)(eq - line));
		if (strcmp(k, key) == 0) {
			char *v = trimmed(eq + 1, (size_t)(line + len - eq - 1));
			free(found);          /* the last assignment wins, as in ini */
			found = expand_env(v);
			free(v);
		}
		free(k);
	}
	return found;
}

static const char *env2(const char *lower, const char *upper)
{
	const char *v = getenv(lower);
	if (!v || !*v)
		v = getenv(upper);
	return v && *v ? v : NULL;
}

static char *with_slash(const char *url)
{
	size_t n = strlen(url);
	while (n && url[n - 1] == '/')
		n--;
	char *s = xmalloc(n + 2);
	memcpy(s, url, n);
	s[n] = '/';
	s[n + 1] = 0;
	return s;
}

/* The files npm reads, highest priority first. */
static void rc_files(struct strv *out)
{
	strv_add(out, ".npmrc");
	const char *user = env2("npm_config_userconfig", "NPM_CONFIG_USERCONFIG");
	const char *home = getenv("HOME");
	if (user)
		strv_add(out, user);
	else if (home)
		strv_push(out, xasprintf("%s/.npmrc", home));
	const char *global = env2("npm_config_globalconfig", "NPM_CONFIG_GLOBALCONFIG");
	strv_add(out, global ? global : "/etc/npmrc");
}

/* The value of key in the first file that sets it; NULL if none does, or
 * with e set when a file that exists cannot be read. */
static char *from_files(const char *key, struct ferr *e)
{
	struct strv files = {0};
	rc_files(&files);
	char *val = NULL;
	for (size_t i = 0; i < files.n && !val; i++) {
		char *text;
		if (localfile_config(files.v[i], 1 << 20, &text, NULL, e) != 0)
			break;
		if (text) {
			val = npmrc_lookup(text, key);
			free(text);
		}
		if (val && !*val) {
			free(val);
			val = NULL;
		}
	}
	strv_free(&files);
	return val;
}

char *npmrc_registry(const char *flag, const char *pkgname, struct ferr *e)
{
	/* a scope's registry, from the environment or a file */
	if (pkgname && pkgname[0] == '@' && strchr(pkgname, '/')) {
		char *scope = xstrndup(pkgname, (size_t)(strchr(pkgname, '/') - pkgname));
		char *key = xasprintf("%s:registry", scope);
		char *envk = xasprintf("npm_config_%s", key);
		const char *ev = getenv(envk);
		struct ferr fe = {0};
		char *val = ev && *ev ? xstrdup(ev) : from_files(key, &fe);
		free(scope);
		free(key);
		free(envk);
		if (fe.kind) {
			*e = fe;
			return NULL;
		}
		if (val) {
			char *r = with_slash(val);
			free(val);
			return r;
		}
	}
	if (flag && *flag)
		return with_slash(flag);
	const char *ev = env2("npm_config_registry", "NPM_CONFIG_REGISTRY");
	if (ev)
		return with_slash(ev);
	struct ferr fe = {0};
	char *val = from_files("registry", &fe);
	if (fe.kind) {
		*e = fe;
		return NULL;
	}
	if (val) {
		char *r = with_slash(val);
		free(val);
		return r;
	}
	ferr_set(e, FERR_CONFIG,
		 "%s: no npm registry configured: pass --registry URL, set NPM_CONFIG_REGISTRY, "
		 "or put registry=URL in ~/.npmrc (http://, https:// or file:// URLs)",
		 pkgname ? pkgname : "npm");
	return NULL;
}
