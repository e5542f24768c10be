"""A FastAPI app over one store: the dossier page, the JSON API and a claim check.

First version: the pages are the same escaped renderings as dossier.html.
"""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse, JSONResponse, Response

from storyscope.errors import StoryscopeError
from storyscope.report import build_dossier, render_html
from storyscope.settings import load_settings
from storyscope.store import Store
from storyscope.verify import check_claim, verdict_to_json

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'"


def create_app(db_path: Path) -> FastAPI:
    """Return the app serving the store at ``db_path`` (one connection, used under a lock)."""
    store = Store(db_path)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):  # noqa: ANN202 - FastAPI's lifespan protocol
        yield
        store.close()

    app = FastAPI(title="storyscope", docs_url=None, redoc_url=None, lifespan=lifespan)
    lock = threading.Lock()
    settings = load_settings()

    def dossier() -> dict:
        from storyscope.pipeline import implementation_names

        with lock:
            return build_dossier(store.load_annotated(), store.load_corpus(), store.skipped(),
                                 implementation_names(settings))

    @app.middleware("http")
    async def security_headers(request, call_next):  # noqa: ANN001 - FastAPI's signature
        response: Response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.get("/", response_class=HTMLResponse)
    def home() -> str:
        return render_html(dossier())

    @app.get("/api/dossier")
    def api_dossier() -> JSONResponse:
        return JSONResponse(dossier())

    @app.get("/api/check")
    def api_check(claim: str = Query(..., min_length=1, max_length=1000)) -> JSONResponse:
        try:
            with lock:
                verdict = check_claim(store, claim)
        except StoryscopeError as exc:
            return JSONResponse({"error": str(exc), "code": exc.code}, status_code=400)
        return JSONResponse(verdict_to_json(verdict))

    return app
