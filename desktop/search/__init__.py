"""Search: one box over accounts, people, interactions and commitments (no Qt here).

tokenize.py makes index tokens (Chinese bigrams, words, pinyin), index.py keeps the
FTS5 index in step with every flush, query.py answers searches, lists.py filters
the account list.
"""
