/* One pip.conf's text (fetch/pipcfg.h: pipcfg_lookup).  Input: the file. */
#include <stdlib.h>

#include "fuzz.h"
#include "../../fetch/pipcfg.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_str(data, size);
	free(pipcfg_lookup(text));
	free(text);
	return 0;
}
