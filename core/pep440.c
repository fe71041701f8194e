/* PEP 440 versions and specifiers, following packaging 23.x: the version
 * regex of version.py, the specifier regex and the _compare_* functions of
 * specifiers.py (including their string-level quirks for "~=" and ".*"). */
#include "pep440.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"

/* ---- lexical helpers ------------------------------------------------- */

/* Length of one whitespace character as Python's \s sees it, or 0. */
static size_t pyspace(const char *s)
{
	unsigned char c = (unsigned char)s[0];
	if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f))
		return 1;
	const unsigned char *u = (const unsigned char *)s;
	if (c == 0xc2 && (u[1] == 0x85 || u[1] == 0xa0))
		return 2;
	if (c == 0xe1 && u[1] == 0x9a && u[2] == 0x80)
		return 3;
	if (c == 0xe2 && u[1] == 0x80 && ((u[2] >= 0x80 && u[2] <= 0x8a) || u[2] == 0xa8 || u[2] == 0xa9 || u[2] == 0xaf))
		return 3;
	if (c == 0xe2 && u[1] == 0x81 && u[2] == 0x9f)
		return 3;
	if (c == 0xe3 && u[1] == 0x80 && u[2] == 0x80)
		return 3;
	return 0;
}

static const char *skip_ws(const char *s, const char *e)
{
	size_t n;
	while (s < e && (n = pyspace(s)) > 0)
		s += n;
	return s;
}

/* The end of [s, e) with trailing whitespace removed. */
static const char *trim_end(const char *s, const char *e)
{
	const char *end = s;
	for (const char *p = s; p < e;) {
		size_t n = pyspace(p);
		if (n) {
			p += n;
		} else {
			p++;
			end = p;
		}
	}
	return end;
}

