"""Remote assistance, client side, without Qt: the relay connection, the
session REST calls, the customer's sharing loop and the agent's frame receiver.

The hub relays envelopes (see `envelope`); the pixels inside are the share
codec's (`desktop.core.share`). The UI in `desktop.ui.remote` shows and asks.
"""
