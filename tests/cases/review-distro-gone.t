# the distribution ships tiny-binary 0.9.0, which the registry no longer
# has: distro-version-gone, high, naming the distribution's package
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS review npm:tiny-binary@1.0.0..1.0.1 --registry file://$TOP/tests/review/npm/ --no-diff --distro-index $TOP/tests/review/distro/Packages-gone
@STDOUT-HAS   high   distro-version-gone the distribution ships tiny-binary 0.9.0 (node-tiny-binary 0.9.0-1), which the registry no longer has
@STDOUT-HAS          at distro: node-tiny-binary 0.9.0-1
@SH $FERRY review npm:tiny-binary@1.0.1 --registry file://$TOP/tests/review/npm/ --json --distro-index $TOP/tests/review/distro/Packages-gone | grep -c '"rule": "distro-version-gone"' | grep -qx 1
@SH $FERRY review pypi:colourama@0.1.6 --registry file://$TOP/tests/review/pypi/ --distro-index $TOP/tests/review/distro/Packages-gone | grep -qx "  high   distro-version-gone the distribution ships colourama 0.1.5 (python3-colourama 0.1.5-1), which the registry no longer has"
