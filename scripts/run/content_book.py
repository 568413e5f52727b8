"""`make content-book`: every text Krampbot can say, in one file for clinical review.

Writes test-artifacts/content-book.html (self-contained) and, when Chromium is there
(Debian's `chromium`, also used by the browser tests), content-book.pdf. It holds:
the warning-sign table (sign, level, reason, example wordings) and the screening list;
the follow-up questions; every advice message for each level and person (self, child,
someone else, pregnant, kraamtijd) with the summary that goes with it; the topic
overviews; the knowledge-base entries by subject with their source and review date; and
every other response of the domain and the data. Each response shows its name, so a
reviewer's remark points at one text. tests/integration/test_content_book.py checks that
every response is in it.

Usage: .venv/bin/python -m scripts.run.content_book [--out test-artifacts/content-book.html] [--no-pdf]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import yaml

from krampbot import names as N
from krampbot.knowledge import catalogue
from krampbot.knowledge.answers import SHORT_ANSWER_OF_TOPIC
from krampbot.paths import DATA, ROOT
from krampbot.triage.advice import decide
from krampbot.triage.levels import HUISARTS, HUISARTS_VANDAAG, SPOED_112, ZELFZORG
from krampbot.triage.messages import Situation, advice_message, summary_text
from krampbot.triage.signs import SCREENING_ITEMS, SIGNS, flags_from_codes

OUT = ROOT / "test-artifacts" / "content-book.html"
LEVEL_NAMES = {SPOED_112: "112 (levensgevaar)", HUISARTS_VANDAAG: "vandaag nog",
               HUISARTS: "afspraak in de komende dagen", ZELFZORG: "zelfzorg"}

# The people an advice can be about, as the slots describe them.
PEOPLE: Dict[str, Dict[str, Any]] = {
    "zelf": {N.VOOR_WIE: N.ZELF},
    "kind (zoon, 8 jaar)": {N.VOOR_WIE: N.KIND, N.WIE: "je zoon", N.LEEFTIJD: 8, N.GESLACHT: "m"},
    "iemand anders (vader, 78 jaar)": {N.VOOR_WIE: N.ANDER, N.WIE: "je vader", N.LEEFTIJD: 78,
                                       N.GESLACHT: "m"},
    "zwanger (30 weken)": {N.VOOR_WIE: N.ZELF, N.ZWANGER: True, N.ZWANGERSCHAPSWEKEN: 30},
    "kraamtijd": {N.VOOR_WIE: N.ZELF, N.KRAAMTIJD: True, N.ZWANGER: False},
}
CALM = {N.SPOEDSIGNALEN: False, N.BEEN_DIK_ROOD_WARM: False, N.SLAAP_VERSTOORD: False,
        N.SPIERZWAKTE_OF_GEVOELLOOS: False, N.PIJN_BIJ_LOPEN: False, N.NIEUWE_MEDICIJNEN: False,
        N.FREQUENTIE: N.ZELDEN}
# An example situation for each level; pregnancy and the kraamtijd also get their alarms.
LEVEL_CASES: List[Tuple[str, Dict[str, Any]]] = [
    (SPOED_112, {N.RODE_VLAGGEN: ["benauwd"]}),
    (HUISARTS_VANDAAG, {N.RODE_VLAGGEN: ["been_dik_rood_warm"], N.BEEN_DIK_ROOD_WARM: True}),
    (HUISARTS, {N.FREQUENTIE: N.BIJNA_ELKE_NACHT, N.SLAAP_VERSTOORD: True}),
    (ZELFZORG, {}),
]
PREGNANCY_CASES: List[Tuple[str, Dict[str, Any]]] = [
    ("zwanger: pijn hoog in de buik (112)", {N.RODE_VLAGGEN: ["zwanger_stuip_of_bovenbuikpijn"]}),
    ("zwanger: tekenen van zwangerschapsvergiftiging", {N.RODE_VLAGGEN: ["pre_eclampsie"]}),
]
STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#1a1a1a}
h1{font-size:1.7rem}h2{margin-top:2.2rem;border-bottom:2px solid #0b5;padding-bottom:.2rem}
h3{margin-top:1.4rem}.text{white-space:pre-wrap;background:#f6f7f8;border-left:4px solid #0b5;padding:.5rem .8rem;margin:.3rem 0 1rem}
.name{font-family:monospace;font-size:.85rem;color:#555}.meta{font-size:.85rem;color:#444}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border:1px solid #bbb;padding:.3rem .45rem;vertical-align:top;text-align:left}
.buttons{font-size:.85rem;color:#333}.sign{border:1px solid #888;padding:1rem;margin-top:2rem}
@media print{h2{page-break-before:always}.text{break-inside:avoid}}
"""


