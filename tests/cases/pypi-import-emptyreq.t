# a dependency only for an extra, then one no version satisfies: the Debian
# writer leaked its list of extras on that error path (LSan in check-san)
@ARGS import pypi:h-py-emptyreq -t debian -o $OUT --registry file://$TOP/tests/hostile/pypi/
@EXIT 3
@STDERR-HAS ferry: h-py-emptyreq@1.0.0: dependency python3-b '>=2,<1': matches no version
@STDERR-LINES 1
@NO-OUTPUT
