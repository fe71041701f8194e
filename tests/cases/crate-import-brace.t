# a '}' in the description must not close the spec's %{expand:...} and
# turn the next lines ("Source1: evil", "Source2: evil") into tags
@ARGS import crate:h-crate-brace -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/crates/
@SH $TOOLS/specparse $OUT/rust-h-crate-brace/rust-h-crate-brace.spec > parsed
@SH grep -qxF 'Summary: Unbalanced } brace Source1: evil Source2: evil' parsed
@SH grep -qF '%description: Unbalanced } brace\nSource1: evil\nSource2: evil' parsed
@SH test "$(rpmspec -q --srpm --qf '[%{SOURCE}\n]' $OUT/rust-h-crate-brace/rust-h-crate-brace.spec)" = h-crate-brace-1.0.0.crate
@SH ! grep -nE '^Source[12]:' $OUT/rust-h-crate-brace/debian/control
