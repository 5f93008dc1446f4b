"""Remote assistance screens: consent, the sharing bar and frame, the pointer
overlay, the agent's viewer, and the controllers that tie them to a session."""
