"""Extracting a root filesystem tarball without letting it write outside the target.

A rootfs (debootstrap, LXC images) is full of links, and its absolute
symlinks mean paths inside it: etc/localtime -> /usr/share/zoneinfo/Etc/UTC
is resolved from the rootfs's own root. So links are kept as they are, and
what is refused is only what would write outside the target:

  - a member named with an absolute path or with '..' in it;
  - a relative symlink that climbs above the rootfs's root;
  - a member written through a symlink (one from the archive, or one already
    in the target): etc -> /etc, then etc/passwd;
  - a hard link to something outside the archive's tree, or through a symlink.

Device nodes are made when running as root and skipped with a warning
otherwise (or when the kernel says no). Every member is checked before
anything is written.
"""
import os
import sys
import tarfile

from ampm_plugin import PluginError

# Python 3.12+ asks for an extraction filter; the checks here are ours, so tarfile may trust the member.
_TRUST = {"filter": "fully_trusted"} if hasattr(tarfile, "fully_trusted_filter") else {}


def _refuse(name, why):
    raise PluginError(f"refusing archive member {name!r}: {why}")


def _parts(name, member):
    """A member's path as its components under the target."""
    if name.startswith("/") or os.path.isabs(name):
        _refuse(member, "absolute path")
    parts = [p for p in name.replace("\\", "/").split("/") if p not in ("", ".")]
    if ".." in parts:
        _refuse(member, "'..' in its path")
    return tuple(parts)


def _stays_inside(link_parts, target):
    """Whether a symlink's target, read in the rootfs namespace, stays under its root."""
    if target.startswith("/"):
        return True  # resolved from the rootfs's own root: '..' there stays at the root
    where = list(link_parts[:-1])
    for p in target.split("/"):
        if p in ("", "."):
            continue
        if p == "..":
            if not where:
                return False
            where.pop()
        else:
            where.append(p)
    return True


def _through_link(parts, links):
    """The first ancestor of `parts` that is a symlink of the archive, or None."""
    for i in range(1, len(parts)):
        if parts[:i] in links:
            return parts[:i]
    return None


def check_members(members):
    """Refuses the archive if any member would write outside the target; nothing is written."""
    links, files = set(), set()
    for m in members:
        parts = _parts(m.name, m.name)
        via = _through_link(parts, links)
        if via:
            _refuse(m.name, f"it would be written through the symlink {'/'.join(via)!r}")
        if m.issym():
            if not _stays_inside(parts, m.linkname):
                _refuse(m.name, f"symlink to {m.linkname!r} leaves the target")
            links.add(parts)
            continue
        links.discard(parts)
        if m.islnk():
            if m.linkname.startswith("/") or ".." in m.linkname.replace("\\", "/").split("/"):
                _refuse(m.name, f"hard link to {m.linkname!r} leaves the target")
            source = _parts(m.linkname, m.name)
            if _through_link(source, links):
                _refuse(m.name, f"hard link to {m.linkname!r} goes through a symlink")
            if source not in files:
                _refuse(m.name, f"hard link to {m.linkname!r}, which is not an earlier member of the archive")
        files.add(parts)


def _no_link_on_disk(target, parts, name):
    """Refuses when a directory on the way to `parts` is a symlink already in the target."""
    path = target
    for p in parts[:-1]:
        path = os.path.join(path, p)
        if os.path.islink(path):
            _refuse(name, f"it would be written through the symlink {path!r} in the target")


def _extract(archive, m, target, parts):
    """One checked member; False when it was skipped."""
    dest = os.path.join(target, *parts) if parts else target
    _no_link_on_disk(target, parts, m.name)
    if parts and os.path.lexists(dest) and not (m.isdir() and os.path.isdir(dest) and not os.path.islink(dest)):
        if os.path.isdir(dest) and not os.path.islink(dest):
            _refuse(m.name, "a directory is in the way")
        os.unlink(dest)  # never write into what is there (it may be a link)
    if m.ischr() or m.isblk():
        if os.geteuid() != 0:
            print(f"safe_tar: skipping device node {m.name} (not root)", file=sys.stderr)
            return False
        try:
            archive.extract(m, target, numeric_owner=True, **_TRUST)
        except OSError as e:
            print(f"safe_tar: skipping device node {m.name} ({e.strerror})", file=sys.stderr)
            return False
    elif m.issym():
        os.symlink(m.linkname, dest)
        if os.geteuid() == 0:
            os.lchown(dest, m.uid, m.gid)
    elif m.islnk():
        source = os.path.join(target, *_parts(m.linkname, m.name))
        _no_link_on_disk(target, _parts(m.linkname, m.name), m.name)
        os.link(source, dest, follow_symlinks=False)
    else:
        archive.extract(m, target, set_attrs=True, numeric_owner=True, **_TRUST)
    return True


def extract(path, target, on_member=None):
    """Checks every member, then extracts; returns the number of members extracted."""
    try:
        with tarfile.open(path, "r:*") as archive:
            members = archive.getmembers()
            check_members(members)
            os.makedirs(target, exist_ok=True)
            extracted = 0
            for i, m in enumerate(members, 1):
                if _extract(archive, m, target, _parts(m.name, m.name)):
                    extracted += 1
                if on_member:
                    on_member(i, len(members), m.name)
            return extracted
    except (tarfile.TarError, OSError) as e:
        raise PluginError(f"cannot extract {path}: {e}")
