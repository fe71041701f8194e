# ua-parser-js 0.7.29: a preinstall that downloads a binary and runs it
@ARGS review npm:ua-parser-js@0.7.28..0.7.29 --registry file://$TOP/tests/review/npm/ --no-diff
@STDOUT-HAS   high   install-hook        install-time hook added: preinstall: start /B node preinstall.js & node preinstall.js
@STDOUT-HAS   high   install-access      install-time code: network access: "curl " (and more)
@STDOUT-HAS          at preinstall.sh:4
@STDOUT-HAS   medium install-access      install-time code: process spawn access: "chmod +x"
@STDOUT-LACKS obfuscation
