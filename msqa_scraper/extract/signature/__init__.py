"""Expert signatures: find the block at the end of an answer, parse it, apply the curation file."""

from msqa_scraper.extract.signature.curation import Curation, curation
from msqa_scraper.extract.signature.find import ACCEPT, SigLine, Signature, find_signature
from msqa_scraper.extract.signature.segment import is_sentence, parse_block
from msqa_scraper.extract.signature.vocabulary import Vocabulary, vocabulary

__all__ = [
    "ACCEPT",
    "Curation",
    "SigLine",
    "Signature",
    "Vocabulary",
    "curation",
    "find_signature",
    "is_sentence",
    "parse_block",
    "vocabulary",
]
