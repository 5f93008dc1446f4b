"""The "Report a problem" flow: capture overlay, annotation editor, review and submit."""
