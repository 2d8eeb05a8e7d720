"""Rules and derived values of the key-account domain. Plain Python: no Qt."""
