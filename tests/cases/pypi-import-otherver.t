# the JSON API offers 1.0.0, the sdist's PKG-INFO says 6.6.6
@ARGS import pypi:h-py-otherver -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/pypi/
@EXIT 3
@STDERR-HAS h-py-otherver@1.0.0: PKG-INFO: describes h-py-otherver 6.6.6, not the version asked for
@STDERR-LINES 1
@NO-OUTPUT
