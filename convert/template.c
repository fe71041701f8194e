#include "template.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../core/embedded.h"
#include "../core/util.h"

struct tvar {
	char *name;
	char *value;            /* a string, or NULL for a list */
	struct tvars **items;
	size_t nitems;
};

struct tvars {
	struct tvar *v;
	size_t n;
	const struct tvars *parent;   /* scope chain while rendering */
};

struct tvars *tvars_new(void)
{
	return xcalloc(1, sizeof(struct tvars));
}

void tvars_free(struct tvars *v)
{
	if (!v)
		return;
	for (size_t i = 0; i < v->n; i++) {
		free(v->v[i].name);
		free(v->v[i].value);
		for (size_t k = 0; k < v->v[i].nitems; k++)
			tvars_free(v->v[i].items[k]);
		free(v->v[i].items);
	}
	free(v->v);
	free(v);
}

static struct tvar *slot(struct tvars *v, const char *name)
{
	for (size_t i = 0; i < v->n; i++)
		if (strcmp(v->v[i].name, name) == 0)
			return &v->v[i];
	v->v = xrealloc(v->v, (v->n + 1) * sizeof *v->v);
	struct tvar *t = &v->v[v->n++];
	memset(t, 0, sizeof *t);
	t->name = xstrdup(name);
	return t;
}

void tvars_set(struct tvars *v, const char *name, const char *value)
{
	struct tvar *t = slot(v, name);
	free(t->value);
	t->value = xstrdup(value ? value : "");
}

void tvars_setf(struct tvars *v, const char *name, const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	struct tvar *t = slot(v, name);
	free(t->value);
	t->value = buf_steal(&b);
}

void tvars_list(struct tvars *v, const char *name)
{
	struct tvar *t = slot(v, name);
	free(t->value);
	t->value = NULL;
}

struct tvars *tvars_add_item(struct tvars *v, const char *name)
{
	struct tvar *t = slot(v, name);
	free(t->value);
	t->value = NULL;
	if ((t->nitems & (t->nitems - 1)) == 0)   /* at 0, 1, 2, 4, ...: room to the next power of two */
		t->items = xrealloc(t->items, (t->nitems ? 2 * t->nitems : 1) * sizeof *t->items);
	struct tvars *item = tvars_new();
	t->items[t->nitems++] = item;
	return item;
}

static const struct tvar *lookup(const struct tvars *v, const char *name, size_t n)
{
	for (; v; v = v->parent)
		for (size_t i = 0; i < v->n; i++)
			if (strlen(v->v[i].name) == n && memcmp(v->v[i].name, name, n) == 0)
				return &v->v[i];
	return NULL;
}

struct ctx {
	const char *what;
	struct buf out;
	struct ferr *e;
};

static int is_block_tag(const char *s, size_t n)
{
	return n >= 5 && (s[2] == '#' || s[2] == '/' || s[2] == '!' ||
			  (n == 8 && memcmp(s, "{{else}}", 8) == 0));
}

/* Lines holding only a block tag disappear, newline included. */
static char *strip_tag_lines(const char *text)
{
	struct buf b = {0};
	const char *p = text;
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		size_t a = 0, z = len;
		while (a < z && (p[a] == ' ' || p[a] == '\t'))
			a++;
		while (z > a && (p[z - 1] == ' ' || p[z - 1] == '\t'))
			z--;
		const char *close = z - a >= 4 ? strstr(p + a, "}}") : NULL;
		if (close && p[a] == '{' && p[a + 1] == '{' && close + 2 == p + z &&
		    is_block_tag(p + a, z - a)) {
			buf_add(&b, p + a, z - a);
		} else {
			buf_add(&b, p, len);
			if (nl)
				buf_addc(&b, '\n');
		}
		p += len + (nl ? 1 : 0);
	}
	return buf_steal(&b);
}

/* Finds the {{/...}} closing the block whose body starts at s; sets *els to
 * a depth-0 {{else}} if present.  Returns the close tag's start or NULL. */
