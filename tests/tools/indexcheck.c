/* indexcheck: every crates.io index line on stdin through ferry's reader.
 * Prints counts of lines parsed, yanked, and rejected, with each distinct
 * reason and an example; exits 0 (a corpus has real oddities: they are
 * reported, and the runner asserts on the counts it expects). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "convert/reader.h"
#include "core/util.h"

int main(void)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	long parsed = 0, yanked = 0, rejected = 0, deps = 0, renamed = 0, targeted = 0;
	struct strv reasons = {0};
	while ((n = getline(&line, &cap, stdin)) > 0) {
		if (line[n - 1] == '\n')
			line[--n] = 0;
		if (!n)
			continue;
		struct pkg p = {0};
		struct ferr e = {0};
		if (crates_read_line(line, (size_t)n, &p, &e) == 0) {
			parsed++;
			yanked += p.yanked;
			deps += (long)p.ndeps;
			for (size_t i = 0; i < p.ndeps; i++) {
				renamed += p.deps[i].alias != NULL;
				targeted += p.deps[i].target != NULL;
			}
		} else {
			rejected++;
			/* the reason without the package: after the last ": " */
			const char *r = strrchr(e.msg, ':');
			char *key = xstrdup(r ? r + 2 : e.msg);
			if (!strv_has(&reasons, key)) {
				printf("rejected: %s (e.g. %s)\n", key, e.msg);
				strv_push(&reasons, key);
			} else {
				free(key);
			}
		}
		pkg_free(&p);
	}
	free(line);
	printf("index lines: %ld parsed (%ld yanked; %ld dependencies, %ld renamed, %ld target-specific), %ld rejected\n",
	       parsed, yanked, deps, renamed, targeted, rejected);
	strv_free(&reasons);
	return 0;
}
