/* A tree of files in memory (outtree.h). */
#include "outtree.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

void outtree_add(struct outtree *t, const char *path, char *data, int mode)
{
	t->v = xrealloc(t->v, (t->n + 1) * sizeof *t->v);
	t->v[t->n++] = (struct outfile){xstrdup(path), data, strlen(data), mode};
}

void outtree_add_bytes(struct outtree *t, const char *path, const void *data, size_t len, int mode)
{
	char *copy = xmalloc(len + 1);
	memcpy(copy, data, len);
	copy[len] = 0;
	t->v = xrealloc(t->v, (t->n + 1) * sizeof *t->v);
	t->v[t->n++] = (struct outfile){xstrdup(path), copy, len, mode};
}

void outtree_free(struct outtree *t)
{
	for (size_t i = 0; i < t->n; i++) {
		free(t->v[i].path);
		free(t->v[i].data);
	}
	free(t->v);
	free(t->top);
	memset(t, 0, sizeof *t);
}
