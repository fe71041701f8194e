/* A tree of files in memory (outtree.h). */
#include "outtree.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

void outtree_add(struct outtree *t, const char *path, char *data, int mode)
{
	t->v = xrealloc(t->v, (t->n + 1) * sizeof *t->v);
	t->v[t->n++] = (struct outfile){xstrdup(path), data, strlen(data), mode, NULL, 0, 0};
}

static char *copy_bytes(const void *data, size_t len)
{
	char *copy = xmalloc(len + 1);
	memcpy(copy, data, len);
	copy[len] = 0;
	return copy;
}

void outtree_add_bytes(struct outtree *t, const char *path, const void *data, size_t len, int mode)
{
	t->v = xrealloc(t->v, (t->n + 1) * sizeof *t->v);
	t->v[t->n++] = (struct outfile){xstrdup(path), copy_bytes(data, len), len, mode, NULL, 0, 0};
}

void outtree_add_removed(struct outtree *t, const char *path, const void *gen, size_t len)
{
	t->v = xrealloc(t->v, (t->n + 1) * sizeof *t->v);
	t->v[t->n++] = (struct outfile){xstrdup(path), copy_bytes(gen, len), len, 0, NULL, 0, 1};
}

void outtree_set_gen(struct outtree *t, const void *gen, size_t len)
{
	struct outfile *f = &t->v[t->n - 1];
	free(f->gen);
	f->gen = copy_bytes(gen, len);
	f->gen_len = len;
}

void outtree_set_origin(struct outtree *t, const char *entry, const char *words)
{
	for (size_t i = 0; i < t->norigins; i++)
		if (strcmp(t->origins[i].entry, entry) == 0) {
			free(t->origins[i].words);
			t->origins[i].words = xstrdup(words);
			return;
		}
	t->origins = xrealloc(t->origins, (t->norigins + 1) * sizeof *t->origins);
	t->origins[t->norigins++] = (struct outorigin){xstrdup(entry), xstrdup(words)};
}

const char *outtree_origin(const struct outtree *t, const char *entry)
{
	for (size_t i = 0; i < t->norigins; i++)
		if (strcmp(t->origins[i].entry, entry) == 0)
			return t->origins[i].words;
	return NULL;
}

void outtree_free(struct outtree *t)
{
	for (size_t i = 0; i < t->n; i++) {
		free(t->v[i].path);
		free(t->v[i].data);
		free(t->v[i].gen);
	}
	for (size_t i = 0; i < t->norigins; i++)
		free(t->origins[i].entry), free(t->origins[i].words);
	free(t->v);
	free(t->origins);
	free(t->top);
	memset(t, 0, sizeof *t);
}
