"""One dictionary per string column for all batches of a file.

Each normalised batch comes with its own dictionaries. For high-cardinality columns (Tags,
ResourceId) the same values are repeated in every batch's dictionary: a 300k-row CUR held
73k Tags dictionary entries (30 MB) for 15k distinct tag sets (6 MB). Batches are therefore
re-coded against a growing file-wide dictionary as they arrive; only their int32 indices are
kept, and every chunk shares the final dictionary (a dictionary only grows at its end, so
earlier indices stay valid). A batch whose dictionary agrees with the file's on their common
start (one-value columns, stable low-cardinality ones) keeps its indices as they are: no
re-coding, and shared index buffers (one-value columns) stay shared.
"""

from __future__ import annotations

import pyarrow as pa

from workbench.core.importing.adapters.distinct import zero_indices


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
            if _starts_with(chunk.dictionary, known):  # the codes already mean the same
                self._dictionaries[field.name] = chunk.dictionary
                indices[field.name] = chunk.indices
                continue
            if _starts_with(known, chunk.dictionary):  # e.g. one value, the file's first
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


def _starts_with(longer: pa.Array, prefix: pa.Array) -> bool:
    """Does ``longer`` begin with exactly the values of ``prefix``?"""
    return len(prefix) <= len(longer) and longer.slice(0, len(prefix)).equals(prefix)


def with_file_id(table: pa.Table, file_id: str) -> pa.Table:
    """``table`` with ``x_SourceFileId`` set to ``file_id`` on every row (known only once the
    whole file is hashed)."""
    index = table.schema.get_field_index("x_SourceFileId")
    ids = pa.DictionaryArray.from_arrays(
        zero_indices(table.num_rows), pa.array([file_id], pa.string())
    )
    return table.set_column(index, table.schema.field(index), ids)
