@ARGS import npm:node-gyp-build@~4.6 -t fedora -o $OUT --registry $REG
@EXIT 4
@STDERR-HAS node-gyp-build@4.6.1: tarball
@STDERR-HAS registry.invalid
@NO-OUTPUT
