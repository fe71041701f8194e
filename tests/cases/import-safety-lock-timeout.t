# the lock held past FERRY_LOCK_TIMEOUT: the run says it waits, then fails
# clearly (exit 4) naming the lock file; nothing written
@BEFORE "$FERRY" import npm:left-pad -t debian -o out --registry $REG >/dev/null && echo edit >> out/node-left-pad/debian/changelog && (cd out && find . -type f | sort | xargs sha256sum) > sums && (flock out/.ferry/lock sleep 2.5 >/dev/null 2>&1 &) && for i in $(seq 100); do flock -n out/.ferry/lock true || break; sleep 0.02; done
@ENV FERRY_LOCK_TIMEOUT=1
@ARGS import npm:left-pad -t debian -o $OUT --registry $REG --force
@EXIT 4
@STDERR-LINES 2
@STDERR-HAS ferry: waiting for another ferry run on 
@STDERR-HAS /out/.ferry/lock: another ferry run still holds it after 1 s (FERRY_LOCK_TIMEOUT)
@SH cd $OUT && find . -type f | sort | xargs sha256sum | cmp - ../sums
