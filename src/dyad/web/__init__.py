"""dyad's HTTP API and dashboard (FastAPI): `create_app` in `dyad.web.app`, `serve` in `dyad.web.server`."""
