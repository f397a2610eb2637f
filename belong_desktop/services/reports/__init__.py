"""Printed documents (reportlab PDFs): the letters booklet, the session report, the
facilitator script and the ministry summary; ``pdf`` is the frame they share."""