static int is_sep(char c)
{
	return c == '-' || c == '_' || c == '.';
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* digits at *p (at least one) as a number without leading zeros, or NULL */
static char *number(const char **p, const char *e)
{
	const char *s = *p, *t;
	if (s >= e || !is_digit(*s))
		return NULL;
	for (t = s; t < e && is_digit(*t); t++)
		;
	*p = t;
	while (t - s > 1 && *s == '0')
		s++;
	return xstrndup(s, (size_t)(t - s));
}

static int num_cmp(const char *a, const char *b)
{
	size_t an = strlen(a), bn = strlen(b);
	if (an != bn)
		return an < bn ? -1 : 1;
	int c = strcmp(a, b);
	return c < 0 ? -1 : c > 0;
}

static int num_zero(const char *a)
{
	return strcmp(a, "0") == 0;
}

static char *num_inc(const char *a)
{
	size_t n = strlen(a);
	char *r = xmalloc(n + 2);
	r[0] = '0';
	memcpy(r + 1, a, n + 1);
	for (size_t i = n; ; i--) {
		if (r[i] != '9') {
			r[i]++;
			break;
		}
		r[i] = '0';
	}
	if (r[0] == '0')
		memmove(r, r + 1, n + 1);
	return r;
}

/* The longest of the words at p (already lower-cased text). */
static size_t word(const char *p, const char *e, const char *const *words, const char **which)
{
	size_t best = 0;
	for (size_t i = 0; words[i]; i++) {
		size_t n = strlen(words[i]);
		if (n > best && (size_t)(e - p) >= n && memcmp(p, words[i], n) == 0) {
			best = n;
			*which = words[i];
		}
	}
	return best;
}

/* ---- versions -------------------------------------------------------- */

void pepver_free(struct pepver *v)
{
	for (size_t i = 0; i < v->nrel; i++)
		free(v->rel[i]);
	free(v->rel);
	free(v->epoch);
	free(v->pre_n);
	free(v->post);
	free(v->post_l);
	free(v->pre_l);
	free(v->dev);
	free(v->local);
	memset(v, 0, sizeof *v);
}

static const char *const pre_words[] = {"a", "b", "c", "rc", "alpha", "beta", "pre", "preview", NULL};
static const char *const post_words[] = {"post", "rev", "r", NULL};
static const char *const dev_words[] = {"dev", NULL};

/* The text being parsed: folded (ASCII lower case, and the Unicode
 * letters that Python's re.IGNORECASE matches to ASCII ones replaced by
 * them) for matching, and the original for what packaging keeps. */
struct text {
	const char *orig;
	const size_t *map;    /* folded offset -> original offset */
	const char *fold;
};

/* Python's str.lower() of the original behind folded [a, b) */
static char *pylower(const struct text *t, const char *a, const char *b)
{
	const char *s = t->orig + t->map[a - t->fold], *e = t->orig + t->map[b - t->fold];
	struct buf out = {0};
	for (; s < e; s++) {
		const unsigned char *u = (const unsigned char *)s;
		if (u[0] == 0xc4 && u[1] == 0xb0) {         /* İ -> i + combining dot */
			buf_adds(&out, "i\xcc\x87");
			s++;
		} else if (u[0] == 0xe2 && u[1] == 0x84 && u[2] == 0xaa) {   /* Kelvin sign -> k */
			buf_addc(&out, 'k');
			s += 2;
		} else {
			buf_addc(&out, (char)tolower(u[0]));
		}
	}
	return buf_steal(&out);
}

/* An optional [-_.]? WORD [-_.]? N? group; returns 1 when taken, with the
 * word as written (lower-cased) in *lw and the number (0 when absent) in
 * *n. */
static int letter_group(const struct text *t, const char **p, const char *e, const char *const *words,
			char **lw, char **n)
{
	const char *s = *p, *which;
	if (s < e && is_sep(*s))
		s++;
	size_t w = word(s, e, words, &which);
	if (!w)
		return 0;
	*lw = pylower(t, s, s + w);
	s += w;
	if (s < e && is_sep(*s))
		s++;
	*n = number(&s, e);
	if (!*n)
		*n = xstrdup("0");
	*p = s;
	return 1;
}

/* packaging's _parse_letter_version spellings */
static char *letter(char *w, int post)
{
	static const char *const map[][2] = {
		{"alpha", "a"}, {"beta", "b"}, {"c", "rc"}, {"pre", "rc"}, {"preview", "rc"},
		{"rev", "post"}, {"r", "post"},
	};
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
		if (strcmp(w, map[i][0]) == 0) {
			free(w);
			return xstrdup(map[i][1]);
		}
	(void)post;
	return w;
}

/* Parse the folded text [s, e) (no surrounding blanks). */
static int parse_core(const struct text *tx, const char *s, const char *e, struct pepver *v, int allow_local,
		      const char **why)
{
	const char *p = s;
	memset(v, 0, sizeof *v);
	if (p < e && *p == 'v')
		p++;
	/* epoch: digits followed by '!' */
	const char *q = p;
	char *n = number(&q, e);
	if (n && q < e && *q == '!') {
		v->epoch = n;
		p = q + 1;
	} else {
		free(n);
		v->epoch = xstrdup("0");
	}
	size_t cap = 0;
	for (;;) {
		n = number(&p, e);
		if (!n) {
			*why = "not a PEP 440 version";
			goto fail;
		}
		if (v->nrel == cap) {
			cap = cap ? cap * 2 : 4;
			v->rel = xrealloc(v->rel, cap * sizeof *v->rel);
		}
		v->rel[v->nrel++] = n;
		if (p + 1 < e && *p == '.' && is_digit(p[1]))
			p++;
		else
			break;
	}
	char *num, *lw;
	if (letter_group(tx, &p, e, pre_words, &lw, &num)) {
		v->pre_l = letter(lw, 0);
		v->pre_n = num;
	}
	q = p;
	if (q + 1 < e && *q == '-' && is_digit(q[1])) {
		q++;
		v->post = number(&q, e);
		v->post_l = xstrdup("post");
		p = q;
	} else if (letter_group(tx, &p, e, post_words, &lw, &num)) {
		v->post = num;
		v->post_l = letter(lw, 1);
	}
	if (letter_group(tx, &p, e, dev_words, &lw, &num)) {
		v->dev = num;
		free(lw);
	}
	if (p < e && *p == '+' && allow_local) {
		p++;
		struct buf b = {0};
		for (;;) {
			const char *t = p;
			while (p < e && (isalnum((unsigned char)*p)))
				p++;
			if (p == t) {
				buf_free(&b);
				*why = "empty local version segment";
				goto fail;
			}
			/* numeric segments lose their leading zeros (int(part)) */
			int digits = 1;
			for (const char *c = t; c < p; c++)
				if (!is_digit(*c))
					digits = 0;
			if (digits)
				while (p - t > 1 && *t == '0')
					t++;
			if (b.len)
				buf_addc(&b, '.');
			char *seg = pylower(tx, t, p);
			buf_adds(&b, seg);
			free(seg);
			if (p + 1 < e && is_sep(*p) && isalnum((unsigned char)p[1]))
				p++;
			else
				break;
		}
		v->local = buf_steal(&b);
	}
	if (p != e) {
		*why = "not a PEP 440 version";
		goto fail;
	}
	return 0;
fail:
	pepver_free(v);
	return -1;
}

/* Parse [s, e) with surrounding whitespace allowed; lower-cases a copy. */
static int parse_span(const char *s, const char *e, struct pepver *v, int allow_local, const char **why)
{
	s = skip_ws(s, e);
	e = trim_end(s, e);
	if ((size_t)(e - s) > PEPVER_MAX_LEN) {
		memset(v, 0, sizeof *v);
		*why = "version too long";
		return -1;
	}
	size_t n = (size_t)(e - s);
	char *fold = xmalloc(n + 1);
	size_t *map = xmalloc((n + 1) * sizeof *map);
	size_t k = 0;
	for (size_t i = 0; i < n;) {
		const unsigned char *u = (const unsigned char *)s + i;
		size_t len = 1;
		char c = (char)tolower(u[0]);
		if (i + 1 < n && u[0] == 0xc5 && u[1] == 0xbf)
			c = 's', len = 2;                              /* long s */
		else if (i + 1 < n && u[0] == 0xc4 && (u[1] == 0xb1 || u[1] == 0xb0))
			c = 'i', len = 2;                              /* dotless i, dotted I */
		else if (i + 2 < n && u[0] == 0xe2 && u[1] == 0x84 && u[2] == 0xaa)
			c = 'k', len = 3;                              /* Kelvin sign */
		map[k] = i;
		fold[k++] = c;
		i += len;
	}
	map[k] = n;
	fold[k] = 0;
	struct text tx = {s, map, fold};
	int r = parse_core(&tx, fold, fold + k, v, allow_local, why);
	free(fold);
	free(map);
	return r;
}

int pepver_parse(const char *s, struct pepver *v, const char **why)
{
	return parse_span(s, s + strlen(s), v, 1, why);
}

int pepver_is_pre(const struct pepver *v)
{
	return v->pre_l || v->dev;
}

/* release with trailing zeros ignored */
static int cmp_release(const struct pepver *a, const struct pepver *b)
{
	size_t na = a->nrel, nb = b->nrel;
	while (na > 1 && num_zero(a->rel[na - 1]))
		na--;
	while (nb > 1 && num_zero(b->rel[nb - 1]))
		nb--;
	for (size_t i = 0; i < na && i < nb; i++) {
		int c = num_cmp(a->rel[i], b->rel[i]);
		if (c)
			return c;
	}
	return na < nb ? -1 : na > nb;
}

static int cmp_digits(const char *a, size_t an, const char *b, size_t bn)
{
	if (an != bn)
		return an < bn ? -1 : 1;
	int c = memcmp(a, b, an);
	return c < 0 ? -1 : c > 0;
}

/* local parts: numeric segments above strings, shorter below longer */
static int cmp_local(const char *a, const char *b)
{
	if (!a || !b)
		return a ? 1 : b ? -1 : 0;
	for (;;) {
		size_t an = strcspn(a, "."), bn = strcspn(b, ".");
		int ad = 1, bd = 1;
		for (size_t i = 0; i < an; i++)
			ad &= is_digit(a[i]);
		for (size_t i = 0; i < bn; i++)
			bd &= is_digit(b[i]);
		int c;
		if (ad && bd) {
			c = cmp_digits(a, an, b, bn);
		} else if (ad != bd) {
			c = ad ? 1 : -1;
		} else {
			c = memcmp(a, b, an < bn ? an : bn);
			c = c ? (c < 0 ? -1 : 1) : an < bn ? -1 : an > bn;
		}
		if (c)
			return c;
		a += an;
		b += bn;
		if (!*a || !*b)
			return *a ? 1 : *b ? -1 : 0;
		a++;
		b++;
	}
}

/* packaging's _cmpkey: pre is -inf for a bare dev release, +inf when
 * absent; post -inf when absent; dev +inf when absent; local -inf. */
static int pre_rank(const struct pepver *v)
{
	if (!v->pre_l && !v->post && v->dev)
		return 0;
	return v->pre_l ? 1 : 2;
}

int pepver_cmp(const struct pepver *a, const struct pepver *b)
{
	int c = num_cmp(a->epoch, b->epoch);
	if (!c)
		c = cmp_release(a, b);
	if (!c) {
		int ra = pre_rank(a), rb = pre_rank(b);
		c = ra < rb ? -1 : ra > rb;
		if (!c && ra == 1) {
			c = strcmp(a->pre_l, b->pre_l);   /* "a" < "b" < "rc" */
			c = c < 0 ? -1 : c > 0;
			if (!c)
				c = num_cmp(a->pre_n, b->pre_n);
		}
	}
	if (!c) {
		if (!a->post != !b->post)
			c = a->post ? 1 : -1;
		else if (a->post) {
			c = strcmp(a->post_l, b->post_l);   /* "post", unless a look-alike */
			c = c < 0 ? -1 : c > 0;
			if (!c)
				c = num_cmp(a->post, b->post);
		}
	}
	if (!c) {
		if (!a->dev != !b->dev)
			c = a->dev ? -1 : 1;
		else if (a->dev)
			c = num_cmp(a->dev, b->dev);
	}
	if (!c)
		c = cmp_local(a->local, b->local);
	return c;
}

static void add_release(struct buf *b, const struct pepver *v, int strip)
{
	size_t n = v->nrel;
	if (strip)
		while (n > 1 && num_zero(v->rel[n - 1]))
			n--;
	for (size_t i = 0; i < n; i++)
		buf_printf(b, "%s%s", i ? "." : "", v->rel[i]);
}

/* the release as written, zeros appended up to width components */
static void add_release_padded(struct buf *b, const struct pepver *v, size_t width)
{
	add_release(b, v, 0);
	for (size_t i = v->nrel; i < width; i++)
		buf_adds(b, ".0");
}

static const char *pre_word(const struct pepver *v)
{
	return v->pre_l;
}

/* packaging's canonicalize_version (strip) or str(Version), public part
 * only when public is set */
static char *canon(const struct pepver *v, int strip, int public)
{
	struct buf b = {0};
	if (!num_zero(v->epoch))
		buf_printf(&b, "%s!", v->epoch);
	add_release(&b, v, strip);
	if (v->pre_l)
		buf_printf(&b, "%s%s", pre_word(v), v->pre_n);
	if (v->post)
		buf_printf(&b, ".post%s", v->post);
	if (v->dev)
		buf_printf(&b, ".dev%s", v->dev);
	if (v->local && !public)
		buf_printf(&b, "+%s", v->local);
	return buf_steal(&b);
}

char *pepver_str(const struct pepver *v)
{
	return canon(v, 0, 0);
}

/* Upstreams and Debian spell one PEP 440 release with or without its
 * trailing zeros ("0.17-1", "0.17.0-1"), so a bound that must sit above
 * every spelling of X writes X out to this many components at least. */
#define SPELL_WIDTH 3

/* strip: the release's trailing zeros go; else it is written out to
 * width components (0: as written) */
static char *to_distro(const struct pepver *v, const struct verspell *sp, int strip, size_t width)
{
	struct buf b = {0};
	if (!num_zero(v->epoch))
		buf_printf(&b, "%s:", v->epoch);
	/* dpkg: a post release of a final release is spelled three
	 * components wide, above every spelling of that release ("0.17.0-1"
	 * is 0.17, so 0.17.post1 is "0.17.0+post1", not "0.17+post1") */
	if (sp->revisions_above && v->post && !v->pre_l && width < SPELL_WIDTH)
		width = SPELL_WIDTH;
	if (strip && width) {
		struct pepver w = *v;
		while (w.nrel > 1 && num_zero(w.rel[w.nrel - 1]))
			w.nrel--;
		add_release_padded(&b, &w, width);
	} else if (strip) {
		add_release(&b, v, 1);
	} else {
		add_release_padded(&b, v, width);
	}
	if (v->pre_l)
		buf_printf(&b, "~%s%s", pre_word(v), v->pre_n);
	if (v->post)
		buf_printf(&b, "%spost%s", sp->post_sep, v->post);
	if (v->dev)
		buf_printf(&b, "~~dev%s", v->dev);
	if (v->local)
		buf_printf(&b, "%slocal.%s", sp->post_sep, v->local);
	return buf_steal(&b);
}

/* Only ASCII letters that packaging spells itself reach a distribution,
 * and only epochs that RPM (32 bits) and dpkg (int) can hold. */
static int plain(const struct pepver *v)
{
	if (num_cmp(v->epoch, "2147483647") > 0)
		return 0;
	if (v->pre_l && strcmp(v->pre_l, "a") != 0 && strcmp(v->pre_l, "b") != 0 && strcmp(v->pre_l, "rc") != 0)
		return 0;
	if (v->post_l && strcmp(v->post_l, "post") != 0)
		return 0;
	for (const char *c = v->local; c && *c; c++)
		if ((unsigned char)*c >= 0x80)
			return 0;
	return 1;
}

char *pepver_spell(const struct pepver *v, const struct verspell *sp)
{
	return plain(v) ? to_distro(v, sp, 1, 0) : NULL;
}

char *pepver_pkgver(const struct pepver *v, const struct verspell *sp)
{
	return plain(v) ? to_distro(v, sp, 0, 0) : NULL;
}

/* ---- specifiers ------------------------------------------------------ */

void pepset_free(struct pepset *set)
{
	for (size_t i = 0; i < set->n; i++) {
		free(set->s[i].text);
		pepver_free(&set->s[i].v);
	}
	free(set->s);
	set->s = NULL;
	set->n = 0;
}

/* One specifier, [s, e) already trimmed, by the specifier regex. */
static int parse_spec(const char *s, const char *e, struct pepspec *sp, const char **why)
{
	static const struct { const char *t; enum pepop op; } ops[] = {
		{"===", PEP_ARB}, {"~=", PEP_COMPAT}, {"==", PEP_EQ}, {"!=", PEP_NE},
		{"<=", PEP_LE}, {">=", PEP_GE}, {"<", PEP_LT}, {">", PEP_GT},
	};
	memset(sp, 0, sizeof *sp);
	size_t i, oplen = 0;
	for (i = 0; i < sizeof ops / sizeof ops[0]; i++) {
		oplen = strlen(ops[i].t);
		if ((size_t)(e - s) >= oplen && memcmp(s, ops[i].t, oplen) == 0)
			break;
	}
	if (i == sizeof ops / sizeof ops[0]) {
		*why = "specifier without an operator";
		return -1;
	}
	sp->op = ops[i].op;
	const char *t = skip_ws(s + oplen, e);
	/* "===" first: "===1" also starts with "==", but "=1" is no version */
	if (sp->op == PEP_ARB) {
		for (const char *p = t; p < e; p++)
			if (*p == ';' || *p == ')' || pyspace(p)) {
				*why = "blank, ';' or ')' inside an arbitrary version";
				return -1;
			}
		sp->text = xstrndup(t, (size_t)(e - t));
		const char *ignore;
		sp->parsed = parse_span(t, e, &sp->v, 1, &ignore) == 0;
		return 0;
	}
	sp->text = xstrndup(t, (size_t)(e - t));
	const char *ve = e;
	if ((sp->op == PEP_EQ || sp->op == PEP_NE) && e - t >= 2 && e[-2] == '.' && e[-1] == '*') {
		sp->wild = 1;
		ve = e - 2;
		if (trim_end(t, ve) != ve) {
			/* "1.0 .*": the wildcard must follow the release */
			*why = "invalid wildcard";
			goto fail;
		}
	}
	int local_ok = sp->op == PEP_EQ || sp->op == PEP_NE;
	if (parse_span(t, ve, &sp->v, local_ok && !sp->wild, why) != 0)
		goto fail;
	sp->parsed = 1;
	if (sp->wild && (sp->v.pre_l || sp->v.post || sp->v.dev || sp->v.local)) {
		*why = "a wildcard may only follow a release";
		goto fail;
	}
	if (sp->op == PEP_COMPAT && sp->v.nrel < 2) {
		*why = "~= needs at least two release numbers";
		goto fail;
	}
	return 0;
fail:
	free(sp->text);
	pepver_free(&sp->v);
	memset(sp, 0, sizeof *sp);
	if (!*why)
		*why = "invalid specifier";
	return -1;
}

int pepset_parse(const char *s, struct pepset *set, const char **why)
{
	memset(set, 0, sizeof *set);
	const char *p = s;
	for (;;) {
		const char *comma = strchr(p, ',');
		const char *end = comma ? comma : p + strlen(p);
		const char *a = skip_ws(p, end), *b = trim_end(a, end);
		if (a < b) {
			if (set->n == PEPSET_MAX_SPECS) {
				pepset_free(set);
				*why = "more than " PEP440_STR(PEPSET_MAX_SPECS) " specifiers";
				return -1;
			}
			if ((set->n & (set->n - 1)) == 0)   /* at 0, 1, 2, 4, ...: room to the next power of two */
				set->s = xrealloc(set->s, (set->n ? 2 * set->n : 1) * sizeof *set->s);
			*why = NULL;
			if (parse_spec(a, b, &set->s[set->n], why) != 0) {
				pepset_free(set);
				return -1;
			}
			set->n++;
		}
		if (!comma)
			return 0;
		p = comma + 1;
	}
}

/* ---- matching -------------------------------------------------------- */

static int base_eq(const struct pepver *a, const struct pepver *b)
{
	return num_cmp(a->epoch, b->epoch) == 0 && cmp_release(a, b) == 0;
}

/* public part of v compared with w */
static int cmp_public(const struct pepver *v, const struct pepver *w)
{
	struct pepver p = *v;
	p.local = NULL;
	return pepver_cmp(&p, w);
}

/* packaging's _version_split on a string */
static void version_split(const char *s, struct strv *out)
{
	for (;;) {
		size_t n = strcspn(s, ".");
		/* ^([0-9]+)((?:a|b|c|rc)[0-9]+)$ */
		size_t d = 0;
		while (d < n && is_digit(s[d]))
			d++;
		size_t k = d, w = 0;
		if (d > 0 && k < n) {
			if (n - k >= 2 && s[k] == 'r' && s[k + 1] == 'c')
				w = 2;
			else if (s[k] == 'a' || s[k] == 'b' || s[k] == 'c')
				w = 1;
		}
		size_t m = k + w;
		int split = w > 0 && m < n;
		for (size_t i = m; split && i < n; i++)
			if (!is_digit(s[i]))
				split = 0;
		if (split) {
			strv_push(out, xstrndup(s, d));
			strv_push(out, xstrndup(s + d, n - d));
		} else {
			strv_push(out, xstrndup(s, n));
		}
		if (!s[n])
			return;
		s += n + 1;
	}
}

static int all_digit_str(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!is_digit(*s))
			return 0;
	return 1;
}

