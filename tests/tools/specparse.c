/* specparse: parses specs with librpmbuild in-process (rpmSpecParse) and
 * prints, for each, the fields a test may compare:
 *   SPEC <path>
 *   Name/Version/Summary/License/URL: <value>
 *   Requires: <each>
 *   Provides: <each>
 *   %description: <text, newlines as \n>
 * Exit 1 if any spec does not parse. */
#include <rpm/header.h>
#include <rpm/rpmbuild.h>
#include <rpm/rpmds.h>
#include <rpm/rpmlib.h>
#include <rpm/rpmlog.h>
#include <rpm/rpmmacro.h>
#include <rpm/rpmspec.h>
#include <rpm/rpmtd.h>
#include <stdio.h>
#include <string.h>

static void deps(Header h, rpmTagVal tag, const char *label)
{
	rpmds ds = rpmdsNew(h, tag, 0);
	while (rpmdsNext(ds) >= 0)
		printf("%s: %s\n", label, rpmdsDNEVR(ds) + 2);
	rpmdsFree(ds);
}

int main(int argc, char **argv)
{
	if (rpmReadConfigFiles(NULL, NULL) != 0)
		return 2;
	rpmlogSetMask(RPMLOG_UPTO(RPMLOG_WARNING));
	int bad = 0;
	for (int i = 1; i < argc; i++) {
		rpmSpec spec = rpmSpecParse(argv[i], RPMSPEC_ANYARCH | RPMSPEC_FORCE, NULL);
		if (!spec) {
			printf("SPEC %s: does not parse\n", argv[i]);
			bad = 1;
			continue;
		}
		printf("SPEC %s\n", argv[i]);
		Header h = rpmSpecSourceHeader(spec);
		static const struct { rpmTagVal tag; const char *name; } tags[] = {
			{RPMTAG_NAME, "Name"}, {RPMTAG_VERSION, "Version"}, {RPMTAG_SUMMARY, "Summary"},
			{RPMTAG_LICENSE, "License"}, {RPMTAG_URL, "URL"},
		};
		for (size_t k = 0; k < sizeof tags / sizeof tags[0]; k++) {
			const char *v = headerGetString(h, tags[k].tag);
			printf("%s: %s\n", tags[k].name, v ? v : "");
		}
		deps(h, RPMTAG_REQUIRENAME, "BuildRequires");
		rpmSpecPkgIter it = rpmSpecPkgIterInit(spec);
		rpmSpecPkg pkg;
		while ((pkg = rpmSpecPkgIterNext(it))) {
			Header ph = rpmSpecPkgHeader(pkg);
			deps(ph, RPMTAG_REQUIRENAME, "Requires");
			deps(ph, RPMTAG_PROVIDENAME, "Provides");
			deps(ph, RPMTAG_RECOMMENDNAME, "Recommends");
			const char *d = headerGetString(ph, RPMTAG_DESCRIPTION);
			printf("%%description: ");
			for (const char *c = d ? d : ""; *c; c++) {
				if (*c == '\n')
					fputs("\\n", stdout);
				else
					putchar(*c);
			}
			putchar('\n');
		}
		rpmSpecPkgIterFree(it);
		rpmSpecFree(spec);
	}
	rpmFreeMacros(NULL);
	rpmFreeRpmrc();
	return bad;
}
