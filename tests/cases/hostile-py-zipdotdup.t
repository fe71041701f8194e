# a zip sdist: a module file twice, once through ./
@ARGS import pypi:h-py-zipdotdup -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/pypi/
@EXIT 3
@STDERR-HAS h-py-zipdotdup@1.0.0: sdist: h_py_zipdotdup/__init__.py: two members with the same path
@STDERR-LINES 1
@NO-OUTPUT
