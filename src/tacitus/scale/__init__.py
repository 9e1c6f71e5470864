"""Throughput and scale-out: one parse stream for many articles, Dask batches into Parquet, loading them."""
