# A closure with an unresolvable requirement writes nothing and says which
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import npm:wrap-ansi@7.0.0 --recursive -t debian -t fedora --distro-index $TOP/tests/distro/plan/Packages.gz --distro-index $TOP/tests/distro/primary.xml.gz -o $OUT --registry $REG
@EXIT 1
@STDERR-HAS wrap-ansi: color-convert '^2.0.1' (needed by ansi-styles@4.3.0) is unresolvable
@STDERR-LINES 1
@NO-OUTPUT
