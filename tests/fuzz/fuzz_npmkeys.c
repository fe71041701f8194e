/* The npm registry's keys documents and signature check (convert/npmsig.h):
 * input "KEYID\tSIG\nTIME\n" then a keys document.  A document that parses
 * holds only P-256 keys with ids and ordered windows; the check of a
 * signature against them never crashes, and says why when it refuses. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../convert/npmsig.h"
#include "../../core/util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *sigline, *rest, *time, *doc;
	fuzz_split(data, size, '\n', &sigline, &rest);
	fuzz_split((const uint8_t *)rest, strlen(rest), '\n', &time, &doc);
	struct npmkeys k;
	struct ferr e = {0};
	if (npmkeys_parse(doc, strlen(doc), "fuzz", &k, &e) == 0) {
		for (size_t i = 0; i < k.n; i++) {
			if (!k.v[i].keyid || !*k.v[i].keyid || strcmp(pubkey_kind(k.v[i].key), "ecdsa-p256") != 0)
				fuzz_fail("a parsed key has no id or is not P-256", k.v[i].keyid);
		}
		struct pkg p = {0};
		p.name = "fuzz", p.version = "1.0.0", p.integrity = "sha512-AAAA", p.publish_time = time;
		if (strchr(sigline, '\t'))
			strv_add(&p.signatures, sigline);
		char *by = NULL;
		struct ferr ce = {0};
		if (npmsig_check(&k, &p, "fuzz", &by, &ce) == 0 ? !by : !ce.msg[0])
			fuzz_fail("a signature check gave no outcome", sigline);
		free(by);
		strv_free(&p.signatures);
		npmkeys_free(&k);
	} else if (!e.msg[0] || k.n || k.v) {
		fuzz_fail("a refused keys document has no reason or keeps keys", doc);
	}
	free(sigline), free(rest), free(time), free(doc);
	return 0;
}
