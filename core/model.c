#include "model.h"

#include <stdlib.h>
#include <string.h>

#define NLISTS 10

static void all_lists(struct pkg *p, struct strv *l[NLISTS])
{
	struct strv *all[NLISTS] = {&p->maintainers, &p->hooks, &p->bins, &p->mans, &p->licenses,
				    &p->docs, &p->files, &p->native, &p->notes, &p->prebuilt};
	memcpy(l, all, sizeof all);
}

void pkg_free(struct pkg *p)
{
	char **strs[] = {&p->name, &p->version, &p->description, &p->license, &p->homepage,
			 &p->repository, &p->author, &p->publish_time, &p->publisher,
			 &p->source_url, &p->source_file, &p->source_root, &p->sha512,
			 &p->integrity, &p->shasum, &p->manifest,
			 &p->license_text};
	for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++) {
		free(*strs[i]);
		*strs[i] = NULL;
	}
	for (size_t i = 0; i < p->ndeps; i++) {
		free(p->deps[i].name);
		free(p->deps[i].range);
	}
	free(p->deps);
	p->deps = NULL;
	p->ndeps = 0;
	struct strv *lists[NLISTS];
	all_lists(p, lists);
	for (size_t i = 0; i < NLISTS; i++)
		strv_free(lists[i]);
}

void pkg_add_dep(struct pkg *p, const char *name, const char *range, enum dep_kind kind)
{
	p->deps = xrealloc(p->deps, (p->ndeps + 1) * sizeof *p->deps);
	p->deps[p->ndeps++] = (struct dep){xstrdup(name), xstrdup(range), kind};
}

static int cmp_dep(const void *a, const void *b)
{
	const struct dep *x = a, *y = b;
	if (x->kind != y->kind)
		return (int)x->kind - (int)y->kind;
	return strcmp(x->name, y->name);
}

void pkg_sort(struct pkg *p)
{
	if (p->ndeps > 1)
		qsort(p->deps, p->ndeps, sizeof *p->deps, cmp_dep);
	struct strv *lists[NLISTS];
	all_lists(p, lists);
	for (size_t i = 0; i < NLISTS; i++) {
		strv_sort(lists[i]);
		strv_uniq(lists[i]);
	}
}

const char *dep_kind_str(enum dep_kind k)
{
	static const char *names[] = {"runtime", "optional", "peer", "dev"};
	return names[k];
}
