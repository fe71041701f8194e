# a Requires-Dist that is a direct URL reference (PEP 508 "name @ URL")
@ARGS import pypi:h-py-urlreq -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/pypi/
@EXIT 3
@STDERR-HAS h-py-urlreq@1.0.0: PKG-INFO Requires-Dist 'foo @ https://example.invalid/foo.tgz': a direct URL reference
@STDERR-LINES 1
@NO-OUTPUT
