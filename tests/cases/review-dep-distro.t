# With --distro-index, each new dependency says whether the distribution
# ships it: flatmap-stream, new in event-stream 3.3.6, is not in Debian
@ARGS review npm:event-stream@3.3.5..3.3.6 --registry file://$TOP/tests/review/npm/ --distro-index $TOP/tests/review/distro/Packages-nodep
@ENV XDG_CACHE_HOME=$TMP/cache
@STDOUT-HAS 4 days before this version; not in the distribution]
