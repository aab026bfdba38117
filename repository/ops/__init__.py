"""Operations over a whole repository: export/import, backup, restore, reindex, and their CLI."""
