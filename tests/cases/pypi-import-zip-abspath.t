# A .zip sdist whose entry has an absolute path: refused, nothing written
@ARGS import pypi:h-py-zipabs -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/pypi/
@EXIT 3
@STDERR-HAS h-py-zipabs@1.0.0: sdist:
@STDERR-LINES 1
@NO-OUTPUT
