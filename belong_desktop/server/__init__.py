"""The classroom server: FastAPI on uvicorn in a background thread, serving the student page."""
