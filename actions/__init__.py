"""Krampbot custom actions: thin glue between the Rasa tracker and krampbot/."""
