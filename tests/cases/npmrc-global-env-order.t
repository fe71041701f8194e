# the environment beats the global npmrc, whose registry does not exist
@BEFORE printf 'registry=file:///nonexistent/\n' > global
@ENV npm_config_globalconfig=$TMP/global
@ENV NPM_CONFIG_REGISTRY=$REG
@ARGS import npm:left-pad -t fedora -o $OUT
@FILE-HAS nodejs-left-pad/sources SHA512 (left-pad-1.3.0.tgz)
