"""Whether a database's folder is a risky place for it: a network share, or a folder a cloud service syncs.

SQLite's guidance: WAL, which cpdesk uses, does not work on a network filesystem (its shared memory and locks
are the computer's own), and a database copied while it is being written can be copied half-written. A
sync client (OneDrive, Dropbox, Google Drive...) copies files as they change and can put an older copy back
over a newer one. Neither is an error: the user is told once, in words, what to do instead.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

# Filesystem types (as Linux's /proc/mounts and macOS's mount name them) whose files are on another computer.
NETWORK_FILESYSTEMS = {
    "nfs": "NFS",
    "nfs4": "NFS",
    "cifs": "Windows file sharing (SMB)",
    "smb3": "Windows file sharing (SMB)",
    "smbfs": "Windows file sharing (SMB)",
    "afpfs": "Apple file sharing (AFP)",
    "webdav": "WebDAV",
    "davfs": "WebDAV",
    "fuse.davfs2": "WebDAV",
    "ncpfs": "NetWare",
    "afs": "AFS",
    "9p": "a 9P share (a virtual machine's or WSL's shared folder)",
    "sshfs": "SSHFS",
    "fuse.sshfs": "SSHFS",
    "fuse.rclone": "rclone (a cloud storage mount)",
    "fuse.s3fs": "S3",
    "fuse.gvfsd-fuse": "a share opened in the file manager (GVFS)",
    "glusterfs": "GlusterFS",
    "fuse.glusterfs": "GlusterFS",
    "ceph": "Ceph",
    "fuse.ceph": "Ceph",
    "lustre": "Lustre",
    "gpfs": "GPFS",
    "beegfs": "BeeGFS",
}
DRIVE_REMOTE = 2 + 2  # what Windows's GetDriveTypeW says of a mapped network drive

# Folder names a sync client makes, in lower case: exact names, then beginnings (a company's OneDrive is
# "OneDrive - Its Name"; macOS's File Provider folders are "OneDrive-Personal", "GoogleDrive-name@x.org").
SYNC_FOLDERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "com~apple~clouddocs": "iCloud Drive",
    "box": "Box",
    "box sync": "Box",
    "pcloud": "pCloud",
    "pcloud drive": "pCloud",
    "pclouddrive": "pCloud",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "megasync": "MEGA",
    "creative cloud files": "Adobe Creative Cloud",
}
SYNC_PREFIXES = {
    "onedrive - ": "OneDrive",
    "onedrive-": "OneDrive",
    "dropbox (": "Dropbox",
    "dropbox-": "Dropbox",
    "googledrive-": "Google Drive",
    "box-": "Box",
}
# Where Windows's OneDrive says its folders are, wherever the user put them.
ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")

Mounts = Sequence[tuple[str, str]]  # (mount point, filesystem type), in the order the system lists them


def parse_proc_mounts(text: str) -> list[tuple[str, str]]:
    """The mounts of a Linux /proc/mounts (or /proc/self/mounts) table."""

    def unescape(field: str) -> str:  # the kernel writes a space as \040, a tab as \011, a backslash as \134
        return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), field)

    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append((unescape(fields[1]), fields[2]))
    return mounts


def parse_mount_output(text: str) -> list[tuple[str, str]]:
    """The mounts macOS's (or a BSD's) `mount` lists: `//user@server/share on /Volumes/share (smbfs, ...)`."""
    mounts = []
    for line in text.splitlines():
        match = re.fullmatch(r".*? on (.+) \(([^,)]+)[,)].*", line.strip())
        if match:
            mounts.append((match[1], match[2].strip()))
    return mounts


def system_mounts(platform: str = sys.platform) -> list[tuple[str, str]]:
    """This computer's mounts, or none when they cannot be read (the warning is a help, never a hindrance)."""
    try:
        if platform.startswith("linux"):
            return parse_proc_mounts(Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace"))
        if platform == "darwin" or "bsd" in platform:
            listed = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=2, check=False)
            return parse_mount_output(listed.stdout)
    except (OSError, subprocess.SubprocessError):
        pass
    return []


