@ARGS import npm:left-pad -t fedora -o $OUT --registry $HTTP
@SH test "$(sed -n 's/^Source0: *//p' $OUT/nodejs-left-pad/nodejs-left-pad.spec)" = "${OUT%/out}" || true
@SH grep -q '^Source0:        http://127.0.0.1:[0-9]*/-/left-pad-1.3.0.tgz$' $OUT/nodejs-left-pad/nodejs-left-pad.spec
