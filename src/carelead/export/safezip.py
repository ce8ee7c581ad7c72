"""Read REFI-QDA files (`.qdc`, `.qdpx`) that come from elsewhere, without trusting them.

Nothing is ever extracted to disk: members are read into memory through a bounded reader, so a
path-traversal entry (`../../x`, `/etc/x`, `C:\\x`) cannot write anywhere; such an archive is refused
outright all the same, because a tool that made it is broken or hostile. Zip bombs are refused on
their declared sizes and compression ratio before reading, and again when the bytes actually read
exceed the limit (declared sizes can lie). XML goes through defusedxml with DTDs forbidden, so
entity expansion ("billion laughs"), external entities and network access cannot happen.

Writing is the other half: `deterministic_zip` builds an archive whose bytes depend only on its
members (fixed timestamps, permissions and order), so two exports of the same corpus are identical.
"""

from __future__ import annotations

import io
import stat
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from carelead.errors import InputError

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

# 1980-01-01 is the earliest time a zip entry can carry.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Limits:
    """How much an archive may hold before it is treated as a zip bomb."""

    max_entries: int = 10_000
    max_member_bytes: int = 200 * 1024 * 1024
    max_total_bytes: int = 500 * 1024 * 1024
    # Text compresses 3-10x; 100x over a megabyte is a bomb, not a corpus.
    max_ratio: float = 100.0
    ratio_floor_bytes: int = 1024 * 1024
    max_xml_bytes: int = 100 * 1024 * 1024


DEFAULT_LIMITS = Limits()


def _unsafe_name(name: str) -> str | None:
    """Why an entry name could escape its target folder, or None when it is a plain relative path."""
    if "\x00" in name:
        return "contains a NUL byte"
    if "\\" in name:
        return "contains a backslash"
    if name.startswith("/"):
        return "is an absolute path"
    if len(name) >= 2 and name[1] == ":":
        return "names a drive"
    if ".." in PurePosixPath(name).parts:
        return "climbs out of the archive with '..'"
    return None


class SafeZip:
    """A zip archive checked entry by entry; `read(name)` returns at most the allowed bytes."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path = Path(path)
        self.limits = limits
        try:
            is_zip = zipfile.is_zipfile(self.path)
        except OSError as exc:
            raise InputError(self.path, f"cannot read ({exc.strerror})") from None
        if not is_zip:
            raise InputError(
                self.path, "not a zip archive (a .qdpx is a zip of project.qde and sources/)"
            )
        try:
            self._zip = zipfile.ZipFile(self.path)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise InputError(self.path, f"damaged zip archive ({exc})") from None
        self._check(infos)
        self._infos = {i.filename: i for i in infos}

    def _check(self, infos: list[zipfile.ZipInfo]) -> None:
        lim = self.limits
        if len(infos) > lim.max_entries:
            raise InputError(self.path, f"refused: {len(infos)} entries (limit {lim.max_entries})")
        total = 0
        for info in infos:
            why = _unsafe_name(info.filename)
            if why:
                raise InputError(self.path, f"refused: entry {info.filename!r} {why}")
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise InputError(self.path, f"refused: entry {info.filename!r} is a symbolic link")
            if info.flag_bits & 0x1:
                raise InputError(self.path, f"refused: entry {info.filename!r} is encrypted")
            if info.file_size > lim.max_member_bytes:
                raise InputError(
                    self.path,
                    f"refused: entry {info.filename!r} unpacks to {info.file_size} bytes"
                    f" (limit {lim.max_member_bytes}); a zip bomb?",
                )
            if info.file_size > lim.ratio_floor_bytes:
                ratio = info.file_size / max(info.compress_size, 1)
                if ratio > lim.max_ratio:
                    raise InputError(
                        self.path,
                        f"refused: entry {info.filename!r} compresses {ratio:.0f}:1"
                        f" (limit {lim.max_ratio:.0f}:1); a zip bomb?",
                    )
            total += info.file_size
        if total > lim.max_total_bytes:
            raise InputError(
                self.path,
                f"refused: unpacks to {total} bytes (limit {lim.max_total_bytes}); a zip bomb?",
            )

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    def names(self) -> list[str]:
        return list(self._infos)

    def read(self, name: str) -> bytes:
        """The member's bytes, refusing to read past the member limit whatever its header claims."""
        info = self._infos.get(name)
        if info is None:
            raise InputError(self.path, f"the archive holds no {name!r}")
        cap = min(self.limits.max_member_bytes, max(info.file_size, 0))
        try:
            with self._zip.open(info) as fh:
                data = fh.read(cap + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise InputError(self.path, f"cannot read entry {name!r} ({exc})") from None
        if len(data) > cap:
            raise InputError(
                self.path, f"refused: entry {name!r} holds more than it declares; a zip bomb?"
            )
        return data


def parse_xml(data: bytes, origin: str, limits: Limits = DEFAULT_LIMITS) -> Element:
    """Parse untrusted XML: no DTD (so no entity expansion), no external entities, no network."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    if len(data) > limits.max_xml_bytes:
        raise InputError(
            origin, f"refused: XML of {len(data)} bytes (limit {limits.max_xml_bytes})"
        )
    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise InputError(
            origin,
            f"refused: the XML declares a DTD or entities, which REFI-QDA files never need ({exc})",
        ) from None
    except ParseError as exc:
        raise InputError(origin, f"invalid XML: {exc}") from None


def read_limited(path: Path, limit: int) -> bytes:
    """A whole (small) file, refusing one larger than `limit`."""
    try:
        with Path(path).open("rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a file") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror})") from None
    if len(data) > limit:
        raise InputError(path, f"refused: larger than {limit} bytes")
    return data


def deterministic_zip(members: Iterable[tuple[str, bytes]]) -> bytes:
    """A zip of `members` in the given order whose bytes depend only on names and contents."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            zf.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return buf.getvalue()


def rezip(data: bytes) -> bytes:
    """Rewrite a zip made by another library (openpyxl) with fixed timestamps, same member order."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = [(i.filename, zf.read(i)) for i in zf.infolist()]
    return deterministic_zip(members)
