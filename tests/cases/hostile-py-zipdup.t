# a zip sdist: NAME//PKG-INFO
@ARGS import pypi:h-py-zipdup -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/pypi/
@EXIT 3
@STDERR-HAS h-py-zipdup@1.0.0: sdist: h-py-zipdup-1.0.0//PKG-INFO: absolute path once the top folder is stripped
@STDERR-LINES 1
@NO-OUTPUT
