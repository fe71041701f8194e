# SIGINT during `import --recursive`, over an earlier import of the same
# closure by another packager (so old and new trees differ): once while the
# registry drips a dependency's document (the signal lands in the fetch),
# then at 31 moments of a fast re-import (some land in the commit, held
# back until it is whole; `set -m`: a background job of a shell without job
# control would ignore SIGINT).  After each: no .ferry-new-*/.ferry-old-* left,
# and every entry holds exactly the old files or exactly the new ones
# (exit 130 with the new trees: the signal came during the commit and
# waited for it).
# Then a plain re-import finds every record true (exit 0, nothing refused).
@BEFORE export XDG_CACHE_HOME=$TMP/cache; idx=$TOP/tests/distro/plan/Packages.gz; for w in old:A new:B; do "$FERRY" import npm:wrap-ansi@7.0.0 --recursive -t debian --distro-index $idx -o ${w%:*} --registry $REG --packager "${w#*:} <x@example.org>" >/dev/null || exit 1; (cd ${w%:*} && find . -path ./.ferry -prune -o -type f -print | sort | xargs sha256sum) > ${w%:*}.sums; done; cp -a old out
@BEFORE set -m; exec 2>>before.err; export XDG_CACHE_HOME=$TMP/cache; idx=$TOP/tests/distro/plan/Packages.gz; i=0; whole() { (cd out && find . -path ./.ferry -prune -o -type f -print | sort | xargs sha256sum) > now.sums; ls -A out | grep '^\.ferry-' && return 1; st=; for t in $(ls out); do grep " \./$t[/]*" now.sums > a; if grep " \./$t[/]*" old.sums | cmp -s - a; then st="$st old"; elif grep " \./$t[/]*" new.sums | cmp -s - a; then st="$st new"; else echo "$t is neither old nor new"; return 1; fi; done; echo $st | tr " " "\n" | sort | uniq -c | tr "\n" " " >> rcs; echo >> rcs; }; "$FERRY" import npm:wrap-ansi@7.0.0 --recursive -t debian --distro-index $idx -o out --registry ${HTTP}drip=string-width/ --packager 'B <x@example.org>' >/dev/null 2>&1 & p=$!; sleep 1; kill -INT $p; wait $p; echo -n "drip $? " >> rcs; whole || exit 1; for d in $(seq 0 0.01 0.3); do "$FERRY" import npm:wrap-ansi@7.0.0 --recursive -t debian --distro-index $idx -o out --registry $REG --packager "$(test $((i++ % 2)) = 0 && echo B || echo A) <x@example.org>" >/dev/null 2>&1 & p=$!; sleep $d; kill -INT $p 2>/dev/null; wait $p; echo -n "$d $? " >> rcs; whole || exit 1; done
@ARGS import npm:wrap-ansi@7.0.0 --recursive -t debian --distro-index $TOP/tests/distro/plan/Packages.gz -o $OUT --registry $REG --packager 'B <x@example.org>'
@ENV XDG_CACHE_HOME=$TMP/cache
@STDERR-LINES 0
@SH grep -q '^drip 130 ' rcs
@SH test "$(wc -l < rcs)" = 32
@SH cd $OUT && find . -path ./.ferry -prune -o -type f -print | sort | xargs sha256sum | cmp - ../new.sums
@SH test -z "$(ls -A $OUT | grep '^\.ferry-')"
