"""Readers and writers of files: the JSON document, CSV, other apps' exports, FHIR, the report."""
