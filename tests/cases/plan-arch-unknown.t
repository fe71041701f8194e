# an architecture the family does not have is a usage error naming those it has
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan npm:pf-root --target debian --arch sparc --distro-index $TOP/tests/distro/plan/Packages-bookworm --registry file://$TOP/tests/distro/plan/npm/
@EXIT 2
@STDERR-HAS --arch 'sparc' is not an architecture of debian (amd64, arm64, armel, armhf, i386,
@STDERR-LINES 1
