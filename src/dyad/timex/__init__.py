"""The temporal tagger behind `dyad.time`: word tables, rules, tense and calendar arithmetic."""