@lru_cache(maxsize=1)
def all_responses() -> Dict[str, List[Dict[str, Any]]]:
    """Every response of domain.yml and data/ (retrieval answers live in data/)."""
    found: Dict[str, List[Dict[str, Any]]] = {}
    sources = [ROOT / "domain.yml", *sorted(DATA.rglob("*.yml"))]
    for path in sources:
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if isinstance(doc, dict):
            for name, variants in (doc.get("responses") or {}).items():
                found[name] = list(variants or [])
    return found


def esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


def response_html(name: str, variants: Sequence[Mapping[str, Any]]) -> str:
    parts = []
    for variant in variants:
        text = str(variant.get("text") or "").replace("{{", "{").replace("}}", "}")
        buttons = variant.get("buttons") or []
        condition = variant.get("condition")
        meta = f" <span class='meta'>(als: {esc(condition)})</span>" if condition else ""
        parts.append(f"<div class='name' id='{esc(name)}'>{esc(name)}{meta}</div>"
                     f"<div class='text'>{esc(text)}</div>")
        if buttons:
            parts.append("<div class='buttons'>Knoppen: " + " · ".join(esc(b.get("title")) for b in buttons) + "</div>")
    return "\n".join(parts)


def generated_text(title: str, text: str) -> str:
    return f"<div class='name'>{esc(title)}</div><div class='text'>{esc(text)}</div>"


def signs_section() -> str:
    rows = "".join(
        f"<tr><td>{esc(s.code)}</td><td>{esc(LEVEL_NAMES[s.level])}</td><td>{esc(s.reden)}</td>"
        f"<td>{esc(' / '.join(s.voorbeelden))}</td><td>{'ja' if s.kan_oud_zijn else ''}</td>"
        f"<td>{'ja' if s.verloskundige_meteen else ''}</td></tr>" for s in SIGNS)
    items = "".join(
        f"<tr><td>{esc(i.code)}</td><td>{esc(LEVEL_NAMES[i.level])}</td><td>{esc(i.voor)}</td>"
        f"<td>{esc(i.regel)}</td><td>{esc(i.knop)}</td></tr>" for i in SCREENING_ITEMS)
    return (
        "<h2 id='tekens'>1. Waarschuwingstekens</h2>"
        "<p>De tekens die Krampbot in vrije tekst herkent, met hun niveau en de reden die het "
        "advies noemt (krampbot/triage/signs.py).</p>"
        "<table><tr><th>code</th><th>niveau</th><th>reden in het advies</th><th>voorbeelden</th>"
        "<th>oud = geen teken</th><th>meteen verloskundige</th></tr>" + rows + "</table>"
        "<h3>De screeningslijst (eerste vraag)</h3><table><tr><th>code</th><th>niveau</th>"
        "<th>voor wie</th><th>regel in de lijst</th><th>knop</th></tr>" + items + "</table>")


def advice_section() -> str:
    blocks = ["<h2 id='adviezen'>3. Adviezen en samenvattingen</h2>",
              "<p>Elk advies per niveau en per persoon, met de samenvatting die erbij hoort "
              "(krampbot/triage/messages.py). De datum in de samenvatting is een voorbeeld.</p>"]
    day = dt.date(2026, 12, 2)
    for level, case in LEVEL_CASES:
        blocks.append(f"<h3>{esc(LEVEL_NAMES[level])}</h3>")
        for person, slots in PEOPLE.items():
            state = {**CALM, **slots, **case}
            blocks.append(_advice_and_summary(f"advies {level} · {person}", state, day))
    blocks.append("<h3>Alarmsignalen in de zwangerschap</h3>")
    for title, case in PREGNANCY_CASES:
        state = {**CALM, **PEOPLE["zwanger (30 weken)"], **case}
        blocks.append(_advice_and_summary(title, state, day))
    return "\n".join(blocks)


def _advice_and_summary(title: str, state: Dict[str, Any], day: dt.date) -> str:
    flags = flags_from_codes(state.get(N.RODE_VLAGGEN))
    advice = decide(state, flags)
    message = advice_message(advice, Situation.from_slots(state), flags)
    summary = summary_text(state, advice, flags, day)
    return generated_text(title, message) + generated_text(title + " · samenvatting", summary)


