/* ferry approve: record a signed audit in the review ledger. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "trustopts.h"
#include "../core/date.h"
#include "../convert/pkgfetch.h"
#include "../core/model.h"
#include "../fetch/digest.h"
#include "vetrun.h"

static const char help[] =
	"usage: ferry approve ECO:NAME@VERSION [--delta-from OLD] --criteria C[,C...]\n"
	"                     [--notes TEXT] [--ledger DIR] [--registry URL] [--key KEY]\n\n"
	"Records that you reviewed this version (or, with --delta-from, the change\n"
	"from OLD to it) and found it meets the criteria.  The artifacts are\n"
	"fetched from the registry and checked as ferry import does; the entry\n"
	"binds their sha256 and sha512, so a different artifact under the same\n"
	"version number is not covered.  The entry is one new TOML file under\n"
	"DIR/audits/ECO/NAME/ with a detached OpenPGP signature (.asc) made with\n"
	"your key (gpgme, $GNUPGHOME); the reviewer is the key's user id.  It\n"
	"counts once the key is among DIR/maintainers/*.asc (README.md).\n\n"
	"options:\n"
	"      --criteria C       safe-to-run, safe-to-deploy, or one declared in\n"
	"                         DIR/config.toml (comma-separated or repeated)\n"
	"      --delta-from OLD   a delta audit from the vetted version OLD\n"
	"      --notes TEXT       what you looked at\n"
	"      --ledger DIR       the ledger (else $FERRY_LEDGER)\n"
	"      --registry URL     as for ferry import\n"
	TRUSTOPTS_HELP
	"      --key KEY          the secret key to sign with (fingerprint or user\n"
	"                         id; else $FERRY_SIGNING_KEY, else the first)\n"
	"The date is $SOURCE_DATE_EPOCH, else now (UTC).\n";

/* one version's artifact: its digests and size; with a (the version
 * approved, not the delta's base) what was verified of it */
static int artifact(const struct registry *reg, const char *name, const char *version, char **sha256, char **sha512,
		    long long *size, struct audit *a, struct ferr *e)
{
	struct pkg p = {0};
	struct fetched f = {0};
	char *want = vetrun_exact(reg->eco, version);
	int rc = pkgfetch_artifact(reg, name, want, &p, &f, e);
	const char *data = f.artifact;
	size_t len = f.artifact_len;
	if (rc == 0 && strcmp(p.version, version) != 0)
		rc = ferr_set(e, FERR_INPUT, "%s@%s: the registry has no such version (it selected %s)", name, version, p.version);
	if (rc == 0) {
		*sha256 = digest_hex(DIGEST_SHA256, data, len);
		*sha512 = digest_hex(DIGEST_SHA512, data, len);
		*size = (long long)len;
	}
	if (rc == 0 && a) {
		a->signed_by = p.signed_by ? xstrdup(p.signed_by) : NULL;
		if (p.provenance) {
			a->prov_repository = xstrdup(p.provenance->repository);
			a->prov_commit = xstrdup(p.provenance->commit);
			a->prov_workflow = xstrdup(p.provenance->workflow);
			a->prov_log_index = xstrdup(p.provenance->log_index);
		}
	}
	pkg_free(&p);
	fetched_free(&f);
	free(want);
	return rc;
}

int cmd_approve(int argc, char **argv, struct ferr *e)
{
	if (cli_wants_help(argc, argv)) {
		fputs(help, stdout);
		return 0;
	}
	static const struct option opts[] = {
		{"criteria", required_argument, NULL, 'c'},
		{"delta-from", required_argument, NULL, 'd'},
		{"notes", required_argument, NULL, 'n'},
		{"ledger", required_argument, NULL, 'l'},
		{"registry", required_argument, NULL, 'r'},
		{"key", required_argument, NULL, 'k'},
		TRUSTOPTS_LONG,
		{NULL, 0, NULL, 0},
	};
	const char *from = NULL, *notes = NULL, *ledger_flag = NULL, *reg_flag = NULL, *key = getenv("FERRY_SIGNING_KEY");
	struct buf crit_arg = {0};
	struct trustopts trust = {0};
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'c': buf_printf(&crit_arg, "%s%s", crit_arg.len ? "," : "", optarg); break;
		case 'd': from = optarg; break;
		case 'n': notes = optarg; break;
		case 'l': ledger_flag = optarg; break;
		case 'r': reg_flag = optarg; break;
		case 'k': key = optarg; break;
		default:
			if (trustopts_take(&trust, c, optarg))
				break;
			buf_free(&crit_arg);
			return ferr_set(e, FERR_USAGE, "approve: bad option (see ferry approve --help)");
		}
	}
	const char *dir = vetrun_ledger_dir(ledger_flag);
	if (optind + 1 != argc || !crit_arg.len || !dir) {
		buf_free(&crit_arg);
		return ferr_set(e, FERR_USAGE, "approve: expected ECO:NAME@VERSION, --criteria C and a ledger "
				"(--ledger DIR or $FERRY_LEDGER; see ferry approve --help)");
	}
	struct pkgspec ps = {0};
	struct registry reg = {0};
	char *path = NULL;
	struct ledger l = {0};
	struct audit a = {0};
	a.size = a.from_size = -1;
	int rc = -1;
	if (vetrun_target(argv[optind], "approve", &ps, e) != 0 || ledger_open(dir, &l, e) != 0 ||
	    vetrun_criteria(&l, crit_arg.p, &a.criteria, e) != 0)
		goto done;
	const char *name = ps.name, *version = ps.want;
	if (from && strcmp(from, version) == 0) {
		ferr_set(e, FERR_USAGE, "approve: --delta-from %s: a delta needs two different versions", from);
		goto done;
	}
	if (trustopts_open(&trust, &reg, ps.eco->name, reg_flag, name, e) != 0)
		goto done;
	int bad = 0;
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	long long now = date_choose(sde, NULL, &bad);
	if (bad) {
		ferr_set(e, FERR_USAGE, "SOURCE_DATE_EPOCH: not a number of seconds up to year 9999 (253402300799)");
		goto done;
	}
	if (now < 0)
		now = (long long)time(NULL);
	if (artifact(&reg, name, version, &a.sha256, &a.sha512, &a.size, &a, e) != 0 ||
	    (from && artifact(&reg, name, from, &a.from_sha256, &a.from_sha512, &a.from_size, NULL, e) != 0))
		goto done;
	a.eco = xstrdup(reg.eco);
	a.name = xstrdup(name);
	a.version = xstrdup(version);
	a.from = from ? xstrdup(from) : NULL;
	a.date = date_iso(now);
	a.notes = notes ? xstrdup(notes) : NULL;
	if (ledger_add(&l, &a, key, &path, e) != 0)
		goto done;
	printf("approved %s:%s@%s%s%s for %s: %s/%s (signed by %s)\n", reg.eco, name, from ? from : "", from ? ".." : "",
	       version, crit_arg.p, l.dir, path, a.who);
	rc = 0;
done:
	audit_free(&a);
	ledger_free(&l);
	buf_free(&crit_arg);
	pkgspec_free(&ps);
	registry_close(&reg);
	free(path);
	return rc;
}
