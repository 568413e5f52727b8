"""Benchmark helpers for `make bench` (scripts/bench.py)."""
