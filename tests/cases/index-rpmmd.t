# rpm-md primary.xml (gzip): Fedora's packages name their upstream
# themselves (npm(), crate(), python3dist()); features and extras are not
# upstream names
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/primary.xml.gz" .
@ARGS index --target fedora --distro-index primary.xml.gz --lookup npm:left-pad --lookup crate:serde --lookup pypi:Requests
@STDOUT
index primary.xml.gz: 4 packages (parsed, cached)
npm:left-pad: left-pad 1.3.0 in nodejs-left-pad 1.3.0-5.fc41 (npm(NAME))
crate:serde: serde 1.0.210 in rust-serde-devel 1.0.210-1.fc41 (crate(NAME))
pypi:Requests: requests 2.32.3 in python3-requests 2.32.3-3.fc41 (python3dist(NAME))
npm names by npm(NAME): 1
crate names by crate(NAME): 1
pypi names by python3dist(NAME): 1
@END
