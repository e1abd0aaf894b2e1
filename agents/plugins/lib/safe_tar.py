"""Extracting tar archives without letting them write outside the target.

Every member is checked before anything is written: no absolute names, no
'..', no links that point outside, no device nodes or FIFOs.
"""
import os
import tarfile

from ampm_plugin import PluginError


def _inside(root, path):
    root = os.path.realpath(root)
    return os.path.commonpath([root, os.path.realpath(path)]) == root


def check_members(archive, target):
    for m in archive.getmembers():
        name = m.name
        if name.startswith("/") or os.path.isabs(name):
            raise PluginError(f"refusing archive member {name!r}: absolute path")
        if ".." in name.replace("\\", "/").split("/"):
            raise PluginError(f"refusing archive member {name!r}: '..' in its path")
        dest = os.path.join(target, name)
        if not _inside(target, dest):
            raise PluginError(f"refusing archive member {name!r}: outside the target")
        if m.issym():
            link = m.linkname if os.path.isabs(m.linkname) else os.path.join(os.path.dirname(dest), m.linkname)
            if os.path.isabs(m.linkname) or not _inside(target, link):
                raise PluginError(f"refusing archive member {name!r}: symlink to {m.linkname!r} leaves the target")
        elif m.islnk():
            if os.path.isabs(m.linkname) or not _inside(target, os.path.join(target, m.linkname)):
                raise PluginError(f"refusing archive member {name!r}: hard link to {m.linkname!r} leaves the target")
        elif not (m.isfile() or m.isdir()):
            raise PluginError(f"refusing archive member {name!r}: device nodes and FIFOs are not extracted")


def extract(path, target, on_member=None):
    """Checks every member, then extracts; returns the number of members."""
    try:
        with tarfile.open(path, "r:*") as archive:
            check_members(archive, target)
            members = archive.getmembers()
            for i, m in enumerate(members, 1):
                archive.extract(m, target, set_attrs=not m.issym(), numeric_owner=True)
                if on_member:
                    on_member(i, len(members), m.name)
            return len(members)
    except (tarfile.TarError, OSError) as e:
        raise PluginError(f"cannot extract {path}: {e}")
