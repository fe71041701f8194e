/* PEP 508 requirement lines and markers: the tokens of packaging's
 * _tokenizer.py, the grammar of its _parser.py, the evaluation of
 * markers.py. */
#include "pep508.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stddef.h>

#include "pep440.h"

struct marker {
	int list;                 /* 1: atoms joined by and/or */
	/* an item: lhs op rhs */
	int lvar, rvar;
	char *l, *r, *op;
	/* a list */
	struct marker **atoms;
	char *bools;              /* 'a' or 'o' between atoms */
	size_t n;
};

static void marker_free(struct marker *m)
{
	if (!m)
		return;
	free(m->l);
	free(m->r);
	free(m->op);
	for (size_t i = 0; i < m->n; i++)
		marker_free(m->atoms[i]);
	free(m->atoms);
	free(m->bools);
	free(m);
}

void pepreq_free(struct pepreq *r)
{
	free(r->name);
	strv_free(&r->extras);
	free(r->specs);
	free(r->url);
	marker_free(r->marker);
	memset(r, 0, sizeof *r);
}

/* ---- tokens ----------------------------------------------------------- */

struct tok {
	const char *s;     /* the whole line */
	size_t pos;
	const char *why;
};

static int wordch(unsigned char c)
{
	return isalnum(c) || c == '_' || c >= 0x80;
}

/* \b at position i of s */
static int boundary(const char *s, size_t i)
{
	int before = i > 0 && wordch((unsigned char)s[i - 1]);
	int after = s[i] && wordch((unsigned char)s[i]);
	return before != after;
}

static size_t t_ws(const struct tok *t)
{
	size_t n = 0;
	while (t->s[t->pos + n] == ' ' || t->s[t->pos + n] == '\t')
		n++;
	return n;
}

static void skip(struct tok *t)
{
	t->pos += t_ws(t);
}

/* \b[a-zA-Z0-9][a-zA-Z0-9._-]*\b */
static size_t t_ident(const struct tok *t)
{
	const char *s = t->s;
	size_t i = t->pos;
	if (!isalnum((unsigned char)s[i]) || !boundary(s, i))
		return 0;
	size_t n = 1;
	while (isalnum((unsigned char)s[i + n]) || s[i + n] == '.' || s[i + n] == '_' || s[i + n] == '-')
		n++;
	while (n > 0 && !boundary(s, i + n))
		n--;
	return n;
}

/* a keyword with \b on both sides */
static size_t t_word(const struct tok *t, const char *w)
{
	size_t n = strlen(w);
	if (strncmp(t->s + t->pos, w, n) != 0 || !boundary(t->s, t->pos) || !boundary(t->s, t->pos + n))
		return 0;
	return n;
}

static size_t t_op(const struct tok *t)
{
	static const char *const ops[] = {"===", "==", "~=", "!=", "<=", ">=", "<", ">"};
	for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
		if (strncmp(t->s + t->pos, ops[i], strlen(ops[i])) == 0)
			return strlen(ops[i]);
	return 0;
}

static const char *const variables[] = {
	"python_version", "python_full_version", "os_name", "os.name", "sys_platform", "sys.platform",
	"platform_release", "platform_system", "platform_version", "platform.version",
	"platform_machine", "platform.machine", "platform_python_implementation",
	"platform.python_implementation", "python_implementation", "implementation_name",
	"implementation_version", "extra", NULL,
};

static size_t t_var(const struct tok *t)
{
	size_t best = 0;
	for (size_t i = 0; variables[i]; i++) {
		size_t n = t_word(t, variables[i]);
		if (n > best)
			best = n;
	}
	return best;
}

static size_t t_quoted(const struct tok *t)
{
	char q = t->s[t->pos];
	if (q != '\'' && q != '"')
		return 0;
	const char *end = strchr(t->s + t->pos + 1, q);
	return end ? (size_t)(end - (t->s + t->pos)) + 1 : 0;
}

