# Strongly connected components end to end: two separate cycles (p-q,
# s-t), a cycle that needs another (x-y needs p), a diamond (top needs
# left and right, both need x); each batch sorted, each cycle one item
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/Packages.gz" .
@ARGS plan npm:ord-top --target debian --distro-index Packages.gz --registry file://$TOP/tests/distro/plan/npm/ --build-order
@STDOUT
1: cycle(ord-p@1.0.0 ord-q@1.0.0) cycle(ord-s@1.0.0 ord-t@1.0.0)
2: cycle(ord-x@1.0.0 ord-y@1.0.0)
3: ord-left@1.0.0 ord-right@1.0.0
4: ord-top@1.0.0
@END
