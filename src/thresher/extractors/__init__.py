"""Built-in extractors, one module each; the chain addresses them by name (see registry)."""
