"""Running the app with uvicorn: `dyad serve`."""

from __future__ import annotations

from pathlib import Path

from dyad.errors import InputError
from dyad.web.app import app_from_environment

LOOPBACK = "127.0.0.1"


def serve(db: str | Path, host: str = LOOPBACK, port: int = 8000) -> None:
    """Serve the store at `db` until interrupted; writes are enabled only when DYAD_API_TOKEN is set."""
    import uvicorn

    if not 0 < port < 65536:
        raise InputError(f"not a port number: {port}")
    app = app_from_environment(db)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
