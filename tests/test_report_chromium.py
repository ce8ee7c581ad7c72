"""The HTML report opened in headless Chromium: it renders, runs its script, logs no console errors,
and the hostile document's markup stays text. A screenshot goes to tests/artifacts/report.png.

Skipped when Chromium is absent, except under `.ci/run`, which installs it and sets
CARELEAD_REQUIRE_CHROMIUM=1 so that a missing browser fails instead.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from carelead.export.report import build_report
from export_fixtures import ROLES, THEMES, build_store

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CARELEAD_REQUIRE_CHROMIUM"):
            pytest.fail("chromium is required here (CARELEAD_REQUIRE_CHROMIUM) but not installed")
        pytest.skip("chromium is not installed")
    return found


def _run(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            "--enable-logging=stderr",
            "--v=0",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


def test_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    chromium = _chromium()
    with build_store(tmp_path / "r.db") as s:
        html, _ = build_report(s, s.resolve_scope(), THEMES, ROLES, compare=("reviews", "news"))
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    url = page.as_uri()

    dom = _run(chromium, tmp_path / "profile-dom", "--dump-dom", url)
    assert dom.returncode == 0, dom.stderr[-2000:]
    out = dom.stdout
    assert 'data-ready="1"' in out  # the filter script ran to the end
    assert "<title>carelead report</title>" in out  # not "pwned": no injected handler ran
    assert "<img" not in out
    assert out.count("<script") == 1
    assert "window.__pwned=1&lt;/script&gt;" in out
    assert out.count("<article") == 9
    console = [
        ln for ln in dom.stderr.splitlines() if "CONSOLE" in ln or "Content Security Policy" in ln
    ]
    assert console == [], console

    # The passage browser filters by role and theme, here preset from the URL.
    filtered = _run(
        chromium, tmp_path / "profile-filter", "--dump-dom", url + "#role=director&theme=leadership"
    )
    assert filtered.returncode == 0, filtered.stderr[-2000:]
    shown = re.findall(r"<article (?![^>]*hidden)[^>]*>", filtered.stdout)
    assert len(shown) == 1 and 'data-themes="local-leadership leadership"' in shown[0]
    assert '<span id="f-count">1</span>' in filtered.stdout

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report.png"
    shot.unlink(missing_ok=True)
    result = _run(
        chromium, tmp_path / "profile-shot", "--window-size=1280,2200", f"--screenshot={shot}", url
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
