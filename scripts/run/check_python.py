"""Refuse clearly (no stack trace) to build Krampbot with an unsupported Python.

Rasa 3.6 runs on Python 3.10 and 3.11; TensorFlow 2.12 has no wheels beyond that.
"""
import sys

SUPPORTED = ((3, 10), (3, 11))

if sys.version_info[:2] not in SUPPORTED:
    found = ".".join(map(str, sys.version_info[:3]))
    sys.stderr.write(
        f"Krampbot needs Python 3.10 or 3.11, but '{sys.executable}' is Python {found}.\n"
        "Install Python 3.11 and run again with: make install PYTHON=python3.11\n"
    )
    sys.exit(1)
