/* The npm registry reader end to end (convert/npm.c): document, select,
 * read with the artifact's members, the Fedora and Debian writers, all in
 * memory.  Input: registry.h's framing. */
#include "registry.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_registry(&npm_reader, ".tgz", data, size);
	return 0;
}