/* Python whitespace at s (ASCII and the common Unicode ones) */
static size_t pyws(const char *s)
{
	unsigned char c = (unsigned char)*s;
	if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f))
		return 1;
	if (c == 0xc2 && ((unsigned char)s[1] == 0x85 || (unsigned char)s[1] == 0xa0))
		return 2;
	return 0;
}

static int digit(char c)
{
	return c >= '0' && c <= '9';
}

static int sep(char c)
{
	return c == '-' || c == '_' || c == '.';
}

static size_t digits(const char *s)
{
	size_t n = 0;
	while (digit(s[n]))
		n++;
	return n;
}

/* [-_.]? WORD [-_.]? [0-9]*, case-insensitive; length or 0 */
static size_t group(const char *s, const char *const *words)
{
	size_t i = sep(*s) ? 1 : 0, best = 0;
	for (size_t k = 0; words[k]; k++) {
		size_t n = strlen(words[k]);
		if (n > best && strncasecmp(s + i, words[k], n) == 0)
			best = n;
	}
	if (!best)
		return 0;
	i += best;
	if (sep(s[i]))
		i++;
	return i + digits(s + i);
}

/* The SPECIFIER token: an operator and the longest version its regex
 * takes (greedy, as the regex's optional groups are). */
static size_t t_spec(const struct tok *t)
{
	static const char *const pre[] = {"alpha", "beta", "preview", "pre", "a", "b", "c", "rc", NULL};
	static const char *const post[] = {"post", "rev", "r", NULL};
	static const char *const dev[] = {"dev", NULL};
	const char *s = t->s + t->pos;
	size_t op = t_op(t);
	if (!op)
		return 0;
	int arb = op == 3, eq = (op == 2 && (s[0] == '=' || s[0] == '!')), compat = s[0] == '~';
	if (op == 3 && 0)
		arb = 1;
	size_t i = op, w;
	while ((w = pyws(s + i)) > 0)
		i += w;
	if (arb) {
		while (s[i] && !pyws(s + i) && s[i] != ';' && s[i] != ')')
			i++;
		return i;
	}
	if (s[i] == 'v' || s[i] == 'V')
		i++;
	size_t d = digits(s + i);
	if (d && s[i + d] == '!')
		i += d + 1;
	d = digits(s + i);
	if (!d)
		return eq && op == 2 && strncmp(s, "===", 3) == 0 ? 0 : 0;
	i += d;
	int parts = 1;
	while (s[i] == '.' && digit(s[i + 1])) {
		i += 1 + digits(s + i + 1);
		parts++;
	}
	if (compat && parts < 2)
		return 0;
	if (eq && s[i] == '.' && s[i + 1] == '*')
		return i + 2;
	i += group(s + i, pre);
	if (s[i] == '-' && digit(s[i + 1]))
		i += 1 + digits(s + i + 1);
	else
		i += group(s + i, post);
	i += group(s + i, dev);
	if (eq && !compat && s[i] == '+' && isalnum((unsigned char)s[i + 1])) {
		i++;
		for (;;) {
			while (isalnum((unsigned char)s[i]))
				i++;
			if (sep(s[i]) && isalnum((unsigned char)s[i + 1]))
				i++;
			else
				break;
		}
	}
	return i;
}

/* ---- Python string literals (ast.literal_eval) ----------------------- */

static void put_utf8(struct buf *b, uint32_t c)
{
	if (c < 0x80) {
		buf_addc(b, (char)c);
	} else if (c < 0x800) {
		buf_addc(b, (char)(0xc0 | (c >> 6)));
		buf_addc(b, (char)(0x80 | (c & 0x3f)));
	} else if (c < 0x10000) {
		buf_addc(b, (char)(0xe0 | (c >> 12)));
		buf_addc(b, (char)(0x80 | ((c >> 6) & 0x3f)));
		buf_addc(b, (char)(0x80 | (c & 0x3f)));
	} else {
		buf_addc(b, (char)(0xf0 | (c >> 18)));
		buf_addc(b, (char)(0x80 | ((c >> 12) & 0x3f)));
		buf_addc(b, (char)(0x80 | ((c >> 6) & 0x3f)));
		buf_addc(b, (char)(0x80 | (c & 0x3f)));
	}
}

