@ARGS import npm:left-pad -t fedora -o $OUT --registry $REG
@STDOUT-HAS fedora: left-pad 1.3.0 -> 
@FILE-HAS nodejs-left-pad/nodejs-left-pad.spec Provides:       npm(%{npm_name}) = %{version}
@FILE-HAS nodejs-left-pad/nodejs-left-pad.spec BuildArch:      noarch
@FILE-HAS nodejs-left-pad/nodejs-left-pad.spec %license COPYING
@FILE-HAS nodejs-left-pad/nodejs-left-pad.spec * Tue Nov 14 2023 ferry <ferry@example.org> - 1.3.0-1
@FILE-HAS nodejs-left-pad/sources SHA512 (left-pad-1.3.0.tgz) = 5c8e4c3f354d0298c0ca1433a615fc06498ab0a5310f82ddc8adb88997901a29c137dc93413ddb165081cbf695c761eb35ca901ac768b7c821ae3cabbcc0a810
@SH cmp $OUT/nodejs-left-pad/left-pad-1.3.0.tgz $TOP/tests/registry/npm/-/left-pad-1.3.0.tgz
