# An rpmdb.sqlite that is no SQLite database is refused before librpm
# opens it (rpm's sqlite backend would try to create tables in it)
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE mkdir -p root/var/lib/rpm && echo 'not a database' > root/var/lib/rpm/rpmdb.sqlite
@ARGS index --target fedora --distro-index rpmdb:$TMP/root
@EXIT 3
@STDERR-HAS /root/var/lib/rpm/rpmdb.sqlite is not an SQLite database
@STDERR-LINES 1
@SH test "$(cat root/var/lib/rpm/rpmdb.sqlite)" = 'not a database' && test "$(ls -A root/var/lib/rpm)" = rpmdb.sqlite
