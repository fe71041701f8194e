# tests/chroot.sh: the clean bookworm chroot that tests/debbuild.sh and
# bench/closure.sh build in, sourced by both.  Set before sourcing:
#   W       the work folder (the tarball, the apt archive and /ferry-repo
#           live under it)
#   MIRROR  Debian's archive (the only network used)
# Needs root (chroot, mounts).  The chroot is made once by mmdebstrap
# (buildd variant) as a tarball, reused while younger than a week
# (DEBBUILD_FRESH=1 remakes it); each user unpacks it anew.  .debs fetched
# from the archive are kept in W/apt-archives for the next use.

TARBALL=$W/bookworm-buildd.tar
REPO_UPDATE="apt-get -q update -o Dir::Etc::SourceList=/etc/apt/sources.list.d/ferry-repo.list \
	-o Dir::Etc::SourceParts=- -o APT::Get::List-Cleanup=0"

# chroot_tools: installs what making and judging the chroot needs on the host
chroot_tools() {
	for tool in mmdebstrap lintian dpkg-scanpackages:dpkg-dev; do
		command -v "${tool%%:*}" >/dev/null && continue
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${tool#*:}" >/dev/null ||
			{ echo "chroot: cannot install ${tool#*:}" >&2; return 2; }
	done
	mkdir -p "$W/apt-archives/partial"
}

# chroot_tarball: the tarball, made by mmdebstrap when missing or old; apt
# lists kept so builds need no apt-get update, dpkg without fsync (each tree
# is thrown away after use)
chroot_tarball() {
	if [ "${DEBBUILD_FRESH:-0}" = 1 ] || [ -z "$(find "$TARBALL" -mtime -7 2>/dev/null)" ]; then
		local t0
		t0=$(date +%s)
		mmdebstrap --variant=buildd --format=tar --skip=cleanup/apt/lists \
			--dpkgopt=force-unsafe-io --aptopt='APT::Install-Recommends "false"' \
			bookworm "$TARBALL.tmp" "$MIRROR" >"$W/mmdebstrap.log" 2>&1 || {
			echo "chroot: mmdebstrap failed, see $W/mmdebstrap.log" >&2
			tail -5 "$W/mmdebstrap.log" >&2
			return 4
		}
		mv "$TARBALL.tmp" "$TARBALL"
		echo "chroot: made by mmdebstrap in $(($(date +%s) - t0)) s ($(du -h "$TARBALL" | cut -f1))"
	else
		echo "chroot: reusing $TARBALL"
	fi
}

# chroot_packages FILE: the chroot's own bookworm main Packages index, the
# distribution a plan is made against
chroot_packages() {
	tar -xOf "$TARBALL" --wildcards './var/lib/apt/lists/*_main_binary-*_Packages' >"$1"
}

# in_chroot ROOT SCRIPT: runs SCRIPT with sh as root in ROOT, with /dev,
# /proc, the shared apt archive and the repository of the packages built
# so far (W/repo as /ferry-repo) mounted in a private mount namespace (gone
# when it ends, so nothing stays mounted under ROOT).
in_chroot() {
	unshare --mount --propagation private sh -ec '
		root=$1 arch=$2 script=$3 repo=$4
		mount --rbind /dev "$root/dev"
		mount -t proc proc "$root/proc"
		mount --bind "$arch" "$root/var/cache/apt/archives"
		mkdir -p "$root/ferry-repo"
		mount --bind "$repo" "$root/ferry-repo"
		exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
			DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 HOME=/root sh -ec "$script"
	' in_chroot "$1" "$W/apt-archives" "$2" "$W/repo"
}

# new_root DIR: a fresh tree unpacked from the tarball, with a builder user
# (uid 1000) and /ferry-repo as an apt source
new_root() {
	drop_root "$1" || return 1
	mkdir -p "$1" && tar -C "$1" -xf "$TARBALL" || return 1
	cp /etc/resolv.conf "$1/etc/resolv.conf"
	echo "deb [trusted=yes] file:/ferry-repo ./" >"$1/etc/apt/sources.list.d/ferry-repo.list"
	echo "builder:x:1000:1000:builder:/home/builder:/bin/sh" >>"$1/etc/passwd"
	echo "builder:x:1000:" >>"$1/etc/group"
	mkdir -p "$1/home/builder" "$1/build" && chown 1000:1000 "$1/home/builder" "$1/build"
}

# drop_root DIR: removes a tree made by new_root, never across a mount
drop_root() {
	[ -e "$1" ] || return 0
	if findmnt -rn -o TARGET | grep -q "^$1/"; then
		echo "chroot: $1 still has mounts; left in place" >&2
		return 1
	fi
	rm -rf --one-file-system "$1"
}

# repo_reset / repo_add DEB...: the local repository /ferry-repo
repo_reset() {
	rm -rf "$W/repo"
	mkdir -p "$W/repo"
	: >"$W/repo/Packages"
}
repo_add() {
	cp "$@" "$W/repo/" && (cd "$W/repo" && dpkg-scanpackages -m . >Packages 2>/dev/null)
}
