# an sdist member absolute once its top folder is stripped
@ARGS import pypi:h-py-slashabs -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/pypi/
@EXIT 3
@STDERR-HAS h-py-slashabs@1.0.0: sdist: h-py-slashabs-1.0.0//tmp/evil.so: absolute path once the top folder is stripped
@STDERR-LINES 1
@NO-OUTPUT
