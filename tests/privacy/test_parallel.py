"""Redaction spread over forked worker processes: same spans, same order, same placeholders."""
import os

import pytest

from assistant.privacy import Pseudonyms, Redactor
from assistant.privacy.parallel import MIN_CHARS, Workers, split

BIG = "x" * MIN_CHARS  # one text long enough to send a batch to the workers


def pids(texts):
    return [[os.getpid(), len(t)] for t in texts]


def test_split_keeps_order_and_balances_characters():
    texts = [str(i) * n for i, n in enumerate([50, 10, 10, 10, 10, 10, 40, 60])]
    parts = split(texts, 3)
    assert [t for p in parts for t in p] == texts and len(parts) == 3
    sizes = [sum(map(len, p)) for p in parts]
    assert max(sizes) <= 2 * min(sizes), sizes
    assert split(["a"], 4) == [["a"]] and split([], 2) == []


def test_a_large_batch_runs_in_worker_processes_a_small_one_here():
    workers = Workers(pids, 2)
    texts = [BIG, BIG, "short", BIG]
    out = workers(texts)
    assert [n for _, n in out] == [len(t) for t in texts]  # in input order
    used = {pid for pid, _ in out}
    # Which worker takes which slice is the scheduler's choice; both are forked and waiting.
    assert os.getpid() not in used and used <= set(workers._pool._processes) and len(workers._pool._processes) == 2
    assert {pid for pid, _ in workers(["short", "texts"])} == {os.getpid()}


def test_one_worker_or_no_fork_means_this_process():
    assert {pid for pid, _ in Workers(pids, 1)([BIG, BIG])} == {os.getpid()}


def test_a_worker_that_dies_leaves_the_batch_to_this_process():
    parent = os.getpid()

    def dies_in_a_worker(texts):
        if os.getpid() != parent:
            os._exit(1)  # what the kernel's OOM killer does to a worker
        return pids(texts)

    workers = Workers(dies_in_a_worker, 2)
    out = workers([BIG, BIG])
    assert out == [[parent, MIN_CHARS]] * 2 and workers.count == 1


@pytest.mark.slow
def test_workers_find_what_one_process_finds_with_the_real_model():
    line = "Patient John Smith, SSN 123-45-6789, MRN: 00123456, lives at 42 Elm Street, Springfield. "
    texts = [line * 120, "Call Jane Roe on (617) 555-7890. " * 30, "", line * 120]
    alone, spread = Redactor.build(workers=1), Redactor.build(workers=2)
    p1, p2 = Pseudonyms(), Pseudonyms()
    one, two = alone.redact_many(texts, p1), spread.redact_many(texts, p2)
    assert spread._workers._pool is not None  # the batch did go to the workers
    assert one == two and p1.mapping() == p2.mapping()
    assert "John Smith" not in two[0].text and "<PERSON_1>" in two[3].text


def test_workers_forked_from_a_session_thread_while_an_event_loop_runs():
    """As in the TUI: the app's loop on the main thread, the batch on the session thread."""
    import asyncio
    import threading

    async def app():
        out = {}
        thread = threading.Thread(target=lambda: out.update(r=Workers(pids, 2)([BIG, BIG, BIG])))
        thread.start()
        while thread.is_alive():
            await asyncio.sleep(0.01)
        return out["r"]

    out = asyncio.run(app())
    assert [n for _, n in out] == [MIN_CHARS] * 3 and os.getpid() not in {pid for pid, _ in out}
