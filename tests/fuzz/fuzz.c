/* What the harnesses share (fuzz.h). */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/util.h"

char *mkdtemp(char *template);   /* POSIX; hidden under strict C11 */
int setenv(const char *name, const char *value, int overwrite);

char *fuzz_str(const uint8_t *data, size_t size)
{
	return xstrndup((const char *)data, size);
}

const char *fuzz_find(const char *p, const char *end, const char *needle)
{
	size_t n = strlen(needle);
	for (; (size_t)(end - p) >= n; p++)
		if (memcmp(p, needle, n) == 0)
			return p;
	return NULL;
}

void fuzz_split(const uint8_t *data, size_t size, char sep, char **a, char **b)
{
	const uint8_t *at = memchr(data, sep, size);
	size_t n = at ? (size_t)(at - data) : size;
	*a = fuzz_str(data, n);
	*b = at ? fuzz_str(at + 1, size - n - 1) : xstrdup("");
}

static char tmpdir[64];

static void remove_tmpdir(void)
{
	if (!*tmpdir)
		return;
	char *cmd = xasprintf("rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		fprintf(stderr, "fuzz: could not remove %s\n", tmpdir);
	free(cmd);
}

const char *fuzz_tmpdir(void)
{
	if (*tmpdir)
		return tmpdir;
	const char *base = getenv("TMPDIR");
	snprintf(tmpdir, sizeof tmpdir, "%s/ferry-fuzz.XXXXXX", base && *base && strlen(base) < 40 ? base : "/tmp");
	if (!mkdtemp(tmpdir)) {
		perror("fuzz: mkdtemp");
		abort();
	}
	atexit(remove_tmpdir);
	char *home = xasprintf("%s/home", tmpdir), *cache = xasprintf("%s/cache", tmpdir);
	setenv("HOME", home, 1);
	setenv("XDG_CACHE_HOME", cache, 1);
	free(home), free(cache);
	return tmpdir;
}

_Noreturn void fuzz_fail(const char *what, const char *detail)
{
	fprintf(stderr, "fuzz: %s: '%s'\n", what, detail ? detail : "(null)");
	abort();
}
