# a zip sdist with a second top folder
@ARGS import pypi:h-py-ziptwotops -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/pypi/
@EXIT 3
@STDERR-HAS h-py-ziptwotops@1.0.0: sdist: other-1.0.0/setup.py: member outside the package's top folder
@STDERR-LINES 1
@NO-OUTPUT
