# A cycle among new packages (a bootstrap problem) is one named item, in
# the batch after what it needs; cyc-root only needs the cycle, so it
# builds after it, not in it
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/Packages.gz" .
@ARGS plan npm:cyc-root --target debian --distro-index Packages.gz --registry file://$TOP/tests/distro/plan/npm/ --build-order
@STDOUT
1: cycle(cyc-a@1.0.0 cyc-b@1.0.0)
2: cyc-root@1.0.0
@END
