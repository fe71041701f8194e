# Requirements nothing satisfies (neither the index nor the registry) make
# the plan exit 1, each named with its reason
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/Packages.gz" .
@ARGS plan crate:crossbeam-epoch --target debian --distro-index Packages.gz --registry file://$TOP/tests/registry/crates/
@EXIT 1
@STDOUT-HAS new           crossbeam-epoch                  0.9.13
@STDOUT-HAS new           autocfg                          1.1.0
@STDOUT-HAS unresolvable  scopeguard
@STDERR-HAS crossbeam-epoch: the closure has unresolvable requirements
