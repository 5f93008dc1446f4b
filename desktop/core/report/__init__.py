"""The "Report a problem" draft, without Qt: captures, annotations, prefill, upload.

A draft holds each capture's untouched pixels and everything done to it as
data (annotation shapes, private-data marks, an undo history), so it can be
saved as JSON next to its PNGs and reopened; shapes are only burnt into the
pixels when the report is uploaded (render.py).
"""
