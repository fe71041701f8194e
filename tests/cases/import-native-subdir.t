# Native code below the top (sharp's src/binding.gyp, with C++ sources)
# makes the package arch-dependent with node-gyp's build step, as a
# top-level binding.gyp does
@ARGS import npm:t-native -t debian -t fedora -o $OUT --registry $HREG
@FILE-HAS node-t-native/debian/control Architecture: any
@FILE-HAS node-t-native/debian/control node-gyp
@FILE-HAS node-t-native/debian/nodejs/build node-gyp rebuild
@FILE-LACKS nodejs-t-native/nodejs-t-native.spec BuildArch: noarch
