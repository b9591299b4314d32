"""Work on stored captures, with no network: ``msqa rebuild`` (``rebuild.py``), which replays
each crawl (``replay.py``) through the crawl policy, parsing bodies in a pool
(``extract_pool.py``)."""
