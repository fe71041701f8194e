# Cargo.toml's description carries RPM macros (%{__rm}, a shell %(...)),
# newlines that try to start an RPM tag or a Debian field, and ${...};
# its homepage a newline and "Source2:".  Nothing may run, no tag or field
# may appear: rpm reads back the text as written.  (A description line that
# reads "Source1: evil" is text inside %description, not a tag: the source
# list below proves it.)
@ARGS import crate:h-crate-macro -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/crates/
@FILE-HAS rust-h-crate-macro/rust-h-crate-macro.spec Summary:        Deletes %%{__rm} -rf / and runs %%(echo pwned) Source1: evil
@FILE-LACKS rust-h-crate-macro/rust-h-crate-macro.spec Source2
@SH $TOOLS/specparse $OUT/rust-h-crate-macro/rust-h-crate-macro.spec > parsed
@SH grep -qxF 'Summary: Deletes %{__rm} -rf / and runs %(echo pwned) Source1: evil Package: evil' parsed
@SH grep -qF '%description: Deletes %{__rm} -rf / and runs %(echo pwned)\nSource1: evil\nPackage: evil\n' parsed
@SH ! grep -n 'runs pwned' parsed
# every package's Summary (subpackages say Summary: %{summary}) keeps the text
@SH s=$(rpmspec -q --qf '%{SUMMARY}\n' $OUT/rust-h-crate-macro/rust-h-crate-macro.spec) && ! grep -n 'runs pwned' <<<"$s" && test "$(grep -c 'runs %(echo pwned)' <<<"$s")" = 3
@SH test "$(rpmspec -q --srpm --qf '[%{SOURCE}\n]' $OUT/rust-h-crate-macro/rust-h-crate-macro.spec)" = h-crate-macro-1.0.0.crate
@FILE-HAS rust-h-crate-macro/debian/control Description: Deletes %{__rm} -rf / and runs %(echo pwned) Source1: evil - Rust source code
@FILE-HAS rust-h-crate-macro/debian/control  Source1: evil
@FILE-HAS rust-h-crate-macro/debian/control  Build-Depends: $ {shlibs:Depends}
@FILE-LACKS rust-h-crate-macro/debian/control Source2
@SH ! grep -nE '^(Source1|Package: evil|%install|Build-Depends: \$)' $OUT/rust-h-crate-macro/debian/control
@SH test "$(grep -c '^Package:' $OUT/rust-h-crate-macro/debian/control)" = 1
