/* solvmatch: the RPM side of the npm differential test.  For each line
 * "RANGE<TAB>VERSION<TAB>VERDICT" (VERDICT from node-semver: yes/no/error)
 * it renders the range as ferry's RPM dependency on npm(foo), makes one
 * solvable providing npm(foo) = translated VERSION in a libsolv pool with
 * RPM semantics, and asks libsolv whether the provide matches.
 * Prints counts; exits 1 when a verdict differs, except where npm's
 * pre-release rule (which no RPM dependency can state) is the reason: those
 * are counted and listed separately. */
#include <solv/pool.h>
#include <solv/pool_parserpmrichdep.h>
#include <solv/poolarch.h>
#include <solv/repo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/eco.h"
#include "core/npmver.h"

int main(int argc, char **argv)
{
	int verbose = argc > 1 && strcmp(argv[1], "-v") == 0;
	const struct eco *npm = eco_find("npm");
	Pool *pool = pool_create();
	pool_setdisttype(pool, DISTTYPE_RPM);
	pool_setarch(pool, "noarch");
	Repo *repo = repo_create(pool, "ferry");
	Id cap = pool_str2id(pool, "npm(foo)", 1);
	char *line = NULL;
	size_t lcap = 0;
	long agree = 0, differ = 0, prerule = 0, skipped = 0;
	while (getline(&line, &lcap, stdin) > 0) {
		line[strcspn(line, "\n")] = 0;
		char *range = line, *ver = strchr(line, '\t');
		if (!ver)
			continue;
		*ver++ = 0;
		char *verdict = strchr(ver, '\t');
		if (!verdict)
			continue;
		*verdict++ = 0;
		if (strcmp(verdict, "error") == 0) {
			skipped++;
			continue;
		}
		const char *why;
		char *note = NULL;
		char *dep = eco_render_dep(npm, "foo", range, INTERVAL_RPM, &note, &why);
		char *tv = npm->translate(ver, INTERVAL_RPM, &why);
		int rpm_yes = 0;
		if (dep && tv) {
			Id d = pool_parserpmrichdep(pool, dep);
			if (!d && strchr(dep, ' ') && dep[0] != '(') {
				/* a simple "name op evr" */
				char name[256], op[4], evr[256];
				if (sscanf(dep, "%255s %3s %255s", name, op, evr) == 3) {
					int flags = 0;
					for (char *o = op; *o; o++)
						flags |= *o == '<' ? REL_LT : *o == '>' ? REL_GT : *o == '=' ? REL_EQ : 0;
					d = pool_rel2id(pool, pool_str2id(pool, name, 1), pool_str2id(pool, evr, 1), flags, 1);
				}
			} else if (!d) {
				d = pool_str2id(pool, dep, 1);
			}
			Id prov = pool_rel2id(pool, cap, pool_str2id(pool, tv, 1), REL_EQ, 1);
			rpm_yes = pool_match_dep(pool, prov, d);
		}
		/* a range matching nothing renders as no dependency at all */
		int npm_yes = strcmp(verdict, "yes") == 0;
		if (rpm_yes == npm_yes) {
			agree++;
		} else {
			struct npmver v;
			int pre = npmver_parse(ver, &v, &why) == 0 && *v.pre;
			npmver_free(&v);
			if (pre && rpm_yes && !npm_yes) {
				prerule++;
				if (verbose)
					printf("pre-release rule: %s\t%s\t%s\n", range, ver, dep ? dep : "(none)");
			} else {
				differ++;
				printf("DIFFER: '%s' '%s' node-semver=%s rpm=%s dep=%s version=%s\n", range, ver,
				       verdict, rpm_yes ? "yes" : "no", dep ? dep : "(none)", tv ? tv : "(none)");
			}
		}
		free(dep);
		free(note);
		free(tv);
	}
	free(line);
	(void)repo;
	pool_free(pool);
	printf("libsolv/rpm: %ld agree, %ld differ, %ld pre-release versions npm's rule excludes "
	       "(no RPM dependency can state it), %ld invalid pairs skipped\n",
	       agree, differ, prerule, skipped);
	return differ ? 1 : 0;
}
