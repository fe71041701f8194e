# pypi:jsonschema at the snapshot's 4.10.3, as Debian's python3-jsonschema
# 4.10.3-1 ships it: distro, the root and nothing below it
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan pypi:jsonschema@4.10.3 --target debian --distro-index $TOP/tests/distro/plan/Packages-bookworm --registry file://$TOP/tests/registry/pypi/
@STDOUT
STATUS        PACKAGE                          VERSION        DISTRIBUTION                                 REQUIRED BY
distro        jsonschema                       -              python3-jsonschema 4.10.3-1                  (root)
@END