static const char *find_close(const char *s, const char *end, const char **els)
{
	int depth = 0;
	*els = NULL;
	for (const char *p = s; p + 1 < end; p++) {
		if (p[0] != '{' || p[1] != '{')
			continue;
		if (p[2] == '#')
			depth++;
		else if (p[2] == '/') {
			if (depth == 0)
				return p;
			depth--;
		} else if (depth == 0 && strncmp(p, "{{else}}", 8) == 0)
			*els = p;
	}
	return NULL;
}

static int render(struct ctx *c, const char *s, const char *end, const struct tvars *scope);

static int bad(struct ctx *c, const char *tag, size_t n, const char *why)
{
	return ferr_set(c->e, FERR_INPUT, "template %s: {{%.*s}}: %s", c->what, (int)n, tag, why);
}

static int block(struct ctx *c, const char *tag, size_t n, const char *body, const char *end,
		 const struct tvars *scope, const char **next)
{
	int is_if = n > 4 && memcmp(tag, "#if ", 4) == 0;
	int is_each = n > 6 && memcmp(tag, "#each ", 6) == 0;
	if (!is_if && !is_each)
		return bad(c, tag, n, "unknown block");
	const char *name = tag + (is_if ? 4 : 6);
	size_t nl = n - (size_t)(name - tag);
	const char *els;
	const char *close = find_close(body, end, &els);
	if (!close)
		return bad(c, tag, n, "block not closed");
	const char *close_end = strstr(close, "}}");
	if (!close_end)
		return bad(c, tag, n, "block not closed");
	*next = close_end + 2;
	const struct tvar *t = lookup(scope, name, nl);
	if (!t)
		return bad(c, tag, n, "unknown name");
	if (is_if) {
		int truth = t->value ? t->value[0] != 0 : t->nitems > 0;
		if (truth)
			return render(c, body, els ? els : close, scope);
		return els ? render(c, els + 8, close, scope) : 0;
	}
	if (t->value)
		return bad(c, tag, n, "not a list");
	for (size_t i = 0; i < t->nitems; i++) {
		struct tvars *item = t->items[i];
		item->parent = scope;
		int rc = render(c, body, close, item);
		item->parent = NULL;
		if (rc != 0)
			return rc;
	}
	return 0;
}

static int render(struct ctx *c, const char *s, const char *end, const struct tvars *scope)
{
	while (s < end) {
		const char *open = NULL;
		for (const char *p = s; p + 1 < end; p++)
			if (p[0] == '{' && p[1] == '{') {
				open = p;
				break;
			}
		if (!open) {
			buf_add(&c->out, s, (size_t)(end - s));
			return 0;
		}
		buf_add(&c->out, s, (size_t)(open - s));
		const char *close = strstr(open + 2, "}}");
		if (!close || close > end)
			return ferr_set(c->e, FERR_INPUT, "template %s: unclosed tag", c->what);
		const char *tag = open + 2;
		size_t n = (size_t)(close - tag);
		s = close + 2;
		if (n && tag[0] == '!')
			continue;
		if (n && tag[0] == '#') {
			if (block(c, tag, n, s, end, scope, &s) != 0)
				return -1;
			continue;
		}
		if (n && (tag[0] == '/' || (n == 4 && memcmp(tag, "else", 4) == 0)))
			return bad(c, tag, n, "stray block tag");
		const struct tvar *t = lookup(scope, tag, n);
		if (!t)
			return bad(c, tag, n, "unknown name");
		if (!t->value)
			return bad(c, tag, n, "a list used as text");
		buf_adds(&c->out, t->value);
	}
	return 0;
}

int template_render_text(const char *what, const char *text, const struct tvars *v, char **out,
			 struct ferr *e)
{
	char *t = strip_tag_lines(text);
	struct ctx c = {what, {0}, e};
	int rc = render(&c, t, t + strlen(t), v);
	free(t);
	if (rc != 0) {
		buf_free(&c.out);
		return -1;
	}
	*out = buf_steal(&c.out);
	return 0;
}

int template_render(const char *name, const struct tvars *v, char **out, struct ferr *e)
{
	const char *text = embedded_text(name);
	if (text)
		return template_render_text(name, text, v, out, e);
	return ferr_set(e, FERR_IO, "template %s: not built into ferry", name);
}
