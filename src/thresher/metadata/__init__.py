"""Page metadata, one small module per syntax (as extruct does): each reads the shared tree and
returns ``Proposal``s whose rule names the syntax and key, so provenance says where a value came from.

``thresher.extractors.structured`` weighs them against each other; nothing here decides alone.
"""
