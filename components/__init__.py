"""Custom Rasa NLU components (thin glue around the plain modules in krampbot/)."""
