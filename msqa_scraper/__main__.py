from msqa_scraper.cli import main

main()
