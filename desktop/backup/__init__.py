"""Durability, backups, integrity checks, encryption at rest and erasure. No Qt here."""
