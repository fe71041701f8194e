# t-py-multi has sdists for 1.0, 1.2.0, 1.5.post1, 2.0.0, 3.0.0a1 (1.9.0 has
# none): >=1,<2 takes the highest match, 1.5.post1
@ARGS import 'pypi:t-py-multi@>=1,<2' -t fedora -o $OUT --registry file://$TOP/tests/hostile/pypi/
@STDOUT-HAS fedora: t-py-multi 1.5.post1 ->
@SH test -f $OUT/python-t-py-multi/t-py-multi-1.5.post1.tar.gz
