# the distribution ships tiny-binary 1.0.0, which the registry has: no
# distro-version-gone; left-pad 1.3.0 is shipped and present too, and so
# is PyPI's colourama 0.1.6 (python3-colourama)
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS review npm:tiny-binary@1.0.0..1.0.1 --registry file://$TOP/tests/review/npm/ --no-diff --distro-index $TOP/tests/review/distro/Packages-ok
@STDOUT-HAS findings: 1
@STDOUT-LACKS distro-version-gone
@SH $FERRY review npm:left-pad@1.3.0 --registry file://$TOP/tests/review/npm/ --distro-index $TOP/tests/review/distro/Packages-gone | grep -c distro-version-gone | grep -qx 0
@SH $FERRY review pypi:colourama@0.1.6 --registry file://$TOP/tests/review/pypi/ --distro-index $TOP/tests/review/distro/Packages-ok | grep -c distro-version-gone | grep -qx 0
