"""The dashboard in a real browser: Playwright driving Debian's chromium (skipped when either is absent).

Set DYAD_SCREENSHOT_DIR to keep the screenshots; otherwise they go to a temporary directory.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("pytest_playwright")
CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)", allow_module_level=True)

import uvicorn  # noqa: E402

from dyad.web.app import create_app  # noqa: E402


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": ["--headless", "--no-sandbox", "--disable-gpu"],
    }


@pytest.fixture(scope="module")
def live_url(built_store, tmp_path_factory):
    """The app served by uvicorn on a free loopback port, in a thread."""
    path = tmp_path_factory.mktemp("live") / "live.duckdb"
    shutil.copyfile(built_store, path)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the test server did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture
def shots(tmp_path) -> Path:
    directory = Path(os.environ.get("DYAD_SCREENSHOT_DIR") or tmp_path)
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def test_overview_to_dyad_to_article(page, live_url, shots):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    page.goto(live_url + "/")
    assert page.locator("h1").inner_text() == "Overview"
    assert page.locator(".chart svg rect").count() > 0
    page.screenshot(path=str(shots / "overview.png"), full_page=True)

    page.locator("#dyads a", has_text="RUS-USA").click()
    page.wait_for_url("**/dyads/RUS-USA")
    assert page.locator("h1").inner_text() == "Dyad RUS-USA"
    assert page.locator("table.events tbody tr").count() == 3
    page.screenshot(path=str(shots / "dyad.png"), full_page=True)

    page.locator("table.events a.more[href='/articles/genoa']").first.click()
    page.wait_for_url("**/articles/*")
    text = page.locator("#text")
    assert "<script>alert(1)</script>" in text.inner_text()
    assert text.locator(".mark-trigger").count() >= 2
    assert text.locator(".label-actor", has_text="RUSGOV").count() >= 1
    page.screenshot(path=str(shots / "article.png"), full_page=True)

    page.goto(live_url + "/map")
    assert page.locator("svg.map circle").count() == 1
    page.screenshot(path=str(shots / "map.png"), full_page=True)
    assert dialogs == []  # the stored <script> never ran


def test_filters_stay_in_the_url(page, live_url):
    page.goto(live_url + "/events")
    page.locator("form.filters input[name=actor]").fill("CHN")
    page.locator("form.filters button").click()
    page.wait_for_url("**/events?actor=CHN*")
    assert page.locator("table.events tbody tr").count() == 1
    page.reload()
    assert page.locator("form.filters input[name=actor]").input_value() == "CHN"
