"""Readers of other pain and symptom apps' CSV exports, each recognised by its header."""
