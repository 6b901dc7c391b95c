"""Static site generator for archives of Chinese newspaper articles."""

__version__ = "0.1.0"
