/* template.h: the small template engine the writers fill.
 *
 * Syntax, nothing more:
 *   {{name}}                       the value of name (already escaped by
 *                                   the writer for its destination)
 *   {{#if name}}...{{else}}...{{/if}}   non-empty value or non-empty list
 *   {{#each list}}...{{/each}}     repeat with each item's values in scope
 *   {{!comment}}                   dropped
 * A line holding only a {{#...}}, {{else}} or {{/...}} tag is dropped whole.
 * Unknown names are an error, so a typo cannot produce an empty field.
 *
 * Ownership: a tvars owns every string and child it holds; tvars_free
 * releases the tree. */
#ifndef FERRY_TEMPLATE_H
#define FERRY_TEMPLATE_H

#include <stddef.h>

#include "../core/err.h"

struct tvars;

struct tvars *tvars_new(void);
void tvars_free(struct tvars *v);
void tvars_set(struct tvars *v, const char *name, const char *value);   /* copies */
void tvars_setf(struct tvars *v, const char *name, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Appends a new item to list `name` and returns it (owned by v). */
struct tvars *tvars_add_item(struct tvars *v, const char *name);
/* Declares an empty list, so {{#each}} and {{#if}} on it are valid. */
void tvars_list(struct tvars *v, const char *name);

/* Renders template `name` (built in: core/embedded.h) into *out (caller frees).
 * Returns 0, or -1 with e set (FERR_INPUT naming the template and tag). */
int template_render(const char *name, const struct tvars *v, char **out, struct ferr *e);
/* Same, with the template text given. */
int template_render_text(const char *what, const char *text, const struct tvars *v, char **out,
			 struct ferr *e);

#endif
