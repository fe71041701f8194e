# A root the registry does not have: the fetch error, nothing planned; not
# there is input rejected (exit 3), as for import, not a network failure
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/Packages" .
@ARGS plan npm:no-such-package --target debian --distro-index Packages --registry $REG
@EXIT 3
@STDERR-HAS no-such-package: registry metadata:
@STDERR-LINES 1
