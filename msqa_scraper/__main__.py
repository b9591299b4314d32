from msqa_scraper.cli import cli

cli()
