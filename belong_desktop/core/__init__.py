"""The domain core: pure Python rules for packs, plans and the session flow.

Nothing here imports Qt, HTTP, SQL or media libraries; every other part builds on it.
"""
