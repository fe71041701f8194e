# PyPI's project document describes only the newest version: an older one
# chosen by a range gets its requirements from its own release document
# (oldpin 1.0 needs olddep; 2.0 would need newdep)
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan pypi:pinroot --target fedora --distro-index $TOP/tests/distro/primary.xml --registry file://$TOP/tests/distro/plan/pypi/
@STDOUT
STATUS        PACKAGE                          VERSION        DISTRIBUTION                                 REQUIRED BY
new           pinroot                          1.0            -                                            (root)
new           oldpin                           1.0            -                                            pinroot@1.0 (<2)
new           olddep                           1.0            -                                            oldpin@1.0 (>=1)
@END
