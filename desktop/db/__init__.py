"""The dossier's storage: models, sessions, migrations and queries. No Qt here."""