/* _compare_equal with a ".*" prefix (prefix given without ".*") */
static int equal_prefix(const struct pepver *v, const char *prefix)
{
	char *pv = canon(v, 1, 1);
	struct pepver pp;
	const char *ignore;
	char *ps = parse_span(prefix, prefix + strlen(prefix), &pp, 1, &ignore) == 0 ? canon(&pp, 0, 0) : xstrdup(prefix);
	pepver_free(&pp);
	struct strv a = {0}, b = {0};
	version_split(pv, &a);
	version_split(ps, &b);
	size_t na = 0, nb = 0;
	while (na < a.n && all_digit_str(a.v[na]))
		na++;
	while (nb < b.n && all_digit_str(b.v[nb]))
		nb++;
	/* pad a's release with zeros to b's length, then compare b.n items */
	int eq = 1;
	for (size_t i = 0; i < b.n && eq; i++) {
		const char *x;
		if (i < na)
			x = a.v[i];
		else if (i < nb)
			x = "0";
		else {
			size_t pad = nb > na ? nb - na : 0;
			size_t j = i - pad;
			x = j < a.n ? a.v[j] : NULL;
		}
		eq = x && strcmp(x, b.v[i]) == 0;
	}
	strv_free(&a);
	strv_free(&b);
	free(pv);
	free(ps);
	return eq;
}

