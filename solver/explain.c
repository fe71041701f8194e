/* libsolv's problems in words (explain.h). */
#include "explain.h"

#include <solv/problems.h>
#include <solv/rules.h>
#include <stdlib.h>
#include <string.h>

static char *dep_text(Solver *solv, const struct explain_names *n, Id s, Id dep)
{
	char *t = n->dep(n->ctx, s, dep);
	return t ? t : xstrdup(pool_dep2str(solv->pool, dep));
}

/* Every provider of dep, as the packager knows them. */
static char *candidates(Solver *solv, const struct explain_names *n, Id dep)
{
	Pool *pool = solv->pool;
	struct strv c = {0};
	Id p, pp;
	FOR_PROVIDES(p, pp, dep)
		strv_push(&c, n->solvable(n->ctx, p));
	strv_sort(&c);
	strv_uniq(&c);
	char *s = c.n ? strv_join(&c, ", ") : xstrdup("none");
	strv_free(&c);
	return s;
}

static char *rule_text(Solver *solv, const struct explain_names *n, Id rid)
{
	Id source = 0, target = 0, dep = 0;
	SolverRuleinfo type = solver_ruleinfo(solv, rid, &source, &target, &dep);
	/* a job rule's source is the job's index and its target the job's
	 * how, not solvables: naming them read past the pool's solvables */
	int job = (type & SOLVER_RULE_TYPEMASK) == SOLVER_RULE_JOB;
	char *s = source > 0 && !job ? n->solvable(n->ctx, source) : NULL;
	char *t = target > 0 && !job ? n->solvable(n->ctx, target) : NULL;
	char *d = dep && !job ? dep_text(solv, n, source, dep) : NULL, *out;
	switch (type) {
	case SOLVER_RULE_JOB: {
		/* source: the job's index; target: its how; dep: its what */
		char *w = (target & SOLVER_SELECTMASK) == SOLVER_SOLVABLE ? n->solvable(n->ctx, dep) : NULL;
		out = xasprintf("%s is asked for", w ? w : pool_dep2str(solv->pool, dep));
		free(w);
		free(d);
		d = NULL;
		free(s);
		s = NULL;
		break;
	}
	case SOLVER_RULE_PKG_NOT_INSTALLABLE:
		out = xasprintf("%s cannot be installed", s);
		break;
	case SOLVER_RULE_PKG_NOTHING_PROVIDES_DEP:
		out = xasprintf("%s requires %s: no registry version and no distribution package provides it", s, d);
		break;
	case SOLVER_RULE_PKG_REQUIRES: {
		char *c = candidates(solv, n, dep);
		out = xasprintf("%s requires %s: candidates %s, none usable", s, d, c);
		free(c);
		break;
	}
	case SOLVER_RULE_PKG_SAME_NAME:
	case SOLVER_RULE_PKG_IMPLICIT_OBSOLETES:
		out = xasprintf("%s and %s are the same slot: a distribution ships one version per slot", s, t);
		break;
	case SOLVER_RULE_PKG_CONFLICTS:
		out = xasprintf("%s conflicts with %s (%s)", s, t, d);
		break;
	default:
		out = xstrdup(solver_problemruleinfo2str(solv, type, source, target, dep));
	}
	free(s);
	free(t);
	free(d);
	return out;
}

void explain_problems(Solver *solv, const struct explain_names *n, struct strv *out)
{
	Queue rules;
	queue_init(&rules);
	for (Id pr = 1; pr <= (Id)solver_problem_count(solv); pr++) {
		struct buf b = {0};
		Id top = solver_findproblemrule(solv, pr);
		char *head = rule_text(solv, n, top);
		buf_printf(&b, "problem %d: %s", pr, head);
		free(head);
		solver_findallproblemrules(solv, pr, &rules);
		struct strv seen = {0};
		strv_push(&seen, rule_text(solv, n, top));   /* said in the first line */
		for (int i = 0; i < rules.count; i++) {
			char *line = rule_text(solv, n, rules.elements[i]);
			if (!strv_has(&seen, line))
				buf_printf(&b, "\n  %s", line);
			strv_push(&seen, line);
		}
		strv_free(&seen);
		strv_push(out, buf_steal(&b));
	}
	queue_free(&rules);
}
