"""All widgets: the control window, the projector window, their views and the Qt bridge.

Runs in the Qt GUI thread only. The windows are views and remote controls over the
services: they never hold session state the core does not have.
"""
