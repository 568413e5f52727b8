"""How Krampbot starts Rasa: the launcher (start-up log, warning filters) and tested
speed-ups of Rasa 3.6 (`rasa_speedups.py`). Rasa glue, like actions/ and components/;
krampbot/ stays plain Python."""
