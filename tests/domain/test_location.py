"""A database on a network share or in a cloud-synced folder is named as risky; one on a local disk is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpdesk.domain.location import parse_mount_output, parse_proc_mounts, risky_location

PROC_MOUNTS = r"""/dev/nvme0n1p2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
tmpfs /run tmpfs rw,nosuid,nodev,size=3261508k,mode=755 0 0
/dev/nvme0n1p1 /boot/efi vfat rw,relatime 0 0
//fileserver/committee /mnt/committee cifs rw,relatime,vers=3.1.1,sec=ntlmssp 0 0
fs1:/export/home /home/shared nfs4 rw,relatime,vers=4.2 0 0
/dev/sdb1 /home/shared/local ext4 rw,relatime 0 0
clerk@host:/srv /home/clerk/remote fuse.sshfs rw,nosuid,nodev 0 0
//fileserver/team\040files /mnt/team\040files smb3 rw 0 0
drvfs /mnt/c 9p rw,noatime 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw,nosuid,nodev 0 0
"""
LINUX_MOUNTS = parse_proc_mounts(PROC_MOUNTS)

MAC_MOUNT = """/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
devfs on /dev (devfs, local, nobrowse)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)
//GUEST:@fileserver._smb._tcp.local/Committee on /Volumes/Committee (smbfs, nodev, nosuid, mounted by clerk)
afp_2x3y@nas.local/Papers on /Volumes/Papers (afpfs, nodev, nosuid, mounted by clerk)
nas:/export on /Volumes/nfs share (nfs, nodev, nosuid, mounted by clerk)
/dev/disk4s1 on /Volumes/USB stick (msdos, local, nodev, nosuid, noowners)
"""
MAC_MOUNTS = parse_mount_output(MAC_MOUNT)


def linux(path: str) -> str | None:
    return risky_location(path, platform="linux", mounts=LINUX_MOUNTS, environment={})


def mac(path: str) -> str | None:
    return risky_location(path, platform="darwin", mounts=MAC_MOUNTS, environment={})


def windows(path: str, remote: tuple[str, ...] = (), environment: dict[str, str] | None = None) -> str | None:
    def drive_type(root: str) -> int:
        return 4 if root in remote else 3  # DRIVE_REMOTE, DRIVE_FIXED

    return risky_location(path, platform="win32", drive_type=drive_type, environment=environment or {})


@pytest.mark.parametrize(
    ("path", "kind", "where"),
    [
        ("/mnt/committee/cpdesk.db", "Windows file sharing (SMB)", "/mnt/committee"),
        ("/mnt/committee/2025/June/cpdesk.db", "Windows file sharing (SMB)", "/mnt/committee"),
        ("/home/shared/clerk/cpdesk.db", "NFS", "/home/shared"),
        ("/home/clerk/remote/cpdesk.db", "SSHFS", "/home/clerk/remote"),
        ("/mnt/team files/cpdesk.db", "Windows file sharing (SMB)", "/mnt/team files"),
        ("/mnt/c/Users/clerk/cpdesk.db", "9P", "/mnt/c"),
        ("/run/user/1000/gvfs/smb-share:server=fs,share=x/cpdesk.db", "GVFS", "/run/user/1000/gvfs"),
    ],
)
def test_a_database_on_a_linux_network_mount_is_named_with_the_mount(
    path: str, kind: str, where: str
) -> None:
    warning = linux(path)
    assert warning is not None
    assert warning.startswith("This database is on a network drive (")
    assert kind in warning and f"at {where})" in warning
    assert "Copy the file to a folder on this computer" in warning


@pytest.mark.parametrize(
    "path",
    [
        "/home/clerk/cpdesk.db",
        "/home/shared/local/cpdesk.db",  # a local disk mounted inside the share: the innermost mount counts
        "/mnt/committee-old/cpdesk.db",  # a folder whose name begins like a share's is not inside it
        "/boot/efi/cpdesk.db",
        "/run/cpdesk.db",
    ],
)
def test_a_database_on_a_local_linux_disk_is_not_warned_of(path: str) -> None:
    assert linux(path) is None


def test_the_mount_listed_last_on_one_point_is_the_one_in_use() -> None:
    stacked = parse_proc_mounts(
        "/dev/sda1 / ext4 rw 0 0\n/dev/sdb1 /data ext4 rw 0 0\nfs:/x /data nfs rw 0 0\n"
    )
    assert risky_location("/data/cpdesk.db", platform="linux", mounts=stacked, environment={}) is not None
    unmounted = parse_proc_mounts(
        "/dev/sda1 / ext4 rw 0 0\nfs:/x /data nfs rw 0 0\n/dev/sdb1 /data ext4 rw 0 0\n"
    )
    assert risky_location("/data/cpdesk.db", platform="linux", mounts=unmounted, environment={}) is None


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/Volumes/Committee/cpdesk.db", "SMB"),
        ("/Volumes/Papers/2025/cpdesk.db", "AFP"),
        ("/Volumes/nfs share/cpdesk.db", "NFS"),
    ],
)
def test_a_database_on_a_mac_network_volume_is_warned_of(path: str, kind: str) -> None:
    warning = mac(path)
    assert warning is not None and kind in warning


@pytest.mark.parametrize("path", ["/Users/clerk/Documents/cpdesk.db", "/Volumes/USB stick/cpdesk.db"])
def test_a_database_on_a_local_mac_disk_is_not_warned_of(path: str) -> None:
    assert mac(path) is None


@pytest.mark.parametrize(
    ("path", "share"),
    [
        (r"\\fileserver\committee\cpdesk.db", r"\\fileserver\committee"),
        (r"\\fileserver\committee\2025\cpdesk.db", r"\\fileserver\committee"),
        ("//fileserver/committee/cpdesk.db", r"\\fileserver\committee"),
        (r"\\?\UNC\fileserver\committee\cpdesk.db", r"\\fileserver\committee"),
        (r"S:\Committee\cpdesk.db", "the network drive S:"),
        (r"s:\Committee\cpdesk.db", "the network drive S:"),
    ],
)
def test_a_database_on_a_windows_share_or_mapped_drive_is_warned_of(path: str, share: str) -> None:
    warning = windows(path, remote=("S:\\", "s:\\"))
    assert warning is not None and f"(a network share, at {share})" in warning


@pytest.mark.parametrize("path", [r"C:\Users\clerk\Documents\cpdesk.db", r"\\?\C:\Users\clerk\cpdesk.db"])
def test_a_database_on_a_local_windows_drive_is_not_warned_of(path: str) -> None:
    assert windows(path, remote=("S:\\",)) is None


@pytest.mark.parametrize(
    ("path", "service", "folder"),
    [
        (r"C:\Users\clerk\OneDrive\Documents\cpdesk.db", "OneDrive", r"C:\Users\clerk\OneDrive"),
        (
            r"C:\Users\clerk\OneDrive - Cambridgeshire County Council\cpdesk.db",
            "OneDrive",
            r"C:\Users\clerk\OneDrive - Cambridgeshire County Council",
        ),
        (r"C:\Users\clerk\Dropbox\Committee\cpdesk.db", "Dropbox", r"C:\Users\clerk\Dropbox"),
        (r"C:\Users\clerk\Dropbox (Council)\cpdesk.db", "Dropbox", r"C:\Users\clerk\Dropbox (Council)"),
        (r"G:\My Drive\Committee\cpdesk.db", "Google Drive", r"G:\My Drive"),
        (r"C:\Users\clerk\iCloudDrive\cpdesk.db", "iCloud Drive", r"C:\Users\clerk\iCloudDrive"),
        (r"C:\Users\clerk\Box\cpdesk.db", "Box", r"C:\Users\clerk\Box"),
        (r"P:\pCloud Drive\cpdesk.db", "pCloud", r"P:\pCloud Drive"),
    ],
)
def test_a_database_in_a_windows_sync_folder_is_warned_of(path: str, service: str, folder: str) -> None:
    warning = windows(path)
    assert warning == (
        f"This database is in a folder that {service} syncs ({folder}). A sync program can copy the file "
        "while cpdesk is writing it, and changes made on two computers can overwrite each other, so work can "
        "be lost or the file damaged. Keep the database in a folder on this computer that is not synced."
    )


def test_onedrive_is_found_where_windows_says_it_is_whatever_its_name() -> None:
    environment = {"OneDriveCommercial": r"D:\Work files"}
    warning = windows(r"D:\Work files\Committee\cpdesk.db", environment=environment)
    assert warning is not None and r"OneDrive syncs (D:\Work files)" in warning
    assert windows(r"D:\Work files-old\cpdesk.db", environment=environment) is None


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/Users/clerk/Library/CloudStorage/OneDrive-Personal/cpdesk.db", "OneDrive"),
        (
            "/Users/clerk/Library/CloudStorage/GoogleDrive-clerk@example.org/My Drive/cpdesk.db",
            "Google Drive",
        ),
        ("/Users/clerk/Library/CloudStorage/Dropbox/cpdesk.db", "Dropbox"),
        ("/Users/clerk/Library/CloudStorage/ProtonDrive-clerk/cpdesk.db", "ProtonDrive"),
        ("/Users/clerk/Library/Mobile Documents/com~apple~CloudDocs/cpdesk.db", "iCloud Drive"),
        ("/Users/clerk/Dropbox/cpdesk.db", "Dropbox"),
    ],
)
def test_a_database_in_a_mac_sync_folder_is_warned_of(path: str, service: str) -> None:
    warning = mac(path)
    assert warning is not None and f"a folder that {service} syncs" in warning


def test_a_database_in_a_linux_sync_folder_is_warned_of() -> None:
    assert "Dropbox syncs (/home/clerk/Dropbox)" in (linux("/home/clerk/Dropbox/work/cpdesk.db") or "")
    assert "Nextcloud syncs" in (linux("/home/clerk/Nextcloud/cpdesk.db") or "")


@pytest.mark.parametrize(
    "path",
    [
        r"C:\Users\clerk\Documents\OneDrive notes\cpdesk.db",
        r"C:\Users\clerk\Documents\Boxes\cpdesk.db",
        r"C:\Users\clerk\Documents\Dropbox.db",  # a file's own name is not a folder
    ],
)
def test_a_folder_whose_name_only_looks_like_a_sync_folder_is_not_warned_of(path: str) -> None:
    assert windows(path) is None


def test_a_network_drive_is_told_before_a_sync_folder_on_it() -> None:
    warning = windows(r"\\fileserver\home\clerk\OneDrive\cpdesk.db")
    assert warning is not None and warning.startswith("This database is on a network drive")


def test_this_computers_own_temporary_folder_is_not_risky(tmp_path: Path) -> None:
    # The real mount table, read as cpdesk reads it at start-up: a test machine's tmp_path is on a local disk.
    assert risky_location(tmp_path / "cpdesk.db", environment={}) is None
