"""What the archive writes out for others: WARC files (``warc.py``) and the HTML report
(``report/``)."""
