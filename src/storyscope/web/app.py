"""The web app over one store: dossier pages, inline SVG visuals, a claim-check form and a JSON API.

Pages are server-rendered (Jinja2 with autoescaping; highlighted article text
built by :mod:`storyscope.web.highlight`; charts by :mod:`storyscope.report.svg`),
so everything reads without JavaScript. ``/static/app.js`` only adds hover
linking. Every response carries a strict Content Security Policy. Ids in URLs
are looked up in the in-memory dossier only; unknown ids are 404.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape
from starlette.exceptions import HTTPException

from storyscope.errors import StoryscopeError
from storyscope.report.claimreview import claim_reviews, jsonld_text
from storyscope.report.svg import graph_svg, numbers_svg, timeline_svg
from storyscope.settings import load_settings
from storyscope.store import Store
from storyscope.verify.typed import MAX_CLAIM_CHARS, claim_as_typed, plain_typed
from storyscope.web.highlight import highlight
from storyscope.web.service import HOME_CLAIMS, DossierService, top_claims, url_for

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
# Longest claim the check form and /api/check accept (the CLI's limit too).
MAX_CLAIM = MAX_CLAIM_CHARS
# ClaimReview objects /api/claimreview returns by default, and at most.
CLAIMREVIEW_DEFAULT, CLAIMREVIEW_MAX = 25, 500
_HTTP_ERROR_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 422: "bad_parameter"}

class _HeadAsGet:
    """Answer HEAD wherever GET is answered, with GET's status and headers and no body (RFC 9110 9.3.2): link
    checkers and uptime monitors ask with HEAD."""

    def __init__(self, app) -> None:  # noqa: D107
        self.app = app

    async def __call__(self, scope, receive, send) -> None:  # noqa: D102
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] != "HEAD":
            async def allowing_head(message) -> None:  # (a 405's Allow names HEAD too, which is answered)
                if message["type"] == "http.response.start" and message["status"] == 405:
                    message = {**message, "headers": [
                        (k, v + b", HEAD" if k.lower() == b"allow" and b"GET" in v and b"HEAD" not in v else v)
                        for k, v in message.get("headers", [])]}
                await send(message)

            await self.app(scope, receive, allowing_head)
            return

        async def headers_only(message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


_ENV = Environment(loader=ChoiceLoader([PackageLoader("storyscope.web", "templates"),
                                        PackageLoader("storyscope.report", "templates")]),
                   autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)
_ENV.globals["url"] = url_for


def _static_files() -> dict[str, tuple[bytes, str]]:
    """Read the bundled static files once: name -> (bytes, media type). Served from memory only."""
    web = resources.files("storyscope.web") / "static"
    report = resources.files("storyscope.report") / "templates"
    return {
        "app.js": ((web / "app.js").read_bytes(), "text/javascript; charset=utf-8"),
        "style.css": ((report / "style.css").read_bytes(), "text/css; charset=utf-8"),
    }


# Seconds a client is asked to wait while analyze holds the store.
BUSY_RETRY_S = 5
BUSY_PAGE = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>storyscope: store busy</title>"
             "</head><body><p>The store is being updated by analyze. Try again in a few seconds.</p></body></html>")


def _link(kind: str, ident: str) -> str | None:
    return url_for(kind, ident)


def create_app(db_path: Path) -> FastAPI:
    """Return the app serving the store at ``db_path`` (opened per read, so analyze can update it meanwhile).

    Raises:
        StoryscopeError: E010 when the store cannot be opened.
    """
    Store(db_path).close()  # fail now, not on the first request, when the file cannot be opened

    from storyscope.pipeline import implementation_names

    app = FastAPI(title="storyscope", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(_HeadAsGet)
    service = DossierService(db_path, implementation_names(load_settings()))
    static = _static_files()
    app.state.service = service

    def page(template: str, status: int = 200, **context: object) -> HTMLResponse:
        d = service.dossier()
        story = d["stories"][0]["title"] if d["stories"] else None
        html = _ENV.get_template(template).render(d=d, site_story=story, **context)
        return HTMLResponse(html, status_code=status)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response: Response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    # Every API error is one shape, {"error": message, "code": code}: a StoryscopeError's E-code, else the HTTP
    # reason in snake case ("not_found", "bad_parameter").
    @app.exception_handler(HTTPException)
    async def not_found(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith("/api/") or exc.status_code != 404:
            code = _HTTP_ERROR_CODES.get(exc.status_code, f"http_{exc.status_code}")
            return JSONResponse({"error": exc.detail, "code": code}, status_code=exc.status_code,
                                headers=getattr(exc, "headers", None))
        return page("error.html.j2", status=404, title="Not found",
                    message="Nothing here: no article, story, entity or claim has that id.")

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError) -> Response:
        first = next(iter(exc.errors()), {})
        name = ".".join(str(part) for part in first.get("loc", ())[1:]) or "request"
        message = f"bad parameter {name}: {first.get('msg', 'invalid')}"
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message, "code": "bad_parameter"}, status_code=422)
        return page("error.html.j2", status=422, title="Bad request", message=message)

    @app.exception_handler(StoryscopeError)
    async def store_busy(request: Request, exc: StoryscopeError) -> Response:
        # (analyze holds the store and no dossier was read before: say so and when to retry, not a bare 500)
        headers = {"Retry-After": str(BUSY_RETRY_S)}
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc), "code": exc.code}, status_code=503, headers=headers)
        return HTMLResponse(BUSY_PAGE, status_code=503, headers=headers)

    def _get(table: dict, ident: str) -> dict:
        if ident not in table:
            raise HTTPException(404, "unknown id")
        return table[ident]

    # ----------------------------------------------------------------- pages

    @app.get("/", response_class=HTMLResponse)
    def home() -> HTMLResponse:
        d = service.dossier()  # first: a changed store clears the cached pages
        if "home" not in service.pages:
            claims = top_claims(d, HOME_CLAIMS)
            verdicts = service.claim_verdicts(claims)
            in_conflict = {cid for c in d["conflicts"] for cid in c["claims"]}
            response = page("home.html.j2", claims=claims, verdicts=verdicts, in_conflict=in_conflict,
                            timeline=timeline_svg(d, _link), graph=graph_svg(d, _link),
                            numbers=numbers_svg(d, _link), index=service.index(),
                            top_entities=sorted(d["entities"], key=lambda e: (-len(e["articles"]), e["name"]))[:60])
            service.pages["home"] = response.body.decode("utf-8")
        return HTMLResponse(service.pages["home"])

    @app.get("/articles/{article_id:path}", response_class=HTMLResponse)
    def article_page(article_id: str) -> HTMLResponse:
        idx = service.index()
        article = _get(idx.articles, article_id)
        d = service.dossier()
        return page("article.html.j2", a=article, body=highlight(article["text"], service.spans(article_id)),
                    info=service.article_api(article_id), index=idx,
                    copied_by=[c for c in d["copies"] if c["copy_of"] == article_id])

    @app.get("/stories/{story_id}", response_class=HTMLResponse)
    def story_page(story_id: str) -> HTMLResponse:
        idx = service.index()
        story = _get(idx.stories, story_id)
        d = service.dossier()
        members = set(story["articles"])
        claims = [c for c in top_claims(d, len(d["claims"])) if members & {m["article"] for m in c["mentions"]}]
        conflicts = [x for x in d["conflicts"] if members & set(x["articles"])]
        return page("story.html.j2", s=story, index=idx, claims=claims[:40], conflicts=conflicts,
                    timeline=timeline_svg(d, _link, story["articles"]),
                    graph=graph_svg(d, _link, story["articles"]), numbers=numbers_svg(d, _link, conflicts))

    @app.get("/entities/{entity_id}", response_class=HTMLResponse)
    def entity_page(entity_id: str) -> HTMLResponse:
        idx = service.index()
        entity = _get(idx.entities, entity_id)
        d = service.dossier()
        said = [a for a in d["attributions"]
                if a["speaker_entity"] == entity_id and a.get("kind", "speech") == "speech"]
        claims = [c for c in d["claims"] if any(m["attributed_to"] == entity["name"] for m in c["mentions"])]
        return page("entity.html.j2", e=entity, said=said, claims=claims, index=idx)

    @app.get("/claims/{claim_id}", response_class=HTMLResponse)
    def claim_page(claim_id: str) -> HTMLResponse:
        idx = service.index()
        claim = _get(idx.claims, claim_id)
        try:
            verdict = service.verdict(claim["text"])
        except StoryscopeError as exc:
            verdict = {"verdict": "not_enough_evidence", "confidence": 0.0, "evidence": [],
                       "explanation": str(exc)}
        conflicts = idx.conflicts_of_claim.get(claim_id, [])
        return page("claim.html.j2", c=claim, verdict=verdict, origins=service.claim_origins(claim),
                    conflicts=conflicts, index=idx, numbers=numbers_svg(service.dossier(), _link, conflicts))

    @app.get("/check", response_class=HTMLResponse)
    def check_page(claim: str | None = Query(None)) -> HTMLResponse:
        claim = plain_typed(claim)  # (a NUL from %00 is no character of a claim)
        if not claim:
            return page("check.html.j2", claim="", verdict=None, error=None, index=service.index())
        if len(claim) > MAX_CLAIM:
            return page("check.html.j2", status=400, claim=claim[:MAX_CLAIM], verdict=None, index=service.index(),
                        error=f"The claim is {len(claim)} characters long; the limit is {MAX_CLAIM}.")
        try:
            verdict = service.verdict(claim)
        except StoryscopeError as exc:
            return page("check.html.j2", status=400, claim=claim, verdict=None, error=str(exc),
                        index=service.index())
        return page("check.html.j2", claim=claim, verdict=verdict, error=None, index=service.index())

    @app.get("/static/{name}")
    def static_file(name: str) -> Response:
        if name not in static:
            raise HTTPException(404, "unknown file")
        body, media = static[name]
        return Response(body, media_type=media, headers={"Cache-Control": "max-age=3600"})

    # ----------------------------------------------------------------- JSON API

    @app.get("/api/dossier")
    def api_dossier() -> Response:
        return Response(service.dossier_json(), media_type="application/json")

    @app.get("/api/check")
    def api_check(claim: str = Query("")) -> JSONResponse:
        try:  # (an empty or over-long claim is E024, as on the command line)
            verdict = service.verdict(claim_as_typed(claim))
        except StoryscopeError as exc:
            return JSONResponse({"error": str(exc), "code": exc.code}, status_code=400)
        return JSONResponse(verdict)

    @app.get("/api/articles/{article_id:path}")
    def api_article(article_id: str) -> JSONResponse:
        _get(service.index().articles, article_id)
        return JSONResponse(service.article_api(article_id))

    @app.get("/api/stories/{story_id}")
    def api_story(story_id: str) -> JSONResponse:
        return JSONResponse(_get(service.index().stories, story_id))

    @app.get("/api/entities/{entity_id}")
    def api_entity(entity_id: str) -> JSONResponse:
        entity = _get(service.index().entities, entity_id)
        said = [a["id"] for a in service.dossier()["attributions"] if a["speaker_entity"] == entity_id]
        return JSONResponse({**entity, "attributions": said})

    @app.get("/api/claims/{claim_id}")
    def api_claim(claim_id: str) -> JSONResponse:
        claim = _get(service.index().claims, claim_id)
        try:
            verdict = service.verdict(claim["text"])
        except StoryscopeError as exc:
            return JSONResponse({"error": str(exc), "code": exc.code}, status_code=400)
        origins = [{"origin": o, "articles": arts} for o, arts in service.claim_origins(claim)]
        conflicts = [x["id"] for x in service.index().conflicts_of_claim.get(claim_id, [])]
        return JSONResponse({**claim, "origins": origins, "conflicts": conflicts, "verdict": verdict})

    @app.get("/api/claimreview")
    def api_claimreview(limit: int = Query(CLAIMREVIEW_DEFAULT, ge=1, le=CLAIMREVIEW_MAX)) -> Response:
        d = service.dossier()
        try:
            verdicts = service.claim_verdicts(top_claims(d, limit))
        except StoryscopeError as exc:
            return JSONResponse({"error": str(exc), "code": exc.code}, status_code=400)
        body = jsonld_text(claim_reviews(d, verdicts))
        return Response(body, media_type="application/ld+json")

    return app
