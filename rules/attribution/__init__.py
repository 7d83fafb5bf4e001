"""Attribution (AT): quotes and claims traced to a source."""

from copydesk.rules.attribution.vague_attribution import VagueAttribution

RULES = [VagueAttribution]
