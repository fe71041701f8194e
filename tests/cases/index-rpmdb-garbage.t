# An rpm database librpm cannot open (a Berkeley DB Packages file that is
# not one): rpm's reason, in ferry's one line
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE mkdir -p root/var/lib/rpm && printf 'not a database, not at all: %0512d\n' 0 > root/var/lib/rpm/Packages
@ARGS index --target fedora --distro-index rpmdb:$TMP/root
@EXIT 3
@STDERR-HAS /root: cannot open the rpm database in
@STDERR-HAS /root/var/lib/rpm/Packages: not a berkeley db hash/btree database
@STDERR-LINES 1
