# rpmdb:ROOT whose root does not exist: one line, as for a missing index
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS index --target fedora --distro-index rpmdb:$TMP/no-such-root
@EXIT 4
@STDERR-HAS distribution index rpmdb:
@STDERR-HAS /no-such-root: No such file or directory
@STDERR-LINES 1
