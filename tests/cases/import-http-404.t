@ARGS import npm:no-such-package -t fedora -o $OUT --registry $HTTP
@EXIT 4
@STDERR-HAS no-such-package: packument
@STDERR-HAS HTTP 404
