/* Build batches from a plan's edges (order.h). */
#include "order.h"

#include <stdlib.h>
#include <string.h>

#include "../core/util.h"

void plan_build_order(const struct plan *p, struct strv *batches)
{
	struct strv todo = {0}, done = {0};
	for (size_t i = 0; i < p->n; i++)
		if (p->v[i].version)
			strv_push(&todo, xasprintf("%s@%s", p->v[i].name, p->v[i].version));
	strv_sort(&todo);
	strv_uniq(&todo);
	while (todo.n) {
		struct strv ready = {0}, rest = {0};
		for (size_t i = 0; i < todo.n; i++) {
			int blocked = 0;
			for (size_t k = 0; k < p->edges.n && !blocked; k++) {
				const char *tab = strchr(p->edges.v[k], '\t');
				size_t pl = (size_t)(tab - p->edges.v[k]);
				/* todo.v[i] waits for a child not built yet */
				if (strlen(todo.v[i]) == pl && strncmp(p->edges.v[k], todo.v[i], pl) == 0 &&
				    !strv_has(&done, tab + 1) && strcmp(tab + 1, todo.v[i]) != 0)
					blocked = 1;
			}
			strv_add(blocked ? &rest : &ready, todo.v[i]);
		}
		struct buf b = {0};
		if (!ready.n) {   /* every one waits on another: a cycle */
			buf_adds(&b, "cycle:");
			for (size_t i = 0; i < rest.n; i++) {
				buf_printf(&b, " %s", rest.v[i]);
				strv_add(&done, rest.v[i]);
			}
			strv_free(&rest);
		} else {
			for (size_t i = 0; i < ready.n; i++) {
				buf_printf(&b, "%s%s", i ? " " : "", ready.v[i]);
				strv_add(&done, ready.v[i]);
			}
		}
		strv_push(batches, buf_steal(&b));
		strv_free(&ready);
		strv_free(&todo);
		todo = rest;
	}
	strv_free(&todo);
	strv_free(&done);
}
