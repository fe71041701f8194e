/* ferry vet: is a version vetted by the ledger; audits from elsewhere. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "trustopts.h"
#include "../fetch/digest.h"
#include "../fetch/localfile.h"
#include "../review/vet_import.h"
#include "vetrun.h"

#define MAX_AUDITS (16u << 20)

static const char help[] =
	"usage: ferry vet check ECO:NAME@VERSION --criteria C[,C...] [--ledger DIR]\n"
	"                       [--registry URL] [--trust-imports]\n"
	"       ferry vet import FILE --from cargo-vet|ferry [--criteria-map THEIRS=OURS]...\n"
	"                       [--ledger DIR]\n\n"
	"check: whether the version is vetted: a chain of signed audits with the\n"
	"criteria leads to it from a full audit, through deltas, each bound to the\n"
	"sha256 and sha512 of the artifacts the registry serves.  Prints the chain,\n"
	"or what is missing and the smallest review that would vet it.  Exit 0\n"
	"vetted, 1 not.\n\n"
	"import: audits from a cargo-vet audits.toml (--from cargo-vet) or from\n"
	"another ferry ledger folder (--from ferry; entries its own maintainers\n"
	"did not sign are left out) into DIR/imported/.  Imported audits are\n"
	"unsigned here and count only with --trust-imports (or [policy]\n"
	"trust-imports = true): nobody among this ledger's maintainers vouched\n"
	"for them, and cargo-vet's carry no artifact digests.\n\n"
	"options:\n"
	"      --ledger DIR       the ledger (else $FERRY_LEDGER)\n"
	"      --criteria-map T=O their criteria T is our O (repeatable); unmapped\n"
	"                         criteria keep their name when declared here\n"
	"check also takes the registry signature options of ferry import:\n"
	TRUSTOPTS_HELP;

static int vet_check(int argc, char **argv, struct ferr *e)
{
	static const struct option opts[] = {
		{"criteria", required_argument, NULL, 'c'},
		{"ledger", required_argument, NULL, 'l'},
		{"registry", required_argument, NULL, 'r'},
		{"trust-imports", no_argument, NULL, 't'},
		TRUSTOPTS_LONG,
		{NULL, 0, NULL, 0},
	};
	const char *ledger_flag = NULL, *reg_flag = NULL;
	struct trustopts topts = {0};
	struct buf crit_arg = {0};
	int trust = 0, c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'c': buf_printf(&crit_arg, "%s%s", crit_arg.len ? "," : "", optarg); break;
		case 'l': ledger_flag = optarg; break;
		case 'r': reg_flag = optarg; break;
		case 't': trust = 1; break;
		default:
			if (trustopts_take(&topts, c, optarg))
				break;
			buf_free(&crit_arg);
			return ferr_set(e, FERR_USAGE, "vet check: bad option (see ferry vet --help)");
		}
	}
	const char *dir = vetrun_ledger_dir(ledger_flag);
	if (optind + 1 != argc || !crit_arg.len || !dir) {
		buf_free(&crit_arg);
		return ferr_set(e, FERR_USAGE, "vet check: expected ECO:NAME@VERSION, --criteria C and a ledger "
				"(--ledger DIR or $FERRY_LEDGER)");
	}
	struct pkgspec ps = {0};
	struct registry reg = {0};
	char *suggest = NULL;
	struct ledger l = {0};
	struct strv criteria = {0};
	struct buf out = {0};
	long long cost = 0;
	int rc = -1;
	if (vetrun_target(argv[optind], "vet check", &ps, e) != 0 || ledger_open(dir, &l, e) != 0 ||
	    vetrun_criteria(&l, crit_arg.p, &criteria, e) != 0)
		goto done;
	const char *name = ps.name, *version = ps.want;
	if (trustopts_open(&topts, &reg, ps.eco->name, reg_flag, name, e) != 0 || ledger_load(&l, reg.eco, name, e) != 0)
		goto done;
	vetrun_report_rejected(&l);
	int r = vetrun_one(&l, &reg, name, version, NULL, 0, &criteria, trust || l.trust_imports, &out, &suggest,
			   &cost, NULL, NULL, e);
	if (r < 0)
		goto done;
	fputs(out.p ? out.p : "", stdout);
	if (r == 0) {
		ferr_set(e, FERR_FOUND, "%s:%s@%s: review: not vetted for %s", reg.eco, name, version, crit_arg.p);
		goto done;
	}
	rc = 0;
done:
	ledger_free(&l);
	strv_free(&criteria);
	buf_free(&out);
	buf_free(&crit_arg);
	pkgspec_free(&ps);
	registry_close(&reg);
	free(suggest);
	return rc;
}

static int vet_import(int argc, char **argv, struct ferr *e)
{
	static const struct option opts[] = {
		{"from", required_argument, NULL, 'f'},
		{"criteria-map", required_argument, NULL, 'm'},
		{"ledger", required_argument, NULL, 'l'},
		{NULL, 0, NULL, 0},
	};
	const char *ledger_flag = NULL, *from = NULL;
	struct strv map = {0};
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'f': from = optarg; break;
		case 'l': ledger_flag = optarg; break;
		case 'm':
			if (!strchr(optarg, '=') || optarg[0] == '=' || !strchr(optarg, '=')[1]) {
				strv_free(&map);
				return ferr_set(e, FERR_USAGE, "vet import: --criteria-map '%.100s': expected THEIRS=OURS", optarg);
			}
			strv_add(&map, optarg);
			break;
		default:
			strv_free(&map);
			return ferr_set(e, FERR_USAGE, "vet import: bad option (see ferry vet --help)");
		}
	}
	const char *dir = vetrun_ledger_dir(ledger_flag);
	int cargo = from && strcmp(from, "cargo-vet") == 0, ferry = from && strcmp(from, "ferry") == 0;
	if (optind + 1 != argc || !(cargo || ferry) || !dir) {
		strv_free(&map);
		return ferr_set(e, FERR_USAGE, "vet import: expected FILE, --from cargo-vet|ferry and a ledger "
				"(--ledger DIR or $FERRY_LEDGER)");
	}
	const char *file = argv[optind];
	struct ledger l = {0};
	struct audit *got = NULL;
	size_t n = 0, written = 0;
	struct strv skipped = {0};
	struct buf text = {0};
	char *origin = NULL, *hash = NULL;
	int rc = -1;
	if (ledger_open(dir, &l, e) != 0)
		goto done;
	for (size_t i = 0; i < map.n; i++)
		if (!ledger_criteria_known(&l, strchr(map.v[i], '=') + 1)) {
			ferr_set(e, FERR_USAGE, "vet import: --criteria-map %.100s: not declared in the ledger", map.v[i]);
			goto done;
		}
	const char *base = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
	if (cargo) {
		if (!(text.p = localfile_read(file, MAX_AUDITS, &text.len))) {
			ferr_set(e, FERR_IO, "vet import: %s: unreadable or larger than 16 MiB", file);
			goto done;
		}
		hash = digest_hex(DIGEST_SHA256, text.p, text.len);
		origin = xasprintf("cargo-vet %s sha256:%.16s", base, hash);
		if (vet_import_cargo(text.p, text.len, origin, &l, &map, &got, &n, &skipped, e) != 0)
			goto done;
	} else {
		origin = xasprintf("ferry ledger %s", base);
		if (vet_import_ferry(file, origin, &l, &map, &got, &n, &skipped, e) != 0)
			goto done;
	}
	for (size_t i = 0; i < n; i++) {
		char *path = NULL;
		if (ledger_add(&l, &got[i], NULL, &path, e) != 0)
			goto done;
		free(path);
		written++;
	}
	printf("imported %zu audits from %s into %s/imported (%zu skipped); they count with --trust-imports\n", written, file,
	       l.dir, skipped.n);
	for (size_t i = 0; i < skipped.n; i++)
		printf("  skipped %s\n", skipped.v[i]);
	rc = 0;
done:
	for (size_t i = 0; i < n; i++)
		audit_free(&got[i]);
	free(got);
	ledger_free(&l);
	strv_free(&map);
	strv_free(&skipped);
	buf_free(&text);
	free(origin), free(hash);
	return rc;
}

int cmd_vet(int argc, char **argv, struct ferr *e)
{
	if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || cli_wants_help(argc, argv)) {
		fputs(help, argc < 2 ? stderr : stdout);
		return argc < 2 ? ferr_set(e, FERR_USAGE, "vet: expected check or import") : 0;
	}
	if (strcmp(argv[1], "check") == 0)
		return vet_check(argc - 1, argv + 1, e);
	if (strcmp(argv[1], "import") == 0)
		return vet_import(argc - 1, argv + 1, e);
	return ferr_set(e, FERR_USAGE, "vet: '%.100s': expected check or import", argv[1]);
}
