"""Mask names, phone numbers, e-mail and street addresses, dates of birth and BSN
numbers in user text before a maintainer sees it (safety rules §7), with deduce
(UMC Utrecht's de-identification of Dutch medical text). The question stays readable:
"ik ben [PERSOON-1], bel me op [TELEFOONNUMMER-1]: helpt magnesium?".
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

# deduce's own tags, in Dutch, as the report shows them.
_TAGS = {"ID": "TELEFOONNUMMER"}
# A Dutch phone number deduce may take for another number: mask it as such first.
_PHONE = re.compile(r"(?<!\d)(?:\+31|0031|0)(?:[\s-]?\d){9}(?!\d)")


@lru_cache(maxsize=1)
def _deducer() -> Any:
    logging.getLogger("root").setLevel(logging.WARNING)
    for name in ("deduce", "docdeid"):
        logging.getLogger(name).setLevel(logging.WARNING)
    import deduce

    return deduce.Deduce()


def mask(text: str) -> str:
    """`text` with personal details replaced by tags such as [PERSOON-1]."""
    if not text:
        return text
    phones = _PHONE.findall(text)
    marked = _PHONE.sub("TELEFOONNUMMERPLEK", text)
    result = _deducer().deidentify(marked).deidentified_text
    for tag, dutch in _TAGS.items():
        result = re.sub(rf"\[{tag}-(\d+)\]", rf"[{dutch}-\1]", result)
    for index, _ in enumerate(phones, start=1):
        result = result.replace("TELEFOONNUMMERPLEK", f"[TELEFOONNUMMER-{index}]", 1)
    return result
