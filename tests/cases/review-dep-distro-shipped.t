# ... and when the distribution ships it, which package and version
@ARGS review npm:event-stream@3.3.5..3.3.6 --registry file://$TOP/tests/review/npm/ --distro-index $TOP/tests/review/distro/Packages-dep
@ENV XDG_CACHE_HOME=$TMP/cache
@STDOUT-HAS 4 days before this version; in the distribution: node-flatmap-stream 0.1.1-1]
@STDOUT-LACKS not in the distribution
