# A --distro-source changelog of another package is refused, naming the
# file; nothing is written
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE mkdir -p src/node-string-width/debian && printf 'node-other (1.0.0-1) unstable; urgency=medium\n' > src/node-string-width/debian/changelog
@ARGS import npm:wrap-ansi@7.0.0 --recursive -t debian --distro-index $TOP/tests/distro/plan/Packages.gz --distro-source src -o $OUT --registry $REG
@EXIT 3
@STDERR-HAS string-width: src/node-string-width/debian/changelog: not a debian/changelog of node-string-width
@STDERR-LINES 1
@NO-OUTPUT
