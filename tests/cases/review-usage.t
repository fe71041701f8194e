# usage errors: exit 2, one line
@ARGS review npm:event-stream --registry file://$TOP/tests/review/npm/
@EXIT 2
@STDERR-HAS ferry: review: 'npm:event-stream': expected ECO:NAME@OLD..NEW or ECO:NAME@VERSION
@STDERR-LINES 1
@SH $FERRY review npm:ms@2.1.2..2.1.3 --fail-on severe 2>e; test $? = 2 && grep -q "expected info, low, medium or high" e
