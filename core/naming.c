#include "naming.h"

#include <ctype.h>
#include <string.h>

#include <stdlib.h>

#include "pep508.h"
#include "util.h"

static int url_safe(char c)
{
	return islower((unsigned char)c) || isdigit((unsigned char)c) || c == '-' || c == '.' ||
	       c == '_' || c == '~';
}

static const char *check_part(const char *s, size_t n)
{
	if (n == 0)
		return "empty name";
	if (s[0] == '.' || s[0] == '_')
		return "name starts with '.' or '_'";
	if (n == 1 && s[0] == '.')
		return "name is '.'";
	if ((n == 2 && memcmp(s, "..", 2) == 0))
		return "name is '..'";
	for (size_t i = 0; i < n; i++) {
		if (isupper((unsigned char)s[i]))
			return "name has capital letters";
		if (!url_safe(s[i]))
			return "name has characters that are not URL-safe";
	}
	return NULL;
}

const char *naming_npm_invalid(const char *name)
{
	size_t n = strlen(name);
	if (n == 0)
		return "empty name";
	if (n > 214)
		return "name longer than 214 bytes";
	if (name[0] == '@') {
		const char *slash = strchr(name, '/');
		if (!slash)
			return "scoped name without '/'";
		const char *why = check_part(name + 1, (size_t)(slash - name - 1));
		if (why)
			return why;
		return check_part(slash + 1, strlen(slash + 1));
	}
	if (strcmp(name, "node_modules") == 0 || strcmp(name, "favicon.ico") == 0)
		return "name is reserved";
	return check_part(name, n);
}

char *naming_npm_rpm_cap(const char *name)
{
	return xasprintf("npm(%s)", name);
}

/* "@scope/name" -> "scope-name"; dashes: '_' and '~' become '-' too
 * (Debian's names have neither). */
static char *flat(const char *name, int dashes)
{
	struct buf b = {0};
	for (const char *p = name; *p; p++) {
		if (*p == '@' && p == name)
			continue;
		char c = *p == '/' ? '-' : *p;
		if (dashes && (c == '_' || c == '~'))
			c = '-';
		buf_addc(&b, (char)tolower((unsigned char)c));
	}
	return buf_steal(&b);
}

char *naming_npm_fedora(const char *name)
{
	char *f = flat(name, 0);
	char *s = xasprintf("nodejs-%s", f);
	free(f);
	return s;
}

char *naming_npm_deb(const char *name)
{
	char *f = flat(name, 1);
	char *s = xasprintf("node-%s", f);
	free(f);
	return s;
}

const char *naming_crate_invalid(const char *name)
{
	size_t n = strlen(name);
	if (n == 0)
		return "empty name";
	if (n > 64)
		return "name longer than 64 bytes";
	if (!isalnum((unsigned char)name[0]))
		return "name does not start with a letter or digit";
	for (size_t i = 0; i < n; i++)
		if (!isalnum((unsigned char)name[i]) && name[i] != '-' && name[i] != '_')
			return "name has characters other than ASCII letters, digits, '-' and '_'";
	return NULL;
}

const char *naming_crate_feature_invalid(const char *name)
{
	size_t n = strlen(name);
	if (n == 0)
		return "empty feature name";
	if (n > 128)
		return "feature name longer than 128 bytes";
	if (!isalnum((unsigned char)name[0]) && name[0] != '_')
		return "feature name does not start with a letter, digit or '_'";
	for (size_t i = 0; i < n; i++)
		if (!isalnum((unsigned char)name[i]) && !strchr("_-+.", name[i]))
			return "feature name has characters other than letters, digits and _-+.";
	return NULL;
}

const char *naming_pypi_invalid(const char *name)
{
	size_t n = strlen(name);
	if (n == 0)
		return "empty name";
	if (n > 200)
		return "name longer than 200 bytes";
	if (!isalnum((unsigned char)name[0]) || !isalnum((unsigned char)name[n - 1]))
		return "name does not start and end with an ASCII letter or digit";
	for (size_t i = 0; i < n; i++)
		if (!isalnum((unsigned char)name[i]) && !strchr("._-", name[i]))
			return "name has characters other than ASCII letters, digits and ._-";
	return NULL;
}

char *naming_pypi_normal(const char *name, int keep_extras)
{
	const char *br = strchr(name, '[');
	char *base = br ? xstrndup(name, (size_t)(br - name)) : xstrdup(name);
	char *n = pep503_name(base);
	free(base);
	if (br && keep_extras) {
		char *s = xasprintf("%s%s", n, br);
		free(n);
		return s;
	}
	return n;
}

/* debcargo's base_deb_name: lower case, '_' -> '-' */
char *naming_crate_deb(const char *name)
{
	char *s = xstrdup(name);
	for (char *c = s; *c; c++)
		*c = *c == '_' ? '-' : (char)tolower((unsigned char)*c);
	return s;
}
