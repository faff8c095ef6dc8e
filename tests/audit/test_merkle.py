"""RFC 6962 hashing and proofs against the transparency-dev/merkle test vectors."""
from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from audit import merkle

VECTORS = Path("/work/shared/data/merkle_rfc6962")
if not VECTORS.exists():  # the vectors also travel with the tests when copied
    VECTORS = Path(__file__).parent / "merkle_rfc6962"
REF = json.loads((VECTORS / "rfc6962_reference_tree.json").read_text())
LEAVES = [merkle.leaf_hash(bytes.fromhex(x)) for x in REF["leaf_inputs_hex"]]


def _probes(kind: str) -> list[Path]:
    return sorted((VECTORS / "testdata" / kind).rglob("*.json"))


def _b(s: str) -> bytes:
    return base64.b64decode(s) if s else b""


def test_hasher_vectors() -> None:
    v = {x["desc"]: bytes.fromhex(x["want_hex"]) for x in REF["hasher_vectors"]}
    assert merkle.root([]) == v["RFC6962 Empty (empty tree root)"]
    assert merkle.leaf_hash(b"") == v["RFC6962 Empty Leaf: HashLeaf(b'')"]
    assert merkle.leaf_hash(b"L123456") == v["RFC6962 Leaf: HashLeaf(b'L123456')"]
    assert merkle.node_hash(b"N123", b"N456") == v["RFC6962 Node: HashChildren(b'N123', b'N456')"]


@pytest.mark.parametrize("size", range(9))
def test_reference_roots(size: int) -> None:
    assert merkle.root(LEAVES[:size]).hex() == REF["root_hashes_hex_by_tree_size"][size]


def test_reference_node_hashes() -> None:
    for level, hashes in enumerate(REF["node_hashes_hex_by_level"]):
        width = 1 << level
        for i, want in enumerate(hashes):
            assert merkle.root(LEAVES[i * width:(i + 1) * width]).hex() == want


def test_vector_counts() -> None:
    assert len(_probes("inclusion")) == 98 and len(_probes("consistency")) == 98


@pytest.mark.parametrize("path", _probes("inclusion"), ids=lambda p: str(p.relative_to(VECTORS)))
def test_inclusion_vectors(path: Path) -> None:
    v = json.loads(path.read_text())
    args = (_b(v["leafHash"]), v["leafIdx"], v["treeSize"], [_b(p) for p in v["proof"] or []], _b(v["root"]))
    if v["wantErr"]:
        with pytest.raises(merkle.ProofError):
            merkle.verify_inclusion(*args)
    else:
        merkle.verify_inclusion(*args)


@pytest.mark.parametrize("path", _probes("consistency"), ids=lambda p: str(p.relative_to(VECTORS)))
def test_consistency_vectors(path: Path) -> None:
    v = json.loads(path.read_text())
    args = (v["size1"], v["size2"], [_b(p) for p in v["proof"] or []], _b(v["root1"]), _b(v["root2"]))
    if v["wantErr"]:
        with pytest.raises(merkle.ProofError):
            merkle.verify_consistency(*args)
    else:
        merkle.verify_consistency(*args)


def test_generated_proofs_verify_for_every_pair() -> None:
    leaves = [merkle.leaf_hash(bytes([i])) for i in range(33)]
    for n in range(1, len(leaves) + 1):
        r = merkle.root(leaves[:n])
        for i in range(n):
            merkle.verify_inclusion(leaves[i], i, n, merkle.inclusion_proof(leaves[:n], i), r)
        for m in range(1, n + 1):
            proof = merkle.consistency_proof(leaves[:n], m)
            merkle.verify_consistency(m, n, proof, merkle.root(leaves[:m]), r)


def test_generated_proofs_match_reference_vectors() -> None:
    happy = json.loads((VECTORS / "testdata/consistency/3/happy-path.json").read_text())
    got = merkle.consistency_proof(LEAVES[:happy["size2"]], happy["size1"])
    assert got == [_b(p) for p in happy["proof"]]
    inc = json.loads((VECTORS / "testdata/inclusion/3/happy-path.json").read_text())
    assert merkle.inclusion_proof(LEAVES[:inc["treeSize"]], inc["leafIdx"]) == [_b(p) for p in inc["proof"]]


def test_frontier_matches_recursive_root() -> None:
    leaves = [merkle.leaf_hash(i.to_bytes(2, "big")) for i in range(70)]
    f = merkle.Frontier()
    for n, h in enumerate(leaves, 1):
        f.append(h)
        assert f.root() == merkle._recursive_root(leaves[:n])