def _windows_drive_type(root: str) -> int:
    if sys.platform == "win32":
        import ctypes

        return int(ctypes.windll.kernel32.GetDriveTypeW(root))
    return 0


def network_filesystem(path: PurePath, mounts: Mounts) -> tuple[str, str] | None:
    """The network filesystem path is on, as (what it is, its mount point), from a table of mounts."""
    best: tuple[str, str] | None = None
    length = -1
    for point, fstype in mounts:
        mount = PurePosixPath(point)
        if (path == mount or mount in path.parents) and len(mount.parts) >= length:
            best, length = (point, fstype), len(mount.parts)  # the innermost mount; of equals, the last
    if best is None or best[1] not in NETWORK_FILESYSTEMS:
        return None
    return NETWORK_FILESYSTEMS[best[1]], best[0]


def windows_share(path: PureWindowsPath, drive_type: Callable[[str], int]) -> str | None:
    r"""The share a Windows path is on: a UNC path (\\server\share) or a mapped network drive; else None."""
    drive = path.drive
    if drive.upper().startswith("\\\\?\\UNC\\"):
        return "\\\\" + drive[8:]
    if drive.startswith(("\\\\?\\", "\\\\.\\")):
        return windows_share(PureWindowsPath(str(path)[4:]), drive_type)
    if drive.startswith("\\\\"):
        return drive
    if len(drive) == 2 and drive[1] == ":" and drive_type(drive + "\\") == DRIVE_REMOTE:
        return f"the network drive {drive.upper()}"
    return None


def sync_service(path: PurePath, environment: Mapping[str, str] | None = None) -> tuple[str, str] | None:
    """The sync service whose folder holds path, as (its name, the folder), or None."""
    environment = os.environ if environment is None else environment
    for variable in ONEDRIVE_VARIABLES:
        root = environment.get(variable)
        if root and (type(path)(root) in path.parents):
            return "OneDrive", root
    folders = path.parents
    for depth in range(len(path.parts) - 2, -1, -1):  # from the outermost folder in, the file's name left out
        folder = folders[depth]
        name = folder.name.lower()
        service = SYNC_FOLDERS.get(name) or next(
            (s for prefix, s in SYNC_PREFIXES.items() if name.startswith(prefix)), None
        )
        if service is None and folder.parent.name.lower() == "cloudstorage":  # macOS's File Provider
            service = folder.name.split("-")[0] or "a cloud storage service"
        if service is not None:
            return service, str(folder)
    return None


def risky_location(
    path: str | os.PathLike[str],
    *,
    platform: str = sys.platform,
    mounts: Mounts | None = None,
    drive_type: Callable[[str], int] | None = None,
    environment: Mapping[str, str] | None = None,
) -> str | None:
    """Why the folder of the database at path is a risky place for it, in a sentence for the user; or None.

    mounts (the system's own by default), drive_type (Windows's GetDriveTypeW) and environment are given by
    tests, which pass a platform's fake mount table and paths.
    """
    text = os.fspath(path)
    if platform == sys.platform:  # the real file: its whole path, through any links
        text = os.path.realpath(text)
    if platform == "win32":
        where: PurePath = PureWindowsPath(text)
        share = windows_share(PureWindowsPath(text), drive_type or _windows_drive_type)
        network = None if share is None else ("a network share", share)
    else:
        where = PurePosixPath(text)
        network = network_filesystem(where, system_mounts(platform) if mounts is None else mounts)
    if network is not None:
        kind, on = network
        return (
            f"This database is on a network drive ({kind}, at {on}). SQLite, which keeps cpdesk's data, "
            "cannot keep a database sound across a network: changes can be lost or the file damaged. "
            "Copy the file to a folder on this computer and open it there."
        )
    synced = sync_service(where, environment)
    if synced is not None:
        service, folder = synced
        return (
            f"This database is in a folder that {service} syncs ({folder}). A sync program can copy the "
            "file while cpdesk is writing it, and changes made on two computers can overwrite each other, so "
            "work can be lost or the file damaged. Keep the database in a folder on this computer that is "
            "not synced."
        )
    return None
