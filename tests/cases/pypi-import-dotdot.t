@ARGS import pypi:h-py-dotdot -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/pypi/
@EXIT 3
@STDERR-HAS h-py-dotdot@1.0.0: sdist: 
@STDERR-HAS path escapes the archive root
@STDERR-LINES 1
@NO-OUTPUT
