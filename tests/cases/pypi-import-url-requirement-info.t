# the same in the JSON API's info.requires_dist
@ARGS import pypi:h-py-urlinfo -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/pypi/
@EXIT 3
@STDERR-HAS h-py-urlinfo@1.0.0: requires_dist 'foo @ https://example.invalid/foo.tgz': a direct URL reference
@STDERR-LINES 1
@NO-OUTPUT
