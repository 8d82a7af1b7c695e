"""Bulk feeds (批量数据交换): uploaded NDJSON/CSV files ingested as jobs with progress and row errors."""
