/* Cargo versions and requirements: the grammar of semver 1.x's parse.rs and
 * the matching rules of its eval.rs, then the requirement as an interval and
 * in debcargo's Debian form. */
#include "cargover.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* ---- parsing --------------------------------------------------------- */

/* A numeric identifier: digits, no leading zero, fits in 64 bits. */
static int numeric(const char **s, uint64_t *out, const char **why)
{
	const char *p = *s;
	uint64_t v = 0;
	size_t n = 0;
	while (p[n] >= '0' && p[n] <= '9') {
		if (v == 0 && n > 0) {
			*why = "leading zero in a version number";
			return -1;
		}
		unsigned d = (unsigned)(p[n] - '0');
		if (v > (UINT64_MAX - d) / 10) {
			*why = "version number too large";
			return -1;
		}
		v = v * 10 + d;
		n++;
	}
	if (n == 0) {
		*why = *p ? "unexpected character where a version number belongs" : "unexpected end of version";
		return -1;
	}
	*out = v;
	*s = p + n;
	return 0;
}

static int is_idch(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

/* Dot-separated identifiers [A-Za-z0-9-]+; pre-release numeric ones may
 * not have leading zeros.  Returns the length taken, or -1. */
static long identifiers(const char *s, int pre, const char **why)
{
	size_t len = 0;
	for (;;) {
		size_t n = 0;
		int digits = 1;
		while (is_idch(s[len + n])) {
			if (s[len + n] < '0' || s[len + n] > '9')
				digits = 0;
			n++;
		}
		if (n == 0) {
			*why = pre ? "empty pre-release identifier" : "empty build metadata identifier";
			return -1;
		}
		if (pre && digits && n > 1 && s[len] == '0') {
			*why = "leading zero in a pre-release identifier";
			return -1;
		}
		len += n;
		if (s[len] != '.')
			return (long)len;
		len++;
	}
}

int cargover_parse(const char *s, struct npmver *v, const char **why)
{
	memset(v, 0, sizeof *v);
	const char *p = s;
	if (numeric(&p, &v->major, why) != 0)
		return -1;
	if (*p++ != '.') {
		*why = "expected '.' after the major version";
		return -1;
	}
	if (numeric(&p, &v->minor, why) != 0)
		return -1;
	if (*p++ != '.') {
		*why = "expected '.' after the minor version";
		return -1;
	}
	if (numeric(&p, &v->patch, why) != 0)
		return -1;
	long n = 0;
	if (*p == '-') {
		if ((n = identifiers(++p, 1, why)) < 0)
			return -1;
	}
	v->pre = xstrndup(p, (size_t)n);
	p += n;
	n = 0;
	if (*p == '+') {
		if ((n = identifiers(++p, 0, why)) < 0) {
			npmver_free(v);
			return -1;
		}
	}
	v->build = xstrndup(p, (size_t)n);
	p += n;
	if (*p) {
		*why = "unexpected character after the version";
		npmver_free(v);
		return -1;
	}
	return 0;
}

static const char *skip_sp(const char *s)
{
	while (*s == ' ')
		s++;
	return s;
}

static int is_wild(char c)
{
	return c == '*' || c == 'x' || c == 'X';
}

static int parse_cmp(const char **s, struct cargocmp *c, const char **why)
{
	const char *p = *s;
	memset(c, 0, sizeof *c);
	int dflt = 0;
	if (p[0] == '=')
		c->op = CARGO_EXACT, p++;
	else if (p[0] == '>' && p[1] == '=')
		c->op = CARGO_GE, p += 2;
	else if (p[0] == '>')
		c->op = CARGO_GT, p++;
	else if (p[0] == '<' && p[1] == '=')
		c->op = CARGO_LE, p += 2;
	else if (p[0] == '<')
		c->op = CARGO_LT, p++;
	else if (p[0] == '~')
		c->op = CARGO_TILDE, p++;
	else if (p[0] == '^')
		c->op = CARGO_CARET, p++;
	else
		c->op = CARGO_CARET, dflt = 1;
	p = skip_sp(p);
	if (numeric(&p, &c->major, why) != 0)
		return -1;
	int wild = 0;
	if (*p == '.') {
		p++;
		if (is_wild(*p)) {
			p++;
			wild = 1;
			if (dflt)
				c->op = CARGO_WILDCARD;
		} else {
			if (numeric(&p, &c->minor, why) != 0)
				return -1;
			c->has_minor = 1;
		}
	}
	if (*p == '.') {
		p++;
		if (is_wild(*p)) {
			p++;
			if (dflt)
				c->op = CARGO_WILDCARD;
		} else if (wild) {
			*why = "unexpected version number after a wildcard";
			return -1;
		} else {
			if (numeric(&p, &c->patch, why) != 0)
				return -1;
			c->has_patch = 1;
		}
	}
	long n = 0;
	if (c->has_patch && *p == '-') {
		if ((n = identifiers(++p, 1, why)) < 0)
			return -1;
	}
	c->pre = xstrndup(p, (size_t)n);
	p += n;
	if (c->has_patch && *p == '+') {
		if ((n = identifiers(++p, 0, why)) < 0) {
			free(c->pre);
			c->pre = NULL;
			return -1;
		}
		p += n;
	}
	*s = skip_sp(p);
	return 0;
}

int cargoreq_parse(const char *s, struct cargoreq *r, const char **why)
{
	memset(r, 0, sizeof *r);
	const char *p = skip_sp(s);
	if (is_wild(*p)) {
		const char *rest = skip_sp(p + 1);
		if (!*rest)
			return 0;   /* "*": any release */
		*why = *rest == ',' ? "a wildcard must be the only comparator"
				    : "unexpected character after a wildcard";
		return -1;
	}
	for (;;) {
		if (r->n == CARGOREQ_MAX_CMPS) {
			*why = "too many comparators (at most 32)";
			cargoreq_free(r);
			return -1;
		}
		r->c = xrealloc(r->c, (r->n + 1) * sizeof *r->c);
		if (parse_cmp(&p, &r->c[r->n], why) != 0) {
			cargoreq_free(r);
			return -1;
		}
		r->n++;
		if (!*p)
			return 0;
		if (*p != ',') {
			*why = "expected ',' between comparators";
			cargoreq_free(r);
			return -1;
		}
		p = skip_sp(p + 1);
	}
}

void cargoreq_free(struct cargoreq *r)
{
	for (size_t i = 0; i < r->n; i++)
		free(r->c[i].pre);
	free(r->c);
	r->c = NULL;
	r->n = 0;
}

/* ---- matching (eval.rs) ---------------------------------------------- */

static int m_exact(const struct cargocmp *c, const struct npmver *v)
{
	if (v->major != c->major)
		return 0;
	if (c->has_minor && v->minor != c->minor)
		return 0;
	if (c->has_patch && v->patch != c->patch)
		return 0;
	return strcmp(v->pre, c->pre) == 0;
}

/* sign of v - c on the named parts, then the pre-release; 2 when a missing
 * part decides ("not greater" and "not less"). */
static int m_order(const struct cargocmp *c, const struct npmver *v)
{
	if (v->major != c->major)
		return v->major > c->major ? 1 : -1;
	if (!c->has_minor)
		return 2;
	if (v->minor != c->minor)
		return v->minor > c->minor ? 1 : -1;
	if (!c->has_patch)
		return 2;
	if (v->patch != c->patch)
		return v->patch > c->patch ? 1 : -1;
	return npmver_pre_cmp(v->pre, c->pre);
}

static int m_tilde(const struct cargocmp *c, const struct npmver *v)
{
	if (v->major != c->major)
		return 0;
	if (c->has_minor && v->minor != c->minor)
		return 0;
	if (c->has_patch && v->patch != c->patch)
		return v->patch > c->patch;
	return npmver_pre_cmp(v->pre, c->pre) >= 0;
}

static int m_caret(const struct cargocmp *c, const struct npmver *v)
{
	if (v->major != c->major)
		return 0;
	if (!c->has_minor)
		return 1;
	if (!c->has_patch)
		return c->major > 0 ? v->minor >= c->minor : v->minor == c->minor;
	if (c->major > 0) {
		if (v->minor != c->minor)
			return v->minor > c->minor;
		if (v->patch != c->patch)
			return v->patch > c->patch;
	} else if (c->minor > 0) {
		if (v->minor != c->minor)
			return 0;
		if (v->patch != c->patch)
			return v->patch > c->patch;
	} else if (v->minor != c->minor || v->patch != c->patch) {
		return 0;
	}
	return npmver_pre_cmp(v->pre, c->pre) >= 0;
}

static int m_one(const struct cargocmp *c, const struct npmver *v)
{
	switch (c->op) {
	case CARGO_EXACT:
	case CARGO_WILDCARD: return m_exact(c, v);
	case CARGO_GT: return m_order(c, v) == 1;
	case CARGO_GE: return m_exact(c, v) || m_order(c, v) == 1;
	case CARGO_LT: return m_order(c, v) == -1;
	case CARGO_LE: return m_exact(c, v) || m_order(c, v) == -1;
	case CARGO_TILDE: return m_tilde(c, v);
	case CARGO_CARET: return m_caret(c, v);
	}
	return 0;
}

static int pre_compatible(const struct cargocmp *c, const struct npmver *v)
{
	return c->major == v->major && c->has_minor && c->minor == v->minor &&
	       c->has_patch && c->patch == v->patch && *c->pre;
}

int cargoreq_test(const struct cargoreq *r, const struct npmver *v)
{
	for (size_t i = 0; i < r->n; i++)
		if (!m_one(&r->c[i], v))
			return 0;
	if (!*v->pre)
		return 1;
	for (size_t i = 0; i < r->n; i++)
		if (pre_compatible(&r->c[i], v))
			return 1;
	return 0;
}

/* ---- the requirement as an interval ----------------------------------- */

/* A point of SemVer order: a version, or "low0", the place just below every
 * pre-release of M.m.p.  prec is how many parts the requirement wrote. */
struct pt {
	int set, incl, low0, prec;
	uint64_t M, m, p;
	const char *pre;    /* borrowed; "" for a release */
};

static int pt_cmp(const struct pt *a, const struct pt *b)
{
	if (a->M != b->M)
		return a->M < b->M ? -1 : 1;
	if (a->m != b->m)
		return a->m < b->m ? -1 : 1;
	if (a->p != b->p)
		return a->p < b->p ? -1 : 1;
	int ra = a->low0 ? 0 : *a->pre ? 1 : 2, rb = b->low0 ? 0 : *b->pre ? 1 : 2;
	if (ra != rb)
		return ra < rb ? -1 : 1;
	return ra == 1 ? npmver_pre_cmp(a->pre, b->pre) : 0;
}

static struct pt pt_make(uint64_t M, uint64_t m, uint64_t p, const char *pre, int low0, int incl, int prec)
{
	struct pt t = {1, incl, low0, prec, M, m, p, pre};
	return t;
}

/* One comparator's interval in SemVer order (pre-release admission aside). */
static void cmp_interval(const struct cargocmp *c, struct pt *lo, struct pt *hi)
{
	uint64_t M = c->major, m = c->minor, p = c->patch;
	int prec = c->has_patch ? 3 : c->has_minor ? 2 : 1;
	int mover = m == UINT64_MAX, Mover = M == UINT64_MAX, pover = p == UINT64_MAX;
	struct pt none = {0};
	*lo = none;
	*hi = none;
	/* the end of this comparator's written precision: below M+1, M.m+1;
	 * past the largest number the next part up carries */
	struct pt next_major = Mover ? none : pt_make(M + 1, 0, 0, "", 1, 0, 1);
	struct pt next_minor = mover ? next_major : pt_make(M, m + 1, 0, "", 1, 0, 2);
	struct pt next_up = prec == 1 ? next_major : next_minor;
	switch (c->op) {
	case CARGO_EXACT:
	case CARGO_WILDCARD:
		if (prec == 3) {
			*lo = pt_make(M, m, p, c->pre, 0, 1, 3);
			*hi = *lo;
		} else {
			*lo = pt_make(M, m, 0, "", 0, 1, prec);
			*hi = next_up;
		}
		break;
	case CARGO_GT:
		if (prec == 3)
			*lo = pt_make(M, m, p, c->pre, 0, 0, 3);
		else if (prec == 2)
			*lo = next_minor, lo->incl = 1;
		else
			*lo = next_major, lo->incl = 1;
		if (!lo->set)   /* nothing is greater */
			*lo = pt_make(M, m, p, "", 0, 0, 3), *hi = *lo;
		break;
	case CARGO_GE:
		*lo = prec == 3 ? pt_make(M, m, p, c->pre, 0, 1, 3) : pt_make(M, m, 0, "", 0, 1, prec);
		break;
	case CARGO_LT:
		*hi = prec == 3 ? pt_make(M, m, p, c->pre, 0, 0, 3) : pt_make(M, m, 0, "", 1, 0, prec);
		break;
	case CARGO_LE:
		*hi = prec == 3 ? pt_make(M, m, p, c->pre, 0, 1, 3) : next_up;
		break;
	case CARGO_TILDE:
		*lo = prec == 3 ? pt_make(M, m, p, c->pre, 0, 1, 3) : pt_make(M, m, 0, "", 0, 1, prec);
		*hi = next_up;
		break;
	case CARGO_CARET:
		if (prec == 1) {
			*lo = pt_make(M, 0, 0, "", 1, 1, 1);
			*hi = next_major;
			break;
		}
		*lo = prec == 3 ? pt_make(M, m, p, c->pre, 0, 1, 3) : pt_make(M, m, 0, "", 1, 1, 2);
		if (M > 0)
			*hi = next_major;
		else if (m > 0 || prec == 2)
			*hi = next_minor;
		else
			*hi = pover ? next_minor : pt_make(0, 0, p + 1, "", 1, 0, 3);
		break;
	}
}

/* The intersection of the comparators; 0 when empty. */
static int req_interval(const struct cargoreq *r, struct pt *lo, struct pt *hi)
{
	struct pt none = {0};
	*lo = none;
	*hi = none;
	for (size_t i = 0; i < r->n; i++) {
		struct pt l, h;
		cmp_interval(&r->c[i], &l, &h);
		if (l.set) {
			int d = lo->set ? pt_cmp(&l, lo) : 1;
			if (d > 0 || (d == 0 && !l.incl))
				*lo = l;
		}
		if (h.set) {
			int d = hi->set ? pt_cmp(&h, hi) : -1;
			if (d < 0 || (d == 0 && !h.incl))
				*hi = h;
		}
	}
	if (lo->set && hi->set) {
		int d = pt_cmp(lo, hi);
		if (d > 0 || (d == 0 && !(lo->incl && hi->incl)))
			return 0;
	}
	/* Only pre-releases of a M.m.p that some comparator names can match: a
	 * lower bound below the pre-releases of any other M.m.p rises to it. */
	if (lo->set && lo->low0) {
		int named = 0;
		for (size_t i = 0; i < r->n; i++) {
			const struct cargocmp *c = &r->c[i];
			if (*c->pre && c->major == lo->M && c->minor == lo->m && c->patch == lo->p)
				named = 1;
		}
		if (!named)
			lo->low0 = 0;
	}
	/* at least 0.0.0 is no bound at all */
	if (lo->set && lo->incl && !lo->low0 && !*lo->pre && !lo->M && !lo->m && !lo->p)
		lo->set = 0;
	return 1;
}

/* "1.2.3", "1.2.3~beta.1" ('-' in identifiers as the family spells it:
 * '_' for RPM, '+' for Debian), "1.2.3~" for low0. */
static char *spell(const struct pt *t, const struct verspell *sp)
{
	struct npmver v = {t->M, t->m, t->p, (char *)(t->low0 ? "0" : t->pre), (char *)""};
	return npmver_spell(&v, sp);
}

void cargoreq_intervals(const struct cargoreq *r, const struct verspell *t, struct ivlist *out)
{
	struct pt lo, hi;
	if (!req_interval(r, &lo, &hi))
		return;
	if (!lo.set && !hi.set) {
		out->any = 1;
		return;
	}
	struct interval iv = {0};
	if (lo.set && hi.set && lo.incl && hi.incl && pt_cmp(&lo, &hi) == 0)
		iv.exact = 1;
	if (lo.set)
		iv.lo = (struct bound){lo.incl ? BOUND_INCL : BOUND_EXCL, spell(&lo, t)};
	if (hi.set)
		iv.hi = (struct bound){hi.incl ? BOUND_INCL : BOUND_EXCL, spell(&hi, t)};
	ivlist_push(out, iv);
}

/* ---- debcargo's Debian form ------------------------------------------- */

/* debcargo writes bounds at the requirement's precision: "1.2-~~". */
static char *deb_ver(const struct pt *t, const struct verspell *sp)
{
	if (!*t->pre && !(t->low0 && t->prec == 3)) {
		if (t->prec == 1)
			return xasprintf("%llu", (unsigned long long)t->M);
		if (t->prec == 2)
			return xasprintf("%llu.%llu", (unsigned long long)t->M, (unsigned long long)t->m);
	}
	return spell(t, sp);
}

/* The smallest point above t: for a release M.m.p at precision 3 the next
 * patch; for a pre-release, pre + ".0". */
static struct pt after(const struct pt *t, char **owned)
{
	struct pt s = *t;
	s.incl = 1;
	s.low0 = 0;
	*owned = NULL;
	if (*t->pre) {
		*owned = xasprintf("%s.0", t->pre);
		s.pre = *owned;
	} else if (t->p < UINT64_MAX) {
		s.p = t->p + 1;
		s.prec = 3;
	} else if (t->m < UINT64_MAX) {   /* carry: nothing lies between */
		s.m = t->m + 1, s.p = 0, s.prec = 2;
	} else if (t->M < UINT64_MAX) {
		s.M = t->M + 1, s.m = s.p = 0, s.prec = 1;
	} else {
		s.set = 0;
	}
	return s;
}

#define DEB_MAX_ALTS 16

char *cargoreq_deb(const struct cargoreq *r, const char *base, const char *suffix, const struct verspell *sp)
{
	struct pt lo, hi;
	if (!req_interval(r, &lo, &hi))
		return NULL;
	char *own_ge = NULL, *own_lt = NULL;
	struct pt ge = lo, lt = hi;
	if (lo.set && !lo.incl)
		ge = after(&lo, &own_ge);
	if (hi.set && hi.incl)
		lt = after(&hi, &own_lt);
	struct buf b = {0};
	char *gs = ge.set ? deb_ver(&ge, sp) : NULL, *ls = lt.set ? deb_ver(&lt, sp) : NULL;
	if (!ge.set && !lt.set) {
		buf_printf(&b, "%s%s", base, suffix);
	} else if (!lt.set) {
		buf_printf(&b, "%s%s (>= %s-~~)", base, suffix, gs);
	} else if (!ge.set) {
		buf_printf(&b, "%s%s (<< %s-~~)", base, suffix, ls);
	} else {
		/* one alternative per semver level between the bounds, highest
		 * first, each on debcargo's virtual package for that level */
		int level = ge.M < lt.M ? 1 : ge.m < lt.m ? 2 : 3;
		uint64_t from = level == 1 ? ge.M : level == 2 ? ge.m : ge.p;
		uint64_t to = level == 1 ? lt.M : level == 2 ? lt.m : lt.p;
		if (from == to || to - from >= DEB_MAX_ALTS) {
			/* both bounds fall in one level (only pre-releases differ), or
			 * too many levels to list: bound the unversioned name */
			buf_printf(&b, "%s%s (>= %s-~~), %s%s (<< %s-~~)", base, suffix, gs, base, suffix, ls);
		} else {
			int first = 1;
			for (uint64_t k = to + 1; k-- > from;) {
				char *name = level == 1 ? xasprintf("%s-%llu%s", base, (unsigned long long)k, suffix)
					   : level == 2 ? xasprintf("%s-%llu.%llu%s", base, (unsigned long long)ge.M,
								    (unsigned long long)k, suffix)
							: xasprintf("%s-%llu.%llu.%llu%s", base, (unsigned long long)ge.M,
								    (unsigned long long)ge.m, (unsigned long long)k, suffix);
				/* where the level starts: M.0.0, M.m.0 or M.m.p */
				struct pt start = pt_make(level == 1 ? k : ge.M, level == 1 ? 0 : level == 2 ? k : ge.m,
							  level == 3 ? k : 0, "", 0, 1, level);
				int at_start_lt = k == to && !*lt.pre && pt_cmp(&lt, &start) <= 0;
				int at_start_ge = k == from && !*ge.pre && !ge.low0 && pt_cmp(&ge, &start) == 0;
				if (at_start_lt) {
					free(name);
					continue;   /* "<< the level's own start" admits nothing */
				}
				if (!first)
					buf_adds(&b, " | ");
				first = 0;
				if (k == from && !at_start_ge)
					buf_printf(&b, "%s (>= %s-~~)", name, gs);
				else if (k == to)
					buf_printf(&b, "%s (<< %s-~~)", name, ls);
				else
					buf_adds(&b, name);
				free(name);
			}
			if (first) {   /* every alternative was dropped */
				free(gs);
				free(ls);
				free(own_ge);
				free(own_lt);
				buf_free(&b);
				return NULL;
			}
		}
	}
	free(gs);
	free(ls);
	free(own_ge);
	free(own_lt);
	return buf_steal(&b);
}
