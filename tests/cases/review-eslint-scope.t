# eslint-scope 3.7.2: a postinstall reading ~/.npmrc and sending it out
@ARGS review npm:eslint-scope@3.7.1..3.7.2 --registry file://$TOP/tests/review/npm/ --fail-on high --no-diff
@EXIT 1
@STDOUT-HAS   high   install-hook        install-time hook added: postinstall: node ./lib/build.js
@STDOUT-HAS   high   install-access      install-time code: credentials file access: ".npmrc"
@STDOUT-HAS          at lib/build.js:4
@STDOUT-HAS   high   install-access      install-time code: network access
@STDOUT-HAS   A lib/build.js
@STDOUT-LACKS publisher-new
@STDOUT-LACKS maintainers-changed
@STDOUT-LACKS dep-new
