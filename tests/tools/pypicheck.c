/* pypicheck: PyPI documents through ferry's reader.  Arguments are pairs
 * NAME FILE (a JSON API project or version document, or a PEP 691 Simple
 * API page).  Prints how many gave a version with an sdist, how many
 * parsed but offer no sdist, and every one rejected, with the reason;
 * exits 1 if any was rejected. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "convert/reader.h"
#include "core/util.h"

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	struct buf b = {0};
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	*len = b.len;
	return buf_steal(&b);
}

int main(int argc, char **argv)
{
	long picked = 0, nosdist = 0, rejected = 0;
	for (int i = 1; i + 1 < argc; i += 2) {
		size_t len;
		char *doc = slurp(argv[i + 1], &len);
		struct pkg p = {0};
		struct ferr e = {0};
		char *art = NULL;
		if (!doc) {
			printf("unreadable: %s\n", argv[i + 1]);
			rejected++;
			continue;
		}
		if (pypi_reader.select(doc, len, argv[i], NULL, &p, &art, &e) == 0)
			picked++;
		else if (strstr(e.msg, "with an sdist"))
			nosdist++;
		else {
			rejected++;
			printf("rejected: %s: %s\n", argv[i + 1], e.msg);
		}
		free(art);
		free(doc);
		pkg_free(&p);
	}
	printf("PyPI documents: %ld give a version with an sdist, %ld parse but offer no sdist, %ld rejected\n", picked,
	       nosdist, rejected);
	return rejected ? 1 : 0;
}
