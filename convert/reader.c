/* The readers by ecosystem (reader.h). */
#include <string.h>

#include "reader.h"

static const struct reader *const readers[] = {&npm_reader, &crates_reader, &pypi_reader};

const struct reader *reader_find(const char *eco)
{
	for (size_t i = 0; i < sizeof readers / sizeof readers[0]; i++)
		if (strcmp(readers[i]->eco, eco) == 0)
			return readers[i];
	return NULL;
}
