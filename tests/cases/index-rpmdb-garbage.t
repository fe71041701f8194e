# An rpm database librpm cannot open: rpm's reason, in ferry's one line
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE mkdir -p root/var/lib/rpm && echo 'not a database' > root/var/lib/rpm/rpmdb.sqlite
@ARGS index --target fedora --distro-index rpmdb:$TMP/root
@EXIT 3
@STDERR-HAS /root: cannot open the rpm database in
@STDERR-LINES 1
