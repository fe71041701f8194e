# An rpm-md index read with Debian's version semantics is a usage error
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/primary.xml.gz" .
@ARGS index --distro-index primary.xml.gz
@EXIT 2
@STDERR-HAS primary.xml.gz is a rpm-md index; pass --target fedora
