# real benign npm updates (tests/review/benign.txt): no high-severity finding, and none of the rules fires
@ARGS review npm:express@4.18.1..4.18.2 --registry file://$TOP/tests/review/npm/ --fail-on high
@STDOUT-HAS   dependency body-parser (runtime): 1.20.0 -> 1.20.1
@STDOUT-HAS findings: 0
@SH grep -v '^#' $TOP/tests/review/benign.txt | while read -r p; do $FERRY review "npm:$p" --registry file://$TOP/tests/review/npm/ --fail-on high >/dev/null || { echo "high finding: $p"; exit 1; }; done
@SH grep -v '^#' $TOP/tests/review/benign.txt | while read -r p; do $FERRY review "npm:$p" --registry file://$TOP/tests/review/npm/ --no-diff | grep -q '^findings: 0$' || { echo "findings: $p"; exit 1; }; done