static int hexval(char c)
{
	return digit(c) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
}

/* the body of a quoted string, escapes decoded; NULL on a bad escape */
static char *literal(const char *s, size_t n)
{
	struct buf b = {0};
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '\\' || i + 1 >= n) {
			if (s[i] == '\\') {   /* a lone trailing backslash escapes the quote */
				buf_free(&b);
				return NULL;
			}
			buf_addc(&b, s[i]);
			continue;
		}
		char c = s[++i];
		const char *simple = strchr("\\'\"abfnrtv\n", c);
		if (simple && c) {
			static const char out[] = "\\'\"\a\b\f\n\r\t\v";
			if (c != '\n')
				buf_addc(&b, out[simple - "\\'\"abfnrtv\n"]);
			continue;
		}
		if (c >= '0' && c <= '7') {
			uint32_t v = 0;
			size_t k = 0;
			while (k < 3 && i + k < n && s[i + k] >= '0' && s[i + k] <= '7')
				v = v * 8 + (uint32_t)(s[i + k++] - '0');
			i += k - 1;
			put_utf8(&b, v);
			continue;
		}
		size_t len = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
		if (len) {
			uint32_t v = 0;
			for (size_t k = 1; k <= len; k++) {
				int h = i + k < n ? hexval(s[i + k]) : -1;
				if (h < 0) {
					buf_free(&b);
					return NULL;
				}
				v = v * 16 + (uint32_t)h;
			}
			if (v > 0x10ffff) {
				buf_free(&b);
				return NULL;
			}
			i += len;
			put_utf8(&b, v);
			continue;
		}
		if (c == 'N') {   /* \N{NAME}: no name table here */
			buf_free(&b);
			return NULL;
		}
		buf_addc(&b, '\\');   /* unknown escapes stay as written */
		buf_addc(&b, c);
	}
	return buf_steal(&b);
}

/* ---- the grammar ------------------------------------------------------ */

static struct marker *parse_marker(struct tok *t, int depth);

static int parse_var(struct tok *t, int *isvar, char **out)
{
	size_t n = t_var(t);
	if (n) {
		char *v = xstrndup(t->s + t->pos, n);
		for (char *c = v; *c; c++)
			if (*c == '.')
				*c = '_';
		if (strcmp(v, "python_implementation") == 0) {
			free(v);
			v = xstrdup("platform_python_implementation");
		}
		t->pos += n;
		*isvar = 1;
		*out = v;
		return 0;
	}
	n = t_quoted(t);
	if (n) {
		char *v = literal(t->s + t->pos + 1, n - 2);
		if (!v) {
			t->why = "bad escape in a marker string";
			return -1;
		}
		t->pos += n;
		*isvar = 0;
		*out = v;
		return 0;
	}
	t->why = "expected a marker variable or quoted string";
	return -1;
}

static struct marker *parse_item(struct tok *t)
{
	struct marker *m = xcalloc(1, sizeof *m);
	skip(t);
	if (parse_var(t, &m->lvar, &m->l) != 0)
		goto fail;
	skip(t);
	size_t n;
	if ((n = t_word(t, "in")) > 0) {
		m->op = xstrdup("in");
		t->pos += n;
	} else if ((n = t_word(t, "not")) > 0) {
		t->pos += n;
		if (!t_ws(t)) {
			t->why = "expected whitespace after 'not'";
			goto fail;
		}
		skip(t);
		if (!(n = t_word(t, "in"))) {
			t->why = "expected 'in' after 'not'";
			goto fail;
		}
		t->pos += n;
		m->op = xstrdup("not in");
	} else if ((n = t_op(t)) > 0) {
		m->op = xstrndup(t->s + t->pos, n);
		t->pos += n;
	} else {
		t->why = "expected a marker operator";
		goto fail;
	}
	skip(t);
	if (parse_var(t, &m->rvar, &m->r) != 0)
		goto fail;
	skip(t);
	return m;
fail:
	marker_free(m);
	return NULL;
}

