# A compat npm package for both targets: Fedora's nodejs-ansi-styles4
# (Naming guidelines: the major appended) still provides npm(ansi-styles)
# = 4.3.0 for wrap-ansi's requirement, and conflicts with every other
# version installing /usr/lib/node_modules/ansi-styles; for Debian it is
# embedded in node-wrap-ansi (beside-compat-embed.t); the trees pass the
# snapshot's packaging checks
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import npm:wrap-ansi@7.0.0 --recursive -t debian -t fedora --distro-index $TOP/tests/distro/plan/Packages.gz --distro-index $TOP/tests/distro/plan/primary.xml.gz -o $OUT --registry $REG
@STDOUT-HAS /nodejs-ansi-styles4 (compat)
@STDOUT-HAS debian: ansi-styles 4.3.0 -> embedded in the packages needing it (compat)
@FILE-HAS plan-fedora.json "distro_package": "nodejs-ansi-styles",
@FILE-HAS nodejs-ansi-styles4/nodejs-ansi-styles4.spec Name:           nodejs-ansi-styles4
@FILE-HAS nodejs-ansi-styles4/nodejs-ansi-styles4.spec Source0:        ansi-styles-4.3.0.tgz
@FILE-HAS nodejs-ansi-styles4/nodejs-ansi-styles4.spec %global npm_name ansi-styles
@FILE-HAS nodejs-ansi-styles4/sources SHA512 (ansi-styles-4.3.0.tgz) =
@FILE-HAS nodejs-wrap-ansi/nodejs-wrap-ansi.spec Requires:       (npm(ansi-styles) >= 4.0.0 with npm(ansi-styles) < 5.0.0~)
@SH rpmspec -q --provides $OUT/nodejs-ansi-styles4/nodejs-ansi-styles4.spec 2>/dev/null | grep -qx 'npm(ansi-styles) = 4.3.0'
@SH rpmspec -q --conflicts $OUT/nodejs-ansi-styles4/nodejs-ansi-styles4.spec 2>/dev/null | tr '\n' ';' | grep -qx 'npm(ansi-styles) < 4.3.0;npm(ansi-styles) > 4.3.0;'
@SH test ! -e $OUT/nodejs-ansi-styles && test ! -e $OUT/node-ansi-styles
@SH $TOP/tests/pkgcheck.sh $TOOLS $OUT nodejs-ansi-styles4 node-wrap-ansi
