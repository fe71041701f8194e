# an odd tag; an unpublished version in the history; then a jump across majors to a deprecated version
@ARGS review npm:liberty@1.4.0..1.4.44-liberty-2 --registry file://$TOP/tests/review/npm/
@STDOUT-HAS   medium version-jump        odd version tag 'liberty-2' in 1.4.44-liberty-2
@STDOUT-HAS   low    yanked              the registry lists 1 unpublished version: 1.5.0
@SH $FERRY review npm:liberty@1.4.44-liberty-2..7.0.0 --registry file://$TOP/tests/review/npm/ > o; grep -F 'jumps from major 1 to 7' o && grep -F '7.0.0 is deprecated: fixture: do not use' o
@SH $FERRY review npm:liberty@1.4.0 --registry file://$TOP/tests/review/npm/ | grep -c version-jump | grep -qx 0
