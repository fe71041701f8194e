# import --recursive --require-review with an empty ledger: every package
# the plan would write is listed, smallest review first, nothing written
@BEFORE mkdir ledger
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import npm:wrap-ansi@7.0.0 --recursive --require-review --ledger $TMP/ledger -t debian --distro-index $TOP/tests/distro/plan/Packages.gz -o $OUT --registry $REG
@EXIT 1
@NO-OUTPUT
@STDOUT-HAS ferry approve npm:wrap-ansi@7.0.0 --criteria safe-to-deploy
@STDOUT-HAS ferry approve npm:ansi-styles@4.3.0 --criteria safe-to-deploy
@STDOUT-HAS ferry approve npm:string-width@4.2.3 --criteria safe-to-deploy
@STDERR-HAS import: review: 3 of 3 packages not vetted
@SH sed -n '/^reviews to do/,$p' $TMP/stdout | sed -n 's/.*# cost \([0-9]*\): .*/\1/p' >sizes && test $(wc -l <sizes) = 3 && sort -n -c sizes