static int starts_suffix(const char *s)
{
	return str_startswith(s, "dev") || str_startswith(s, "a") || str_startswith(s, "b") ||
	       str_startswith(s, "rc") || str_startswith(s, "post");
}

/* "~=" uses the written text: the prefix is everything before the last
 * release-like item, as _version_split and _is_not_suffix see it */
static char *compat_prefix(const char *text)
{
	struct strv parts = {0};
	version_split(text, &parts);
	size_t n = 0;
	while (n < parts.n && !starts_suffix(parts.v[n]))
		n++;
	struct buf b = {0};
	for (size_t i = 0; i + 1 < n; i++)
		buf_printf(&b, "%s%s", i ? "." : "", parts.v[i]);
	strv_free(&parts);
	return buf_steal(&b);
}

static int spec_test(const struct pepspec *sp, const struct pepver *v)
{
	const struct pepver *w = &sp->v;
	switch (sp->op) {
	case PEP_COMPAT: {
		if (cmp_public(v, w) < 0)
			return 0;
		char *prefix = compat_prefix(sp->text);
		int ok = equal_prefix(v, prefix);
		free(prefix);
		return ok;
	}
	case PEP_EQ:
	case PEP_NE: {
		int eq;
		if (sp->wild) {
			char *prefix = xstrndup(sp->text, strlen(sp->text) - 2);
			eq = equal_prefix(v, prefix);
			free(prefix);
		} else {
			eq = w->local ? pepver_cmp(v, w) == 0 : cmp_public(v, w) == 0;
		}
		return sp->op == PEP_EQ ? eq : !eq;
	}
	case PEP_LE:
		return cmp_public(v, w) <= 0;
	case PEP_GE:
		return cmp_public(v, w) >= 0;
	case PEP_LT:
		if (pepver_cmp(v, w) >= 0)
			return 0;
		return !(!pepver_is_pre(w) && pepver_is_pre(v) && base_eq(v, w));
	case PEP_GT:
		if (pepver_cmp(v, w) <= 0)
			return 0;
		if (!w->post && v->post && base_eq(v, w))
			return 0;
		return !(v->local && base_eq(v, w));
	case PEP_ARB: {
		char *s = pepver_str(v);
		int eq = strcasecmp(s, sp->text) == 0;
		free(s);
		return eq;
	}
	}
	return 0;
}

