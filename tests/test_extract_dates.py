import pytest

from msqa_scraper.extract.dates import parse_blog_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("9/10/2024", "2024-09-10"),
        ("\n\t4/30/2018\n", "2018-04-30"),
        ("1/2/2023", "2023-01-02"),
    ],
)
def test_us_month_first(text, iso):
    assert parse_blog_date(text) == iso


@pytest.mark.parametrize("text", ["", "13/45/2024", "2/30/2024", "10/2024", "soon"])
def test_unparseable_is_none_not_a_guess(text):
    assert parse_blog_date(text) is None