static struct marker *parse_atom(struct tok *t, int depth)
{
	skip(t);
	struct marker *m;
	if (t->s[t->pos] == '(') {
		if (depth > 100) {
			t->why = "markers nested too deeply";
			return NULL;
		}
		t->pos++;
		skip(t);
		m = parse_marker(t, depth + 1);
		if (!m)
			return NULL;
		skip(t);
		if (t->s[t->pos] != ')') {
			t->why = "expected ')' to close the marker";
			marker_free(m);
			return NULL;
		}
		t->pos++;
	} else {
		m = parse_item(t);
		if (!m)
			return NULL;
	}
	skip(t);
	return m;
}

static struct marker *parse_marker(struct tok *t, int depth)
{
	struct marker *list = xcalloc(1, sizeof *list);
	list->list = 1;
	for (;;) {
		struct marker *a = parse_atom(t, depth);
		if (!a) {
			marker_free(list);
			return NULL;
		}
		if ((list->n & (list->n - 1)) == 0) {   /* at 0, 1, 2, 4, ...: room to the next power of two */
			size_t cap = list->n ? 2 * list->n : 1;
			list->atoms = xrealloc(list->atoms, cap * sizeof *list->atoms);
			list->bools = xrealloc(list->bools, cap);
		}
		list->atoms[list->n++] = a;
		size_t n;
		if ((n = t_word(t, "or")) > 0)
			list->bools[list->n - 1] = 'o';
		else if ((n = t_word(t, "and")) > 0)
			list->bools[list->n - 1] = 'a';
		else
			return list;
		t->pos += n;
	}
}

/* an item's value depends on the extra when its key (the variable
 * eval_item looks up) is "extra" */
static int on_extra(const struct marker *m)
{
	return strcmp(m->lvar ? m->l : m->r, "extra") == 0;
}

static size_t extra_tests(const struct marker *m)
{
	if (!m->list)
		return (size_t)on_extra(m);
	size_t n = 0;
	for (size_t i = 0; i < m->n; i++)
		n += extra_tests(m->atoms[i]);
	return n;
}

/* scheme://netloc, or file: (urllib's test, roughly) */
static int url_ok(const char *u)
{
	size_t i = 0;
	if (!isalpha((unsigned char)u[0]))
		return 0;
	while (isalnum((unsigned char)u[i]) || u[i] == '+' || u[i] == '-' || u[i] == '.')
		i++;
	if (u[i] != ':')
		return 0;
	if (strncasecmp(u, "file:", 5) == 0)
		return 1;
	return u[i + 1] == '/' && u[i + 2] == '/' && u[i + 3] && u[i + 3] != '/';
}

/* "[a, b]" after the name, if there: 0, or -1 with t->why */
static int req_extras(struct tok *t, struct pepreq *r)
{
	const char *line = t->s;
	size_t n;
	if (line[t->pos] != '[')
		return 0;
	t->pos++;
	skip(t);
	while ((n = t_ident(t)) > 0) {
		strv_push(&r->extras, xstrndup(line + t->pos, n));
		t->pos += n;
		skip(t);
		if (t_ident(t)) {
			t->why = "expected a comma between extra names";
			return -1;
		}
		if (line[t->pos] != ',')
			break;
		t->pos++;
		skip(t);
		if (!t_ident(t)) {
			t->why = "expected an extra name after the comma";
			return -1;
		}
	}
	skip(t);
	if (line[t->pos] != ']') {
		t->why = "expected ']' after the extras";
		return -1;
	}
	t->pos++;
	return 0;
}

