"""belong-desktop: run a social-belonging session in a classroom, offline and anonymous."""

__version__ = "0.1.0"
