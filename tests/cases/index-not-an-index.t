# Something that is neither a Packages file nor primary.xml: refused
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE printf 'hello\n' | gzip > junk.gz
@ARGS index --distro-index junk.gz
@EXIT 3
@STDERR-HAS distribution index junk.gz: neither a Debian Packages file nor rpm-md primary.xml
@STDERR-LINES 1