/* "@ URL": 0, or -1 with t->why */
static int req_url(struct tok *t, struct pepreq *r)
{
	const char *line = t->s;
	t->pos++;
	skip(t);
	size_t n = strcspn(line + t->pos, " \t");
	if (!n) {
		t->why = "expected a URL after @";
		return -1;
	}
	r->url = xstrndup(line + t->pos, n);
	t->pos += n;
	if (!url_ok(r->url)) {
		t->why = "invalid URL";
		return -1;
	}
	if (line[t->pos] && !t_ws(t)) {
		t->why = "expected whitespace after the URL";
		return -1;
	}
	skip(t);
	return 0;
}

/* the version specifiers, bare or in parentheses, into r->specs: 0, or
 * -1 with t->why */
static int req_specs(struct tok *t, struct pepreq *r)
{
	const char *line = t->s;
	struct buf specs = {0};
	size_t n;
	int paren = line[t->pos] == '(';
	if (paren)
		t->pos++;
	skip(t);
	while ((n = t_spec(t)) > 0) {
		buf_add(&specs, line + t->pos, n);
		t->pos += n;
		skip(t);
		if (line[t->pos] != ',')
			break;
		buf_addc(&specs, ',');
		t->pos++;
		skip(t);
	}
	skip(t);
	if (paren) {
		if (line[t->pos] != ')') {
			buf_free(&specs);
			t->why = "expected ')' after the version specifier";
			return -1;
		}
		t->pos++;
	}
	skip(t);
	r->specs = buf_steal(&specs);
	return 0;
}

/* packaging normalises the extra name of the marker's first item only, and
 * makes that side a value even when it names a variable ("extra ==
 * os_name" is extra == "os-name") */
static void first_extra_normal(struct marker *m)
{
	struct marker *first = m->atoms[0];
	char **side = NULL;
	int *var = NULL;
	if (!first->list && first->lvar && strcmp(first->l, "extra") == 0)
		side = &first->r, var = &first->rvar;
	else if (!first->list && first->rvar && strcmp(first->r, "extra") == 0)
		side = &first->l, var = &first->lvar;
	if (side) {
		char *n = pep503_name(*side);
		free(*side);
		*side = n;
		*var = 0;
	}
}

/* "; MARKER" to the end: 0, or -1 with t->why */
static int req_marker(struct tok *t, struct pepreq *r)
{
	const char *line = t->s;
	if (line[t->pos] != ';') {
		t->why = r->url ? "expected end or ';' after the URL" : "expected end or ';' after the version specifier";
		return -1;
	}
	t->pos++;
	r->marker = parse_marker(t, 0);
	if (!r->marker)
		return -1;
	if (extra_tests(r->marker) > PEP508_MAX_EXTRA_TESTS) {
		t->why = "marker tests 'extra' more than " PEP508_STR(PEP508_MAX_EXTRA_TESTS) " times";
		return -1;
	}
	first_extra_normal(r->marker);
	skip(t);
	if (line[t->pos]) {
		t->why = "unexpected text after the marker";
		return -1;
	}
	return 0;
}

int pepreq_parse(const char *line, struct pepreq *r, const char **why)
{
	struct tok t = {line, 0, NULL};
	memset(r, 0, sizeof *r);
	skip(&t);
	size_t n = t_ident(&t);
	if (!n) {
		*why = "expected a package name at the start of the requirement";
		return -1;
	}
	r->name = xstrndup(line + t.pos, n);
	t.pos += n;
	skip(&t);
	if (req_extras(&t, r) != 0)
		goto fail;
	skip(&t);
	if ((line[t.pos] == '@' ? req_url(&t, r) : req_specs(&t, r)) != 0)
		goto fail;
	if (line[t.pos] && req_marker(&t, r) != 0)
		goto fail;
	if (!r->specs)
		r->specs = xstrdup("");
	/* the specifiers must also hold as a set */
	struct pepset set;
	if (pepset_parse(r->specs, &set, why) != 0) {
		pepreq_free(r);
		return -1;
	}
	pepset_free(&set);
	return 0;
fail:
	*why = t.why;
	pepreq_free(r);
	return -1;
}

/* ---- evaluation ------------------------------------------------------- */

