"""One dictionary per string column for all batches of a file.

Each normalised batch comes with its own dictionaries. For high-cardinality columns (Tags,
ResourceId) the same values are repeated in every batch's dictionary: a 300k-row CUR held
73k Tags dictionary entries (30 MB) for 15k distinct tag sets (6 MB). Batches are therefore
re-coded against a growing file-wide dictionary as they arrive; only their int32 indices are
kept, and every chunk shares the final dictionary (a dictionary only grows at its end, so
earlier indices stay valid).
"""

from __future__ import annotations

import pyarrow as pa


class SharedDictionaries:
    """Collects batches, re-coding their dictionary columns against file-wide dictionaries."""

    def __init__(self) -> None:
        self._dictionaries: dict[str, pa.Array] = {}
        self._batches: list[tuple[pa.Schema, pa.Table, dict[str, pa.Array]]] = []

    def add(self, table: pa.Table) -> None:
        """Keep ``table``; its dictionary columns are stored as indices into shared ones."""
        indices: dict[str, pa.Array] = {}
        for index, field in enumerate(table.schema):
            if not pa.types.is_dictionary(field.type):
                continue
            column = table.column(index)
            chunk = column.combine_chunks() if column.num_chunks != 1 else column.chunk(0)
            known = self._dictionaries.get(field.name)
            if known is None:
                self._dictionaries[field.name] = chunk.dictionary
                indices[field.name] = chunk.indices
                continue
            # Arrow's unifier keeps the first chunk's dictionary order and appends new values.
            empty = pa.DictionaryArray.from_arrays(pa.array([], chunk.indices.type), known)
            unified = pa.chunked_array([empty, chunk]).unify_dictionaries().chunk(1)
            self._dictionaries[field.name] = unified.dictionary
            indices[field.name] = unified.indices
        keep = [n for n in table.column_names if n not in indices]
        self._batches.append((table.schema, table.select(keep), indices))

    def tables(self) -> list[pa.Table]:
        """The batches with their original schema, all sharing the final dictionaries."""
        out: list[pa.Table] = []
        for schema, rest, indices in self._batches:
            columns = [
                pa.DictionaryArray.from_arrays(indices[f.name], self._dictionaries[f.name])
                if f.name in indices
                else rest.column(f.name)
                for f in schema
            ]
            out.append(pa.Table.from_arrays(columns, schema=schema))
        return out

    def clear(self) -> None:
        self._dictionaries.clear()
        self._batches.clear()
