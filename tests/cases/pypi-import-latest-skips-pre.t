# no version asked: the highest final release with an sdist, not 3.0.0a1
@ARGS import pypi:t-py-multi -t fedora -o $OUT --registry file://$TOP/tests/hostile/pypi/
@STDOUT-HAS fedora: t-py-multi 2.0.0 ->
