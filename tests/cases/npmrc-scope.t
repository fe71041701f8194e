# @scope:registry wins over --registry for that scope, as in npm
@BEFORE printf '; a comment\n@isaacs:registry = "${FERRY_TEST_REG}"\n' > npmrc
@ENV npm_config_userconfig=$TMP/npmrc
@ENV FERRY_TEST_REG=$REG
@ARGS import npm:@isaacs/string-locale-compare -t debian -o $OUT --registry file:///nonexistent/
@FILE-HAS node-isaacs-string-locale-compare/debian/control Source: node-isaacs-string-locale-compare
