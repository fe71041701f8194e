/* The pypi registry reader end to end (convert/pypi.c): document, select,
 * read with the artifact's members, the Fedora and Debian writers, all in
 * memory.  Input: registry.h's framing. */
#include "registry.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_registry(&pypi_reader, ".tar.gz", data, size);
	return 0;
}
