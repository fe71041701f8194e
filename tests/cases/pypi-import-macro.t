# PKG-INFO's Summary carries RPM macros (%{__rm}, a shell %(...)) and
# continuation lines that try to start an RPM tag or a Debian field, and
# ${...}; Home-page a %{lua:...}.  Nothing may run, no tag or field may
# appear: rpm reads back the text as written.
@ARGS import pypi:h-py-macro -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/pypi/
@FILE-HAS python-h-py-macro/python-h-py-macro.spec Summary:        Deletes %%{__rm} -rf / and runs %%(echo pwned) Source1: evil
@FILE-HAS python-h-py-macro/python-h-py-macro.spec URL:            https://example.org/%%{lua:x}
@SH $TOOLS/specparse $OUT/python-h-py-macro/python-h-py-macro.spec > parsed
@SH grep -qxF 'Summary: Deletes %{__rm} -rf / and runs %(echo pwned) Source1: evil Package: evil' parsed
@SH grep -qxF 'URL: https://example.org/%{lua:x}' parsed
@SH grep -qF '%description: Deletes %{__rm} -rf / and runs %(echo pwned)\nSource1: evil\nPackage: evil\n' parsed
@SH ! grep -n 'runs pwned' parsed
# every package's Summary (subpackages say Summary: %{summary}) keeps the text
@SH s=$(rpmspec -q --qf '%{SUMMARY}\n' $OUT/python-h-py-macro/python-h-py-macro.spec) && ! grep -n 'runs pwned' <<<"$s" && test "$(grep -c 'runs %(echo pwned)' <<<"$s")" = 2
@SH test "$(rpmspec -q --srpm --qf '[%{SOURCE}\n]' $OUT/python-h-py-macro/python-h-py-macro.spec)" = h-py-macro-1.0.0.tar.gz
@FILE-HAS python-h-py-macro/debian/control Description: Deletes %{__rm} -rf / and runs %(echo pwned) Source1: evil
@FILE-HAS python-h-py-macro/debian/control  Source1: evil
@FILE-HAS python-h-py-macro/debian/control  Build-Depends: $ {shlibs:Depends}
@SH ! grep -nE '^(Source1|Package: evil|%install|Build-Depends: \$)' $OUT/python-h-py-macro/debian/control
@SH test "$(grep -c '^Package:' $OUT/python-h-py-macro/debian/control)" = 1
