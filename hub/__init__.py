"""Kefu's hub: tickets, users, attachments and live events over HTTP."""

__version__ = "0.1.0"
