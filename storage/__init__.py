"""Where conversations are kept: the tracker store, erasing a conversation, retention.

Rasa glue (SQLAlchemy through Rasa's SQLTrackerStore). Used by the running bot
(endpoints.yml names storage.tracker_store), `make purge`, and the maintenance scripts.
"""
