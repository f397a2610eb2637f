"""Use cases: the only writers of the store, and the publishers of domain events."""
