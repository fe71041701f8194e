# flatmap-stream 0.1.1 (first review): one minified line decoding a hex blob and compiling it
@ARGS review npm:flatmap-stream@0.1.1 --registry file://$TOP/tests/review/npm/
@STDOUT-HAS   high   obfuscation         code is evaluated from decoded or decrypted data (line 1 decodes)
@STDOUT-HAS   medium obfuscation         a 3506-character line in a file that is not build output
@STDOUT-HAS   medium obfuscation         an encoded blob of 2208 characters
@STDOUT-HAS          at index.min.js:1