def section(title: str, anchor: str, names: Iterable[str], responses: Mapping[str, Any]) -> str:
    body = "\n".join(response_html(n, responses[n]) for n in names if n in responses)
    return f"<h2 id='{anchor}'>{esc(title)}</h2>\n{body}"


def entries_section(responses: Mapping[str, Any]) -> Tuple[str, List[str]]:
    entries, topics = catalogue.entries(), catalogue.topics()
    shown: List[str] = []
    blocks = ["<h2 id='antwoorden'>5. Antwoorden op vragen, per onderwerp</h2>",
              "<p>Per antwoord: titel, bron en de datum van de laatste inhoudelijke controle "
              "(data/inhoud/antwoorden.yml). 'artikel' is het bronartikel (alleen de feiten, "
              "herschreven); 'regels' zijn de medische veiligheidsregels, versie 3.</p>"]
    for topic_key, topic in topics.items():
        blocks.append(f"<h3>{esc(topic.titel)}</h3>")
        for key, entry in entries.items():
            if entry.onderwerpen and entry.onderwerpen[0] == topic_key:
                name = f"utter_vraag/{key}"
                meta = (f"<div class='meta'><b>{esc(entry.titel)}</b> · bron: {esc(entry.bron)} · "
                        f"herzien: {entry.herzien.isoformat()}"
                        f"{' · legt uit waarom iets niet helpt' if entry.afgeraden else ''}</div>")
                blocks.append(meta + response_html(name, responses.get(name, [])))
                shown.append(name)
    rest = [k for k, e in entries.items() if not e.onderwerpen]
    for key in rest:
        name = f"utter_vraag/{key}"
        blocks.append(response_html(name, responses.get(name, [])))
        shown.append(name)
    return "\n".join(blocks), shown


def build(today: Optional[dt.date] = None) -> str:
    today = today or dt.date.today()
    responses = all_responses()
    commit = _commit()
    questions = sorted(n for n in responses if n.startswith("utter_ask_"))
    topics = [f"utter_{t}" for t in SHORT_ANSWER_OF_TOPIC] + list(SHORT_ANSWER_OF_TOPIC.values())
    entries_html, entry_names = entries_section(responses)
    done = set(questions) | set(topics) | set(entry_names)
    others = sorted(n for n in responses if n not in done)
    toc = ("<ol><li><a href='#tekens'>Waarschuwingstekens</a></li><li><a href='#vragen'>De vragen</a></li>"
           "<li><a href='#adviezen'>Adviezen en samenvattingen</a></li><li><a href='#onderwerpen'>Overzichten per onderwerp</a></li>"
           "<li><a href='#antwoorden'>Antwoorden per onderwerp</a></li><li><a href='#overig'>Alle andere teksten</a></li></ol>")
    sign_off = ("<div class='sign'><b>Inhoudelijke controle</b><p>Ik heb alle teksten in dit boek gelezen. "
                "Opmerkingen staan per tekst (naam) vermeld.</p><p>Naam: ______________________ "
                "Functie (huisarts / verloskundige): ______________________</p>"
                "<p>Datum: ____________ Handtekening: ______________________</p></div>")
    parts = [
        "<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>Krampbot: alle teksten</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>Krampbot: alle teksten voor inhoudelijke controle</h1>",
        f"<p class='meta'>Gemaakt op {today.isoformat()} uit versie {esc(commit)} · "
        f"{len(responses)} vaste teksten, {len(SIGNS)} waarschuwingstekens, "
        f"{len(catalogue.entries())} antwoorden. Specificatie: MEDISCHE-VEILIGHEID.md versie 3.</p>",
        sign_off, toc, signs_section(),
        section("2. De vragen", "vragen", questions, responses),
        advice_section(),
        section("4. Overzichten per onderwerp (en hun korte versie tijdens de vragen)", "onderwerpen",
                topics, responses),
        entries_html,
        section("6. Alle andere teksten", "overig", others, responses),
        "</body></html>",
    ]
    return "\n".join(parts)


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "onbekend"


def write_pdf(html_path: Path) -> Optional[Path]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        return None
    pdf = html_path.with_suffix(".pdf")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", html_path.resolve().as_uri()],
                   check=True, capture_output=True, timeout=180)
    return pdf


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--no-pdf", action="store_true")
    args = parser.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(build(), encoding="utf-8")
    print(f"Written {args.out}")
    if not args.no_pdf:
        pdf = write_pdf(args.out)
        print(f"Written {pdf}" if pdf else "No chromium: no PDF (make install-browser).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
