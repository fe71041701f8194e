# a build.rs added in a patch release, reading cargo's credentials; the version is yanked
@ARGS review crate:quiet-build@0.1.0..0.1.1 --registry file://$TOP/tests/review/crates/ --no-diff
@STDOUT-HAS   high   install-hook        install-time hook added: build script: build.rs
@STDOUT-HAS   high   install-access      install-time code: credentials file access: ".cargo/credentials"
@STDOUT-HAS   high   yanked              0.1.1 is yanked from the registry
@SH $FERRY review crate:quiet-build@0.1.0 --registry file://$TOP/tests/review/crates/ | grep -c 'yanked\|install' | grep -qx 0
