from msqa_scraper.spiders.weebly_qa import WeeblyQASpider


class VirtualMsCenterSpider(WeeblyQASpider):
    """The Virtual MS Center Q&A blog on healthcarejourney.com."""

    name = "virtual_ms_center"
    default_base_url = "http://www.healthcarejourney.com/q--a-for-virtual-ms-center"
    # A US site: the seed page shows month-first dates (the brief's "9/10/2024" posts).
    date_order = "MDY"
