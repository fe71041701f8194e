/* TOML documents (core/toml.h): parse, then walk the whole tree through
 * every accessor.  Input: the document. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../core/toml.h"

static void walk(const struct toml *v, int depth)
{
	if (depth > TOML_MAX_DEPTH + 1)
		fuzz_fail("a tree deeper than TOML_MAX_DEPTH", "");
	size_t n = toml_len(v), kl;
	int64_t i;
	double d;
	int b;
	switch (toml_type(v)) {
	case TOML_TABLE:
		for (size_t k = 0; k < n; k++) {
			const char *key = toml_key(v, k, &kl);
			if (!key || toml_getn(v, key, kl) != toml_at(v, k))
				fuzz_fail("a table's key does not find its own value", key);
			walk(toml_at(v, k), depth + 1);
		}
		break;
	case TOML_ARRAY:
		for (size_t k = 0; k < n; k++)
			walk(toml_at(v, k), depth + 1);
		break;
	case TOML_STRING:
		if (!toml_string(v, &kl))
			fuzz_fail("a string without text", "");
		break;
	case TOML_INTEGER:
		toml_int(v, &i);
		break;
	case TOML_FLOAT:
		toml_float(v, &d);
		break;
	case TOML_BOOL:
		toml_bool(v, &b);
		break;
	default:
		if (!toml_datetime(v))
			fuzz_fail("a date-time without text", toml_type_name(toml_type(v)));
		break;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[200];
	struct toml *doc = toml_parse((const char *)data, size, err, sizeof err);
	if (doc) {
		walk(doc, 0);
		toml_str(doc, "package.name");
		toml_str(toml_get(doc, "source"), "crates-io.replace-with");
	}
	toml_free(doc);
	return 0;
}
