# a '}' in Summary must not close the spec's %{expand:...} and turn the
# continuation lines ("Source1: evil", "Source2: evil") into tags
@ARGS import pypi:h-py-brace -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/pypi/
@SH $TOOLS/specparse $OUT/python-h-py-brace/python-h-py-brace.spec > parsed
@SH grep -qxF 'Summary: Unbalanced } brace Source1: evil Source2: evil' parsed
@SH grep -qF '%description: Unbalanced } brace\nSource1: evil\nSource2: evil' parsed
@SH test "$(rpmspec -q --srpm --qf '[%{SOURCE}\n]' $OUT/python-h-py-brace/python-h-py-brace.spec)" = h-py-brace-1.0.0.tar.gz
@SH ! grep -nE '^Source[12]:' $OUT/python-h-py-brace/debian/control
