# Fedora: python3dist() provides of an rpm-md index; markers evaluated for
# Fedora's Python (importlib-metadata is not needed on 3.13)
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/primary.xml.gz" .
@ARGS plan pypi:jsonschema@4.10.3 --target fedora --distro-index primary.xml.gz --registry file://$TOP/tests/registry/pypi/
@EXIT 1
@STDOUT-HAS new           jsonschema                       4.10.3
@STDOUT-HAS new           attrs                            22.2.0
@STDOUT-HAS unresolvable  pyrsistent
@SH ! grep -q importlib stdout