/* Specifier.prereleases: does this specifier name a pre-release? */
static int spec_names_pre(const struct pepspec *sp, const char **why)
{
	if (sp->op != PEP_EQ && sp->op != PEP_GE && sp->op != PEP_LE && sp->op != PEP_COMPAT && sp->op != PEP_ARB)
		return 0;
	if (!sp->parsed) {
		*why = "=== names no PEP 440 version, so packaging cannot decide pre-release admission";
		return -1;
	}
	return pepver_is_pre(&sp->v);
}

int pepset_test(const struct pepset *set, const struct pepver *v, const char **why)
{
	/* packaging decides admission before it looks at the version, asking
	 * each specifier until one admits, and fails on "===junk"; asked in
	 * written order (see tests/oracles/pypi/oracle.py) */
	int admit = 0;
	for (size_t i = 0; i < set->n && !admit; i++) {
		int r = spec_names_pre(&set->s[i], why);
		if (r < 0)
			return -1;
		admit = r;
	}
	if (pepver_is_pre(v) && !admit)
		return 0;
	for (size_t i = 0; i < set->n; i++)
		if (!spec_test(&set->s[i], v))
			return 0;
	return 1;
}

/* ---- intervals ------------------------------------------------------- */

/* A point of PEP 440 order: a version, or (above) the place just above
 * every version whose release is v's (its posts, dev releases, locals). */
struct pp {
	int set, incl, above;
	struct pepver v;     /* owned */
};

struct piv {
	struct pp lo, hi;
};

struct plist {
	struct piv *v;
	size_t n;
};

