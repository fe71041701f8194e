/* One Cargo config.toml (fetch/cargocfg.h: cargocfg_lookup), bytes as
 * read, embedded NULs and all.  Input: the file. */
#include <stdlib.h>

#include "fuzz.h"
#include "../../fetch/cargocfg.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	free(cargocfg_lookup((const char *)data, size));
	return 0;
}