char *pep503_name(const char *name)
{
	struct buf b = {0};
	for (const char *p = name; *p; p++) {
		if (*p == '-' || *p == '_' || *p == '.') {
			while (p[1] == '-' || p[1] == '_' || p[1] == '.')
				p++;
			buf_addc(&b, '-');
		} else {
			buf_addc(&b, (char)tolower((unsigned char)*p));
		}
	}
	return buf_steal(&b);
}

static const char *env_get(const struct pyenv *env, const char *extra, const char *key)
{
	static const struct { const char *k; size_t off; } map[] = {
		{"python_version", offsetof(struct pyenv, python_version)},
		{"python_full_version", offsetof(struct pyenv, python_full_version)},
		{"os_name", offsetof(struct pyenv, os_name)},
		{"sys_platform", offsetof(struct pyenv, sys_platform)},
		{"platform_release", offsetof(struct pyenv, platform_release)},
		{"platform_system", offsetof(struct pyenv, platform_system)},
		{"platform_version", offsetof(struct pyenv, platform_version)},
		{"platform_machine", offsetof(struct pyenv, platform_machine)},
		{"platform_python_implementation", offsetof(struct pyenv, platform_python_implementation)},
		{"implementation_name", offsetof(struct pyenv, implementation_name)},
		{"implementation_version", offsetof(struct pyenv, implementation_version)},
	};
	if (strcmp(key, "extra") == 0)
		return extra;
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
		if (strcmp(map[i].k, key) == 0)
			return *(const char *const *)((const char *)env + map[i].off);
	return NULL;
}

static int eval_item(const struct marker *m, const struct pyenv *env, const char *extra, const char **why)
{
	const char *key = m->lvar ? m->l : m->r;
	const char *val = env_get(env, extra, key);
	if (!val) {
		*why = "marker names a variable the environment does not define";
		return -1;
	}
	char *lhs = xstrdup(m->lvar ? val : m->l), *rhs = xstrdup(m->lvar ? m->r : val);
	if (strcmp(key, "extra") == 0) {
		char *a = pep503_name(lhs), *b = pep503_name(rhs);
		free(lhs);
		free(rhs);
		lhs = a;
		rhs = b;
	}
	int r;
	char *spec = xasprintf("%s%s", m->op, rhs);
	const char *w;
	r = pep440_spec_contains(spec, lhs, &w);
	free(spec);
	if (r == -2) {
		*why = "marker compares a version with something that is not one";
		r = -1;
	} else if (r == -1) {
		int c = strcmp(lhs, rhs);
		const char *op = m->op;
		if (strcmp(op, "in") == 0)
			r = strstr(rhs, lhs) != NULL;
		else if (strcmp(op, "not in") == 0)
			r = strstr(rhs, lhs) == NULL;
		else if (strcmp(op, "<") == 0)
			r = c < 0;
		else if (strcmp(op, "<=") == 0)
			r = c <= 0;
		else if (strcmp(op, "==") == 0)
			r = c == 0;
		else if (strcmp(op, "!=") == 0)
			r = c != 0;
		else if (strcmp(op, ">=") == 0)
			r = c >= 0;
		else if (strcmp(op, ">") == 0)
			r = c > 0;
		else {
			*why = "marker operator undefined on strings";
			r = -1;
		}
	}
	free(lhs);
	free(rhs);
	return r;
}

static int eval(const struct marker *m, const struct pyenv *env, const char *extra, const char **why)
{
	if (!m->list)
		return eval_item(m, env, extra, why);
	/* any(all(group)) over groups split at "or"; every atom is evaluated */
	int any = 0, all = 1;
	for (size_t i = 0; i < m->n; i++) {
		int r = eval(m->atoms[i], env, extra, why);
		if (r < 0)
			return -1;
		all &= r;
		if (i + 1 == m->n || m->bools[i] == 'o') {
			any |= all;
			all = 1;
		}
	}
	return any;
}

int pepreq_marker(const struct pepreq *r, const struct pyenv *env, const char *extra, const char **why)
{
	return r->marker ? eval(r->marker, env, extra, why) : 1;
}

