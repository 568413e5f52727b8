"""Krampbot's own thin subclasses of Rasa's input channels (referenced in credentials.yml)."""
