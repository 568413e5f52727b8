"""Krampbot: a Dutch chatbot about leg cramps (plain-Python helpers, no Rasa imports)."""
