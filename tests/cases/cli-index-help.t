# ferry index --help says what an index can be, the rpm database included
@ARGS index --help
@STDOUT-HAS usage: ferry index [--distro-index INDEX]...
@STDOUT-HAS       rpmdb:ROOT        the rpm database of the system installed under
@STDOUT-HAS cached-by-stat
