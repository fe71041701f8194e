# another run holds the output folder's lock (flock on OUT/.ferry/lock, as
# ferry takes it): this one says so on one stderr line, waits, then writes
@BEFORE "$FERRY" import npm:left-pad -t debian -o out --registry $REG >/dev/null && (flock out/.ferry/lock sleep 1.5 >/dev/null 2>&1 &) && for i in $(seq 100); do flock -n out/.ferry/lock true || break; sleep 0.02; done && date +%s.%N > started
@ARGS import npm:left-pad -t debian -o $OUT --registry $REG
@STDERR-LINES 1
@STDERR-HAS ferry: waiting for another ferry run on 
@STDOUT-HAS debian: left-pad 1.3.0 -> 
@SH awk -v s="$(cat started)" -v n="$(date +%s.%N)" 'BEGIN { exit !(n - s >= 0.5) }'
@SH test -z "$(ls -A $OUT | grep '^\.ferry-')"
