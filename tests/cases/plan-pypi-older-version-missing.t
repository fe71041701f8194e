# Without the release document, an older version's requirements are not
# known: that requirement is unresolvable, not silently empty
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp -r "$TOP/tests/distro/plan/pypi" reg && rm reg/pypi/oldpin/1.0/json
@ARGS plan pypi:pinroot --target fedora --distro-index $TOP/tests/distro/primary.xml --registry file://$TMP/reg/
@EXIT 1
@STDOUT-HAS unresolvable  oldpin
@STDOUT-HAS oldpin@1.0: release metadata
@SH ! grep -q newdep stdout
