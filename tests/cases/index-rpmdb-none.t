# A directory with no rpm database under it is not an index (exit 3), and
# ferry creates none there
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE mkdir -p root/var/lib/rpm
@ARGS index --target fedora --distro-index rpmdb:$TMP/root
@EXIT 3
@STDERR-HAS /root: no rpm database under
@STDERR-LINES 1
@SH test -z "$(ls -A root/var/lib/rpm)"