static void format(const struct marker *m, struct buf *b, int first)
{
	if (m->list && m->n == 1) {
		format(m->atoms[0], b, 1);
		return;
	}
	if (m->list) {
		if (!first)
			buf_addc(b, '(');
		for (size_t i = 0; i < m->n; i++) {
			if (i)
				buf_adds(b, m->bools[i - 1] == 'o' ? " or " : " and ");
			format(m->atoms[i], b, 0);
		}
		if (!first)
			buf_addc(b, ')');
		return;
	}
	buf_printf(b, m->lvar ? "%s %s " : "\"%s\" %s ", m->l, m->op);
	buf_printf(b, m->rvar ? "%s" : "\"%s\"", m->r);
}

char *pepreq_marker_str(const struct pepreq *r)
{
	struct buf b = {0};
	if (r->marker)
		format(r->marker, &b, 1);
	return buf_steal(&b);
}

static void extra_names(const struct marker *m, struct strv *out)
{
	if (m->list) {
		for (size_t i = 0; i < m->n; i++)
			extra_names(m->atoms[i], out);
		return;
	}
	if (m->lvar && strcmp(m->l, "extra") == 0 && !m->rvar)
		strv_push(out, pep503_name(m->r));
	else if (m->rvar && strcmp(m->r, "extra") == 0 && !m->lvar)
		strv_push(out, pep503_name(m->l));
}

/* pepreq_extras evaluates the marker once per extra it names.  The
 * items that do not depend on the extra are evaluated once, and those that
 * do are prepared once (the other side normalised, parsed as a specifier
 * or a version), so that each evaluation is a walk of the marker with
 * string comparisons: the results are eval_item's, item by item. */
struct xitem {
	int dep;              /* the value depends on the extra */
	int val;              /* !dep: the value */
	int xleft;            /* dep: the extra is the left side */
	const char *op;
	char *lit;            /* dep: the other side, PEP 503-normalised */
	int spok;             /* xleft: op + lit is a specifier, in sp */
	struct pepspec sp;
	int lvok;             /* !xleft: lit is a version, in lv */
	struct pepver lv;
};

struct xspec {            /* op + the extra, parsed once per extra */
	const char *op;
	int ok;
	struct pepspec sp;
};

struct xeval {
	struct xitem *items;
	size_t n;
	const char *x;        /* the extra */
	int xvok;             /* x is a version, in xv */
	struct pepver xv;
	struct xspec specs[16];
	size_t nspecs;
};

static size_t count_items(const struct marker *m)
{
	if (!m->list)
		return 1;
	size_t n = 0;
	for (size_t i = 0; i < m->n; i++)
		n += count_items(m->atoms[i]);
	return n;
}

static int prepare(const struct marker *m, const struct pyenv *env, struct xeval *c, const char **why)
{
	if (m->list) {
		for (size_t i = 0; i < m->n; i++)
			if (prepare(m->atoms[i], env, c, why) != 0)
				return -1;
		return 0;
	}
	struct xitem *it = &c->items[c->n++];
	it->op = m->op;
	if (!on_extra(m)) {
		it->val = eval_item(m, env, "", why);
		return it->val < 0 ? -1 : 0;
	}
	it->dep = 1;
	it->xleft = m->lvar;
	it->lit = pep503_name(m->lvar ? m->r : m->l);
	const char *w;
	if (it->xleft) {
		char *spec = xasprintf("%s%s", m->op, it->lit);
		it->spok = pep440_spec_parse(spec, &it->sp, &w) == 0;
		free(spec);
	} else {
		it->lvok = pepver_parse(it->lit, &it->lv, &w) == 0;
	}
	return 0;
}

static const struct xspec *xspec_for(struct xeval *c, const char *op)
{
	for (size_t i = 0; i < c->nspecs; i++)
		if (strcmp(c->specs[i].op, op) == 0)
			return &c->specs[i];
	struct xspec *s = &c->specs[c->nspecs++];   /* t_op's eight operators, "in", "not in" */
	char *spec = xasprintf("%s%s", op, c->x);
	const char *w;
	s->op = op;
	s->ok = pep440_spec_parse(spec, &s->sp, &w) == 0;
	free(spec);
	return s;
}