static char *dup0(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

static struct pepver ver_copy(const struct pepver *v)
{
	struct pepver c = *v;
	c.rel = xmalloc((v->nrel ? v->nrel : 1) * sizeof *c.rel);
	for (size_t i = 0; i < v->nrel; i++)
		c.rel[i] = xstrdup(v->rel[i]);
	c.epoch = dup0(v->epoch);
	c.pre_n = dup0(v->pre_n);
	c.post = dup0(v->post);
	c.post_l = dup0(v->post_l);
	c.pre_l = dup0(v->pre_l);
	c.dev = dup0(v->dev);
	c.local = dup0(v->local);
	return c;
}

/* release only (with epoch), optionally as its ".dev0" */
static struct pepver ver_base(const struct pepver *v, int dev0)
{
	struct pepver c = ver_copy(v);
	free(c.pre_l);
	free(c.post_l);
	c.pre_l = c.post_l = NULL;
	free(c.pre_n);
	free(c.post);
	free(c.dev);
	free(c.local);
	c.pre_n = c.post = c.local = NULL;
	c.dev = dev0 ? xstrdup("0") : NULL;
	return c;
}

static struct pp pt(struct pepver v, int incl, int above)
{
	struct pp p = {1, incl, above, v};
	return p;
}

static int pp_cmp(const struct pp *a, const struct pp *b)
{
	if (a->above || b->above) {
		int c = num_cmp(a->v.epoch, b->v.epoch);
		if (!c)
			c = cmp_release(&a->v, &b->v);
		if (c)
			return c;
		return a->above - b->above;
	}
	return pepver_cmp(&a->v, &b->v);
}

static void pp_free(struct pp *p)
{
	if (p->set)
		pepver_free(&p->v);
	p->set = 0;
}

static void plist_free(struct plist *l)
{
	for (size_t i = 0; i < l->n; i++) {
		pp_free(&l->v[i].lo);
		pp_free(&l->v[i].hi);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

static void plist_add(struct plist *l, struct pp lo, struct pp hi)
{
	l->v = xrealloc(l->v, (l->n + 1) * sizeof *l->v);
	l->v[l->n].lo = lo;
	l->v[l->n].hi = hi;
	l->n++;
}

static struct pp none(void)
{
	struct pp p;
	memset(&p, 0, sizeof p);
	return p;
}

/* The next release at the prefix's length: 1.4 -> 1.5 */
static struct pepver ver_bump(const struct pepver *v)
{
	struct pepver c = ver_base(v, 1);
	char *n = num_inc(c.rel[c.nrel - 1]);
	free(c.rel[c.nrel - 1]);
	c.rel[c.nrel - 1] = n;
	return c;
}

static int prefix_interval(const struct pepver *pfx, struct pp *lo, struct pp *hi)
{
	/* packaging compares strings: with an epoch, a version whose release
	 * (trailing zeros dropped) is shorter than the prefix never matches */
	if (!num_zero(pfx->epoch) && num_zero(pfx->rel[pfx->nrel - 1])) {
		struct pepver s = ver_base(pfx, 0);
		while (s.nrel > 1 && num_zero(s.rel[s.nrel - 1]))
			free(s.rel[--s.nrel]);
		*lo = pt(s, 0, 1);
	} else {
		*lo = pt(ver_base(pfx, 1), 1, 0);
	}
	*hi = pt(ver_bump(pfx), 0, 0);
	return 0;
}

/* One specifier's set; -1 when it cannot be stated. */
static int spec_intervals(const struct pepspec *sp, struct plist *out)
{
	const struct pepver *w = &sp->v;
	struct pp lo, hi;
	switch (sp->op) {
	case PEP_GE:
		plist_add(out, pt(ver_copy(w), 1, 0), none());
		return 0;
	case PEP_LE:
		plist_add(out, none(), pt(ver_copy(w), 1, 0));
		return 0;
	case PEP_GT:
		if (w->post) {
			plist_add(out, pt(ver_copy(w), 0, 0), none());
		} else {
			if (pepver_is_pre(w))   /* the base itself; pre-releases between are dropped */
				plist_add(out, pt(ver_base(w, 0), 1, 0), pt(ver_base(w, 0), 1, 0));
			plist_add(out, pt(ver_base(w, 0), 0, 1), none());
		}
		return 0;
	case PEP_LT:
		if (pepver_is_pre(w)) {
			plist_add(out, none(), pt(ver_copy(w), 0, 0));
		} else {
			plist_add(out, none(), pt(ver_base(w, 1), 0, 0));
			if (w->post)
				plist_add(out, pt(ver_base(w, 0), 1, 0), pt(ver_copy(w), 0, 0));
		}
		return 0;
	case PEP_EQ:
	case PEP_NE:
		if (sp->wild) {
			if (prefix_interval(w, &lo, &hi) != 0)
				return -1;
		} else {
			lo = pt(ver_copy(w), 1, 0);
			hi = pt(ver_copy(w), 1, 0);
		}
		if (sp->op == PEP_EQ) {
			plist_add(out, lo, hi);
		} else {
			lo.incl = !lo.incl;
			hi.incl = !hi.incl;
			plist_add(out, none(), lo);
			plist_add(out, hi, none());
		}
		return 0;
	case PEP_COMPAT: {
		char *prefix = compat_prefix(sp->text);
		struct pepver pfx;
		const char *ignore;
		int r = parse_span(prefix, prefix + strlen(prefix), &pfx, 0, &ignore);
		free(prefix);
		if (r != 0)
			return -1;
		if (pfx.pre_l || pfx.post || pfx.dev || prefix_interval(&pfx, &lo, &hi) != 0) {
			pepver_free(&pfx);
			return -1;
		}
		pepver_free(&pfx);
		struct pp ge = pt(ver_copy(w), 1, 0);
		if (pp_cmp(&ge, &lo) > 0) {
			pp_free(&lo);
			lo = ge;
		} else {
			pp_free(&ge);
		}
		plist_add(out, lo, hi);
		return 0;
	}
	case PEP_ARB:
		if (!sp->parsed)
			return -1;
		{
			char *s = pepver_str(w);
			int same = strcasecmp(s, sp->text) == 0;
			free(s);
			if (same)   /* otherwise nothing matches */
				plist_add(out, pt(ver_copy(w), 1, 0), pt(ver_copy(w), 1, 0));
		}
		return 0;
	}
	return -1;
}

static int empty(const struct pp *lo, const struct pp *hi)
{
	if (!lo->set || !hi->set)
		return 0;
	int d = pp_cmp(lo, hi);
	return d > 0 || (d == 0 && !(lo->incl && hi->incl));
}

static struct pp pp_copy(const struct pp *p)
{
	struct pp c = *p;
	if (p->set)
		c.v = ver_copy(&p->v);
	return c;
}

/* the tighter of two bounds: the higher low, the lower high */
static const struct pp *tighter(const struct pp *a, const struct pp *b, int low)
{
	if (!a->set)
		return b;
	if (!b->set)
		return a;
	int d = pp_cmp(a, b);
	if (d == 0)
		return a->incl ? b : a;
	return (low ? d > 0 : d < 0) ? a : b;
}

/* The running intersection of pepset_intervals: sorted, disjoint
 * intervals whose bounds point into the specifiers' own interval lists
 * (or at the unbounded "none"), so that a step copies no version.  A step
 * intersects with one specifier's intervals J (at most two, sorted and
 * disjoint): by binary search, the intervals wholly below or above J go,
 * those whose both bounds lie strictly inside J stay as they are (one
 * block), and only the few at J's two ends are computed as the pairwise
 * intersection of the plain algorithm would (tighter() and its tie rule),
 * so the result holds the same bound objects as that algorithm's. */
struct pref {
	const struct pp *lo, *hi;
};

struct prefs {
	struct pref *v;
	size_t n, cap;
};

static const struct pp unbounded;

static void prefs_add(struct prefs *l, const struct pp *lo, const struct pp *hi)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 8;
		l->v = xrealloc(l->v, l->cap * sizeof *l->v);
	}
	l->v[l->n++] = (struct pref){lo, hi};
}

/* The tests below are monotone along sorted, disjoint intervals (false,
 * then true), so first() finds where each starts by binary search. */
typedef int (*ptest)(const struct pref *r, const struct piv *j);

static size_t first(const struct prefs *a, size_t lo, size_t hi, ptest test, const struct piv *j)
{
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (test(&a->v[mid], j))
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* r reaches J: not wholly below it */
static int reaches(const struct pref *r, const struct piv *j)
{
	return !(r->hi->set && j->lo.set && pp_cmp(r->hi, &j->lo) < 0);
}

/* r wholly above J */
static int beyond(const struct pref *r, const struct piv *j)
{
	return r->lo->set && j->hi.set && pp_cmp(r->lo, &j->hi) > 0;
}

/* tighter(r->lo, J's lo, 1) keeps r's */
static int lo_stays(const struct pref *r, const struct piv *j)
{
	const struct pp *lo = r->lo, *jlo = &j->lo;
	if (!jlo->set)
		return 1;
	if (!lo->set)
		return 0;
	int d = pp_cmp(lo, jlo);
	return d > 0 || (d == 0 && !lo->incl);
}

/* tighter(r->hi, J's hi, 0) does not keep r's */
static int hi_goes(const struct pref *r, const struct piv *j)
{
	const struct pp *hi = r->hi, *jhi = &j->hi;
	if (!jhi->set)
		return 0;
	if (!hi->set)
		return 1;
	int d = pp_cmp(hi, jhi);
	return !(d < 0 || (d == 0 && !hi->incl));
}

static void intersect(const struct prefs *a, const struct plist *b, struct prefs *out)
{
	for (size_t j = 0; j < b->n; j++) {
		const struct piv *J = &b->v[j];
		const struct pp *jlo = &J->lo, *jhi = &J->hi;
		size_t p = first(a, 0, a->n, reaches, J), q = first(a, p, a->n, beyond, J);
		size_t s = first(a, p, q, lo_stays, J), t = first(a, s, q, hi_goes, J);
		for (size_t i = p; i < q; i++) {
			if (i == s && s < t) {   /* the block that stays */
				if (out->cap < out->n + (t - s)) {
					while (out->cap < out->n + (t - s))
						out->cap = out->cap ? 2 * out->cap : 8;
					out->v = xrealloc(out->v, out->cap * sizeof *out->v);
				}
				memcpy(out->v + out->n, a->v + s, (t - s) * sizeof *out->v);
				out->n += t - s;
				i = t - 1;
				continue;
			}
			const struct pp *lo = tighter(a->v[i].lo, jlo, 1);
			const struct pp *hi = tighter(a->v[i].hi, jhi, 0);
			if (!empty(lo, hi))
				prefs_add(out, lo, hi);
		}
	}
}

static int lo_cmp(const void *x, const void *y)
{
	const struct piv *a = x, *b = y;
	if (!a->lo.set || !b->lo.set)
		return a->lo.set - b->lo.set;
	int d = pp_cmp(&a->lo, &b->lo);
	return d ? d : b->lo.incl - a->lo.incl;
}

/* Sort and merge overlapping or touching intervals. */
static void normalise(struct plist *l)
{
	if (l->n > 1)
		qsort(l->v, l->n, sizeof *l->v, lo_cmp);
	size_t k = 0;
	for (size_t i = 0; i < l->n; i++) {
		if (k > 0) {
			struct piv *last = &l->v[k - 1];
			struct piv *cur = &l->v[i];
			int joins = !last->hi.set;
			if (!joins && cur->lo.set) {
				int d = pp_cmp(&cur->lo, &last->hi);
				joins = d < 0 || (d == 0 && (cur->lo.incl || last->hi.incl));
			} else if (!cur->lo.set) {
				joins = 1;
			}
			if (joins) {
				if (last->hi.set && (!cur->hi.set || tighter(&last->hi, &cur->hi, 0) == &last->hi)) {
					pp_free(&last->hi);
					last->hi = cur->hi;
				} else {
					pp_free(&cur->hi);
				}
				pp_free(&cur->lo);
				continue;
			}
		}
		l->v[k++] = l->v[i];
	}
	l->n = k;
}


/* The point above every dpkg spelling of X (padded out, a "+dfsg" or
 * "+ds" repack, any revision): X's widest spelling and the family's
 * past_revisions (Debian ".~").  high: for "<= X", below X's posts too
 * ("+post~", the post separator's own spelling) */
static char *past_class(const struct pepver *v, const struct verspell *t, int high)
{
	int final = !v->pre_l && !v->post && !v->dev && !v->local;
	char *s, *r;
	if (high && final) {   /* past X, below X's posts ("X.0+post1") */
		s = to_distro(v, t, 1, SPELL_WIDTH);
		r = xasprintf("%s%spost~", s, t->post_sep);
	} else if (high) {     /* past X's shortest spelling: a pre-release's
				  posts are not widened */
		s = to_distro(v, t, 1, 0);
		r = xasprintf("%s+~", s);
	} else {
		s = to_distro(v, t, 1, SPELL_WIDTH);
		r = xasprintf("%s%s", s, t->past_revisions);
	}
	free(s);
	return r;
}

/* spell a bound for the target (see pep440.h and interval.h) */
static struct bound spell(const struct pp *p, const struct verspell *t, int low)
{
	struct bound b = {BOUND_NONE, NULL};
	if (!p->set)
		return b;
	const struct pepver *v = &p->v;
	if (p->above && t->revisions_above) {
		/* above X's posts: past X's widest spelling (a dpkg-spelled
		 * "X.postN" sorts above it; ferry's "X+postN" below) */
		b.op = low ? BOUND_INCL : BOUND_EXCL;
		b.ver = past_class(v, t, 0);
		return b;
	}
	char *s = pepver_spell(v, t);
	if (p->above) {   /* nothing translates to "X.0": it sits above X's posts */
		b.op = BOUND_EXCL;
		b.ver = xasprintf("%s.0", s);
		free(s);
		return b;
	}
	if (!v->pre_l && !v->post && v->dev && num_zero(v->dev) && !v->local) {
		/* X.dev0 is the lowest version of release X: "X~~" */
		struct buf x = {0};
		if (!num_zero(v->epoch))
			buf_printf(&x, "%s:", v->epoch);
		add_release(&x, v, 1);
		buf_adds(&x, "~~");
		free(s);
		s = buf_steal(&x);
	}
	b.op = p->incl ? BOUND_INCL : BOUND_EXCL;
	/* Debian versions carry a revision, and one release has several
	 * spellings: "0.17-1" and "0.17.0+ds-1" are both 0.17.0.  A bound
	 * that must stay below them all is X's shortest spelling (s); one
	 * that must pass them all is past_class's */
	if (t->revisions_above && ((low && !p->incl) || (!low && p->incl))) {
		b.op = low ? BOUND_INCL : BOUND_EXCL;
		free(s);
		b.ver = past_class(v, t, !low);
		return b;
	}
	b.ver = s;
	return b;
}

int pepset_intervals(const struct pepset *set, const struct verspell *t, struct ivlist *out, const char **why)
{
	for (size_t i = 0; i < set->n; i++)
		if (set->s[i].parsed && !plain(&set->s[i].v)) {
			*why = "specifier has no distribution spelling (an epoch above 2147483647, or Unicode look-alike letters)";
			return -1;
		}
	struct plist *ones = xcalloc(set->n + 1, sizeof *ones);   /* the bounds acc points at */
	struct prefs acc = {0}, next = {0};
	prefs_add(&acc, &unbounded, &unbounded);
	for (size_t i = 0; i < set->n; i++) {
		if (spec_intervals(&set->s[i], &ones[i]) != 0) {
			for (size_t k = 0; k <= i; k++)
				plist_free(&ones[k]);
			free(ones);
			free(acc.v);
			free(next.v);
			*why = "specifier has no distribution spelling";
			return -1;
		}
		next.n = 0;
		intersect(&acc, &ones[i], &next);
		struct prefs t = acc;
		acc = next;
		next = t;
	}
	free(next.v);
	struct plist res = {0};
	res.v = xcalloc(acc.n + 1, sizeof *res.v);
	for (size_t i = 0; i < acc.n; i++) {
		res.v[i].lo = pp_copy(acc.v[i].lo);
		res.v[i].hi = pp_copy(acc.v[i].hi);
	}
	res.n = acc.n;
	free(acc.v);
	for (size_t k = 0; k < set->n; k++)
		plist_free(&ones[k]);
	free(ones);
	normalise(&res);
	out->sorted = 1;
	for (size_t i = 0; i < res.n; i++) {
		const struct piv *iv = &res.v[i];
		if (!iv->lo.set && !iv->hi.set) {
			out->any = 1;
			continue;
		}
		struct interval x = {0};
		x.lo = spell(&iv->lo, t, 1);
		x.hi = spell(&iv->hi, t, 0);
		x.exact = !t->revisions_above && iv->lo.set && iv->hi.set && iv->lo.incl && iv->hi.incl &&
			  pp_cmp(&iv->lo, &iv->hi) == 0;
		ivlist_push(out, x);
	}
	plist_free(&res);
	return 0;
}

int pep440_spec_parse(const char *spec, struct pepspec *sp, const char **why)
{
	const char *a = skip_ws(spec, spec + strlen(spec));
	const char *b = trim_end(a, spec + strlen(spec));
	*why = NULL;
	memset(sp, 0, sizeof *sp);
	return a == b || parse_spec(a, b, sp, why) != 0 ? -1 : 0;
}

int pep440_spec_test(const struct pepspec *sp, const struct pepver *v)
{
	return spec_test(sp, v);
}

void pep440_spec_free(struct pepspec *sp)
{
	free(sp->text);
	pepver_free(&sp->v);
	memset(sp, 0, sizeof *sp);
}

int pep440_spec_contains(const char *spec, const char *version, const char **why)
{
	struct pepspec sp;
	if (pep440_spec_parse(spec, &sp, why) != 0)
		return -1;
	struct pepver v;
	int r;
	if (pepver_parse(version, &v, why) != 0)
		r = -2;
	else
		r = pep440_spec_test(&sp, &v);
	pepver_free(&v);
	pep440_spec_free(&sp);
	return r;
}

char *pep440_canonical(const char *text, int strip)
{
	struct pepver v;
	const char *why;
	if (pepver_parse(text, &v, &why) != 0)
		return xstrdup(text);
	char *s = canon(&v, strip, 0);
	pepver_free(&v);
	return s;
}

const char *pep440_op(enum pepop op)
{
	static const char *const names[] = {"~=", "==", "!=", "<", "<=", ">", ">=", "==="};
	return names[op];
}
