# --recursive where Debian already satisfies the root (node-depd 2.0.0-2
# for depd@2.0.0): nothing is written but the plan, and the import says so
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import npm:depd@2.0.0 --recursive -t debian -o $OUT --distro-index $TOP/tests/distro/plan/Packages-bookworm --registry file://$TOP/tests/distro/plan/npm/
@STDOUT-HAS debian: depd: nothing to build: node-depd 2.0.0-2 satisfies it (see 
@STDOUT-HAS /plan-debian.json)
@FILE-HAS plan-debian.json "status": "distro"
@SH [ ! -e "$OUT/node-depd" ]