static int eval_xitem(const struct xitem *it, struct xeval *c, const char **why)
{
	const char *lhs = it->xleft ? c->x : it->lit, *rhs = it->xleft ? it->lit : c->x;
	int r = -1;   /* as pep440_spec_contains(op + rhs, lhs) */
	if (it->xleft && it->spok)
		r = c->xvok ? pep440_spec_test(&it->sp, &c->xv) : -2;
	else if (!it->xleft) {
		const struct xspec *s = xspec_for(c, it->op);
		if (s->ok)
			r = it->lvok ? pep440_spec_test(&s->sp, &it->lv) : -2;
	}
	if (r == -2) {
		*why = "marker compares a version with something that is not one";
		return -1;
	}
	if (r >= 0)
		return r;
	int d = strcmp(lhs, rhs);
	const char *op = it->op;
	if (strcmp(op, "in") == 0)
		return strstr(rhs, lhs) != NULL;
	if (strcmp(op, "not in") == 0)
		return strstr(rhs, lhs) == NULL;
	if (strcmp(op, "<") == 0)
		return d < 0;
	if (strcmp(op, "<=") == 0)
		return d <= 0;
	if (strcmp(op, "==") == 0)
		return d == 0;
	if (strcmp(op, "!=") == 0)
		return d != 0;
	if (strcmp(op, ">=") == 0)
		return d >= 0;
	if (strcmp(op, ">") == 0)
		return d > 0;
	*why = "marker operator undefined on strings";
	return -1;
}

/* eval() with the items taken in order from c */
static int eval_x(const struct marker *m, struct xeval *c, size_t *k, const char **why)
{
	if (!m->list) {
		const struct xitem *it = &c->items[(*k)++];
		return it->dep ? eval_xitem(it, c, why) : it->val;
	}
	int any = 0, all = 1;
	for (size_t i = 0; i < m->n; i++) {
		int r = eval_x(m->atoms[i], c, k, why);
		if (r < 0)
			return -1;
		all &= r;
		if (i + 1 == m->n || m->bools[i] == 'o') {
			any |= all;
			all = 1;
		}
	}
	return any;
}

static void xeval_reset(struct xeval *c)
{
	for (size_t i = 0; i < c->nspecs; i++)
		if (c->specs[i].ok)
			pep440_spec_free(&c->specs[i].sp);
	c->nspecs = 0;
	if (c->xvok)
		pepver_free(&c->xv);
	c->xvok = 0;
}

static void xeval_free(struct xeval *c)
{
	xeval_reset(c);
	for (size_t i = 0; i < c->n; i++) {
		free(c->items[i].lit);
		if (c->items[i].spok)
			pep440_spec_free(&c->items[i].sp);
		if (c->items[i].lvok)
			pepver_free(&c->items[i].lv);
	}
	free(c->items);
}

int pepreq_extras(const struct pepreq *r, const struct pyenv *env, struct strv *out, const char **why)
{
	int base = pepreq_marker(r, env, "", why);
	if (base != 0)
		return base;
	struct strv names = {0};
	extra_names(r->marker, &names);
	strv_sort(&names);
	strv_uniq(&names);
	struct xeval c = {0};
	c.items = xcalloc(count_items(r->marker), sizeof *c.items);
	int rc = prepare(r->marker, env, &c, why);
	for (size_t i = 0; i < names.n && rc == 0; i++) {
		const char *w;
		xeval_reset(&c);
		c.x = names.v[i];
		c.xvok = pepver_parse(c.x, &c.xv, &w) == 0;
		size_t k = 0;
		int on = eval_x(r->marker, &c, &k, why);
		if (on < 0)
			rc = -1;
		else if (on)
			strv_add(out, names.v[i]);
	}
	xeval_free(&c);
	strv_free(&names);
	return rc;
}
