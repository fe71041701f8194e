@ARGS import npm:@isaacs/string-locale-compare -t fedora -t debian -o $OUT --registry $REG
@FILE-HAS nodejs-isaacs-string-locale-compare/nodejs-isaacs-string-locale-compare.spec %global npm_name @isaacs/string-locale-compare
@FILE-HAS node-isaacs-string-locale-compare/debian/control Package: node-isaacs-string-locale-compare
@FILE-HAS node-isaacs-string-locale-compare/debian/tests/control Test-Command: node -e 'require("@isaacs/string-locale-compare")'
