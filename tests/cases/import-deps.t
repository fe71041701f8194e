# several dependencies, as exact rich dependencies and Debian relations
@ARGS import npm:wrap-ansi@^7 -t fedora -t debian -o $OUT --registry $REG
@FILE-HAS nodejs-wrap-ansi/nodejs-wrap-ansi.spec Requires:       (npm(ansi-styles) >= 4.0.0 with npm(ansi-styles) < 5.0.0~)
@FILE-HAS nodejs-wrap-ansi/nodejs-wrap-ansi.spec Requires:       (npm(string-width) >= 4.1.0 with npm(string-width) < 5.0.0~)
@FILE-HAS node-wrap-ansi/debian/control          node-strip-ansi (>= 6.0.0), node-strip-ansi (<< 7.0.0~)
@FILE-HAS node-wrap-ansi/debian/copyright License: Expat
