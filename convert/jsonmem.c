#include "jsonmem.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/util.h"

/* Each allocation carries its cost in front of it, aligned for anything. */
#define HEAD ((sizeof(size_t) + alignof(max_align_t) - 1) / alignof(max_align_t) * alignof(max_align_t))

static size_t live;              /* bytes counted now */
static size_t limit = SIZE_MAX;  /* live may not pass this */
static int refused;

/* Roughly what glibc's malloc takes for n bytes: a 16-byte step, its own
 * header, at least 32 bytes. */
static size_t cost(size_t n)
{
	size_t c = ((n + HEAD + 15) & ~(size_t)15) + 16;
	return c < 32 ? 32 : c;
}

static void *counted_malloc(size_t n)
{
	if (n > SIZE_MAX / 2)
		return NULL;
	size_t c = cost(n);
	if (c > limit - live || live > limit) {
		refused = 1;
		return NULL;
	}
	unsigned char *p = malloc(HEAD + n);
	if (!p)
		return NULL;
	*(size_t *)p = c;
	live += c;
	return p + HEAD;
}

static void counted_free(void *q)
{
	if (!q)
		return;
	unsigned char *p = (unsigned char *)q - HEAD;
	live -= *(size_t *)p;
	free(p);
}

void jsonmem_install(void)
{
	json_set_alloc_funcs(counted_malloc, counted_free);
}

size_t jsonmem_budget(size_t len)
{
	if (len > (JSONMEM_MAX - JSONMEM_FLOOR) / JSONMEM_RATIO)
		return JSONMEM_MAX;
	return JSONMEM_RATIO * len + JSONMEM_FLOOR;
}

void jsonmem_begin(size_t budget)
{
	refused = 0;
	limit = live > SIZE_MAX - budget ? SIZE_MAX : live + budget;
}

int jsonmem_end(void)
{
	limit = SIZE_MAX;
	int r = refused;
	refused = 0;
	return r;
}

json_t *jsonmem_load(const char *doc, size_t len, size_t flags, const char *what, struct ferr *e)
{
	size_t budget = jsonmem_budget(len);
	json_error_t err;
	jsonmem_begin(budget);
	json_t *root = json_loadb(doc, len, flags, &err);
	int over = jsonmem_end();
	if (root)
		return root;
	if (over)
		ferr_set(e, FERR_INPUT, "%s: needs more than %zu MiB to parse (budget: %d times its size and %zu MiB)",
			 what, budget >> 20, JSONMEM_RATIO, JSONMEM_FLOOR >> 20);
	else
		ferr_set(e, FERR_INPUT, "%s: invalid JSON at line %d: %s", what, err.line, err.text);
	return NULL;
}

json_t *jsonmem_load_object(const char *doc, size_t len, size_t flags, const char *what, struct ferr *e)
{
	json_t *root = jsonmem_load(doc, len, flags, what, e);
	if (root && !json_is_object(root)) {
		json_decref(root);
		ferr_set(e, FERR_INPUT, "%s: not a JSON object", what);
		return NULL;
	}
	return root;
}

char *jsonmem_dumps(const json_t *j, size_t flags)
{
	char *s = json_dumps(j, flags);
	if (!s)
		return NULL;
	char *copy = xstrdup(s);
	json_free_t free_fn;
	json_get_alloc_funcs(NULL, &free_fn);
	free_fn(s);
	return copy;
}

const char *jsonmem_str(json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);
	return json_is_string(v) && strlen(json_string_value(v)) == json_string_length(v) ? json_string_value(v) : NULL;
}
