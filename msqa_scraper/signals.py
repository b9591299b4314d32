"""The project's own Scrapy signals."""

# Sent by BackoffRetryMiddleware before it waits to retry, with ``delay`` (seconds) and ``why``
# ("500 from URL"); the progress line shows the wait.
backoff_wait = object()
