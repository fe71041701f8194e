# a native addon with an install script and prebuilt binaries
@ARGS import npm:bufferutil@4.0.8 -t fedora -t debian -o $OUT --registry $REG
@FILE-HAS nodejs-bufferutil/nodejs-bufferutil.spec ExclusiveArch:  %{nodejs_arches}
@FILE-LACKS nodejs-bufferutil/nodejs-bufferutil.spec BuildArch:      noarch
@FILE-HAS nodejs-bufferutil/nodejs-bufferutil.spec #   install: node-gyp-build
@FILE-HAS nodejs-bufferutil/nodejs-bufferutil.spec rm -f prebuilds/linux-x64/node.napi.node
@FILE-HAS nodejs-bufferutil/nodejs-bufferutil.spec node-gyp rebuild
@FILE-HAS node-bufferutil/debian/control Architecture: any
@FILE-HAS node-bufferutil/debian/control #   install: node-gyp-build
@FILE-HAS node-bufferutil/debian/copyright Files-Excluded: prebuilds/darwin-x64+arm64/node.napi.node
@FILE-HAS node-bufferutil/debian/changelog node-bufferutil (4.0.8+ds-1) unstable; urgency=medium
@SH ! tar tzf $OUT/node-bufferutil_4.0.8+ds.orig.tar.gz | grep -q "\.node$"
@SH tar tzf $OUT/node-bufferutil_4.0.8+ds.orig.tar.gz | grep -qx package/src/bufferutil.c
