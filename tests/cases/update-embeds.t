# a Debian tree that embeds an older major as a component (wrap-ansi 7
# with ansi-styles 4, written by import --recursive) is not regenerated
# alone, which would drop the component: update says to import it again
# with the plan, exit 1, nothing written
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE "$FERRY" import npm:wrap-ansi@7.0.0 --recursive -t debian --distro-index $TOP/tests/distro/plan/Packages.gz -o out --registry $REG >/dev/null && (cd out && find . -type f | sort | xargs sha256sum) > sums
@ARGS update $OUT/node-wrap-ansi --registry $REG
@EXIT 1
@STDERR-HAS /out/node-wrap-ansi: embeds other packages as components, which a plan chooses: update it with ferry import npm:wrap-ansi --recursive (--force keeps what you added)
@STDERR-LINES 1
@FILE-HAS .ferry/node-wrap-ansi.files origin npm wrap-ansi 7.0.0 debian embeds
@SH cd $OUT && find . -type f | sort | xargs sha256sum | cmp - ../sums
